//! The linker's rules: how per-article entities are compared (name keys,
//! model codes, courtesy titles) and joined (same key, acronym, surname,
//! nationality word → country), on disjoint sets.

use rustc_hash::FxHashMap;

use super::member::Member;
use crate::lang::ResolveWords;
use crate::model::{Analysis, EntityKind};
use crate::pipeline::names::{resolve_key, strip_possessive};

/// How far the linker goes: exact names only (the baseline) or every rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Linking {
    /// Only identical canonical names of one kind are one entity.
    ExactName,
    /// Name keys, acronyms and surnames (the module's rules).
    Full,
}

/// A per-article entity as the linker sees it.
pub(super) struct Node {
    pub(super) member: Member,
    pub(super) kind: EntityKind,
    /// The article's canonical name.
    pub(super) name: String,
    /// Keys of every name it goes by (canonical name and named mentions).
    pub(super) keys: Vec<String>,
    /// Split off by the analyst: no rule joins it.
    pub(super) alone: bool,
}

pub(super) fn nodes(lang: &ResolveWords, articles: &[&Analysis], linking: Linking) -> Vec<Node> {
    let mut nodes = Vec::new();
    for (article, a) in articles.iter().enumerate() {
        for (entity, e) in a.entities.iter().enumerate() {
            let mut name = strip_possessive(&e.name).to_owned();
            if e.kind == EntityKind::Person {
                name = without_honorific(lang, &name).to_owned();
            }
            let mut keys = vec![key_of(lang, e.kind, &name, linking)];
            if linking == Linking::Full && e.kind.is_name() {
                for &m in &e.mentions {
                    let Some(mention) = a.mentions.get(m) else {
                        continue;
                    };
                    if !mention.nominal && mention.kind == e.kind {
                        keys.push(key_of(
                            lang,
                            e.kind,
                            strip_possessive(a.text(mention.span)),
                            linking,
                        ));
                    }
                }
            }
            if linking == Linking::Full && e.kind == EntityKind::Product {
                let more: Vec<String> = keys.iter().flat_map(|k| model_keys(k)).collect();
                keys.extend(more);
            }
            keys.retain(|k| !k.is_empty());
            keys.sort_unstable();
            keys.dedup();
            nodes.push(Node {
                member: Member { article, entity },
                kind: e.kind,
                name,
                keys,
                alone: false,
            });
        }
    }
    nodes
}

/// A person's name without a courtesy title before it ("Mr Howard" →
/// "Howard"); the name itself when nothing would be left.
pub(super) fn without_honorific<'a>(lang: &ResolveWords, name: &'a str) -> &'a str {
    match name.split_once(' ') {
        Some((first, rest)) if lang.honorifics.contains(&first.to_lowercase()) => rest.trim(),
        _ => name,
    }
}

/// The comparison key of a name: the resolver's key for names, the text
/// with spaces closed up for values and roles.
pub(super) fn key_of(
    lang: &ResolveWords,
    kind: EntityKind,
    name: &str,
    linking: Linking,
) -> String {
    match linking {
        Linking::ExactName => name.trim().to_owned(),
        Linking::Full if kind.is_name() => place_first(lang, &resolve_key(lang, name)),
        Linking::Full => name
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase(),
    }
}

/// A key whose first words are another name of a country, with the
/// country's first name instead: "us federal reserve" → "united states
/// federal reserve" (the whole key is done by `resolve_key`).
fn place_first(lang: &ResolveWords, key: &str) -> String {
    for (alias, first) in &lang.place_aliases {
        if let Some(rest) = key
            .strip_prefix(alias.as_str())
            .and_then(|r| r.strip_prefix(' '))
        {
            return format!("{first} {rest}");
        }
    }
    key.to_owned()
}

/// More keys of a product's name: its model code without the maker
/// ("boeing 737" → "737", "airbus a380" → "a380": a code of three or more
/// characters with a digit), and a plural model without its "s" ("737s",
/// "a380s").
fn model_keys(key: &str) -> Vec<String> {
    let singular = |w: &str| -> Option<String> {
        let stem = w.strip_suffix('s')?;
        stem.ends_with(|c: char| c.is_ascii_digit())
            .then(|| stem.to_owned())
    };
    let mut out = Vec::new();
    let words: Vec<&str> = key.split(' ').collect();
    if let Some(last) = words.last().and_then(|w| singular(w)) {
        let mut w = words.clone();
        w.pop();
        w.push(&last);
        out.push(w.join(" "));
    }
    let is_code = |w: &str| w.chars().count() >= 3 && w.chars().any(|c| c.is_ascii_digit());
    for k in std::iter::once(key.to_owned()).chain(out.clone()) {
        let words: Vec<&str> = k.split(' ').collect();
        // "boeing 737": the code after the maker; "787 dreamliner": the
        // code before the model's name.
        match words.as_slice() {
            [_, code] if is_code(code) => out.push((*code).to_owned()),
            [code, _, ..] if is_code(code) => out.push((*code).to_owned()),
            _ => {}
        }
    }
    out
}

/// Entities that go by a name of the same key are one. Names of people,
/// organisations, places, products and other names are compared across
/// those kinds (the tagger may call "Chrysler" a person in one article and
/// a company in the next); values, roles and nationality words only within
/// their own kind.
pub(super) fn join_by_key(nodes: &[Node], sets: &mut UnionFind) {
    let mut first: FxHashMap<(EntityKind, &str), usize> = FxHashMap::default();
    for (i, node) in nodes.iter().enumerate() {
        let class = kind_class(node.kind);
        for key in &node.keys {
            match first.get(&(class, key.as_str())) {
                Some(&j) => sets.join(i, j),
                None => {
                    first.insert((class, key.as_str()), i);
                }
            }
        }
    }
}

/// The kind a name is compared under: one class for every proper-name
/// kind but nationality words, each value kind its own.
pub(super) fn kind_class(kind: EntityKind) -> EntityKind {
    if kind.is_name() && kind != EntityKind::Nationality {
        EntityKind::Org
    } else {
        kind
    }
}

/// "GM" joins the one entity of its kind whose initials it is.
pub(super) fn join_acronyms(lang: &ResolveWords, nodes: &[Node], sets: &mut UnionFind) {
    let mut by_initials: FxHashMap<(EntityKind, String), Vec<usize>> = FxHashMap::default();
    for (i, node) in nodes.iter().enumerate() {
        if node.kind.is_name() && !node.alone {
            for initials in initials_of(lang, &node.name) {
                by_initials
                    .entry((node.kind, initials))
                    .or_default()
                    .push(i);
            }
        }
    }
    for (i, node) in nodes.iter().enumerate() {
        if node.alone || !node.kind.is_name() || !is_acronym(&node.name) {
            continue;
        }
        let Some(full) = by_initials.get(&(node.kind, node.name.clone())) else {
            continue;
        };
        if let Some(j) = only_one(sets, full) {
            sets.join(i, j);
        }
    }
}

/// "Nadella" joins the one person called "… Nadella" in full elsewhere.
pub(super) fn join_surnames(nodes: &[Node], sets: &mut UnionFind) {
    let mut by_surname: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, node) in nodes.iter().enumerate() {
        let words: Vec<&str> = node.name.split_whitespace().collect();
        if let Some(last) = words
            .last()
            .filter(|_| node.kind == EntityKind::Person && words.len() > 1 && !node.alone)
        {
            by_surname.entry(last.to_lowercase()).or_default().push(i);
        }
    }
    for (i, node) in nodes.iter().enumerate() {
        if node.alone
            || node.kind != EntityKind::Person
            || node.name.split_whitespace().count() != 1
        {
            continue;
        }
        let Some(full) = by_surname.get(&node.name.to_lowercase()) else {
            continue;
        };
        if let Some(j) = only_one(sets, full) {
            sets.join(i, j);
        }
    }
}

/// "Japanese" joins Japan, "American" the United States, when the corpus
/// names that place: the nationality word's ending is undone by the
/// language's rules ("-ese" → "", "-ian" → "-ia", …) or its list of
/// irregular words ("British" → Britain), and the first place name made
/// that some entity goes by, in one set only, is the one.
pub(super) fn join_demonyms(lang: &ResolveWords, nodes: &[Node], sets: &mut UnionFind) {
    let mut by_key: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, node) in nodes.iter().enumerate() {
        if kind_class(node.kind) == EntityKind::Org && !node.alone {
            for key in &node.keys {
                by_key.entry(key.as_str()).or_default().push(i);
            }
        }
    }
    for (i, node) in nodes.iter().enumerate() {
        if node.alone || node.kind != EntityKind::Nationality {
            continue;
        }
        let place = places_of(lang, &node.name)
            .iter()
            .find_map(|p| by_key.get(resolve_key(lang, p).as_str()));
        if let Some(j) = place.and_then(|found| only_one(sets, found)) {
            sets.join(i, j);
        }
    }
}

/// The place names a nationality word may come from, most likely first:
/// "North American" → "north america", "north americo", …
pub(super) fn places_of(lang: &ResolveWords, word: &str) -> Vec<String> {
    let lower = word.trim().to_lowercase();
    let (before, last) = match lower.rsplit_once(' ') {
        Some((b, l)) => (format!("{b} "), l.to_owned()),
        None => (String::new(), lower.clone()),
    };
    let mut out: Vec<String> = lang
        .demonyms
        .iter()
        .filter(|(d, _)| *d == lower || *d == last)
        .map(|(d, place)| {
            if *d == lower {
                place.clone()
            } else {
                format!("{before}{place}")
            }
        })
        .collect();
    for (ending, replacement) in &lang.demonym_endings {
        if let Some(stem) = last
            .strip_suffix(ending.as_str())
            .filter(|s| s.chars().count() >= 3)
        {
            out.push(format!("{before}{stem}{replacement}"));
        }
    }
    out
}

/// The one set the candidates fall in, if they all fall in one.
pub(super) fn only_one(sets: &mut UnionFind, candidates: &[usize]) -> Option<usize> {
    let first = *candidates.first()?;
    let root = sets.find(first);
    candidates
        .iter()
        .all(|&c| sets.find(c) == root)
        .then_some(first)
}

/// Initials of a name of two or more words, small words skipped, with and
/// without its legal form ("General Motors Corporation" → "GMC", "GM"),
/// when every initial is a capital.
fn initials_of(lang: &ResolveWords, name: &str) -> Vec<String> {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !lang.acronym_stops.contains(&w.to_lowercase()))
        .collect();
    let mut bare = words.clone();
    while bare.len() > 2
        && bare
            .last()
            .is_some_and(|w| lang.legal_suffixes.contains(&w.to_lowercase()))
    {
        bare.pop();
    }
    let initials = |ws: &[&str]| -> Option<String> {
        let s: String = ws.iter().filter_map(|w| w.chars().next()).collect();
        (ws.len() >= 2 && s.chars().all(char::is_uppercase)).then_some(s)
    };
    let mut out: Vec<String> = [initials(&words), initials(&bare)]
        .into_iter()
        .flatten()
        .collect();
    out.dedup();
    out
}

pub(super) fn is_acronym(s: &str) -> bool {
    (2..=6).contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_uppercase())
}

/// Disjoint sets with path halving.
pub(super) struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    pub(super) fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    pub(super) fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins two sets; the older root (smaller index) stays the root, so
    /// a set's root is its first member.
    pub(super) fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        let (keep, other) = if ra <= rb { (ra, rb) } else { (rb, ra) };
        self.parent[other] = keep;
    }
}
