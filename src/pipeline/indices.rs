//! Stock indices: "S&P 500", "FTSE 100", "Nikkei 225", "Nasdaq Composite",
//! "S&P/ASX 200", "Dow Jones Industrial Average", "Russell 2000 Index".
//!
//! The tagger reads these in pieces ("S&P" an organisation, "500" a
//! model, "Dow Jones" a company cut before "Industrial Average"). An index
//! is a listed index name, joined by "/" to another ("S&P/ASX"), with a
//! number ("500"), an index word ("Composite", "Industrial Average", "Index")
//! or a lower-case "index" after it: the whole is one MISC name, never split
//! at "&", "/" or the number. A bare listed name ("the Nasdaq") becomes the
//! index too when the article names that index in full; a listed name with a
//! capitalised word, "&" or a hyphen after it ("Dow Chemical", "Dow Jones &
//! Co", "Nasdaq-listed") is no index.
//!
//! Takes the tagging stage's candidates; gives them back with the indices
//! as MISC candidates. [`Indices`] holds the lists.

use crate::lang::{KindWords, WordList};
use crate::model::{EntityKind, Mention, Provenance, Span};

use super::candidate::Candidate;

/// The lists that find a stock index's name.
#[derive(Debug, Clone)]
pub struct Indices {
    /// Index names as written ("FTSE", "Hang Seng").
    names: WordList,
    /// Words that end an index's name ("Composite", "Index").
    heads: WordList,
    /// Lower-case nouns after a name that make it an index ("index").
    nouns: WordList,
    /// The positions in `names` of the names opening with each byte (ASCII
    /// lower case), in list order: a capital is compared with those alone.
    by_first: Vec<Vec<usize>>,
    /// The bytes an index word of `heads` opens with (every byte when one
    /// is empty): after most capitals no index word follows, and the list
    /// is not walked.
    head_firsts: [bool; 256],
}

/// One index name found in the text.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    span: Span,
    /// The listed name it opens with, as listed.
    name: String,
    /// A number, an index word or "index" follows: surely an index.
    full: bool,
}

impl Indices {
    /// The lists of `words`.
    pub fn new(words: &KindWords) -> Self {
        let names = words.index_names.clone();
        let mut by_first = vec![Vec::new(); 256];
        for (i, n) in names.iter().enumerate() {
            if let Some(b) = n.bytes().next() {
                by_first[usize::from(b.to_ascii_lowercase())].push(i);
            }
        }
        let mut head_firsts = [false; 256];
        for h in words.index_heads.iter() {
            match h.bytes().next() {
                Some(b) => head_firsts[usize::from(b)] = true,
                None => head_firsts = [true; 256],
            }
        }
        Self {
            names,
            heads: words.index_heads.clone(),
            nouns: words.index_nouns.clone(),
            by_first,
            head_firsts,
        }
    }

    /// The listed name that `rest` opens with, longest first, in any case
    /// but capitalised ("Dax", "NASDAQ"). Returns the entry and its length.
    fn name_at(&self, rest: &str) -> Option<(String, usize)> {
        let first = rest.bytes().next()?.to_ascii_lowercase();
        let names = self.names.as_slice();
        self.by_first[usize::from(first)]
            .iter()
            .map(|&i| names[i].as_str())
            .filter(|n| {
                rest.get(..n.len()).is_some_and(|s| {
                    s.eq_ignore_ascii_case(n) && s.starts_with(|c: char| c.is_ascii_uppercase())
                }) && !rest[n.len()..].starts_with(char::is_alphanumeric)
            })
            .max_by_key(|n| n.len())
            .map(|n| (n.to_owned(), n.len()))
    }

    /// An unlisted index read by its shape: a capitalised word, a number
    /// and an index word ("Orvik 300 Index"), or a capitalised word and an
    /// index word of two words ("Tarsby composite index"). Returns the word
    /// and its length.
    fn unlisted_at(&self, rest: &str) -> Option<(String, usize)> {
        let len = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let two_word_head = self
            .head_after(&rest[len..])
            .is_some_and(|h| rest[len + 1..len + h].contains(' '));
        let shaped = rest.starts_with(|c: char| c.is_ascii_uppercase())
            && (two_word_head
                || number_after(&rest[len..])
                    .is_some_and(|n| self.head_after(&rest[len + n..]).is_some()));
        shaped.then(|| (rest[..len].to_owned(), len))
    }

    /// Every index name in `text`.
    fn find(&self, text: &str) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            // Listed or not, an index's name opens with an ASCII capital:
            // every other position is passed over without a look-up.
            // (An ASCII byte is a character of its own, so the next capital
            // is found byte by byte, without decoding what comes before it.)
            if !text.as_bytes()[i].is_ascii_uppercase() {
                i = text.as_bytes()[i..]
                    .iter()
                    .position(u8::is_ascii_uppercase)
                    .map_or(text.len(), |k| i + k);
                continue;
            }
            let starts_word = text[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '&' || c == '-'));
            let Some((name, len)) = starts_word
                .then(|| {
                    self.name_at(&text[i..])
                        .or_else(|| self.unlisted_at(&text[i..]))
                })
                .flatten()
            else {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
                continue;
            };
            let mut end = i + len;
            // "S&P/ASX": two names joined by a slash.
            if let Some(rest) = text[end..].strip_prefix('/')
                && let Some((_, l)) = self.name_at(rest)
            {
                end += 1 + l;
            }
            let mut full = false;
            if let Some(n) = number_after(&text[end..]) {
                end += n;
                full = true;
            }
            if let Some(h) = self.head_after(&text[end..]) {
                end += h;
                full = true;
            }
            let next = next_word(&text[end..]);
            full |= self.nouns.contains(next);
            let company = !full
                && (next.starts_with(char::is_uppercase)
                    || text[end..].starts_with(" &")
                    || text[end..].starts_with('-'));
            if !company {
                out.push(Found {
                    span: Span::new(i, end),
                    name,
                    full,
                });
            }
            i = end;
        }
        out
    }

    /// The length of an index word after a space at the start of `rest`.
    fn head_after(&self, rest: &str) -> Option<usize> {
        let rest = rest.strip_prefix(' ')?;
        if !self.head_firsts[rest.bytes().next().map_or(0, usize::from)] {
            return None;
        }
        self.heads
            .iter()
            .filter(|h| rest.starts_with(*h) && !rest[h.len()..].starts_with(char::is_alphanumeric))
            .map(|h| 1 + h.len())
            .max()
    }

    /// Marks the indices among `candidates` (sorted by start): each index
    /// replaces whatever the tagger read over it. A bare name counts when
    /// the same index is named in full somewhere; a name that ends in a
    /// possessive ("Standard & Poor's") counts only in full, since alone it
    /// is the company. Returns how many indices were marked.
    pub fn mark(&self, text: &str, candidates: &mut Vec<Candidate>) -> usize {
        let found = self.find(text);
        let named_in_full = |name: &str| found.iter().any(|f| f.full && f.name == name);
        let mut made = 0;
        for f in &found {
            let possessive = f.name.ends_with("'s") || f.name.ends_with("’s");
            // "DAX" read as a place: a name in capitals is no person or place.
            let capitals = f.name.bytes().all(|b| b.is_ascii_uppercase());
            let misread = capitals
                && candidates.iter().any(|c| {
                    c.mention.span == f.span
                        && matches!(c.mention.kind, EntityKind::Person | EntityKind::Loc)
                });
            if !(f.full || misread || (!possessive && named_in_full(&f.name))) {
                continue;
            }
            candidates.retain(|c| !c.mention.span.overlaps(f.span));
            candidates.push(Candidate {
                mention: Mention::new(f.span, EntityKind::Misc, Provenance::Rule, 0.9),
                head: None,
            });
            made += 1;
        }
        candidates.sort_by_key(|c| c.mention.span.start);
        made
    }
}

/// The length of " 500" at the start of `rest`: a space and one to four
/// digits that are no part of a larger figure ("19,104.30") or a percentage.
fn number_after(rest: &str) -> Option<usize> {
    let digits = rest.strip_prefix(' ')?;
    let n = digits.bytes().take_while(u8::is_ascii_digit).count();
    let after = &digits[n..];
    let figure = (after.starts_with([',', '.'])
        && after[1..].starts_with(|c: char| c.is_ascii_digit()))
        || after.starts_with('%')
        || after.starts_with(char::is_alphanumeric);
    ((1..=4).contains(&n) && !figure).then_some(1 + n)
}

/// The word after a space at the start of `rest` ("" when none).
fn next_word(rest: &str) -> &str {
    let Some(rest) = rest.strip_prefix(' ') else {
        return "";
    };
    let end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    &rest[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::tests::{candidates_in_order, named_kinds};

    fn marked(text: &str, names: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        let lang = crate::lang::Language::english().expect("English loads");
        let indices = Indices::new(&lang.kinds);
        let mut candidates = candidates_in_order(text, names);
        indices.mark(text, &mut candidates);
        named_kinds(text, &candidates)
    }

    #[test]
    fn an_index_name_with_its_number_or_word_is_one_name() {
        use EntityKind::*;
        let got = marked(
            "The S&P 500 rose while the FTSE 100 fell; the S&P/ASX 200 index and the \
             Nasdaq Composite slipped, and the Dow Jones industrial average and the \
             Russell 2000 Index gained as the Dax index closed; the Orvik 300 Index and the DAX fell.",
            &[
                ("S&P", Org),
                ("FTSE", Org),
                ("S&P/ASX", Org),
                ("Nasdaq Composite", Misc),
                ("Dow Jones", Org),
                ("Russell", Person),
                ("Dax", Loc),
                ("Orvik", Person),
                ("DAX", Loc),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("S&P 500".into(), Misc),
                ("FTSE 100".into(), Misc),
                ("S&P/ASX 200".into(), Misc),
                ("Nasdaq Composite".into(), Misc),
                ("Dow Jones industrial average".into(), Misc),
                ("Russell 2000 Index".into(), Misc),
                ("Dax".into(), Misc),
                ("Orvik 300 Index".into(), Misc),
                ("DAX".into(), Misc),
            ]
        );
    }

    #[test]
    fn an_index_word_is_read_only_where_one_opens() {
        let lang = crate::lang::Language::english().expect("English loads");
        let indices = Indices::new(&lang.kinds);
        assert_eq!(indices.head_after(" Composite Index fell"), Some(16));
        assert_eq!(indices.head_after(" composite rose"), Some(10));
        assert_eq!(indices.head_after(" Compositeness"), None);
        assert_eq!(indices.head_after(" Zürich 300"), None);
        assert_eq!(indices.head_after(" "), None);
        assert_eq!(indices.head_after(""), None);
        assert_eq!(indices.head_after("Index"), None);
    }

    #[test]
    fn a_lower_case_average_or_composite_index_is_part_of_the_name() {
        use EntityKind::*;
        let got = marked(
            "The Nikkei average fell as the Tarsby composite index rose.",
            &[("Nikkei", Misc), ("Tarsby", Loc)],
        );
        assert_eq!(
            got,
            vec![
                ("Nikkei average".into(), Misc),
                ("Tarsby composite index".into(), Misc),
            ]
        );
    }

    #[test]
    fn companies_that_share_an_index_name_are_left_alone() {
        use EntityKind::*;
        let got = marked(
            "Dow Chemical and Dow Jones & Co rose 2% as the Nasdaq gained; Nasdaq-listed \
             Standard & Poor's cut its rating and the DAX 19,104 level held.",
            &[
                ("Dow Chemical", Org),
                ("Dow Jones & Co", Org),
                ("Nasdaq", Org),
                ("Nasdaq-listed", Misc),
                ("Standard & Poor's", Org),
                ("DAX", Org),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Dow Chemical".into(), Org),
                ("Dow Jones & Co".into(), Org),
                ("Nasdaq".into(), Org),
                ("Nasdaq-listed".into(), Misc),
                ("Standard & Poor's".into(), Org),
                ("DAX".into(), Org),
            ]
        );
    }

    #[test]
    fn a_bare_name_is_the_index_named_in_full_elsewhere() {
        use EntityKind::*;
        let got = marked(
            "The Nasdaq Composite fell 1%. The Nasdaq had gained 3% the week before.",
            &[("Nasdaq Composite", Misc), ("Nasdaq", Org)],
        );
        assert_eq!(
            got,
            vec![("Nasdaq Composite".into(), Misc), ("Nasdaq".into(), Misc),]
        );
    }
}
