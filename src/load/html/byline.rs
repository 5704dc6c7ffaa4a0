//! The byline as the page shows it: the text of its byline or author
//! container, line by line and word for word ("Words: Ada Lind", "Ada Lind
//! | Senior Editor", "By Ada Lind" over "Updated 2:18 PM"), so that the
//! article's text holds the page's own lines. Author boxes with a bio are
//! no byline.

use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

use super::dom::{class_words, selector, squash};
use super::furniture::Furniture;
use super::text::block_text;
use crate::load::boilerplate::{is_bare_signature, is_byline_or_stamp};

/// Class or id words that name a byline or its author.
const BYLINE_WORDS: &[&str] = &[
    "byline",
    "bylines",
    "author",
    "authors",
    "authorname",
    "writer",
    "writers",
    "contributor",
];
/// Parts of class or id words that make an author element something else:
/// an author box with a bio, a social handle, a comment's author, a photo.
const NOT_BYLINE: &[&str] = &[
    "bio", "box", "card", "comment", "social", "twitter", "avatar", "image", "photo", "img",
    "profile", "follow",
];
/// Inline elements: a byline's name is often a link or a span inside the
/// line that holds the rest ("By <a>Ada Lind</a> | 9 May").
const INLINE: &[&str] = &["a", "span", "strong", "em", "b", "i", "time", "small"];
/// Elements that break the byline's text into lines.
const LINE_BREAKS: &[&str] = &["br", "div", "p", "li"];
/// A visible byline is short: at most this many characters in all.
const MAX_CHARS: usize = 160;
/// And at most this many lines.
const MAX_LINES: usize = 3;

/// The words of an element's class and id (see [`class_words`]): a byline
/// named `authorName` is read as the one named `author-name`.
fn words(el: ElementRef<'_>) -> Vec<String> {
    let v = el.value();
    [v.attr("class"), v.attr("id")]
        .into_iter()
        .flatten()
        .flat_map(class_words)
        .collect()
}

/// The element is a byline or names the article's author by its markup.
fn is_byline(el: ElementRef<'_>) -> bool {
    let v = el.value();
    let words = words(el);
    let named = words.iter().any(|w| BYLINE_WORDS.contains(&w.as_str()))
        || v.attr("rel") == Some("author")
        || v.attr("itemprop") == Some("author");
    named
        && !words
            .iter()
            .any(|w| NOT_BYLINE.iter().any(|n| w.contains(n)))
}

/// The element's text as lines: `<br>` and block elements break it.
fn text_lines(el: ElementRef<'_>) -> Vec<String> {
    fn walk(node: NodeRef<'_, Node>, out: &mut String) {
        for child in node.children() {
            match child.value() {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) => {
                    let breaks = LINE_BREAKS.contains(&e.name());
                    if breaks {
                        out.push('\n');
                    }
                    walk(child, out);
                    if breaks {
                        out.push('\n');
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = String::new();
    walk(*el, &mut out);
    out.lines().map(squash).filter(|l| !l.is_empty()).collect()
}

/// A bio's sentence is this many words or more.
const MIN_BIO_WORDS: usize = 6;

/// One of the lines is a sentence (a bio's "Ada covers shipping from
/// Lund."), which no byline is.
fn has_sentence(lines: &[String]) -> bool {
    lines.iter().any(|l| {
        l.split_whitespace().count() >= MIN_BIO_WORDS && l.trim_end().ends_with(['.', '!', '?'])
    })
}

/// The page's first visible byline, widened from a name in it to the line
/// or container that holds it; empty when the page shows none.
pub fn visible_byline(page: &Html) -> Vec<String> {
    let Some(sel) = selector("[class], [id], [rel], [itemprop]") else {
        return Vec::new();
    };
    // An author box holds a bio: longer than any byline, or a sentence.
    let in_box = |el: ElementRef<'_>| {
        el.ancestors().filter_map(ElementRef::wrap).any(|a| {
            words(a).iter().any(|w| BYLINE_WORDS.contains(&w.as_str()))
                && (squash(&a.text().collect::<String>()).len() > MAX_CHARS
                    || has_sentence(&text_lines(a)))
        })
    };
    for el in page.select(&sel).filter(|e| is_byline(*e) && !in_box(*e)) {
        let mut at = el;
        while let Some(up) = at.parent().and_then(ElementRef::wrap) {
            let inline = INLINE.contains(&at.value().name());
            if !(is_byline(up) || inline)
                || squash(&up.text().collect::<String>()).len() > MAX_CHARS
            {
                break;
            }
            at = up;
        }
        let lines = text_lines(at);
        let chars: usize = lines.iter().map(String::len).sum();
        if !lines.is_empty()
            && lines.len() <= MAX_LINES
            && chars <= MAX_CHARS
            && !has_sentence(&lines)
        {
            return lines;
        }
    }
    Vec::new()
}

/// The headline's next elements that may hold its byline.
const MAX_SIBLINGS_AFTER_HEADLINE: usize = 3;

/// Failing a byline by markup, a one-line element among the few right
/// after the page's `<h1>` that reads as a byline with a reporter's name
/// in it ("Ada Lind · 9 May 2025 · 3 min read", "Ledger Daily · By Ada
/// Lind · 4 min read"), whatever its class: the reader sees it under the
/// headline, and its reporter is the article's. Read as the article's
/// blocks are (furniture inside it left out), so that the same line in
/// the article's blocks is found in its place.
pub fn byline_under_headline(page: &Html) -> Vec<String> {
    let Some(h1) = selector("h1").and_then(|sel| page.select(&sel).next()) else {
        return Vec::new();
    };
    let fur = Furniture::of(page);
    for el in h1
        .next_siblings()
        .filter_map(ElementRef::wrap)
        .take(MAX_SIBLINGS_AFTER_HEADLINE)
    {
        if fur.is(&el) {
            continue;
        }
        let text = block_text(&fur, el);
        let lines: Vec<String> = text.lines().map(str::to_owned).collect();
        if let [line] = lines.as_slice()
            && line.len() <= MAX_CHARS
            && names_a_reporter(line)
        {
            return lines;
        }
    }
    Vec::new()
}

/// A byline or stamp line one of whose parts is a person's bare name or
/// "By" and a name.
fn names_a_reporter(line: &str) -> bool {
    is_byline_or_stamp(line)
        && line.split(['·', '|', '•']).any(|part| {
            let part = part.trim();
            let by = part.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("by "));
            is_bare_signature(part) || (by && is_bare_signature(&part[3..]))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn byline(html: &str) -> Vec<String> {
        visible_byline(&Html::parse_document(html))
    }

    fn under_headline(html: &str) -> Vec<String> {
        byline_under_headline(&Html::parse_document(html))
    }

    #[test]
    fn failing_markup_a_line_under_the_headline_that_reads_as_a_byline() {
        assert_eq!(
            under_headline(
                r#"<h1>Ostra buys two tugs</h1><div class="meta">Ada Lind · 9 May 2025 · 3 min read</div><p>Ostra Marine agreed on Tuesday to buy two tugs.</p>"#
            ),
            ["Ada Lind · 9 May 2025 · 3 min read"]
        );
        assert_eq!(
            under_headline(
                r#"<h1>Ostra buys two tugs</h1><p class="meta">Ledger Daily · By Ada Lind · 4 min read</p>"#
            ),
            ["Ledger Daily · By Ada Lind · 4 min read"]
        );
        // Read as a block is: a comment count inside it left out.
        assert_eq!(
            under_headline(
                r#"<h1>Ostra buys two tugs</h1><p class="meta">Ada Lind · 9 May 2025 · <span class="comment-count">7 comments</span></p>"#
            ),
            ["Ada Lind · 9 May 2025 ·"]
        );
        // A date stamp alone, or a standfirst, is none.
        assert!(
            under_headline(
                r#"<h1>Ostra buys two tugs</h1><p class="dek">The yard in Lund will build them</p><div class="time">Published 9 May 2025</div>"#
            )
            .is_empty()
        );
    }

    #[test]
    fn the_byline_as_the_page_shows_it() {
        assert_eq!(
            byline(r#"<p class="byline">Words: Ada Lind</p>"#),
            ["Words: Ada Lind"]
        );
        assert_eq!(
            byline(r#"<p class="meta">By <a rel="author" href="/a">Ada Lind</a> | 9 May 2025</p>"#),
            ["By Ada Lind | 9 May 2025"]
        );
        assert_eq!(
            byline(
                r#"<div class="byline-block">Ada Lind, Shipping Correspondent<br><span class="when">Wed Sep 11 2024 - 06:00</span></div>"#
            ),
            [
                "Ada Lind, Shipping Correspondent",
                "Wed Sep 11 2024 - 06:00"
            ]
        );
        // A camel-case class is read by its words, as furniture's are.
        assert_eq!(
            byline(r#"<p class="authorName">Ada Lind</p>"#),
            ["Ada Lind"]
        );
        // An author box with a bio, and a comment's author, are no byline.
        assert!(
            byline(
                r#"<div class="author-box"><p>Ada Lind covers shipping for the Ledger from Lund.</p></div><div class="author-top"><p class="author-name">Ada Lind</p><p class="about">Ada has covered ports since 2012.</p></div><div class="comment-author">harbourfan</div>"#
            )
            .is_empty()
        );
    }
}
