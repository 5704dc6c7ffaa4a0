# The label of an advertiser's block in a newsletter or a page: a line that
# is wholly one of these (case-insensitive), naming the sponsor or saying
# the block is theirs ("PRESENTED BY CORBEL PAYROLL", "A word from our
# partner"). The pitch right under it is the advertiser's copy, though it
# reads as sentences, whether or not its call to action is shown.
(this (issue|edition|newsletter|episode) is )?(presented|sponsored|brought to you|underwritten) by .{1,60}
(an? )?(word|message|note) from (our|this week'?s|today'?s) (sponsors?|partners?)
from our (sponsors?|partners?)
(today'?s |this week'?s )?sponsor( message| spotlight)?
