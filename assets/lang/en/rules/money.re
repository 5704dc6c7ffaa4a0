# MONEY: one alternative a line, each but the last ending in |.
# "$1 billion", "US$10 billion", "€2m", "$249 USD"; "1 billion dollars"; "20 million USD";
# "four billion dollars", "fifteen cents"; "26 cents", "412 pence", "one penny", "312p"; "billions of dollars".
# Hyphened before a noun: "a 25-million-zloty issue", "a 50-cent dividend".
# {CURRENCY_CODE} is currency-code.re, {MINOR_UNIT} minor-unit.re.
# A range under one currency and one scale ("US$300 to 350 million") is one
# figure, its lower end.
{CURRENCY_PREFIX}{NUMBER}\s?(?:to|–|-)\s?{NUMBER}(?:\s|-)?(?i:{SCALE})\b|
# So is a range "between" opens with the scale and currency once, at its
# end ("between 4 and 5 billion euros"); "between" is left out of the span.
\b(?i:{RANGE})\s{NUMBER}\s(?i:{RANGE_AND})\s{NUMBER}(?:\s|-)?(?i:{SCALE})[\s-]{CURRENCY_WORD}\b|
# A local marker glued to its amount as the press of the countries that use
# it writes it (money/glued-prefixes.tsv: "Sh2.9 billion", "KSh 300 million",
# "Dh3.84", "N150 billion", "R2.1bn"): two letters before a scale or a number
# with a decimal point or thousands, one letter only glued and before a scale
# or thousands, never "R2" (a road) or "N95".
\b(?:[KTU]?Shs?|Dhs?)\s?(?:{NUMBER}(?:\s|-)?(?i:{SCALE})\b|\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\d+\.\d+\b)|
\b[NR](?:{NUMBER}(?:\s|-)?(?i:{SCALE})\b|\d{1,3}(?:,\d{3})+\b)|
{CURRENCY_PREFIX}{NUMBER}(?:(?:\s|-)?(?i:{SCALE})\b)?(?:\s{CURRENCY_WORD}\b|\sUSD\b)?|
\b{NUMBER}(?:-\s?|\s)?(?:(?i:{SCALE})[\s-])?{CURRENCY_WORD}\b|
\b{NUMBER}\s?(?:(?i:{SCALE})\s)?{CURRENCY_CODE}\b|
\b(?i:{NUMBER_WORD})\s(?:(?i:trillion|billion|million|thousand)\s)?(?i:{CURRENCY_WORD}|{MINOR_UNIT})\b|
\b{NUMBER}[\s-]?{MINOR_UNIT}\b|
\b\d{1,4}(?:\.\d{1,2})?p\b|
\b(?i:(?:hundreds\sof\s|tens\sof\s)?(?:trillions|billions|millions))\sof\s{CURRENCY_WORD}\b
