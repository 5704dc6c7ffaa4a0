//! The `dossier eval-entities` report: the pipeline's names paired with
//! MEANTIME's gold names, strict and relaxed, untyped and typed.

use std::fmt::Write as _;

use super::gold::{EXCLUDED, EntitiesDoc};
use crate::eval::corpus::cat::LAST_ANNOTATED_SENTENCE;
use crate::eval::report::Report;
use crate::eval::spans::{SpanCounts, counts_line, pair_spans};
use crate::model::{EntityKind, ratio};

/// The gold types scored, with the Dossier kind each corresponds to.
pub const TYPES: [(&str, EntityKind); 3] = [
    ("PER", EntityKind::Person),
    ("ORG", EntityKind::Org),
    ("LOC", EntityKind::Loc),
];

/// Dossier kinds that name something.
const NAME_KINDS: [EntityKind; 6] = [
    EntityKind::Person,
    EntityKind::Org,
    EntityKind::Loc,
    EntityKind::Misc,
    EntityKind::Product,
    EntityKind::Nationality,
];

/// True when a Dossier kind is scored as gold type `TYPES[t]`: its own
/// kind, and NATIONALITY for LOC (MEANTIME annotates "American", "Canadian"
/// as names of the country, type LOC).
pub fn is_typed_as(kind: EntityKind, t: usize) -> bool {
    kind == TYPES[t].1 || (TYPES[t].0 == "LOC" && kind == EntityKind::Nationality)
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
    /// Product mentions (scored untyped only), the same way; those on no
    /// gold name are not scored.
    pub product_on: [usize; 4],
    /// Nationality mentions (typed as LOC): on PER, ORG, LOC, on nothing.
    pub nationality_on: [usize; 4],
    /// System mentions not scored, by the reason of the excluded name they
    /// lie on (`EXCLUDED` order) and by kind (`NAME_KINDS` order).
    pub not_scored: [[usize; 6]; 5],
    /// One line per miss, false alarm, boundary difference and type
    /// difference: `doc s<sentence> what …`.
    pub details: Vec<String>,
}

fn kind_index(kind: EntityKind) -> usize {
    NAME_KINDS.iter().position(|k| *k == kind).unwrap_or(3)
}

impl EntitiesReport {
    /// Counts a Misc, Product or Nationality mention paired with gold type
    /// `t` (3: with no gold name).
    fn count_on(&mut self, kind: EntityKind, t: usize) {
        match kind {
            EntityKind::Misc => self.misc_on[t] += 1,
            EntityKind::Product => self.product_on[t] += 1,
            EntityKind::Nationality => self.nationality_on[t] += 1,
            _ => {}
        }
    }

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
                // PRO is no gold type: a product on no gold name is neither
                // right nor wrong (MEANTIME leaves many product names unmarked).
                _ if kind == EntityKind::Product && !on_gold => self.product_on[3] += 1,
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
                    self.count_on(kind, t);
                    if !exact {
                        self.details
                            .push(format!("{id} {gq} bound {} as {kind:?} {kq}", g.ent_type));
                    }
                    if !is_typed_as(kind, t) {
                        self.details
                            .push(format!("{id} {gq} type {} as {kind:?}", g.ent_type));
                    }
                }
            }
        }
        for (i, &(s, e, kind)) in sys.iter().enumerate() {
            if !sys_paired[i] {
                self.count_on(kind, 3);
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
        for (t, (label, _)) in TYPES.iter().enumerate() {
            let s: Vec<(usize, usize)> = sys
                .iter()
                .filter(|m| is_typed_as(m.2, t))
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
            "Product mentions (untyped only): on PER {}, ORG {}, LOC {}, on no gold name {} (not scored)",
            self.product_on[0], self.product_on[1], self.product_on[2], self.product_on[3]
        );
        let _ = writeln!(
            out,
            "Nationality mentions (typed as LOC): on PER {}, ORG {}, LOC {}, on no gold name {}",
            self.nationality_on[0],
            self.nationality_on[1],
            self.nationality_on[2],
            self.nationality_on[3]
        );
        let _ = writeln!(
            out,
            "not scored (on an excluded name only; Person/Org/Loc/Misc/Product/Nationality):"
        );
        for (r, reason) in EXCLUDED.iter().enumerate() {
            let n = self.not_scored[r];
            let _ = writeln!(
                out,
                "  {reason:<18} {}  ({}/{}/{}/{}/{}/{})",
                n.iter().sum::<usize>(),
                n[0],
                n[1],
                n[2],
                n[3],
                n[4],
                n[5]
            );
        }
        if verbose {
            crate::eval::srl::write_details(&mut out, &self.details);
        }
        out
    }
}
