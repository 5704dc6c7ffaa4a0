# TITLE: roles before or after a name (verbose syntax: the lines are joined).
# The first line: abbreviated public titles before a capitalised name ("Sen. X").
(?x)
\b(?-i:Sen|Rep|Gov)\.
|\b(?:CEO|CFO|COO|CTO|CIO|CMO|CSO
|(?i:co-?founders?|founders?
|chief\s(?:executive|financial|operating|technology|technical|marketing|information|scientific|product|investment|strategy|commercial|legal|people)(?:\sofficer)?
|executive\s(?:chair(?:man|woman|person)?|director|vice\spresident)
|(?:senior\s|executive\s)?vice[\s-]president|vice[-\s]chair(?:man|woman)?
|(?:co-)?chair(?:man|woman|person)?
|managing\sdirector|managing\spartner|general\smanager|general\scounsel
|spokes(?:man|woman|person)
|prime\sminister|(?:finance|foreign|defen[cs]e|trade|economy|energy)\sminister|minister
|secretary\sof\s(?:state|the\streasury|commerce)
|(?:press\s)?secretary|undersecretary|under\ssecretary|commissioner|(?:majority|minority)\sleader
|senator|congressman|congresswoman|governor|mayor|chancellor)
|President|Chair|Director|Speaker
|president|economist|analyst|strategist|trader|executive|director|engineer|chief|boss|head
|manager|expert|adviser|advisor|consultant|editor|correspondent|researcher|professor
|lawyer|attorney|official|treasurer|controller|scientist|specialist|representative)\b
