//! The kinds news added (PRODUCT, NATIONALITY) in every export format, and
//! an export written before them (no such kinds, no money "per") still read.

use std::sync::OnceLock;

use dossier::export::{Format, json_bytes, render, to_json_v1};
use dossier::load::{Annotated, read_annotated};
use dossier::model::{Analysis, EntityKind};

#[path = "support/analysis.rs"]
mod analysis;

const TEXT: &str = "Russian carrier Velmora Air ordered 22 Korvin K350 Skyliners, and Europeans \
                    queued in Zürich for the zPhone 4, the Canadian government said.\n";

fn analysis() -> &'static Analysis {
    static A: OnceLock<Analysis> = OnceLock::new();
    A.get_or_init(|| analysis::analyze("kinds.txt", TEXT))
}

#[test]
fn the_fixture_has_both_new_kinds() {
    let a = analysis();
    let kind = |s: &str| {
        let start = TEXT.find(s).expect("in text");
        a.mention_at(start).map(|m| a.mentions[m].kind)
    };
    assert_eq!(kind("Russian"), Some(EntityKind::Nationality));
    assert_eq!(kind("Europeans"), Some(EntityKind::Nationality));
    assert_eq!(kind("K350 Skyliners"), Some(EntityKind::Product));
    assert_eq!(kind("zPhone 4"), Some(EntityKind::Product));
    assert_eq!(kind("Canadian government"), Some(EntityKind::Org));
}

#[test]
fn every_format_writes_the_new_kinds_by_name() {
    for format in Format::ALL {
        let files = render(format, analysis());
        let all: String = files
            .iter()
            .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
            .collect();
        for kind in [EntityKind::Product, EntityKind::Nationality] {
            assert!(
                all.contains(kind.name()),
                "{format:?} has no {}:\n{all}",
                kind.name()
            );
        }
    }
}

#[test]
fn json_round_trip_keeps_the_new_kinds() {
    let first = json_bytes(&to_json_v1(analysis()), true);
    let Annotated {
        analysis: back,
        problems,
        ..
    } = read_annotated(&first).expect("imports");
    assert!(problems.is_empty(), "{problems:?}");
    let kinds = |a: &Analysis| a.mentions.iter().map(|m| m.kind).collect::<Vec<_>>();
    assert_eq!(kinds(&back), kinds(analysis()));
    assert!(kinds(&back).contains(&EntityKind::Product));
    assert!(kinds(&back).contains(&EntityKind::Nationality));
}

#[test]
fn an_export_from_before_the_new_kinds_still_reads() {
    // Written as Dossier wrote it before products, nationalities and money
    // "per": the nationality words are MISC, figures have no "per".
    let bytes = include_bytes!("fixtures/exports/before-new-kinds.json");
    let text = String::from_utf8_lossy(bytes);
    assert!(!text.contains("\"per\"") && !text.contains("NATIONALITY"));
    let Annotated {
        analysis: a,
        problems,
        ..
    } = read_annotated(bytes).expect("an older export imports");
    assert!(problems.is_empty(), "{problems:?}");
    let misc: Vec<&str> = a
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Misc)
        .map(|m| m.span.slice(&a.document.text))
        .collect();
    assert_eq!(misc, ["Russian", "Canadian"]);
    assert_eq!(a.money.len(), 2);
    assert!(a.money.iter().all(|f| f.per.is_none()));
    // And it writes back out in the current format, every kind by name.
    let again = String::from_utf8(json_bytes(&to_json_v1(&a), true)).expect("utf8");
    assert!(again.contains("\"MISC\"") && again.contains("\"per\": null"));
}
