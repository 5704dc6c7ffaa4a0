//! The text a block of the page shows: its inline text with white space
//! collapsed, `<br>` and the blocks inside it as line breaks, furniture
//! inside it left out.

use ego_tree::NodeRef;
use scraper::{ElementRef, Node};

use super::dom::squash;
use super::furniture::Furniture;

/// Tags whose text is one block of the article.
pub const BLOCK_TAGS: &[&str] = &[
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

/// Text of a block: inline text with whitespace collapsed, `<br>` as a line
/// break, furniture inside the block left out.
pub fn block_text(fur: &Furniture, el: ElementRef<'_>) -> String {
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
                // A block inside the block (a quotation's paragraphs, a
                // list item's) is a line of its own, as the page shows it.
                let inner = !pre && (BLOCK_TAGS.contains(&e.name()) || e.name() == "div");
                if inner {
                    out.push('\n');
                }
                collect_inline(fur, child, out, pre, depth + 1);
                if inner {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}
