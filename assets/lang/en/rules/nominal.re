# NOMINAL: "the startup", "this joint venture", "the AI startup"; group 1 (`head`) is the head,
# {NOMINAL_HEADS} is nominal-heads.txt. The second form follows a place glued
# to "-based" ("the Seattle-based planemaker", "the Boise, Idaho-based
# company") or a capitalised modifier ("the Japanese carmaker", "the U.S.
# bank"): its group 2 (`span`) is the part after that, so the place or
# nationality stays a name, and group 3 (`described`) is its head. One
# describing word may open the place's form ("the small Vancouver-based gold
# prospector"): the head, not its modifiers, decides; two could be a verb's
# ("The seller is Stockholm-based investment company X"). Up to three
# words may stand before that head; the rules keep three only after a place
# ("the Boston-based real estate investment trust").
\b(?:[Tt]he|[Tt]his|[Tt]hat)\s(?:(?:[a-z][a-z-]+|[A-Z]{2,5})\s){0,2}?(?P<head>{NOMINAL_HEADS})\b
|\b(?:[Tt]he|[Tt]his|[Tt]hat)\s
(?:
(?:[a-z][a-z-]+\s)?
(?:[A-Z][\p{L}.'’]*(?:\s[A-Z][\p{L}.'’]*){0,2},\s)?
[A-Z][\p{L}.'’]*(?:\s[A-Z][\p{L}.'’]*){0,2}-(?:based|headquartered)\s
|(?:[A-Z][a-z]+|[A-Z]\.[A-Z]\.)\s
)
(?P<span>(?:(?:[a-z][a-z-]+|[A-Z]{2,5})\s){0,3}?(?P<described>{NOMINAL_HEADS}))\b
