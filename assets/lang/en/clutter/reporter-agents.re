# The words before the reporter's name on a byline line, which make the
# name the article's reporter and a person (case-insensitive; two to four
# capitalised words follow, then the line's end or a separator): "By Ada
# Lind", "Filed by Ada Lind", "Von Ada Lind", "Par Ada Lind — Mis à jour
# le 2/12/2026", "Ein Beitrag von Ada Lind", "From our correspondent Ada
# Lind". Not "Translated by" or "Photos by": their people did something
# other than report the story.
((live |full |additional )?(filed|reported|written|words|story|text|report|reporting|coverage) )?by
# A class of letters is written outside the case folding, with the one
# mark folding adds to it (U+0345, which folds to a Greek iota): the same
# characters, without folding every letter of Unicode each time the
# pattern is built (half of the 10 M instructions it took).
# Where the story was sent from between ("Story filed from Lund by Ada
# Lind", "Sent in from Lund by …"), and a label before a dash ("Text — Ada
# Lind · Photographs — Bo Sand").
((story|report|copy|article) )?(filed|sent|sent in|phoned in|reported|written) from ((?-i:[\p{L}\x{345}'.-])+ ){1,3}by
(words|text|story|reporting)\s*[—–]
von|par|por|af|av
(ein|eine) (beitrag|bericht|artikel|kommentar|text|reportage|analyse|gastbeitrag) von
((from|by) )?our (own )?((?-i:[\p{L}\x{345}-])+ ){0,2}(correspondent|reporter)
