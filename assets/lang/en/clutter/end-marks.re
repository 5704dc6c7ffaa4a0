# A line that is wholly the end mark of a press release or a wire story
# (case-insensitive): what follows it is the issuer's boilerplate ("About
# X", forward-looking statements, media contacts).
[#]\s*[#]\s*[#]
-\s*30\s*-
[-–—]*\s*ends?\s*[-–—]*
