# Where a link to a writer's page points (case-insensitive, in its target):
# a line that is wholly such a link ("[Ada Lind](https://ledger.example/@ada)")
# is a byline, furniture like a "By" line, its writer an entity.
/@
/authors?/
/by/
/people/
/profiles?/
/staff/
/contributors?/
/journalists?/
/writers?/
