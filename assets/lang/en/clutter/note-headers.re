# The header of a note on the story itself, set apart from the body: a
# short line that is wholly one of these (case-insensitive). The paragraph
# after it is the note ("An earlier version of this article ...").
corrections?
clarifications?
(an? )?(editor'?s'?|editors'?) notes?
corrections? (and|&) clarifications?
# A release's legal notice under its own header: the paragraph after it is
# the issuer's stock text on risks, not the announcement.
(cautionary (note|statements?|language) (regarding|concerning|about|on|relating to) )?forward[- ]looking (statements?|information)
(note|notice|statement) (regarding|concerning|about|on) forward[- ]looking (statements?|information)
safe harbou?r( statement| notice)?
# A release's notice of its call with analysts: the paragraph under it
# gives the time and the numbers to dial, not the announcement.
(conference call|webcast|conference call and webcast)( (information|details))?
