"""Visible text of an HTML page (what a browser shows), one block per line."""
import html.parser, re, sys

SKIP = {"script", "style", "head", "noscript", "template", "title", "svg"}
BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer",
         "nav", "section", "article", "aside", "main", "figure", "figcaption", "blockquote",
         "tr", "td", "th", "table", "form", "label", "button", "br", "hr", "dt", "dd", "dl",
         "input", "textarea", "select", "option", "body", "html"}
VOID = {"br", "hr", "input", "img", "meta", "link", "source", "wbr"}


class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.buf = []
        self.lines = []
        self.hidden = []

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if t:
            self.lines.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in SKIP and tag not in VOID:
            self.skip += 1
            return
        if tag in BLOCK:
            self.flush()
        if tag == "input" and a.get("type") in ("submit", "button") and a.get("value"):
            self.buf.append(a["value"]); self.flush()
        if tag == "input" and a.get("placeholder"):
            pass  # placeholders are shown greyed; not counted as text

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in BLOCK:
            self.flush()

    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)


def visible_lines(path):
    p = P()
    p.feed(open(path, encoding="utf-8").read())
    p.flush()
    return p.lines


if __name__ == "__main__":
    for l in visible_lines(sys.argv[1]):
        print(l)
