# Words an index's or a price's reading writes its change with, after the
# figure ("Milk price index, May: 0.41 €/kg, unchanged"; "Harbour dues:
# €12.40, up 3%"): case-insensitive, the whole word. A reading with one of
# them above the headline is the page's strip, not the article's.
unchanged
steady
stable
flat
up
down
higher
lower
