//! Nationality and group words, and government bodies.
//!
//! A name whose whole text is a demonym or a group word ("Russian",
//! "Europeans", "North American", "Franco-German", "Kremlin-owned") is a
//! NATIONALITY, whatever the tagger called it: never an organisation, a
//! place or a relation end. A place or nationality word followed by a
//! government noun ("the Canadian government", "the US air force"), a
//! government noun before "of" and a place ("the government of Canada"), a
//! leader's name before "administration", and a name headed by an
//! institution word ("Ministry of Defence", "Federal Reserve") are
//! organisations.
//!
//! Takes the tagging stage's candidates; gives them back retyped, government
//! bodies widened to their whole phrase. [`Groups`] holds the lists, built
//! once per pipeline.

use rustc_hash::FxHashSet;

use crate::lang::{KindWords, WordList};
use crate::model::{EntityKind, Provenance, Span};

use super::candidate::Candidate;

/// The lists of nationality words and government phrases.
#[derive(Debug, Clone)]
pub struct Groups {
    /// Demonyms (gazetteer) and group words, as written.
    nationalities: FxHashSet<String>,
    combining: WordList,
    suffixes: WordList,
    seats: WordList,
    heads: WordList,
    modifiers: WordList,
    leader_heads: WordList,
    body_words: WordList,
    org_words: WordList,
    /// Words of a nation's government alone ("government", "authorities").
    national: WordList,
    of: String,
}

/// A word of running text: letters, digits, hyphens, apostrophes inside.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '.'
}

/// The word that starts after the spaces at `pos`, as a span.
fn next_word(text: &str, pos: usize) -> Option<Span> {
    let rest = &text[pos..];
    let skip = rest.len() - rest.trim_start_matches(' ').len();
    if skip == 0 {
        return None;
    }
    let start = pos + skip;
    let len = text[start..]
        .find(|c: char| !is_word_char(c))
        .unwrap_or(text.len() - start);
    // A full stop ends a sentence, it is no part of the word.
    let word = text[start..start + len].trim_end_matches('.');
    (!word.is_empty()).then(|| Span::new(start, start + word.len()))
}

/// The word that ends before the spaces before `pos`, as a span.
fn prev_word(text: &str, pos: usize) -> Option<Span> {
    let before = &text[..pos];
    let trimmed = before.trim_end_matches(' ');
    if trimmed.len() == before.len() {
        return None;
    }
    let end = trimmed.len();
    let start = trimmed.rfind(|c: char| !is_word_char(c)).map_or(0, |i| {
        i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
    });
    (start < end).then(|| Span::new(start, end))
}

impl Groups {
    /// The lists of `words`, with the demonym gazetteer `demonyms` (one per line).
    pub fn new(words: &KindWords, demonyms: &str) -> Self {
        let nationalities = demonyms
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .chain(words.nationality_groups.iter())
            .map(str::to_owned)
            .collect();
        Self {
            nationalities,
            combining: words.combining_forms.clone(),
            suffixes: words.group_suffixes.clone(),
            seats: words.government_seats.clone(),
            heads: words.government_heads.clone(),
            modifiers: words.government_modifiers.clone(),
            leader_heads: words.leader_heads.clone(),
            body_words: words.body_words.clone(),
            org_words: words.org_words.clone(),
            national: words.national_government.clone(),
            of: words.of.clone(),
        }
    }

    /// True when `name` (as written) is a nationality or group word, a
    /// hyphenated compound of them ("Sino-American", "US-Russian"), or a
    /// group adjective of a nation or government ("Kremlin-owned").
    pub fn is_nationality(&self, name: &str, is_place: &dyn Fn(&str) -> bool) -> bool {
        if self.nationalities.contains(name) {
            return true;
        }
        // A people named in the plural where the lists write only the
        // singular ("South Africans"), unless the plural is a place's name
        // ("Philippines").
        if let Some(singular) = name.strip_suffix('s')
            && self.nationalities.contains(singular)
            && !is_place(name)
        {
            return true;
        }
        if let Some(stem) = self.suffixes.iter().find_map(|s| name.strip_suffix(s)) {
            return !stem.is_empty()
                && (self.seats.contains(stem)
                    || self.nationalities.contains(stem)
                    || is_place(stem));
        }
        // A compound has a hyphen: no other name is split and gathered.
        if !name.contains('-') {
            return false;
        }
        let parts: Vec<&str> = name.split('-').collect();
        parts.len() >= 2
            && parts.iter().all(|p| {
                self.nationalities.contains(*p) || self.combining.contains(p) || is_place(p)
            })
            && parts
                .iter()
                .any(|p| self.nationalities.contains(*p) || self.combining.contains(p))
    }

    /// The end of a government noun phrase that starts right after `end`
    /// ("… state government", "… air force"), if one does.
    fn government_after(&self, text: &str, end: usize, heads: &WordList) -> Option<usize> {
        let mut pos = end;
        loop {
            let w = next_word(text, pos)?;
            let word = w.slice(text);
            // Two-word heads first: "air force".
            if let Some(w2) = next_word(text, w.end) {
                // The two words as the text has them when one space parts
                // them (nearly always), else joined by one.
                let joined;
                let pair = if w2.start == w.end + 1 {
                    &text[w.start..w2.end]
                } else {
                    joined = format!("{word} {}", w2.slice(text));
                    joined.as_str()
                };
                if heads.contains(pair) {
                    return Some(w2.end);
                }
            }
            if heads.contains(word) {
                return Some(w.end);
            }
            if !self.modifiers.contains(word) {
                return None;
            }
            pos = w.end;
        }
    }

    /// True when a government noun phrase starts right after `end`
    /// ("… state government").
    pub(super) fn government_follows(&self, text: &str, end: usize) -> bool {
        self.government_after(text, end, &self.heads).is_some()
    }

    /// The end of a run of capitalised company words ("Air", "Airlines",
    /// "Motors", "Bank") that starts right after `end`, if one does.
    fn org_words_after(&self, text: &str, end: usize) -> Option<usize> {
        let mut last = None;
        let mut pos = end;
        while let Some(w) = next_word(text, pos).filter(|w| self.org_words.contains(w.slice(text)))
        {
            last = Some(w.end);
            pos = w.end;
        }
        last
    }

    /// The start of "[modifiers] government of" right before `start`, if it is there.
    fn government_before(&self, text: &str, start: usize) -> Option<usize> {
        let of = prev_word(text, start)?;
        if of.slice(text) != self.of {
            return None;
        }
        let head = prev_word(text, of.start)?;
        let mut begin = match prev_word(text, head.start) {
            Some(h1) if self.heads.contains(&text[h1.start..head.end]) => h1.start,
            _ if self.heads.contains(head.slice(text)) => head.start,
            _ => return None,
        };
        while let Some(m) =
            prev_word(text, begin).filter(|m| self.modifiers.contains(m.slice(text)))
        {
            begin = m.start;
        }
        Some(begin)
    }

    /// True when a name's first or last word is an institution word
    /// ("Ministry of Defence", "Federal Reserve").
    pub fn is_body(&self, name: &str) -> bool {
        let mut words = name.split_whitespace();
        let first = words.next().unwrap_or("");
        let last = words.next_back().unwrap_or("");
        self.body_words.contains(first) || self.body_words.contains(last)
    }

    /// Retypes the names among `candidates` (sorted by start): nationality
    /// and group words become NATIONALITY; government phrases around a place,
    /// a nationality word or a leader's name become one ORG; names headed by
    /// an institution word become ORG. `is_place` says whether a name is
    /// listed as a place. Returns how many candidates changed.
    pub fn retype(
        &self,
        text: &str,
        candidates: &mut [Candidate],
        is_place: &dyn Fn(&str) -> bool,
    ) -> usize {
        let mut changed = 0;
        for i in 0..candidates.len() {
            let m = &candidates[i].mention;
            if !m.kind.is_name() || m.nominal {
                continue;
            }
            let name = m.span.slice(text);
            let (kind, span) = (m.kind, m.span);
            // "Hong Kong", "Singapore": a place whose people share its name
            // is the place.
            if self.nationalities.contains(name) && is_place(name) {
                let m = &mut candidates[i].mention;
                if m.kind != EntityKind::Loc {
                    m.kind = EntityKind::Loc;
                    changed += 1;
                }
            } else if self.is_nationality(name, is_place) {
                let m = &mut candidates[i].mention;
                if m.kind != EntityKind::Nationality {
                    m.kind = EntityKind::Nationality;
                    m.source = Provenance::Gazetteer;
                    changed += 1;
                }
            } else if kind != EntityKind::Org
                && kind != EntityKind::Nationality
                && self.is_body(name)
                && !is_place(name)
            {
                candidates[i].mention.kind = EntityKind::Org;
                changed += 1;
            }
            // Government bodies: widen within the gap to the neighbours.
            let kind = candidates[i].mention.kind;
            let next_start = candidates
                .get(i + 1)
                .map_or(text.len(), |c| c.mention.span.start);
            let prev_end = i
                .checked_sub(1)
                .map_or(0, |p| candidates[p].mention.span.end);
            let heads = match kind {
                EntityKind::Loc | EntityKind::Nationality => &self.heads,
                EntityKind::Person => &self.leader_heads,
                _ => continue,
            };
            // "Ontaria's government": a place's possessive before a word of
            // its government ("Ontaria's army" may be a unit of it).
            let owner = ["'s", "’s"]
                .iter()
                .find(|p| kind == EntityKind::Loc && text[span.end..].starts_with(*p))
                .map_or(0, |p| p.len());
            let widened = if let Some(end) = self
                .government_after(text, span.end + owner, heads)
                .filter(|&e| e <= next_start)
                .filter(|&e| {
                    owner == 0
                        || text[..e]
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| self.national.contains(w))
                }) {
                Span::new(span.start, end)
            } else if let Some(start) = (kind == EntityKind::Loc)
                .then(|| self.government_before(text, span.start))
                .flatten()
                .filter(|&s| s >= prev_end)
            {
                Span::new(start, span.end)
            } else if let Some(end) = (kind == EntityKind::Nationality)
                .then(|| self.org_words_after(text, span.end))
                .flatten()
                .filter(|&e| e <= next_start)
            {
                // "Korean Air", "Finnish Airlines": a company named by its nation.
                Span::new(span.start, end)
            } else {
                continue;
            };
            let m = &mut candidates[i].mention;
            m.span = widened;
            m.kind = EntityKind::Org;
            m.source = Provenance::Rule;
            changed += 1;
        }
        changed
    }

    /// The place, nationality word or leader's name inside a government
    /// body this stage built ("US" of "US government", "Canada" of
    /// "government of Canada"), with its kind; `None` for any other name.
    /// Scorers whose gold marks a government as its country use it.
    pub fn government_part(
        &self,
        text: &str,
        span: Span,
        is_place: &dyn Fn(&str) -> bool,
    ) -> Option<(Span, EntityKind)> {
        let name = span.slice(text);
        let inner_kind = |s: &str| {
            if self.is_nationality(s, is_place) {
                EntityKind::Nationality
            } else {
                EntityKind::Loc
            }
        };
        let words: Vec<(usize, &str)> = name
            .split(' ')
            .scan(span.start, |at, w| {
                let s = *at;
                *at += w.len() + 1;
                Some((s, w))
            })
            .collect();
        // "[modifiers] government of Canada"
        let lead = words
            .iter()
            .take_while(|(_, w)| self.modifiers.contains(w) || self.heads.contains(w))
            .count();
        if lead > 0
            && words.get(lead).is_some_and(|(_, w)| *w == self.of)
            && let Some(&(start, _)) = words.get(lead + 1)
        {
            let part = Span::new(start, span.end);
            return Some((part, inner_kind(part.slice(text))));
        }
        // "Canadian [modifiers] government", "Obama administration"
        let mut cut = words.len();
        let last = words.last()?.1;
        // The last two words as the name has them: one space apart.
        let pair = words.len() >= 2
            && self
                .heads
                .contains(&text[words[words.len() - 2].0..span.end]);
        if pair {
            cut -= 2;
        } else if self.heads.contains(last) || self.leader_heads.contains(last) {
            cut -= 1;
        } else {
            return None;
        }
        while cut > 1 && self.modifiers.contains(words[cut - 1].1) {
            cut -= 1;
        }
        let end = words.get(cut)?.0.checked_sub(1)?;
        let part = Span::new(span.start, end);
        let inner = part.slice(text);
        let kind = if self.is_nationality(inner, is_place) || is_place(inner) {
            inner_kind(inner)
        } else if inner.starts_with(char::is_uppercase) && self.leader_heads.contains(last) {
            EntityKind::Person
        } else if inner.starts_with(char::is_uppercase) {
            EntityKind::Loc
        } else {
            return None;
        };
        Some((part, kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::tests::{candidates_in_order, named_kinds};

    fn groups() -> Groups {
        let lang = crate::lang::Language::english().expect("English loads");
        Groups::new(&lang.kinds, crate::ner::kind_lists().nationalities)
    }

    fn place(s: &str) -> bool {
        matches!(s, "Zembla" | "Ostravia" | "Ontaria" | "US" | "Singapore")
    }

    #[test]
    fn nationality_words_compounds_and_group_adjectives() {
        let g = groups();
        for yes in [
            "Russian",
            "Europeans",
            "North American",
            "Canadian",
            "Franco-German",
            "Sino-American",
            "US-Russian",
            "Kremlin-owned",
            "Zembla-backed",
            "Kurds",
            "Republicans",
            "Democratic",
            "Socialist",
            "Jewish",
            "Islamic",
            "Protestants",
            "South Africans",
            "Sri Lankans",
            "Arabic",
            "Western",
        ] {
            assert!(g.is_nationality(yes, &place), "{yes}");
        }
        for no in [
            "Russia",
            "Acme-owned",
            "Zembla",
            "Zembla-Ostravia",
            "Canadian Pacific",
            "Democratic Party",
            "Islamic Museum",
            "Western Union",
            "russian",
            "-owned",
        ] {
            assert!(!g.is_nationality(no, &place), "{no}");
        }
    }

    fn retyped(text: &str, names: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        let mut candidates = candidates_in_order(text, names);
        groups().retype(text, &mut candidates, &place);
        named_kinds(text, &candidates)
    }

    #[test]
    fn nationality_words_are_never_organisations_or_places() {
        use EntityKind::*;
        let got = retyped(
            "The Ostravian carrier Velmora Air, Kremlin-owned and praised by Europeans, met Zemblan buyers.",
            &[
                ("Velmora Air", Org),
                ("Kremlin-owned", Org),
                ("Europeans", Loc),
                ("Zemblan", Misc),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Velmora Air".into(), Org),
                ("Kremlin-owned".into(), Nationality),
                ("Europeans".into(), Nationality),
                ("Zemblan".into(), Misc),
            ]
        );
    }

    #[test]
    fn a_place_named_like_its_people_is_the_place() {
        use EntityKind::*;
        let got = retyped(
            "Ferries from Singapore docked at Zembla.",
            &[("Singapore", Nationality), ("Zembla", Loc)],
        );
        assert_eq!(got, vec![("Singapore".into(), Loc), ("Zembla".into(), Loc)]);
    }

    #[test]
    fn a_company_named_by_its_nation_is_an_organisation() {
        use EntityKind::*;
        let got = retyped(
            "Finnish Airlines and Canadian Air ordered jets, the Russian said, as the German air force watched.",
            &[
                ("Finnish", Misc),
                ("Canadian", Misc),
                ("Russian", Misc),
                ("German", Misc),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Finnish Airlines".into(), Org),
                ("Canadian Air".into(), Org),
                ("Russian".into(), Nationality),
                ("German air force".into(), Org),
            ]
        );
    }

    #[test]
    fn government_bodies_take_their_whole_phrase() {
        use EntityKind::*;
        let text = "The Canadian government, the US air force, the provincial government of \
                    Ontaria and the Halvorsen administration lent Brindle Motors €2 млн; \
                    the Ministry of Transport and the Federal Reserve agreed, and so did \
                    Zembla's government, Jo Halvorsen’s administration and Zembla's army.";
        let got = retyped(
            text,
            &[
                ("Canadian", Misc),
                ("US", Loc),
                ("Ontaria", Loc),
                ("Halvorsen", Person),
                ("Brindle Motors", Org),
                ("Ministry of Transport", Loc),
                ("Federal Reserve", Person),
                ("Zembla", Loc),
                ("Jo Halvorsen", Person),
                ("Zembla", Loc),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Canadian government".into(), Org),
                ("US air force".into(), Org),
                ("provincial government of Ontaria".into(), Org),
                ("Halvorsen administration".into(), Org),
                ("Brindle Motors".into(), Org),
                ("Ministry of Transport".into(), Org),
                ("Federal Reserve".into(), Org),
                ("Zembla's government".into(), Org),
                ("Jo Halvorsen".into(), Person),
                ("Zembla".into(), Loc),
            ]
        );
    }

    #[test]
    fn a_government_noun_that_is_another_name_is_left_alone() {
        use EntityKind::*;
        // "Zembla" is followed by a name, and "Canadian pride" is no government.
        let got = retyped(
            "Canadian pride grew as Zembla Army Surplus opened.",
            &[("Canadian", Misc), ("Zembla", Loc), ("Army Surplus", Org)],
        );
        assert_eq!(
            got,
            vec![
                ("Canadian".into(), Nationality),
                ("Zembla".into(), Loc),
                ("Army Surplus".into(), Org),
            ]
        );
    }

    #[test]
    fn government_part_finds_the_place_inside() {
        let g = groups();
        let part = |text: &str| {
            g.government_part(text, Span::new(0, text.len()), &place)
                .map(|(s, k)| (s.slice(text).to_owned(), k))
        };
        assert_eq!(
            part("Canadian state government"),
            Some(("Canadian".into(), EntityKind::Nationality))
        );
        assert_eq!(part("US air force"), Some(("US".into(), EntityKind::Loc)));
        assert_eq!(
            part("provincial government of Ontaria"),
            Some(("Ontaria".into(), EntityKind::Loc))
        );
        assert_eq!(
            part("Halvorsen administration"),
            Some(("Halvorsen".into(), EntityKind::Person))
        );
        assert_eq!(part("Brindle Motors"), None);
        assert_eq!(part("Ministry of Transport"), None);
    }
}
