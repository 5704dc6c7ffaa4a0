# Parts of a period before a date: "early", "the end of".
(?:early|mid|late|the\s(?:end|beginning|start|middle|turn)\sof)[-\s]
