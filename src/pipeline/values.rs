//! Value entities: MONEY, DATE, PERCENT and TITLE mentions grouped by text.
//!
//! Takes the resolved mentions and entities; gives every value mention an
//! entity of its own text, so that it can be selected and inspected.

use crate::lang::lowercase;
use crate::model::{Entity, EntityKind, Mention};

/// Groups MONEY, DATE, PERCENT and TITLE mentions into entities by their
/// text, so that every mention can be selected and inspected.
pub fn value_entities(text: &str, mentions: &mut [Mention], entities: &mut Vec<Entity>) {
    let mut by_text: Vec<(EntityKind, String, usize)> = Vec::new();
    for (i, m) in mentions.iter_mut().enumerate() {
        if m.kind.is_name() || m.entity.is_some() {
            continue;
        }
        let surface = m.span.slice(text).to_owned();
        let key = (m.kind, lowercase(&surface));
        let e = match by_text
            .iter()
            .find(|(k, s, _)| (*k, s.as_str()) == (key.0, key.1.as_str()))
        {
            Some(&(_, _, e)) => e,
            None => {
                entities.push(Entity {
                    kind: m.kind,
                    name: surface.clone(),
                    aliases: vec![surface],
                    mentions: Vec::new(),
                    links: Vec::new(),
                });
                by_text.push((key.0, key.1, entities.len() - 1));
                entities.len() - 1
            }
        };
        m.entity = Some(e);
        entities[e].mentions.push(i);
    }
}
