# The number and its scale in a (lower-cased) money mention; {NUMBER} is the
# stage's number pattern, {SCALE} scales.tsv's words as an alternation. A
# scale is a whole word; a word glued to the number is the currency's ("312p").
# A range's second number is skipped ("300 to 350 million", "4 and 5 billion").
(?i)({NUMBER})(?:(?:\s?(?:to|–|-)\s?|\sand\s|\s){NUMBER})?(?:(?:\s|-)?({SCALE})\b)?
