//! Tests of product recognition.

use super::*;
use crate::pipeline::tests::{candidates_in_order, named_kinds};

#[test]
fn covering_by_halving_agrees_with_a_scan() {
    use crate::model::{Mention, Provenance};
    let cand = |start: usize, end: usize| Candidate {
        mention: Mention::new(
            Span::new(start, end),
            EntityKind::Org,
            Provenance::Model,
            0.9,
        ),
        head: None,
    };
    let tokens: Vec<Span> = (0..12).map(|i| Span::new(i * 3, i * 3 + 2)).collect();
    let sorted = vec![
        cand(0, 8),
        cand(3, 5),
        cand(9, 20),
        cand(12, 14),
        cand(27, 32),
    ];
    let unsorted = vec![cand(12, 14), cand(0, 8), cand(9, 20), cand(3, 5)];
    for cands in [sorted, unsorted, Vec::new()] {
        let scan: Vec<Option<usize>> = tokens
            .iter()
            .map(|t| {
                cands
                    .iter()
                    .position(|c| c.mention.span.start <= t.start && t.end <= c.mention.span.end)
            })
            .collect();
        assert_eq!(covering_each(&cands, &tokens), scan);
    }
}

/// Runs the join on `text` with the tagger's names given as `(text, kind)`
/// in order; "Korvin" and "Velmora Air" are listed organisations.
fn joined(text: &str, names: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
    let lang = crate::lang::Language::english().expect("English loads");
    let products = Products::new(&lang.kinds, &lang.resolve.legal_suffixes);
    let tokens = crate::pipeline::segment::tokenize(&lang.segment, text);
    let mut candidates = candidates_in_order(text, names);
    let is_org = |n: &str| matches!(n, "Korvin" | "Velmora Air");
    products.join(text, &tokens, &mut candidates, &is_org);
    named_kinds(text, &candidates)
}

#[test]
fn a_model_after_its_maker_is_a_product_whatever_the_tagger_said() {
    use EntityKind::*;
    let got = joined(
        "Velmora Air will buy 12 Korvin K350 Skyliners and five Tarvo T90-200F freighters \
         from Korvin; the K350s fly in 2027.",
        &[
            ("Velmora Air", Org),
            ("Korvin", Org),
            ("Skyliners", Person),
            ("Tarvo", Loc),
            ("Korvin", Org),
        ],
    );
    assert_eq!(
        got,
        vec![
            ("Velmora Air".into(), Org),
            ("Korvin".into(), Org),
            ("K350 Skyliners".into(), Product),
            ("Tarvo".into(), Org),
            ("T90-200F".into(), Product),
            ("Korvin".into(), Org),
            ("K350s".into(), Product),
        ]
    );
}

#[test]
fn a_model_inside_a_name_read_whole_splits_it() {
    use EntityKind::*;
    let got = joined(
        "Velmora Air ordered 22 Korvin K350 Skyliners.",
        &[("Velmora Air", Org), ("Korvin K350 Skyliners", Person)],
    );
    assert_eq!(
        got,
        vec![
            ("Velmora Air".into(), Org),
            ("Korvin".into(), Org),
            ("K350 Skyliners".into(), Product),
        ]
    );
}

#[test]
fn models_versions_and_lower_camel_words() {
    use EntityKind::*;
    let got = joined(
        "Buyers chose the 350 Skyliner, the zPhone 4 and the Zephyr OS X over 300 Korvin jets.",
        &[("Skyliner", Misc), ("Zephyr OS X", Misc), ("Korvin", Org)],
    );
    assert_eq!(
        got,
        vec![
            ("350 Skyliner".into(), Product),
            ("zPhone 4".into(), Product),
            ("Zephyr OS X".into(), Product),
            ("Korvin".into(), Org),
        ]
    );
}

#[test]
fn codes_after_an_article_an_ordinal_or_a_model_noun() {
    use EntityKind::*;
    let got = joined(
        "Korvin is preparing a similar aircraft, the K350, and delivered the first 787-9 as the G7 met.",
        &[("Korvin", Org)],
    );
    assert_eq!(
        got,
        vec![
            ("Korvin".into(), Org),
            ("K350".into(), Product),
            ("787-9".into(), Product),
        ]
    );
}

#[test]
fn numbers_that_are_no_models() {
    use EntityKind::*;
    let got = joined(
        "Velmora Air Flight 447 carried 16GB drives; the Ostra 500 index rose, Korvin 35 million in Q3 2024.",
        &[
            ("Velmora Air Flight", Org),
            ("Ostra", Misc),
            ("Korvin", Org),
        ],
    );
    assert_eq!(
        got,
        vec![
            ("Velmora Air Flight".into(), Org),
            ("Ostra".into(), Misc),
            ("Korvin".into(), Org),
        ]
    );
}

#[test]
fn a_name_read_with_its_model_is_split_into_maker_and_product() {
    use EntityKind::*;
    let got = joined(
        "A Velmora Airlines K350 landed.",
        &[("Velmora Airlines K350", Org)],
    );
    assert_eq!(
        got,
        vec![("Velmora Airlines".into(), Org), ("K350".into(), Product)]
    );
}

#[test]
fn a_version_after_a_name_makes_a_product() {
    use EntityKind::*;
    let got = joined(
        "Users of Zephyr 4.0 and KeltSync 7 gained 2.5 million hours; Korvin rose 4.5 points.",
        &[("Zephyr", Org), ("KeltSync", Org), ("Korvin", Org)],
    );
    assert_eq!(
        got,
        vec![
            ("Zephyr 4.0".into(), Product),
            ("KeltSync 7".into(), Product),
            ("Korvin".into(), Org),
        ]
    );
}

#[test]
fn a_version_inside_an_other_name_makes_it_a_product() {
    use EntityKind::*;
    let got = joined(
        "Korvin showed Zephyr OS X Falcon and Zephyr OS 10.5 Falcon.",
        &[
            ("Korvin", Org),
            ("Zephyr OS X Falcon", Misc),
            ("Zephyr OS 10.5 Falcon", Misc),
        ],
    );
    assert_eq!(
        got,
        vec![
            ("Korvin".into(), Org),
            ("Zephyr OS X Falcon".into(), Product),
            ("Zephyr OS 10.5 Falcon".into(), Product),
        ]
    );
}

#[test]
fn a_variant_word_after_a_lower_camel_line_is_the_products() {
    use EntityKind::*;
    let got = joined(
        "Korvin unveiled the zPod nano, beside the zPad Mini, zLife'11 and the zPod line.",
        &[("Korvin", Org), ("zPad Mini", Misc)],
    );
    assert_eq!(
        got,
        vec![
            ("Korvin".into(), Org),
            ("zPod nano".into(), Product),
            ("zPad Mini".into(), Product),
            ("zLife'11".into(), Product),
            ("zPod".into(), Product),
        ]
    );
}

#[test]
fn a_code_before_a_lower_camel_line_is_its_model() {
    use EntityKind::*;
    let got = joined(
        "Korvin launches 3G zPhone; the zPhone 3G sells, 16GB zPods too.",
        &[("Korvin", Org)],
    );
    assert_eq!(
        got,
        vec![
            ("Korvin".into(), Org),
            ("3G zPhone".into(), Product),
            ("zPhone 3G".into(), Product),
            ("zPods".into(), Product),
        ]
    );
}

#[test]
fn codes_in_a_line_of_capitals_take_no_words_after_them() {
    use EntityKind::*;
    // A terms table's rows: a rating and denominations, each followed by a
    // label in capitals, are no model with its tail.
    let got = joined(
        "LAST MOODY AA3 ISS PRICE 99.956 FULL FEES 10 BP\n\
         LISTING LUND DENOMS (K) 1-10-100 SALE LIMITS SE / NO\n\
         Velmora Air flies the K350 Skyliner.\n",
        &[],
    );
    assert_eq!(got, vec![("K350 Skyliner".into(), Product)]);
}
