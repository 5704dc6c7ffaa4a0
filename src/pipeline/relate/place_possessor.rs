//! A place in the possessive before a company ("a partnership with Chile's
//! largest insurer", "sold to Chile's Quellmark") names where that company
//! is, not a party: the deal is the company's.

use crate::model::{EntityKind, RelationKind};

use super::context::Context;
use super::item::{Found, Item};

/// Lower-case words a possessed company's phrase may have before its head
/// noun or its name ("second-largest", "state-owned development").
const MOST_WORDS: usize = 5;

/// True when `f` has a place for an end that the sentence `view` names
/// only as the possessor of a company — a company name or a company noun
/// ("bank", "carmaker") after "'s", or a public body's ("ministry": the
/// GUIDE's bodies are organisations) — and the other end is not that company
/// ("Ruritania's state-owned bank Quellmark": the state may own it).
/// `located_in` is never dropped (it is where the company is), nor a place
/// named plainly elsewhere in the sentence, nor a place's government
/// ("Ruritania's government"): that is the place acting.
pub(super) fn only_possessor(ctx: &Context<'_>, view: &[Item], f: &Found) -> bool {
    if f.kind == RelationKind::LocatedIn {
        return false;
    }
    [(f.source, f.target), (f.target, f.source)]
        .into_iter()
        .any(|(place, other)| {
            ctx.kinds.get(place) == Some(&EntityKind::Loc)
                && possessor_of_other(ctx, view, place, other)
        })
}

/// True when every reference to `place` in `view` is a possessive before a
/// company that is not `other`, and there is at least one.
fn possessor_of_other(ctx: &Context<'_>, view: &[Item], place: usize, other: usize) -> bool {
    let mut seen = false;
    for (i, item) in view.iter().enumerate() {
        let Item::Ent {
            entity,
            possessive,
            pronoun,
            ..
        } = item
        else {
            continue;
        };
        if *entity != place {
            continue;
        }
        if !*possessive || *pronoun {
            return false;
        }
        match possessed(ctx, &view[i + 1..]) {
            Some(owned) if owned != Some(other) => seen = true,
            _ => return false,
        }
    }
    seen
}

/// What the words after a possessive place name: `Some(Some(e))` a
/// company `e` (a name, or a description the resolver linked), `Some(None)`
/// a company noun phrase with no name, `None` anything else (a post, the
/// place's government, a product).
fn possessed(ctx: &Context<'_>, after: &[Item]) -> Option<Option<usize>> {
    let company = |w: &str| {
        !ctx.lang.resolve.government_nouns.contains(w)
            && (ctx.lang.rules.nominal_heads.contains(w)
                || ctx.lang.kinds.org_nouns_before.contains(w)
                || ctx.lang.resolve.public_heads.contains(w))
    };
    // Whether the last lower-case word read is a company noun.
    let mut head = false;
    for (n, item) in after.iter().enumerate() {
        match item {
            // "R's Q", "R's biggest bank Q": the name is the company.
            Item::Ent { entity, .. } => {
                let org = ctx.kinds.get(*entity) == Some(&EntityKind::Org);
                return if org {
                    Some(Some(*entity))
                } else {
                    head.then_some(None)
                };
            }
            Item::Word { word, .. } if n < MOST_WORDS && is_lower_word(word) => {
                head = company(word);
            }
            // "R's biggest bank -- Q --", "R's bank, Q": the name set off after it.
            Item::Word { word, .. } if head && matches!(&**word, "," | "--" | "-" | "(") => {
                return Some(name_after(ctx, &after[n + 1..]));
            }
            _ => return head.then_some(None),
        }
    }
    head.then_some(None)
}

/// The organisation named first in `rest`, when it comes before any other
/// word.
fn name_after(ctx: &Context<'_>, rest: &[Item]) -> Option<usize> {
    match rest.first() {
        Some(Item::Ent { entity, .. })
            if matches!(ctx.kinds.get(*entity), Some(EntityKind::Org)) =>
        {
            Some(*entity)
        }
        _ => None,
    }
}

/// A lower-case word, hyphens allowed ("state-owned"), no digits.
fn is_lower_word(word: &str) -> bool {
    !word.is_empty()
        && word.chars().all(|c| c.is_lowercase() || c == '-')
        && word.chars().any(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::relations;

    /// The relations of `text` with `place` for an end, but `located_in`.
    fn with_place(text: &str, place: &str) -> Vec<(String, RelationKind, String)> {
        relations(text)
            .into_iter()
            .filter(|(s, k, t, _)| *k != LocatedIn && (s == place || t == place))
            .map(|(s, k, t, _)| (s, k, t))
            .collect()
    }

    #[test]
    fn a_place_that_owns_the_company_after_it_is_no_party() {
        for (text, place) in [
            (
                "Keltic Inc. and Nordvik Ltd. will sign a partnership with Chile's second-largest insurer, Quellmark Seguros SA, this year.",
                "Chile",
            ),
            (
                "Keltic Inc. will form a partnership with Norway's largest bank next year.",
                "Norway",
            ),
            (
                "British dog-food maker Keltic Inc. sold to France's Quellmark for £740 million.",
                "France",
            ),
            (
                "Polish radar maker Nordvik wins a 900-unit order from Iceland's weather agency.",
                "Iceland",
            ),
            // A public body of the place is the client, not the place.
            (
                "Keltic Inc. won a contract from Norway's defence ministry.",
                "Norway",
            ),
            // The owner of a company named after the noun owns that
            // company, not the one the sentence is about.
            (
                "Keltic Inc. belongs to Austria's state-owned development bank Nordvik Capital, which holds 25%.",
                "Austria",
            ),
        ] {
            assert_eq!(with_place(text, place), vec![], "in {text:?}");
        }
    }

    #[test]
    fn a_place_acting_or_named_plainly_stays_a_party() {
        for (text, place, want) in [
            // Named plainly once in the sentence: the place acts.
            (
                "Norway lent Keltic Inc. $50 million, Norway's finance ministry said.",
                "Norway",
                vec![("Norway", LendsTo, "Keltic Inc.")],
            ),
            (
                "The state of Ohio has lent Keltic Inc. $40 million, Ohio's governor said.",
                "Ohio",
                vec![("Ohio", LendsTo, "Keltic Inc.")],
            ),
        ] {
            let want: Vec<(String, RelationKind, String)> = want
                .into_iter()
                .map(|(s, k, t)| (s.to_owned(), k, t.to_owned()))
                .collect();
            assert_eq!(with_place(text, place), want, "in {text:?}");
        }
    }
}
