# Lines at the top of a page that belong to the article although they are
# short: the byline and the publication stamp (case-insensitive, at the start).
by\s
(updated|published|posted|last updated|first published)\b
