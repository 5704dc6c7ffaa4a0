# The note under a table of market data, on when its prices were taken or
# where they came from ("Prices at 16:30 CET. Source: Quotemark Data"):
# case-insensitive, at the start of the line.
(prices|quotes|data|rates|figures|closing prices)( are| were)?( as)? (at|of|delayed|correct)\b
source\s*:
