//! Names that hold a possessive of their own: "Tarn's Bancorp Inc.", whose
//! "Tarn's" the text never writes without its "'s", and "the People's
//! Assembly of Tarsia", where the article before the possessive opens the
//! whole name; and "Tarnby's of Velmar", where "of" follows the
//! possessive, which no possessive of English allows. The tagger reads the
//! possessor and the rest as two names, or the rest alone; either way they
//! are one name. A company's name ending in a plural and a bare apostrophe
//! ("Tarsia Teachers' Pension Plan") runs on over the capitalised words
//! after it that no other name holds, where the tagger stopped at the
//! apostrophe.
//!
//! Takes the tagging stage's candidates (sorted by start, non-overlapping);
//! gives them back with such names joined.

use crate::lang::TagWords;
use crate::model::{EntityKind, Mention, Span};

use super::candidate::Candidate;
use super::kinds::Kinds;
use super::possessors::{POSSESSIVES, is_full_person_name, unit_noun_after};

/// True when every time the text writes `owner` as a word, a possessive
/// ending follows it: the "'s" is the name's own.
fn never_alone(text: &str, owner: &str) -> bool {
    text.match_indices(owner)
        .filter(|&(i, _)| !text[..i].ends_with(char::is_alphanumeric))
        .all(|(i, _)| {
            let after = &text[i + owner.len()..];
            after.starts_with("'s") || after.starts_with("’s")
        })
}

/// True when `first` and `second` are one name held together by a
/// possessive that "of" follows ("Tarnby's of Velmar"): no possessive of
/// English is followed by "of", so the "'s" is the name's own and the
/// place after it part of the name too; unless the possessor is written
/// elsewhere without the "of" tail.
fn possessive_of(kinds: &Kinds, text: &str, first: &Mention, second: &Mention) -> bool {
    let named = |m: &Mention| m.kind.is_name() && !m.nominal;
    let Some(gap) = text.get(first.span.end..second.span.start) else {
        return false;
    };
    // The tagger may have read the "'s" into the first name ("Tarnby's").
    let owner = first.span.slice(text);
    named(first)
        && named(second)
        && POSSESSIVES.iter().any(|p| {
            let mark = p.trim_end();
            let bare = owner.strip_suffix(mark).unwrap_or(owner);
            // The gap first: it is read in place, where the owner's
            // other writings are searched for over the whole text.
            gap.strip_prefix(mark)
                .or_else(|| owner.ends_with(mark).then_some(gap))
                .and_then(|g| g.strip_prefix(' '))
                .and_then(|g| g.strip_prefix(kinds.of_word()))
                == Some(" ")
                && only_before_of(kinds, text, &format!("{bare}{mark}"))
        })
}

/// True when every time the text writes `owner` (a name and its
/// possessive, "Tarnby's") as a word, "of" follows: "Tarnby's" written
/// elsewhere without it is the name's short form, which would stand apart
/// from "Tarnby's of Zürich" made whole, so the two are kept as read.
pub(super) fn only_before_of(kinds: &Kinds, text: &str, owner: &str) -> bool {
    let of = format!(" {} ", kinds.of_word());
    text.match_indices(owner).all(|(i, _)| {
        text[..i].ends_with(char::is_alphanumeric) || text[i + owner.len()..].starts_with(&of)
    })
}

/// Joins names with a possessive of their own among `candidates` (see the
/// module documentation).
pub fn join_possessive_names(
    words: &TagWords,
    kinds: &Kinds,
    text: &str,
    candidates: &mut Vec<Candidate>,
) {
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for mut c in candidates.drain(..) {
        if let Some(p) = out
            .last_mut()
            .filter(|p| possessive_of(kinds, text, &p.mention, &c.mention))
        {
            p.mention.span = Span::new(p.mention.span.start, c.mention.span.end);
            p.mention.kind = EntityKind::Org;
            continue;
        }
        let m = &c.mention;
        let named = m.kind.is_name()
            && !m.nominal
            && matches!(m.kind, EntityKind::Org | EntityKind::Loc | EntityKind::Misc);
        let before = &text[..m.span.start];
        let Some(mark) = POSSESSIVES
            .iter()
            .find(|p| before.ends_with(**p))
            .filter(|_| named)
        else {
            out.push(c);
            continue;
        };
        let owner_end = m.span.start - mark.len();
        let last = m.span.slice(text).rsplit(' ').next().unwrap_or("");
        let previous = out.last().map(|p| &p.mention);
        // "Tarn's Bancorp Inc.": a company whose possessor, no place, is
        // never alone ("Japan's Tarn Corp" is Tarn Corp), nor a person by a
        // full name ("Ingrid Lund's Velmar Corp"), nor an owner whose unit
        // a unit noun after names ("Tarn's Velmar Corp unit").
        if let Some(p) = previous.filter(|p| p.span.end == owner_end) {
            let joins = p.kind.is_name()
                && !p.nominal
                && p.kind != EntityKind::Loc
                && !kinds.is_place(p.span.slice(text))
                && !is_full_person_name(kinds, p.span.slice(text))
                && kinds.is_written_legal_suffix(last)
                && never_alone(text, p.span.slice(text))
                && !unit_noun_after(kinds, text, c.mention.span.end);
            if joins {
                let start = p.span.start;
                out.pop();
                c.mention.span = Span::new(start, c.mention.span.end);
                c.mention.kind = EntityKind::Org;
            }
            out.push(c);
            continue;
        }
        // "the People's Assembly": a capitalised possessor no name holds,
        // right after an article.
        let owner = before[..owner_end]
            .rsplit(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        let start = owner_end - owner.len();
        let opened = text[..start]
            .strip_suffix(' ')
            .and_then(|t| t.rsplit(|ch: char| !ch.is_alphanumeric()).next())
            .is_some_and(|a| words.articles.contains(a));
        let free = previous.is_none_or(|p| p.span.end <= start);
        if opened && free && owner.chars().count() > 1 && owner.starts_with(char::is_uppercase) {
            c.mention.span = Span::new(start, c.mention.span.end);
        }
        out.push(c);
    }
    *candidates = out;
    join_plural_possessives(text, candidates);
}

/// Most capitalised words a plural possessive's name runs on over.
const MOST_AFTER_PLURAL: usize = 3;

/// Widens each company's name that ends in a plural and a bare apostrophe
/// over the capitalised words right after it (see the module
/// documentation), when no other candidate holds any of them.
fn join_plural_possessives(text: &str, candidates: &mut [Candidate]) {
    for i in 0..candidates.len() {
        let m = &candidates[i].mention;
        if m.kind != EntityKind::Org || m.nominal {
            continue;
        }
        // A plural's shape: "Teachers", not "Airbus" or "Glass".
        let name = m.span.slice(text);
        let plural = name.strip_suffix('s').is_some_and(|stem| {
            stem.chars()
                .next_back()
                .is_some_and(|c| c.is_lowercase() && !matches!(c, 's' | 'u' | 'i'))
        });
        let Some(rest) = text[m.span.end..]
            .strip_prefix(['\'', '’'])
            .and_then(|r| r.strip_prefix(' '))
            .filter(|_| plural)
        else {
            continue;
        };
        let from = text.len() - rest.len();
        let mut end = None;
        let mut at = from;
        for _ in 0..MOST_AFTER_PLURAL {
            let word_len = text[at..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(text.len() - at);
            let word = &text[at..at + word_len];
            let mut chars = word.chars();
            if !(chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)) {
                break;
            }
            end = Some(at + word_len);
            match text[at + word_len..].strip_prefix(' ') {
                Some(_) => at += word_len + 1,
                None => break,
            }
        }
        let Some(end) = end else { continue };
        let run = Span::new(from, end);
        if candidates.iter().any(|c| c.mention.span.overlaps(run)) {
            continue;
        }
        candidates[i].mention.span.end = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::tests::{candidates_in_order, named_kinds};

    #[test]
    fn a_possessive_that_is_the_name_s_own_is_joined_to_it() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let text = "Orvo bought Tarnby's Bancorp Inc. from the People's Assembly of Velmar. \
                    Tarnby's was for sale; Orvo's Zephyr Ltd and the UK's Keltic Group said so. \
                    Ingrid Lund's Velmar Corp agreed.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Orvo", EntityKind::Org),
                ("Tarnby", EntityKind::Person),
                ("Bancorp Inc.", EntityKind::Org),
                ("Assembly of Velmar", EntityKind::Org),
                ("Tarnby", EntityKind::Person),
                ("Orvo", EntityKind::Org),
                ("Zephyr Ltd", EntityKind::Org),
                ("UK", EntityKind::Loc),
                ("Keltic Group", EntityKind::Org),
                ("Ingrid Lund", EntityKind::Person),
                ("Velmar Corp", EntityKind::Org),
            ],
        );
        join_possessive_names(&lang.tag, &kinds, text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Orvo", EntityKind::Org),
            ("Tarnby's Bancorp Inc.", EntityKind::Org),
            ("People's Assembly of Velmar", EntityKind::Org),
            ("Tarnby", EntityKind::Person),
            // A possessor the text names alone, or a name, stays apart.
            ("Orvo", EntityKind::Org),
            ("Zephyr Ltd", EntityKind::Org),
            ("UK", EntityKind::Loc),
            ("Keltic Group", EntityKind::Org),
            ("Ingrid Lund", EntityKind::Person),
            ("Velmar Corp", EntityKind::Org),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }

    #[test]
    fn a_plural_possessive_inside_a_company_name_runs_on() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let text = "Tarsia Teachers' Pension Plan bought a stake. Orvo Mines' Velkop Mining \
                    Co and Orvo Airbus' Delivery Center were sold.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Tarsia Teachers", EntityKind::Org),
                ("Orvo Mines", EntityKind::Org),
                ("Velkop Mining Co", EntityKind::Org),
                ("Orvo Airbus", EntityKind::Org),
            ],
        );
        join_possessive_names(&lang.tag, &kinds, text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Tarsia Teachers' Pension Plan", EntityKind::Org),
            // Another name after the apostrophe: the owner's.
            ("Orvo Mines", EntityKind::Org),
            ("Velkop Mining Co", EntityKind::Org),
            // No plural: a possessor.
            ("Orvo Airbus", EntityKind::Org),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }

    #[test]
    fn a_possessive_before_of_holds_the_name_together() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let text = "Investors in Tarnby's of Zürich sued Merrow's of Kelby. \
                    Orvo's offer for Velmar was higher. Velmar's of Tarsia is Velmar's unit.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Tarnby", EntityKind::Person),
                ("Zürich", EntityKind::Loc),
                // The tagger may read the possessive into the name.
                ("Merrow's", EntityKind::Org),
                ("Kelby", EntityKind::Loc),
                ("Orvo", EntityKind::Org),
                ("Velmar", EntityKind::Org),
                ("Velmar", EntityKind::Org),
                ("Tarsia", EntityKind::Loc),
                ("Velmar", EntityKind::Org),
            ],
        );
        join_possessive_names(&lang.tag, &kinds, text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Tarnby's of Zürich", EntityKind::Org),
            ("Merrow's of Kelby", EntityKind::Org),
            // A possessive before a noun is the owner's.
            ("Orvo", EntityKind::Org),
            ("Velmar", EntityKind::Org),
            // Written elsewhere with its possessive alone: kept apart.
            ("Velmar", EntityKind::Org),
            ("Tarsia", EntityKind::Loc),
            ("Velmar", EntityKind::Org),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }
}
