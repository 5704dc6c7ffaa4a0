//! Scores Dossier's named mentions (people, organisations, places) against
//! the gold entity mentions of MEANTIME English (`dossier eval-entities`).
//!
//! The text is the one `eval-values` scores: sentences 0–5 of each document
//! rebuilt by [`read_cat`](crate::eval::corpus::cat::read_cat). The full [`Pipeline`] (tagger, rules, gazetteer,
//! resolution) runs on it, and its Person, Org, Loc, Misc, Product and
//! Nationality mentions that name something (`nominal == false`) are the
//! system side; a government body ("the US government") is scored as the
//! place or nationality word inside it, as MEANTIME annotates it.
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
//! one to one by [`pair_spans`](crate::eval::spans::pair_spans) (strict pairs first); untyped (any name kind against any
//! gold name) and typed (Person↔PER, Org↔ORG, Loc and Nationality↔LOC; Misc
//! and Product have no gold type and are left out of the typed scores, their
//! hits are reported apart).

mod gold;
mod report;

use std::path::{Path, PathBuf};

pub use gold::{EntitiesDoc, ExcludedName, GoldName, parse_entities};
pub use report::{EntitiesReport, Found, TYPES};

use super::corpus::{meantime_files, read_corpus_file};
use super::error::EntitiesError;
use crate::model::{Document, EntityKind, Span};
use crate::pipeline::Pipeline;

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
        // MEANTIME annotates a government by its country: "the *US*
        // government", "the government of *Canada*" are names of the place.
        // A government body Dossier reads as one organisation is scored as
        // the place or nationality word inside it. It marks the maker inside
        // a product's name as an organisation ("*Intel* Core Duo"): a
        // product that starts with an organisation's name is scored as it.
        let orgs: Vec<&str> = analysis
            .mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Org && !m.nominal)
            .map(|m| m.span.slice(&doc.text))
            .collect();
        let system: Vec<(usize, usize, EntityKind)> = analysis
            .mentions
            .iter()
            .filter(|m| !m.nominal)
            .map(|m| {
                let part = match m.kind {
                    EntityKind::Org => pipeline.kinds().government_part(&doc.text, m.span),
                    EntityKind::Product => maker_part(&doc.text, m.span, &|name: &str| {
                        orgs.contains(&name) || pipeline.kinds().is_listed_org(name)
                    }),
                    _ => None,
                };
                let (span, kind) = part.unwrap_or((m.span, m.kind));
                (span.start, span.end, kind)
            })
            .collect();
        report.add_document(&doc, &system);
    }
    Ok(report)
}

/// The maker's name at the start of a product's name ("Intel" of "Intel
/// Core Duo"): the longest run of its first words that `is_org`.
fn maker_part(text: &str, span: Span, is_org: &dyn Fn(&str) -> bool) -> Option<(Span, EntityKind)> {
    let name = span.slice(text);
    let cuts: Vec<usize> = name.match_indices(' ').map(|(i, _)| i).collect();
    cuts.iter()
        .rev()
        .find(|&&i| is_org(&name[..i]))
        .map(|&i| (Span::new(span.start, span.start + i), EntityKind::Org))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::report::Report;

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

    #[test]
    fn nationality_is_typed_as_place_and_products_are_untyped_only() {
        let doc = parse_entities(CAT, Path::new("x.xml")).expect("parses");
        let system = [
            span(&doc, "Zürich-based", EntityKind::Nationality),
            span(&doc, "UBS", EntityKind::Product),
            span(&doc, "iPhone", EntityKind::Product),
        ];
        let mut r = EntitiesReport::default();
        r.add_document(&doc, &system);
        let report = r.render(true);
        // Zürich-based (gold LOC) as a nationality word is a typed hit; UBS
        // (gold ORG) as a product an untyped hit only; iPhone lies on a
        // product only and is not scored.
        assert_eq!(r.untyped.strict.tp, 2, "{report}");
        assert_eq!(r.typed.strict.tp, 1, "{report}");
        assert_eq!(r.typed.strict.system(), 1, "{report}");
        assert_eq!(r.per_type[2].strict.tp, 1, "{report}");
        assert_eq!(r.nationality_on[2], 1, "{report}");
        assert_eq!(r.product_on[1], 1, "{report}");
        assert_eq!(
            r.not_scored[0][4], 1,
            "iPhone as Product on a product: {report}"
        );
        assert!(
            report.contains(r#"x s0 "UBS" type ORG as Product"#),
            "{report}"
        );
    }

    #[test]
    fn a_product_is_scored_as_its_maker_and_elsewhere_not_at_all() {
        let text = "Kestrel Core Duo chips and the Zephyr Tab sold.";
        let is_org = |n: &str| n == "Kestrel";
        let part = |s: &str| {
            let start = text.find(s).expect("in text");
            maker_part(text, Span::new(start, start + s.len()), &is_org)
                .map(|(p, k)| (p.slice(text).to_owned(), k))
        };
        assert_eq!(
            part("Kestrel Core Duo"),
            Some(("Kestrel".into(), EntityKind::Org))
        );
        assert_eq!(part("Zephyr Tab"), None);
        // A product on no gold name is counted apart, not a false alarm.
        let doc = parse_entities(CAT, Path::new("x.xml")).expect("parses");
        let sells = span(&doc, "sells", EntityKind::Product);
        let mut r = EntitiesReport::default();
        r.add_document(&doc, &[sells]);
        assert_eq!(r.untyped.strict.system(), 0);
        assert_eq!(r.product_on[3], 1);
    }
}
