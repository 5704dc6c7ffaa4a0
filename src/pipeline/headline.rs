//! Headlines and headings: title-case lines and the article's first line,
//! where capitals say nothing about names.

use crate::lang::{TagWords, lowercase};
use crate::model::{EntityKind, Provenance, Span};

use super::candidate::Candidate;
use super::credits::credit_lines;
use super::segment::Segmentation;

/// An article's headings, found once and read by tagging and resolution.
#[derive(Debug, Clone, Default)]
pub struct Headings {
    /// Reporters' credit lines (see [`credit_lines`]).
    pub credits: Vec<Span>,
    /// The bylines among them, whose people alone are the article's.
    pub bylines: Vec<Span>,
    /// Title-case sentences (see [`title_case_sentences`]).
    pub title_case: Vec<Span>,
    /// Headlines: the title-case sentences, then the first line when it
    /// reads as a headline (see [`headlines`]).
    pub headlines: Vec<Span>,
}

impl Headings {
    /// The headings of `text`, whose page furniture lies at the offsets
    /// `furniture` holds.
    pub fn find(
        words: &TagWords,
        text: &str,
        seg: &Segmentation,
        furniture: &dyn Fn(usize) -> bool,
    ) -> Self {
        let (credits, bylines) = credit_lines(words, text, furniture);
        let title_case = title_case_among(words, text, seg, &credits);
        let mut headlines = title_case.clone();
        headlines.extend(first_line_headline(text, furniture));
        Self {
            credits,
            bylines,
            title_case,
            headlines,
        }
    }
}

impl Headings {
    /// A name at `at` in page furniture that is still the article's: a
    /// reporter's or editor's on a credit line, or a place on a wire credit
    /// line ("Reporting by Ana Ruiz in Lima"), never anything else on a
    /// byline.
    pub fn credited(&self, at: usize, kind: EntityKind) -> bool {
        let on = |l: &Span| l.start <= at && at < l.end;
        kind.is_name()
            && self.credits.iter().any(on)
            && (kind == EntityKind::Person || !self.bylines.iter().any(on))
    }
}

/// Headlines: title-case lines, and the first line of the article when it
/// reads as a headline in sentence case ("Reliance Jio in talks to buy
/// stake in Disney's India unit").
pub fn headlines(words: &TagWords, text: &str, seg: &Segmentation) -> Vec<Span> {
    Headings::find(words, text, seg, &|_| false).headlines
}

/// True for a title-case line: most longer words capitalised ("The Evolving
/// Partnership between …"), where capitals say nothing about names.
fn is_title_case(lang: &TagWords, words: &[&str]) -> bool {
    // One pass: longer capitalised-or-not words (`long`) and lower-case
    // content words (`lower`), both alphabetic and not small words.
    let (mut long, mut lower) = (0, 0);
    for w in words {
        if !w.chars().all(char::is_alphabetic) {
            continue;
        }
        let is_long = w.chars().count() >= 4;
        let is_lower = w.starts_with(char::is_lowercase);
        if (is_long || is_lower) && !lang.title_case_small.contains_lowercase(w) {
            long += usize::from(is_long);
            // Lower-case content words of any length: "met" and "cut" say
            // running text as surely as "announced" does.
            lower += usize::from(is_lower);
            // Two are running text whatever follows (see the end): most
            // sentences are, and are told after a few words.
            if lower >= 2 {
                return false;
            }
        }
    }
    // A full stop ends running text, not a heading, and so does the stop
    // of a closing abbreviation that took it ("spoke in Princeton, N.J.").
    let full_stop = words
        .last()
        .is_some_and(|w| *w == "." || (w.len() > 1 && w.ends_with('.')));
    // A sentence with a lower-case content word ("Satya Nadella spoke in
    // Seattle", "Anna Varga met Boris Kell in Oslo.") is running text
    // however many names it holds; a long unpunctuated headline may keep one.
    long >= 3 && (lower == 0 || (lower == 1 && long >= 6 && !full_stop))
}

/// Spans of the title-case sentences (headlines, section headings); a
/// reporters' credit is names, however capitalised.
pub fn title_case_sentences(lang: &TagWords, text: &str, seg: &Segmentation) -> Vec<Span> {
    title_case_among(lang, text, seg, &credit_lines(lang, text, &|_| false).0)
}

/// [`title_case_sentences`] with the credit lines already found.
fn title_case_among(
    lang: &TagWords,
    text: &str,
    seg: &Segmentation,
    credits: &[Span],
) -> Vec<Span> {
    seg.sentences
        .iter()
        .filter(|s| !credits.iter().any(|c| s.span.within(*c)))
        .filter(|s| {
            let words: Vec<&str> = seg.tokens[s.tokens.clone()]
                .iter()
                .map(|t| t.slice(text))
                .collect();
            is_title_case(lang, &words)
        })
        .map(|s| s.span)
        .collect()
}

/// The article's first non-empty line that is no page furniture (menus, a
/// service strip above the headline) when it reads as a headline: at most
/// 25 words, no sentence-ending full stop, and more text after it.
pub fn first_line_headline(text: &str, furniture: &dyn Fn(usize) -> bool) -> Option<Span> {
    let mut start = 0;
    let (start, end) = loop {
        start += text[start..].len() - text[start..].trim_start().len();
        if start >= text.len() {
            return None;
        }
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        if !furniture(start) {
            break (start, end);
        }
        start = end;
    };
    let line = text[start..end].trim_end();
    (!line.is_empty()
        && end < text.len()
        && (reads_as_headline(line, HEADLINE_WORDS) || stopped_headline(line, &text[end..])))
    .then(|| Span::new(start, start + line.len()))
}

/// Most words a wire headline closed by a full stop may hold.
const STOPPED_HEADLINE_WORDS: usize = 15;

/// True for a wire headline closed by a full stop ("Kelvora Mills raises
/// stake in Ostrakai."): a short line whose next non-empty line is a dateline,
/// a short line without a full stop ("OSLO 1996-08-23"), not running text.
fn stopped_headline(line: &str, rest: &str) -> bool {
    line.ends_with('.')
        && line.split_whitespace().count() <= STOPPED_HEADLINE_WORDS
        && rest
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .is_some_and(|next| {
                reads_as_headline(next, 6) && next.chars().any(|c| c.is_ascii_digit())
            })
}

/// Most words a line that reads as a headline may hold.
pub const HEADLINE_WORDS: usize = 25;

/// True when `line` reads as a headline or a short line above a lead: at
/// most `most` words and no sentence-ending full stop.
pub fn reads_as_headline(line: &str, most: usize) -> bool {
    let line = line.trim();
    !line.ends_with('.') && line.split_whitespace().count() <= most
}

/// Drops names the model found only in title-case lines (headlines,
/// section headings) and never in running text: "Future Directions" in a
/// heading is no organisation, "Microsoft" in a headline still is. A name
/// of several words that `is_company` holds ("Tarn Hospitality Inc", a
/// legal form closing it) is kept: its capitals are the name's.
pub fn drop_headline_only_names(
    text: &str,
    title_case: &[Span],
    is_company: &dyn Fn(&str) -> bool,
    candidates: &mut Vec<Candidate>,
) {
    if title_case.is_empty() {
        return;
    }
    let in_heading = |span: Span| title_case.iter().any(|h| span.within(*h));
    let body_keys: rustc_hash::FxHashSet<String> = candidates
        .iter()
        .filter(|c| c.mention.kind.is_name() && !c.mention.nominal && !in_heading(c.mention.span))
        .flat_map(|c| {
            let s = lowercase(c.mention.span.slice(text));
            let words: Vec<String> = s.split_whitespace().map(str::to_owned).collect();
            std::iter::once(s).chain(words)
        })
        .collect();
    candidates.retain(|c| {
        !(c.mention.kind.is_name()
            && c.mention.source == Provenance::Model
            && in_heading(c.mention.span)
            && !body_keys.contains(&lowercase(c.mention.span.slice(text)))
            && !(c.mention.span.slice(text).contains(' ')
                && is_company(c.mention.span.slice(text))))
    });
}

/// Drops a wire's own code that opens the text before a dash ("KPLX -
/// Tarnvale profit rises."): a word of capitals alone, said nowhere else,
/// tags the feed, not a party to the story.
pub fn drop_wire_code(text: &str, candidates: &mut Vec<Candidate>) {
    let start = text.len() - text.trim_start().len();
    let code_end = text[start..]
        .find(|c: char| !c.is_ascii_uppercase())
        .map_or(text.len(), |n| start + n);
    let code = &text[start..code_end];
    if !(2..=6).contains(&code.len()) || !text[code_end..].starts_with(" - ") {
        return;
    }
    if text[code_end..].contains(code) {
        return;
    }
    candidates.retain(|c| {
        !(c.mention.kind.is_name()
            && c.mention.span.start == start
            && c.mention.span.end == code_end)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wire_code_before_the_headline_is_no_name() {
        let text = "KPLX - Tarnvale profit rises.\nKPLX";
        let span = |a: usize, b: usize| Candidate {
            mention: crate::model::Mention::new(
                Span::new(a, b),
                EntityKind::Org,
                Provenance::Model,
                0.6,
            ),
            head: None,
        };
        let mut kept = vec![span(0, 4), span(7, 15)];
        drop_wire_code(&text[..29], &mut kept);
        assert_eq!(kept.len(), 1);
        // Said again below, the capitals are a name.
        let mut again = vec![span(0, 4)];
        drop_wire_code(text, &mut again);
        assert_eq!(again.len(), 1);
    }

    #[test]
    fn the_first_line_headline_skips_page_furniture_above_it() {
        let text = "Home · Business · Sport\n\nTIDES · High water 06:12\n\n\
                    # Brimvale buys 20% of knife maker Ostrakai\n\n\
                    Brimvale Kitchen Inc. has bought a stake in Ostrakai Hamono Co.\n";
        let headline_at = text.find("# Brimvale").expect("headline");
        let furniture = |at: usize| at < headline_at;
        let span = first_line_headline(text, &furniture).expect("a headline");
        assert_eq!(
            span.slice(text),
            "# Brimvale buys 20% of knife maker Ostrakai"
        );
        // Without furniture the first line is the candidate, and a menu of
        // links is still no sentence: it is taken as it stands.
        let first = first_line_headline(text, &|_| false).expect("the first line");
        assert_eq!(first.slice(text), "Home · Business · Sport");
        // A page that is all furniture has no headline.
        assert_eq!(first_line_headline(text, &|_| true), None);
        // A first line that ends a sentence is no headline.
        assert_eq!(
            first_line_headline("Brimvale said so.\nMore.", &|_| false),
            None
        );
    }

    #[test]
    fn a_wire_headline_closed_by_a_full_stop_above_a_dateline_is_a_headline() {
        let text = "Brimvale raises Ostrakai stake.\nKELVORA 1996-08-23\n\
                    Brimvale Kitchen Inc said on Friday it raised its stake.\n";
        let span = first_line_headline(text, &|_| false).expect("a headline");
        assert_eq!(span.slice(text), "Brimvale raises Ostrakai stake.");
        // A first sentence followed by running text is none.
        let text = "Brimvale raised its stake.\nIt said so on Friday in a statement.\n";
        assert_eq!(first_line_headline(text, &|_| false), None);
    }

    #[test]
    fn headlines_are_title_case_and_name_heavy_sentences_are_not() {
        let lang = crate::lang::Language::english().expect("English loads");
        let is_title_case = |w: &[&str]| is_title_case(&lang.tag, w);
        let words = |s: &'static str| s.split_whitespace().collect::<Vec<_>>();
        assert!(is_title_case(&words(
            "Amazon Deepens Its Bet on Anthropic With a Further $4 Billion"
        )));
        assert!(is_title_case(&words(
            "Microsoft Ends Exclusive Cloud Deal with OpenAI"
        )));
        assert!(!is_title_case(&words(
            "Satya Nadella spoke in Seattle on Monday ."
        )));
        assert!(!is_title_case(&words(
            "Microsoft said on Friday it would invest ."
        )));
        // Short verbs and many names: still running text.
        assert!(!is_title_case(&words(
            "Anna Varga met Boris Kell in Oslo on Monday ."
        )));
        assert!(!is_title_case(&words(
            "Anna Varga and Boris Kell met in Oslo on Monday with bankers from Tarsia Capital ."
        )));
        assert!(is_title_case(&words(
            "Varga Meets Kell in Oslo to Talk of a Deal"
        )));
        // A closing abbreviation's stop ends running text too.
        assert!(!is_title_case(&words(
            "Tarsia Capital Chairman Anna Varga spoke in Brimvale , Ont."
        )));
        assert!(is_title_case(&words(
            "Tarsia Capital Chairman Anna Varga Speaks in Brimvale , Ont"
        )));
    }

    #[test]
    fn a_heading_name_a_legal_form_closes_is_kept() {
        let text = "Future Directions\nLead Underwriter Quellmar Tugs Inc\nThe yard said so.\n";
        let at = |name: &str| {
            let s = text.find(name).expect("a name");
            Span::new(s, s + name.len())
        };
        let heading = |name: &str| {
            let s = text.find(name).expect("a line");
            Span::new(s, s + name.len())
        };
        let model = |span| Candidate {
            mention: crate::model::Mention::new(span, EntityKind::Org, Provenance::Model, 0.6),
            head: None,
        };
        let mut candidates = vec![
            model(at("Future Directions")),
            model(at("Quellmar Tugs Inc")),
        ];
        let headings = [
            heading("Future Directions"),
            heading("Lead Underwriter Quellmar Tugs Inc"),
        ];
        let legal = |name: &str| name.ends_with(" Inc");
        drop_headline_only_names(text, &headings, &legal, &mut candidates);
        let kept: Vec<&str> = candidates
            .iter()
            .map(|c| c.mention.span.slice(text))
            .collect();
        assert_eq!(kept, ["Quellmar Tugs Inc"]);
    }
}
