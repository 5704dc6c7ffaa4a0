//! A competitor named in the complement of a verb of competing, past the
//! other phrases of its clause: "S competes for tradespeople in the
//! Goldfields with larger miners such as A and B", "S competes in fish
//! feed with A and B", "S competes for milk with the larger A and B".

use crate::model::{EntityKind, RelationKind};
use crate::pipeline::word_shape::is_describing_word;

use super::super::clause::names_listed;
use super::super::item::{Finds, Item};
use super::super::pattern::At;

/// How many items after the verb its "with" may stand.
const REACH: usize = 10;

/// How many words may stand between "with" and the names: an article and
/// describing words ("the larger"), or a class noun and its examples'
/// link ("larger miners such as").
const LEAD: usize = 5;

/// Adds `s` competing with the organisations the "with" or "against"
/// phrase of the verb of competing at `at.i` lists
/// (`relate/partners/rival_verbs.txt`, `rival_with.txt`),
/// past phrases of place, field or prize ("for tradespeople in the
/// Goldfields"); before it no comma, conjunction, relative pronoun nor
/// name of a party may stand (another clause, another object), and
/// between it and the names only plain words: an article, describing
/// words, a class noun and "such as" / "including". True when any was
/// added.
pub(super) fn rivals_in_complement(at: &At<'_, '_>, s: usize, out: &mut Finds) -> bool {
    let (items, i) = (at.items, at.i);
    let lang = at.ctx.lang;
    let words = &lang.relate.partners;
    let clause = &lang.relate.clause;
    if !words.rival_verbs.contains(at.word()) {
        return false;
    }
    let end = (i + 1 + REACH).min(items.len());
    let mut with = None;
    for (k, item) in items.iter().enumerate().take(end).skip(i + 1) {
        match item {
            Item::Word { word, .. } if words.rival_with.contains(word) => {
                with = Some(k);
                break;
            }
            Item::Word { word, .. }
                if !word.chars().any(char::is_alphanumeric)
                    || clause.relative_pronouns.contains(word)
                    || clause.list_conjunctions.contains(word) =>
            {
                return false;
            }
            // "in the Goldfields": a place may stand in a phrase before.
            Item::Ent { entity, .. } if at.kind(*entity) != EntityKind::Loc => return false,
            Item::Word { .. } | Item::Ent { .. } | Item::Date { .. } => {}
            _ => return false,
        }
    }
    let Some(w) = with else {
        return false;
    };
    // Past the lead: plain lower-case words, no preposition but the
    // examples' link.
    let mut j = w + 1;
    while j < (w + 1 + LEAD).min(items.len()) {
        let Item::Word { word, .. } = &items[j] else {
            break;
        };
        let example = words.rival_examples.contains(word);
        if !example
            && (!is_describing_word(word)
                || !word.chars().any(char::is_alphabetic)
                || lang.resolve.prepositions.contains(word)
                || clause.list_conjunctions.contains(word)
                || clause.relative_pronouns.contains(word))
        {
            break;
        }
        j += 1;
    }
    // "with A, B's budget arm, and with C": a possessive name ends the
    // list, a member may open on "with" again.
    let determiners = &lang.resolve.determiners;
    let list: Vec<usize> = names_listed(clause, items, j, 2, |it| {
        words.rival_with.contains(it.word()) || determiners.contains(it.word())
    })
    .into_iter()
    .filter_map(|k| items[k].entity())
    .collect();
    if list.contains(&s) {
        return false;
    }
    let mut added = false;
    for t in list.into_iter().filter(|&t| at.is_org(t)) {
        out.add(RelationKind::CompetitorOf, s, t, at.span(i), None, 0.7);
        added = true;
    }
    added
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn the_with_phrase_past_other_phrases_and_its_examples() {
        check(
            &[CompetitorOf],
            &[
                (
                    "Dunmore Pies Ltd competes for shoppers in the north with larger grocers such as Brenmoor Group and Castlegate Stores.",
                    &[
                        ("Dunmore Pies Ltd", CompetitorOf, "Brenmoor Group"),
                        ("Dunmore Pies Ltd", CompetitorOf, "Castlegate Stores"),
                    ],
                ),
                // Another clause's "with" is no complement of the verb.
                (
                    "Dunmore Pies Ltd competes for shoppers, and Brenmoor Group works with Castlegate Stores.",
                    &[],
                ),
            ],
        );
    }
}
