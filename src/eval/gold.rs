//! Scores the pipeline against gold files (format: shared/eval/README.md).
//!
//! An entity counts as found when Dossier reports an entity of a compatible
//! kind whose name or one of whose mentions matches the gold name or an alias
//! (case-insensitive, possessive stripped). A relation counts when kind,
//! source and target match (either direction for `partner_of` and
//! `competitor_of`); relations marked `implicit` count when found and are not
//! missed when absent. A money figure counts when its value is within 0.5%
//! and, where the gold gives them, investor, recipient and year match.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::corpus::gold::{Gold, GoldEntity, read_gold};
use super::english;
use super::error::EvalError;
use super::report::Report;
use crate::load::load_path;
use crate::model::{Analysis, Counts, EntityKind, RelationKind};
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
    /// Page-clutter names reported as entities.
    pub boilerplate_reported: Vec<String>,
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
            writeln!(
                out,
                "  clutter    {} page-clutter names reported{}",
                f.boilerplate_reported.len(),
                if f.boilerplate_reported.is_empty() {
                    String::new()
                } else {
                    format!(": {}", f.boilerplate_reported.join(", "))
                }
            )
            .ok();
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
type NameKey<'a> = &'a dyn Fn(&str) -> String;

fn gold_keys(name_key: NameKey<'_>, g: &GoldEntity) -> Vec<String> {
    std::iter::once(&g.name)
        .chain(&g.aliases)
        .map(|s| name_key(s))
        .collect()
}

/// The predicted entity that matches a gold entity, if any.
fn match_entity(name_key: NameKey<'_>, a: &Analysis, g: &GoldEntity) -> Option<usize> {
    let keys = gold_keys(name_key, g);
    a.entities.iter().position(|e| {
        compatible(g, e.kind)
            && (keys.contains(&name_key(&e.name))
                || e.mentions
                    .iter()
                    .any(|&m| keys.contains(&name_key(a.mention_text(m)))))
    })
}

/// The predicted entity for a gold name used in relations and money.
fn entity_for_name(name_key: NameKey<'_>, a: &Analysis, gold: &Gold, name: &str) -> Option<usize> {
    gold.entities
        .iter()
        .find(|g| g.name == name)
        .and_then(|g| match_entity(name_key, a, g))
        .or_else(|| a.find_entity(name))
}

/// Scores one analysis against its gold, comparing names with English's
/// name keys.
pub fn score(a: &Analysis, gold: &Gold) -> FileScore {
    score_with(&english::name_key, a, gold)
}

/// [`score`] with the name keys of the pipeline's own language.
fn score_with(name_key: NameKey<'_>, a: &Analysis, gold: &Gold) -> FileScore {
    let mut s = FileScore::default();
    // Entities.
    let mut matched = vec![false; a.entities.len()];
    for g in &gold.entities {
        match match_entity(name_key, a, g) {
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
        if a.entities.iter().any(|e| {
            e.kind.is_name()
                && (name_key(&e.name) == key || e.aliases.iter().any(|x| name_key(x) == key))
        }) {
            s.boilerplate_reported.push(b.clone());
        }
    }

    // Relations: predicted deduplicated by (kind, source, target).
    let mut predicted: Vec<(RelationKind, usize, usize)> = Vec::new();
    for r in &a.relations {
        let (x, y) = if r.kind.is_symmetric() && r.source > r.target {
            (r.target, r.source)
        } else {
            (r.source, r.target)
        };
        if !predicted.contains(&(r.kind, x, y)) {
            predicted.push((r.kind, x, y));
        }
    }
    let mut used = vec![false; predicted.len()];
    for g in &gold.relations {
        let kind = RelationKind::from_name(&g.kind);
        let (src, tgt) = (
            entity_for_name(name_key, a, gold, &g.source),
            entity_for_name(name_key, a, gold, &g.target),
        );
        let hit = match (kind, src, tgt) {
            (Some(k), Some(x), Some(y)) => predicted.iter().position(|&(pk, ps, pt)| {
                pk == k && ((ps, pt) == (x, y) || (k.is_symmetric() && (ps, pt) == (y, x)))
            }),
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

    // Money.
    let mut used = vec![false; a.money.len()];
    for g in &gold.money {
        let investor = g
            .investor
            .as_deref()
            .map(|n| entity_for_name(name_key, a, gold, n));
        let recipient = g
            .recipient
            .as_deref()
            .map(|n| entity_for_name(name_key, a, gold, n));
        let hit = a.money.iter().enumerate().position(|(i, f)| {
            !used[i]
                && (f.value - g.value_usd).abs() <= 0.005 * g.value_usd.abs()
                && investor.is_none_or(|want| want.is_some() && f.investor == want)
                && recipient.is_none_or(|want| want.is_some() && f.recipient == want)
                && g.year.is_none_or(|y| f.year == Some(y))
        });
        match hit {
            Some(i) => {
                used[i] = true;
                s.money.tp += 1;
            }
            None => {
                s.money.fn_ += 1;
                s.notes.push(format!(
                    "missed money {} (investor {:?}, recipient {:?}, year {:?})",
                    g.text, g.investor, g.recipient, g.year
                ));
            }
        }
    }
    for (i, f) in a.money.iter().enumerate() {
        if !used[i] {
            s.money.fp += 1;
            s.notes.push(format!(
                "extra or wrong money {} (investor {}, recipient {}, year {:?})",
                a.mention_text(f.mention),
                f.investor.map_or("-", |e| a.entity_name(e)),
                f.recipient.map_or("-", |e| a.entity_name(e)),
                f.year
            ));
        }
    }
    s
}

/// Runs the pipeline on each gold file's article and scores it.
pub fn evaluate_files(gold: &[PathBuf]) -> Result<GoldReport, EvalError> {
    let pipeline = Pipeline::new()?;
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
