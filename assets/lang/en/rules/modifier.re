# Modifiers that TimeML keeps inside a time expression.
(?:(?i:about|around|nearly|almost|approximately|roughly|more\sthan|less\sthan|at\sleast|a\smere)\s)?
