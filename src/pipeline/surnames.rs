//! Surnames said alone: once an article has named a person in full ("Dana
//! Fielding"), news calls them by the surname ("Fielding said"). The tagger
//! finds most of these, but misses surnames that are also common words
//! ("Cook", "Banks", "Price", "Gates") in a context that reads like the word.
//! This gives name propagation each full name's surname to look for, when
//! the surname is safe to read as that person alone.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::lang::WordList;
use crate::model::EntityKind;

use super::candidate::Candidate;

/// The shortest surname read alone ("Li" and "Ng" are too easily a
/// fragment of something else).
const MIN_LEN: usize = 3;

/// A person's name without the honorific that opens it ("Tarn" of "Mr
/// Tarn"), so the surname said alone and the full name ("Jo Tarn") join
/// it; the mention keeps its honorific.
pub fn without_honorific<'t>(honorifics: &WordList, name: &'t str) -> &'t str {
    match name.split_once(' ') {
        Some((first, rest))
            if honorifics.contains_lowercase(first) && rest.starts_with(char::is_uppercase) =>
        {
            rest
        }
        _ => name,
    }
}

/// The surnames of the article's full person names, each with the
/// confidence of the name it comes from: the last word of a name of two or
/// more words, capitalised and otherwise lower-case ("Jr." and "III" are no
/// surnames), that no other name of the article contains as a word ("Ford"
/// of "Ford Motor" stays the company's) and no two people share.
pub fn surnames(text: &str, candidates: &[Candidate]) -> Vec<(String, f32)> {
    let names = candidates
        .iter()
        .filter(|c| c.mention.kind.is_name() && !c.mention.nominal);
    let mut found: Vec<(&str, &str, f32)> = Vec::new();
    // Where each surname stands in `found`; those two people share.
    let mut at: FxHashMap<&str, usize> = FxHashMap::default();
    let mut shared: FxHashSet<&str> = FxHashSet::default();
    for c in names
        .clone()
        .filter(|c| c.mention.kind == EntityKind::Person)
    {
        let name = c.mention.span.slice(text);
        let mut words = name.split_whitespace();
        let Some(last) = words.next_back() else {
            continue;
        };
        if words.next().is_none() || !is_surname(last) {
            continue;
        }
        match at.get(last).map(|&k| found[k].1) {
            Some(full) if full != name => {
                shared.insert(last);
            }
            Some(_) => {}
            None => {
                at.insert(last, found.len());
                found.push((last, name, c.mention.confidence));
            }
        }
    }
    // The words of the other names, gathered once.
    let other_words: FxHashSet<&str> = names
        .filter(|c| c.mention.kind != EntityKind::Person)
        .flat_map(|c| {
            c.mention
                .span
                .slice(text)
                .split(|ch: char| !ch.is_alphanumeric())
        })
        .collect();
    found
        .into_iter()
        .filter(|(s, _, _)| !shared.contains(s) && !other_words.contains(s))
        .map(|(s, _, conf)| (s.to_owned(), conf))
        .collect()
}

/// A word shaped like a surname: a capital, then lower-case letters (an
/// apostrophe or hyphen inside: "O'Hara", "Smith-Jones").
fn is_surname(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= MIN_LEN
        && chars.clone().any(char::is_lowercase)
        && chars.all(|ch| ch.is_lowercase() || ch == '\'' || ch == '-' || ch.is_uppercase())
        && !word.ends_with(['\'', '-'])
        && word.chars().filter(|ch| ch.is_uppercase()).count() <= 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mention, Provenance, Span};

    fn cand(text: &str, part: &str, kind: EntityKind) -> Candidate {
        let start = text.find(part).expect("part in text");
        Candidate {
            mention: Mention::new(
                Span::new(start, start + part.len()),
                kind,
                Provenance::Model,
                0.8,
            ),
            head: None,
        }
    }

    fn names(text: &str, parts: &[(&str, EntityKind)]) -> Vec<String> {
        let cands: Vec<Candidate> = parts.iter().map(|(p, k)| cand(text, p, *k)).collect();
        surnames(text, &cands).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn a_full_name_gives_its_surname() {
        let text = "Dana Banks joined Orvane Labs. Banks said sales rose.";
        assert_eq!(
            names(
                text,
                &[
                    ("Dana Banks", EntityKind::Person),
                    ("Orvane Labs", EntityKind::Org)
                ]
            ),
            ["Banks"]
        );
    }

    #[test]
    fn surnames_another_name_uses_or_two_people_share_stay_unread() {
        // "Price" is part of the company's name.
        let text = "Lena Price runs Price Holdings.";
        assert!(
            names(
                text,
                &[
                    ("Lena Price", EntityKind::Person),
                    ("Price Holdings", EntityKind::Org)
                ]
            )
            .is_empty()
        );
        // Two people called Gates: "Gates" alone is neither.
        let text = "Omar Gates met Ruth Gates.";
        assert!(
            names(
                text,
                &[
                    ("Omar Gates", EntityKind::Person),
                    ("Ruth Gates", EntityKind::Person)
                ]
            )
            .is_empty()
        );
        // Suffixes and one-word names give nothing.
        let text = "Carl Weston Jr. met Madonna.";
        assert!(
            names(
                text,
                &[
                    ("Carl Weston Jr.", EntityKind::Person),
                    ("Madonna", EntityKind::Person)
                ]
            )
            .is_empty()
        );
    }

    #[test]
    fn an_honorific_is_no_part_of_the_name() {
        let a = crate::pipeline::tests::analysis(
            "Prime Minister Jo Tarnby and the industry minister announced the plan.\n\
             According to Mr Tarnby, the money will secure jobs.\n\
             Mr Tarnby said that the plant will stay open. Tarnby smiled.\n",
        );
        let people: Vec<(&str, usize)> = a
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        assert_eq!(people, vec![("Jo Tarnby", 4)]);
    }
}
