# Text before the second amount of a "between … and …" range, anchored at its end.
(?i)\bbetween\s+\S{1,16}(?:\s+(?:trillion|billion|million|thousand|bn|m|dollars|euros|pounds))?\s+and\s*$
