//! Lines of a page and their shape: prose sentence, headline, navigation
//! word, fact ("Founded: 1998"), list introduction — read from punctuation,
//! capitals and length, in any language that writes with them.

use crate::model::Span;

/// One line of the text with its byte span (without the line break).
#[derive(Clone, Copy, Debug)]
pub struct Line {
    /// Where it is.
    pub span: Span,
}

/// The lines of `text`, `\n` or `\r\n` ended.
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            out.push(Line {
                span: Span::new(start, end),
            });
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(Line {
            span: Span::new(start, text.len()),
        });
    }
    out
}

/// What a line looks like.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shape {
    /// Nothing but white space.
    pub blank: bool,
    /// Words, list marker left out.
    pub words: usize,
    /// A sentence of running text: four words or more and a sentence end,
    /// not in title case unless longer than any headline.
    pub sentence: bool,
    /// Ends with a sentence end ("Shares were unchanged.").
    pub stop: bool,
    /// A long sentence (eight words or more), or a very long line.
    pub prose: bool,
    /// A headline: 3–25 words, no full stop (unless in title case or cut
    /// short with an ellipsis), starts with a capital or a digit.
    pub headline: bool,
    /// Most of its longer words capitalised ("Five Things To Know").
    pub title_case: bool,
    /// A menu or share-bar entry: one to three words, no digit, no colon, no
    /// sentence end, no list marker.
    pub nav: bool,
    /// Names something: a capitalised word after the first.
    pub named: bool,
    /// A label and its value ("Founded: 1998", "Chief executive: Ivo Grett").
    pub fact: bool,
    /// Opens a list: four words or more ending in a colon.
    pub intro: bool,
    /// Starts with a list marker (`•`, `-`, `1.`).
    pub marked: bool,
    /// A breadcrumb trail, a language switcher or a one-line menu: short
    /// parts between `›`, `»`, `>` or `|`, or three or more parts set apart
    /// by runs of spaces ("Home › Business", "English | Español",
    /// "World   Business   Markets").
    pub trail: bool,
    /// Mostly figures: a third of its words or more have a digit (a date
    /// and time line, "March 12, 2025 6:41 AM GMT").
    pub dated: bool,
    /// Short parts between separators ("Ostra Marine · Lund · Full time"):
    /// a card's or a breadcrumb's line.
    pub crumbs: bool,
    /// A market-data line: a name, maybe a price, and a signed change
    /// ("Orlo Holdings  412.5p  +3.2%").
    pub ticker: bool,
    /// At most [`MAX_HEADER_WORDS`] words as written ([`short`]): read
    /// once here for the header lexicons that ask of every line.
    pub short: bool,
}

/// The line without a leading list marker, and whether it had one.
fn unmarked(line: &str) -> (&str, bool) {
    let t = line.trim();
    for m in ['•', '-', '*', '–', '—', '›', '»', '▪', '■', '►', '·'] {
        if let Some(rest) = t.strip_prefix(m)
            && rest.starts_with(char::is_whitespace)
        {
            return (rest.trim_start(), true);
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &t[digits..];
        if let Some(r) = rest.strip_prefix(['.', ')'])
            && r.starts_with(char::is_whitespace)
        {
            return (r.trim_start(), true);
        }
    }
    (t, false)
}

/// The line without a footnote reference at its end (`… for $310
/// million.[^1]`, `… in 2024.[3]`).
fn without_note_mark(line: &str) -> &str {
    let t = line.trim_end();
    let Some(open) = t.strip_suffix(']').and_then(|r| r.rfind('[')) else {
        return t;
    };
    let inner = &t[open + 1..t.len() - 1];
    let inner = inner.strip_prefix('^').unwrap_or(inner);
    if (1..=3).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_digit()) {
        &t[..open]
    } else {
        t
    }
}

/// The line's last significant character, closing quotes and brackets and
/// a footnote reference skipped.
fn last_char(line: &str) -> Option<char> {
    without_note_mark(line)
        .trim_end_matches(['"', '”', '’', '\'', ')', ']', '»', '*', ' '])
        .chars()
        .next_back()
}

/// Nearly all (three in four) of the words of four letters or more after the first
/// start with a capital, and there are at least two such words. A line that
/// ends a sentence needs all of them: a short sentence full of names
/// ("Shares in Ondara rose 6% in Madrid on Thursday.") has one lower-case verb.
fn is_title_case(words: &[&str], stop: bool) -> bool {
    let (mut long, mut caps, mut lower) = (0, 0, 0);
    let rest = words.get(1..).unwrap_or_default();
    for (k, w) in rest.iter().enumerate() {
        if w.chars().next().is_some_and(char::is_lowercase) {
            lower += 1;
        }
        if w.chars().filter(|c| c.is_alphabetic()).take(4).count() == 4 {
            long += 1;
            if w.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(char::is_uppercase)
            {
                caps += 1;
            } else if stop || caps + (rest.len() - k - 1) < 3 * (long - caps) {
                // Read no further once the answer is known (most lines are
                // paragraphs): a sentence needs every long word
                // capitalised, and a line without three capitalised for
                // each other one is none even if all the words left were.
                return false;
            }
        }
    }
    // Three in four at least: a sentence full of names ("Apple Corps was
    // founded by the Beatles in 1968.") has two in three, a headline in
    // title case nearly all.
    // A sentence's short words are its verbs and pronouns too ("After
    // Lund, he was due to go to Brakvik."): more lower-case words than half
    // its capitalised ones say running text.
    long >= 2 && (caps * 4 >= long * 3) && (!stop || (caps == long && lower * 2 <= caps))
}

/// A signed change ending the line ("+0.4%", "−1.1%", "-12p"), after at
/// least one other word, all of them names, codes or figures: a ticker
/// strip's line.
fn is_ticker(words: &[&str]) -> bool {
    let count = words.len();
    let mut words = words.iter().copied().rev();
    let Some(last) = words.next() else {
        return false;
    };
    // A change in brackets after the price's ("12.40 +0.15 (+1.2%)"): only
    // then may the other words be signed figures (a trade table's row,
    // "Balance +3,831 +3,428", is none).
    let bracketed = last.strip_prefix('(').and_then(|l| l.strip_suffix(')'));
    let last = bracketed.unwrap_or(last);
    let Some(change) = last.strip_prefix(SIGNS) else {
        return false;
    };
    let change = change.trim_end_matches(['%', 'p']);
    let numeric = !change.is_empty()
        && change
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    // The other words are names, codes and figures, never running text.
    let mut others = words.peekable();
    let listed = others.peek().is_some()
        && others.all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "$€£¥".contains(c))
                || (bracketed.is_some() && signed_figure(w))
        });
    numeric && listed && count <= 8
}

/// The marks a price's change opens with.
const SIGNS: [char; 5] = ['+', '−', '-', '▲', '▼'];

/// A price's change in points ("+0.15", "−0.62").
fn signed_figure(word: &str) -> bool {
    word.strip_prefix(SIGNS)
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// A breadcrumb trail: short parts between separators ("Home › Business ›
/// Deals").
fn is_crumbs(line: &[&str]) -> bool {
    let mut parts = 1;
    let mut words = 0;
    for &w in line {
        if matches!(w, ">" | "›" | "»" | "|" | "/" | "·" | "•" | "→") {
            if words == 0 {
                return false;
            }
            parts += 1;
            words = 0;
        } else if !matches!(w, "&" | "and" | "+") {
            // A section joins two names with "&" ("Policy & Public
            // Interest"): the joiner is no word of its own.
            words += 1;
            if words > 3 {
                return false;
            }
        }
    }
    parts >= 2 && words > 0
}

/// A Markdown line read as text: links and images as their text
/// ("[The deal](#the-deal)" → "The deal").
fn link_text(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains("](") {
        return line.into();
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let Some(mid) = rest[open..].find("](").map(|m| open + m) else {
            break;
        };
        let Some(close) = rest[mid..].find(')').map(|c| mid + c) else {
            break;
        };
        let before = rest[..open].strip_suffix('!').unwrap_or(&rest[..open]);
        out.push_str(before);
        out.push_str(&rest[open + 1..mid]);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out.into()
}

/// Short parts between strong separators, or three or more short parts set
/// apart by runs of two or more spaces.
fn is_trail(line: &str, words: &[&str]) -> bool {
    let strong = words.iter().any(|w| matches!(*w, ">" | "›" | "»" | "|"))
        && is_crumbs(words)
        && !words.iter().any(|w| matches!(*w, "/" | "·" | "•" | "→"));
    // A line without two spaces in a row is one part (most lines).
    let parts: Vec<&str> = if line.contains("  ") {
        line.split("  ")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    } else {
        Vec::new()
    };
    let spaced = parts.len() >= 3
        && parts.iter().all(|p| {
            let words = p.split_whitespace().count();
            (1..=3).contains(&words) && !p.ends_with(['.', '!', '?', ','])
        });
    // A breadcrumb whose last part is the page's own title, longer than a
    // section's name ("Forums › Local business › Talk about this story"):
    // two arrows or more, the parts before the last short. A line is read
    // character by character only when it holds an arrow (each looked for
    // with `memchr`): splitting every line outside ASCII was 0.4% of a
    // batch of the sample.
    let arrows: Vec<&str> = if line.is_ascii() || !(line.contains('›') || line.contains('»')) {
        Vec::new()
    } else {
        line.split(['›', '»']).map(str::trim).collect()
    };
    let chain = arrows.len() >= 3
        && arrows.split_last().is_some_and(|(last, before)| {
            let words = last.split_whitespace().count();
            (1..=MAX_HEADER_WORDS).contains(&words)
                && !last.ends_with(['.', '!', '?'])
                && before
                    .iter()
                    .all(|p| (1..=3).contains(&p.split_whitespace().count()))
        });
    strong || spaced || chain
}

/// A capitalised word after the first, other than a lone letter.
fn is_named(words: &[&str]) -> bool {
    words.iter().skip(1).any(|w| {
        let mut letters = w.chars().filter(|c| c.is_alphabetic());
        letters.next().is_some_and(char::is_uppercase) && letters.next().is_some()
    })
}

/// `Label: value` with a short label and a short value (a headline with a
/// colon, "Analysis: Why Ostra Bet on Tugs", has a longer one).
fn is_fact(line: &str) -> bool {
    let Some((label, value)) = line.split_once(':') else {
        return false;
    };
    let label_words = label.split_whitespace().count();
    let value_words = value.split_whitespace().count();
    (1..=3).contains(&label_words)
        && (1..=4).contains(&value_words)
        && !label.contains(['.', '!', '?'])
        && label.chars().next().is_some_and(char::is_uppercase)
}

impl Shape {
    /// The shape of one line (the page reads its lines through
    /// [`Shape::of_with`]).
    #[cfg(test)]
    pub fn of(line: &str) -> Self {
        Self::of_with(line, &mut Vec::new())
    }

    /// The shape of one line, its words split into `words` (cleared
    /// first): one buffer for all the lines of a page, not one grown for
    /// each.
    pub fn of_with<'a>(line: &'a str, words: &mut Vec<&'a str>) -> Self {
        match link_text(line) {
            std::borrow::Cow::Borrowed(text) => Self::read(line, text, words),
            std::borrow::Cow::Owned(text) => Self::read(line, &text, &mut Vec::new()),
        }
    }

    /// The shape of `line`, read as `text` (its links as their text).
    fn read<'t>(line: &str, text: &'t str, split: &mut Vec<&'t str>) -> Self {
        let short = short(line);
        let (body, marked) = unmarked(text);
        if body.is_empty() {
            return Self {
                blank: !marked,
                marked,
                short,
                ..Self::default()
            };
        }
        // The words once, for every test below that reads them.
        // An ASCII line without a vertical tab (the one ASCII space
        // `split_ascii_whitespace` keeps) splits byte by byte.
        split.clear();
        if body.is_ascii() && !body.contains('\x0B') {
            split.extend(body.split_ascii_whitespace());
        } else {
            split.extend(body.split_whitespace());
        }
        let split = &split[..];
        let words = split.len();
        let last = last_char(body);
        let ends_sentence = matches!(last, Some('.' | '!' | '?' | '。'));
        let title_case = is_title_case(split, ends_sentence);
        // Quotation marks, emphasis and a media link's play mark open
        // headlines too ("▶ Inside the Ostra yard").
        let first = body.chars().find(|c| {
            !matches!(c, '"' | '“' | '‘' | '\'' | '*' | '_' | '▶' | '▷') && !c.is_whitespace()
        });
        let capital = first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let fact = is_fact(body);
        let crumbs = is_crumbs(split);
        // A headline cut short in a list of stories ("Why Rents Keep…").
        let truncated = body.ends_with("...") || body.ends_with('…');
        let sentence = words >= 4 && ends_sentence && (!title_case || words > 25) && !truncated;
        Self {
            blank: false,
            words,
            sentence,
            stop: ends_sentence,
            prose: (sentence && words >= 8) || words >= 40,
            headline: (3..=25).contains(&words)
                && capital
                && (!matches!(last, Some('.' | ':' | ';' | ',' | '。'))
                    || (title_case && ends_sentence)
                    || truncated)
                && !fact
                && !crumbs,
            title_case,
            nav: ((1..=3).contains(&words) || crumbs)
                && !marked
                && !body.contains(':')
                && !body.chars().any(|c| c.is_ascii_digit())
                && !matches!(last, Some('.' | '!' | '?' | ',' | ';')),
            named: is_named(split),
            fact,
            intro: words >= 4 && last == Some(':'),
            marked,
            crumbs,
            ticker: is_ticker(split),
            trail: is_trail(body, split),
            dated: split
                .iter()
                .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
                .count()
                * 3
                >= words,
            short,
        }
    }
}

/// Where `line` holds a curly apostrophe or single quote ('’', '‘': the
/// bytes E2 80 99 and E2 80 98), found by their first byte with `memchr`,
/// not by a search per mark that decoded the line twice: `normal` asks at
/// every check of a line (2% of a batch of articles with curly marks).
fn curly_marks(line: &str) -> impl Iterator<Item = usize> + '_ {
    let b = line.as_bytes();
    memchr::memchr_iter(0xE2, b).filter(move |&at| {
        b.get(at + 1) == Some(&0x80) && matches!(b.get(at + 2), Some(0x98 | 0x99))
    })
}

/// Whether `line` holds a curly apostrophe or single quote.
pub(super) fn has_curly(line: &str) -> bool {
    curly_marks(line).next().is_some()
}

/// `line.replace(['’', '‘'], "'")`, the text between the marks copied whole.
pub(super) fn straighten(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut copied = 0;
    for at in curly_marks(line) {
        out.push_str(&line[copied..at]);
        out.push('\'');
        copied = at + 3;
    }
    out.push_str(&line[copied..]);
    out
}

/// Headers are short: a line of more words than this is never one.
const MAX_HEADER_WORDS: usize = 8;

/// True when `line` has at most [`MAX_HEADER_WORDS`] words, as a header has.
pub(super) fn short(line: &str) -> bool {
    // Counted no further than the bound: most lines are paragraphs. An
    // ASCII byte is white space as a character is (a space, or tab to
    // carriage return); a line with another byte before the bound is
    // counted by characters.
    let mut words = 0;
    let mut in_word = false;
    for b in line.bytes() {
        if !b.is_ascii() {
            return line.split_whitespace().nth(MAX_HEADER_WORDS).is_none();
        }
        if b == b' ' || (b'\t'..=b'\r').contains(&b) {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words > MAX_HEADER_WORDS {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lines_are_counted_as_by_characters() {
        for line in [
            "",
            "Share this",
            "one two three four five six seven eight",
            "one two three four five six seven eight nine",
            "  one\ttwo\x0bthree\x0cfour\rfive\nsix seven eight ",
            "one\u{a0}two three four five six seven eight nine",
            "Zürich Zug Bern Basel Genf Lugano Chur Sion Thun",
            "one two three four five six seven eight nine Zürich",
        ] {
            let by_chars = line.split_whitespace().nth(MAX_HEADER_WORDS).is_none();
            assert_eq!(short(line), by_chars, "{line:?}");
            assert_eq!(Shape::of(line).short, by_chars, "{line:?}");
        }
    }

    #[test]
    fn straighten_is_the_replace_of_curly_apostrophes() {
        for line in [
            "Vellmar’s chief said ‘no’ — twice…",
            "‘’’‘",
            "no marks at all",
            "€ and — and ” stay, ’ goes",
            "",
            "trailing ’",
        ] {
            assert_eq!(straighten(line), line.replace(['’', '‘'], "'"), "{line}");
            assert_eq!(has_curly(line), line.contains(['’', '‘']), "{line}");
        }
    }

    #[test]
    fn lines_keep_crlf_out_of_the_span() {
        let text = "one\r\ntwo\n\nthree";
        let got: Vec<&str> = lines(text).iter().map(|l| l.span.slice(text)).collect();
        assert_eq!(got, ["one", "two", "", "three"]);
    }

    #[test]
    fn shapes_of_news_lines() {
        let s = Shape::of("Quayside Ferries said on Tuesday it would buy two tugs.");
        assert!(s.sentence && s.prose && !s.headline && !s.nav);
        let s = Shape::of("Senator Vale Ostrom was the deal’s critic.");
        assert!(s.sentence && !s.prose, "{s:?}");
        let s = Shape::of("Five Things To Know About the Harbour Plan");
        assert!(s.headline && s.title_case && !s.sentence);
        let s = Shape::of("Why Are Rents In Brakvik Rising So Fast?");
        assert!(s.headline && s.title_case && !s.sentence, "{s:?}");
        let s = Shape::of("After Lund, he was due to go to Brakvik.");
        assert!(s.sentence && !s.title_case, "{s:?}");
        let s = Shape::of("Quayside agrees to buy Ostra for $2bn");
        assert!(s.headline && !s.title_case);
        let s = Shape::of("2. Harbour Fund Sells Its Stake in Ostra");
        assert!(s.marked && s.headline && s.words == 7);
        let s = Shape::of("Deutsche Harbour Flew and Fell. Some Paid a High Price.");
        assert!(s.headline && !s.sentence, "{s:?}");
        let s = Shape::of("Critics say the Ostra tugs can dodge a huge tax bill. That's not...");
        assert!(s.headline && !s.sentence, "{s:?}");
        assert!(Shape::of("▶ Inside the Ostra yard at Lund").headline);
        assert!(Shape::of("**Why Ostra bet on tugs**").headline);
        let s = Shape::of("LinkedIn");
        assert!(s.nav && !s.headline);
        let s = Shape::of("Founded: 1998");
        assert!(s.fact && !s.nav && !s.headline);
        let s = Shape::of("Chief executive: Ivo Grett");
        assert!(s.fact && !s.headline);
        let s = Shape::of("Pharma's Quiet Winner: How Ostra Grew Without Fanfare");
        assert!(!s.fact && s.headline && s.title_case);
        let s = Shape::of("The plant will supply three customers:");
        assert!(s.intro && !s.sentence);
        let s = Shape::of("Home › Business › Shipping and Ports");
        assert!(s.nav && !s.headline, "{s:?}");
        assert!(!Shape::of("Profits fell / rose in the two halves").nav);
        assert!(Shape::of("Quayside agrees to buy Ostra").named);
        assert!(!Shape::of("A new route north").named);
        let s = Shape::of("Shares in Ostra rose 6.3% in Lund on Thursday.");
        assert!(s.sentence && !s.title_case && !s.headline, "{s:?}");
        assert!(Shape::of("Ostra Marine  412.5p  +3.2%").ticker);
        assert!(Shape::of("NORD 40  8,146.52  −0.3%").ticker);
        assert!(Shape::of("Quayside Ferries  QFY  +4.1%").ticker);
        // A quote box's price, its change in points and in per cent.
        assert!(Shape::of("OSTR 12.40 +0.15 (+1.2%)").ticker);
        assert!(Shape::of("LNDT 48.10 −0.62 (−1.3%)").ticker);
        assert!(!Shape::of("Shares in Ostra rose 0.15 (+1.2%)").ticker);
        assert!(!Shape::of("Balance +3,831 +3,428 +12,696 +15,272").ticker);
        assert!(!Shape::of("Shares in Ostra rose +3.2%").ticker);
        assert!(!Shape::of("Profit rose to €4 million, up 3.2%.").ticker);
        let s = Shape::of("- [Why the Brakvik yard won](#why-brakvik)");
        assert!(s.marked && s.headline && s.words == 5, "{s:?}");
        assert!(Shape::of("March 12, 2025 6:41 AM GMT · Updated 2 hours ago").dated);
        assert!(!Shape::of("Quayside to pay $640 million for a stake in Ostra").dated);
        assert!(Shape::of("Home › Business › Deals").trail);
        assert!(Shape::of("English | Español | Català").trail);
        assert!(Shape::of("Forums › Local news › Talk about this story").trail);
        assert!(Shape::of("Forums » Local news » Talk about this story").trail);
        assert!(!Shape::of("Ostra’s forums — Local news — Talk about this story").trail);
        assert!(!Shape::of("Ostra › a sentence that runs on and on past any title.").trail);
        assert!(Shape::of("World   Business   Markets   Legal").trail);
        // A section of two names joined by "&" is one part.
        assert!(Shape::of("Markets | Tech | Deals | Policy & Public Interest | Opinion").trail);
        assert!(!Shape::of("| Ostra & Lund Marine | 51% | $612 million |").trail);
        assert!(!Shape::of("Profits fell / rose in the two halves").trail);
        assert!(!Shape::of("US/China Trade").trail);
        assert!(!Shape::of("Quayside said.  It will buy two tugs from Ostra this year.").trail);
        let s = Shape::of("• Brakvik");
        assert!(s.marked && !s.nav);
        assert!(Shape::of("  \t").blank);
        let s = Shape::of(
            "Quayside agreed to buy the Brakvik yard from Ostra Marine for $310 million.[^1]",
        );
        assert!(s.sentence && !s.headline, "{s:?}");
        assert!(Shape::of("Ostra's yard in Lund builds four tugs a year.[12]").sentence);
    }
}
