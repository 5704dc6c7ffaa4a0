# A line that is wholly a time stamp (case-insensitive): a live page's post
# time, an update time, a video's running time. A date makes it a dateline
# or publication line, which stays; a bare time says nothing of the story.
# "17h45" is the French and Portuguese way of writing the time.
((updated|posted|published|last updated|yesterday|today|earlier)\s+(at\s+)?)?\d{1,2}[:.h]\d{2}(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,4})?
\d{1,2}:\d{2}:\d{2}
# A wire service's correction or update stamp in brackets, under the
# headline ("[ CORRECTED 18:00 GMT ]", "[UPDATED 09:15 BST]").
\[\s*(corrected|updated|refiled|repeated|recasts?)\s+\d{1,2}[:.]\d{2}(\s+[A-Z]{2,4})?\s*\]
\d{1,2}\s*(h|hrs?|hours?|m|mins?|minutes?|d|days?) ago
(yesterday|today|just now)
# A video's running time with its label ("Video duration 2:14").
((video|audio|clip)\s+)?(duration|running time|length)\s*:?\s*\d{1,2}:\d{2}(:\d{2})?
# A video's running time with the source it credits ("01:42 - Source: Ledger TV").
\d{1,2}:\d{2}(:\d{2})?\s*[-–—|·]\s*source\s*:\s*[^.!?]{1,40}
# A reading time alone on its line, as a reader view sets it under the
# byline ("4–5 minutes", "6 min read").
\d{1,3}(\s*[–-]\s*\d{1,3})?\s*(mins?|minutes)(\s+read)?
# A media player's playback speed under its running time ("1x", "1.5x").
\d(\.\d{1,2})?\s?x
