# Month names and abbreviations ("May" is left out: it is also a verb).
January|February|March|April|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.
