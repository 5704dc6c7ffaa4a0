//! MEANTIME's semantic-role layer read as relation gold: event mentions
//! (grouped by the event instance they refer to), their `HAS_PARTICIPANT`
//! roles, each participant resolved to its `ENTITY` instance, and the rule
//! table of [`super::map`] applied to give relations between named
//! instances.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use super::map::{Class, End, Rule, Slot, stands_for, symmetric};
use crate::eval::CorpusError;
use crate::eval::corpus::cat::{CatDocument, read_cat};

/// Byte span into the rebuilt text.
pub type Span = (usize, usize);

/// One mention of an entity instance in sentences 0–5.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstanceMention {
    /// Its span.
    pub span: Span,
    /// Named mentions of other instances nested inside it ("Los Angeles"
    /// in "Los Angeles based Northrop Grumman"): a predicted mention on
    /// them is not a mention of this instance.
    pub inner: Vec<Span>,
}

/// A MEANTIME `ENTITY` instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instance {
    /// Its `m_id`.
    pub id: String,
    /// `ent_type`: PER, ORG, LOC, PRO, FIN, MIX.
    pub ent_type: String,
    /// Its first name in the text, or its `TAG_DESCRIPTOR`.
    pub name: String,
    /// True when a `NAM` or `PRE.NAM` mention names it in sentences 0–5.
    pub named: bool,
    /// Its mentions in sentences 0–5, in text order.
    pub mentions: Vec<InstanceMention>,
}

/// A relation the semantic-role layer states between two named instances.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldRelation {
    /// Its class ([`super::map::Class`]).
    pub class: Class,
    /// Source instance (index into [`SrlDoc::instances`]).
    pub source: usize,
    /// Target instance.
    pub target: usize,
    /// The lines (sentences) of the event mentions that state it.
    pub lines: BTreeSet<usize>,
    /// The event lemmas that state it.
    pub predicates: BTreeSet<String>,
    /// True when one end is only the maker of the product bought or sold.
    pub via_maker: bool,
}

/// One MEANTIME document read for `eval-srl`.
#[derive(Clone, Debug)]
pub struct SrlDoc {
    /// The file it came from.
    pub path: PathBuf,
    /// Sentences 0–5 as text, one line each.
    pub text: String,
    /// Every entity instance.
    pub instances: Vec<Instance>,
    /// Relations, one per class and pair of instances.
    pub relations: Vec<GoldRelation>,
    /// For each line, the classes of the mapped events on it: the
    /// sentences where the layer could state a relation of that class.
    pub covered: BTreeMap<usize, BTreeSet<Class>>,
}

impl SrlDoc {
    /// The line (sentence) a byte offset lies on.
    pub fn line_of(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .matches('\n')
            .count()
    }
}

fn overlaps(a: Span, b: Span) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn inside(inner: Span, outer: Span) -> bool {
    outer.0 <= inner.0 && inner.1 <= outer.1 && inner != outer
}

/// What an entity mention stands for: its instance, and for a
/// coordination or an unnamed group ("rivals Toyota and General Motors",
/// "six airlines - Air China, …") the instances of the same type named
/// inside it, each a member.
#[derive(Clone, Debug, Default)]
struct Referent {
    instance: usize,
    members: Vec<usize>,
}

/// Entity instances of a CAT document, and what each entity mention refers
/// to.
fn instances(cat: &CatDocument) -> (Vec<Instance>, HashMap<String, Referent>) {
    let mut list: Vec<Instance> = Vec::new();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for m in cat.markables.iter().filter(|m| m.tag == "ENTITY") {
        let Some(id) = m.attr("m_id") else { continue };
        by_id.insert(id, list.len());
        list.push(Instance {
            id: id.to_owned(),
            ent_type: m.attr("ent_type").unwrap_or_default().to_owned(),
            name: m.attr("TAG_DESCRIPTOR").unwrap_or_default().to_owned(),
            named: false,
            mentions: Vec::new(),
        });
    }
    let mut mention_of: HashMap<String, usize> = HashMap::new();
    for r in cat.relations.iter().filter(|r| r.tag == "REFERS_TO") {
        let Some(&i) = r.targets.first().and_then(|t| by_id.get(t.as_str())) else {
            continue;
        };
        for s in &r.sources {
            mention_of.insert(s.clone(), i);
        }
    }
    // (instance, span, named)
    let mut spans: Vec<(usize, Span, bool)> = Vec::new();
    // Mentions that may stand for a group: (id, instance, span).
    let mut groups: Vec<(&str, usize, Span)> = Vec::new();
    let mut is_conj: HashMap<&str, bool> = HashMap::new();
    for m in cat.markables.iter().filter(|m| m.tag == "ENTITY_MENTION") {
        let (Some(id), Some(span)) = (m.attr("m_id"), cat.span_of(&m.tokens)) else {
            continue;
        };
        if let Some(&i) = mention_of.get(id) {
            let named = matches!(m.attr("syntactic_type"), Some("NAM" | "PRE.NAM"));
            spans.push((i, span, named));
            groups.push((id, i, span));
            is_conj.insert(id, m.attr("syntactic_type") == Some("CONJ"));
        }
    }
    spans.sort_by_key(|s| (s.1, s.0));
    let mut named_first: Vec<Option<Span>> = vec![None; list.len()];
    for &(i, span, named) in &spans {
        let inner = spans
            .iter()
            .filter(|(j, s, n)| *n && *j != i && inside(*s, span))
            .map(|s| s.1)
            .collect();
        list[i].mentions.push(InstanceMention { span, inner });
        if named {
            list[i].named = true;
            named_first[i].get_or_insert(span);
        }
    }
    for (inst, first) in list.iter_mut().zip(named_first) {
        if let Some((s, e)) = first {
            inst.name = cat.text[s..e].replace('\n', " ");
        }
    }
    let mut referents: HashMap<String, Referent> = mention_of
        .into_iter()
        .map(|(m, instance)| {
            let r = Referent {
                instance,
                members: Vec::new(),
            };
            (m, r)
        })
        .collect();
    for (id, i, span) in groups {
        if list[i].named && !is_conj[id] {
            continue;
        }
        let mut members: Vec<usize> = spans
            .iter()
            .filter(|(j, s, n)| {
                *n && *j != i && inside(*s, span) && list[*j].ent_type == list[i].ent_type
            })
            .map(|s| s.0)
            .collect();
        members.dedup();
        if let Some(r) = referents.get_mut(id) {
            r.members = members;
        }
    }
    (list, referents)
}

/// An event instance (or a lone event mention): what its mentions say.
#[derive(Default)]
struct Event {
    /// (MEANTIME `pred`, the mention's words, its line).
    mentions: Vec<(String, Vec<String>, usize)>,
    /// (role, instance, members) of every participant that refers to an
    /// instance.
    participants: Vec<(String, usize, Vec<usize>)>,
}

fn events(cat: &CatDocument, referents: &HashMap<String, Referent>) -> Vec<Event> {
    let mut group_of: HashMap<&str, &str> = HashMap::new();
    let event_ids: BTreeSet<&str> = cat
        .markables
        .iter()
        .filter(|m| m.tag == "EVENT")
        .filter_map(|m| m.attr("m_id"))
        .collect();
    for r in cat.relations.iter().filter(|r| r.tag == "REFERS_TO") {
        if let Some(t) = r.targets.first().filter(|t| event_ids.contains(t.as_str())) {
            for s in &r.sources {
                group_of.insert(s.as_str(), t.as_str());
            }
        }
    }
    let mut groups: BTreeMap<&str, Event> = BTreeMap::new();
    let mut key_of: HashMap<&str, &str> = HashMap::new();
    for m in cat.markables.iter().filter(|m| m.tag == "EVENT_MENTION") {
        let (Some(id), Some(span)) = (m.attr("m_id"), cat.span_of(&m.tokens)) else {
            continue;
        };
        if m.attr("polarity") == Some("NEG") {
            continue;
        }
        let key = group_of.get(id).copied().unwrap_or(id);
        key_of.insert(id, key);
        let words = cat.text[span.0..span.1]
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let line = cat.text[..span.0].matches('\n').count();
        groups.entry(key).or_default().mentions.push((
            m.attr("pred").unwrap_or_default().to_owned(),
            words,
            line,
        ));
    }
    for r in cat.relations.iter().filter(|r| r.tag == "HAS_PARTICIPANT") {
        let (Some(s), Some(t)) = (r.sources.first(), r.targets.first()) else {
            continue;
        };
        let (Some(key), Some(referent)) = (key_of.get(s.as_str()), referents.get(t)) else {
            continue;
        };
        let role = r.attr("sem_role").unwrap_or_default().to_owned();
        if let Some(g) = groups.get_mut(key) {
            g.participants
                .push((role, referent.instance, referent.members.clone()));
        }
    }
    groups.into_values().collect()
}

/// True when the event stands for one of the rule's predicates.
fn fires(event: &Event, rule: &Rule) -> bool {
    event
        .mentions
        .iter()
        .any(|(pred, words, _)| rule.predicates.iter().any(|p| stands_for(pred, words, p)))
}

/// The named organisations whose names lie inside a mention of the event's
/// Arg1 product.
fn makers(event: &Event, instances: &[Instance]) -> Vec<usize> {
    let products: Vec<usize> = event
        .participants
        .iter()
        .filter(|(r, i, _)| r == "Arg1" && instances[*i].ent_type == "PRO")
        .map(|p| p.1)
        .collect();
    let mut out = Vec::new();
    for (j, org) in instances.iter().enumerate() {
        if org.ent_type != "ORG" || !org.named || out.contains(&j) {
            continue;
        }
        let nested = products.iter().any(|&p| {
            instances[p].mentions.iter().any(|pm| {
                pm.inner
                    .iter()
                    .any(|s| org.mentions.iter().any(|om| om.span == *s))
            })
        });
        if nested {
            out.push(j);
        }
    }
    out
}

/// The instances (named ones only, if `named_only`) an end of a rule
/// finds, and whether the maker slot gave them. `all` takes every slot (a rule whose two ends have the same
/// slots) instead of the first that gives something.
fn find_end(
    end: &End,
    event: &Event,
    instances: &[Instance],
    all: bool,
    named_only: bool,
) -> (Vec<usize>, bool) {
    let mut out: Vec<usize> = Vec::new();
    for slot in &end.slots {
        let (found, maker) = match slot {
            Slot::Role(role) => (
                event
                    .participants
                    .iter()
                    .filter(|(r, ..)| r == role)
                    .flat_map(|p| std::iter::once(p.1).chain(p.2.iter().copied()))
                    .collect::<Vec<_>>(),
                false,
            ),
            Slot::Maker => (makers(event, instances), true),
        };
        let found: Vec<usize> = found
            .into_iter()
            .filter(|&i| {
                (instances[i].named || !named_only) && end.types.contains(&instances[i].ent_type)
            })
            .collect();
        for i in found {
            if !out.contains(&i) {
                out.push(i);
            }
        }
        if !all && !out.is_empty() {
            return (out, maker);
        }
    }
    (out, false)
}

fn requirements_met(rule: &Rule, event: &Event, instances: &[Instance]) -> bool {
    rule.requires.iter().all(|req| {
        let present = event
            .participants
            .iter()
            .any(|(r, i, _)| *r == req.role && req.types.contains(&instances[*i].ent_type));
        present != req.absent
    })
}

/// The relations the rules give on the events of a document, and the lines
/// each class's mapped events lie on (an event whose two ends both have a
/// participant, named or not, whether the row's conditions hold or not).
pub fn apply_rules(
    cat: &CatDocument,
    rules: &[Rule],
) -> (
    Vec<Instance>,
    Vec<GoldRelation>,
    BTreeMap<usize, BTreeSet<Class>>,
) {
    let (instances, referents) = instances(cat);
    let mut relations: Vec<GoldRelation> = Vec::new();
    let mut covered: BTreeMap<usize, BTreeSet<Class>> = BTreeMap::new();
    for event in events(cat, &referents) {
        for rule in rules.iter().filter(|r| fires(&event, r)) {
            let sym = symmetric(rule.class);
            // Same slots on both ends: every pair of participants found.
            let all = rule.source.slots == rule.target.slots;
            // The layer covers the sentence for this class when both ends
            // have a participant, named or not, whatever the conditions:
            // a purchase of a company covers buys_from too, where its
            // seller is annotated.
            let filled = |end: &End| !find_end(end, &event, &instances, all, false).0.is_empty();
            if filled(&rule.source) && filled(&rule.target) {
                for (_, _, line) in &event.mentions {
                    covered.entry(*line).or_default().insert(rule.class);
                }
            }
            if !requirements_met(rule, &event, &instances) {
                continue;
            }
            let (sources, maker_s) = find_end(&rule.source, &event, &instances, all, true);
            let (targets, maker_t) = find_end(&rule.target, &event, &instances, all, true);
            for &s in &sources {
                for &t in &targets {
                    if s == t {
                        continue;
                    }
                    let (s, t) = if rule.swap { (t, s) } else { (s, t) };
                    let at = relations.iter().position(|g| {
                        g.class == rule.class
                            && ((g.source, g.target) == (s, t)
                                || sym && (g.source, g.target) == (t, s))
                    });
                    let at = at.unwrap_or_else(|| {
                        relations.push(GoldRelation {
                            class: rule.class,
                            source: s,
                            target: t,
                            lines: BTreeSet::new(),
                            predicates: BTreeSet::new(),
                            via_maker: maker_s || maker_t,
                        });
                        relations.len() - 1
                    });
                    let g = &mut relations[at];
                    g.via_maker &= maker_s || maker_t;
                    g.lines.extend(event.mentions.iter().map(|m| m.2));
                    g.predicates.extend(event.mentions.iter().map(|m| {
                        if m.0.is_empty() {
                            m.1.join(" ").to_lowercase()
                        } else {
                            m.0.clone()
                        }
                    }));
                }
            }
        }
    }
    (instances, relations, covered)
}

/// Parses a MEANTIME CAT XML document and reads its relations by `rules`.
pub fn parse_srl(xml: &str, path: &Path, rules: &[Rule]) -> Result<SrlDoc, CorpusError> {
    let cat = read_cat(xml, path)?;
    let (instances, relations, covered) = apply_rules(&cat, rules);
    Ok(SrlDoc {
        path: cat.path,
        text: cat.text,
        instances,
        relations,
        covered,
    })
}

/// True when a predicted mention `span` is a mention of the instance: it
/// overlaps one of the instance's mentions and none of the other names
/// nested inside that mention.
pub fn on_instance(span: Span, instance: &Instance) -> bool {
    instance
        .mentions
        .iter()
        .any(|m| overlaps(span, m.span) && !m.inner.iter().any(|&inner| overlaps(span, inner)))
}
