//! A web page's title, byline and publication date, from JSON-LD, meta
//! tags, `<time>` and the first heading.

use scraper::Html;

use super::dom::{selector, squash};

/// Title, byline and date from the page's metadata.
#[derive(Default)]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// "By …".
    pub byline: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
}

impl Metadata {
    /// Reads them from the page, first found wins.
    pub fn read(page: &Html) -> Self {
        let mut m = Self::default();
        let ld = json_ld(page);
        // The page's meta tags, gathered the first time a key is asked
        // for: each key walked the whole page for them again.
        let tags = std::cell::OnceCell::new();
        let meta = |keys: &[&str]| -> Option<String> {
            let tags = tags.get_or_init(|| meta_tags(page));
            keys.iter().find_map(|key| {
                tags.iter().find_map(|&(k, content)| {
                    (k.eq_ignore_ascii_case(key))
                        .then(|| content.map(squash))
                        .flatten()
                        .filter(|v| !v.is_empty())
                })
            })
        };
        m.title = ld
            .iter()
            .find_map(|v| ld_string(v, "headline"))
            // Social titles carry the site's name as often as <title> does.
            .or_else(|| {
                meta(&["og:title", "twitter:title", "title", "headline"])
                    .map(|t| strip_site_name(&t))
            })
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

/// Each `<meta>` tag's key (its `property`, else `name`, else `itemprop`)
/// and `content`, in page order; a tag with no key is left out.
fn meta_tags(page: &Html) -> Vec<(&str, Option<&str>)> {
    let Some(sel) = selector("meta") else {
        return Vec::new();
    };
    page.select(&sel)
        .filter_map(|e| {
            let el = e.value();
            let k = el
                .attr("property")
                .or_else(|| el.attr("name"))
                .or_else(|| el.attr("itemprop"))?;
            Some((k, el.attr("content")))
        })
        .collect()
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
            .filter(|i| !ld_organisation(i))
            .filter_map(|i| {
                i.as_str()
                    .map(str::to_owned)
                    .or_else(|| ld_string(i, "name"))
            })
            .collect(),
        other if ld_organisation(other) => Vec::new(),
        other => ld_string(other, "name").into_iter().collect(),
    };
    let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(" and "))
}

/// A JSON-LD author that is an organisation (the publisher, an agency):
/// no reporter, and no byline to print over the article.
fn ld_organisation(v: &serde_json::Value) -> bool {
    let kind = |t: &serde_json::Value| {
        t.as_str()
            .is_some_and(|t| t.ends_with("Organization") || t == "NewsMediaOrganization")
    };
    match v.get("@type") {
        Some(serde_json::Value::Array(ts)) => ts.iter().any(kind),
        Some(t) => kind(t),
        None => false,
    }
}

/// The page's first `<h1>`, or else the `<h2>` that opens its main column
/// (a feed reader or an app sets the item's headline as an `<h2>` under its
/// own bars, with no `<h1>` and the app's name for a `<title>`).
pub fn first_heading(page: &Html) -> Option<String> {
    text_of(page, "article h1, main h1, h1").or_else(|| opening_h2(page))
}

/// A headline has at least this many words (an `<h2>` of fewer is a
/// section's name).
const MIN_HEADLINE_WORDS: usize = 4;
/// A paragraph of this many words or more is the story's text: an `<h2>`
/// after it is a subheading. (The item's source and age above a headline
/// are shorter.)
const MIN_TEXT_WORDS: usize = 8;

/// The first `<h2>` of a `<main>` or `<article>` when no paragraph of the
/// story's text comes before it there: its headline, not a subheading.
fn opening_h2(page: &Html) -> Option<String> {
    let sel = selector("main, article")?;
    page.select(&sel).find_map(|column| {
        for node in column.descendants() {
            let Some(el) = scraper::ElementRef::wrap(node) else {
                continue;
            };
            let name = el.value().name();
            if name != "h2" && name != "p" {
                continue;
            }
            let text = squash(&el.text().collect::<String>());
            let words = text.split_whitespace().count();
            if name == "p" && words >= MIN_TEXT_WORDS {
                return None;
            }
            if name == "h2" {
                return (MIN_HEADLINE_WORDS..=25).contains(&words).then_some(text);
            }
        }
        None
    })
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
    fn an_h2_over_the_main_column_is_the_headline_and_a_subheading_is_not() {
        let html = r#"<html><head><title>Readwell — Brakvik Post</title></head><body>
            <div class="bar"><p>All items (12)</p></div>
            <main><div><p>Brakvik Post · 2 hours ago</p></div>
            <h2>Ostra Marine buys two tugs for Zürich lake ferries</h2>
            <p>Ostra Marine bought two tugs on Monday, it said.</p></main></body></html>"#;
        // The item's source line above it is no paragraph of the story.
        assert_eq!(
            Metadata::read(&Html::parse_document(html)).title.as_deref(),
            Some("Ostra Marine buys two tugs for Zürich lake ferries")
        );
        // A section's name is no headline.
        let html = html.replace(
            "Ostra Marine buys two tugs for Zürich lake ferries",
            "Ferries",
        );
        assert_eq!(
            Metadata::read(&Html::parse_document(&html))
                .title
                .as_deref(),
            Some("Readwell — Brakvik Post")
        );
        let html = r#"<html><head><title>Quayside orders tugs | Brakvik Post</title></head><body>
            <main><p>Quayside ordered two tugs on Monday, it said.</p>
            <h2>What the order means for Brakvik</h2><p>More text.</p></main></body></html>"#;
        assert_eq!(
            Metadata::read(&Html::parse_document(html)).title.as_deref(),
            Some("Quayside orders tugs")
        );
    }

    #[test]
    fn a_publisher_as_author_is_no_byline_and_social_titles_lose_the_site() {
        let html = r#"<html><head>
            <meta property="og:title" content="Harbour fund buys a stake in Zürich ferries | The Ledger">
            <script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Organization","name":"The Ledger"},{"@type":"Person","name":"Ada Lind"}]}</script>
            </head><body><p>Text.</p></body></html>"#;
        let m = Metadata::read(&Html::parse_document(html));
        assert_eq!(
            m.title.as_deref(),
            Some("Harbour fund buys a stake in Zürich ferries")
        );
        assert_eq!(m.byline.as_deref(), Some("By Ada Lind"));
        let html = r#"<html><head>
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"NewsMediaOrganization","name":"The Ledger"}}</script>
            </head><body><p>Text.</p></body></html>"#;
        assert_eq!(Metadata::read(&Html::parse_document(html)).byline, None);
    }
}
