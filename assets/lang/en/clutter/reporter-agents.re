# The words before the reporter's name on a byline line, which make the
# name the article's reporter and a person (case-insensitive; two to four
# capitalised words follow, then the line's end or a separator): "By Ada
# Lind", "Filed by Ada Lind", "Von Ada Lind", "Par Ada Lind — Mis à jour
# le 2/12/2026", "Ein Beitrag von Ada Lind", "From our correspondent Ada
# Lind". Not "Translated by" or "Photos by": their people did something
# other than report the story.
((live |full |additional )?(filed|reported|written|words|story|text|report|reporting|coverage) )?by
# Where the story was sent from between ("Story filed from Lund by Ada
# Lind", "Sent in from Lund by …"), and a label before a dash ("Text — Ada
# Lind · Photographs — Bo Sand").
((story|report|copy|article) )?(filed|sent|sent in|phoned in|reported|written) from ([\p{L}'.-]+ ){1,3}by
(words|text|story|reporting)\s*[—–]
von|par|por|af|av
(ein|eine) (beitrag|bericht|artikel|kommentar|text|reportage|analyse|gastbeitrag) von
((from|by) )?our (own )?([\p{L}-]+ ){0,2}(correspondent|reporter)
