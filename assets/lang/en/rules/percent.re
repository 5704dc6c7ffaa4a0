# PERCENT: "5%", "15-20%", "20 to 25 percent", "six percent", "half a percent".
\b(?:{NUMBER}(?:\s?(?:-|–|to)\s?{NUMBER})?|(?i:{NUMBER_WORD}|half\sa))(?:\s?%|\s?(?i:per\s?cent|percent|percentage\spoints?)\b)
