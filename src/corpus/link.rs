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
//! 3. **Surname** — a person an article names only by surname ("Nadella",
//!    "Mr Nadella") joins the one person of that surname named in full
//!    elsewhere, when exactly one is;
//! 4. **Nationality word** — "Japanese" joins Japan when the corpus names
//!    it (the place stays a place).
//!
//! Names are compared across the proper-name kinds (the tagger may call a
//! company a person in one article); a product's model code is a name of
//! it too ("Boeing 737", "737s", "737"). The rules are in `rules.rs`.
//!
//! Values (money, dates, percentages) and roles are not things that recur:
//! each is joined only with the same value of the same kind, by key.
//! Every per-article entity ends in exactly one corpus entity.

use rustc_hash::FxHashMap;

use super::edits::Overrides;
pub use super::member::Member;
pub use super::rules::Linking;
use super::rules::{
    Node, UnionFind, is_acronym, join_acronyms, join_by_key, join_demonyms, join_surnames, key_of,
    nodes, without_honorific,
};
use crate::lang::ResolveWords;
use crate::model::{Analysis, EntityKind};
use crate::pipeline::names::strip_possessive;

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
        super::governments::join_governments(lang, &nodes, &mut sets);
    }
    for (a, b) in merges {
        sets.join(a, b);
    }
    build(lang, articles, &nodes, &mut sets)
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
        // Names only: descriptions ("the company", "the automaker") and
        // pronouns are how one article refers to it, not names of it.
        let named = |a: &&String| {
            let first = a
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_lowercase();
            a.chars().any(char::is_uppercase) && !lang.determiners.contains(&first)
        };
        for alias in std::iter::once(&e.name).chain(e.aliases.iter().filter(named)) {
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

/// The key of one article's entity before any linking: its name as the
/// linker reads it (no possessive; a person without a courtesy title) made
/// a [`corpus_key`]. Engines outside Dossier (the Python package, Spark)
/// group on it; the linker's acronym and surname rules go further.
pub fn entity_key(lang: &ResolveWords, kind: EntityKind, name: &str) -> String {
    let mut name = strip_possessive(name);
    if kind == EntityKind::Person {
        name = without_honorific(lang, name);
    }
    corpus_key(lang, kind, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entity_key_is_its_kind_and_name_key_without_possessive_or_title() {
        let lang = crate::lang::Language::english().expect("language");
        let key = |kind, name| entity_key(&lang.resolve, kind, name);
        assert_eq!(
            key(EntityKind::Org, "Kestrel Metals’s"),
            key(EntityKind::Org, "kestrel  metals")
        );
        assert!(key(EntityKind::Org, "Kestrel Metals").starts_with("org:"));
        assert_eq!(
            key(EntityKind::Person, "Mr Boris Kell"),
            key(EntityKind::Person, "Boris Kell")
        );
        assert_ne!(
            key(EntityKind::Person, "Boris Kell"),
            key(EntityKind::Org, "Boris Kell")
        );
    }
}
