//! Per-article entities → corpus entities: the same real-world thing across
//! articles is one entity, whatever each article calls it.
//!
//! Each article's resolver has already joined what that article says of one
//! thing ("General Motors", "GM", "the automaker"). Across articles the
//! linker joins entities of one kind by, in turn:
//!
//! 1. **Name key** — any name an entity goes by (its canonical name or one
//!    of its named mentions) compared by the resolver's key: case, a
//!    possessive, a leading article, legal forms ("Fiat SpA" = "Fiat
//!    Group" = "Fiat"), dotted initials and a country's other names;
//! 2. **Acronym** — "GM" joins the one entity of its kind whose name's
//!    initials it is ("General Motors"), when exactly one is;
//! 3. **Surname** — a person an article names only by surname ("Nadella")
//!    joins the one person of that surname named in full elsewhere, when
//!    exactly one is.
//!
//! Values (money, dates, percentages) and roles are not things that recur:
//! each is joined only with the same value of the same kind, by key.
//! Every per-article entity ends in exactly one corpus entity.

use rustc_hash::FxHashMap;

use super::edits::Overrides;
use crate::lang::ResolveWords;
use crate::model::{Analysis, EntityKind};
use crate::pipeline::names::{resolve_key, strip_possessive};

/// One per-article entity: article index and entity index within it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Member {
    /// Index of the article in the corpus.
    pub article: usize,
    /// Index of the entity in that article's analysis.
    pub entity: usize,
}

/// A real-world entity across the corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct CorpusEntity {
    /// What it is: the kind its members share.
    pub kind: EntityKind,
    /// Its name: the fullest name most of its articles use.
    pub name: String,
    /// Stable identity for tools outside Dossier: the kind and the name's
    /// key (`org:general motors`).
    pub key: String,
    /// Every name it goes by in the corpus, most used first.
    pub aliases: Vec<String>,
    /// Its per-article entities, in article order.
    pub members: Vec<Member>,
}

impl CorpusEntity {
    /// How many articles it appears in.
    pub fn article_count(&self) -> usize {
        let mut articles: Vec<usize> = self.members.iter().map(|m| m.article).collect();
        articles.dedup();
        articles.len()
    }
}

/// The corpus entities and, for each article's entities, the corpus entity
/// each belongs to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Linked {
    /// Corpus entities: named ones first by how many articles they appear
    /// in, then values; ties in order of first appearance.
    pub entities: Vec<CorpusEntity>,
    /// `of[article][entity]` = index into `entities`.
    pub of: Vec<Vec<usize>>,
}

impl Linked {
    /// The corpus entity of one article's entity.
    pub fn entity_of(&self, member: Member) -> Option<&CorpusEntity> {
        let i = *self.of.get(member.article)?.get(member.entity)?;
        self.entities.get(i)
    }
}

/// How far the linker goes: exact names only (the baseline) or every rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Linking {
    /// Only identical canonical names of one kind are one entity.
    ExactName,
    /// Name keys, acronyms and surnames (the module's rules).
    Full,
}

/// A per-article entity as the linker sees it.
struct Node {
    member: Member,
    kind: EntityKind,
    /// The article's canonical name.
    name: String,
    /// Keys of every name it goes by (canonical name and named mentions).
    keys: Vec<String>,
    /// Split off by the analyst: no rule joins it.
    alone: bool,
}

/// Links the entities of `articles` into corpus entities.
pub fn link(lang: &ResolveWords, articles: &[&Analysis], linking: Linking) -> Linked {
    link_with(lang, articles, linking, &Overrides::default())
}

/// [`link`] with the analyst's corrections: entities that stand alone take
/// part in no rule, and merges join after the rules.
pub fn link_with(
    lang: &ResolveWords,
    articles: &[&Analysis],
    linking: Linking,
    overrides: &Overrides,
) -> Linked {
    let mut nodes = nodes(lang, articles, linking);
    let index_of = |m: Member| nodes.iter().position(|n| n.member == m);
    let alone: Vec<usize> = overrides
        .alone
        .iter()
        .filter_map(|&m| index_of(m))
        .collect();
    let merges: Vec<(usize, usize)> = overrides
        .merges
        .iter()
        .filter_map(|&(a, b)| Some((index_of(a)?, index_of(b)?)))
        .collect();
    for &i in &alone {
        // A key no other node has, and a kind no rule reads.
        nodes[i].keys = vec![format!("\u{0}{i}")];
        nodes[i].alone = true;
    }
    let mut sets = UnionFind::new(nodes.len());
    join_by_key(&nodes, &mut sets);
    if linking == Linking::Full {
        join_acronyms(lang, &nodes, &mut sets);
        join_surnames(&nodes, &mut sets);
        join_demonyms(lang, &nodes, &mut sets);
    }
    for (a, b) in merges {
        sets.join(a, b);
    }
    build(lang, articles, &nodes, &mut sets)
}

fn nodes(lang: &ResolveWords, articles: &[&Analysis], linking: Linking) -> Vec<Node> {
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
fn without_honorific<'a>(lang: &ResolveWords, name: &'a str) -> &'a str {
    match name.split_once(' ') {
        Some((first, rest)) if lang.honorifics.contains(&first.to_lowercase()) => rest.trim(),
        _ => name,
    }
}

/// The comparison key of a name: the resolver's key for names, the text
/// with spaces closed up for values and roles.
fn key_of(lang: &ResolveWords, kind: EntityKind, name: &str, linking: Linking) -> String {
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
fn join_by_key(nodes: &[Node], sets: &mut UnionFind) {
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
fn kind_class(kind: EntityKind) -> EntityKind {
    if kind.is_name() && kind != EntityKind::Nationality {
        EntityKind::Org
    } else {
        kind
    }
}

/// "GM" joins the one entity of its kind whose initials it is.
fn join_acronyms(lang: &ResolveWords, nodes: &[Node], sets: &mut UnionFind) {
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
fn join_surnames(nodes: &[Node], sets: &mut UnionFind) {
    let mut by_surname: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, node) in nodes.iter().enumerate() {
        let words: Vec<&str> = node.name.split_whitespace().collect();
        if node.kind == EntityKind::Person && words.len() > 1 && !node.alone {
            if let Some(last) = words.last() {
                by_surname.entry(last.to_lowercase()).or_default().push(i);
            }
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
fn join_demonyms(lang: &ResolveWords, nodes: &[Node], sets: &mut UnionFind) {
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
fn places_of(lang: &ResolveWords, word: &str) -> Vec<String> {
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
fn only_one(sets: &mut UnionFind, candidates: &[usize]) -> Option<usize> {
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

fn is_acronym(s: &str) -> bool {
    (2..=6).contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_uppercase())
}

/// Gathers the sets into corpus entities.
fn build(
    lang: &ResolveWords,
    articles: &[&Analysis],
    nodes: &[Node],
    sets: &mut UnionFind,
) -> Linked {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: FxHashMap<usize, usize> = FxHashMap::default();
    for i in 0..nodes.len() {
        let root = sets.find(i);
        let g = *group_of.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    let mut entities: Vec<CorpusEntity> = groups
        .iter()
        .map(|g| corpus_entity(lang, articles, nodes, g))
        .collect();
    // Named entities first, most widespread first; the sort is stable, so
    // ties keep their order of first appearance.
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by_key(|&i| {
        (
            !entities[i].kind.is_name(),
            std::cmp::Reverse(entities[i].article_count()),
        )
    });
    let mut new_index = vec![0; entities.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut of: Vec<Vec<usize>> = articles.iter().map(|a| vec![0; a.entities.len()]).collect();
    for (g, group) in groups.iter().enumerate() {
        for &i in group {
            let m = nodes[i].member;
            of[m.article][m.entity] = new_index[g];
        }
    }
    let mut slots: Vec<Option<CorpusEntity>> = entities.drain(..).map(Some).collect();
    let entities = order.iter().filter_map(|&i| slots[i].take()).collect();
    Linked { entities, of }
}

fn corpus_entity(
    lang: &ResolveWords,
    articles: &[&Analysis],
    nodes: &[Node],
    group: &[usize],
) -> CorpusEntity {
    let kind = majority_kind(articles, nodes, group);
    // Names by how many articles use them as their own name; an acronym
    // names the entity only when no article spells it out.
    let mut uses: Vec<(String, usize)> = Vec::new();
    // A nationality word names its place's entity only when nothing else does.
    let named: Vec<usize> = group
        .iter()
        .copied()
        .filter(|&i| nodes[i].kind != EntityKind::Nationality)
        .collect();
    let namers = if named.is_empty() || kind == EntityKind::Nationality {
        group
    } else {
        &named
    };
    for &i in namers {
        match uses.iter_mut().find(|(n, _)| *n == nodes[i].name) {
            Some((_, c)) => *c += 1,
            None => uses.push((nodes[i].name.clone(), 1)),
        }
    }
    let name = uses
        .iter()
        .max_by_key(|(n, c)| {
            (
                !is_acronym(n),
                *c,
                n.split_whitespace().count(),
                std::cmp::Reverse(n.len()),
            )
        })
        .map(|(n, _)| n.clone())
        .unwrap_or_default();
    let mut aliases: Vec<(String, usize)> = Vec::new();
    for &i in group {
        let m = nodes[i].member;
        let Some(e) = articles[m.article].entities.get(m.entity) else {
            continue;
        };
        for alias in std::iter::once(&e.name).chain(&e.aliases) {
            let alias = strip_possessive(alias);
            match aliases.iter_mut().find(|(a, _)| a == alias) {
                Some((_, c)) => *c += 1,
                None => aliases.push((alias.to_owned(), 1)),
            }
        }
    }
    aliases.sort_by_key(|(_, c)| std::cmp::Reverse(*c));
    let mut members: Vec<Member> = group.iter().map(|&i| nodes[i].member).collect();
    members.sort_unstable();
    CorpusEntity {
        kind,
        key: corpus_key(lang, kind, &name),
        name,
        aliases: aliases.into_iter().map(|(a, _)| a).collect(),
        members,
    }
}

/// The kind most of a group's mentions have (ties: the first member's);
/// nationality words count only when the group has nothing else (they join
/// their place, which stays a place).
fn majority_kind(articles: &[&Analysis], nodes: &[Node], group: &[usize]) -> EntityKind {
    let mut votes: Vec<(EntityKind, usize)> = Vec::new();
    let only_words = group
        .iter()
        .all(|&i| nodes[i].kind == EntityKind::Nationality);
    for &i in group {
        if nodes[i].kind == EntityKind::Nationality && !only_words {
            continue;
        }
        let m = nodes[i].member;
        let weight = articles[m.article]
            .entities
            .get(m.entity)
            .map_or(1, |e| e.mentions.len().max(1));
        match votes.iter_mut().find(|(k, _)| *k == nodes[i].kind) {
            Some((_, v)) => *v += weight,
            None => votes.push((nodes[i].kind, weight)),
        }
    }
    // `max_by_key` keeps the last maximum: scan in reverse to keep the first.
    votes
        .iter()
        .rev()
        .max_by_key(|(_, v)| *v)
        .map_or(nodes[group[0]].kind, |(k, _)| *k)
}

/// The stable key of a corpus entity: its kind and its name's key,
/// `org:general motors`.
pub fn corpus_key(lang: &ResolveWords, kind: EntityKind, name: &str) -> String {
    format!(
        "{}:{}",
        kind.name().to_lowercase(),
        key_of(lang, kind, name, Linking::Full)
    )
}

/// Disjoint sets with path halving.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins two sets; the older root (smaller index) stays the root, so
    /// a set's root is its first member.
    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        let (keep, other) = if ra <= rb { (ra, rb) } else { (rb, ra) };
        self.parent[other] = keep;
    }
}
