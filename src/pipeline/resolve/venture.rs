//! Undertakings (joint ventures, projects, alliances): descriptions and
//! names that refer to one rather than to a company.

use crate::model::{Entity, Mention};

/// Heads of descriptions that refer to a joint undertaking rather than a company.
pub(super) const VENTURE_HEADS: &[&str] = &[
    "venture",
    "joint venture",
    "project",
    "initiative",
    "consortium",
    "alliance",
];

/// Last words of names that make them undertakings (projects, funds, alliances).
const VENTURE_NAME_ENDS: &[&str] = &[
    "project",
    "initiative",
    "program",
    "programme",
    "fund",
    "alliance",
    "consortium",
    "venture",
    "partnership",
    "coalition",
];

/// Words after a name and a comma that describe it as an undertaking: "X, a collaboration…".
const VENTURE_APPOSITIONS: &[&str] = &[
    "collaboration",
    "joint venture",
    "venture",
    "project",
    "initiative",
    "consortium",
    "alliance",
    "partnership",
    "coalition",
];

pub(super) fn is_venture_name(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| VENTURE_NAME_ENDS.contains(&w.to_lowercase().as_str()))
}

/// True when the entity is an undertaking: by its name, or by an apposition
/// after one of its mentions ("X, a collaboration that …").
pub(super) fn is_venture(text: &str, entity: &Entity, mentions: &[Mention]) -> bool {
    is_venture_name(&entity.name)
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
            matches!(words.first(), Some(&("a" | "an" | "the")))
                && VENTURE_APPOSITIONS.iter().any(|v| {
                    let joined = words[1..].join(" ");
                    joined.starts_with(v)
                        || words[1..]
                            .iter()
                            .take(2)
                            .any(|w| w.trim_end_matches([',', '.']) == *v)
                })
        })
}
