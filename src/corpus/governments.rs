//! "The US government", "the government of Canada", "the Australian
//! government": across articles a government is its place acting, one
//! corpus entity with it (as MEANTIME's cross-document layer has them). The
//! place is read from the words before the government noun (a name or a
//! nationality word, modifiers such as "federal" skipped) or after its "of".

use rustc_hash::FxHashMap;

use super::rules::{Node, UnionFind, kind_class, only_one, places_of};
use crate::lang::ResolveWords;
use crate::model::EntityKind;
use crate::pipeline::names::resolve_key;

/// Joins each government to the one entity that goes by its place's name.
pub(super) fn join_governments(lang: &ResolveWords, nodes: &[Node], sets: &mut UnionFind) {
    let mut by_key: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, node) in nodes.iter().enumerate() {
        if node.kind == EntityKind::Loc && !node.alone {
            for key in &node.keys {
                by_key.entry(key.as_str()).or_default().push(i);
            }
        }
    }
    for (i, node) in nodes.iter().enumerate() {
        if node.alone || kind_class(node.kind) != EntityKind::Org || node.kind == EntityKind::Loc {
            continue;
        }
        let place = place_words(lang, &node.name).into_iter().find_map(|words| {
            std::iter::once(words.clone())
                .chain(places_of(lang, &words))
                .find_map(|p| by_key.get(resolve_key(lang, &p).as_str()))
        });
        if let Some(j) = place.and_then(|found| only_one(sets, found)) {
            sets.join(i, j);
        }
    }
}

/// The words that may name a government's place, longest first: "us" of
/// "US government", "ontario" of "provincial government of Ontario",
/// "canadian federal" and "canadian" of "Canadian federal government".
fn place_words(lang: &ResolveWords, name: &str) -> Vec<String> {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let Some(head) = words.iter().position(|w| lang.government_nouns.contains(w)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // After the head: "government of Canada".
    if let Some((of, rest)) = words[head + 1..].split_first()
        && lang.prepositions.contains(of)
        && !rest.is_empty()
    {
        out.push(rest.join(" "));
    }
    // Before the head, whole names first: "united states government".
    let before = &words[..head];
    for start in 0..before.len() {
        for end in (start + 1..=before.len()).rev() {
            out.push(before[start..end].join(" "));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_place_of_a_government_is_before_its_noun_or_after_of() {
        let lang = crate::lang::Language::english().expect("English loads");
        let words = |n: &str| place_words(&lang.resolve, n);
        assert_eq!(
            words("US government").first().map(String::as_str),
            Some("us")
        );
        assert_eq!(
            words("provincial government of Ontario")
                .first()
                .map(String::as_str),
            Some("ontario")
        );
        assert!(words("Canadian federal government").contains(&"canadian".to_owned()));
        assert!(words("Tarsia Motors").is_empty());
    }
}
