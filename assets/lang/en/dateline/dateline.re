# A dateline at the start of a line: PLACE[, Region][ (AGENCY)][, Mon d[, yyyy]][ (AGENCY)] — 
# or, on a line of its own with no dash, PLACE[, Region] yyyy-mm-dd (the
# stage takes a line without the dash only with such a date).
# {AGENCIES} is agencies.txt and {MONTHS} months.txt, as alternations; an
# agency not listed may be its initials ("DETROIT (WP) —") or, by its
# shape, a capitalised name of one to three words in the brackets between
# the place or date and the dash ("LONDON (Harbourline Wire) —"): a
# credit, never a party of the story.
# A wire's credit alone in its brackets before the dash, with no place,
# opens a line too ("(Bloomberg) -- Norsk said"): the agency is the
# story's source, not the lead sentence's subject.
# The stage reads the groups by number: 1 place, 2 region, 3 agency,
# 4 date, 5 agency after the date, 6 credit (the place-less form's agency).
(?m)^(?:(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:, (?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?
(?:,? (?P<agency>\((?:{AGENCIES}|[A-Z]{2,6}|[A-Z][a-z][A-Za-z&'’.-]*(?: [A-Z][A-Za-z&'’.-]*){0,2})\)))?
(?:,? (?P<date>(?:{MONTHS})[a-z]*\.? \d{1,2}(?:, \d{4})?|\d{4}-\d\d-\d\d))?
(?:,? (?P<agency_after>\((?:{AGENCIES}|[A-Z]{2,6}|[A-Z][a-z][A-Za-z&'’.-]*(?: [A-Z][A-Za-z&'’.-]*){0,2})\)))?(?: ?(?:—|–|--|-)(?:\x20|$)|[\x20\t\r]*$)
|(?P<credit>\((?:{AGENCIES}|[A-Z]{2,6}|[A-Z][a-z][A-Za-z&'’.-]*(?: [A-Z][A-Za-z&'’.-]*){0,2})\)) ?(?:—|–|--|-)\x20)
