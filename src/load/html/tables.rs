//! A data table set in the article (deal terms, results, a league of
//! rivals): its rows are the article's text, one line a row with its cells
//! between bars ("| Kelvara Foods | €410m | 1,900 |", as a Markdown table
//! is written, so the text's furniture rules read both alike). A table
//! that lays out the page (its cells hold paragraphs or other blocks) is
//! read through its blocks instead; a table of links, or one set in a box
//! with a heading of its own beside the story (a listings or prices box),
//! is the site's and left out; so is a listing with no heading, a table
//! whose every row has a clock time of its own in a cell (kick-offs,
//! sailings, screenings): a story's table gives figures, not a timetable.

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
    (!lines.is_empty() && link_density(table, chars) <= MAX_LINK_SHARE && !is_listing(table))
        .then(|| lines.join("\n"))
}

/// A listing has at least this many rows.
const MIN_LISTING_ROWS: usize = 2;

/// Every row of the table (two or more) has a cell that is a clock time
/// and nothing else ("15:00", "17h30"): a timetable. Not "20.45", which a
/// table of prices has in every row.
fn is_listing(table: ElementRef<'_>) -> bool {
    let rows: Vec<ElementRef<'_>> = own_descendants(table, |n| n == "tr").collect();
    rows.len() >= MIN_LISTING_ROWS
        && rows.iter().all(|row| {
            own_descendants(*row, |n| matches!(n, "td" | "th"))
                .any(|c| is_clock_time(c.text().collect::<String>().trim()))
        })
}

/// "15:00", "7:05", "17h30": hours to 23 and two figures of minutes to 59
/// around a colon or an "h".
fn is_clock_time(cell: &str) -> bool {
    let Some((h, m)) = cell.split_once([':', 'h']) else {
        return false;
    };
    let figures = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    figures(h)
        && figures(m)
        && h.len() <= 2
        && m.len() == 2
        && h.parse::<u8>().is_ok_and(|h| h <= 23)
        && m.parse::<u8>().is_ok_and(|m| m <= 59)
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
    fn a_timetable_with_no_heading_is_left_out() {
        let text = text_of(
            "<table><tr><td>Fri 4 Dec</td><td>Brakvik to Lund</td><td>07:05</td></tr><tr><td>Sat 5 Dec</td><td>Lund to Vexo</td><td>17h30</td></tr></table>",
        );
        assert!(!text.contains("Brakvik to Lund"), "{text}");
        // A table of prices, each with its full stop, stays; so does one
        // with a time in one row only.
        let text = text_of(
            "<table><tr><td>Quayside Ferries</td><td>20.45</td></tr><tr><td>Ostra Marine</td><td>12.50</td></tr></table>",
        );
        assert!(text.contains("| Ostra Marine | 12.50 |"), "{text}");
        let text = text_of(
            "<table><tr><td>Quayside Ferries</td><td>€410m</td></tr><tr><td>First sailing</td><td>07:05</td></tr></table>",
        );
        assert!(text.contains("| First sailing | 07:05 |"), "{text}");
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
