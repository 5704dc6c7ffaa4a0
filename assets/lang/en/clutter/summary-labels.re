# The label over a machine-written summary of the story on an aggregator's
# page (case-insensitive, the whole line): the bullet list under it is the
# aggregator's, not the article's.
.{0,40}\bsummary (generated|written|created|produced) (by|with|using)\b.{0,40}
.{0,40}\b(ai|machine)[- ](generated|written) (summary|key points|highlights)\b.{0,40}
.{0,40}\b(generated|summari[sz]ed) (by|with|using) (ai|artificial intelligence)\b.{0,40}
