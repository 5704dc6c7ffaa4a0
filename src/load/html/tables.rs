//! A data table set in the article (deal terms, results, a league of
//! rivals): its rows are the article's text, one line a row with its cells
//! between bars ("| Kelvara Foods | €410m | 1,900 |", as a Markdown table
//! is written, so the text's furniture rules read both alike). A table
//! that lays out the page (its cells hold paragraphs or other blocks) is
//! read through its blocks instead; a table of links, or one set in a box
//! with a heading of its own beside the story (a listings or prices box),
//! is the site's and left out.

use scraper::ElementRef;

use super::furniture::{Furniture, link_density};
use super::text::{BLOCK_TAGS, block_text};

/// The text of a data table's rows, one line a row; `None` for a table
/// that is no data table of the article.
pub fn table_rows(fur: &Furniture, table: ElementRef<'_>, root: ElementRef<'_>) -> Option<String> {
    if holds_blocks(table) || boxed_with_heading(table, root) {
        return None;
    }
    let mut lines = Vec::new();
    let mut chars = 0;
    for row in own_descendants(table, |n| n == "tr") {
        let cells: Vec<String> = own_descendants(row, |n| matches!(n, "td" | "th"))
            .map(|c| block_text(fur, c).replace('\n', " "))
            .filter(|t| !t.is_empty())
            .collect();
        chars += cells.iter().map(|c| c.chars().count()).sum::<usize>();
        match cells.as_slice() {
            [] => {}
            [one] => lines.push(one.clone()),
            many => lines.push(format!("| {} |", many.join(" | "))),
        }
    }
    (!lines.is_empty() && link_density(table, chars) <= MAX_LINK_SHARE).then(|| lines.join("\n"))
}

/// Above this share of linked text a table is a list of links.
const MAX_LINK_SHARE: f32 = 0.5;

/// The elements under `el` whose tag `wanted` takes, but none a table
/// inside `el` holds.
fn own_descendants<'a>(
    el: ElementRef<'a>,
    wanted: fn(&str) -> bool,
) -> impl Iterator<Item = ElementRef<'a>> {
    el.descendants()
        .filter_map(ElementRef::wrap)
        .filter(move |d| d.id() != el.id() && wanted(d.value().name()))
        .filter(move |d| {
            d.ancestors()
                .filter_map(ElementRef::wrap)
                .take_while(|a| a.id() != el.id())
                .all(|a| a.value().name() != "table")
        })
}

/// The table's cells hold blocks (paragraphs, headings, lists) or tables:
/// it lays out the page.
fn holds_blocks(table: ElementRef<'_>) -> bool {
    table.descendants().filter_map(ElementRef::wrap).any(|d| {
        d.id() != table.id()
            && (d.value().name() == "table" || BLOCK_TAGS.contains(&d.value().name()))
    })
}

/// Between the table and the article's root stands a box that also holds a
/// heading of its own (a "Where to watch" or prices box beside the story).
fn boxed_with_heading(table: ElementRef<'_>, root: ElementRef<'_>) -> bool {
    table
        .ancestors()
        .filter_map(ElementRef::wrap)
        .take_while(|a| a.id() != root.id())
        .any(|a| {
            a.descendants().filter_map(ElementRef::wrap).any(|d| {
                matches!(d.value().name(), "h2" | "h3" | "h4" | "h5" | "h6")
                    && !d.ancestors().any(|x| x.id() == table.id())
            })
        })
}

#[cfg(test)]
mod tests {
    use crate::load::html::load_html;

    const STORY: &str = "<p>Quayside Ferries agreed on Tuesday to buy two harbour tugs from Ostra Marine, the Brakvik operator said.</p><p>The tugs, built at Ostra's yard in Lund, will be delivered next spring, the yard said in a statement.</p>";

    fn text_of(table: &str) -> String {
        let page = format!(
            "<html><body><article><h1>Quayside buys two tugs</h1>{STORY}{table}<p>Quayside, which runs six ferries across the fjord, had leased tugs from Lund Leasing since 2019.</p></article></body></html>"
        );
        load_html("t.html", page.as_bytes()).expect("loads").text
    }

    #[test]
    fn a_data_table_in_the_story_is_read_row_by_row() {
        let text = text_of(
            "<table><tr><th>Company</th><th>Sales</th></tr><tr><td>Quayside Ferries</td><td>€410m</td></tr><tr><td>Ostra Marine</td><td>€96m</td></tr></table>",
        );
        assert!(
            text.contains(
                "| Company | Sales |\n| Quayside Ferries | €410m |\n| Ostra Marine | €96m |"
            ),
            "{text}"
        );
        // A table that lays out paragraphs is read through them.
        let text = text_of(
            "<table><tr><td><p>Ostra Marine has built 40 tugs since it opened its Lund yard in 1998.</p></td></tr></table>",
        );
        assert!(
            text.contains("\n\nOstra Marine has built 40 tugs"),
            "{text}"
        );
        assert!(!text.contains("| Ostra"), "{text}");
        // A table of links is the site's.
        let text = text_of(
            r#"<table><tr><td><a href="/1">Ostra wins a ferry order</a></td><td><a href="/2">Brakvik port grows</a></td></tr></table>"#,
        );
        assert!(!text.contains("Ostra wins"), "{text}");
    }
}
