//! The descriptions a text puts right before a name ("Finnish drone maker
//! Volantis"): which organisation each introduced, and the head nouns each
//! organisation was introduced with.

use crate::lang::words_back;
use crate::pipeline::word_shape::is_describing_word;
use rustc_hash::FxHashMap;

use crate::model::{Entity, EntityKind, Mention};

/// How many plain words before a name may describe it ("power grid
/// operator Tarvik").
const INTRODUCING_WORDS: usize = 3;

/// What the descriptions before names said.
pub(super) struct Introduced {
    /// Each description of two words or more ending at a name ("drone
    /// maker"), mapped to the one organisation it introduced and where it
    /// first did. A description two organisations share is left out.
    pub(super) by_words: FxHashMap<String, (usize, usize)>,
    /// Per entity, the head noun of each such description and where it
    /// stood ("pet-care group X" gives X "group").
    heads: Vec<Vec<(String, usize)>>,
}

impl Introduced {
    /// The one organisation `fits` accepts that the text introduced before
    /// `before` with the head noun `head`, when it introduced `other` only
    /// with other heads ("British dog-food maker B … French pet-care group
    /// V … The family-controlled group": V, not B).
    pub(super) fn agreeing(
        &self,
        head: &str,
        other: usize,
        before: usize,
        fits: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let heads_of = |e: usize| {
            self.heads
                .get(e)
                .into_iter()
                .flatten()
                .filter(move |(_, at)| *at < before)
        };
        if heads_of(other).next().is_none() || heads_of(other).any(|(h, _)| h == head) {
            return None;
        }
        let mut found = (0..self.heads.len())
            .filter(|&e| e != other && fits(e) && heads_of(e).any(|(h, _)| h == head));
        let e = found.next()?;
        found.next().is_none().then_some(e)
    }
}

/// The descriptions the text puts right before a name, in small letters
/// ("Finnish drone maker Volantis" gives "drone maker", head "maker").
pub(super) fn introduced(text: &str, mentions: &[Mention], entities: &[Entity]) -> Introduced {
    let mut out: FxHashMap<String, Option<(usize, usize)>> = FxHashMap::default();
    let mut heads = vec![Vec::new(); entities.len()];
    for m in mentions.iter().filter(|m| !m.nominal) {
        let Some(e) = m
            .entity
            .filter(|&e| matches!(entities[e].kind, EntityKind::Org | EntityKind::Misc))
        else {
            continue;
        };
        let words: Vec<&str> = words_back(&text[..m.span.start])
            .take(INTRODUCING_WORDS)
            .take_while(|w| is_describing_word(w) && w.chars().any(char::is_lowercase))
            .collect();
        // A name opening a line after a lower-case word of the line before
        // is no description's.
        if text[..m.span.start].ends_with('\n') {
            continue;
        }
        if words.len() >= 2 {
            heads[e].push((words[0].to_owned(), m.span.start));
        }
        for n in 2..=words.len() {
            let key = words[..n]
                .iter()
                .rev()
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            let slot = out.entry(key).or_insert(Some((e, m.span.start)));
            if slot.is_some_and(|(f, _)| f != e) {
                *slot = None;
            }
        }
    }
    Introduced {
        by_words: out.into_iter().filter_map(|(k, e)| Some((k, e?))).collect(),
        heads,
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::resolved;

    #[test]
    fn a_description_s_head_agrees_with_the_one_introduced_with_it() {
        // The maker is the subject before, yet "the group" is the one the
        // text introduced as a group.
        let text = "The Danish dairy maker Orvo Milk has been sold to the Dutch food group Keltic Foods for $90 million. \
                    Jon Hale founded Orvo Milk in 1990. \
                    \"Orvo Milk is what we wanted,\" Lena Vogt told reporters in Bergen, where Keltic Foods has its head office. \
                    The family-controlled group is paying with cash and a loan from Brask Bank.";
        assert_eq!(
            resolved(text, "The family-controlled group").as_deref(),
            Some("Keltic Foods")
        );
        // "the company" asks no agreement: any company may be one.
        let text = "Keltic Power Systems agreed to buy the Swedish storage group Brask Storage for $185 million. \
                    Keltic Power Systems will pay in cash. \
                    Brask Storage's 60 employees will join Keltic Power Systems, and the company will keep its office in Bergen.";
        assert_eq!(
            resolved(text, "the company").as_deref(),
            Some("Brask Storage")
        );
    }
}
