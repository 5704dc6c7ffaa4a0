# Page furniture: a line that OPENS with one of these (case-insensitive,
# after any leading punctuation) is not part of the article. One regex
# alternative per line; the loader joins them with `|`.
# Comment forms and counts.
leave a (reply|comment)
(post|add|write|view|show|hide|see|read|load) (a |all |the |more )?(\d+ )?(comments?|replies)\b
(there (are|is) )?\d+ (comments?|replies|responses)\b
comments? ?\(\d+\)
(join|start) the (conversation|discussion)\b
(log|sign) in to (comment|reply|post)\b
save my name,? email
required fields are marked
comments? (are|is) (now )?(closed|disabled|turned off)
# Share bars and follow prompts.
share (this|on|via|the|to|with)\b
share( this)?( article| story| post| page| video)?\W*$
# A share bar that lists its networks after a colon ("Share: LinkedIn X Email").
share( this| it)?( article| story| post| page)?\s*:\s*\[?\p{L}
(tweet|email|print|copy link|pin|whatsapp)( this)?( article| story| post| link)?\W*$
# The note a share bar shows once its link is copied ("Link Copied!").
link copied( to (the )?clipboard)?\W*$
follow us\b
follow me on\b
check out my website\b
(like|share) this\s*:\s*$
like loading
follow .{1,60}@\w+
follow (the|our) .{1,40} on\b
follow (the )?topics\b
# A follow button alone on its line.
follow\W*$
# Newsletters and subscriptions.
sign up (for|to|now|here|today)\b
(sign|log) in to (continue|keep) reading\b
create (a free|an|your free) account\b
subscribe( now| today| to| for| here)?\b
(get|receive) (the|our|a) .{0,40}(newsletter|briefing|alerts?|digest)\b
enter your email\b
by (signing up|subscribing|clicking)\b
already (a subscriber|have an account)\b
learn more about\b
learn more\W*$
# A newsletter's sign-off ("That's it for today.").
that'?s (it|all) for (today|this week|this issue|now)\b
# A newsletter's greeting over its issue, and a browser's translation banner.
good (morning|afternoon|evening)[.,!] (here('s| is| are)|welcome|this is|today'?s (lead|top|big)|in (today'?s|this) (issue|edition))\b
(this )?page (was|has been|is) (automatically |machine[- ])?translated\b
# Photo and video credits.
((featured|main|top|lead|header|hero|cover|inset) )?(photo|photograph|image|picture|video|illustration)s?( credits?)?\s*[:|]
(credit|source): .{0,60}/
(photo|photograph|image|picture|illustration|graphic|chart)s? by\b
file photo\s*:
credits?\s*(\.\.\.|…)
# Tags and categories.
(tags|tagged|tagged with|filed under|categories|category|topics|keywords|more about)\s*:
# A trade paper's list of the story's companies ("Companies mentioned: X, Y").
(companies|stocks|tickers|securities|organi[sz]ations|people) (mentioned|in this (story|article))\s*:
filed under\b
posted (in|under)\b
suggested topics\b
# A quote box's buttons ("Add to watchlist").
add to (my |your )?(watch ?list|portfolio)\W*$
# A newsletter's tagline under its masthead ("Your weekly read on …").
your (daily|weekly|monthly|morning|evening|weekend|fortnightly) (read|briefing|digest|dose|guide|round-?up|newsletter|update|look)\b
# Advertising.
advertisement\W*$
advertisement\W+(scroll|continue|story)\b
(advert|ad|sponsored|sponsored content|promoted|paid content)\W*$
# An ad slot's label before the advertiser's line ("ADVERTISEMENT · Lind
# Stoves, Lund – since 1912"), as pages in English, German, French,
# Spanish, Italian, Dutch and Polish print it.
(advertisement|advert|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|reklama)\s*[·|•:–—]\s*\S
(anzeige|werbung|publicité|publicidad|pubblicità|advertentie|reklama)\W*$
(story|article) continues (below|after)\b
story continues\W*$
supported by\W*$
# Read-more pointers.
go deeper\b
read (more|next|also)\b
# The same pointer as pages in other languages label it, before a colon
# ("Mehr zum Thema: …", "À lire aussi : …", "Leia também: …"): German,
# French, Spanish, Italian, Portuguese, Dutch and Polish.
(mehr zum thema|lesen sie auch|auch interessant|à lire aussi|lire aussi|a lire aussi|lea también|lee también|leer más|leggi anche|leia também|leia mais|lees ook|lees meer|zie ook|czytaj też|czytaj także|zobacz też)\s*:
read the (original|full) (article|story)\b
related (article|story|video|link|content)s?\b
# The bare label before a linked headline ("Related: Ostra sells its yard").
related\s*:
item \d+ of \d+\b
# A print view's header ("Print version — page 1 of 2", "Printer-friendly
# version").
print(er)?[- ]?(friendly )?(version|view|edition)\W*($|page \d+ of \d+\W*$)
\[\d+/\d+\]
also read\b
continue reading (the main story|below)\b
(scroll|swipe) (down )?to (continue|read)\b
(trending|popular|breaking|latest|most read)( now| news| today)?\s*:
see also\b
click here\b
click to\b
# (Not "Live:", which opens a live page's own headline.)
(watch|listen|video|podcast|gallery)\s*:
# The same label with the clip's running time ("VIDEO (3:12): …").
(watch|listen|video|podcast|gallery) \(\d{1,2}:\d{2}\)\s*:
(previous|next) (article|post|story|page)\b
# A rule that closes the story ("___").
_{3,}\W*$
# Copyright lines and cookie banners.
(copyright\s*)?(©|\(c\))\s*\d{4}
copyright \d{4}
# A copyright line that names its holder before the year ("(c) The Lund
# Ledger 2024. Reproduced under licence.").
\(c\) [\w&.'’-]+( [\w&.'’-]+){0,5},? (19|20)\d\d\b
# A gallery's slide counter alone on its line ("3 of 12", "Image 3 of 12").
((slide|image|photo|picture) )?\d{1,3} of \d{1,3}\W*$
# A transcript's note on itself, its header, and its stage directions in
# brackets ("This transcript was generated automatically…", "[AD BREAK]",
# "[MUSIC PLAYING]").
(this |the |a )?transcripts? (was|were|is|are|has been|have been) (automatically |machine[- ]|computer[- ])?(generated|produced|created|made|transcribed)\b
(this |the )?transcripts? (may|might|could|can) (contain|include|have) (errors|mistakes|inaccuracies)\b
((full|episode|show|view|hide|read( the)?) )?transcripts?\W*$
\[(ad|ads|advert|advertisement|commercial|sponsor|sponsored|music|theme|jingle|break|intro|outro|laughter|crosstalk|applause|silence)( [a-z]+){0,2}\]\W*$
reuse this content\b
reprints?( and| &) permissions\b
editorial standards\b
terms (and|&) (conditions|privacy)\b
(we use|this (site|website) uses|we and our partners use|our (site|website) uses) cookies
(accept|reject|manage|allow) (all )?cookies\b
cookie (settings|preferences|policy)\W*$
(privacy policy|terms of (use|service))\W*$
# Author boxes and wire credits.
our (standards|principles)\s*:
(got|have) a (confidential )?(news )?tip\b
([\w']+ )?disclosures?\s*:
(about|more about) (the|this) (author|writer|reporter)\b
(reporting|writing|additional reporting|editing|compiled|written|produced) by\b
# A pointer to the outlet's coverage ("Follow X's coverage of Y at …").
follow .{1,60}\bcoverage\b
skip to (main )?content\b
menu\W*$
write to .{1,60} at\b
(contact|email) the (author|reporter|writer)\b
this (article|story|post) (was|has been) (originally )?(published|amended|corrected|produced)\b
# A wire story's closing credit for its helpers ("--With assistance from Ada
# Lind and Bo Sand."): names only, nothing after them.
with (additional )?assistance (from|by) (?-i:\p{Lu}[\p{L}'’.-]+)( (?-i:\p{Lu}[\p{L}'’.-]+)){0,3}((,| and|, and) (?-i:\p{Lu}[\p{L}'’.-]+)( (?-i:\p{Lu}[\p{L}'’.-]+)){0,3})*\W*$
# An agency's note on its own report ("This report by the Lund Press was
# first published May 4, 2026.").
this (report|article|story) by .{1,60}? (was|has been) (first |originally )?published\b
# A newsletter form's replies and nudges.
thanks?( you)? for (signing up|subscribing)\b
a welcome email is on (its|the) way\b
interested in more newsletters\b
get the latest (headlines|news|updates|stories)\b
subscribed\W*$
# An outlet's pointers to its app and its channels.
catch all the (latest )?.{0,40}\b(news|updates)\b.{0,20}\bon\b
download (the |our )?.{1,40}\bapp\b
join .{1,50} (whatsapp|telegram|signal|viber) (channel|group|community)\b
# A subscriber's tools for the article.
(licence|license) this (article|story|content)\b
gift \d+ (articles|stories)\b
# An inline pointer to another story ("READ: Ostra wins Lund order").
read( more| also| next)?\s*[:|]\s*(?-i:\p{Lu})
author of (the|this) (article|story|post)\s*:?\W*$
# A page's tools set as a bar ("Print this page | Email to a colleague").
print this (page|article|story)\b
email (this )?(page |article |story )?to a (colleague|friend)\b
# An update stamp, not a note of what the update added ("… updated to include comment from …").
this (article|story|post) (was|has been) (originally |last )?updated( (on|at)\b|\W*$)
a version of this (article|story) (appears|appeared)\b
this (article|story|post) (originally|first) (appeared|ran|was published)\b
(we'?re|we are) interested in your feedback\b
tell us what you think\W*$
appeared in the .{0,40}edition\b
originally (published|appeared) (on|in|at|by)\b
(listen to|gift|save|print) (this )?(article|story)\b
# Author boxes and pointers to an author's other work.
more (stories|articles|posts|from|by) (by|from) \w
(all )?(stories|articles|posts) by \w
follow (on|me on|us on|her on|him on|them on) (linkedin|x|twitter|facebook|instagram|threads|bluesky|mastodon)\b
read [^:]{1,40}'s? (latest|previous|last)( story| article| piece| column)?\s*:
# Paywalls and registration walls.
you have (\d+|one|two|three) free (articles?|stories|reads?)\b
# A metered paywall's count ("You've read 4 of your 5 free articles this
# month", "You have read 3 out of 3 free stories").
you('ve| have) read (\d+|one|two|three|four|five|all)( of| out of)? (your )?(\d+ |one |two |three |four |five |ten )?free (articles?|stories|reads?)\b
(get|enjoy|unlock) unlimited (digital )?access\b
(\d+|one|two|three) free (articles?|stories) (left|remaining)\b
this (article|story|content) is (for|exclusive to) (subscribers|members)\b
(keep|continue) reading (with|for)\b
# Live pages: their toggles and badges.
show (key events|all updates|(\d+ )?(earlier|newer|more|previous) (updates|posts))( only)?\b
key events?\W*$
refresh (for|to see|to get) (the )?(latest|new|more)\b
(listen|watch|play)( now| again)?\s*(:|\W*$)
# Aggregators: the source and the other outlets' versions.
also covered by\b
(read|see) (the )?full (story|article|coverage)\b
full coverage\b
# Credits, reading times and wire editors' notes.
# A news service's disclaimer under an announcement ("This information is
# provided by X, the news service of Y").
this (information|announcement|release|notice) (is|was|has been) (provided|distributed|issued|disseminated) (by|through|via)\b
# A release service's label over the issuer's name ("News provided by").
(news|content|release) (provided|distributed) by\s*:?$
translated by\b
reading time\s*:
\d{1,3} min(ute)?s? read\b
\(?(adds|updates|recasts|corrects|changes|rewrites|refiles|removes)\b[^)]{0,160}\b(paragraphs?|paras?|grafs?|headline|byline|dateline)\b
(factbox|explainer|graphic|graphics|instant view|breakingviews|fact ?check)\s*:\s*\S
# A chart's or table's title and its source.
(chart|map|infographic|table|graph)s?\s*:\s*\S
sources?\s*:\s*\S
# Sponsors and promotions.
before you (buy|invest in|sell) .{1,60}consider\b
sponsored by\b
presented by\b
(webinar|event|events|podcast|newsletter|promotion)s?[\s*_]*[·|:]
# Genre labels over a headline.
(press|news|media) release\W*$
for immediate release\b
# Video and audio rails: what plays now and next.
now (playing|showing|streaming)\b
(up next|next up|coming up|watch next|playing next|listen next)\s*:
# A reader app's social line: who else shared or liked the item ("Shared
# by 3 people you follow", "Liked by 12 readers").
(shared|liked|saved|starred|recommended) by (\d+|one|two|three) (people|readers|others|friends|members|subscribers)\b
# Reader feedback prompts.
(spotted|found|see|noticed) an? (error|mistake|typo)\b
(report|flag) an? (error|mistake|typo|correction)\b
was this (article|story|page|piece) (helpful|useful)\b
# A poll's tally ("2,311 votes").
\d[\d,.]*\s+(votes?|voters)\W*$
# Pointers to the outlet's apps and news feeds.
follow .{1,60} on google( news)?\b
(add|make|set) .{1,60} (as )?(a |your )?preferred source\b
(download|get) (the|our) .{0,60}\bapps?\b
# Appeals for readers' money.
support (our|independent|quality|local|public[- ]interest) (journalism|reporting|news)\b
become a (supporter|member|subscriber|patron)\b
# Ad slots' own labels, also over a video player ("Video Ad Feedback").
((video|audio) )?ad feedback\W*$
report (this|an) ad\b
# Photo galleries: the counter and the link.
(image|photo|picture|slide|photograph)s? \d+ (of|/) \d+\b
view (the )?(full )?(gallery|slideshow|photos)\b
# A picture's zoom control ("Tap to enlarge").
(tap|click|press) to (enlarge|expand|zoom|view (the )?(full|larger) (image|picture|photo))\b
# Notes on who paid for or produced the page, and pinned promotions.
this (article|story|piece|report|content|series|page|feature) (is|was) (part of|produced|supported|funded|sponsored|paid for|brought to you|made possible)\b
(brought to you|paid for) by\b
pinned( post| update)?\s*(:|\W*$)
register (now|today|here|for free)\b
(get|buy|book|grab|claim|reserve) (your |a )?(pass|passes|tickets?|seats?|place|spot)\W*$
# Embedded social posts: the platform's own lines ("View this post on
# Instagram", "A post shared by Name (@handle)"). Handles are ASCII, and no
# bounded repeat of a Unicode class here: each copy costs the compile.
view this (post|photo|video|reel|profile|tweet|thread) on (instagram|x|twitter|facebook|tiktok|threads|youtube|linkedin|bluesky)\b
an? (post|photo|video|reel|tweet) shared by [^()\n]+\(@[A-Za-z0-9_.]{1,30}\)\W*$
# Newsletter platforms' prompts around a post.
thanks? (you )?for reading\b
ready for more\W*$
sign up\W*$
# Wire copy's header for its clients: slug, advisory, priority, embargo,
# pictures on offer.
(slug|advisory|priority|embargo(ed)?( until)?)\s*:
(photos?|pictures|images|graphics?|video|audio)( are| is)? (available|moved|to follow|to come)\b
# A video's or picture's caption label ("Media caption, …").
(media|image|video|photo|picture|audio) caption\s*[,:]
# A live page's stock heading over its summary.
what we know( so far)?\W*$
# A mailed newsletter's own links and footer ("Read this issue online",
# "You are receiving this because you subscribed at …").
(read|view) (this|the) (issue|e-?mail|newsletter|edition|message) (online|in (your |a )?browser)\b
you('re| are) receiving this\b
# A forwarded newsletter's invitation at its top ("Forwarded this email?
# Sign up here").
(was this |were you )?forwarded this (e-?mail|newsletter|message|issue)\b
# A release page's way back to its list ("Back to all news").
back to (all )?(news|press releases|releases|news releases|stories|articles|posts|newsroom|the newsroom|search results)\W*$
# A law firm's or adviser's notice under a briefing: what it is not, and
# the bar's required label ("This briefing is provided for general
# information only", "Attorney advertising").
this (briefing|alert|client alert|update|publication|newsletter|bulletin|memorandum|note|document|communication|material) (is|has been) (provided |prepared |intended )?(for|as) (general )?information(al)?( purposes)?( only)?\b
attorney advertising\b
(prior|past) results do not guarantee\b
for (further|more) information,? (please )?contact\b
# A social page's count of followers ("12,403 followers").
# A share bar's count ("1,482 shares").
[0-9][0-9.,]*\s*[km]?\s+(followers|subscribers|connections|shares|reactions|likes)\W*$
# A reading app's header over the passages a reader marked ("Your
# highlights", "Highlights (2)").
# (Not a bare "Highlights", which heads a results release's own list.)
((your|my) (highlights|annotations|notes)|(highlights|annotations) \(\d{1,3}\))\W*$
# A search engine's cache banner over the page it kept ("This is X's cache
# of https://…", "It is a snapshot of the page as it appeared on …", the
# find-on-page tip, the highlighted search terms).
this is (.{1,60}['’]s cache|(a|the) cached (copy|version|page|snapshot)) of\b
(it is|this is) a snapshot of (the|this) page\b
the current page (could|may|might) have changed\b
(tip\s*:\s*)?to (quickly )?find your search terms?\b
these (search )?terms (are|have been) highlighted\b
# A printed page's jump lines ("Continued on page 17", "From page 15").
((story|article) )?(continued (on|from)|from|turn to) (page|p\.?)\s*[0-9]{1,3}\W*$
# A wire or archive record's subject codes ("Codes: MRG TRN GB").
(subject |topic |story |product |country )?codes?\s*:
# An editors' badge on a story ("Staff pick · chosen by our editors").
(staff|editors?'?|editor's) (picks?|choice)\W*([·|•:–—]|$)
chosen by (our|the) editors\b
# A commodity's or currency's price strip ("Gold price today: …").
(gold|silver|platinum|oil|petrol|diesel|fuel|gas|milk|grain|wheat|copper|metals?|market|exchange|currency)( \w+)? (prices?|rates?) (today|now|this morning)\s*:
