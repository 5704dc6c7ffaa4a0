//! The article list: every open article as a row — title, date, source and
//! counts of entities, links and money figures — sortable by each column
//! and filtered by a text field; a click shows the article. Only the rows in
//! view are laid out (`ScrollArea::show_rows`) and each is painted as one
//! widget, so 10,000 articles scroll as fast as ten.

use std::cmp::Ordering;

use crate::app::command::Command;
use crate::model::Analysis;

/// Id of the filter field.
pub const ARTICLE_FILTER_ID: &str = "article_list_filter";

/// A column of the list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Column {
    /// The headline (the file name when there is none).
    Title,
    /// The publication date.
    Date,
    /// The file name.
    #[default]
    Source,
    /// Entities found.
    Entities,
    /// Links (relations) found.
    Links,
    /// Money figures found.
    Money,
}

impl Column {
    /// Every column, left to right.
    pub const ALL: [Column; 6] = [
        Self::Title,
        Self::Date,
        Self::Source,
        Self::Entities,
        Self::Links,
        Self::Money,
    ];

    /// The header text.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Title => "Title",
            Self::Date => "Date",
            Self::Source => "Source",
            Self::Entities => "Ent.",
            Self::Links => "Links",
            Self::Money => "Money",
        }
    }

    /// Width in points; the title takes what is left.
    const fn width(self) -> f32 {
        match self {
            Self::Title => 0.0,
            Self::Date => 80.0,
            Self::Source => 100.0,
            Self::Entities | Self::Links | Self::Money => 40.0,
        }
    }
}

/// One article as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Index of the article among the open ones.
    pub doc: usize,
    /// Headline, or the file name.
    pub title: String,
    /// Publication date (`YYYY-MM-DD`), or empty.
    pub date: String,
    /// File name.
    pub source: String,
    /// Entities.
    pub entities: usize,
    /// Relations.
    pub links: usize,
    /// Money figures.
    pub money: usize,
    /// Title, date and source in lower case, for the filter.
    haystack: String,
}

impl Row {
    /// The row of article `doc`, whose analysis is `a`, opened from `source`.
    pub fn new(doc: usize, a: &Analysis, source: &str) -> Self {
        let title = a
            .document
            .title
            .clone()
            .unwrap_or_else(|| source.to_owned());
        let date = a.document.published.clone().unwrap_or_default();
        let source = source.to_owned();
        let haystack = format!("{title}\n{date}\n{source}").to_lowercase();
        Self {
            doc,
            title,
            date,
            source,
            entities: a.entities.len(),
            links: a.relations.len(),
            money: a.money.len(),
            haystack,
        }
    }

    /// The accessible name of the row: its title, date and source.
    pub fn label(&self) -> String {
        format!("{}, {}, {}", self.title, self.date, self.source)
    }

    fn cell(&self, column: Column) -> String {
        match column {
            Column::Title => self.title.clone(),
            Column::Date => self.date.clone(),
            Column::Source => self.source.clone(),
            Column::Entities => self.entities.to_string(),
            Column::Links => self.links.to_string(),
            Column::Money => self.money.to_string(),
        }
    }

    fn compare(&self, other: &Self, column: Column) -> Ordering {
        let by = match column {
            Column::Title => self.title.to_lowercase().cmp(&other.title.to_lowercase()),
            // Undated articles after the dated ones.
            Column::Date => {
                (self.date.is_empty(), &self.date).cmp(&(other.date.is_empty(), &other.date))
            }
            Column::Source => self.source.cmp(&other.source),
            Column::Entities => self.entities.cmp(&other.entities),
            Column::Links => self.links.cmp(&other.links),
            Column::Money => self.money.cmp(&other.money),
        };
        by.then(self.doc.cmp(&other.doc))
    }
}

/// The list's state: filter, sort, and the rows built from the open articles.
#[derive(Debug, Default)]
pub struct ArticleList {
    /// The filter text.
    pub filter: String,
    /// The column sorted by.
    pub sort: Column,
    /// Sorted high to low.
    pub descending: bool,
    /// Scroll offset forced by the measurement mode.
    pub forced_offset: Option<f32>,
    /// Height of all rows, for the measurement mode.
    pub content_height: f32,
    rows: Vec<Row>,
    shown: Vec<usize>,
    rows_for: Option<(u64, usize, u64)>,
    shown_for: Option<(String, Column, bool)>,
}

impl ArticleList {
    /// The rows shown, in order (after filter and sort).
    pub fn shown(&self) -> impl Iterator<Item = &Row> + '_ {
        self.shown.iter().filter_map(|&i| self.rows.get(i))
    }

    /// How many rows are shown.
    pub fn shown_len(&self) -> usize {
        self.shown.len()
    }

    /// Sorts by `column`; the same column again reverses the order.
    pub fn sort_by(&mut self, column: Column) {
        if self.sort == column {
            self.descending = !self.descending;
        } else {
            self.sort = column;
            self.descending = false;
        }
    }

    /// Rebuilds the `count` rows (with `row`) when `key` — the articles'
    /// generation, the one shown and its revision — changed, and re-filters
    /// and re-sorts when needed.
    pub fn refresh(&mut self, count: usize, key: (u64, usize, u64), row: impl Fn(usize) -> Row) {
        if self.rows_for != Some(key) || self.rows.len() != count {
            self.rows = (0..count).map(row).collect();
            self.rows_for = Some(key);
            self.shown_for = None;
        }
        let view = (self.filter.clone(), self.sort, self.descending);
        if self.shown_for.as_ref() == Some(&view) {
            return;
        }
        let needle = self.filter.trim().to_lowercase();
        self.shown = (0..self.rows.len())
            .filter(|&i| needle.is_empty() || self.rows[i].haystack.contains(&needle))
            .collect();
        let rows = &self.rows;
        let (column, descending) = (self.sort, self.descending);
        self.shown.sort_by(|&a, &b| {
            let order = rows[a].compare(&rows[b], column);
            if descending { order.reverse() } else { order }
        });
        self.shown_for = Some(view);
    }

    /// Draws the filter, the header and the visible rows.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        count: usize,
        key: (u64, usize, u64),
        row: impl Fn(usize) -> Row,
        commands: &mut Vec<Command>,
    ) {
        self.refresh(count, key, row);
        let active = key.1;
        ui.horizontal(|ui| {
            ui.strong("Articles");
            ui.weak(format!("{} of {}", self.shown.len(), self.rows.len()));
        });
        ui.add(
            egui::TextEdit::singleline(&mut self.filter)
                .id(egui::Id::unique(ARTICLE_FILTER_ID))
                .hint_text("Filter by title, date or source")
                .desired_width(f32::INFINITY),
        );
        let title_width = title_width(ui.available_width());
        self.header_ui(ui, title_width);
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        let mut area = egui::ScrollArea::vertical()
            .id_salt("article_list_rows")
            .auto_shrink(false);
        if let Some(offset) = self.forced_offset.take() {
            area = area.vertical_scroll_offset(offset);
        }
        let shown = &self.shown;
        let rows = &self.rows;
        let output = area.show_rows(ui, row_height, shown.len(), |ui, range| {
            for &i in &shown[range] {
                let row = &rows[i];
                if row_ui(ui, row, row.doc == active, title_width, row_height).clicked() {
                    commands.push(Command::SwitchDocument(row.doc));
                }
            }
        });
        self.content_height = output.content_size.y;
    }

    fn header_ui(&mut self, ui: &mut egui::Ui, title_width: f32) {
        let mut clicked = None;
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = 0.0;
            for column in Column::ALL {
                let arrow = match (self.sort == column, self.descending) {
                    (false, _) => "",
                    (true, false) => " ⬇",
                    (true, true) => " ⬆",
                };
                let width = if column == Column::Title {
                    title_width
                } else {
                    column.width()
                };
                let button = egui::Button::selectable(
                    self.sort == column,
                    format!("{}{arrow}", column.label()),
                )
                .truncate();
                if ui
                    .add_sized([width, 20.0], button)
                    .on_hover_text("Sort by this column (again: reverse)")
                    .clicked()
                {
                    clicked = Some(column);
                }
            }
        });
        if let Some(column) = clicked {
            self.sort_by(column);
        }
    }
}

fn title_width(available: f32) -> f32 {
    let fixed: f32 = Column::ALL.iter().map(|c| c.width()).sum();
    (available - fixed - 12.0).max(80.0)
}

/// One row: a single clickable widget whose cells are painted, clipped to
/// their columns.
fn row_ui(
    ui: &mut egui::Ui,
    row: &Row,
    active: bool,
    title_width: f32,
    height: f32,
) -> egui::Response {
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::click());
    response
        .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, active, row.label()));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let visuals = ui.visuals();
    if active {
        ui.painter()
            .rect_filled(rect, 2.0, visuals.selection.bg_fill);
    } else if response.hovered() {
        ui.painter()
            .rect_filled(rect, 2.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = if active {
        visuals.selection.stroke.color
    } else {
        visuals.text_color()
    };
    let mut x = rect.left() + 4.0;
    for column in Column::ALL {
        let w = if column == Column::Title {
            title_width
        } else {
            column.width()
        };
        let cell = egui::Rect::from_min_max(
            egui::pos2(x, rect.top()),
            egui::pos2(x + w - 6.0, rect.bottom()),
        );
        ui.painter().with_clip_rect(cell).text(
            egui::pos2(x, rect.center().y),
            egui::Align2::LEFT_CENTER,
            row.cell(column),
            font.clone(),
            color,
        );
        x += w;
    }
    response.on_hover_text(row.title.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(doc: usize, title: &str, date: &str, entities: usize) -> Row {
        Row {
            doc,
            title: title.into(),
            date: date.into(),
            source: format!("{doc:02}.txt"),
            entities,
            links: 0,
            money: 0,
            haystack: format!("{title}\n{date}").to_lowercase(),
        }
    }

    #[test]
    fn rows_sort_by_each_column_with_undated_last_and_ties_in_opening_order() {
        let a = row(0, "beta", "", 3);
        let b = row(1, "Alpha", "2021-05-01", 3);
        let c = row(2, "gamma", "2020-01-01", 1);
        assert_eq!(b.compare(&a, Column::Title), Ordering::Less);
        assert_eq!(c.compare(&b, Column::Date), Ordering::Less);
        assert_eq!(b.compare(&a, Column::Date), Ordering::Less);
        assert_eq!(a.compare(&b, Column::Entities), Ordering::Less);
        assert_eq!(c.compare(&a, Column::Entities), Ordering::Less);
    }

    #[test]
    fn the_same_column_twice_reverses_the_order() {
        let mut list = ArticleList::default();
        list.sort_by(Column::Money);
        assert_eq!((list.sort, list.descending), (Column::Money, false));
        list.sort_by(Column::Money);
        assert!(list.descending);
        list.sort_by(Column::Title);
        assert_eq!((list.sort, list.descending), (Column::Title, false));
    }
}
