# DATE, time and duration expressions, one pattern a line, in the order of
# preference when two overlap (the longest wins). Lines: calendar dates;
# ISO days; numeric dates; months; "late May"; years; decades; centuries; quarters
# and halves; seasons; relative dates (two); weekdays and parts of days (two);
# clock times (two); the present; durations (two); sets (two).
(?i:{PART})?\b(?:(?:{WEEKDAYS}),?\s)?(?:{MONTH}\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s{YEAR})?|\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?{MONTH}(?:,?\s{YEAR})?|{MONTH},?\s{YEAR})\b
\b{YEAR}-[01]\d-[0-3]\d\b
\b[01]?\d/[0-3]?\d/{YEAR}\b
(?i:{PART})?\b(?:(?i:last|next|this|past)\s)?(?:{MONTHS})(?-i:\b)
(?i:{PART})?\b(?i:last|next|early|late|this|mid)[-\s]May\b
(?i:{PART})?\b(?:(?i:fiscal\s|FY\s?))?{YEAR}\b
\b(?i:the\s)?(?:{YEAR}s|'\d0s)(?-i:\b|$)
\b\d{1,2}(?:st|nd|rd|th)[-\s][Cc]entur(?:y|ies)\b
\b(?:Q[1-4]|H[12]|(?i:the\s)?(?i:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s(?i:quarter|half))(?:(?:\sof)?\s{YEAR}|\b)
\b(?:(?i:(?:early|late|mid)[-\s])?(?i:last|next|this|past|the\scoming)\s(?i:{SEASON})(?:\s(?:of\s)?{YEAR})?|(?i:the\s)?(?i:{SEASON})\s(?:of\s)?{YEAR})\b
(?i:{PART}|earlier\s|later\s|(?:the\s)?(?:end|beginning|start|middle)\sof\s)?\b(?i:the\s)?(?i:last|next|this|past|previous|coming|following|current|same)\s(?i:fiscal\s|calendar\s)?(?i:week|weekend|month|quarter|year|decade|century)\b
(?i:\b(?:the\s)?(?:end|beginning|start|middle|turn)\sof\s(?:the\s)?(?:year|month|week|decade|century))\b
\b(?:(?i:last|next|this|on|early|late)\s)?(?:{WEEKDAYS}|[Yy]esterday|[Tt]oday|[Tt]omorrow)(?:\s(?:morning|afternoon|evening|night))?\b
\b(?i:tonight|(?:last|this|tomorrow|yesterday)\s(?:morning|afternoon|evening|night))\b
\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:[ap]\.m\.|(?i:[ap]m)\b)(?:\s(?:[A-Z]{2,3}T|GMT|UTC)\b)?(?:,?\s(?:on\s)?(?:{WEEKDAYS}))?
\b(?:[01]?\d|2[0-3]):[0-5]\d(?:\s(?:[A-Z]{2,3}T|GMT|UTC))?(?:,?\s(?:on\s)?(?:{WEEKDAYS}))?\b
\b(?:[Nn]ow|[Cc]urrently|[Nn]owadays|(?i:at\spresent))\b
{MODIFIER}\b(?i:the\s)?(?:(?i:last|past|next|coming|following|previous|recent|same)\s)?(?i:{COUNT})[-\s](?i:{UNIT})\b(?:-long|'|\sago\b)?
\b(?i:recent|the\scoming|the\spast|the\slast|the\snext)\s(?i:{UNIT})\b
\b(?i:every|each)\s(?:(?i:{COUNT})\s)?(?i:{UNIT}|morning|afternoon|evening|night|{WEEKDAYS}|{SEASON})\b
\b(?i:annually|yearly)\b
