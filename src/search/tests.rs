//! The index on invented articles: phrases, ranking, odd input, entity
//! names, offsets, and articles added, replaced and removed.

use super::*;

fn entry<'a>(title: &'a str, text: &'a str, entities: &[(&[&str], &str)]) -> Entry<'a> {
    let entities = entities
        .iter()
        .map(|(names, first)| IndexedEntity {
            names: names.iter().map(|s| s.to_string()).collect(),
            at: text.find(first).map(|i| Span::new(i, i + first.len())),
        })
        .collect();
    Entry {
        title,
        text,
        entities,
    }
}

const HARBOUR: &str = "Quillon buys a harbour. Brightwater Labs signed a supply deal with Quillon and Norvale Systems on Monday. The cranes arrive in June.";
const FERRY: &str = "Norvale Systems sells ferries. The ferry maker said the supply deal was not signed yet; Norvale expects to sign in spring.";
const ZURICH: &str =
    "Zürich: Überlinger Werft AG paid €5 млн to 東京 Partners 😀 for a supply deal.";

fn index() -> SearchIndex {
    let mut ix = SearchIndex::new().expect("index");
    ix.add(
        "harbour.txt",
        1,
        &entry(
            "Quillon buys a harbour",
            HARBOUR,
            &[
                (&["Norvale Systems", "NSY"], "Norvale Systems"),
                (&["Quillon"], "Quillon"),
            ],
        ),
    )
    .expect("add");
    ix.add(
        "ferry.txt",
        1,
        &entry(
            "Ferries for sale",
            FERRY,
            &[(&["Norvale Systems"], "Norvale")],
        ),
    )
    .expect("add");
    ix.add(
        "zurich.txt",
        1,
        &entry(
            "Werft",
            ZURICH,
            &[(&["Überlinger Werft AG", "UW"], "Überlinger")],
        ),
    )
    .expect("add");
    ix
}

fn keys(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.key.as_str()).collect()
}

#[test]
fn fts5_is_compiled_in() {
    let conn = Connection::open_in_memory().expect("sqlite");
    let on: i64 = conn
        .query_row("SELECT sqlite_compileoption_used('ENABLE_FTS5')", [], |r| {
            r.get(0)
        })
        .expect("query");
    assert_eq!(on, 1);
}

#[test]
fn a_phrase_matches_only_words_in_order() {
    let ix = index();
    let hits = ix.search("\"signed a supply deal\"", 10).expect("search");
    assert_eq!(keys(&hits), ["harbour.txt"]);
    let span = hits[0].span.expect("in the text");
    assert_eq!(span.slice(HARBOUR), "signed a supply deal");
    let marked = &hits[0].snippet.marks[0];
    assert_eq!(
        &hits[0].snippet.text[marked.clone()],
        "signed a supply deal"
    );
    // The same words, not as a phrase, match all three.
    assert_eq!(ix.search("supply deal", 10).expect("search").len(), 3);
    assert!(ix.search("\"deal supply\"", 10).expect("search").is_empty());
}

#[test]
fn ranking_puts_more_and_weightier_matches_first() {
    let ix = index();
    let hits = ix.search("norvale", 10).expect("search");
    assert_eq!(
        keys(&hits),
        ["ferry.txt", "harbour.txt"],
        "two in the text of the ferry article"
    );
    assert!(hits[0].rank <= hits[1].rank);
    assert_eq!(hits[0].matches, 2);
    let hits = ix.search("quillon", 10).expect("search");
    assert_eq!(keys(&hits), ["harbour.txt"]);
    assert_eq!(ix.count("supply").expect("count"), 3);
}

#[test]
fn offsets_are_byte_spans_of_the_text_with_unicode() {
    let ix = index();
    let hits = ix.search("paid", 10).expect("search");
    let span = hits[0].span.expect("in the text");
    assert_eq!(span.slice(ZURICH), "paid");
    assert_eq!(span.start, ZURICH.find("paid").expect("in text"));
    // Diacritics fold, and the span is still the text as written.
    let hits = ix.search("uberlinger zurich", 10).expect("search");
    assert_eq!(keys(&hits), ["zurich.txt"]);
    assert_eq!(hits[0].span.expect("span").slice(ZURICH), "Zürich");
    let hits = ix.search("млн", 10).expect("search");
    assert_eq!(hits[0].span.expect("span").slice(ZURICH), "млн");
    assert!(
        Span::checked(
            ZURICH,
            hits[0].span.expect("span").start,
            hits[0].span.expect("span").end
        )
        .is_some()
    );
}

#[test]
fn an_entity_alias_opens_at_its_first_mention() {
    let ix = index();
    let hits = ix.search("NSY", 10).expect("search");
    assert_eq!(keys(&hits), ["harbour.txt"]);
    assert_eq!(hits[0].matches, 0, "the alias is not in the text");
    assert_eq!(
        hits[0].span.expect("mention").slice(HARBOUR),
        "Norvale Systems"
    );
    assert_eq!(
        &hits[0].snippet.text[hits[0].snippet.marks[0].clone()],
        "Norvale Systems"
    );
}

#[test]
fn a_title_only_match_has_no_span() {
    let ix = index();
    let hits = ix.search("sale", 10).expect("search");
    assert_eq!(keys(&hits), ["ferry.txt"]);
    assert_eq!(hits[0].span, None);
    assert!(hits[0].snippet.text.starts_with("Norvale Systems sells"));
}

#[test]
fn odd_input_never_fails() {
    let ix = index();
    for q in [
        "",
        " ",
        "\"",
        "\"\"",
        "*",
        "**",
        "-",
        "- -",
        "NEAR",
        "NEAR(",
        "NEAR(a b)",
        "AND",
        "OR NOT",
        "a OR",
        "(",
        ")",
        "^",
        ":",
        "title:harbour",
        "\"unclosed phrase",
        "x\"y\"z",
        "'",
        "\\",
        "😀",
        "\u{0}",
        "%",
        "_",
        ";",
        "--",
        "/*",
        "a*b",
        "*deal",
        "deal*",
        "{body}: deal",
        "é́",
        "東京",
        "€",
        "\u{202e}",
        "DROP TABLE docs;",
    ] {
        let hits = ix.search(q, 10).unwrap_or_else(|e| panic!("{q:?}: {e}"));
        for h in &hits {
            if let Some(s) = h.span {
                assert!(s.end <= 400, "{q:?}");
            }
        }
    }
    assert_eq!(
        keys(&ix.search("NEAR", 10).expect("search")),
        Vec::<&str>::new()
    );
    assert_eq!(
        ix.search("sign*", 10).expect("search").len(),
        2,
        "signed, sign"
    );
    assert_eq!(
        ix.search("title:harbour", 10).expect("search").len(),
        0,
        "no column filter"
    );
    assert_eq!(ix.len(), 3, "no input changed the index");
}

#[test]
fn articles_are_added_replaced_and_removed() {
    let mut ix = index();
    assert_eq!(ix.stamp("ferry.txt"), Some(1));
    ix.add(
        "ferry.txt",
        2,
        &entry("Ferries", "Tidewater Line buys a dredger.", &[]),
    )
    .expect("replace");
    assert_eq!(ix.stamp("ferry.txt"), Some(2));
    assert_eq!(ix.len(), 3);
    assert!(ix.search("ferries sells", 10).expect("search").is_empty());
    assert_eq!(
        keys(&ix.search("dredger", 10).expect("search")),
        ["ferry.txt"]
    );
    assert!(ix.remove("ferry.txt").expect("remove"));
    assert!(!ix.remove("ferry.txt").expect("remove"), "already gone");
    assert!(ix.search("dredger", 10).expect("search").is_empty());
    assert_eq!(ix.len(), 2);
    assert_eq!(ix.stamp("ferry.txt"), None);
    ix.add_all((0..50).map(|i| {
        (
            format!("gen{i}"),
            0,
            entry("gen", "a generated dredger note", &[]),
        )
    }))
    .expect("add all");
    assert_eq!(ix.count("dredger").expect("count"), 50);
    assert_eq!(ix.search("dredger", 5).expect("search").len(), 5, "limit");
    let mut k: Vec<&str> = ix.keys().collect();
    k.sort_unstable();
    assert_eq!(k.len(), 52);
}

#[test]
fn entries_from_an_analysis_carry_names_aliases_and_first_mentions() {
    use crate::model::{Document, Entity, EntityKind, Mention, Provenance};
    let text = "Tidewater Line (TWL) bought a dredger. TWL said so.";
    let at = |s: &str| {
        let i = text.find(s).expect("in text");
        Span::new(i, i + s.len())
    };
    let analysis = Analysis {
        document: Document::from_text("tide.txt", text),
        mentions: vec![
            Mention::new(
                at("Tidewater Line"),
                EntityKind::Org,
                Provenance::Model,
                0.9,
            ),
            Mention::new(at("TWL"), EntityKind::Org, Provenance::Rule, 0.9),
        ],
        entities: vec![Entity {
            kind: EntityKind::Org,
            name: "Tidewater Line".into(),
            aliases: vec!["TWL".into(), "Tidewater Line".into()],
            mentions: vec![1, 0],
            links: Vec::new(),
        }],
        ..Default::default()
    };
    let e = Entry::from_analysis(&analysis);
    assert_eq!(e.title, "tide.txt");
    assert_eq!(e.entities[0].names, ["Tidewater Line", "TWL"]);
    assert_eq!(e.entities[0].at, Some(at("Tidewater Line")));
}
