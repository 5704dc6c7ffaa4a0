//! The inspector: everything about the selected entity — kind, aliases and how
//! they were resolved, relations with their evidence, money, mentions with
//! provenance — and the corrections the user can make to it.

use crate::app::command::Command;
use crate::app::format::{figure_label, money_short, thousands};
use crate::app::panels::correct::{CorrectFields, correct_ui, money_editor_ui};
use crate::app::panels::memo::Memo;
use crate::app::panels::relations::same_fact_groups;
use crate::app::panels::{Panel, PanelContext};
use crate::app::theme::Palette;
use crate::model::{Analysis, Correction, Provenance};

/// Bytes of context shown on each side of a mention in the mention list.
const CONTEXT_BYTES: usize = 36;

/// The inspector of the selected entity. Its state is the correction
/// fields, and what it lists about the entity, kept until the analysis or
/// the selected entity changes.
#[derive(Debug, Default)]
pub struct Inspector {
    /// The rename, merge, relation and money fields.
    pub fields: CorrectFields,
    listed: Memo<(u64, usize), Listed>,
}

/// What the inspector lists about one entity.
#[derive(Debug, Default)]
struct Listed {
    /// Its relations, one group per fact, money first.
    facts: Vec<Vec<usize>>,
    /// The money figures it takes part in.
    money: Vec<usize>,
    /// How each form was linked: (text, rule, times).
    chain: Vec<(String, String, usize)>,
    /// True when one of its mentions was added by hand.
    manual: bool,
}

impl Listed {
    fn new(analysis: &Analysis, ei: usize) -> Self {
        let Some(entity) = analysis.entities.get(ei) else {
            return Self::default();
        };
        let mut relations: Vec<usize> = analysis.relations_of(ei).map(|(i, _)| i).collect();
        // Money first: it is what the reader came for; then text order.
        relations.sort_by_key(|&ri| {
            (
                analysis.relations.get(ri).is_none_or(|r| r.money.is_none()),
                ri,
            )
        });
        // A fact stated in several sentences is listed once, with each sentence.
        let facts = same_fact_groups(analysis, &relations);
        let own: rustc_hash::FxHashSet<usize> = entity.mentions.iter().copied().collect();
        let money = analysis
            .money
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                f.investor == Some(ei) || f.recipient == Some(ei) || own.contains(&f.mention)
            })
            .map(|(i, _)| i)
            .collect();
        let mut chain: Vec<(String, String, usize)> = Vec::new();
        let mut at: rustc_hash::FxHashMap<(String, String), usize> = Default::default();
        for link in &entity.links {
            let key = (
                analysis.mention_text(link.mention).to_owned(),
                link.rule.clone(),
            );
            match at.get(&key) {
                Some(&k) => chain[k].2 += 1,
                None => {
                    at.insert(key.clone(), chain.len());
                    chain.push((key.0, key.1, 1));
                }
            }
        }
        let manual = entity.mentions.iter().any(|&m| {
            analysis
                .mentions
                .get(m)
                .is_some_and(|m| m.source == Provenance::Manual)
        });
        Self {
            facts,
            money,
            chain,
            manual,
        }
    }
}

/// The facts line of a relation: `"$1 billion · 2019 · completed · rule 0.80"`.
pub fn relation_facts(analysis: &Analysis, relation: usize) -> String {
    let Some(r) = analysis.relations.get(relation) else {
        return String::new();
    };
    let mut parts = Vec::new();
    let fact = r.money.and_then(|f| analysis.money.get(f));
    if let Some(f) = fact {
        let amount = analysis.mention_text(f.mention);
        match &f.qualifier {
            Some(q) if !amount.to_lowercase().contains(q.as_str()) => {
                parts.push(format!("{q} {amount}"))
            }
            _ => parts.push(amount.to_owned()),
        }
    }
    let year = fact.and_then(|f| f.year).or_else(|| {
        r.date
            .and_then(|d| analysis.dates.get(d))
            .and_then(|d| d.year())
    });
    if let Some(y) = year {
        parts.push(y.to_string());
    }
    parts.push(r.status.name().to_owned());
    parts.push(format!("{} {:.2}", r.provenance.name(), r.confidence));
    parts.join(" · ")
}

/// "Microsoft invested in OpenAI".
pub fn relation_title(analysis: &Analysis, relation: usize) -> String {
    let Some(r) = analysis.relations.get(relation) else {
        return String::new();
    };
    format!(
        "{} {} {}",
        analysis.entity_name(r.source),
        r.kind.label(),
        analysis.entity_name(r.target)
    )
}

/// A mention in its context: `…before [mention] after…`, on one line.
fn context(text: &str, start: usize, end: usize) -> String {
    let mut a = start.saturating_sub(CONTEXT_BYTES);
    while a > 0 && !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + CONTEXT_BYTES).min(text.len());
    while b < text.len() && !text.is_char_boundary(b) {
        b += 1;
    }
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let before = one_line(text.get(a..start).unwrap_or(""));
    let after = one_line(text.get(end..b).unwrap_or(""));
    let mention = text.get(start..end).unwrap_or("");
    let mention = format!("[{mention}]");
    let body = [before.as_str(), mention.as_str(), after.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "{}{body}{}",
        if a > 0 { "…" } else { "" },
        if b < text.len() { "…" } else { "" }
    )
}

impl Panel for Inspector {
    /// Draws what is known about the selected entity, or a hint when none is.
    fn ui(&mut self, ui: &mut egui::Ui, cx: &PanelContext<'_>, commands: &mut Vec<Command>) {
        let Some(analysis) = cx.analysis else { return };
        let (selection, corrections, can_undo) = (cx.selection, cx.corrections, cx.can_undo);
        let fields = &mut self.fields;
        let palette = Palette::from_visuals(ui.visuals());
        let Some(ei) = selection.entity else {
            ui.heading("Inspector");
            ui.add_space(4.0);
            ui.label("Select an entity in the list, in the text or in the graph to see its links, money and mentions here.");
            corrections_ui(ui, corrections, can_undo, commands);
            return;
        };
        let Some(entity) = analysis.entities.get(ei) else {
            return;
        };

        ui.horizontal(|ui| {
            let (dot, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
            ui.painter()
                .circle_filled(dot.center(), 6.0, palette.swatch(entity.kind));
            ui.heading(&entity.name);
        });
        let listed = self
            .listed
            .get((cx.revision, ei), || Listed::new(analysis, ei));
        let manual = listed.manual;
        ui.weak(format!(
            "{} · {} mentions{}",
            entity.kind.label(),
            entity.mentions.len(),
            if manual { " · manual" } else { "" }
        ));
        ui.add_space(6.0);

        egui::ScrollArea::vertical().id_salt("inspector_scroll").auto_shrink(false).show(ui, |ui| {
            let facts = &listed.facts;
            egui::CollapsingHeader::new(format!("Relations ({})", facts.len()))
                .id_salt("inspector_relations")
                .default_open(true)
                .show(ui, |ui| {
                    if facts.is_empty() {
                        ui.weak("No relation found for this entity.");
                    }
                    for group in facts {
                        let ri = group[0];
                        let title = match group.len() {
                            1 => relation_title(analysis, ri),
                            n => format!("{} ×{n}", relation_title(analysis, ri)),
                        };
                        let picked = selection.relation.is_some_and(|s| group.contains(&s));
                        if ui.selectable_label(picked, egui::RichText::new(title).strong()).on_hover_text("Show the evidence in the text").clicked() {
                            commands.push(Command::SelectRelation(ri));
                        }
                        ui.horizontal(|ui| {
                            ui.label(relation_facts(analysis, ri));
                            if ui.small_button("Delete relation").on_hover_text("This relation is wrong: delete it").clicked() {
                                commands.push(Command::DeleteRelation(ri));
                            }
                        });
                        for &x in group {
                            let Some(r) = analysis.relations.get(x) else { continue };
                            let quote = egui::RichText::new(format!("“{}”", analysis.text(r.evidence).trim())).italics().weak();
                            if group.len() == 1 {
                                ui.label(quote);
                            } else if ui.selectable_label(selection.relation == Some(x), quote).on_hover_text("Show this sentence in the text").clicked() {
                                commands.push(Command::SelectRelation(x));
                            }
                        }
                        ui.add_space(6.0);
                    }
                });

            let money = &listed.money;
            if !money.is_empty() {
                egui::CollapsingHeader::new(format!("Money ({})", money.len()))
                    .id_salt("inspector_money")
                    .default_open(true)
                    .show(ui, |ui| {
                        for &fi in money {
                            let Some(f) = analysis.money.get(fi) else { continue };
                            let written = analysis.mention_text(f.mention);
                            let qualifier = f.qualifier.as_deref().map(|q| format!(" ({q})")).unwrap_or_default();
                            ui.label(egui::RichText::new(format!("{written}{qualifier} — {}", figure_label(analysis, f))).strong());
                            let source = analysis.mentions.get(f.mention).map_or("?", |m| m.source.name());
                            ui.weak(format!("{} {} = {} · {source}", thousands(f.value), f.currency, money_short(f.value, &f.currency)));
                            money_editor_ui(ui, analysis, fi, &mut fields.money, commands);
                            ui.add_space(4.0);
                        }
                    });
            }

            egui::CollapsingHeader::new(format!("Aliases ({})", entity.aliases.len()))
                .id_salt("inspector_aliases")
                .default_open(true)
                .show(ui, |ui| {
                    ui.label(entity.aliases.iter().map(|a| format!("“{a}”")).collect::<Vec<_>>().join(", "));
                    let chain = &listed.chain;
                    if !chain.is_empty() {
                        ui.add_space(2.0);
                        ui.weak("Resolution: how each form was linked");
                        egui::Grid::new("inspector_chain").num_columns(3).spacing([10.0, 2.0]).show(ui, |ui| {
                            for (text, rule, n) in chain {
                                ui.label(format!("“{text}”"));
                                ui.weak(format!("→ {rule}"));
                                ui.weak(format!("×{n}"));
                                ui.end_row();
                            }
                        });
                    }
                });

            egui::CollapsingHeader::new(format!("Mentions ({})", entity.mentions.len()))
                .id_salt("inspector_mentions")
                .default_open(true)
                .show(ui, |ui| {
                    let row_height = ui.spacing().interact_size.y + 2.0;
                    egui::ScrollArea::vertical().id_salt("inspector_mention_rows").max_height(260.0).show_rows(
                        ui,
                        row_height,
                        entity.mentions.len(),
                        |ui, range| {
                            for &mi in &entity.mentions[range] {
                                let Some(m) = analysis.mentions.get(mi) else { continue };
                                ui.horizontal(|ui| {
                                    if ui.small_button("×").on_hover_text("Delete this mention (it is wrong)").clicked() {
                                        commands.push(Command::DeleteMention(mi));
                                    }
                                    if entity.mentions.len() > 1 && ui.small_button("Split").on_hover_text("This mention is another entity: split it off into its own").clicked() {
                                        commands.push(Command::SplitMention(mi));
                                    }
                                    ui.weak(format!("{} {:.2}", m.source.name(), m.confidence))
                                        .on_hover_text("Where the mention came from, and how sure that stage was");
                                    let ctx = context(&analysis.document.text, m.span.start, m.span.end);
                                    let picked = selection.mention == Some(mi);
                                    let resp = ui.add(egui::Button::selectable(picked, ctx).truncate());
                                    if resp.on_hover_text("Scroll the article to this mention").clicked() {
                                        commands.push(Command::ScrollToMention(mi));
                                    }
                                });
                            }
                        },
                    );
                });

            egui::CollapsingHeader::new("Correct").id_salt("inspector_correct").default_open(true).show(ui, |ui| {
                correct_ui(ui, analysis, ei, fields, commands);
                ui.weak("Corrections are marked “manual”, saved with Ctrl+S and kept when the article is analysed again.");
            });
            corrections_ui(ui, corrections, can_undo, commands);
        });
    }
}

/// The log of corrections with an Undo button.
fn corrections_ui(
    ui: &mut egui::Ui,
    corrections: &[Correction],
    can_undo: bool,
    commands: &mut Vec<Command>,
) {
    if corrections.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.separator();
    ui.horizontal(|ui| {
        ui.strong(format!("Corrections ({})", corrections.len()));
        if ui
            .add_enabled(can_undo, egui::Button::new("Undo"))
            .on_hover_text("Ctrl+Z")
            .clicked()
        {
            commands.push(Command::Undo);
        }
    });
    for c in corrections.iter().rev().take(20) {
        ui.weak(c.describe());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_char_safe_and_one_line() {
        let text =
            "Ein Bericht aus Zürich:\r\n€5 млн für Acme 😀, sagte die Firma heute in München.";
        let start = text.find("Acme").expect("in text");
        let c = context(text, start, start + 4);
        assert!(c.contains("[Acme]"), "{c}");
        assert!(!c.contains('\n') && !c.contains('\r'), "{c}");
        assert_eq!(context("Acme", 0, 4), "[Acme]");
    }
}
