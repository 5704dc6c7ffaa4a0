# The header fields of an e-mail as a mail program shows them, one a line
# ("From: Ida Berg <ida@lund.example>", "Subject: Tug order"):
# case-insensitive, at the start of the line, before the colon. Three or
# more in a row are a message's header, which is no part of an article.
from
to
cc
bcc
date
sent
subject
reply-to
