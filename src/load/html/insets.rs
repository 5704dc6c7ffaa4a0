//! Boxes set into the story's flow: a small container among the article's
//! own paragraphs that opens with a heading of its own ("Adopt me!" over a
//! shelter's appeal, "Cinema tonight" over its times, "In figures" over a
//! fact strip). The story runs in paragraphs set straight in its container;
//! a box between them with its own heading and a few short lines is page
//! furniture whatever its class says. A live page whose entries are all
//! such boxes has no paragraphs of its own beside them, so its entries stay.

use std::collections::HashSet;

use ego_tree::NodeId;
use scraper::ElementRef;

/// An inset holds at most this many characters of text (spaces left out).
const MAX_INSET_CHARS: usize = 400;
/// A paragraph of the story is at least this many characters…
const MIN_PROSE_CHARS: usize = 40;
/// …and the container holds at least this many of them beside the box.
const MIN_PROSE_PARAGRAPHS: usize = 2;

/// Characters of text under `el`, white space left out.
fn chars(el: ElementRef<'_>) -> usize {
    el.text()
        .map(|t| t.chars().filter(|c| !c.is_whitespace()).count())
        .sum()
}

/// A paragraph set straight in its container that reads as prose: long
/// enough and ending as sentences end.
fn prose_chars(el: ElementRef<'_>) -> Option<usize> {
    if el.value().name() != "p" {
        return None;
    }
    let text: String = el.text().collect();
    let text = text.trim();
    let ends = text.ends_with(['.', '!', '?', '"', '\u{201d}']);
    let n = chars(el);
    (ends && n >= MIN_PROSE_CHARS).then_some(n)
}

/// True when `el` is a box set into the story's flow (see the module
/// comment): a `div` or `section` whose first element is a heading, short,
/// whose container holds the story's own paragraphs, most of its text.
pub fn is_inset(el: ElementRef<'_>) -> bool {
    if !matches!(el.value().name(), "div" | "section") {
        return false;
    }
    let opens_with_heading = el
        .children()
        .find_map(ElementRef::wrap)
        .is_some_and(|first| matches!(first.value().name(), "h2" | "h3" | "h4" | "h5" | "h6"));
    if !opens_with_heading || chars(el) > MAX_INSET_CHARS {
        return false;
    }
    let Some(parent) = el.parent().and_then(ElementRef::wrap) else {
        return false;
    };
    let prose: Vec<usize> = parent
        .children()
        .filter_map(ElementRef::wrap)
        .filter_map(prose_chars)
        .collect();
    let story: usize = prose.iter().sum();
    prose.len() >= MIN_PROSE_PARAGRAPHS && story * 2 >= chars(parent)
}

/// The insets below a root, each judged once for all the root's blocks
/// (judging the containers of every block again would measure a large
/// container's text once a block).
pub struct Insets(HashSet<NodeId>);

impl Insets {
    /// The insets among the elements below `root`.
    pub fn below(root: ElementRef<'_>) -> Self {
        Self(
            root.descendants()
                .filter_map(ElementRef::wrap)
                .filter(|e| e.id() != root.id() && is_inset(*e))
                .map(|e| e.id())
                .collect(),
        )
    }

    /// The element or a container of it below `root` is an inset.
    pub fn holds(&self, el: ElementRef<'_>, root: ElementRef<'_>) -> bool {
        !self.0.is_empty()
            && std::iter::successors(Some(el), |e| e.parent().and_then(ElementRef::wrap))
                .take_while(|e| e.id() != root.id())
                .any(|e| self.0.contains(&e.id()))
    }
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::super::dom::selector;
    use super::*;

    const STORY: &str = "<p>Quayside Ferries agreed on Tuesday to buy two harbour tugs from Ostra Marine, the Brakvik operator said.</p>\
        <p>The tugs, built at Ostra's yard in Lund, will be delivered next spring, the yard said in a statement.</p>";

    fn insets(html: &str) -> Vec<String> {
        let page = Html::parse_document(html);
        let Some(all) = selector("div, section") else {
            return Vec::new();
        };
        page.select(&all)
            .filter(|e| is_inset(*e))
            .map(|e| e.text().collect::<String>().trim().to_owned())
            .collect()
    }

    #[test]
    fn a_headed_box_among_the_story_s_paragraphs_is_an_inset() {
        let html = format!(
            r#"<article><h1>Quayside buys tugs</h1>{STORY}<div class="pets"><h4>Adopt me!</h4><p>Nelka, 3, a shy tabby, waits at the Lund shelter. Fee €90.</p></div>{STORY}</article>"#
        );
        assert_eq!(insets(&html).len(), 1, "{:?}", insets(&html));
        assert!(insets(&html)[0].starts_with("Adopt me!"));
        // The same box with no heading of its own is no inset.
        let html = html.replace("<h4>Adopt me!</h4>", "");
        assert!(insets(&html).is_empty(), "{:?}", insets(&html));
    }

    #[test]
    fn a_live_page_s_entries_and_a_story_in_sections_stay() {
        let entry = r#"<div class="entry"><h2>Vote passes</h2><p>Ostra's owners backed the sale by 91% of the votes cast, the chair said.</p></div>"#;
        let html = format!("<main><p>Live: the Ostra vote</p>{entry}{entry}{entry}</main>");
        assert!(insets(&html).is_empty(), "{:?}", insets(&html));
        let long = format!("<section><h2>Background</h2>{STORY}{STORY}{STORY}</section>");
        let html = format!("<article>{STORY}{long}{STORY}</article>");
        assert!(insets(&html).is_empty(), "{:?}", insets(&html));
    }
}
