//! Scores Dossier's named mentions (people, organisations, places) against
//! the gold entity mentions of MEANTIME English (`dossier eval-entities`).
//!
//! The text is the one `eval-values` scores: sentences 0–5 of each document
//! rebuilt by [`read_cat`]. The full [`Pipeline`] (tagger, rules, gazetteer,
//! resolution) runs on it, and its Person, Org, Loc and Misc mentions that
//! name something (`nominal == false`) are the system side.
//!
//! Gold: `ENTITY_MENTION` markables whose `syntactic_type` is `NAM` (a
//! proper name, "General Motors") or `PRE.NAM` (a name used as a
//! pre-modifier, "the *US* government", "*Apple* shares") and whose
//! `REFERS_TO` relation leads to an `ENTITY` of type PER, ORG or LOC. When a
//! gold name lies inside another gold name of the same entity ("Airbus
//! parent EADS" around "EADS") only the inner one is kept: one name, one
//! gold mention.
//!
//! Not scored: a system mention that overlaps no gold name but overlaps a
//! name of a product (PRO), a financial entity (FIN: indices, markets,
//! currencies), a mixed group (MIX), a name linked to no entity, or a
//! mention whose syntactic type the annotators left empty. Such mentions are
//! neither right nor wrong by this gold; they are counted apart.
//!
//! Scores are strict (same span) and relaxed (overlapping span), pairs made
//! one to one by [`pair_spans`] (strict pairs first); untyped (any of the four kinds against any
//! gold name) and typed (Person↔PER, Org↔ORG, Loc↔LOC; Misc has no gold type
//! and is left out of the typed scores, its hits are reported apart).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::corpus::cat::{LAST_ANNOTATED_SENTENCE, read_cat};
use super::corpus::{meantime_files, read_corpus_file};
use super::error::{CorpusError, EntitiesError};
use super::report::Report;
use super::spans::{SpanCounts, counts_line, pair_spans};
use crate::model::{Document, EntityKind, ratio};
use crate::pipeline::Pipeline;

/// The gold types scored, with the Dossier kind each corresponds to.
pub const TYPES: [(&str, EntityKind); 3] = [
    ("PER", EntityKind::Person),
    ("ORG", EntityKind::Org),
    ("LOC", EntityKind::Loc),
];

/// Dossier kinds that name something.
const NAME_KINDS: [EntityKind; 4] = [
    EntityKind::Person,
    EntityKind::Org,
    EntityKind::Loc,
    EntityKind::Misc,
];

/// Why a MEANTIME mention is not gold but still shields a system mention.
const EXCLUDED: [&str; 5] = ["PRO", "FIN", "MIX", "unlinked", "no syntactic type"];

/// A gold name: byte span into the rebuilt text and its types.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldName {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Entity type: PER, ORG or LOC.
    pub ent_type: String,
    /// `NAM` or `PRE.NAM`.
    pub syntactic: String,
}

/// A MEANTIME mention that is not gold but excuses the system mentions on it.
#[derive(Clone, Debug, PartialEq)]
pub struct ExcludedName {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// One of [`EXCLUDED`]: the entity type, "unlinked" or "no syntactic type".
    pub reason: &'static str,
}

/// One MEANTIME document with its gold names.
#[derive(Clone, Debug)]
pub struct EntitiesDoc {
    /// The file it came from.
    pub path: PathBuf,
    /// Sentences 0–5 as text, one line each.
    pub text: String,
    /// Gold names, in text order.
    pub names: Vec<GoldName>,
    /// Mentions excluded from the gold, in text order.
    pub excluded: Vec<ExcludedName>,
    /// Gold names dropped because a gold name of the same entity lies inside
    /// them (or has the same span).
    pub collapsed: usize,
}

/// Parses a MEANTIME CAT XML document into text, gold and excluded names.
pub fn parse_entities(xml: &str, path: &Path) -> Result<EntitiesDoc, CorpusError> {
    let cat = read_cat(xml, path)?;
    let ent_type = |entity: &str| {
        cat.markables
            .iter()
            .find(|m| m.tag == "ENTITY" && m.attr("m_id") == Some(entity))
            .and_then(|m| m.attr("ent_type"))
    };
    let refers_to = |mention: &str| {
        cat.relations
            .iter()
            .find(|r| r.tag == "REFERS_TO" && r.sources.iter().any(|s| s == mention))
            .and_then(|r| r.targets.first())
            .map(String::as_str)
    };
    // (span, entity id, type, syntactic type)
    let mut gold: Vec<((usize, usize), &str, &str, &str)> = Vec::new();
    let mut excluded = Vec::new();
    for m in cat.markables.iter().filter(|m| m.tag == "ENTITY_MENTION") {
        let Some(span) = cat.span_of(&m.tokens) else {
            continue;
        };
        let syntactic = m.attr("syntactic_type").unwrap_or_default();
        let entity = m.attr("m_id").and_then(refers_to);
        let kind = entity.and_then(ent_type);
        let reason = match (syntactic, entity, kind) {
            ("NAM" | "PRE.NAM", Some(e), Some(k @ ("PER" | "ORG" | "LOC"))) => {
                gold.push((span, e, k, syntactic));
                continue;
            }
            ("NAM" | "PRE.NAM", _, Some(k)) => EXCLUDED
                .iter()
                .copied()
                .find(|r| *r == k)
                .unwrap_or("unlinked"),
            ("NAM" | "PRE.NAM", _, None) => "unlinked",
            ("", _, _) => "no syntactic type",
            _ => continue,
        };
        excluded.push(ExcludedName {
            start: span.0,
            end: span.1,
            reason,
        });
    }
    // One gold mention per name: drop a name around (or equal to, later in
    // file order) another name of the same entity.
    let keep: Vec<bool> = gold
        .iter()
        .enumerate()
        .map(|(i, (outer, entity, ..))| {
            !gold.iter().enumerate().any(|(j, (inner, other, ..))| {
                j != i
                    && other == entity
                    && outer.0 <= inner.0
                    && inner.1 <= outer.1
                    && (inner != outer || j < i)
            })
        })
        .collect();
    let collapsed = keep.iter().filter(|k| !**k).count();
    let mut names: Vec<GoldName> = gold
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|((span, _, kind, syntactic), _)| GoldName {
            start: span.0,
            end: span.1,
            ent_type: (*kind).to_owned(),
            syntactic: (*syntactic).to_owned(),
        })
        .collect();
    names.sort_by_key(|g| (g.start, g.end));
    excluded.sort_by_key(|x| (x.start, x.end));
    Ok(EntitiesDoc {
        path: cat.path,
        text: cat.text,
        names,
        excluded,
        collapsed,
    })
}

/// Gold names found by a mention of any kind (recall only).
#[derive(Clone, Copy, Debug, Default)]
pub struct Found {
    /// Found with the same span.
    pub strict: usize,
    /// Found with an overlapping span.
    pub relaxed: usize,
    /// Gold names.
    pub gold: usize,
}

/// The result of `dossier eval-entities`.
#[derive(Clone, Debug, Default)]
pub struct EntitiesReport {
    /// Documents scored.
    pub documents: usize,
    /// Gold names dropped as nested repeats of the same entity.
    pub collapsed: usize,
    /// Any of the four kinds against any gold name.
    pub untyped: SpanCounts,
    /// Person↔PER, Org↔ORG, Loc↔LOC, summed.
    pub typed: SpanCounts,
    /// Typed scores per gold type, in [`TYPES`] order.
    pub per_type: [SpanCounts; 3],
    /// Untyped recall per gold type, in [`TYPES`] order.
    pub found_by_type: [Found; 3],
    /// Untyped recall of `NAM` and `PRE.NAM` gold names.
    pub found_by_syntax: [Found; 2],
    /// Misc mentions (scored untyped only): paired with gold PER, ORG, LOC,
    /// and with nothing.
    pub misc_on: [usize; 4],
    /// System mentions not scored, by the reason of the excluded name they
    /// lie on ([`EXCLUDED`] order) and by kind ([`NAME_KINDS`] order).
    pub not_scored: [[usize; 4]; 5],
    /// One line per miss, false alarm, boundary difference and type
    /// difference: `doc s<sentence> what …`.
    pub details: Vec<String>,
}

fn kind_index(kind: EntityKind) -> usize {
    NAME_KINDS.iter().position(|k| *k == kind).unwrap_or(3)
}

impl EntitiesReport {
    /// Scores one document against Dossier's mentions `system` (byte span
    /// and kind; other kinds than the four name kinds are ignored).
    pub fn add_document(&mut self, doc: &EntitiesDoc, system: &[(usize, usize, EntityKind)]) {
        self.documents += 1;
        self.collapsed += doc.collapsed;
        let name = doc
            .path
            .file_stem()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let id = name.split('_').next().unwrap_or_default().to_owned();
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        let quote = |s: usize, e: usize| {
            let line = doc.text[..s].matches('\n').count();
            format!("s{line} {:?}", doc.text[s..e].replace('\n', " "))
        };
        let gold: Vec<(usize, usize)> = doc.names.iter().map(|g| (g.start, g.end)).collect();
        // Settle what is scored: a mention on no gold name but on an
        // excluded one is counted apart.
        let mut sys: Vec<(usize, usize, EntityKind)> = Vec::new();
        for &(s, e, kind) in system.iter().filter(|m| NAME_KINDS.contains(&m.2)) {
            let on_gold = gold.iter().any(|&g| overlaps(g, (s, e)));
            let excuse = doc
                .excluded
                .iter()
                .find(|x| overlaps((x.start, x.end), (s, e)));
            match excuse {
                Some(x) if !on_gold => {
                    let r = EXCLUDED.iter().position(|r| *r == x.reason).unwrap_or(0);
                    self.not_scored[r][kind_index(kind)] += 1;
                }
                _ => sys.push((s, e, kind)),
            }
        }
        // Untyped.
        let spans: Vec<(usize, usize)> = sys.iter().map(|m| (m.0, m.1)).collect();
        let pairs = pair_spans(&spans, &gold);
        self.untyped.add_pairs(&pairs, spans.len(), gold.len());
        let mut gold_pair: Vec<Option<(usize, bool)>> = vec![None; gold.len()];
        let mut sys_paired = vec![false; sys.len()];
        for &(i, j, exact) in &pairs {
            gold_pair[j] = Some((i, exact));
            sys_paired[i] = true;
        }
        for (j, g) in doc.names.iter().enumerate() {
            let t = TYPES.iter().position(|t| t.0 == g.ent_type).unwrap_or(0);
            let x = usize::from(g.syntactic == "PRE.NAM");
            for found in [&mut self.found_by_type[t], &mut self.found_by_syntax[x]] {
                found.gold += 1;
                if let Some((_, exact)) = gold_pair[j] {
                    found.relaxed += 1;
                    found.strict += usize::from(exact);
                }
            }
            let gq = quote(g.start, g.end);
            match gold_pair[j] {
                None => self
                    .details
                    .push(format!("{id} {gq} miss {} {}", g.ent_type, g.syntactic)),
                Some((i, exact)) => {
                    let (s, e, kind) = sys[i];
                    let kq = quote(s, e);
                    if kind == EntityKind::Misc {
                        self.misc_on[t] += 1;
                    }
                    if !exact {
                        self.details
                            .push(format!("{id} {gq} bound {} as {kind:?} {kq}", g.ent_type));
                    }
                    if kind != TYPES[t].1 {
                        self.details
                            .push(format!("{id} {gq} type {} as {kind:?}", g.ent_type));
                    }
                }
            }
        }
        for (i, &(s, e, kind)) in sys.iter().enumerate() {
            if !sys_paired[i] {
                if kind == EntityKind::Misc {
                    self.misc_on[3] += 1;
                }
                let why = if gold.iter().any(|&g| overlaps(g, (s, e))) {
                    "split"
                } else {
                    "extra"
                };
                self.details
                    .push(format!("{id} {} {why} {kind:?}", quote(s, e)));
            }
        }
        // Typed.
        for (t, (label, kind)) in TYPES.iter().enumerate() {
            let s: Vec<(usize, usize)> = sys
                .iter()
                .filter(|m| m.2 == *kind)
                .map(|m| (m.0, m.1))
                .collect();
            let g: Vec<(usize, usize)> = doc
                .names
                .iter()
                .filter(|n| n.ent_type == *label)
                .map(|n| (n.start, n.end))
                .collect();
            let pairs = pair_spans(&s, &g);
            self.per_type[t].add_pairs(&pairs, s.len(), g.len());
            self.typed.add_pairs(&pairs, s.len(), g.len());
        }
    }
}

impl Report for EntitiesReport {
    /// Human-readable report; `verbose` adds one line per miss (`miss`),
    /// false alarm (`extra`, or `split` when it overlaps a gold name paired
    /// with another mention), boundary difference (`bound`) and type
    /// difference (`type`).
    fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        let gold = self.untyped.strict.gold();
        let _ = writeln!(
            out,
            "MEANTIME entities: {} documents, sentences 0-{LAST_ANNOTATED_SENTENCE} (full pipeline); gold: {gold} NAM/PRE.NAM mentions of PER/ORG/LOC entities ({} nested repeats collapsed)",
            self.documents, self.collapsed
        );
        let mut row = |label: &str, c: &SpanCounts| {
            let _ = writeln!(out, "{label:<8} strict   {}", counts_line(&c.strict));
            let _ = writeln!(out, "{label:<8} relaxed  {}", counts_line(&c.relaxed));
        };
        row("untyped", &self.untyped);
        row("typed", &self.typed);
        for (t, (label, _)) in TYPES.iter().enumerate() {
            row(label, &self.per_type[t]);
        }
        let found = |f: &Found| {
            format!(
                "strict {:.3} ({}/{}), relaxed {:.3} ({}/{})",
                ratio(f.strict, f.gold),
                f.strict,
                f.gold,
                ratio(f.relaxed, f.gold),
                f.relaxed,
                f.gold
            )
        };
        let _ = writeln!(out, "recall by gold type, any Dossier kind:");
        for (t, (label, _)) in TYPES.iter().enumerate() {
            let _ = writeln!(out, "  {label:<8} {}", found(&self.found_by_type[t]));
        }
        for (x, label) in ["NAM", "PRE.NAM"].iter().enumerate() {
            let _ = writeln!(out, "  {label:<8} {}", found(&self.found_by_syntax[x]));
        }
        let _ = writeln!(
            out,
            "Misc mentions (untyped only): on PER {}, ORG {}, LOC {}, on no gold name {}",
            self.misc_on[0], self.misc_on[1], self.misc_on[2], self.misc_on[3]
        );
        let _ = writeln!(
            out,
            "not scored (on an excluded name only; Person/Org/Loc/Misc):"
        );
        for (r, reason) in EXCLUDED.iter().enumerate() {
            let n = self.not_scored[r];
            let _ = writeln!(
                out,
                "  {reason:<18} {}  ({}/{}/{}/{})",
                n.iter().sum::<usize>(),
                n[0],
                n[1],
                n[2],
                n[3]
            );
        }
        if verbose {
            for d in &self.details {
                let _ = writeln!(out, "{d}");
            }
        }
        out
    }
}

/// Reads MEANTIME files (see [`meantime_files`]), runs the pipeline on each
/// document's sentences 0–5 and scores its name mentions.
pub fn evaluate_files(
    paths: &[PathBuf],
    texts_out: Option<&Path>,
) -> Result<EntitiesReport, EntitiesError> {
    let pipeline = Pipeline::new()?;
    let mut report = EntitiesReport::default();
    for path in meantime_files(paths)? {
        let doc = parse_entities(&read_corpus_file(&path)?, &path)?;
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        if let Some(dir) = texts_out {
            let out = dir.join(format!("{name}.txt"));
            std::fs::write(&out, &doc.text).map_err(|source| EntitiesError::Write {
                path: out.clone(),
                source,
            })?;
        }
        let analysis = pipeline.analyze(Document::from_text(name, doc.text.clone()));
        let system: Vec<(usize, usize, EntityKind)> = analysis
            .mentions
            .iter()
            .filter(|m| !m.nominal)
            .map(|m| (m.span.start, m.span.end, m.kind))
            .collect();
        report.add_document(&doc, &system);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Zürich-based UBS and Apple Inc. ( Apple ) hire Tim Cook" with a
    /// nested repeat, a product, an unlinked name and a nominal.
    const CAT: &str = r#"<?xml version="1.0" ?><Document doc_id="1" lang="en">
<token number="0" sentence="0" t_id="1">Zürich-based</token>
<token number="1" sentence="0" t_id="2">UBS</token>
<token number="2" sentence="0" t_id="3">and</token>
<token number="3" sentence="0" t_id="4">Apple</token>
<token number="4" sentence="0" t_id="5">Inc.</token>
<token number="5" sentence="0" t_id="6">(</token>
<token number="6" sentence="0" t_id="7">Apple</token>
<token number="7" sentence="0" t_id="8">)</token>
<token number="8" sentence="0" t_id="9">hire</token>
<token number="9" sentence="0" t_id="10">Tim</token>
<token number="10" sentence="0" t_id="11">Cook</token>
<token number="11" sentence="1" t_id="12">The</token>
<token number="12" sentence="1" t_id="13">iPhone</token>
<token number="13" sentence="1" t_id="14">sells</token>
<token number="14" sentence="1" t_id="15">in</token>
<token number="15" sentence="1" t_id="16">Genève</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="PRE.NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="2"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NAM"><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NAM"><token_anchor t_id="4"/><token_anchor t_id="5"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="NAM"><token_anchor t_id="10"/><token_anchor t_id="11"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="6" syntactic_type="NAM"><token_anchor t_id="12"/><token_anchor t_id="13"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="7" syntactic_type="NAM"><token_anchor t_id="16"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="8" syntactic_type="NOM"><token_anchor t_id="12"/></ENTITY_MENTION>
<ENTITY m_id="20" ent_type="LOC" TAG_DESCRIPTOR="Zürich"/>
<ENTITY m_id="21" ent_type="ORG" TAG_DESCRIPTOR="UBS"/>
<ENTITY m_id="22" ent_type="ORG" TAG_DESCRIPTOR="Apple"/>
<ENTITY m_id="23" ent_type="PER" TAG_DESCRIPTOR="Tim Cook"/>
<ENTITY m_id="24" ent_type="PRO" TAG_DESCRIPTOR="iPhone"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><target m_id="20"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="21"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="3"/><source m_id="4"/><target m_id="22"/></REFERS_TO>
<REFERS_TO r_id="4"><source m_id="5"/><target m_id="23"/></REFERS_TO>
<REFERS_TO r_id="5"><source m_id="6"/><source m_id="8"/><target m_id="24"/></REFERS_TO>
</Relations></Document>"#;

    fn gold_of(doc: &EntitiesDoc) -> Vec<(&str, &str, &str)> {
        doc.names
            .iter()
            .map(|g| {
                (
                    &doc.text[g.start..g.end],
                    g.ent_type.as_str(),
                    g.syntactic.as_str(),
                )
            })
            .collect()
    }

    fn span(doc: &EntitiesDoc, needle: &str, kind: EntityKind) -> (usize, usize, EntityKind) {
        let start = doc.text.find(needle).expect("in the text");
        (start, start + needle.len(), kind)
    }

    #[test]
    fn gold_names_are_proper_names_of_people_organisations_and_places() {
        let doc = parse_entities(CAT, Path::new("x.xml")).expect("parses");
        assert_eq!(
            doc.text,
            "Zürich-based UBS and Apple Inc. (Apple) hire Tim Cook\nThe iPhone sells in Genève"
        );
        assert_eq!(
            gold_of(&doc),
            vec![
                ("Zürich-based", "LOC", "PRE.NAM"),
                ("UBS", "ORG", "NAM"),
                ("Apple Inc.", "ORG", "NAM"),
                ("Tim Cook", "PER", "NAM"),
            ]
        );
        assert_eq!(doc.collapsed, 1, "Apple Inc. (Apple) holds Apple Inc.");
        let excluded: Vec<(&str, &str)> = doc
            .excluded
            .iter()
            .map(|x| (&doc.text[x.start..x.end], x.reason))
            .collect();
        assert_eq!(
            excluded,
            vec![("The iPhone", "PRO"), ("Genève", "unlinked")]
        );
    }

    #[test]
    fn scores_strict_relaxed_typed_and_sets_excluded_names_apart() {
        let doc = parse_entities(CAT, Path::new("x.xml")).expect("parses");
        let system = [
            span(&doc, "Zürich", EntityKind::Loc),
            span(&doc, "UBS", EntityKind::Person),
            span(&doc, "Apple Inc.", EntityKind::Org),
            span(&doc, "Cook", EntityKind::Person),
            span(&doc, "iPhone", EntityKind::Misc),
            span(&doc, "sells", EntityKind::Org),
            span(&doc, "Genève", EntityKind::Date),
        ];
        let mut r = EntitiesReport::default();
        r.add_document(&doc, &system);
        let report = r.render(true);
        // Scored: Zürich, UBS, Apple Inc., Cook, sells; iPhone lies on a
        // product only, Genève is no name kind.
        assert_eq!(r.untyped.strict.system(), 5, "{report}");
        assert_eq!(r.untyped.strict.tp, 2, "{report}");
        assert_eq!(r.untyped.relaxed.tp, 4, "{report}");
        assert_eq!(r.typed.relaxed.tp, 3, "UBS is no person: {report}");
        assert_eq!(r.typed.strict.system(), 5, "{report}");
        assert_eq!(
            r.not_scored[0][3], 1,
            "iPhone as Misc on a product: {report}"
        );
        assert_eq!(r.found_by_syntax[1].relaxed, 1, "{report}");
        assert!(
            report.contains(r#"x s0 "UBS" type ORG as Person"#),
            "{report}"
        );
        assert!(report.contains(r#"x s1 "sells" extra Org"#), "{report}");
    }
}
