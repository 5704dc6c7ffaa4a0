# The words before the reporter's name on a byline line, which make the
# name the article's reporter and a person (case-insensitive; two to four
# capitalised words follow, then the line's end or a separator): "By Ada
# Lind", "Filed by Ada Lind", "Von Ada Lind", "Par Ada Lind — Mis à jour
# le 2/12/2026", "Ein Beitrag von Ada Lind", "From our correspondent Ada
# Lind". Not "Translated by" or "Photos by": their people did something
# other than report the story.
((live |full |additional )?(filed|reported|written|words|story|text|report|reporting|coverage) )?by
von|par|por|af|av
(ein|eine) (beitrag|bericht|artikel|kommentar|text|reportage|analyse|gastbeitrag) von
((from|by) )?our (own )?([\p{L}-]+ ){0,2}(correspondent|reporter)
