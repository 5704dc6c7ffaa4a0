# The header of a note on the story itself, set apart from the body: a
# short line that is wholly one of these (case-insensitive). The paragraph
# after it is the note ("An earlier version of this article ...").
corrections?
clarifications?
(an? )?(editor'?s'?|editors'?) notes?
corrections? (and|&) clarifications?
