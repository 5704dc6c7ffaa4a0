# What an article as a news corpus gives it carries after its last
# paragraph, its own and no sign of a captured page (case-insensitive, at
# the start of a line): the header of its list of sources (the list runs to
# the end of the text) and the credit of its reporters and editors. A bare
# date line above the lead of such a text is the article's date line, not a
# page's stamp.
(sources|references|notes|footnotes|endnotes)\W*$
\(?(additional )?(reporting|writing|editing|compiled) by\b
with (additional )?assistance (from|by)\b
