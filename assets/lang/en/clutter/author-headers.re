# The header of an author box: a short line that is wholly one of these
# (case-insensitive). The paragraph after it is the author's bio.
(about|more about) (the|this) (author|writer|reporter|contributor)s?
(the )?authors?( bio| biography| profile| information)?
(the )?contributors?
