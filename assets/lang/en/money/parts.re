# The number and its scale in a (lower-cased) money mention; {NUMBER} is the
# stage's number pattern, {SCALE} scales.tsv's words as an alternation. A
# scale is a whole word; a word glued to the number is the currency's ("312p").
(?i)({NUMBER})(?:(?:\s?(?:to|–|-)\s?|\s){NUMBER})?(?:(?:\s|-)?({SCALE})\b)?
