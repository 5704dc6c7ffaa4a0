# Page furniture: a line that CONTAINS one of these (case-insensitive) is not
# part of the article. One regex alternative per line.
all rights reserved
your email address will not be published
delivered (straight |directly )?to your inbox
\b(to|in|into) your inbox\b
unsubscribe at any time
(this (site|website) uses|we use) cookies
# An e-mail address: a contact line, never article text.
[\w.+-]+@[\w-]+\.[\w.-]+
# Licensing and link notes of agency photos and links.
purchase licensing rights
opens (in )?(a )?new (tab|window)
# A credit for others' reporting.
\bcontributed (reporting )?to this (report|story|article)
# Ad-blocker notices.
\bad[ -]?block(er|ers|ing)?\b
we rely on (advertising|advertisers|our readers)\b
# An embedded social post: its picture link and its attribution line.
\bpic\.twitter\.com/\w
# A site label with its sponsor ("Packaging channel · Sponsored by X").
[·|•]\s*(sponsored|presented|supported) by\b
# An advert's closing label, a sentence of its own at the line's end
# ("… for 80kW racks. Sponsored by Varko.").
[.!?]\s+(sponsored|promoted|paid for) by [^.!?]{1,60}[.!]?\s*$
# A newsletter pitch that ends in its link ("… every Friday. Sign up here.").
\b(sign up|subscribe|register) (here|now|today|for free)\W*$
# A reader's tool for the article set in a bar ("CPD: 0.25 hours · Log this
# article to your training record").
[·|•]\s*(log|save|add) this (article|story|page) to your\b
# A call-to-action link: a line ending in a pointing mark ("See the 10 stocks »").
[»›→]\s*$
# A line that ends in a bare web address ("Follow our coverage at https://…"),
# not a Markdown link's target ("[Mara Lind](https://…)").
(^|\s)https?://\S+\s*$
# Investment sites' disclosures and disclaimers after a syndicated story.
\bpositions? in (any of )?the (stocks|shares|companies|securities) mentioned\b
\bha(s|ve) positions? in and recommends\b
\bha(s|ve) a disclosure policy\b
\b(views|opinions)( and opinions)? expressed (herein|here|in this (article|column|piece|story))\b
\bopinions expressed by .{1,60} are (their|his|her) own\b
\bpast performance is no guarantee\b
# A chip that adds a topic to the reader's feed ("Korvin Motors Add to myLedger").
\badd to my\w*\W*$
# A funder's disclaimer under a story.
\bsolely responsible for (all|the|its) content\b
# A machine-written summary's label.
\bsummary (generated|written) by\b
# A media card's running time at the end, after a separator ("Inside the
# yard with its foreman · 3:12", "Listen to this article · 4 min"). A
# reading time stays: it ends bylines ("By Mara Lind | 6 min read").
[·|•]\s*[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?\s*$
[·|•]\s*[0-9]{1,3}\s*(min|mins|minutes?)( (listen|watch))?\s*$
# A section's name with the story's reading time ("Business · 4 min read"),
# a line of the page's. A byline ("By …") is left to the byline rules.
^\s*(?:[^b|·•:][^|·•:]{0,29}|b[^y|·•:][^|·•:]{0,28})[·|•]\s*[0-9]{1,3}\s*(min|mins|minutes?) read\s*$
# A media player's position and length, alone on a line ("0:00 / 5:12").
^\s*[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?\s*/\s*[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?\s*$
# A video link's running time in brackets ("Inside the yard (4:12)").
\([0-9]{1,2}:[0-9]{2}(:[0-9]{2})?\)\W*$
# A series' or a page's funder ("… a series supported by the X Foundation").
\b(series|coverage|reporting|journalism|project) (is )?(supported|funded|sponsored|underwritten|made possible) by\b
# A publisher's legal lines in a footer: its company, number and office.
\ba trading name of\b
\bregistered office\s*:
\b(company|registration|registered) (number|no\.?)\s*:?\s*[A-Z]{0,2}[0-9]{5,}
# Appeals for readers' money ("… free to read because readers like you pay for it").
\breaders like you\b
\b(your|a) (support|contribution|donation|gift) (helps|keeps|makes|funds|means)\b
\bfree to read (because|thanks)\b
# Wire and syndication notices to clients and republishers.
\bfor (use by )?(subscribers|clients|licensees) only\b
\bnot for (onward (sale|publication|distribution|broadcast)|resale|republication|redistribution)\b
\brepublished (here )?(with permission|under)\b
# A syndicated story's notice: where it came from and whose views it
# gives ("Syndicated from the Ledger Wire.", "This article was syndicated
# from …", "Views expressed are those of the author."). A loan syndicated
# by banks is news: only the notice's own wording counts.
^\W*syndicated (from|by|via|through)\b
\bthis (article|story|post|piece|content) (was|is|has been) (originally )?syndicated\b
\b(the )?(views|opinions)( and opinions)? expressed (here |herein |above )?(are|is) (solely )?(those|that) of the (author|writer|contributor)s?\b
# A broadcaster's note under its links to other sites.
\bnot responsible for the content of (external|third[- ]party|other|linked) (internet |web )?(sites|websites|pages)\b
# A market-data vendor's delay note.
\b(market )?(data|quotes?|prices?) (are |is )?delayed (by )?(at least |up to )?\d+ min
# A copyright sign anywhere in a line ("… delayed 15 minutes. © Vendor").
©\s*\w
# An embedded post's text run into its attribution on one line ("… — Name
# (@handle) March 3, 2025").
[—–-]\s*[^()\n]{2,}? \(@[A-Za-z0-9_.]{1,30}\)\s+[A-Za-z]+\.? [0-9]{1,2},? [0-9]{4}\W*$
# An event's ticket pitch ("Early-bird tickets end Friday: book now").
\bearly[- ]bird (tickets?|rates?|prices?|passes|registration|discount)\b
\bbook (your|a) (place|seat|ticket|pass)e?s? (now|today)\b
# A masthead's edition line after a separator ("The Lund Ledger — English
# edition", "… · farm news from Lund, in English"): no sentence ends there.
[·|•—–]\s*(\w+ ){0,2}edition\s*$
[·|•—–][^.!?]{0,80},? in english\s*$
# A digest's note that its summaries are unchecked ("has not verified these
# stories and does not vouch for their accuracy"), its telephone and fax
# lines, and the row of spaced dashes between its items.
\bdoes not (guarantee|vouch for) (their|its|the) accuracy\b
^(tel(ephone)?|phone|fax)\s*:\s*\+?\(?\d[\d ()./-]{5,}\.?$
^- - -( -)*$
# A transcript's or a translation's accuracy notice ("This transcript may
# not be 100 percent accurate …").
\b(this|the) (transcript|translation)s? (may|might) (not|contain)\b
# A newsletter's or a journal's issue number after its name ("The Lund
# Letter — Issue 212", "… | No. 48").
[·|•—–]\s*(issue|no\.|number|vol\.|volume)\s*#?\s*[0-9]{1,4}\W*$
