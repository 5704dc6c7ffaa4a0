//! Page furniture in a parsed page: by tag, ARIA role, `hidden` and
//! class/id words (the page's own markup), and by shape — link lists (a
//! container whose text is mostly links) and story cards (a short container
//! whose heading is a link), wherever they sit and whatever their classes.

use std::collections::HashSet;

use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Html, Node};

use super::dom::{class_words, selector};

/// Elements that never hold article text.
const SKIP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "nav",
    "aside",
    "footer",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "dialog",
    "menu",
    "object",
    "embed",
    "video",
    "audio",
    "picture",
    "img",
    "head",
    "title",
    "figcaption",
];

/// Class/id words that mark page furniture (matched as whole words of the
/// attribute split at `-`, `_` and spaces). A byline's, date line's or
/// `meta` box is not left out: the reader sees it, and the text's furniture
/// rules dim it (its reporters stay the article's people).
const FURNITURE_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "share",
    "sharing",
    "social",
    "related",
    "recommended",
    "recirculation",
    "more",
    "trending",
    "popular",
    "comment",
    "comments",
    "reply",
    "respond",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "banner",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "adslot",
    "sponsored",
    "promo",
    "promotion",
    "newsletter",
    "subscribe",
    "signup",
    "paywall",
    "sidebar",
    "widget",
    "footer",
    "masthead",
    "toolbar",
    "modal",
    "popup",
    "overlay",
    "tags",
    "tag",
    "caption",
    "credit",
    "hidden",
    "skip",
    "print",
    "disqus",
    "most",
    "mostread",
    "readmore",
    "recirc",
    "author",
    "bio",
    "topics",
    "keywords",
    "subscription",
    "outbrain",
    "taboola",
    "embed",
    "tweet",
    "twitter",
    "instagram",
    "tiktok",
];

/// Class/id words that mark the article itself: an element whose class or
/// id has one of these is not furniture by its other words
/// (`story-body__share-and-info`).
const CONTENT_WORDS: &[&str] = &[
    "article", "body", "content", "main", "column", "entry", "story", "text",
];

/// Elements whose class or id never makes them furniture: the page, its
/// main part and the article (a blog's `<article class="tag-shipping">`).
const PAGE_TAGS: &[&str] = &["html", "body", "main", "article"];

/// True for elements whose attributes say furniture: `hidden`, an ARIA role,
/// a page `<header>`, class/id words. `big` is an element holding most of the
/// page's paragraphs: a class or id (`js-social-anchor`, `ads-enabled`) or
/// `aria-hidden` never makes it furniture.
fn marked_furniture(el: &ElementRef<'_>, big: bool) -> bool {
    let v = el.value();
    let tag = v.name();
    if v.attr("hidden").is_some() || (!big && v.attr("aria-hidden") == Some("true")) {
        return true;
    }
    if let Some(role) = v.attr("role")
        && matches!(
            role,
            "navigation"
                | "banner"
                | "contentinfo"
                | "complementary"
                | "search"
                | "dialog"
                | "alertdialog"
        )
    {
        return true;
    }
    // A page-level <header> is furniture; an article's own header holds the
    // headline, which is taken from metadata anyway.
    if tag == "header" {
        return true;
    }
    if big || PAGE_TAGS.contains(&tag) {
        return false;
    }
    let words: Vec<String> = [v.attr("class"), v.attr("id")]
        .into_iter()
        .flatten()
        .flat_map(class_words)
        .collect();
    !words.iter().any(|w| CONTENT_WORDS.contains(&w.as_str()))
        && words.iter().any(|w| FURNITURE_WORDS.contains(&w.as_str()))
}

/// Containers that may be a link list or a story card.
const CONTAINER_TAGS: &[&str] = &[
    "div", "section", "ul", "ol", "dl", "table", "li", "article", "p", "span",
];
/// A link list: at least this many links…
const MIN_LIST_LINKS: usize = 3;
/// …carrying at least this share of the container's text.
const MIN_LIST_LINK_SHARE: f32 = 0.6;
/// An element with at least this many characters of paragraphs, half of
/// the page's or more, is the article's: never furniture by its class, nor
/// a link list for the menus it also holds.
const MIN_BIG_CHARS: usize = 500;
/// A story card is short: at most this many characters of text, and the
/// nearest container of its linked heading.
const MAX_CARD_CHARS: usize = 400;

/// Text, linked text and links under a node (characters without spaces).
#[derive(Clone, Copy, Default)]
struct Measure {
    text: usize,
    linked: usize,
    links: usize,
    /// Linked headings not yet inside a container.
    linked_headings: usize,
    /// Text of paragraphs, links left out.
    para: usize,
}

/// The page's furniture: by markup, and the link lists and story cards
/// found by measuring the page once.
pub struct Furniture {
    shaped: HashSet<NodeId>,
    big: HashSet<NodeId>,
}

impl Furniture {
    /// Measures the page.
    pub fn of(page: &Html) -> Self {
        let mut shaped = HashSet::new();
        let mut paras = Vec::new();
        let whole = measure(*page.root_element(), &mut shaped, &mut paras, 0);
        let big = paras
            .into_iter()
            .filter(|&(_, p)| p >= MIN_BIG_CHARS && p * 2 >= whole.para)
            .map(|(id, _)| id)
            .collect();
        Self { shaped, big }
    }

    /// The element is furniture itself.
    pub fn is(&self, el: &ElementRef<'_>) -> bool {
        let big = self.big.contains(&el.id());
        SKIP_TAGS.contains(&el.value().name())
            || marked_furniture(el, big)
            || (!big && self.shaped.contains(&el.id()))
    }

    /// The element or one of its ancestors is furniture.
    pub fn around(&self, el: ElementRef<'_>) -> bool {
        std::iter::successors(Some(el), |e| e.parent().and_then(ElementRef::wrap))
            .any(|e| self.is(&e))
    }

    /// Furniture between `el` (inclusive) and `root` (exclusive).
    pub fn below(&self, el: ElementRef<'_>, root: ElementRef<'_>) -> bool {
        std::iter::successors(Some(el), |e| e.parent().and_then(ElementRef::wrap))
            .take_while(|e| e.id() != root.id())
            .any(|e| self.is(&e))
    }

    /// A heading whose next element is a list or box of furniture (by its
    /// markup or its shape, not a mere image): "Most read" over its list.
    pub fn heads_furniture(&self, heading: ElementRef<'_>) -> bool {
        heading
            .next_siblings()
            .find_map(ElementRef::wrap)
            .is_some_and(|next| {
                self.shaped.contains(&next.id())
                    || marked_furniture(&next, self.big.contains(&next.id()))
                    || matches!(next.value().name(), "nav" | "aside" | "footer" | "form")
            })
    }
}

/// Measures `node` and below: marks link lists and story cards in `shaped`,
/// and lists each element's paragraph text in `paras`.
fn measure(
    node: NodeRef<'_, Node>,
    shaped: &mut HashSet<NodeId>,
    paras: &mut Vec<(NodeId, usize)>,
    depth: usize,
) -> Measure {
    let mut m = Measure::default();
    match node.value() {
        Node::Text(t) => m.text = t.chars().filter(|c| !c.is_whitespace()).count(),
        Node::Element(e) if depth < 256 => {
            let name = e.name();
            if matches!(name, "script" | "style" | "noscript" | "template") {
                return m;
            }
            for child in node.children() {
                let c = measure(child, shaped, paras, depth + 1);
                m.text += c.text;
                m.linked += c.linked;
                m.links += c.links;
                m.linked_headings += c.linked_headings;
                m.para += c.para;
            }
            if matches!(name, "p" | "pre" | "blockquote") {
                m.para = m.text.saturating_sub(m.linked);
            }
            if m.para > 0 {
                paras.push((node.id(), m.para));
            }
            if name == "a" {
                m.linked = m.text;
                m.links = m.links.max(1);
            }
            let is_heading = matches!(name, "h2" | "h3" | "h4" | "h5" | "h6");
            if is_heading && m.text > 0 && m.linked * 2 > m.text {
                m.linked_headings += 1;
            }
            if CONTAINER_TAGS.contains(&name) {
                let link_list = m.links >= MIN_LIST_LINKS
                    && m.text >= 20
                    && m.linked as f32 >= m.text as f32 * MIN_LIST_LINK_SHARE;
                let card = m.linked_headings >= 1 && m.text <= MAX_CARD_CHARS;
                if link_list || card {
                    shaped.insert(node.id());
                }
                // The heading belongs to this container, not to those above.
                m.linked_headings = 0;
            }
        }
        _ => {}
    }
    m
}

/// Share of a block's text that sits inside links.
pub fn link_density(el: ElementRef<'_>, len: usize) -> f32 {
    let Some(a) = selector("a") else { return 0.0 };
    let linked: usize = el
        .select(&a)
        .map(|a| a.text().map(|t| t.trim().chars().count()).sum::<usize>())
        .sum();
    linked as f32 / len.max(1) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture_texts(html: &str) -> Vec<String> {
        let page = Html::parse_document(html);
        let fur = Furniture::of(&page);
        let Some(all) = selector("*") else {
            return Vec::new();
        };
        page.select(&all)
            .filter(|e| fur.shaped.contains(&e.id()))
            .map(|e| e.text().collect::<String>().trim().to_owned())
            .collect()
    }

    #[test]
    fn link_lists_and_story_cards_by_shape() {
        let html = r#"<div id="a"><p>Quayside Ferries agreed on Tuesday to buy two tugs from Ostra Marine, the companies said.</p>
            <ul><li><a href="/1">Ostra wins a ferry order</a></li><li><a href="/2">Brakvik port grows</a></li><li><a href="/3">Lund yard closes</a></li></ul>
            <div><h3><a href="/4">Norrland Air orders six jets</a></h3><p>The carrier is spending $600 million.</p></div></div>"#;
        let got = furniture_texts(html);
        assert!(got.iter().any(|t| t.starts_with("Ostra wins")), "{got:?}");
        assert!(got.iter().any(|t| t.starts_with("Norrland Air")), "{got:?}");
        assert!(!got.iter().any(|t| t.starts_with("Quayside")), "{got:?}");
    }

    #[test]
    fn prose_with_a_few_links_is_no_link_list() {
        let html = r#"<p>Quayside Ferries, <a href="/q">the Brakvik operator</a>, agreed to buy two tugs from <a href="/o">Ostra Marine</a> for €18 million, and will lease a third from <a href="/l">Lund Leasing</a> until the new ones arrive next spring.</p>"#;
        assert!(furniture_texts(html).is_empty());
    }

    #[test]
    fn a_heading_over_a_link_list_goes_with_it() {
        let html = r#"<div><h2>Most read</h2><ol><li><a href="/1">Ostra wins a ferry order</a></li><li><a href="/2">Brakvik port grows</a></li><li><a href="/3">Lund yard closes</a></li></ol>
            <h2>A crowded harbour</h2><p>The harbour has never been busier, the port authority said on Friday.</p></div>"#;
        let page = Html::parse_document(html);
        let fur = Furniture::of(&page);
        let Some(h2) = selector("h2") else { return };
        let heads: Vec<bool> = page.select(&h2).map(|h| fur.heads_furniture(h)).collect();
        assert_eq!(heads, [true, false]);
    }
}
