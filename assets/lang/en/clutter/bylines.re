# A captured page's byline and publication stamp (case-insensitive, at the
# start of a short line): page furniture, dimmed, though the reporters named
# stay entities of the article.
by\s
(updated|published|posted|last updated|first published)\b
# A byline that opens with what the reporters did ("Live coverage by …",
# "Words by …").
((live|full|additional) )?(coverage|words|reporting) by\s
# A reporter's name and title on a line of their own ("Ada Lind, Markets
# Correspondent"), the name in capitals (of any alphabet: "Liis
# Kruusamägi"), the title after a comma or set apart by a bar or dot ("Ada
# Lind | Senior Editor, Energy Markets").
(?-i:\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'.-]+){1,2})(, | ?[|·•–—] ?)([A-Za-z&]+ ){0,3}(correspondent|editor|reporter|writer|columnist|journalist|contributor)s?(,( (?-i:[A-Z])[A-Za-z&]*){1,4})?[ .]*$
# A labelled byline: the label, a colon and the reporter's name ("Words: Ada
# Lind", "Text: Ada Lind and Bo Sand", "Reporter: Liis Kruusamägi").
(words|text|story|author|authors|reporter|reporters|reporting|written by)\s*:\s*(?-i:\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'.-]+){0,2})(\s*$|\s*[|·•,]|\s+(and|in|&)\s)
# A reporter's job word set before a full name, no colon, and nothing
# after it ("Reporter Ada Lind", "Correspondent Bo Sand").
(reporter|correspondent|writer|columnist)\s+(?-i:\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'.-]+){1,2})\s*$
# Where the story stood in the printed paper ("Print edition: page B3", "A
# version of this article appears in print on …").
print edition\b
(a version of this (article|story) )?(appears|appeared) in print\b
