# A line that is wholly a time stamp (case-insensitive): a live page's post
# time, an update time, a video's running time. A date makes it a dateline
# or publication line, which stays; a bare time says nothing of the story.
((updated|posted|published|last updated|yesterday|today|earlier)\s+(at\s+)?)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,4})?
\d{1,2}:\d{2}:\d{2}
\d{1,2}\s*(h|hrs?|hours?|m|mins?|minutes?|d|days?) ago
(yesterday|today|just now)
# A source or a site with a relative time ("The Daily Ledger · 3 hours ago").
[^.]{0,60}\s[·|•]\s+(\d+|an?|one) (min|mins|minutes?|h|hr|hrs|hours?|days?) ago
# A publication line that ends in a relative update time ("March 12, 2025
# 6:41 AM GMT · Updated 2 hours ago"): the time is the page's rendering,
# never the story's.
[^.]{0,60}\s[·|•]\s+(updated|modified|edited|last updated)\s+(\d+|an?|one) (min|mins|minutes?|h|hr|hrs|hours?|days?) ago
# A video's running time with its label ("Video duration 2:14").
((video|audio|clip)\s+)?(duration|running time|length)\s*:?\s*\d{1,2}:\d{2}(:\d{2})?
