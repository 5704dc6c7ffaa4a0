//! Names a text's tokenisation split: a hyphen set off by spaces ("Wal -
//! Mart") and an apostrophe set off from the letter before it ("O 'Reilly"),
//! as some corpora and feeds write "Wal-Mart" and "O'Reilly". The tagger
//! reads the parts as two names or one name and a stray word; here they are
//! one name again.
//!
//! Takes the tagging stage's candidates (sorted by start, non-overlapping);
//! gives them back with the split names joined.

use crate::model::{EntityKind, Span};

use super::candidate::Candidate;
use super::kinds::Kinds;

/// True when a name the tagger read across "and" (`span`, its left part
/// ending at `left_end`) is one name, not a list: the acronym in brackets
/// after it spells words of both parts ("Aircraft Communications Addressing
/// and Reporting System (ACARS)"), or a singular company noun heads the
/// apposition after it ("Orvo Equipment and Support, the ministry's
/// procurement agency, said").
pub fn one_coordinated_name(kinds: &Kinds, text: &str, span: Span, left_end: usize) -> bool {
    let capitalised = |s: &str| -> Vec<char> {
        s.split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
            .collect()
    };
    let acronym: Option<&str> = text[span.end..]
        .strip_prefix(" (")
        .and_then(|rest| rest.split_once(')'))
        .map(|(inner, _)| inner)
        .filter(|inner| {
            (2..=6).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_uppercase())
        });
    let spelled = acronym.is_some_and(|a| {
        let initials = capitalised(span.slice(text));
        let left = capitalised(&text[span.start..left_end]).len();
        a.len() > left && initials.iter().take(a.len()).copied().eq(a.chars())
    });
    spelled || kinds.company_headed_apposition(text, span.end)
}

/// Joins split names among `candidates`:
/// - "Charles O 'Reilly": a name whose last word is one capital letter,
///   then a space and an apostrophe glued to a capitalised word, runs on
///   over that word (or the name that starts there);
/// - "Wal - Mart": two one-word names (or a one-word name and a capitalised
///   word) around a hyphen set off by spaces are one name when neither part
///   is a listed place or organisation nor written anywhere on its own
///   ("Paris - London" stays two). Parts of one kind keep it; parts the
///   tagger read as different kinds are a company's name.
pub fn join_split_names(kinds: &Kinds, text: &str, candidates: &mut Vec<Candidate>) {
    let is_name = |c: &Candidate| c.mention.kind.is_name() && !c.mention.nominal;
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    let mut rest = std::mem::take(candidates).into_iter().peekable();
    while let Some(mut c) = rest.next() {
        if !is_name(&c) {
            out.push(c);
            continue;
        }
        let next_start = rest.peek().map_or(text.len(), |n| n.mention.span.start);
        let next_is_name = rest.peek().is_some_and(is_name);
        let name = c.mention.span.slice(text);
        let after = &text[c.mention.span.end..];
        let joint = if ends_in_initial(name) {
            apostrophe_word(after)
        } else if !name.contains(' ') {
            hyphen_word(after).filter(|&(_, word)| {
                let first = name;
                let second = &after[word.0..word.1];
                [first, second]
                    .iter()
                    .all(|w| !kinds.is_place(w) && !kinds.is_listed_org(w) && !alone(text, w))
            })
        } else {
            None
        };
        if let Some((_, (_, word_end))) = joint {
            let end = c.mention.span.end + word_end;
            let second_start = c.mention.span.end + joint.map_or(0, |(_, w)| w.0);
            if next_start == second_start && next_is_name {
                let Some(second) = rest.next() else { break };
                // The whole word must be the next name, no more.
                if second.mention.span.end == end {
                    if second.mention.kind != c.mention.kind
                        && !matches!(joint, Some((Joint::Apostrophe, _)))
                    {
                        c.mention.kind = EntityKind::Org;
                    }
                    c.mention.span = Span::new(c.mention.span.start, end);
                    out.push(c);
                } else {
                    out.push(c);
                    out.push(second);
                }
                continue;
            }
            if next_start >= end {
                c.mention.span = Span::new(c.mention.span.start, end);
            }
        }
        out.push(c);
    }
    *candidates = out;
}

/// How two parts of a name were split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Joint {
    Apostrophe,
    Hyphen,
}

/// True when a name's last word is one capital letter ("Charles O").
fn ends_in_initial(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    let mut chars = last.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// The capitalised word glued to an apostrophe after a space, as byte
/// offsets into `after`: " 'Reilly said" → (2, 8).
fn apostrophe_word(after: &str) -> Option<(Joint, (usize, usize))> {
    let rest = after.strip_prefix(' ')?;
    let quote = rest.chars().next().filter(|c| matches!(c, '\'' | '’'))?;
    let start = 1 + quote.len_utf8();
    capitalised_word(after, start).map(|w| (Joint::Apostrophe, w))
}

/// The capitalised word after a hyphen set off by spaces: " - Mart" → (3, 7).
fn hyphen_word(after: &str) -> Option<(Joint, (usize, usize))> {
    after.strip_prefix(" - ")?;
    capitalised_word(after, 3).map(|w| (Joint::Hyphen, w))
}

/// The word of letters starting at `start` in `s` when it starts with a
/// capital and has a lower-case letter: its span in `s`.
fn capitalised_word(s: &str, start: usize) -> Option<(usize, usize)> {
    let word = s.get(start..)?;
    let len = word
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(word.len());
    let w = &word[..len];
    (w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase))
        .then_some((start, start + len))
}

/// True when `word` stands somewhere in `text` as a word of its own, not
/// joined to another by a hyphen (with or without spaces around it).
fn alone(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = &text[..i];
        let after = &text[i + word.len()..];
        !before.ends_with(char::is_alphanumeric)
            && !after.starts_with(char::is_alphanumeric)
            && !before.ends_with('-')
            && !before.ends_with("- ")
            && !after.starts_with('-')
            && !after.starts_with(" -")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mention, Provenance};

    fn kinds() -> Kinds {
        let lang = crate::lang::Language::english().expect("English loads");
        Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads)
    }

    fn cand(text: &str, name: &str, kind: EntityKind) -> Candidate {
        let start = text.find(name).expect("in text");
        Candidate {
            mention: Mention::new(
                Span::new(start, start + name.len()),
                kind,
                Provenance::Model,
                0.9,
            ),
            head: None,
        }
    }

    fn joined(text: &str, parts: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        let mut cands: Vec<Candidate> = parts.iter().map(|(n, k)| cand(text, n, *k)).collect();
        join_split_names(&kinds(), text, &mut cands);
        cands
            .iter()
            .map(|c| (c.mention.span.slice(text).to_owned(), c.mention.kind))
            .collect()
    }

    use EntityKind::{Loc, Org, Person};

    #[test]
    fn a_spaced_hyphen_between_parts_found_nowhere_alone_joins_them() {
        let text = "Shoppers left Kwik - Mart for Zorbo's stores.";
        assert_eq!(
            joined(text, &[("Kwik", Loc), ("Mart", Person), ("Zorbo", Org)]),
            vec![("Kwik - Mart".to_owned(), Org), ("Zorbo".to_owned(), Org)]
        );
        // Only the first part tagged: the capitalised word after joins.
        assert_eq!(
            joined(text, &[("Kwik", Org)]),
            vec![("Kwik - Mart".to_owned(), Org)]
        );
    }

    #[test]
    fn parts_that_are_names_of_their_own_stay_apart() {
        // Listed places.
        let text = "Flights on the Paris - London route rose.";
        assert_eq!(
            joined(text, &[("Paris", Loc), ("London", Loc)]),
            vec![("Paris".to_owned(), Loc), ("London".to_owned(), Loc)]
        );
        // A part written alone elsewhere in the text.
        let text = "Vantor - Quell talks ended. Vantor walked away.";
        assert_eq!(
            joined(text, &[("Vantor", Org), ("Quell", Org)]),
            vec![("Vantor".to_owned(), Org), ("Quell".to_owned(), Org)]
        );
        // A lower-case word after the hyphen is no name.
        let text = "Kwik - which rose - fell.";
        assert_eq!(
            joined(text, &[("Kwik", Org)]),
            vec![("Kwik".to_owned(), Org)]
        );
    }

    #[test]
    fn an_apostrophe_after_an_initial_joins_the_surname() {
        let text = "A view is offered by Marta O 'Brennan, a professor.";
        assert_eq!(
            joined(text, &[("Marta O", Person), ("Brennan", Person)]),
            vec![("Marta O 'Brennan".to_owned(), Person)]
        );
        assert_eq!(
            joined(text, &[("Marta O", Person)]),
            vec![("Marta O 'Brennan".to_owned(), Person)]
        );
        let text = "Said Åsa D ’Ørsted, not Ana B 'the' Cruz.";
        assert_eq!(
            joined(text, &[("Åsa D", Person), ("Ana B", Person)]),
            vec![
                ("Åsa D ’Ørsted".to_owned(), Person),
                ("Ana B".to_owned(), Person)
            ]
        );
    }

    #[test]
    fn a_second_name_longer_than_the_word_is_left_alone() {
        let text = "Marta O 'Brennan Holdings rose.";
        assert_eq!(
            joined(text, &[("Marta O", Person), ("Brennan Holdings", Org)]),
            vec![
                ("Marta O".to_owned(), Person),
                ("Brennan Holdings".to_owned(), Org)
            ]
        );
    }

    #[test]
    fn a_name_across_and_is_one_when_its_acronym_or_apposition_says_so() {
        let k = kinds();
        let one = |text: &str, name: &str| {
            let start = text.find(name).expect("in text");
            let span = Span::new(start, start + name.len());
            let left_end = start + name.find(" and ").expect("and");
            one_coordinated_name(&k, text, span, left_end)
        };
        assert!(one(
            "The Flight Data Storage and Relay Unit (FDSRU) failed.",
            "Flight Data Storage and Relay Unit"
        ));
        assert!(one(
            "Orvo Equipment and Support, the ministry’s procurement agency, said so.",
            "Orvo Equipment and Support"
        ));
        // Two companies: an acronym of the first alone, a plural apposition.
        assert!(!one(
            "Velmar Motors and Keltic Foods (VM) agreed.",
            "Velmar Motors and Keltic Foods"
        ));
        assert!(!one(
            "Velmar Motors and Keltic Foods, the carmakers, agreed.",
            "Velmar Motors and Keltic Foods"
        ));
    }

    #[test]
    fn an_ampersand_or_a_company_word_after_and_keeps_one_name() {
        use crate::pipeline::tests::kind_of;
        let text = "The order beat a rival bid from Tarvenne Defence and Space. Engines will \
                    come from Holm & Whitcombe Canada, and advice from Brisk, Tallow & Reeve.";
        assert_eq!(
            kind_of(text, "Tarvenne Defence and Space"),
            Some(crate::model::EntityKind::Org)
        );
        assert_eq!(
            kind_of(text, "Holm & Whitcombe Canada"),
            Some(crate::model::EntityKind::Org)
        );
        assert_eq!(kind_of(text, "Space"), None);
    }
}
