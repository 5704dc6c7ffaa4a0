//! Undertakings (joint ventures, projects, alliances): descriptions and
//! names that refer to one rather than to a company.

use crate::lang::ResolveWords;
use crate::model::{Entity, EntityKind, Mention};
use crate::pipeline::kinds::Kinds;

pub(super) fn is_venture_name(lang: &ResolveWords, name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| lang.venture_name_ends.contains_lowercase(w))
}

/// True when the entity is an undertaking: by its name, or by an apposition
/// after one of its mentions ("X, a collaboration that …").
pub(super) fn is_venture(
    lang: &ResolveWords,
    text: &str,
    entity: &Entity,
    mentions: &[Mention],
) -> bool {
    is_venture_name(lang, &entity.name)
        || entity.mentions.iter().any(|&m| {
            let after = text[mentions[m].span.end..].trim_start_matches(['’', '\'', 's']);
            let Some(rest) = after.strip_prefix(", ") else {
                return false;
            };
            let words: Vec<String> = rest
                .split_whitespace()
                .take(4)
                .map(str::to_lowercase)
                .collect();
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            words.first().is_some_and(|w| lang.determiners.contains(w))
                && lang.venture_appositions.iter().any(|v| {
                    let joined = words[1..].join(" ");
                    joined.starts_with(v)
                        || words[1..]
                            .iter()
                            .take(2)
                            .any(|w| w.trim_end_matches([',', '.']) == v)
                })
        })
}

/// True when the description `m` names a company a deal creates: a word of
/// `merged_modifiers` between its article and its head ("the merged
/// company", "the combined group").
pub(super) fn is_merged(lang: &ResolveWords, text: &str, m: &Mention) -> bool {
    let words: Vec<&str> = m.span.slice(text).split_whitespace().collect();
    m.nominal
        && words.len() > 2
        && words[1..words.len() - 1]
            .iter()
            .any(|w| lang.merged_modifiers.contains_lowercase(w))
}

/// The one organisation the text names right after such a description
/// with a naming verb ("The merged company will be called Tarn Foods"),
/// when it names just one.
pub(super) fn created_name(
    lang: &ResolveWords,
    kinds: &Kinds,
    text: &str,
    mentions: &[Mention],
    entities: &[Entity],
) -> Option<usize> {
    let mut created: Vec<usize> = mentions
        .iter()
        .filter(|m| is_merged(lang, text, m))
        .filter_map(|m| kinds.named_after(text, m.span.end))
        .filter_map(|start| {
            mentions
                .iter()
                .find(|n| n.span.start == start && !n.nominal)
                .and_then(|n| n.entity)
        })
        .filter(|&e| matches!(entities[e].kind, EntityKind::Org | EntityKind::Misc))
        .collect();
    created.sort_unstable();
    created.dedup();
    match created.as_slice() {
        [e] => Some(*e),
        _ => None,
    }
}
