//! The list of the lexicon's patterns whose DFAs `build.rs` builds
//! (`assets/lang/en/clutter/dfas.txt`, see `crate::load::prebuilt`) kept
//! as the lexicon fills them. After a change to the lexicon, write it
//! anew with `DOSSIER_WRITE_DFAS=1 cargo test --lib dfa_list`.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use super::phrases::PHRASES;
use super::{closers, guards, mail, notes, phrases, promos, signatures, stamps, strips};
use super::{summary_notes, tables};
use crate::load::prebuilt::AsciiDfa;

/// The list, as the repository holds it.
const LIST: &str = include_str!("../../../assets/lang/en/clutter/dfas.txt");

/// What opens the list.
const HEADER: &str = "\
# The loader's lexicon patterns, as it fills them, whose DFAs build.rs
# builds (build/lexicon_dfas.rs). Written by a unit test:
#   DOSSIER_WRITE_DFAS=1 cargo test --lib dfa_list
";

/// Every pattern of the lexicon tried on lines that a DFA may answer for.
fn lexicon_patterns() -> BTreeSet<String> {
    let lines = [
        &stamps::DATE_LINE,
        &stamps::APPARATUS,
        &stamps::AUTHOR_LINK,
        &stamps::REPORTER_TITLE,
        &mail::MAIL_HEADER,
        &mail::FORWARD_MARK,
        &summary_notes::SUMMARY_NOTE,
        &tables::DATA_NOTE,
        &notes::NOTE_HEADER,
        &notes::CONTACT_HEADER,
        &promos::PROMO_LABEL,
        &promos::PROMO_PITCH,
        &promos::SPONSOR_LABEL,
        &strips::CHANGE,
        &closers::CLOSER,
    ];
    let mut out: BTreeSet<String> = PHRASES.patterns().into_iter().map(str::to_string).collect();
    out.extend(
        lines
            .iter()
            .map(|r| LazyLock::force(r).pattern().to_string()),
    );
    out.insert(phrases::EMBED.pattern().to_string());
    out.insert(guards::SUMMARY_LABEL.pattern().to_string());
    out.insert(signatures::REPORTER_AGENT_PATTERN.to_string());
    out
}

#[test]
fn the_list_holds_every_pattern_of_the_lexicon() {
    let patterns = lexicon_patterns();
    let listed: BTreeSet<String> = LIST
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    if std::env::var_os("DOSSIER_WRITE_DFAS").is_some() {
        let mut text = HEADER.to_string();
        for p in &patterns {
            assert!(!p.contains('\n') && !p.starts_with('#'), "{p}");
            text.push_str(p);
            text.push('\n');
        }
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/lang/en/clutter/dfas.txt"
        );
        std::fs::write(path, text).expect("writes the list");
        return;
    }
    let missing: Vec<&String> = patterns.difference(&listed).collect();
    let stale: Vec<&String> = listed.difference(&patterns).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "the DFA list is out of date (DOSSIER_WRITE_DFAS=1 cargo test --lib dfa_list): \
         missing {missing:?}, stale {stale:?}"
    );
}

#[test]
fn most_patterns_of_the_list_have_their_dfa() {
    let built: BTreeSet<&str> = AsciiDfa::sources().collect();
    let listed: Vec<&str> = LIST
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    // A DFA over its size limit is left to run time; only a few are.
    let without: Vec<&&str> = listed.iter().filter(|p| !built.contains(**p)).collect();
    assert!(without.len() * 10 <= listed.len(), "{without:?}");
    for p in &built {
        assert!(AsciiDfa::of(p).is_some(), "{p}");
    }
}
