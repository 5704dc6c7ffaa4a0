//! Corrections to single mentions: delete a wrong one, add one the machine
//! missed (from a selection), split one off its entity.

use super::Correction;
use super::index::{
    mention_at_span, open_mention_slot, remove_entity, retain_indexed, shift, shift_many,
};
use crate::model::{AliasLink, Analysis, Entity, EntityKind, Mention, Provenance, Span};

/// The rule name recorded when the user linked a mention by hand.
const MANUAL_RULE: &str = "manual";

/// Characters a selection is trimmed of at its ends: spaces, punctuation
/// that closes a clause, quotes and brackets.
fn is_edge_junk(c: char) -> bool {
    c.is_whitespace() || ",;:!?\"'“”‘’()[]".contains(c)
}

/// The selection trimmed of spaces, clause punctuation, quotes and brackets
/// at its ends; `None` when nothing (or a bad span) remains.
pub(super) fn trimmed(text: &str, span: Span) -> Option<Span> {
    let span = Span::checked(text, span.start, span.end)?;
    let s = span.slice(text);
    let start = span.start + (s.len() - s.trim_start_matches(is_edge_junk).len());
    let end = span.start + s.trim_end_matches(is_edge_junk).len();
    (start < end).then(|| Span::new(start, end))
}

/// Adds a mention of `kind` at the selected span (trimmed). Mentions it
/// overlaps are deleted first: the user's selection wins. The mention joins
/// an entity of that kind with that name or alias, else a new entity.
pub fn add_entity(a: &mut Analysis, span: Span, kind: EntityKind) -> Option<Correction> {
    let span = trimmed(&a.document.text, span)?;
    if let Some(m) = mention_at_span(a, span)
        && a.mentions[m].kind == kind
    {
        return None;
    }
    let overlapping: Vec<usize> = (0..a.mentions.len())
        .filter(|&i| a.mentions[i].span.overlaps(span))
        .collect();
    for &m in overlapping.iter().rev() {
        delete_mention(a, m);
    }
    let text = a.text(span).to_owned();
    let at = a.mentions.partition_point(|m| m.span.start < span.start);
    open_mention_slot(a, at);
    let existing = a
        .entities
        .iter()
        .position(|e| e.kind == kind && e.has_alias(&text));
    let entity = existing.unwrap_or(a.entities.len());
    a.mentions.insert(
        at,
        Mention {
            entity: Some(entity),
            ..Mention::new(span, kind, Provenance::Manual, 1.0)
        },
    );
    let link = AliasLink {
        mention: at,
        rule: MANUAL_RULE.to_owned(),
    };
    match a.entities.get_mut(entity) {
        Some(e) => {
            let i = e.mentions.partition_point(|&m| m < at);
            e.mentions.insert(i, at);
            e.links.push(link);
            e.links.sort_by_key(|l| l.mention);
        }
        None => a.entities.push(Entity {
            kind,
            name: text.clone(),
            aliases: vec![text.clone()],
            mentions: vec![at],
            links: vec![link],
        }),
    }
    Some(Correction::AddEntity { text, span, kind })
}

/// Deletes a mention. Money and date facts that stood on it go with it; an
/// entity left without mentions is removed, and so are its relations.
pub fn delete_mention(a: &mut Analysis, mention: usize) -> Option<Correction> {
    let removed = a.mentions.get(mention)?.clone();
    let text = a.text(removed.span).to_owned();
    a.mentions.remove(mention);

    // Facts standing on the mention: a repeat of the figure (headline and
    // body) takes its place; with no repeat the fact goes.
    for f in &mut a.money {
        f.repeats.retain(|&m| m != mention);
        if f.mention == mention && !f.repeats.is_empty() {
            f.mention = f.repeats.remove(0);
        }
    }
    let dropped_money = retain_indexed(&mut a.money, |f| f.mention != mention);
    let dropped_dates = retain_indexed(&mut a.dates, |d| d.mention != mention);
    for f in &mut a.money {
        f.mention = shift(f.mention, mention).unwrap_or(f.mention);
        f.repeats = f
            .repeats
            .iter()
            .filter_map(|&m| shift(m, mention))
            .collect();
    }
    for d in &mut a.dates {
        d.mention = shift(d.mention, mention).unwrap_or(d.mention);
    }
    for r in &mut a.relations {
        r.money = r.money.and_then(|f| shift_many(f, &dropped_money));
        r.date = r.date.and_then(|d| shift_many(d, &dropped_dates));
    }

    // Entities: drop the mention from its entity; drop the entity when empty.
    let mut empty = None;
    for (ei, e) in a.entities.iter_mut().enumerate() {
        e.mentions = e
            .mentions
            .iter()
            .filter_map(|&m| shift(m, mention))
            .collect();
        e.links.retain_mut(|l| match shift(l.mention, mention) {
            Some(m) => {
                l.mention = m;
                true
            }
            None => false,
        });
        if removed.entity == Some(ei) {
            if e.mentions.is_empty() {
                empty = Some(ei);
            } else {
                forget_unused_alias(e, &a.mentions, &a.document.text, &text);
            }
        }
    }
    if let Some(ei) = empty {
        remove_entity(a, ei);
    }
    Some(Correction::DeleteMention {
        text,
        span: removed.span,
        kind: removed.kind,
    })
}

/// Drops `alias` from the entity's aliases when none of its mentions reads so.
fn forget_unused_alias(e: &mut Entity, mentions: &[Mention], text: &str, alias: &str) {
    let still_used = e
        .mentions
        .iter()
        .any(|&m| mentions.get(m).is_some_and(|m| m.span.slice(text) == alias));
    if !still_used {
        e.aliases.retain(|al| al != alias);
    }
}

/// Splits a mention off its entity into a new entity of its own, named by
/// its text (numbered, "Acme (2)", when an entity has that name already).
/// An entity's only mention cannot be split off.
pub fn split_mention(a: &mut Analysis, mention: usize) -> Option<Correction> {
    let m = a.mentions.get(mention)?;
    let (span, kind) = (m.span, m.kind);
    let old = m.entity?;
    let entity = a.entities.get_mut(old)?;
    if entity.mentions.len() < 2 {
        return None;
    }
    let text = span.slice(&a.document.text).to_owned();
    let name = entity.name.clone();
    entity.mentions.retain(|&x| x != mention);
    entity.links.retain(|l| l.mention != mention);
    forget_unused_alias(entity, &a.mentions, &a.document.text, &text);
    let new = a.entities.len();
    let name_taken = |n: &str| a.entities.iter().any(|e| e.name == n);
    // Records name entities: the new one gets a name of its own.
    let own_name = (1..)
        .map(|i| match i {
            1 => text.clone(),
            i => format!("{text} ({i})"),
        })
        .find(|n| !name_taken(n))
        .unwrap_or_else(|| text.clone());
    a.entities.push(Entity {
        kind,
        name: own_name,
        aliases: vec![text.clone()],
        mentions: vec![mention],
        links: vec![AliasLink {
            mention,
            rule: MANUAL_RULE.to_owned(),
        }],
    });
    if let Some(m) = a.mentions.get_mut(mention) {
        m.entity = Some(new);
        m.source = Provenance::Manual;
        m.confidence = 1.0;
    }
    Some(Correction::SplitMention {
        entity: name,
        text,
        span,
    })
}
