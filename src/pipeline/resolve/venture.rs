//! Undertakings (joint ventures, projects, alliances): descriptions and
//! names that refer to one rather than to a company.

use crate::lang::ResolveWords;
use crate::model::{Entity, Mention};

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
