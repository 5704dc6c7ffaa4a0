# The label of a promo box set in the story: a line that is wholly one of
# these (case-insensitive). The box runs from it to its call to action
# ("Book now", "Register today") a few lines below, and all of it is the
# site's: the event's name, its speakers and their firms.
(upcoming |live |in-person |online |featured )?(event|conference|summit|webinar|masterclass|workshop|awards)
# An event's own name with its year, as a promo box heads it ("Harbour
# Futures Summit 2026", "2026 Ports Forum").
([\w&'’.-]+ ){1,4}(conference|summit|forum|expo|festival|awards|week) (19|20)\d\d
(19|20)\d\d ([\w&'’.-]+ ){0,4}(conference|summit|forum|expo|festival|awards|week)
(promoted|sponsored|partner|paid) (content|post|feature|event)
(advertisement|advertising|advertiser) (feature|content|promotion)
promotion
(product|partner|sponsor|brand|advertiser) (spotlight|showcase)
