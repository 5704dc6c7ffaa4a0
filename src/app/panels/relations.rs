//! The relationship table: every relation with its parties, amount, year,
//! status and evidence; sortable by any column.

use crate::app::command::Command;
use crate::app::document::Selection;
use crate::app::format::money_short;
use crate::model::Analysis;

/// The column the table is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortColumn {
    /// Order of the evidence in the text.
    #[default]
    Text,
    /// Source entity name.
    Source,
    /// Relation kind.
    Relation,
    /// Target entity name.
    Target,
    /// Amount of money.
    Amount,
    /// Year.
    Year,
    /// Status.
    Status,
}

/// UI state of the table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RelationTable {
    /// Sort column.
    pub sort: SortColumn,
    /// Descending when false.
    pub ascending: bool,
    /// Only rows that involve the selected entity.
    pub only_selected: bool,
}

/// The year of a relation: its money figure's, else its date's.
pub fn relation_year(a: &Analysis, ri: usize) -> Option<i32> {
    let r = a.relations.get(ri)?;
    r.money
        .and_then(|f| a.money.get(f))
        .and_then(|f| f.year)
        .or_else(|| r.date.and_then(|d| a.dates.get(d)).and_then(|d| d.year()))
}

fn amount(a: &Analysis, ri: usize) -> Option<f64> {
    let r = a.relations.get(ri)?;
    r.money.and_then(|f| a.money.get(f)).map(|f| f.value)
}

/// Row order: relation indices filtered and sorted as the table shows them.
pub fn relation_order(a: &Analysis, table: &RelationTable, selected: Option<usize>) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..a.relations.len())
        .filter(|&i| {
            !table.only_selected
                || selected.is_none_or(|e| {
                    a.relations
                        .get(i)
                        .is_some_and(|r| r.source == e || r.target == e)
                })
        })
        .collect();
    let name = |e: usize| a.entity_name(e).to_lowercase();
    rows.sort_by(|&x, &y| {
        let (rx, ry) = (&a.relations[x], &a.relations[y]);
        let ord = match table.sort {
            SortColumn::Text => x.cmp(&y),
            SortColumn::Source => name(rx.source).cmp(&name(ry.source)),
            SortColumn::Relation => rx.kind.label().cmp(ry.kind.label()),
            SortColumn::Target => name(rx.target).cmp(&name(ry.target)),
            SortColumn::Amount => amount(a, x)
                .partial_cmp(&amount(a, y))
                .unwrap_or(std::cmp::Ordering::Equal),
            SortColumn::Year => relation_year(a, x).cmp(&relation_year(a, y)),
            SortColumn::Status => rx.status.name().cmp(ry.status.name()),
        };
        let ord = if table.ascending || table.sort == SortColumn::Text {
            ord
        } else {
            ord.reverse()
        };
        ord.then(x.cmp(&y))
    });
    rows
}

/// Column widths (points) of every column but the evidence, which takes the rest.
const WIDTHS: [f32; 6] = [118.0, 90.0, 118.0, 76.0, 40.0, 80.0];

/// Shortens a name for a cell; the full text is on hover.
fn short(text: &str, max: usize) -> String {
    if text.chars().count() > max {
        text.chars()
            .take(max.saturating_sub(1))
            .chain(std::iter::once('…'))
            .collect()
    } else {
        text.to_owned()
    }
}

/// A fixed-width, left-aligned cell.
fn cell<R>(ui: &mut egui::Ui, width: f32, height: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_size(egui::vec2(width, height));
            ui.set_max_width(width);
            add(ui)
        },
    )
    .inner
}

/// Draws the table.
pub fn relations_ui(
    ui: &mut egui::Ui,
    table: &mut RelationTable,
    a: &Analysis,
    selection: Selection,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.strong(format!("Relations ({})", a.relations.len()));
        ui.checkbox(&mut table.only_selected, "Selected entity only");
    });
    if a.relations.is_empty() {
        ui.weak("No relations found in this article.");
        return;
    }
    let rows = relation_order(a, table, selection.entity);
    let row_height = ui.spacing().interact_size.y + 4.0;
    let columns = [
        ("Source", SortColumn::Source),
        ("Relation", SortColumn::Relation),
        ("Target", SortColumn::Target),
        ("Amount", SortColumn::Amount),
        ("Year", SortColumn::Year),
        ("Status", SortColumn::Status),
        ("Evidence", SortColumn::Text),
    ];
    ui.horizontal(|ui| {
        for (k, (label, column)) in columns.into_iter().enumerate() {
            let width = WIDTHS
                .get(k)
                .copied()
                .unwrap_or_else(|| ui.available_width());
            let active = table.sort == column;
            let arrow = match (active, table.ascending || column == SortColumn::Text) {
                (false, _) => "",
                (true, true) => " ⬆",
                (true, false) => " ⬇",
            };
            let hover = if column == SortColumn::Text {
                "Sort by position in the text"
            } else {
                "Sort by this column; click again to reverse"
            };
            let clicked = cell(ui, width, row_height, |ui| {
                ui.selectable_label(
                    active,
                    egui::RichText::new(format!("{label}{arrow}")).strong(),
                )
                .on_hover_text(hover)
                .clicked()
            });
            if clicked {
                if active && column != SortColumn::Text {
                    table.ascending = !table.ascending;
                } else {
                    table.sort = column;
                    table.ascending = !matches!(column, SortColumn::Amount | SortColumn::Year);
                }
            }
        }
    });
    ui.separator();
    let stripe = ui.visuals().faint_bg_color;
    egui::ScrollArea::vertical()
        .id_salt("relations_scroll")
        .auto_shrink(false)
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            for (n, &ri) in rows[range.clone()].iter().enumerate() {
                let Some(r) = a.relations.get(ri) else {
                    continue;
                };
                let picked = selection.relation == Some(ri);
                let background = ui.painter().add(egui::Shape::Noop);
                let row = ui.horizontal(|ui| {
                    ui.set_min_height(row_height);
                    cell(ui, WIDTHS[0], row_height, |ui| {
                        let name = a.entity_name(r.source);
                        if ui.link(short(name, 18)).on_hover_text(name).clicked() {
                            commands.push(Command::SelectEntity(Some(r.source)));
                        }
                    });
                    cell(ui, WIDTHS[1], row_height, |ui| {
                        if ui
                            .selectable_label(picked, r.kind.label())
                            .on_hover_text("Show the evidence in the text")
                            .clicked()
                        {
                            commands.push(Command::SelectRelation(ri));
                        }
                    });
                    cell(ui, WIDTHS[2], row_height, |ui| {
                        let name = a.entity_name(r.target);
                        if ui.link(short(name, 18)).on_hover_text(name).clicked() {
                            commands.push(Command::SelectEntity(Some(r.target)));
                        }
                    });
                    cell(ui, WIDTHS[3], row_height, |ui| {
                        match r.money.and_then(|f| a.money.get(f)) {
                            Some(f) => {
                                let amount = money_short(f.value, &f.currency);
                                let shown = match &f.qualifier {
                                    Some(q) => format!("{q} {amount}"),
                                    None => amount,
                                };
                                ui.label(shown).on_hover_text(a.mention_text(f.mention));
                            }
                            None => {
                                ui.weak("—");
                            }
                        }
                    });
                    cell(ui, WIDTHS[4], row_height, |ui| match relation_year(a, ri) {
                        Some(y) => ui.label(y.to_string()),
                        None => ui.weak("—"),
                    });
                    cell(ui, WIDTHS[5], row_height, |ui| ui.label(r.status.name()));
                    let evidence = a
                        .text(r.evidence)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    let width = ui.available_width().max(80.0);
                    cell(ui, width, row_height, |ui| {
                        ui.add(egui::Label::new(egui::RichText::new(&evidence).weak()).truncate())
                            .on_hover_text(&evidence);
                    });
                });
                if (range.start + n) % 2 == 1 {
                    ui.painter().set(
                        background,
                        egui::Shape::rect_filled(row.response.rect, 0.0, stripe),
                    );
                }
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Document, Entity, EntityKind, MoneyFact, Provenance, Relation, RelationKind, Span, Status,
    };

    fn analysis() -> Analysis {
        let e = |name: &str| Entity {
            kind: EntityKind::Org,
            name: name.into(),
            aliases: vec![],
            mentions: vec![],
            links: vec![],
        };
        let r = |kind, source, target, money| Relation {
            kind,
            source,
            target,
            evidence: Span::new(0, 0),
            trigger: Span::new(0, 0),
            money,
            date: None,
            status: Status::Completed,
            confidence: 0.5,
            provenance: Provenance::Rule,
        };
        let f = |value, year| MoneyFact {
            mention: 0,
            value,
            currency: "USD".into(),
            qualifier: None,
            year: Some(year),
            investor: None,
            recipient: None,
            relation: None,
            repeats: Vec::new(),
        };
        Analysis {
            document: Document::from_text("t.txt", "x"),
            entities: vec![e("Zürich AG"), e("Acme"), e("Évian")],
            relations: vec![
                r(RelationKind::PartnerOf, 0, 1, None),
                r(RelationKind::InvestedIn, 1, 2, Some(0)),
                r(RelationKind::InvestedIn, 2, 0, Some(1)),
            ],
            money: vec![f(1e9, 2019), f(5e11, 2025)],
            ..Default::default()
        }
    }

    #[test]
    fn sorting_and_filtering() {
        let a = analysis();
        let mut t = RelationTable::default();
        assert_eq!(relation_order(&a, &t, None), [0, 1, 2]);
        t.sort = SortColumn::Amount;
        t.ascending = false;
        assert_eq!(
            relation_order(&a, &t, None),
            [2, 1, 0],
            "largest first, no amount last"
        );
        t.sort = SortColumn::Source;
        t.ascending = true;
        assert_eq!(
            relation_order(&a, &t, None),
            [1, 0, 2],
            "acme < zürich ag < évian (byte order)"
        );
        t.only_selected = true;
        assert_eq!(relation_order(&a, &t, Some(2)), [1, 2]);
        assert_eq!(relation_year(&a, 2), Some(2025));
    }
}
