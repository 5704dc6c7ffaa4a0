//! Web pages → reader-view text: title, byline, published date and the body
//! paragraphs in order; navigation, share bars, related lists, comment forms,
//! cookie banners and ads left out.
//!
//! Parsing is html5ever (via `scraper`), so broken markup is repaired the way
//! browsers do. Extraction is a small readability-style scorer: every
//! paragraph outside page furniture gives its text length to its parent and
//! half to its grandparent, and the best-scoring container is the article.

use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node, Selector};

use super::LoadError;
use super::encoding::decode_with_hint;
use crate::model::Document;

/// Elements that never hold article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "aside", "footer",
    "form", "button", "select", "input", "textarea", "dialog", "menu", "object", "embed", "video",
    "audio", "picture", "img", "head", "title",
];

/// Class/id words that mark page furniture (matched as whole words of the
/// attribute split at `-`, `_` and spaces).
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
    "byline",
    "dateline",
    "meta",
    "caption",
    "credit",
    "hidden",
    "skip",
    "print",
    "disqus",
    "outbrain",
    "taboola",
];

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

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// Collapses runs of whitespace to one space and trims.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Title, byline and date from the page's metadata.
#[derive(Default)]
struct Metadata {
    title: Option<String>,
    byline: Option<String>,
    published: Option<String>,
}

impl Metadata {
    fn read(page: &Html) -> Self {
        let mut m = Self::default();
        let ld = json_ld(page);
        let meta = |keys: &[&str]| -> Option<String> {
            let sel = selector("meta")?;
            keys.iter().find_map(|key| {
                page.select(&sel).find_map(|e| {
                    let el = e.value();
                    let k = el
                        .attr("property")
                        .or_else(|| el.attr("name"))
                        .or_else(|| el.attr("itemprop"))?;
                    (k.eq_ignore_ascii_case(key))
                        .then(|| el.attr("content").map(squash))
                        .flatten()
                        .filter(|v| !v.is_empty())
                })
            })
        };
        m.title = ld
            .iter()
            .find_map(|v| ld_string(v, "headline"))
            .or_else(|| meta(&["og:title", "twitter:title", "title", "headline"]))
            .or_else(|| first_heading(page))
            .or_else(|| {
                let sel = selector("title")?;
                page.select(&sel)
                    .next()
                    .map(|t| strip_site_name(&squash(&t.text().collect::<String>())))
            })
            .filter(|t| !t.is_empty());
        let author = ld
            .iter()
            .find_map(ld_author)
            .or_else(|| {
                meta(&[
                    "author",
                    "article:author",
                    "byl",
                    "parsely-author",
                    "dc.creator",
                ])
            })
            .or_else(|| text_of(page, "[rel=author], [itemprop=author], .byline, .author"));
        m.byline = author.map(|a| {
            if a.to_ascii_lowercase().starts_with("by ") {
                a
            } else {
                format!("By {a}")
            }
        });
        let time_tags = || -> Vec<String> {
            selector("time[datetime]").map_or_else(Vec::new, |sel| {
                page.select(&sel)
                    .filter_map(|t| t.value().attr("datetime").map(str::to_owned))
                    .collect()
            })
        };
        m.published = ld
            .iter()
            .filter_map(|v| ld_string(v, "datePublished"))
            .chain(meta(&[
                "article:published_time",
                "og:published_time",
                "datePublished",
                "pubdate",
                "publishdate",
                "date",
                "dc.date",
                "dc.date.issued",
                "sailthru.date",
            ]))
            .chain(time_tags())
            .find_map(|d| iso_day(&d));
        m
    }
}

/// `Headline | Site Name` → `Headline`.
fn strip_site_name(title: &str) -> String {
    for sep in [" | ", " – ", " — ", " - "] {
        if let Some((head, _)) = title.rsplit_once(sep)
            && head.chars().count() >= 15
        {
            return head.trim().to_owned();
        }
    }
    title.to_owned()
}

fn text_of(page: &Html, css: &str) -> Option<String> {
    let sel = selector(css)?;
    page.select(&sel)
        .map(|e| squash(&e.text().collect::<String>()))
        .find(|t| !t.is_empty() && t.chars().count() < 120)
}

/// `2025-01-22T09:30:00Z` or `20250122` → `2025-01-22`.
fn iso_day(s: &str) -> Option<String> {
    let s = s.trim();
    if s.len() >= 8
        && s.as_bytes()[..8].iter().all(u8::is_ascii_digit)
        && s.as_bytes().get(8).is_none_or(|b| !b.is_ascii_digit())
    {
        let (y, rest) = s.split_at(4);
        return Some(format!("{y}-{}-{}", &rest[..2], &rest[2..4]));
    }
    let day = s.get(..10)?;
    let b = day.as_bytes();
    let ok = b.iter().enumerate().all(|(i, c)| {
        if i == 4 || i == 7 {
            *c == b'-'
        } else {
            c.is_ascii_digit()
        }
    });
    ok.then(|| day.to_owned())
}

/// Every JSON-LD object on the page (arrays and `@graph` flattened).
fn json_ld(page: &Html) -> Vec<serde_json::Value> {
    let Some(sel) = selector(r#"script[type="application/ld+json"]"#) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for script in page.select(&sel) {
        let raw: String = script.text().collect();
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&raw) {
            flatten_ld(v, &mut out, 0);
        }
    }
    // Article-like objects first.
    out.sort_by_key(|v| {
        let t = v.get("@type").map(|t| t.to_string()).unwrap_or_default();
        !(t.contains("Article") || t.contains("Posting") || t.contains("Report"))
    });
    out
}

fn flatten_ld(v: serde_json::Value, out: &mut Vec<serde_json::Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        serde_json::Value::Array(items) => {
            for i in items {
                flatten_ld(i, out, depth + 1);
            }
        }
        serde_json::Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten_ld(graph, out, depth + 1);
            }
            out.push(serde_json::Value::Object(map));
        }
        _ => {}
    }
}

fn ld_string(v: &serde_json::Value, key: &str) -> Option<String> {
    v.get(key)?.as_str().map(squash).filter(|s| !s.is_empty())
}

fn ld_author(v: &serde_json::Value) -> Option<String> {
    let a = v.get("author")?;
    let names: Vec<String> = match a {
        serde_json::Value::String(s) => vec![squash(s)],
        serde_json::Value::Array(items) => items
            .iter()
            .filter_map(|i| {
                i.as_str()
                    .map(str::to_owned)
                    .or_else(|| ld_string(i, "name"))
            })
            .collect(),
        other => ld_string(other, "name").into_iter().collect(),
    };
    let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(" and "))
}

fn first_heading(page: &Html) -> Option<String> {
    text_of(page, "article h1, main h1, h1")
}

/// True for elements that are page furniture by tag, role or class/id words.
fn is_furniture(el: &ElementRef<'_>) -> bool {
    let v = el.value();
    let tag = v.name();
    if SKIP_TAGS.contains(&tag) {
        return true;
    }
    if v.attr("hidden").is_some() || v.attr("aria-hidden") == Some("true") {
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
    let words = |attr: Option<&str>| -> bool {
        attr.is_some_and(|a| {
            a.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|w| FURNITURE_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        })
    };
    words(v.attr("class")) || words(v.attr("id"))
}

/// True when the element or one of its ancestors is furniture.
fn in_furniture(el: ElementRef<'_>) -> bool {
    std::iter::successors(Some(el), |e| e.parent().and_then(ElementRef::wrap))
        .any(|e| is_furniture(&e))
}

/// Text of a block: inline text with whitespace collapsed, `<br>` as a line
/// break, furniture inside the block left out.
fn block_text(el: ElementRef<'_>) -> String {
    let mut out = String::new();
    collect_inline(*el, &mut out, el.value().name() == "pre", 0);
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

fn collect_inline(node: NodeRef<'_, Node>, out: &mut String, pre: bool, depth: usize) {
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
                    && is_furniture(&el)
                {
                    continue;
                }
                collect_inline(child, out, pre, depth + 1);
            }
            _ => {}
        }
    }
}

/// Share of a block's text that sits inside links.
fn link_density(el: ElementRef<'_>, len: usize) -> f32 {
    let Some(a) = selector("a") else { return 0.0 };
    let linked: usize = el
        .select(&a)
        .map(|a| a.text().map(|t| t.trim().chars().count()).sum::<usize>())
        .sum();
    linked as f32 / len.max(1) as f32
}

/// The article's blocks, in document order.
fn body_blocks(page: &Html) -> Vec<String> {
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
        if in_furniture(p) {
            continue;
        }
        let text = block_text(p);
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
        .filter(|e| !in_furniture(*e))
        .unwrap_or(root);

    let mut out: Vec<String> = Vec::new();
    for block in root.select(&blocks_sel) {
        if in_furniture_below(block, root) {
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
        let text = block_text(block);
        let len = text.chars().count();
        if len == 0 {
            continue;
        }
        let name = block.value().name();
        let is_heading = name.starts_with('h');
        if !is_heading && link_density(block, len) > 0.5 {
            continue;
        }
        if name == "li" && len < 25 {
            continue;
        }
        out.push(text);
    }
    out
}

/// Furniture between `el` (inclusive) and `root` (exclusive).
fn in_furniture_below(el: ElementRef<'_>, root: ElementRef<'_>) -> bool {
    std::iter::successors(Some(el), |e| e.parent().and_then(ElementRef::wrap))
        .take_while(|e| e.id() != root.id())
        .any(|e| is_furniture(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_days_and_site_names() {
        assert_eq!(
            iso_day("2025-01-22T09:30:00+01:00").as_deref(),
            Some("2025-01-22")
        );
        assert_eq!(iso_day("22 January 2025"), None);
        assert_eq!(
            strip_site_name("Harbour fund buys a stake in Zürich ferries | The Ledger"),
            "Harbour fund buys a stake in Zürich ferries"
        );
    }

    #[test]
    fn charset_is_sniffed_from_meta() {
        let page = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xE9</title></head>\
            <body><article><p>Le caf\xE9 co\xFBte 5 \x80 \xE0 Z\xFCrich, dit-on, depuis 2019.</p></article></body></html>";
        let doc = load_html("p.html", page).expect("loads");
        assert!(doc.text.contains("5 € à Zürich"), "{}", doc.text);
        assert_eq!(doc.format, "html");
    }
}
