# Time stamps set after a source or a publication line (case-insensitive,
# the whole line, as stamps.re): a line that is wholly one of these is
# furniture. Apart from stamps.re because each opens with a bounded repeat
# of any character but a full stop, whose lazy automaton builds states on
# every line of running text it meets: these are tried only on a line
# with their literals (the loader reads them off the syntax).
# A source or a site with a relative time ("The Daily Ledger · 3 hours ago").
[^.]{0,60}\s[·|•]\s+(\d+|an?|one) (min|mins|minutes?|h|hr|hrs|hours?|days?) ago
# A publication line that ends in a relative update time ("March 12, 2025
# 6:41 AM GMT · Updated 2 hours ago"): the time is the page's rendering,
# never the story's.
[^.]{0,60}\s[·|•]\s+(updated|modified|edited|last updated)\s+(\d+|an?|one) (min|mins|minutes?|h|hr|hrs|hours?|days?) ago
