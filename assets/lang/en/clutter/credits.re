# A photo credit at the END of a line (case-insensitive): the line is a
# caption or a credit, not article text. Every line needs an opening bracket,
# a colon or a slash in whatever it matches: lines with none are not looked at.
\((photo|photograph|image|picture|credit|video)s?( credits?)?\s*:[^()]{1,80}\)
\([^()]{1,50}/[^()]{1,50}\)
\((\w+ ){0,3}(images|photos?|pictures|pool|handout)\)
(photo|photograph|image|picture)s?( credits?)?\s*:\s*[^.]{1,80}
# Agency and photographer without brackets: "AGENCY/First Last", "First Last/Agency".
(?-i:\b[A-Z]{3,}(/[A-Z][\w.-]*( [A-Z][\w.-]*){0,2})+)
(?-i:\b[A-Z][\w.-]+( [A-Z][\w.-]+){1,2}/[A-Z][\w.-]+( [A-Z][\w.-]+){0,2})
# A photographer and the outlet after a slash ("Photo by Ada Lind /Lund Ledger").
(?-i:\b([Pp]hoto|PHOTO|[Pp]hotograph|[Ii]mage|[Pp]icture)s? (by|BY) [^.]{1,60}/[A-Z][^./]{0,60})
