# The opening of a comment section: a short line that is wholly one of these
# (case-insensitive). After the article body, everything from it to the end
# of the page is furniture.
((there (are|is) )?\d+ )?(comments?|replies|responses)( to .{1,120})?
comments?( \(\d+\))?
(reader|readers'?) comments
(leave|post|add|write) a (reply|comment|response)
(join|start) the (conversation|discussion)
(responses?|replies|comments) to .{1,120}
# A comment count with the thread's controls after a separator ("47
# replies · Sort: Oldest first", "12 comments | Newest first").
\d+ (comments?|replies|responses|posts) ?[·|•] .{1,60}
# A forum thread's prompt under the story ("Reply to this story").
(reply|respond) to this (story|article|post|thread|piece)
# A wire story's sign-off: the credits of its reporters and editors.
\(?(additional )?(reporting|writing|editing|compiled) by .{1,160}
# A newsletter platform's comment section.
discussion (about|on|of) this (post|article|story|piece)
