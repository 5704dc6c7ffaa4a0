//! Pronoun references added to resolved entities as nominal mentions.

use crate::model::{AliasLink, AliasRule, Entity, Mention, Provenance, Span};

/// Adds pronoun references (`(span, entity)`, in text order, none inside a
/// mention) as nominal mentions of their entities, each linked by the rule
/// `"pronoun"`. `mentions` stays in text order and every index into it
/// (entity mentions and links) keeps pointing at the same mention.
pub fn add_pronoun_mentions(
    mentions: &mut Vec<Mention>,
    entities: &mut [Entity],
    refs: &[(Span, usize)],
) {
    add_reference_mentions(mentions, entities, refs, AliasRule::Pronoun);
}

/// Adds references (`(span, entity)`, in text order, none inside a
/// mention) as nominal mentions of their entities, each linked by `rule`,
/// keeping `mentions` in text order and every index into it valid.
pub fn add_reference_mentions(
    mentions: &mut Vec<Mention>,
    entities: &mut [Entity],
    refs: &[(Span, usize)],
    rule: AliasRule,
) {
    let refs: Vec<(Span, usize)> = refs
        .iter()
        .copied()
        .filter(|&(_, e)| e < entities.len())
        .collect();
    if refs.is_empty() {
        return;
    }
    let old = std::mem::take(mentions);
    mentions.reserve(old.len() + refs.len());
    let mut remap = Vec::with_capacity(old.len());
    let mut added = Vec::with_capacity(refs.len());
    let mut pending = refs.iter().peekable();
    let pronoun = |span: Span, entity: usize, entities: &[Entity]| Mention {
        entity: Some(entity),
        nominal: true,
        ..Mention::new(span, entities[entity].kind, Provenance::Rule, 0.6)
    };
    for m in old {
        while let Some(&&(span, e)) = pending.peek()
            && span.start < m.span.start
        {
            added.push((mentions.len(), e));
            mentions.push(pronoun(span, e, entities));
            pending.next();
        }
        remap.push(mentions.len());
        mentions.push(m);
    }
    for &(span, e) in pending {
        added.push((mentions.len(), e));
        mentions.push(pronoun(span, e, entities));
    }
    for entity in entities.iter_mut() {
        for m in &mut entity.mentions {
            *m = remap[*m];
        }
        for link in &mut entity.links {
            link.mention = remap[link.mention];
        }
    }
    for (m, e) in added {
        entities[e].mentions.push(m);
        entities[e].links.push(AliasLink {
            mention: m,
            rule: rule.label().to_owned(),
        });
    }
    for entity in entities.iter_mut() {
        entity.mentions.sort_unstable();
    }
}
