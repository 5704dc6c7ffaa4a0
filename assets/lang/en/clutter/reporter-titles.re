# A reporter's job title as a byline gives it, the whole of a name the
# tagger found on a byline ("Technology Correspondent", "Senior Editor",
# "Staff Writer", "Business Staff", "City Desk"): no person of the article
# (case-insensitive).
([a-z&]+ ){0,3}(correspondent|editor|reporter|writer|columnist|journalist|contributor|staff|desk|newsroom)s?
