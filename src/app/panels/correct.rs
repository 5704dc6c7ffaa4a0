//! The inspector's corrections of the selected entity: kind, name, delete,
//! merge into another, add a relation, and the money figure editor. Each
//! pushes a [`Command`]; the app applies it (undoably).

use crate::app::command::Command;
use crate::model::correction::MoneyEdit;
use crate::model::{Analysis, EntityKind, RelationKind};

/// The correction fields of the inspector.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CorrectFields {
    /// The rename field: the entity it was filled for (index and name: an
    /// index alone may name another entity after a deletion), and its text.
    pub rename: (Option<(usize, String)>, String),
    /// "Merge into…": the entity chosen.
    pub merge_into: Option<usize>,
    /// "Add relation": its kind, whether the selected entity is the
    /// target (else the source), and the other end.
    pub relation: (Option<RelationKind>, bool, Option<usize>),
    /// The money figure being edited, with its fields as typed.
    pub money: Option<MoneyFields>,
}

/// A money figure's fields as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MoneyFields {
    /// Money fact index.
    pub fact: usize,
    /// The amount as typed.
    pub value: String,
    /// The currency code as typed.
    pub currency: String,
    /// Who pays.
    pub payer: Option<usize>,
    /// Who receives.
    pub payee: Option<usize>,
}

/// A combo box of entities (names), with a "none" row when `none` is given.
fn entity_combo(
    ui: &mut egui::Ui,
    id: &str,
    label: &str,
    analysis: &Analysis,
    value: &mut Option<usize>,
    none: Option<&str>,
    skip: Option<usize>,
) {
    let shown = value.map_or(none.unwrap_or("(choose)"), |e| analysis.entity_name(e));
    egui::ComboBox::new(id, label)
        .selected_text(shown)
        .width(180.0)
        .show_ui(ui, |ui| {
            if let Some(none) = none {
                ui.selectable_value(value, None, none);
            }
            let mut order: Vec<usize> = (0..analysis.entities.len())
                .filter(|&e| Some(e) != skip && analysis.entities[e].kind.can_relate())
                .collect();
            order.sort_by(|&a, &b| analysis.entity_name(a).cmp(analysis.entity_name(b)));
            for e in order {
                ui.selectable_value(value, Some(e), analysis.entity_name(e));
            }
        });
}

/// Kind, rename, delete, merge and add-relation for entity `ei`.
pub fn correct_ui(
    ui: &mut egui::Ui,
    analysis: &Analysis,
    ei: usize,
    fields: &mut CorrectFields,
    commands: &mut Vec<Command>,
) {
    let Some(entity) = analysis.entities.get(ei) else {
        return;
    };
    let mut kind = entity.kind;
    egui::ComboBox::from_label("Kind")
        .selected_text(kind.label())
        .show_ui(ui, |ui| {
            for k in EntityKind::ALL {
                ui.selectable_value(&mut kind, k, k.label());
            }
        });
    if kind != entity.kind {
        commands.push(Command::SetEntityKind { entity: ei, kind });
    }
    let rename = &mut fields.rename;
    let filled_for = Some((ei, entity.name.clone()));
    if rename.0 != filled_for {
        *rename = (filled_for, entity.name.clone());
        fields.merge_into = None;
        fields.relation.2 = None;
    }
    ui.horizontal(|ui| {
        let field = ui.add(
            egui::TextEdit::singleline(&mut rename.1)
                .hint_text("Canonical name")
                .desired_width(180.0),
        );
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let changed = !rename.1.trim().is_empty() && rename.1.trim() != entity.name;
        if (ui
            .add_enabled(changed, egui::Button::new("Rename"))
            .clicked()
            || enter)
            && changed
        {
            commands.push(Command::RenameEntity {
                entity: ei,
                name: rename.1.trim().to_owned(),
            });
        }
    });
    ui.horizontal(|ui| {
        entity_combo(ui, "merge_into", "same entity", analysis, &mut fields.merge_into, None, Some(ei));
        let target = fields.merge_into.filter(|&e| e < analysis.entities.len());
        if ui
            .add_enabled(target.is_some(), egui::Button::new("Merge into"))
            .on_hover_text("This entity and the chosen one are the same: keep the chosen one (or drag this entity onto it in the list)")
            .clicked()
            && let Some(into) = target
        {
            commands.push(Command::MergeEntities { from: ei, into });
        }
    });
    relation_ui(ui, analysis, ei, fields, commands);
    if ui
        .button("Delete entity")
        .on_hover_text("Delete this entity, all its mentions and its relations")
        .clicked()
    {
        commands.push(Command::DeleteEntity(ei));
    }
}

/// "Add relation": kind, direction and the other end.
fn relation_ui(
    ui: &mut egui::Ui,
    analysis: &Analysis,
    ei: usize,
    fields: &mut CorrectFields,
    commands: &mut Vec<Command>,
) {
    let (kind, is_target, other) = &mut fields.relation;
    ui.horizontal(|ui| {
        egui::ComboBox::new("relation_kind", "relation")
            .selected_text(kind.map_or("(relation)", RelationKind::label))
            .width(130.0)
            .show_ui(ui, |ui| {
                for k in RelationKind::ALL {
                    ui.selectable_value(kind, Some(k), k.label());
                }
            });
        let direction = if *is_target { "from" } else { "to" };
        if ui
            .button(direction)
            .on_hover_text("Swap source and target")
            .clicked()
        {
            *is_target = !*is_target;
        }
        entity_combo(
            ui,
            "relation_other",
            "other end",
            analysis,
            other,
            None,
            Some(ei),
        );
    });
    let ready = kind
        .zip(*other)
        .filter(|(_, o)| *o < analysis.entities.len());
    if ui
        .add_enabled(ready.is_some(), egui::Button::new("Add relation"))
        .on_hover_text(
            "Evidence: the sentence where both are mentioned, else this entity's first sentence",
        )
        .clicked()
        && let Some((kind, other)) = ready
    {
        let (source, target) = if *is_target { (other, ei) } else { (ei, other) };
        commands.push(Command::AddRelation {
            kind,
            source,
            target,
            evidence: None,
        });
    }
}

/// The editor of money figure `fi`: amount, currency, payer, payee.
pub fn money_editor_ui(
    ui: &mut egui::Ui,
    analysis: &Analysis,
    fi: usize,
    fields: &mut Option<MoneyFields>,
    commands: &mut Vec<Command>,
) {
    let Some(f) = analysis.money.get(fi) else {
        return;
    };
    let editing = fields.as_ref().is_some_and(|m| m.fact == fi);
    if !editing {
        if ui
            .small_button("Edit figure")
            .on_hover_text("Correct the amount, currency, payer or payee")
            .clicked()
        {
            *fields = Some(MoneyFields {
                fact: fi,
                value: f.value.to_string(),
                currency: f.currency.clone(),
                payer: f.investor,
                payee: f.recipient,
            });
        }
        return;
    }
    let Some(m) = fields.as_mut() else { return };
    let mut done = false;
    egui::Grid::new(("money_editor", fi))
        .num_columns(2)
        .show(ui, |ui| {
            let label = ui.label("Amount");
            ui.add(egui::TextEdit::singleline(&mut m.value).desired_width(140.0))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Currency");
            ui.add(egui::TextEdit::singleline(&mut m.currency).desired_width(60.0))
                .labelled_by(label.id);
            ui.end_row();
            ui.label("Parties");
            ui.vertical(|ui| {
                entity_combo(
                    ui,
                    "money_payer",
                    "pays",
                    analysis,
                    &mut m.payer,
                    Some("(none)"),
                    None,
                );
                entity_combo(
                    ui,
                    "money_payee",
                    "receives",
                    analysis,
                    &mut m.payee,
                    Some("(none)"),
                    None,
                );
            });
            ui.end_row();
        });
    let value: Option<f64> = m.value.trim().replace([',', '_', ' '], "").parse().ok();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(value.is_some(), egui::Button::new("Apply"))
            .clicked()
            && let Some(value) = value
        {
            commands.push(Command::EditMoney {
                fact: fi,
                edit: MoneyEdit {
                    value,
                    currency: m.currency.clone(),
                    payer: m.payer,
                    payee: m.payee,
                },
            });
            done = true;
        }
        if ui.button("Cancel").clicked() {
            done = true;
        }
    });
    if value.is_none() {
        ui.weak("The amount is a number, e.g. 5000000");
    }
    if done {
        *fields = None;
    }
}

/// The number keys that add a selection as an entity: 1 for the first kind
/// of [`EntityKind::ALL`], … 8 for the eighth.
pub const KIND_KEYS: [egui::Key; 8] = [
    egui::Key::Num1,
    egui::Key::Num2,
    egui::Key::Num3,
    egui::Key::Num4,
    egui::Key::Num5,
    egui::Key::Num6,
    egui::Key::Num7,
    egui::Key::Num8,
];

/// The kind a number key adds a selection as, when one was pressed (and
/// consumed). Not while a text field has the keyboard.
pub fn kind_key_pressed(ctx: &egui::Context) -> Option<EntityKind> {
    if ctx.egui_wants_keyboard_input() {
        return None;
    }
    ctx.input_mut(|i| {
        KIND_KEYS
            .iter()
            .position(|&k| i.consume_key(egui::Modifiers::NONE, k))
            .and_then(|n| EntityKind::ALL.get(n).copied())
    })
}

/// The buttons "1 Person", "2 Organisation", … that add the selected text
/// as an entity of that kind (the strip above the article, and its
/// context menu). Returns true when one was clicked.
pub fn add_as_ui(ui: &mut egui::Ui, span: crate::model::Span, commands: &mut Vec<Command>) -> bool {
    let mut clicked = false;
    for (i, kind) in EntityKind::ALL.into_iter().enumerate() {
        let label = match i {
            0..8 => format!("{} {}", i + 1, kind.label()),
            _ => kind.label().to_owned(),
        };
        if ui
            .button(label)
            .on_hover_text(format!("Add the selection as {}", kind.name()))
            .clicked()
        {
            commands.push(Command::AddEntity { span, kind });
            clicked = true;
        }
    }
    clicked
}
