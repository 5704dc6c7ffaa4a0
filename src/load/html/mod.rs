//! Web pages → reader-view text: title, byline, published date and the body
//! paragraphs in order; navigation, share bars, related lists, comment forms,
//! cookie banners and ads left out.
//!
//! Parsing is html5ever (via `scraper`), so broken markup is repaired the way
//! browsers do. Extraction is a small readability-style scorer: every
//! paragraph outside page furniture gives its text length to its parent and
//! half to its grandparent, and the best-scoring container is the article.

mod dom;
mod furniture;
mod meta;

use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

use super::LoadError;
use super::encoding::decode_with_hint;
use crate::model::Document;
use dom::{selector, squash};
use furniture::{Furniture, link_density};
use meta::{Metadata, first_heading};

/// Tags whose text is one block of the article.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "li",
    "pre",
    "dd",
    "dt",
];

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
    if let Some(b) = &meta.byline {
        parts.push(b.clone());
    }
    for block in blocks {
        if Some(&block) != title.as_ref() && Some(&block) != meta.byline.as_ref() {
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

/// Text of a block: inline text with whitespace collapsed, `<br>` as a line
/// break, furniture inside the block left out.
fn block_text(fur: &Furniture, el: ElementRef<'_>) -> String {
    let mut out = String::new();
    collect_inline(fur, *el, &mut out, el.value().name() == "pre", 0);
    if el.value().name() == "pre" {
        out.trim_matches('\n').to_owned()
    } else {
        out.lines()
            .map(squash)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn collect_inline(
    fur: &Furniture,
    node: NodeRef<'_, Node>,
    out: &mut String,
    pre: bool,
    depth: usize,
) {
    if depth > 256 {
        return;
    }
    for child in node.children() {
        match child.value() {
            Node::Text(t) => {
                if pre {
                    out.push_str(t);
                } else {
                    out.push_str(&t.replace(['\n', '\r', '\t'], " "));
                }
            }
            Node::Element(e) => {
                if e.name() == "br" {
                    out.push('\n');
                    continue;
                }
                if let Some(el) = ElementRef::wrap(child)
                    && fur.is(&el)
                {
                    continue;
                }
                collect_inline(fur, child, out, pre, depth + 1);
            }
            _ => {}
        }
    }
}

/// The article's blocks, in document order.
fn body_blocks(page: &Html) -> Vec<String> {
    let fur = Furniture::of(page);
    let Some(blocks_sel) = selector(&BLOCK_TAGS.join(", ")) else {
        return Vec::new();
    };
    // Score containers by the paragraph text they hold.
    let mut scores: Vec<(ego_tree::NodeId, f32)> = Vec::new();
    let mut add = |id: ego_tree::NodeId, s: f32| match scores.iter_mut().find(|(i, _)| *i == id) {
        Some((_, v)) => *v += s,
        None => scores.push((id, s)),
    };
    let Some(p_sel) = selector("p, pre, blockquote") else {
        return Vec::new();
    };
    for p in page.select(&p_sel) {
        if fur.around(p) {
            continue;
        }
        let text = block_text(&fur, p);
        let len = text.chars().count();
        if len < 25 || link_density(p, len) > 0.5 {
            continue;
        }
        let score = 1.0 + (len.min(300) as f32) / 30.0 + text.matches(", ").count() as f32;
        let mut up = p.parent().and_then(ElementRef::wrap);
        let mut weight = 1.0;
        for _ in 0..3 {
            let Some(e) = up else { break };
            add(e.id(), score * weight);
            weight /= 2.0;
            up = e.parent().and_then(ElementRef::wrap);
        }
    }
    let root = scores
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .and_then(|(id, _)| page.tree.get(*id))
        .and_then(ElementRef::wrap)
        .unwrap_or_else(|| page.root_element());
    // Widen to an enclosing <article> or itemprop=articleBody when there is one.
    let root = std::iter::successors(Some(root), |e| e.parent().and_then(ElementRef::wrap))
        .find(|e| {
            e.value().name() == "article" || e.value().attr("itemprop") == Some("articleBody")
        })
        .filter(|e| !fur.around(*e))
        .unwrap_or(root);

    let mut out: Vec<String> = Vec::new();
    for block in root.select(&blocks_sel) {
        if fur.below(block, root) {
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
        let text = block_text(&fur, block);
        let len = text.chars().count();
        if len == 0 {
            continue;
        }
        let name = block.value().name();
        let is_heading = name.starts_with('h');
        // A linked heading is another story's; a heading over a list of
        // furniture is the list's.
        if link_density(block, len) > 0.5 || (is_heading && fur.heads_furniture(block)) {
            continue;
        }
        if name == "li" && len < 25 {
            continue;
        }
        out.push(text);
    }
    out
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
}
