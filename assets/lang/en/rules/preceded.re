# Expressions recognised by what precedes them, the first group (or the
# second) being the expression: bare plural units after a preposition or verb
# of duration ("for years", "take weeks") and "the past" after "in"; "May"
# after a preposition.
\b(?:(?i:for|within|in|take|takes|took|taking|lasted|after|over)\s(minutes|hours|days|weeks|months|years|decades|the\spast|the\sfuture)|(?i:in|since|until|by|from|on|of|during)\s(May(?:\s[0-3]?\d(?:st|nd|rd|th)?)?(?:,?\s(?:1[5-9]|20)\d{2})?))\b
