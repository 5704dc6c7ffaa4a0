# The header of an author box: a short line that is wholly one of these
# (case-insensitive). The paragraph after it is the author's bio.
(about|more about) (the|this) (author|writer|reporter|contributor)s?
(the )?authors?( bio| biography| profile| information)?
(the )?contributors?
# A box that offers the reporter to readers ("Ask the reporter"): the
# paragraph after it is the offer.
ask (the|our) (author|writer|reporter|editor|journalist)s?
# A card over the author's name, title and bio ("Written by").
(written|words|reporting) by
