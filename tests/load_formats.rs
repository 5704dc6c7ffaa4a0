//! Loading every format: web pages shaped like real news sites, Word files,
//! PDFs with and without a text layer, and legacy encodings.

use std::path::{Path, PathBuf};

use dossier::load::{LoadError, load_bytes, load_path};

#[path = "support/formats.rs"]
mod formats;
use formats::{docx, pdf, pdf_streams};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formats")
        .join(name)
}

/// Asserts that `parts` occur in `text` whole and in this order.
fn assert_in_order(text: &str, parts: &[&str]) {
    let mut from = 0;
    for part in parts {
        match text[from..].find(part) {
            Some(at) => from += at + part.len(),
            None => panic!("{part:?} missing or out of order in:\n{text}"),
        }
    }
}

fn assert_absent(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(!text.contains(part), "furniture {part:?} kept in:\n{text}");
    }
}

#[test]
fn html_news_page_keeps_the_article_and_drops_the_furniture() {
    let doc = load_path(&fixture("ledger-article.html")).expect("loads");
    assert_eq!(doc.format, "html");
    assert_eq!(
        doc.title.as_deref(),
        Some("Harbour Capital takes €40 million stake in Zürich ferry maker")
    );
    assert_eq!(doc.published.as_deref(), Some("2024-03-14"));
    assert_eq!(doc.byline.as_deref(), Some("By Mara Lindqvist"));
    assert!(
        doc.text
            .starts_with("Harbour Capital takes €40 million stake")
    );
    assert_in_order(
        &doc.text,
        &[
            "Harbour Capital, the Oslo-based investment firm, has bought a 30 percent stake in Seewerk AG, a Zürich maker of electric ferries, for €40 million, the companies said on Thursday.",
            "Seewerk’s chief executive, Annika Brunner, said the money would pay for a second production line in Rapperswil and for a battery-swap pilot on Lake Geneva.",
            "A crowded harbour",
            "The deal values Seewerk at roughly €133 million.",
            "“Electric boats are where electric buses were ten years ago,” said Piet Okafor, a partner at Harbour Capital.",
            "Neither company disclosed whether Harbour Capital will take a seat on Seewerk’s board.",
        ],
    );
    assert_absent(
        &doc.text,
        &[
            "cookies",
            "Technology",
            "Share on",
            "Advertisement",
            "Related articles",
            "Norwegian ferry operators",
            "Leave a Reply",
            "email address",
            "All rights reserved",
            "color",
            "position: fixed",
        ],
    );
}

#[test]
fn html_wire_story_in_windows_1252_with_microdata() {
    let doc = load_path(&fixture("wire-story.htm")).expect("loads");
    assert_eq!(doc.encoding, "windows-1252");
    assert_eq!(
        doc.title.as_deref(),
        Some("Mining group agrees to buy Chilean lithium producer")
    );
    assert_eq!(doc.published.as_deref(), Some("2023-09-05"));
    assert_eq!(doc.byline.as_deref(), Some("By Tomás Ibáñez"));
    assert_in_order(
        &doc.text,
        &[
            "SANTIAGO (Wire Desk) - Andes Resources agreed on Tuesday to buy Salar Norte, a Chilean lithium producer, for $2.1 billion in cash, the two companies said.",
            "makes it the country’s third-largest producer",
            "Salar Norte’s founder, Camila Rojas, will join the board",
            "The deal still needs approval from regulators in Chile and China, which the companies expect by the middle of 2024.",
        ],
    );
    assert_absent(
        &doc.text,
        &[
            "Sign in",
            "Most popular",
            "Oil prices",
            "morning briefing",
            "Share this story",
            "LinkedIn",
            "Mining\n",
            "Lithium prices fall",
            "Reporting by",
        ],
    );
}

#[test]
fn html_magazine_with_json_ld_graph_and_no_article_tag() {
    let doc = load_path(&fixture("magazine-feature.html")).expect("loads");
    assert_eq!(
        doc.title.as_deref(),
        Some("Inside the chip deal that split a start-up")
    );
    assert_eq!(doc.published.as_deref(), Some("2025-02-03"));
    assert_eq!(
        doc.byline.as_deref(),
        Some("By Jun Takahashi and Leila Haddad")
    );
    assert_in_order(
        &doc.text,
        &[
            "When Kestrel Silicon signed a supply agreement with Nordwind Semiconductors last spring, its founders disagreed about almost everything except the price: $75 million over three years.",
            "Two of the three founders left within months.",
            "“Without Nordwind we would have closed in June,” she said in an interview.",
            "Nordwind, which is listed in Taipei, declined to comment on the terms.",
            "What the option means",
            "up to $20 million to Nordwind",
            "For now, Kestrel employs 140 people and says it will hire 60 more this year, most of them in Lagos and Nairobi.",
        ],
    );
    assert_absent(
        &doc.text,
        &[
            "Chips\n",
            "Home",
            "Tweet",
            "Copy link",
            "newsletter",
            "You may also like",
            "African chip design houses",
            "Leave a Reply",
            "Trending",
            "uses cookies",
            "6 min read",
        ],
    );
}

#[test]
fn html_export_says_where_the_text_came_from() {
    let doc = load_path(&fixture("ledger-article.html")).expect("loads");
    let analysis = dossier::model::Analysis {
        document: doc,
        ..Default::default()
    };
    let v = dossier::export::to_json_v1(&analysis);
    assert_eq!(v["document"]["format"], "html");
    assert_eq!(v["document"]["source"], "ledger-article.html");
    assert_eq!(v["document"]["encoding"], "UTF-8");
    assert_eq!(v["document"]["published"], "2024-03-14");
}

// ---- DOCX ----

#[test]
fn docx_paragraphs_in_order_with_title() {
    let bytes = docx(
        &[
            "Kestrel Silicon raises €12 млн",
            "Kestrel Silicon, based in Lagos, raised &#8364;12 million from Nordwind &amp; partners.",
            "",
            "The round closes in 2025. 😀",
        ],
        Some("Kestrel memo"),
    );
    let doc = load_bytes("memo.docx", &bytes).expect("loads");
    assert_eq!(doc.format, "docx");
    assert_eq!(doc.title.as_deref(), Some("Kestrel memo"));
    assert_eq!(doc.byline.as_deref(), Some("By Ana Pérez"));
    assert_eq!(
        doc.text,
        "Kestrel Silicon raises €12 млн\n\nKestrel Silicon, based in Lagos, raised €12 million from Nordwind & partners.\n\nThe round closes in 2025. 😀"
    );
}

// ---- PDF ----

#[test]
fn pdf_text_layer_pages_in_order() {
    let bytes = pdf(&[
        &[
            "Seewerk AG sells ferries",
            "Harbour Capital invested 40 million euros.",
        ],
        &["Annika Brunner runs Seewerk in Zurich."],
    ]);
    let doc = load_bytes("report.pdf", &bytes).expect("loads");
    assert_eq!(doc.format, "pdf");
    assert_in_order(
        &doc.text,
        &[
            "Seewerk AG sells ferries",
            "Harbour Capital invested 40 million euros.",
            "Annika Brunner runs Seewerk in Zurich.",
        ],
    );
    assert_eq!(doc.title.as_deref(), Some("Seewerk AG sells ferries"));
}

/// A paragraph set as one text block, its lines moved with `Td`/`T*`/`'` as
/// most producers write them: each line end is a space (lopdf alone glued
/// "with Quillon and" to "Norvale"), a hyphenated word is rejoined, and the
/// headline and each paragraph stay on lines of their own.
#[test]
fn pdf_line_ends_become_spaces_and_paragraphs_newlines() {
    let page = "BT /F1 20 Tf 72 740 Td (Quillon buys a harbour) Tj ET\n\
                BT /F1 11 Tf 13 TL 72 700 Td (Brightwater Labs signed a supply deal with Quillon and) Tj\n\
                T* (Norvale Systems on Monday, the companies said in a joint) Tj\n\
                (statement. The agreement covers the acqui-) '\n\
                0 -13 Td (sition of two cranes for the Lagos harbour.) Tj\n\
                0 -30 Td (Ines Duarte, who runs Norvale, declined to comment.) Tj ET\n"
        .to_owned();
    let doc = load_bytes("deal.pdf", &pdf_streams(&[page])).expect("loads");
    assert_eq!(
        doc.text,
        "Quillon buys a harbour\n\
         Brightwater Labs signed a supply deal with Quillon and Norvale Systems on Monday, the companies said in a joint statement. The agreement covers the acquisition of two cranes for the Lagos harbour.\n\
         Ines Duarte, who runs Norvale, declined to comment."
    );
    assert_eq!(doc.title.as_deref(), Some("Quillon buys a harbour"));
}

#[test]
fn scanned_pdf_without_text_is_a_clear_error() {
    let bytes = pdf(&[&[], &[]]);
    let err = load_bytes("scan.pdf", &bytes).expect_err("no text");
    assert!(matches!(err, LoadError::NoTextLayer { .. }), "{err}");
    assert!(err.to_string().contains("no text layer"), "{err}");
    assert!(err.to_string().ends_with("scan.pdf"), "{err}");
}
