# The note under a machine-written summary, which says how it was written
# ("This summary was generated automatically and checked by an editor."):
# case-insensitive, at the start of the line. The summary above it, up to
# its short label ("Quick summary"), is the page's, not the article's.
(this|the) (summary|overview|digest|recap) (was|is|has been) (automatically )?(generated|written|produced|created) (automatically|by (ai|an ai|a machine|artificial intelligence)|with (ai|artificial intelligence))
(this|the) (summary|overview|digest|recap) (was|is) (ai|machine)[- ](generated|written)
