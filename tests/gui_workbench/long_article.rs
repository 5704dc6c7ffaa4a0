//! A long article: only the lines in view are laid out, and a mention far
//! down is scrolled to, drawn highlighted, and selects its entity when clicked.

use dossier::app::{AppOptions, Command, SAMPLE_TEXT};

use crate::gui::{click_at, entity_named, harness};

/// Copies of the sample in the long article.
const COPIES: usize = 12;

#[test]
fn a_mention_far_down_a_long_article_is_scrolled_to_and_clickable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("long.txt");
    let text: String = (0..COPIES).map(|_| format!("{SAMPLE_TEXT}\n")).collect();
    std::fs::write(&path, &text).expect("write");
    let mut h = harness(AppOptions {
        files: vec![path],
        ..AppOptions::default()
    });
    let openai = entity_named(&h, "OpenAI");
    let doc = h.state().doc().expect("the long article is open");
    let lines = doc.analysis.document.text.lines().count() as u64;
    assert!(
        doc.article.block_layouts() < lines / 3,
        "only the lines in view are laid out: {} of {lines}",
        doc.article.block_layouts()
    );
    // OpenAI's last highlighted mention, in the last copy.
    let last = doc
        .article
        .highlights()
        .iter()
        .rfind(|hl| doc.analysis.mentions[hl.mention].entity == Some(openai))
        .expect("a highlighted OpenAI mention")
        .mention;
    assert!(
        doc.article.mention_rect(&doc.analysis, last).is_none(),
        "far down: not drawn before scrolling"
    );

    h.state_mut().apply(Command::SelectEntity(Some(openai)));
    h.state_mut().apply(Command::ScrollToMention(last));
    h.run();
    let doc = h.state().doc().expect("doc");
    let rect = doc
        .article
        .mention_rect(&doc.analysis, last)
        .expect("drawn after scrolling to it");
    assert!(
        rect.min.y > 0.0 && rect.max.y < 900.0,
        "in the window: {rect:?}"
    );
    let hl = doc
        .article
        .highlights()
        .iter()
        .find(|hl| hl.mention == last)
        .expect("highlighted");
    assert!(hl.emphasised, "the selected entity's mention is emphasised");

    // Clicking it in the text selects its entity again.
    h.state_mut().apply(Command::SelectEntity(None));
    h.run();
    let doc = h.state().doc().expect("doc");
    let pos = doc
        .article
        .mention_rect(&doc.analysis, last)
        .expect("still in view")
        .center();
    click_at(&h, pos);
    h.run();
    let doc = h.state().doc().expect("doc");
    assert_eq!(doc.selection.entity, Some(openai));
    assert!(
        doc.article.block_layouts() < lines / 2,
        "scrolling laid out the lines around the mention, not the article"
    );
}
