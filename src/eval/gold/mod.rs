//! Scores the pipeline against gold files (format: shared/eval/README.md).
//!
//! An entity counts as found when Dossier reports an entity of a compatible
//! kind whose name or one of whose mentions matches the gold name or an alias
//! (case-insensitive, possessive stripped), one to one: a predicted entity
//! that merges two gold entities answers only one of them. A relation counts
//! when kind, source and target (the gold ends' matched entities) match
//! (either direction for `partner_of` and
//! `competitor_of`); relations marked `implicit` count when found and are not
//! missed when absent. `sells_to(A, B)` and `buys_from(B, A)` are one fact
//! told from either side, and score as one. A money figure counts when its
//! value is within 0.5% (in the gold's currency, where it gives one) and,
//! where the gold gives them, investor, recipient and year match; a figure
//! stated twice may match both gold mentions. Apart from those counts, the
//! share of gold figures whose payer and payee are both exactly right (a
//! gold `null` wants none) and of prices per share or unit marked so.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

mod clutter;
mod money;

use super::corpus::gold::{Gold, GoldEntity, read_gold};
use super::english;
use super::error::EvalError;
use super::report::Report;
use crate::load::load_path;
use crate::model::{Analysis, Counts, Entity, EntityKind, RelationKind};
use crate::pipeline::{Pipeline, names};

/// Scores of one article.
#[derive(Debug, Default)]
pub struct FileScore {
    /// The gold file.
    pub gold: PathBuf,
    /// Entities.
    pub entities: Counts,
    /// Relations.
    pub relations: Counts,
    /// Money figures.
    pub money: Counts,
    /// Gold money figures whose investor and recipient are both exactly
    /// right (a gold `null` wants none), and all gold figures.
    pub parties: (usize, usize),
    /// Gold per-share / per-unit prices marked so, and all of them.
    pub per: (usize, usize),
    /// Page-clutter names reported as entities.
    pub boilerplate_reported: Vec<String>,
    /// Gold clutter lines marked (tp) and left in the body (fn), body lines
    /// marked as clutter (fp).
    pub clutter_lines: Counts,
    /// Human-readable misses and false alarms.
    pub notes: Vec<String>,
}

/// Scores for all gold files.
#[derive(Debug, Default)]
pub struct GoldReport {
    /// One per gold file.
    pub files: Vec<FileScore>,
}

impl GoldReport {
    /// Summed counts: (entities, relations, money).
    pub fn totals(&self) -> (Counts, Counts, Counts) {
        let mut t = (Counts::default(), Counts::default(), Counts::default());
        for f in &self.files {
            t.0.add(f.entities);
            t.1.add(f.relations);
            t.2.add(f.money);
        }
        t
    }

    /// Summed (right, all) of money figures with both parties right, and of
    /// per-share / per-unit prices marked so.
    pub fn parties_totals(&self) -> ((usize, usize), (usize, usize)) {
        self.files.iter().fold(((0, 0), (0, 0)), |(p, q), f| {
            (
                (p.0 + f.parties.0, p.1 + f.parties.1),
                (q.0 + f.per.0, q.1 + f.per.1),
            )
        })
    }
}

/// "3/5 money figures with payer and payee right (60.0%), 1/2 prices per
/// share or unit marked".
fn parties_line(parties: (usize, usize), per: (usize, usize)) -> String {
    let pct = if parties.1 == 0 {
        100.0
    } else {
        100.0 * parties.0 as f64 / parties.1 as f64
    };
    format!(
        "  parties    {}/{} money figures with payer and payee right ({pct:.1}%), {}/{} prices per share or unit marked",
        parties.0, parties.1, per.0, per.1
    )
}

/// "7/8 clutter lines marked, 0 body lines marked as clutter".
fn clutter_lines_line(c: Counts) -> String {
    format!(
        "             {}/{} clutter lines marked, {} body lines marked as clutter",
        c.tp,
        c.tp + c.fn_,
        c.fp
    )
}

impl Report for GoldReport {
    /// Human-readable table.
    fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        let row = |out: &mut String, name: &str, c: Counts| {
            writeln!(
                out,
                "  {name:<10} P {:>6.3}  R {:>6.3}  F1 {:>6.3}   (tp {}, fp {}, fn {})",
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp,
                c.fp,
                c.fn_
            )
            .ok();
        };
        for f in &self.files {
            writeln!(out, "{}", f.gold.display()).ok();
            row(&mut out, "entities", f.entities);
            row(&mut out, "relations", f.relations);
            row(&mut out, "money", f.money);
            writeln!(out, "{}", parties_line(f.parties, f.per)).ok();
            writeln!(
                out,
                "  clutter    {} page-clutter names reported{}",
                f.boilerplate_reported.len(),
                // The names only with -v: the plain report of a held-out
                // set must not show what the pipeline did on one page.
                if f.boilerplate_reported.is_empty() || !verbose {
                    String::new()
                } else {
                    format!(": {}", f.boilerplate_reported.join(", "))
                }
            )
            .ok();
            writeln!(out, "{}", clutter_lines_line(f.clutter_lines)).ok();
            if verbose {
                for n in &f.notes {
                    writeln!(out, "    {n}").ok();
                }
            }
        }
        if self.files.len() > 1 {
            let (e, r, m) = self.totals();
            writeln!(out, "total ({} files)", self.files.len()).ok();
            row(&mut out, "entities", e);
            row(&mut out, "relations", r);
            row(&mut out, "money", m);
            let (parties, per) = self.parties_totals();
            writeln!(out, "{}", parties_line(parties, per)).ok();
            let clutter: usize = self
                .files
                .iter()
                .map(|f| f.boilerplate_reported.len())
                .sum();
            writeln!(out, "  clutter    {clutter} page-clutter names reported").ok();
            let mut lines = Counts::default();
            for f in &self.files {
                lines.add(f.clutter_lines);
            }
            writeln!(out, "{}", clutter_lines_line(lines)).ok();
        }
        out
    }
}

fn compatible(gold: &GoldEntity, kind: EntityKind) -> bool {
    std::iter::once(&gold.kind)
        .chain(&gold.alt_types)
        .any(|t| EntityKind::from_name(t) == Some(kind))
}

/// How names are compared: [`names::name_key`] with some language's words.
pub(crate) type NameKey<'a> = &'a dyn Fn(&str) -> String;

fn gold_keys(name_key: NameKey<'_>, g: &GoldEntity) -> Vec<String> {
    std::iter::once(&g.name)
        .chain(&g.aliases)
        .map(|s| name_key(s))
        .collect()
}

/// How closely a predicted entity matches a gold entity, lower is closer;
/// `None` when it does not match. Every entity whose name or one of whose
/// mentions is the gold name or an alias matches: its name is the gold name
/// as written (0), else by its key (1), else an alias (2), else a mention is
/// the gold name (3), else a mention is an alias (4). So a description the
/// gold lists as an alias ("the company") that the pipeline resolved
/// elsewhere does not hand this entry to another company, and "Tarn Group"
/// beside "Tarn Corp" (one key once legal suffixes go) is the group.
/// `keys` are the gold entity's [`gold_keys`], made once per gold entity.
fn match_rank(
    name_key: NameKey<'_>,
    a: &Analysis,
    (g, keys): (&GoldEntity, &[String]),
    e: &Entity,
) -> Option<u8> {
    if !compatible(g, e.kind) {
        return None;
    }
    if e.name == g.name {
        return Some(0);
    }
    let name = name_key(&e.name);
    if name == keys[0] {
        return Some(1);
    }
    if keys.contains(&name) {
        return Some(2);
    }
    let mentions: Vec<String> = e
        .mentions
        .iter()
        .map(|&m| name_key(a.mention_text(m)))
        .collect();
    if mentions.contains(&keys[0]) {
        Some(3)
    } else if mentions.iter().any(|m| keys.contains(m)) {
        Some(4)
    } else {
        None
    }
}

/// The predicted entity that matches a gold entity, if any: of all that
/// match, the closest ([`match_rank`]).
fn match_entity(name_key: NameKey<'_>, a: &Analysis, g: &GoldEntity) -> Option<usize> {
    let keys = gold_keys(name_key, g);
    a.entities
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match_rank(name_key, a, (g, &keys), e).map(|r| (r, i)))
        .min()
        .map(|(_, i)| i)
}

/// The predicted entity for a gold name used in relations and money, each
/// gold entity matched on its own (the learned relation step's labels).
pub(crate) fn entity_for_name(
    name_key: NameKey<'_>,
    a: &Analysis,
    gold: &Gold,
    name: &str,
) -> Option<usize> {
    gold.entities
        .iter()
        .find(|g| g.name == name)
        .and_then(|g| match_entity(name_key, a, g))
        .or_else(|| a.find_entity(name))
}

/// Gold entities matched one to one with predicted entities, closest pairs
/// first ([`match_rank`], then gold order). A predicted entity that merges
/// two gold entities ("Tarn" for both Tarn Group and its unit Tarn Energy)
/// is found once: the other gold entity is missed, and so are the relations
/// and money parties that name it, as an analyst reading the merged entity
/// would miss them.
pub(crate) struct Matching {
    gold_to_predicted: Vec<Option<usize>>,
}

impl Matching {
    pub(crate) fn new(name_key: NameKey<'_>, a: &Analysis, gold: &Gold) -> Self {
        let mut pairs: Vec<(u8, usize, usize)> = Vec::new();
        for (gi, g) in gold.entities.iter().enumerate() {
            let keys = gold_keys(name_key, g);
            for (pi, e) in a.entities.iter().enumerate() {
                if let Some(r) = match_rank(name_key, a, (g, &keys), e) {
                    pairs.push((r, gi, pi));
                }
            }
        }
        pairs.sort_unstable();
        let mut gold_to_predicted = vec![None; gold.entities.len()];
        let mut taken = vec![false; a.entities.len()];
        for (_, gi, pi) in pairs {
            if gold_to_predicted[gi].is_none() && !taken[pi] {
                gold_to_predicted[gi] = Some(pi);
                taken[pi] = true;
            }
        }
        Matching { gold_to_predicted }
    }

    /// The predicted entity matched to gold entity `i`.
    pub(crate) fn of_gold(&self, i: usize) -> Option<usize> {
        self.gold_to_predicted[i]
    }

    /// The predicted entity for a name a gold relation or figure uses: its
    /// gold entity's match, or, for a name the gold does not list as an
    /// entity, the entity of that name.
    pub(crate) fn of_name(&self, a: &Analysis, gold: &Gold, name: &str) -> Option<usize> {
        match gold.entities.iter().position(|g| g.name == name) {
            Some(i) => self.of_gold(i),
            None => a.find_entity(name),
        }
    }
}

/// Scores one analysis against its gold, comparing names with English's
/// name keys.
pub fn score(a: &Analysis, gold: &Gold) -> FileScore {
    score_with(&english::name_key, a, gold)
}

/// One fact stated from either side is one relation: `sells_to(A, B)`
/// scores as `buys_from(B, A)`.
fn canonical<T>(kind: RelationKind, source: T, target: T) -> (RelationKind, T, T) {
    match kind {
        RelationKind::SellsTo => (RelationKind::BuysFrom, target, source),
        k => (k, source, target),
    }
}

/// [`score`] with the name keys of the pipeline's own language.
pub(crate) fn score_with(name_key: NameKey<'_>, a: &Analysis, gold: &Gold) -> FileScore {
    let mut s = FileScore::default();
    // Entities.
    let matching = Matching::new(name_key, a, gold);
    let mut matched = vec![false; a.entities.len()];
    for (i, g) in gold.entities.iter().enumerate() {
        match matching.of_gold(i) {
            Some(e) => {
                s.entities.tp += 1;
                matched[e] = true;
            }
            None => {
                s.entities.fn_ += 1;
                s.notes
                    .push(format!("missed entity {} ({})", g.name, g.kind));
            }
        }
    }
    for (i, e) in a.entities.iter().enumerate() {
        if !e.kind.is_name() || matched[i] {
            continue;
        }
        // A second predicted entity for an already matched gold one is a split, also an error.
        s.entities.fp += 1;
        s.notes
            .push(format!("extra entity {} ({})", e.name, e.kind.name()));
    }
    for b in &gold.boilerplate_entities {
        let key = name_key(b);
        // A name the gold also lists as an article entity (a wire's dateline city that its
        // closing credit line repeats) is rightly reported: no output could satisfy both.
        let in_body = gold
            .entities
            .iter()
            .any(|g| name_key(&g.name) == key || g.aliases.iter().any(|x| name_key(x) == key));
        if !in_body
            && a.entities.iter().any(|e| {
                e.kind.is_name()
                    && (name_key(&e.name) == key || e.aliases.iter().any(|x| name_key(x) == key))
            })
        {
            s.boilerplate_reported.push(b.clone());
        }
    }
    let (lines, line_notes) = clutter::score_lines(a, &gold.boilerplate);
    s.clutter_lines = lines;
    s.notes.extend(line_notes);

    // Relations: predicted deduplicated by (kind, source, target).
    let mut predicted: Vec<(RelationKind, usize, usize)> = Vec::new();
    for r in &a.relations {
        let (kind, source, target) = canonical(r.kind, r.source, r.target);
        let (x, y) = if kind.is_symmetric() && source > target {
            (target, source)
        } else {
            (source, target)
        };
        if !predicted.contains(&(kind, x, y)) {
            predicted.push((kind, x, y));
        }
    }
    let mut used = vec![false; predicted.len()];
    for g in &gold.relations {
        let (src, tgt) = (
            matching.of_name(a, gold, &g.source),
            matching.of_name(a, gold, &g.target),
        );
        let (kind, src, tgt) = match RelationKind::from_name(&g.kind) {
            Some(k) => {
                let (k, s, t) = canonical(k, src, tgt);
                (Some(k), s, t)
            }
            None => (None, src, tgt),
        };
        // Each predicted relation answers one gold relation.
        let hit = match (kind, src, tgt) {
            (Some(k), Some(x), Some(y)) => {
                predicted.iter().zip(&used).position(|(&(pk, ps, pt), &u)| {
                    !u && pk == k
                        && ((ps, pt) == (x, y) || (k.is_symmetric() && (ps, pt) == (y, x)))
                })
            }
            _ => None,
        };
        match hit {
            Some(p) => {
                used[p] = true;
                if !g.implicit {
                    s.relations.tp += 1;
                }
            }
            None if !g.implicit => {
                s.relations.fn_ += 1;
                s.notes.push(format!(
                    "missed relation {} {} {}",
                    g.source, g.kind, g.target
                ));
            }
            None => {}
        }
    }
    for (p, &(k, x, y)) in predicted.iter().enumerate() {
        if !used[p] {
            s.relations.fp += 1;
            s.notes.push(format!(
                "extra relation {} {} {}",
                a.entity_name(x),
                k.name(),
                a.entity_name(y)
            ));
        }
    }

    money::score_money(&matching, a, gold, &mut s);
    s
}

/// Runs the pipeline on each gold file's article and scores it.
pub fn evaluate_files(gold: &[PathBuf]) -> Result<GoldReport, EvalError> {
    evaluate_with(&Pipeline::new()?, gold)
}

/// [`evaluate_files`] with a given pipeline (another relation model, say).
pub fn evaluate_with(pipeline: &Pipeline, gold: &[PathBuf]) -> Result<GoldReport, EvalError> {
    let name_key = |s: &str| names::name_key(&pipeline.language().resolve, s);
    let mut report = GoldReport::default();
    for path in gold {
        let g = read_gold(path)?;
        let article = path.parent().unwrap_or(Path::new(".")).join(&g.file);
        let mut doc = load_path(&article)?;
        if doc.published.is_none() {
            doc.published.clone_from(&g.published);
        }
        let analysis = pipeline.analyze(doc);
        let mut s = score_with(&name_key, &analysis, &g);
        s.gold.clone_from(path);
        report.files.push(s);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clutter_names_are_shown_only_in_the_verbose_report() {
        let report = GoldReport {
            files: vec![FileScore {
                boilerplate_reported: vec!["Ivo Grett".into()],
                ..FileScore::default()
            }],
        };
        assert!(!report.render(false).contains("Ivo Grett"));
        assert!(
            report
                .render(false)
                .contains("1 page-clutter names reported")
        );
        assert!(report.render(true).contains("Ivo Grett"));
    }

    #[test]
    fn a_gold_entry_matches_the_entity_named_like_it_before_one_with_a_shared_description() {
        let text = "Brask Motors said its sales rose, as the company outsold rival Keltic Foods on Monday. \
                    Keltic Foods said the company would cut prices.";
        let pipeline = Pipeline::new().expect("bundled pipeline loads");
        let a = pipeline.analyze(crate::model::Document::from_text("invented.txt", text));
        let gold: Gold = serde_json::from_str(
            r#"{"file": "x.txt", "entities": [
                {"name": "Keltic Foods", "type": "ORG", "aliases": ["Keltic Foods", "the company"]}
            ]}"#,
        )
        .expect("gold parses");
        let e = match_entity(&english::name_key, &a, &gold.entities[0]).expect("matched");
        assert_eq!(a.entities[e].name, "Keltic Foods", "{:?}", a.entities);
    }

    #[test]
    fn a_gold_group_matches_the_group_before_the_company_of_its_key() {
        let text = "Tamsin Corp and Tamsin Information said on Monday they would merge. \
                    Tamsin Corp and Tamsin Information are units of Tamsin Group.";
        let pipeline = Pipeline::new().expect("bundled pipeline loads");
        let a = pipeline.analyze(crate::model::Document::from_text("invented.txt", text));
        let gold: Gold = serde_json::from_str(
            r#"{"file": "x.txt", "entities": [
                {"name": "Tamsin Corp", "type": "ORG", "aliases": ["Tamsin Corp"]},
                {"name": "Tamsin Group", "type": "ORG", "aliases": ["Tamsin Group"]}
            ]}"#,
        )
        .expect("gold parses");
        for g in &gold.entities {
            let e = match_entity(&english::name_key, &a, g).expect("matched");
            assert_eq!(a.entities[e].name, g.name, "{:?}", a.entities);
        }
    }

    #[test]
    fn a_clutter_name_the_gold_also_lists_in_the_article_is_not_a_leak() {
        let text = "ORVIK 1996-08-30\nBrask Motors said on Friday its sales rose.\n-- Orvik newsroom +47 22 00 00";
        let pipeline = Pipeline::new().expect("bundled pipeline loads");
        let a = pipeline.analyze(crate::model::Document::from_text("invented.txt", text));
        let score = |entities: &str| {
            let gold: Gold = serde_json::from_str(&format!(
                r#"{{"file": "x.txt", "entities": [{entities}], "boilerplate_entities": ["Orvik"]}}"#
            ))
            .expect("gold parses");
            score_with(&english::name_key, &a, &gold).boilerplate_reported
        };
        assert!(
            a.entities
                .iter()
                .any(|e| e.name.eq_ignore_ascii_case("Orvik")),
            "{:?}",
            a.entities
        );
        assert_eq!(score(""), vec!["Orvik".to_string()]);
        assert!(score(r#"{"name": "ORVIK", "type": "LOC"}"#).is_empty());
    }

    #[test]
    fn one_predicted_entity_answers_one_gold_entity_and_its_relations() {
        let text = "Brask Motors said on Monday it had bought Keltic Foods for $40 million.";
        let pipeline = Pipeline::new().expect("bundled pipeline loads");
        let a = pipeline.analyze(crate::model::Document::from_text("invented.txt", text));
        assert!(a.find_entity("Brask Motors").is_some(), "{:?}", a.entities);
        // The gold's holding company shares an alias with its unit: Dossier's one
        // "Brask Motors" is the unit (its name as written), the holding is missed,
        // and so is the relation that names the holding.
        let gold: Gold = serde_json::from_str(
            r#"{"file": "x.txt", "entities": [
                {"name": "Brask Motors Holdings", "type": "ORG", "aliases": ["Brask Motors"]},
                {"name": "Brask Motors", "type": "ORG"},
                {"name": "Keltic Foods", "type": "ORG"}
            ], "relations": [
                {"source": "Brask Motors Holdings", "type": "acquired", "target": "Keltic Foods"},
                {"source": "Brask Motors", "type": "acquired", "target": "Keltic Foods"}
            ]}"#,
        )
        .expect("gold parses");
        let matching = Matching::new(&english::name_key, &a, &gold);
        assert_eq!(matching.of_gold(0), None);
        let unit = matching.of_gold(1).expect("the unit is found");
        assert_eq!(a.entities[unit].name, "Brask Motors");
        let s = score_with(&english::name_key, &a, &gold);
        assert_eq!((s.entities.tp, s.entities.fn_), (2, 1), "{:?}", s.notes);
        assert!(
            s.notes
                .iter()
                .any(|n| n == "missed relation Brask Motors Holdings acquired Keltic Foods"),
            "{:?}",
            s.notes
        );
    }
}
