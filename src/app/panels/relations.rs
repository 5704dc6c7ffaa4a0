//! The relationship table: every relation with its parties, amount, year,
//! status and evidence; sortable by any column.

use rustc_hash::FxHashMap;

use crate::app::command::Command;
use crate::app::format::money_short;
use crate::app::panels::memo::Memo;
use crate::app::panels::{Panel, PanelContext};
use crate::model::{Analysis, RelationKind, Status};

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

/// What the table's rows are derived from: the analysis (its revision),
/// the sort, the filters, and the selected entity when only its rows show.
type RowsKey = (u64, SortColumn, bool, bool, bool, Option<usize>);

/// The relationship table; its fields are its UI state (sort, filters) and
/// its rows, kept until the analysis, the sort or a filter changes.
#[derive(Debug, Default)]
pub struct RelationTable {
    /// Sort column.
    pub sort: SortColumn,
    /// Descending when false.
    pub ascending: bool,
    /// Only rows that involve the selected entity.
    pub only_selected: bool,
    /// One row per statement instead of one per fact (a fact stated in
    /// several sentences is otherwise one row, its sentences on hover).
    pub every_statement: bool,
    /// The rows shown, as [`relation_rows`] gives them.
    rows: Memo<RowsKey, Vec<Vec<usize>>>,
    /// How many facts the relations state (the header's count).
    facts: Memo<u64, usize>,
}

impl RelationTable {
    /// How often the rows were derived again (the caching's test reads it).
    pub fn row_builds(&self) -> u64 {
        self.rows.builds()
    }
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

/// Groups relations that state the same fact — same kind, same parties
/// (either order for symmetric kinds) and amount, whatever their status
/// ("agreed to buy", "bought": one row), a denial apart — keeping text
/// order. Each group's first member is the one to show: the one of the
/// firmest status, among those the first with a money figure, else the
/// first in the text.
pub fn same_fact_groups(a: &Analysis, relations: &[usize]) -> Vec<Vec<usize>> {
    // Kind, parties (ordered for symmetric kinds), denied or not; then the
    // amount.
    type Fact = (RelationKind, usize, usize, bool);
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut keys: Vec<(Fact, Option<u64>)> = Vec::new();
    let mut group_of: FxHashMap<(Fact, Option<u64>), usize> = FxHashMap::default();
    for &ri in relations {
        let Some(r) = a.relations.get(ri) else {
            continue;
        };
        let (x, y) = if r.kind.is_symmetric() && r.source > r.target {
            (r.target, r.source)
        } else {
            (r.source, r.target)
        };
        let value = r
            .money
            .and_then(|f| a.money.get(f))
            .map(|f| f.value.to_bits());
        let key = ((r.kind, x, y, r.status == Status::Negated), value);
        let g = *group_of.entry(key).or_insert_with(|| {
            groups.push(Vec::new());
            keys.push(key);
            groups.len() - 1
        });
        groups[g].push(ri);
    }
    // A statement without an amount ("Microsoft's financial commitment to
    // OpenAI") is the same fact as the first one with an amount, when there is one.
    let mut first_with_amount: FxHashMap<Fact, usize> = FxHashMap::default();
    for (g, (fact, value)) in keys.iter().enumerate() {
        if value.is_some() {
            first_with_amount.entry(*fact).or_insert(g);
        }
    }
    let mut groups: Vec<Option<Vec<usize>>> = groups.into_iter().map(Some).collect();
    for (g, (fact, value)) in keys.iter().enumerate() {
        if value.is_none()
            && let Some(&target) = first_with_amount.get(fact)
        {
            let moved = groups[g].take().unwrap_or_default();
            if let Some(t) = groups[target].as_mut() {
                t.extend(moved);
                t.sort_unstable();
            }
        }
    }
    groups
        .into_iter()
        .flatten()
        .map(|mut g| {
            let rank = |ri: usize| {
                a.relations
                    .get(ri)
                    .map_or((Status::Negated, true), |r| (r.status, r.money.is_none()))
            };
            if let Some(p) = (0..g.len()).min_by_key(|&k| (rank(g[k]), k)) {
                let shown = g.remove(p);
                g.insert(0, shown);
            }
            g
        })
        .collect()
}

/// How many facts the article's relations state (a fact stated in several
/// sentences counts once): the table's header and the status bar.
pub fn fact_count(a: &Analysis) -> usize {
    let all: Vec<usize> = (0..a.relations.len()).collect();
    same_fact_groups(a, &all).len()
}

/// Table rows: groups of relation indices (one per fact, or one per
/// statement), filtered and sorted as the table shows them; the first index
/// of a row is the relation it shows.
pub fn relation_rows(
    a: &Analysis,
    table: &RelationTable,
    selected: Option<usize>,
) -> Vec<Vec<usize>> {
    let order = relation_order(a, table, selected);
    if table.every_statement {
        return order.into_iter().map(|ri| vec![ri]).collect();
    }
    let mut groups = same_fact_groups(a, &order);
    // Sorted as their shown relation is.
    let mut rank = vec![usize::MAX; a.relations.len()];
    for (k, &ri) in order.iter().enumerate() {
        rank[ri] = k;
    }
    groups.sort_by_key(|g| rank[g[0]]);
    groups
}

/// Relation indices filtered and sorted as the table shows them.
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

impl Panel for RelationTable {
    /// Draws the table.
    fn ui(&mut self, ui: &mut egui::Ui, cx: &PanelContext<'_>, commands: &mut Vec<Command>) {
        let Some(a) = cx.analysis else { return };
        let selection = cx.selection;
        let facts = *self.facts.get(cx.revision, || fact_count(a));
        let table = self;
        ui.horizontal(|ui| {
            ui.strong(format!("Relations ({facts})"))
                .on_hover_text("Facts; a fact stated in several sentences counts once");
            if facts != a.relations.len() {
                ui.weak(format!("{} statements", a.relations.len()));
            }
            ui.checkbox(&mut table.only_selected, "Selected entity only");
            ui.checkbox(&mut table.every_statement, "Every statement")
                .on_hover_text("One row per sentence that states a relation");
        });
        if a.relations.is_empty() {
            ui.weak("No relations found in this article.");
            return;
        }
        let filter = table.only_selected.then_some(selection.entity).flatten();
        let key = (
            cx.revision,
            table.sort,
            table.ascending,
            table.only_selected,
            table.every_statement,
            filter,
        );
        let settings = RelationTable {
            rows: Memo::default(),
            facts: Memo::default(),
            ..*table
        };
        let rows = table
            .rows
            .get(key, || relation_rows(a, &settings, selection.entity));
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
                for (n, group) in rows[range.clone()].iter().enumerate() {
                    // The statement shown: the selected one of the group, else its first.
                    let ri = selection
                        .relation
                        .filter(|s| group.contains(s))
                        .unwrap_or(group[0]);
                    let Some(r) = a.relations.get(ri) else {
                        continue;
                    };
                    let picked = selection.relation.is_some_and(|s| group.contains(&s));
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
                            let (label, hover) = if group.len() > 1 {
                                (
                                    format!("{} ×{}", r.kind.label(), group.len()),
                                    format!(
                                        "Stated in {} sentences: click to show each in turn",
                                        group.len()
                                    ),
                                )
                            } else {
                                (
                                    r.kind.label().to_owned(),
                                    "Show the evidence in the text".to_owned(),
                                )
                            };
                            if ui
                                .selectable_label(picked, label)
                                .on_hover_text(hover)
                                .clicked()
                            {
                                // A second click steps to the group's next statement.
                                let next =
                                    match group.iter().position(|&x| Some(x) == selection.relation)
                                    {
                                        Some(k) => group[(k + 1) % group.len()],
                                        None => group[0],
                                    };
                                commands.push(Command::SelectRelation(next));
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
                        cell(ui, WIDTHS[4], row_height, |ui| {
                            match group.iter().find_map(|&x| relation_year(a, x)) {
                                Some(y) => ui.label(y.to_string()),
                                None => ui.weak("—"),
                            }
                        });
                        cell(ui, WIDTHS[5], row_height, |ui| {
                            if r.provenance == crate::model::Provenance::Manual {
                                ui.label(format!("{} · manual", r.status.name()))
                                    .on_hover_text("Added by you: provenance “manual”")
                            } else {
                                ui.label(r.status.name())
                            }
                        });
                        let sentence = |x: usize| {
                            a.relations.get(x).map_or_else(String::new, |r| {
                                a.text(r.evidence)
                                    .split_whitespace()
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            })
                        };
                        let evidence = sentence(ri);
                        let hover = group
                            .iter()
                            .map(|&x| format!("“{}”", sentence(x)))
                            .collect::<Vec<_>>()
                            .join("\n\n");
                        let width = ui.available_width().max(80.0);
                        cell(ui, width, row_height, |ui| {
                            ui.add(
                                egui::Label::new(egui::RichText::new(&evidence).weak()).truncate(),
                            )
                            .on_hover_text(hover);
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
            per: None,
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

    #[test]
    fn a_fact_stated_twice_is_one_row_unless_every_statement_is_asked() {
        let mut a = analysis();
        // The partnership again, parties the other way round (symmetric), then
        // an investment with the same parties but no amount: another fact.
        let mut again = a.relations[0].clone();
        (again.source, again.target) = (again.target, again.source);
        again.evidence = Span::new(1, 1);
        let mut no_amount = a.relations[1].clone();
        no_amount.money = None;
        a.relations.push(again);
        a.relations.push(no_amount);
        let mut t = RelationTable::default();
        assert_eq!(
            relation_rows(&a, &t, None),
            vec![vec![0, 3], vec![1, 4], vec![2]],
            "the investment without an amount joins the one with"
        );
        // The member with money is the one shown, even when it comes later.
        assert_eq!(same_fact_groups(&a, &[4, 1]), vec![vec![1, 4]]);
        a.relations.swap(1, 4);
        assert_eq!(same_fact_groups(&a, &[1, 4]), vec![vec![4, 1]]);
        t.every_statement = true;
        assert_eq!(relation_rows(&a, &t, None).len(), a.relations.len());
    }

    #[test]
    fn a_fact_stated_with_several_statuses_is_one_row_shown_at_its_firmest() {
        let mut a = analysis();
        // The partnership planned first, then done; a denial stays apart.
        a.relations[0].status = Status::Planned;
        let mut done = a.relations[0].clone();
        done.status = Status::Completed;
        done.evidence = Span::new(1, 1);
        let mut denied = a.relations[0].clone();
        denied.status = Status::Negated;
        a.relations.push(done);
        a.relations.push(denied);
        assert_eq!(
            same_fact_groups(&a, &[0, 3, 4]),
            vec![vec![3, 0], vec![4]],
            "the completed statement is the one shown"
        );
    }
}
