# A captured page's byline and publication stamp (case-insensitive, at the
# start of a short line): page furniture, dimmed, though the reporters named
# stay entities of the article.
by\s
# A print view's stamp ("Printed from The Ledger on 4 May 2026, 09:14")
# is one of them.
(updated|published|posted|last updated|first published|last modified|last edited|printed (from|on))\b
# The same stamps' labels as pages in other languages print them, before a
# date ("Geplaatst 30.11.2026", "Stand: 02.12.2026", "Actualizado el
# 26/11/2026", "Mis à jour le 3 mars 2026"): Dutch, German, French, Spanish,
# Italian, Portuguese and the Nordic languages.
(geplaatst|gepubliceerd|bijgewerkt|laatst bijgewerkt|aktualisiert|veröffentlicht|zuletzt aktualisiert|stand|mis à jour|publié|actualizado|publicado|aggiornato|pubblicato|atualizado|uppdaterad|publicerad|opdateret|publiceret|oppdatert|publisert)( (le|el|am|op|il|em|den))?\s*:?\s*\d
# A byline that opens with what the reporters did ("Live coverage by …",
# "Words by …").
((live|full|additional) )?(coverage|words|reporting|story|text|report|article) by\s
# A class of letters is written outside the case folding, with the one
# mark folding adds to it (U+0345, which folds to a Greek iota): the same
# characters, without folding every letter of Unicode each time the
# pattern is built (half of the 10 M instructions it took).
# A byline that says where the story was sent from, then who sent it
# ("Filed from Lund by Ada Lind", "Story filed from Lund by …", "Sent in
# from Lund by …").
((story|report|copy|article) )?(filed|sent|sent in|phoned in|reported|written) from ((?-i:[\p{L}\x{345}'.-])+ ){1,3}by\s
# A reporter's name and title on a line of their own ("Ada Lind, Markets
# Correspondent"), the name in capitals (of any alphabet: "Liis
# Kruusamägi"), the title after a comma or set apart by a bar or dot ("Ada
# Lind | Senior Editor, Energy Markets", "Ada Lind, economy desk").
(?-i:\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'.-]+){1,2})(, | ?[|·•–—] ?)([A-Za-z&]+ ){0,3}(correspondent|editor|reporter|writer|columnist|journalist|contributor|desk)s?(,( (?-i:[A-Z])[A-Za-z&]*){1,4})?[ .]*$
# Two reporters or more, each with the city they filed from, and nothing
# else ("Ada Lind in Lund and Bo Sand in Oslo", "Ada Lind in Lund, Bo Sand
# in Oslo and Eva Holm in Riga"): a newspaper's byline without "By". One
# name and one city is left alone: a headline in title case reads so too.
(?-i:\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'.-]+){1,2}) in (?-i:\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'-]+)?)(, (?-i:\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'.-]+){1,2}) in (?-i:\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'-]+)?))*,? (and|&) (?-i:\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'.-]+){1,2}) in (?-i:\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'-]+)?)\s*$
# A labelled byline: the label, a colon (or a dash set apart by spaces) and
# the reporter's name ("Words: Ada Lind", "Text: Ada Lind and Bo Sand",
# "Reporter: Liis Kruusamägi", "Text — Ada Lind · Photographs — Bo Sand"),
# the label in English or as pages in other languages print it ("Autorin:
# Ada Lind", "Redacción: Ada Lind", "Tekst: Ada Lind").
(words|text|story|author|authors|reporter|reporters|reporting|written by|autor|autora|autores|autorin|autoren|auteur|auteurs|autrice|redacción|redaccion|redactie|redaktion|redazione|redação|tekst|texto|testo|verfasser|verfasserin|periodista|journaliste|giornalista|reportage)(\s*:|\s+[—–])\s*(?-i:\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'.-]+){0,2})(\s*$|\s*[|·•,]|\s+(and|in|&)\s)
# A paper's or an agency's staff as the byline, and nothing after it
# ("Lund Ledger staff", "Northwire staff reporters"); "staff" in lower case,
# as a title-case headline ("Quayside Cuts Staff") never writes it.
(?-i:\p{Lu}[\p{L}'&.-]*( \p{Lu}[\p{L}'&.-]*){0,2}) (?-i:staff)( (?-i:reporters?|writers?))?\s*$
# A reporter's job word set before a full name, no colon, and nothing
# after it ("Reporter Ada Lind", "Correspondent Bo Sand").
(reporter|correspondent|writer|columnist)\s+(?-i:\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'.-]+){1,2})\s*$
# The same said of the paper's own reporter, maybe with the beat or the
# city between ("From our correspondent Ada Lind", "From our own Lund
# correspondent", "Our staff reporter").
((from|by) )?our (own )?((?-i:[\p{L}\x{345}-])+ ){0,2}(correspondent|reporter|writer|staff)s?\b
# The word for "by" of pages in other languages before a full name and
# nothing else, or a dash or bar before a stamp ("Par Ada Lind — Mis à jour
# …", "Von Ada Lind", "Por Ada Lind"); German names the piece first ("Ein
# Beitrag von Ada Lind", "Ein Bericht von …"). The word keeps its case
# and the name after it is two or three capitalised words that end the
# line: "Par 72 course" or "AV Lund Media Group said" is none.
(?-i:par|Par|von|Von|por|Por|af|Af|av|Av)\s+(?-i:\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'.-]+){1,2})\s*($|[|·•—–])
(ein|eine) (beitrag|bericht|artikel|kommentar|text|reportage|analyse|gastbeitrag) (von|aus der redaktion)\b
# A news service's release stamp and the announcement's number over it
# ("Released 07:00 02-Dec-2026", "PNS Number : 7342W").
released( on)?:?\s+\d
(?-i:\p{Lu}{2,6}) (number|no\.?|ref\.?|reference|id)\s*:\s*[a-z0-9-]{3,12}\s*$
# Where the story stood in the printed paper ("Print edition: page B3", "A
# version of this article appears in print on …").
print edition\b
(a version of this (article|story) )?(appears|appeared) in print\b
