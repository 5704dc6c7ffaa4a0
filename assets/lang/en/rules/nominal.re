# NOMINAL: "the startup", "this joint venture", "the AI startup"; group 1 is the head,
# {NOMINAL_HEADS} is nominal-heads.txt.
\b(?:[Tt]he|[Tt]his|[Tt]hat)\s(?:(?:[a-z][a-z-]+|[A-Z]{2,5})\s){0,2}?({NOMINAL_HEADS})\b
