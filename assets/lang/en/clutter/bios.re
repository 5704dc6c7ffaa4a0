# An author's bio: a line that opens with a name followed by one of these.
# Matched case-sensitively on the name, case-insensitively on the rest; used
# only after the article body.
(is|was|has been|works as) ((a|an|the|our)\b)?[^.]{0,60}\b(reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|photographer|blogger|author)s?\b
(covers|writes about|reports on|has covered|has reported on) \w
