//! Web pages → reader-view text: title, byline, published date and the body
//! paragraphs in order; navigation, share bars, related lists, comment forms,
//! cookie banners and ads left out.
//!
//! Parsing is html5ever (via `scraper`), so broken markup is repaired the way
//! browsers do. Extraction is a small readability-style scorer: every
//! paragraph outside page furniture gives its text length to its parent and
//! half to its grandparent, and the best-scoring container is the article,
//! with the sibling boxes that continue it.

mod byline;
mod dom;
mod furniture;
mod insets;
mod meta;
mod tables;
mod text;

use scraper::{ElementRef, Html};

use super::LoadError;
use super::encoding::decode_with_hint;
use crate::model::Document;
use byline::{byline_under_headline, visible_byline};
use dom::selector;
use furniture::{Furniture, link_density};
use insets::Insets;
use meta::{Metadata, first_heading};
use tables::table_rows;
use text::{BLOCK_TAGS, block_text};

/// Loads an HTML page as the article it shows.
pub fn load_html(name: &str, bytes: &[u8]) -> Result<Document, LoadError> {
    let hint = declared_charset(bytes);
    let (source, encoding) = decode_with_hint(bytes, hint)?;
    let page = Html::parse_document(&source);
    let meta = Metadata::read(&page);
    let blocks = body_blocks(&page);
    let title = meta.title.clone().or_else(|| first_heading(&page));

    let mut parts: Vec<String> = Vec::new();
    if let Some(t) = &title {
        parts.push(t.clone());
    }
    // The byline as the page shows it, word for word, where the page has
    // it when it is among the article's blocks, else under the headline;
    // "By " and the metadata's author only when the page shows none.
    let mut visible = visible_byline(&page);
    if visible.is_empty() {
        visible = byline_under_headline(&page);
    }
    let shown =
        |block: &str| !visible.is_empty() && block.lines().all(|l| visible.iter().any(|b| b == l));
    let in_place = blocks.iter().any(|b| shown(b));
    if visible.is_empty() {
        parts.extend(meta.byline.clone());
    } else if !in_place {
        parts.extend(visible.iter().cloned());
    }
    let mut placed = !in_place;
    for block in blocks {
        let repeat = shown(&block) && std::mem::replace(&mut placed, true);
        if Some(&block) != title.as_ref()
            && !repeat
            && !(visible.is_empty() && is_the_byline(&block, meta.byline.as_deref()))
        {
            parts.push(block);
        }
    }
    let mut doc = Document::from_text(name, parts.join("\n\n"));
    doc.encoding = encoding.to_owned();
    doc.format = "html".to_owned();
    doc.title = title;
    doc.byline = meta.byline;
    doc.published = meta.published;
    Ok(doc)
}

/// The block is the byline already given from the page's metadata, with or
/// without the "By " put before it there.
fn is_the_byline(block: &str, byline: Option<&str>) -> bool {
    byline.is_some_and(|b| b == block || b.strip_prefix("By ") == Some(block))
}

/// A section label is at most this many words.
const MAX_KICKER_WORDS: usize = 4;

/// A section label right above the headline ("Supply Chain", "People on
/// the Move"): a few words, no sentence end, colon or figure, no byline,
/// and the next element is the page's `<h1>`. The headline goes first in
/// the text, so the label would land under it and read as the story's
/// first line.
fn is_kicker(block: ElementRef<'_>, text: &str) -> bool {
    let label = text.trim();
    let words = label.split_whitespace().count();
    let plain = !label.contains(['.', '!', '?', ':', ';', ','])
        && !label.chars().any(|c| c.is_ascii_digit())
        && label.chars().next().is_some_and(char::is_uppercase);
    let over_headline = block
        .next_siblings()
        .find_map(ElementRef::wrap)
        .is_some_and(|e| e.value().name() == "h1");
    (1..=MAX_KICKER_WORDS).contains(&words)
        && plain
        && over_headline
        && !super::boilerplate::is_byline(label)
}

/// A box's label is at most this many words.
const MAX_BOX_LABEL_WORDS: usize = 6;

/// A quotation block that opens with a label of its own on its first line
/// ("Quote of the day" over a proverb): a feature box set in the story's
/// flow, not a quotation of the story. A quotation opens with its words
/// or with a speaker that a colon introduces.
fn is_labelled_box(text: &str) -> bool {
    let mut lines = text.lines();
    let (Some(label), Some(_)) = (lines.next(), lines.next()) else {
        return false;
    };
    let label = label.trim();
    (1..=MAX_BOX_LABEL_WORDS).contains(&label.split_whitespace().count())
        && label.chars().next().is_some_and(char::is_uppercase)
        && !label.ends_with(['.', '!', '?', ':', ',', ';', '"', '”', '…'])
}

/// A `<meta charset>` or `http-equiv` charset in the first 2 KiB.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &lower[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    encoding_rs::Encoding::for_label(&rest[..end])
}

/// The article's blocks, in document order.
fn body_blocks(page: &Html) -> Vec<String> {
    let fur = Furniture::of(page);
    let Some(blocks_sel) = selector(&BLOCK_TAGS.join(", ")) else {
        return Vec::new();
    };
    // The blocks read out: the block tags and data tables.
    let Some(read_sel) = selector(&format!("{}, table", BLOCK_TAGS.join(", "))) else {
        return Vec::new();
    };
    // Score containers by the paragraph text they hold.
    let Some(p_sel) = selector("p, pre, blockquote") else {
        return Vec::new();
    };
    let scores = container_scores(&fur, page.select(&p_sel));
    let top = scores
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .and_then(|(id, _)| page.tree.get(*id).map(|n| (n, a_score(*id, &scores))))
        .and_then(|(n, s)| ElementRef::wrap(n).map(|e| (e, s)));
    let Some((top, top_score)) = top else {
        let blocks = blocks_of(&fur, &read_sel, page.root_element());
        if blocks
            .iter()
            .any(|b| b.chars().count() >= MIN_SENTENCE_CHARS)
        {
            return blocks;
        }
        return leaf_div_blocks(page, &fur, &blocks_sel).unwrap_or(blocks);
    };
    // Widen to an enclosing <article> or itemprop=articleBody when there is one.
    let article = std::iter::successors(Some(top), |e| e.parent().and_then(ElementRef::wrap))
        .find(|e| {
            e.value().name() == "article" || e.value().attr("itemprop") == Some("articleBody")
        })
        .filter(|e| !fur.around(*e));
    let roots = match article {
        Some(a) => vec![a],
        None => with_siblings(&fur, &blocks_sel, top, top_score, &scores),
    };
    roots
        .into_iter()
        .flat_map(|root| blocks_of(&fur, &read_sel, root))
        .collect()
}

/// Tags that make a `<div>` no leaf: it holds blocks of its own.
const HOLDERS: &[&str] = &[
    "div", "table", "ul", "ol", "section", "article", "aside", "header", "footer", "nav", "figure",
    "main", "form",
];

/// A `<div>` that holds text but no block, no list and no other `<div>`.
fn is_leaf_div(d: ElementRef<'_>) -> bool {
    d.value().name() == "div"
        && !d
            .descendants()
            .skip(1)
            .filter_map(ElementRef::wrap)
            .any(|e| {
                let n = e.value().name();
                HOLDERS.contains(&n) || BLOCK_TAGS.contains(&n)
            })
}

/// A page built of bare `<div>`s with no paragraph tags at all (a
/// script-built site with hashed class names): each leaf `<div>` is read
/// as a paragraph (readability's div-to-paragraph rule), scored as
/// paragraphs are, and the best container's leaf divs, in order, are the
/// article's blocks. `None` when no div scores.
fn leaf_div_blocks(
    page: &Html,
    fur: &Furniture,
    blocks_sel: &scraper::Selector,
) -> Option<Vec<String>> {
    let div_sel = selector("div")?;
    let scores = container_scores(fur, page.select(&div_sel).filter(|d| is_leaf_div(*d)));
    let (id, top_score) = scores.iter().max_by(|a, b| a.1.total_cmp(&b.1)).copied()?;
    let top = ElementRef::wrap(page.tree.get(id)?)?;
    let mut out = Vec::new();
    for root in with_siblings(fur, blocks_sel, top, top_score, &scores) {
        for d in root.select(&div_sel).filter(|d| is_leaf_div(*d)) {
            if fur.below(d, root) {
                continue;
            }
            let text = block_text(fur, d);
            let len = text.chars().count();
            if len == 0 || link_density(d, len) > 0.5 {
                continue;
            }
            out.push(text);
        }
    }
    Some(out)
}

/// Scores the containers of `paragraphs` by the text they hold
/// (readability's way): each paragraph of 25 characters or more that is not
/// mostly links and not in furniture scores by its length and commas, and
/// gives that score to its parent, half to its grandparent, a quarter to the
/// one above. In the order containers were first scored.
fn container_scores<'a>(
    fur: &Furniture,
    paragraphs: impl Iterator<Item = ElementRef<'a>>,
) -> Vec<(ego_tree::NodeId, f32)> {
    let mut scores: Vec<(ego_tree::NodeId, f32)> = Vec::new();
    for p in paragraphs {
        if fur.around(p) {
            continue;
        }
        let text = block_text(fur, p);
        let len = text.chars().count();
        if len < 25 || link_density(p, len) > 0.5 {
            continue;
        }
        let score = 1.0 + (len.min(300) as f32) / 30.0 + text.matches(", ").count() as f32;
        let mut up = p.parent().and_then(ElementRef::wrap);
        let mut weight = 1.0;
        for _ in 0..3 {
            let Some(e) = up else { break };
            match scores.iter_mut().find(|(i, _)| *i == e.id()) {
                Some((_, v)) => *v += score * weight,
                None => scores.push((e.id(), score * weight)),
            }
            weight /= 2.0;
            up = e.parent().and_then(ElementRef::wrap);
        }
    }
    scores
}

/// The score a container earned, 0 when none.
fn a_score(id: ego_tree::NodeId, scores: &[(ego_tree::NodeId, f32)]) -> f32 {
    scores
        .iter()
        .find(|(i, _)| *i == id)
        .map_or(0.0, |(_, s)| *s)
}

/// The best container and the siblings that continue it: pages often split
/// one story into several boxes ("group", "section") around an inline
/// related list or advert. A sibling joins when it earned a fair share of
/// the best score (readability's rule); a sibling of plain sentences before
/// the last such box joins too (a standfirst or key-points list above the
/// lead), but never one after it (comments, teasers).
fn with_siblings<'a>(
    fur: &Furniture,
    blocks_sel: &scraper::Selector,
    top: ElementRef<'a>,
    top_score: f32,
    scores: &[(ego_tree::NodeId, f32)],
) -> Vec<ElementRef<'a>> {
    let Some(parent) = top.parent().and_then(ElementRef::wrap) else {
        return vec![top];
    };
    if matches!(top.value().name(), "body" | "html") {
        return vec![top];
    }
    let threshold = (top_score * SIBLING_SHARE).max(MIN_SIBLING_SCORE);
    let siblings: Vec<ElementRef<'a>> = parent.children().filter_map(ElementRef::wrap).collect();
    let core: Vec<bool> = siblings
        .iter()
        .map(|s| s.id() == top.id() || (!fur.is(s) && a_score(s.id(), scores) >= threshold))
        .collect();
    let Some(last_core) = core.iter().rposition(|&c| c) else {
        return vec![top];
    };
    siblings
        .iter()
        .zip(&core)
        .take(last_core + 1)
        .filter(|(s, is_core)| **is_core || (!fur.is(s) && plain_sentences(fur, blocks_sel, **s)))
        .map(|(s, _)| *s)
        .collect()
}

/// Share of the best container's score a sibling needs to join it.
const SIBLING_SHARE: f32 = 0.2;
/// Score below which no sibling joins, however weak the best one is.
const MIN_SIBLING_SCORE: f32 = 3.0;
/// Characters a block needs to count as a sentence of prose.
const MIN_SENTENCE_CHARS: usize = 40;

/// The element holds blocks, and every one is a sentence of prose: long,
/// ending as sentences end, with few links.
fn plain_sentences(fur: &Furniture, blocks_sel: &scraper::Selector, el: ElementRef<'_>) -> bool {
    let mut any = false;
    for block in el.select(blocks_sel) {
        if fur.below(block, el) {
            continue;
        }
        let text = block_text(fur, block);
        let len = text.chars().count();
        let ends = text.trim_end().ends_with(['.', '!', '?', '"', '\u{201d}']);
        if len < MIN_SENTENCE_CHARS || !ends || link_density(block, len) > 0.25 {
            return false;
        }
        any = true;
    }
    any
}

/// The blocks of `root` outside furniture, in document order.
fn blocks_of(fur: &Furniture, blocks_sel: &scraper::Selector, root: ElementRef<'_>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let insets = Insets::below(root);
    for block in root.select(blocks_sel) {
        if fur.below(block, root) || insets.holds(block, root) {
            continue;
        }
        // A block inside another block (li > p) is emitted by the outer one.
        let nested = std::iter::successors(block.parent().and_then(ElementRef::wrap), |e| {
            e.parent().and_then(ElementRef::wrap)
        })
        .take_while(|e| e.id() != root.id())
        .any(|e| BLOCK_TAGS.contains(&e.value().name()));
        if nested {
            continue;
        }
        if block.value().name() == "table" {
            out.extend(table_rows(fur, block, root));
            continue;
        }
        let text = block_text(fur, block);
        let len = text.chars().count();
        if len == 0 {
            continue;
        }
        let name = block.value().name();
        let is_heading = name.starts_with('h');
        // A linked heading is another story's; a heading over a list of
        // furniture is the list's.
        if link_density(block, len) > 0.5
            || (is_heading
                && (fur.heads_furniture(block) || heads_nothing(fur, blocks_sel, block, root)))
        {
            continue;
        }
        if (name == "li" && len < 25) || is_kicker(block, &text) {
            continue;
        }
        if name == "blockquote" && is_labelled_box(&text) {
            continue;
        }
        out.push(text);
    }
    out
}

/// A heading that is the only block its box gives while the box holds
/// other text the reader view leaves out (a listings table, an odds strip,
/// furniture): the label of something the reader no longer sees ("Where
/// to watch tonight" over its table). A heading set straight in the
/// article, or alone in a box of its own, stays.
fn heads_nothing(
    fur: &Furniture,
    blocks_sel: &scraper::Selector,
    heading: ElementRef<'_>,
    root: ElementRef<'_>,
) -> bool {
    let Some(the_box) = heading.parent().and_then(ElementRef::wrap) else {
        return false;
    };
    if the_box.id() == root.id() {
        return false;
    }
    let other_block = the_box.select(blocks_sel).any(|b| {
        b.id() != heading.id()
            && !fur.below(b, the_box)
            && (b.value().name() != "table" || table_rows(fur, b, root).is_some())
    });
    let chars = |e: ElementRef<'_>| -> usize {
        e.text()
            .map(|t| t.chars().filter(|c| !c.is_whitespace()).count())
            .sum()
    };
    !other_block && chars(the_box) > chars(heading)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_is_sniffed_from_meta() {
        let page = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xE9</title></head>\
            <body><article><p>Le caf\xE9 co\xFBte 5 \x80 \xE0 Z\xFCrich, dit-on, depuis 2019.</p></article></body></html>";
        let doc = load_html("p.html", page).expect("loads");
        assert!(doc.text.contains("5 € à Zürich"), "{}", doc.text);
        assert_eq!(doc.format, "html");
    }

    #[test]
    fn a_page_of_bare_divs_is_read_by_its_leaf_divs() {
        let page = r#"<html><head><title>Quayside buys two tugs</title></head><body><div id="app">
            <div class="x1"><div class="q7"><a href="/">Home</a></div><div class="q7"><a href="/m">Markets</a></div></div>
            <div class="c9">
              <div class="c9t">Quayside buys two tugs</div>
              <div class="c9p">Quayside Ferries agreed on Tuesday to buy two harbour tugs from Ostra Marine, the Brakvik operator said.</div>
              <div class="c9p">The tugs, built at Ostra's yard in Lund, will be delivered next spring, the yard said in a statement.</div>
            </div>
            <div class="ft"><div><a href="/about">About us</a></div><div>© 2025 Lund Media</div></div>
            </div></body></html>"#;
        let doc = load_html("p.html", page.as_bytes()).expect("loads");
        assert!(doc.text.contains("agreed on Tuesday"), "{}", doc.text);
        assert!(doc.text.contains("built at Ostra's yard"), "{}", doc.text);
        assert!(!doc.text.contains("Markets"), "{}", doc.text);
        assert!(!doc.text.contains("About us"), "{}", doc.text);
    }

    #[test]
    fn a_section_label_over_the_headline_is_left_out() {
        let page = r#"<html><body><article>
            <p class="eyebrow">Ports and Harbours</p>
            <h1>Quayside Ferries to buy two tugs from Ostra</h1>
            <p>Quayside Ferries agreed on Tuesday to buy two harbour tugs from Ostra Marine, the Brakvik operator said.</p>
            <p>The tugs, built at Ostra's yard in Lund, will be delivered next spring, the yard said in a statement.</p>
            </article></body></html>"#;
        let doc = load_html("p.html", page.as_bytes()).expect("loads");
        assert!(!doc.text.contains("Ports and Harbours"), "{}", doc.text);
        assert!(
            doc.text.starts_with("Quayside Ferries to buy"),
            "{}",
            doc.text
        );
        // A byline over the headline stays.
        let page = page.replace("Ports and Harbours", "By Ada Lind");
        let doc = load_html("p.html", page.as_bytes()).expect("loads");
        assert!(doc.text.contains("Ada Lind"), "{}", doc.text);
    }

    #[test]
    fn a_story_split_into_boxes_is_read_whole_with_its_key_points() {
        let page = r#"<html><body><div class="wrap">
            <h1>Quayside Ferries to buy two tugs</h1>
            <div class="points"><ul><li>Quayside Ferries will buy two tugs from Ostra Marine.</li>
              <li>The deal is worth 18 million euros, the companies said.</li></ul></div>
            <div class="byline"><a href="/x">Ada Lind</a></div>
            <div class="group"><p>Quayside Ferries agreed on Tuesday to buy two harbour tugs from Ostra Marine, the Brakvik operator said.</p>
              <p>The tugs, built at Ostra's yard in Lund, will be delivered next spring, the yard said in a statement.</p></div>
            <div class="rel"><ul><li><a href="/1">Ostra wins a ferry order</a></li><li><a href="/2">Brakvik port grows</a></li><li><a href="/3">Lund yard closes</a></li></ul></div>
            <div class="group"><p>Quayside, which runs six ferries across the fjord, had leased tugs from Lund Leasing since 2019.</p>
              <p>"Owning our tugs makes the harbour safer and cheaper," chief executive Mira Holt told reporters.</p>
              <p>Ostra shares rose 4% in Oslo on the news, while the wider market was flat.</p></div>
            <div class="teaser"><h3><a href="/9">The people who steer harbour tugs</a></h3><p>Readers also liked this long piece about harbour tugs and their crews.</p></div>
            </div></body></html>"#;
        let doc = load_html("p.html", page.as_bytes()).expect("loads");
        for kept in [
            "Quayside Ferries will buy",
            "agreed on Tuesday",
            "runs six ferries",
            "Ostra shares rose",
        ] {
            assert!(
                doc.text.contains(kept),
                "{kept:?} missing from {}",
                doc.text
            );
        }
        for left in ["Ostra wins a ferry order", "Readers also liked"] {
            assert!(!doc.text.contains(left), "{left:?} kept in {}", doc.text);
        }
    }

    #[test]
    fn a_heading_over_a_box_the_reader_view_leaves_out_goes_with_it() {
        let page = r#"<html><body><article><h1>Quayside buys two tugs</h1>
            <p>Quayside Ferries agreed on Tuesday to buy two harbour tugs from Ostra Marine, the Brakvik operator said.</p>
            <div class="listings"><h4>Sailings tonight</h4><table><tr><td>19:00 Brakvik to Lund</td><td>Quayside</td></tr></table></div>
            <h3>A busy harbour</h3>
            <p>The tugs, built at Ostra's yard in Lund, will be delivered next spring, the yard said in a statement.</p>
            </article></body></html>"#;
        let doc = load_html("p.html", page.as_bytes()).expect("loads");
        assert!(!doc.text.contains("Sailings tonight"), "{}", doc.text);
        assert!(doc.text.contains("A busy harbour"), "{}", doc.text);
    }

    #[test]
    fn a_labelled_box_set_as_a_quotation_is_left_out() {
        let page = r#"<html><body><article><h1>Quayside buys two tugs</h1>
            <p>Quayside Ferries agreed on Tuesday to buy two harbour tugs from Ostra Marine, the Brakvik operator said.</p>
            <blockquote class="saying"><p>Saying of the week</p><p>"Calm seas never made a skilled sailor." — Vexo saying, via Tilde Marrow</p></blockquote>
            <blockquote><p>"Owning our tugs makes the harbour safer," chief executive Mira Holt said.</p><p>"And cheaper."</p></blockquote>
            <p>The tugs, built at Ostra's yard in Lund, will be delivered next spring, the yard said in a statement.</p>
            </article></body></html>"#;
        let doc = load_html("p.html", page.as_bytes()).expect("loads");
        assert!(!doc.text.contains("Saying of the week"), "{}", doc.text);
        assert!(!doc.text.contains("Tilde Marrow"), "{}", doc.text);
        // A quotation's paragraphs stay, each a line of its own.
        assert!(
            doc.text.contains("Mira Holt said.\n\"And cheaper.\""),
            "{}",
            doc.text
        );
    }

    #[test]
    fn the_byline_is_the_page_s_own_line() {
        let body = "<p>Quayside Ferries agreed on Tuesday to buy two electric tugs from Ostra Marine for 18 million euros, the companies said.</p><p>The tugs will enter service in Brakvik next spring, the ferry company's chief executive told reporters.</p>";
        let page = format!(
            r#"<html><head><meta name="author" content="Ada Lind"></head><body><article><h1>Quayside buys two tugs</h1><p class="byline">Words: Ada Lind</p>{body}</article></body></html>"#
        );
        let doc = load_html("t.html", page.as_bytes()).expect("loads");
        assert!(doc.text.contains("\n\nWords: Ada Lind\n\n"), "{}", doc.text);
        assert!(!doc.text.contains("By "), "{}", doc.text);
        // A byline box the extractor leaves out is shown from its container.
        let page = format!(
            r#"<html><body><article><h1>Quayside buys two tugs</h1><div class="byline-block">Ada Lind, Shipping Correspondent<br><span>Wed Sep 11 2024 - 06:00</span></div>{body}</article></body></html>"#
        );
        let doc = load_html("t.html", page.as_bytes()).expect("loads");
        assert!(
            doc.text
                .contains("Ada Lind, Shipping Correspondent\n\nWed Sep 11 2024 - 06:00"),
            "{}",
            doc.text
        );
        // With no byline on the page, the metadata's author is printed.
        let page = format!(
            r#"<html><head><meta name="author" content="Ada Lind"></head><body><article><h1>Quayside buys two tugs</h1>{body}</article></body></html>"#
        );
        let doc = load_html("t.html", page.as_bytes()).expect("loads");
        assert!(doc.text.contains("By Ada Lind"), "{}", doc.text);
    }
}
