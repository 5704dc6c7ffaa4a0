# The pitch right under a promo box's label, when the box shows no call to
# action (a link-only button the reader view dropped): a line that opens
# with one of these (case-insensitive), inviting the reader to the event.
join (\d[\d,]*\+?|us|hundreds|thousands|over \d[\d,]*|more than \d[\d,]*) .*
hear from .*
save the date\b.*
