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

use serde::Deserialize;

use crate::load::load_path;
use crate::model::{Analysis, EntityKind, RelationKind};
use crate::pipeline::Pipeline;

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A gold file could not be read or parsed.
    #[error("cannot read gold file ({reason}): {}", path.display())]
    Gold {
        /// What went wrong.
        reason: String,
        /// The gold file.
        path: PathBuf,
    },
    /// The article a gold file names could not be loaded.
    #[error(transparent)]
    Load(#[from] crate::load::LoadError),
    /// The pipeline's resources did not load.
    #[error(transparent)]
    Model(#[from] crate::pipeline::PipelineError),
}

/// A gold file.
#[derive(Debug, Deserialize)]
pub struct Gold {
    /// Article path relative to the gold file.
    pub file: String,
    /// Entities.
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    /// Money figures.
    #[serde(default)]
    pub money: Vec<GoldMoney>,
    /// Relations.
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
    /// Names that occur only in page clutter.
    #[serde(default)]
    pub boilerplate_entities: Vec<String>,
    /// Publication date, when the gold gives one.
    #[serde(default)]
    pub published: Option<String>,
}

/// A gold entity.
#[derive(Debug, Deserialize)]
pub struct GoldEntity {
    /// Canonical name.
    pub name: String,
    /// Type: PERSON, ORG, GPE/LOC, PROJECT.
    #[serde(rename = "type")]
    pub kind: String,
    /// Other accepted types.
    #[serde(default)]
    pub alt_types: Vec<String>,
    /// Surface forms.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A gold money figure.
#[derive(Debug, Deserialize)]
pub struct GoldMoney {
    /// As written.
    pub text: String,
    /// Value in US dollars.
    pub value_usd: f64,
    /// Year, where the text says.
    #[serde(default)]
    pub year: Option<i32>,
    /// Investor name.
    #[serde(default)]
    pub investor: Option<String>,
    /// Recipient name.
    #[serde(default)]
    pub recipient: Option<String>,
}

/// A gold relation.
#[derive(Debug, Deserialize)]
pub struct GoldRelation {
    /// Relation kind name.
    #[serde(rename = "type")]
    pub kind: String,
    /// Source entity name.
    pub source: String,
    /// Target entity name.
    pub target: String,
    /// May be found or not.
    #[serde(default)]
    pub implicit: bool,
}

/// True positives, false positives, false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Found and right.
    pub tp: usize,
    /// Reported but wrong.
    pub fp: usize,
    /// In the gold but not found.
    pub fn_: usize,
}

impl Counts {
    /// Precision in [0, 1] (1 when nothing was reported).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// Recall in [0, 1] (1 when nothing was expected).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

#[allow(clippy::cast_precision_loss)]
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

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
pub struct Report {
    /// One per gold file.
    pub files: Vec<FileScore>,
}

impl Report {
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

    /// Human-readable table.
    pub fn render(&self, verbose: bool) -> String {
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

static ENGLISH: std::sync::LazyLock<Option<crate::lang::Language>> =
    std::sync::LazyLock::new(|| crate::lang::Language::english().ok());

fn name_key(s: &str) -> String {
    ENGLISH
        .as_ref()
        .map(|l| crate::pipeline::resolve::name_key(&l.resolve, s))
        .unwrap_or_default()
}

fn compatible(gold: &GoldEntity, kind: EntityKind) -> bool {
    std::iter::once(&gold.kind)
        .chain(&gold.alt_types)
        .any(|t| EntityKind::from_name(t) == Some(kind))
}

fn gold_keys(g: &GoldEntity) -> Vec<String> {
    std::iter::once(&g.name)
        .chain(&g.aliases)
        .map(|s| name_key(s))
        .collect()
}

/// The predicted entity that matches a gold entity, if any.
fn match_entity(a: &Analysis, g: &GoldEntity) -> Option<usize> {
    let keys = gold_keys(g);
    a.entities.iter().position(|e| {
        compatible(g, e.kind)
            && (keys.contains(&name_key(&e.name))
                || e.mentions
                    .iter()
                    .any(|&m| keys.contains(&name_key(a.mention_text(m)))))
    })
}

/// The predicted entity for a gold name used in relations and money.
fn entity_for_name(a: &Analysis, gold: &Gold, name: &str) -> Option<usize> {
    gold.entities
        .iter()
        .find(|g| g.name == name)
        .and_then(|g| match_entity(a, g))
        .or_else(|| a.find_entity(name))
}

/// Scores one analysis against its gold.
pub fn score(a: &Analysis, gold: &Gold) -> FileScore {
    let mut s = FileScore::default();
    // Entities.
    let mut matched = vec![false; a.entities.len()];
    for g in &gold.entities {
        match match_entity(a, g) {
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
            entity_for_name(a, gold, &g.source),
            entity_for_name(a, gold, &g.target),
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
        let investor = g.investor.as_deref().map(|n| entity_for_name(a, gold, n));
        let recipient = g.recipient.as_deref().map(|n| entity_for_name(a, gold, n));
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

/// Reads a gold file.
pub fn read_gold(path: &Path) -> Result<Gold, EvalError> {
    let bytes = std::fs::read(path).map_err(|e| EvalError::Gold {
        reason: e.to_string(),
        path: path.to_owned(),
    })?;
    serde_json::from_slice(&bytes).map_err(|e| EvalError::Gold {
        reason: e.to_string(),
        path: path.to_owned(),
    })
}

/// Runs the pipeline on each gold file's article and scores it.
pub fn evaluate_files(gold: &[PathBuf]) -> Result<Report, EvalError> {
    let pipeline = Pipeline::new()?;
    let mut report = Report::default();
    for path in gold {
        let g = read_gold(path)?;
        let article = path.parent().unwrap_or(Path::new(".")).join(&g.file);
        let mut doc = load_path(&article)?;
        if doc.published.is_none() {
            doc.published.clone_from(&g.published);
        }
        let analysis = pipeline.analyze(doc);
        let mut s = score(&analysis, &g);
        s.gold.clone_from(path);
        report.files.push(s);
    }
    Ok(report)
}
