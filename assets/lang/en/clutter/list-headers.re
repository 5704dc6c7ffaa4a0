# The header of a list of links to OTHER stories: a short line that is
# wholly one of these (case-insensitive, an ending colon allowed). The lines
# of headlines that follow it are page furniture. A header followed straight
# by prose is a subheading of the article and stays.
(related|recommended|popular|trending|latest|recent|top|more|other|similar|suggested|featured|editors?'?s?'?|further) (articles?|stories|story|posts?|news|reads?|reading|content|videos?|coverage|links|headlines|picks|choices?|topics)
related
recommended
latest( news| stories| headlines)?
latest (in|from|on) .{1,30}
(more|most) (read|popular|viewed|shared|emailed|commented|watched|recent)( today| this week| now| articles| stories| news)?
(the )?most (read|popular)( on| in| from)? .{0,30}
(articles|stories|posts|videos) (you|we think you) (may|might|will|'ll|would)( also)? (like|enjoy|love|have missed)
(you|we think you) (may|might|will|'ll|would) (also )?(like|enjoy|love|be interested in)
(what|things) to read next
(read|watch|listen) next
more (on|from|in|about|stories from|news from) .{1,40}
trending( now| today| stories| topics| news)?
popular( now| today| stories| on .{1,30}| in .{1,30})?
don'?t miss( this| these\b.{0,40})?
(in case|if) you missed (it|this)
(recommended|picked) for you
around the (web|site)
up next
(sponsored|partner|promoted) (content|stories|links|posts)
elsewhere (on|in) .{1,30}
also (on|in|from) .{1,30}
(continue|keep) reading
see more( .{1,30})?
explore more( .{1,30})?
in other news
read these next
what'?s next
(stories|articles|picks|reads) for you
key (events|moments|updates)
(companies|stocks|shares|tickers|securities) (mentioned|in this (story|article)|to watch)
(trending|top|most active|related) (tickers|stocks|quotes|movers)
(table of )?contents
in this (article|story|piece|report)
jump to( section)?
(notes|references|sources|footnotes|endnotes)
# Job boards and event calendars beside the story.
(latest|featured|top|new|recent|more) (jobs|vacancies|job listings|openings|careers)
(jobs|careers|vacancies)( board)?
(upcoming|coming|future|featured|our|more|all|latest) (events|webinars|conferences)
(events|webinars)( calendar| diary)?
# A reader poll: its question and answers follow.
((reader|readers'?|our|quick|today'?s|weekly) )?(poll|survey|vote)
# A broadcaster's list of other sites.
(related|useful|external|other) (internet |external |web )?(links|sites|websites)
# A feed reader's or an app's list of the same source's next items ("Next
# in Harbour Weekly:", "Next from the Ledger").
next (in|from|on) [^.!?]{1,60}:?
