# The link that closes a box of other stories or items set between the
# article's paragraphs, pointing to the whole list ("See all moves ›",
# "View all rounds"): a short line that is wholly one of these
# (case-insensitive). The headline-like lines right above it, up to the
# body's last sentence, are the box (its header with them).
(see|view|show|browse|explore) (all|more|every)( [^.!?]{1,30})?
all (the )?(latest )?(stories|articles|news|headlines|moves|appointments|deals|rounds|results|jobs|events)( [^.!?]{1,20})?
