//! Restated entities: a figure stated twice is one MONEY entity. The
//! figures stage keeps one statement of a figure as its money fact and
//! lists the others among the fact's `repeats` ("€90m" in the headline,
//! "€90 million" in the body); value entities, grouped by text alone, still
//! hold the two statements apart. Here each repeated statement moves into
//! the entity of the kept one, named in the kept statement's words, and an
//! entity left with no mention goes, every reference to the entities after
//! it renumbered. Only statements the figures stage joined are joined: the
//! same words stated for another deal keep their own entity. Run last.

use crate::lang::lowercase;
use crate::model::correction::remove_entity;
use crate::model::{Analysis, Entity, EntityKind, Mention};

/// Moves every repeated statement of a money fact into the MONEY entity of
/// its kept statement (see the module's note).
pub(super) fn join_restated_figures(a: &mut Analysis) {
    let text = a.document.text.as_str();
    let (mentions, entities) = (&mut a.mentions, &mut a.entities);
    let mut touched: Vec<usize> = Vec::new();
    for f in &a.money {
        let Some(keep) = money_entity(mentions, entities, f.mention) else {
            continue;
        };
        let mut joined = false;
        for &r in &f.repeats {
            let Some(from) = money_entity(mentions, entities, r) else {
                continue;
            };
            if from == keep {
                continue;
            }
            entities[from].mentions.retain(|&m| m != r);
            entities[from].links.retain(|l| l.mention != r);
            entities[keep].mentions.push(r);
            mentions[r].entity = Some(keep);
            touched.push(from);
            joined = true;
        }
        if joined {
            let e = &mut entities[keep];
            e.mentions.sort_unstable();
            e.mentions.dedup();
            e.name = mentions[f.mention].span.slice(text).to_owned();
            touched.push(keep);
        }
    }
    for &e in &touched {
        entities[e].aliases = surfaces(text, mentions, &entities[e].mentions);
    }
    // The MONEY entities left with no mention go, from the last, every
    // reference to the entities after them renumbered.
    touched.sort_unstable();
    touched.dedup();
    for &e in touched.iter().rev() {
        if a.entities[e].mentions.is_empty() {
            remove_entity(a, e);
        }
    }
}

/// The MONEY entity of mention `m`, when it has one.
fn money_entity(mentions: &[Mention], entities: &[Entity], m: usize) -> Option<usize> {
    let mention = mentions.get(m)?;
    let e = mention.entity?;
    (mention.kind == EntityKind::Money && entities.get(e)?.kind == EntityKind::Money).then_some(e)
}

/// The distinct wordings (ignoring case) of `of`, in text order.
fn surfaces(text: &str, mentions: &[Mention], of: &[usize]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in of.iter().filter_map(|&m| mentions.get(m)) {
        let s = m.span.slice(text);
        let key = lowercase(s);
        if !out.iter().any(|o| lowercase(o) == key) {
            out.push(s.to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::model::{Analysis, EntityKind};
    use crate::pipeline::tests::analysis;

    /// `(name, mention texts)` of each MONEY entity of `a`.
    fn money_entities(a: &Analysis) -> Vec<(String, Vec<String>)> {
        a.entities
            .iter()
            .filter(|e| e.kind == EntityKind::Money)
            .map(|e| {
                let texts = e.mentions.iter().map(|&m| a.mention_text(m).to_owned());
                (e.name.clone(), texts.collect())
            })
            .collect()
    }

    /// Every mention's entity lists it, and every entity's mention points
    /// back at it; every party and relation end is an entity.
    fn consistent(a: &Analysis) {
        for (i, e) in a.entities.iter().enumerate() {
            assert!(!e.mentions.is_empty(), "{} has no mention", e.name);
            for &m in &e.mentions {
                assert_eq!(a.mentions[m].entity, Some(i), "{}", e.name);
            }
        }
        for (i, m) in a.mentions.iter().enumerate() {
            if let Some(e) = m.entity {
                assert!(a.entities[e].mentions.contains(&i));
            }
        }
        for r in &a.relations {
            assert!(r.source < a.entities.len() && r.target < a.entities.len());
        }
        for f in &a.money {
            for p in [f.investor, f.recipient].into_iter().flatten() {
                assert!(p < a.entities.len());
            }
        }
    }

    #[test]
    fn a_headline_figure_restated_in_the_body_is_one_entity() {
        let a = analysis(
            "Quarrow Ltd to build €90m plant in Zürich\n\
             Quarrow Ltd said on Tuesday it would spend €90 million on a plant in Zürich. \
             The plant will employ 200 people.\n",
        );
        consistent(&a);
        let got = money_entities(&a);
        assert_eq!(
            got,
            vec![(
                "€90 million".to_owned(),
                vec!["€90m".to_owned(), "€90 million".to_owned()]
            )]
        );
        let e = a.entities.iter().position(|e| e.kind == EntityKind::Money);
        assert_eq!(a.money.len(), 1);
        let f = &a.money[0];
        assert_eq!(a.mentions[f.mention].entity, e);
        assert_eq!(a.mentions[f.repeats[0]].entity, e);
        let aliases = &a.entities[e.unwrap_or_default()].aliases;
        assert_eq!(aliases, &["€90m", "€90 million"]);
    }

    #[test]
    fn parties_after_the_removed_entity_are_renumbered() {
        let a = analysis(
            "Keltic Airways buys HK$ 43 mln stake in Tessmoor Mill\n\
             Keltic Airways said on Monday it paid HK$ 43 million for a stake in Tessmoor Mill, \
             a maker of paper in Zürich.\n",
        );
        consistent(&a);
        let got = money_entities(&a);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.len(), 2, "{got:?}");
        let f = &a.money[0];
        let name = |e: Option<usize>| e.map(|e| a.entities[e].name.as_str());
        assert_eq!(name(f.investor), Some("Keltic Airways"));
        assert_eq!(name(f.recipient), Some("Tessmoor Mill"));
    }

    #[test]
    fn the_same_amount_for_two_deals_stays_two_entities() {
        let a = analysis(
            "Quarrow Ltd paid €90 million for Brightwater Mill. \
             Tessmoor Bank later paid €90 million for Keltic Foods.",
        );
        consistent(&a);
        assert_eq!(a.money.len(), 2, "{:?}", a.money);
        let got = money_entities(&a);
        // One wording: one entity of two statements, as before; never
        // joined with another wording.
        assert_eq!(got.len(), 1, "{got:?}");
        let b = analysis(
            "Quarrow Ltd paid €90 million for Brightwater Mill. \
             Tessmoor Bank later paid €90m for Keltic Foods.",
        );
        consistent(&b);
        assert_eq!(b.money.len(), 2, "{:?}", b.money);
        assert_eq!(money_entities(&b).len(), 2);
    }
}
