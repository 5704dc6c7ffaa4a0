//! The link graph across the corpus: the relations of every article joined
//! on their corpus entities. Two articles that each say "A invested in B"
//! give one edge A → B of kind `invested_in`, held up by two sentences.
//!
//! An edge is (source corpus entity, relation kind, target corpus entity);
//! a symmetric kind ("partner of") is one edge whichever end an article
//! names first. A relation whose two ends fall in one corpus entity (an
//! article's "GM" and "General Motors" kept apart by its resolver) is not
//! an edge. Edges are filtered by the kinds of their ends, by relation kind
//! and by date: each sentence is dated by the relation's own date where
//! the analysis has one, else by its article's publication date.
//!
//! What to draw of a large graph is [`focus`]'s: the most connected
//! entities, all of them, or one entity and its neighbours.

use rustc_hash::FxHashMap;

use super::link::Linked;
use crate::model::{Analysis, EntityKind, RelationKind};

/// One sentence that states an edge: a relation of one article.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeEvidence {
    /// The article's index in the corpus.
    pub article: usize,
    /// The relation's index in that article's analysis.
    pub relation: usize,
    /// When it is dated (ISO 8601 as the analysis writes it): the
    /// relation's own date, else its article's publication date.
    pub date: Option<String>,
}

/// A link between two corpus entities, joined across articles.
#[derive(Clone, Debug, PartialEq)]
pub struct CorpusEdge {
    /// The source corpus entity (index into [`Linked::entities`]); for a
    /// symmetric kind, the lower index.
    pub source: usize,
    /// What kind of link.
    pub kind: RelationKind,
    /// The target corpus entity.
    pub target: usize,
    /// Every sentence that states it, in article order.
    pub evidence: Vec<EdgeEvidence>,
}

impl CorpusEdge {
    /// How many articles state it.
    pub fn article_count(&self) -> usize {
        let mut articles: Vec<usize> = self.evidence.iter().map(|e| e.article).collect();
        articles.dedup();
        articles.len()
    }

    /// The other end, seen from `entity` (`None` when it is not an end).
    pub fn other(&self, entity: usize) -> Option<usize> {
        if self.source == entity {
            Some(self.target)
        } else if self.target == entity {
            Some(self.source)
        } else {
            None
        }
    }
}

/// Which edges to keep. The default keeps everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GraphFilter {
    /// Kinds of corpus entity left out, with their edges.
    pub hidden_kinds: Vec<EntityKind>,
    /// Relation kinds left out.
    pub hidden_relations: Vec<RelationKind>,
    /// Earliest day kept, as `yyyymmdd` (see [`date_span`]).
    pub from: Option<u32>,
    /// Latest day kept, as `yyyymmdd`.
    pub to: Option<u32>,
}

impl GraphFilter {
    /// True when a date range is set: undated sentences are then left out.
    pub fn dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// True when a sentence dated `date` falls in the range: its span of
    /// days (a year is all its days) meets the range.
    fn keeps_date(&self, date: Option<&str>) -> bool {
        if !self.dated() {
            return true;
        }
        let Some((start, end)) = date.and_then(date_span) else {
            return false;
        };
        self.from.is_none_or(|f| end >= f) && self.to.is_none_or(|t| start <= t)
    }
}

/// The edges of a corpus after filtering.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CorpusGraph {
    /// Edges, most articles first, then most sentences, then by ends.
    pub edges: Vec<CorpusEdge>,
    /// Sentences left out for having no date while a range is set.
    pub undated: usize,
}

/// The first and last day an ISO 8601 date covers, as `yyyymmdd`:
/// `2019` → (20190101, 20191231), `2019-07` → (20190701, 20190731),
/// `2019-07-22T10:00` → the day. Other forms after a year (`2019-Q3`,
/// `2019-W12`) count as their year. `None` for durations and non-dates.
pub fn date_span(iso: &str) -> Option<(u32, u32)> {
    let iso = iso.trim();
    let year: u32 = iso.get(..4)?.parse().ok()?;
    let rest = &iso[4..];
    let number = |s: Option<&str>| s.and_then(|s| s.parse::<u32>().ok());
    let month = rest
        .strip_prefix('-')
        .and_then(|r| number(r.get(..2)))
        .filter(|m| (1..=12).contains(m));
    let day = month
        .and_then(|_| rest.get(3..))
        .and_then(|r| r.strip_prefix('-'))
        .and_then(|r| number(r.get(..2)))
        .filter(|d| (1..=31).contains(d));
    let at = |m: u32, d: u32| year * 10_000 + m * 100 + d;
    Some(match (month, day) {
        (Some(m), Some(d)) => (at(m, d), at(m, d)),
        (Some(m), None) => (at(m, 1), at(m, 31)),
        _ => (at(1, 1), at(12, 31)),
    })
}

/// The date a relation is filed under: its own, else its article's.
fn relation_date(a: &Analysis, relation: usize) -> Option<String> {
    let own = a
        .relations
        .get(relation)
        .and_then(|r| r.date)
        .and_then(|d| a.dates.get(d))
        .and_then(|d| d.value.clone())
        .filter(|v| date_span(v).is_some());
    own.or_else(|| a.document.published.clone())
}

/// Joins the relations of `articles` on their corpus entities and keeps
/// what `filter` keeps.
pub fn corpus_graph(articles: &[&Analysis], linked: &Linked, filter: &GraphFilter) -> CorpusGraph {
    let mut index: FxHashMap<(usize, RelationKind, usize), usize> = FxHashMap::default();
    let mut graph = CorpusGraph::default();
    let kind_of = |c: usize| linked.entities.get(c).map(|e| e.kind);
    for (ai, a) in articles.iter().enumerate() {
        let Some(of) = linked.of.get(ai) else {
            continue;
        };
        for (ri, r) in a.relations.iter().enumerate() {
            let (Some(&s), Some(&t)) = (of.get(r.source), of.get(r.target)) else {
                continue;
            };
            if s == t || filter.hidden_relations.contains(&r.kind) {
                continue;
            }
            let hidden = |c| kind_of(c).is_none_or(|k| filter.hidden_kinds.contains(&k));
            if hidden(s) || hidden(t) {
                continue;
            }
            let date = relation_date(a, ri);
            if !filter.keeps_date(date.as_deref()) {
                if date.is_none() {
                    graph.undated += 1;
                }
                continue;
            }
            let (s, t) = if r.kind.is_symmetric() && t < s {
                (t, s)
            } else {
                (s, t)
            };
            let i = *index.entry((s, r.kind, t)).or_insert_with(|| {
                graph.edges.push(CorpusEdge {
                    source: s,
                    kind: r.kind,
                    target: t,
                    evidence: Vec::new(),
                });
                graph.edges.len() - 1
            });
            graph.edges[i].evidence.push(EdgeEvidence {
                article: ai,
                relation: ri,
                date,
            });
        }
    }
    graph.edges.sort_by(|x, y| {
        y.article_count()
            .cmp(&x.article_count())
            .then(y.evidence.len().cmp(&x.evidence.len()))
            .then((x.source, x.kind, x.target).cmp(&(y.source, y.kind, y.target)))
    });
    graph
}

/// What part of the graph to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Focus {
    /// The this-many entities with the most links, and the edges between them.
    Top(usize),
    /// Every entity with a link.
    All,
    /// One corpus entity and its neighbours, with the edges that touch it.
    Around(usize),
}

/// The part of the graph to draw.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shown {
    /// Corpus entities, most connected first (for [`Focus::Around`], the
    /// centre first).
    pub nodes: Vec<usize>,
    /// Indices into the graph's edges.
    pub edges: Vec<usize>,
    /// Linked entities left out.
    pub hidden: usize,
}

/// How connected each corpus entity of the edges is: its number of
/// distinct neighbours, then its number of sentences.
fn degrees(edges: &[CorpusEdge]) -> FxHashMap<usize, (usize, usize)> {
    let mut neighbours: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    let mut sentences: FxHashMap<usize, usize> = FxHashMap::default();
    for e in edges {
        for (a, b) in [(e.source, e.target), (e.target, e.source)] {
            let n = neighbours.entry(a).or_default();
            if !n.contains(&b) {
                n.push(b);
            }
            *sentences.entry(a).or_default() += e.evidence.len();
        }
    }
    neighbours
        .into_iter()
        .map(|(c, n)| (c, (n.len(), sentences.get(&c).copied().unwrap_or(0))))
        .collect()
}

/// Entities by how connected they are, most first; ties in corpus order
/// (most widespread first).
fn by_degree(edges: &[CorpusEdge]) -> Vec<(usize, (usize, usize))> {
    let mut all: Vec<(usize, (usize, usize))> = degrees(edges).into_iter().collect();
    all.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    all
}

/// The nodes and edges of `edges` that `focus` shows.
pub fn focus(edges: &[CorpusEdge], focus: Focus) -> Shown {
    let ranked = by_degree(edges);
    let nodes: Vec<usize> = match focus {
        Focus::All => ranked.iter().map(|(c, _)| *c).collect(),
        Focus::Top(n) => ranked.iter().take(n).map(|(c, _)| *c).collect(),
        Focus::Around(centre) => std::iter::once(centre)
            .chain(
                ranked
                    .iter()
                    .map(|(c, _)| *c)
                    .filter(|&c| c != centre && edges.iter().any(|e| e.other(centre) == Some(c))),
            )
            .collect(),
    };
    let keeps = |e: &CorpusEdge| match focus {
        Focus::Around(centre) => e.other(centre).is_some(),
        _ => nodes.contains(&e.source) && nodes.contains(&e.target),
    };
    let shown_edges = edges
        .iter()
        .enumerate()
        .filter(|(_, e)| keeps(e))
        .map(|(i, _)| i)
        .collect();
    let hidden = ranked.iter().filter(|(c, _)| !nodes.contains(c)).count();
    Shown {
        nodes,
        edges: shown_edges,
        hidden,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::tests::invented::{article, date, linked, named, relate};
    use EntityKind::{Org, Person};
    use RelationKind::{CeoOf, InvestedIn, PartnerOf};

    /// Three invented articles: two state one investment (one in each
    /// direction of naming), a partnership is stated both ways round, and a
    /// chief executive.
    fn corpus() -> Vec<Analysis> {
        let mut a = article(
            &[("Zürich Værk AG", Org), ("Brightwave Énergie", Org)],
            Some("2021-03-04"),
        );
        relate(&mut a, InvestedIn, 0, 1);
        relate(&mut a, PartnerOf, 1, 0);
        let mut b = article(
            &[
                ("Brightwave Énergie", Org),
                ("Zürich Værk", Org),
                ("Marit Jensen", Person),
            ],
            Some("2022-06-01"),
        );
        relate(&mut b, InvestedIn, 1, 0);
        relate(&mut b, PartnerOf, 0, 1);
        relate(&mut b, CeoOf, 2, 1);
        let mut c = article(&[("Zürich Værk AG", Org), ("Tindra Labs", Org)], None);
        let r = relate(&mut c, PartnerOf, 0, 1);
        date(&mut c, r, "2019");
        vec![a, b, c]
    }

    fn refs(a: &[Analysis]) -> Vec<&Analysis> {
        a.iter().collect()
    }

    #[test]
    fn relations_of_two_articles_join_into_one_edge() {
        let a = corpus();
        let l = linked(&a);
        let g = corpus_graph(&refs(&a), &l, &GraphFilter::default());
        let (zv, bw) = (named(&l, "Zürich Værk AG"), named(&l, "Brightwave Énergie"));
        let invest = &g.edges[0];
        assert_eq!(
            (invest.source, invest.kind, invest.target),
            (zv, InvestedIn, bw)
        );
        assert_eq!(invest.article_count(), 2);
        let sentences: Vec<(usize, usize)> = invest
            .evidence
            .iter()
            .map(|e| (e.article, e.relation))
            .collect();
        assert_eq!(sentences, vec![(0, 0), (1, 0)]);
        // A symmetric kind is one edge whichever end comes first.
        let partner: Vec<&CorpusEdge> = g
            .edges
            .iter()
            .filter(|e| e.kind == PartnerOf && e.other(zv) == Some(bw))
            .collect();
        assert_eq!(partner.len(), 1);
        assert_eq!(partner[0].evidence.len(), 2);
        assert_eq!(g.edges.len(), 4, "{:?}", g.edges);
    }

    #[test]
    fn filters_hide_kinds_relations_and_dates() {
        let a = corpus();
        let l = linked(&a);
        let keep = |f: GraphFilter| corpus_graph(&refs(&a), &l, &f);
        let g = keep(GraphFilter {
            hidden_relations: vec![InvestedIn],
            ..Default::default()
        });
        assert!(g.edges.iter().all(|e| e.kind != InvestedIn));
        assert_eq!(g.edges.len(), 3);
        let g = keep(GraphFilter {
            hidden_kinds: vec![Person],
            ..Default::default()
        });
        assert!(g.edges.iter().all(|e| e.kind != CeoOf));
        // 2022 only: the second article's sentences (by its publication
        // date); the third's relation is dated 2019 by its own date.
        let g = keep(GraphFilter {
            from: date_span("2022").map(|d| d.0),
            to: date_span("2022-12").map(|d| d.1),
            ..Default::default()
        });
        assert!(
            g.edges
                .iter()
                .flat_map(|e| &e.evidence)
                .all(|e| e.article == 1)
        );
        assert_eq!(g.edges.len(), 3);
        let g = keep(GraphFilter {
            to: date_span("2019").map(|d| d.1),
            ..Default::default()
        });
        assert_eq!(g.edges.len(), 1);
        assert_eq!(g.edges[0].evidence[0].date.as_deref(), Some("2019"));
        assert_eq!(g.undated, 0);
    }

    #[test]
    fn dates_cover_their_days() {
        assert_eq!(date_span("2019"), Some((20190101, 20191231)));
        assert_eq!(date_span("2019-07"), Some((20190701, 20190731)));
        assert_eq!(date_span("2019-07-22T10:00"), Some((20190722, 20190722)));
        assert_eq!(date_span("2019-Q3"), Some((20190101, 20191231)));
        assert_eq!(date_span("P4Y"), None);
        assert_eq!(date_span("früh"), None);
    }

    #[test]
    fn focus_shows_the_most_connected_or_a_neighbourhood() {
        let a = corpus();
        let l = linked(&a);
        let g = corpus_graph(&refs(&a), &l, &GraphFilter::default());
        let zv = named(&l, "Zürich Værk AG");
        let top = focus(&g.edges, Focus::Top(1));
        assert_eq!(top.nodes, vec![zv], "three neighbours");
        assert!(top.edges.is_empty());
        assert_eq!(top.hidden, 3);
        let all = focus(&g.edges, Focus::All);
        assert_eq!(all.nodes.len(), 4);
        assert_eq!(all.edges.len(), 4);
        let jensen = named(&l, "Marit Jensen");
        let around = focus(&g.edges, Focus::Around(jensen));
        assert_eq!(around.nodes.len(), 2);
        assert_eq!(around.edges.len(), 1);
        assert_eq!(around.hidden, 2);
    }
}
