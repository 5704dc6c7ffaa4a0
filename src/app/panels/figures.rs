//! The money chart: one horizontal bar per money figure, labelled
//! "investor → recipient, year", on a log10 axis by default so that $1 billion
//! and $500 billion are both readable; one chart per currency, never mixed.
//! Hover shows the evidence; a click selects the figure's relation.

use egui::{Align2, Color32};
use egui_plot::{Bar, BarChart, GridInput, GridMark, Plot, PlotPoint, Text};

use crate::app::command::Command;
use crate::app::format::{figure_label, money_axis_label, money_short};
use crate::app::panels::money_bars::{MoneyBar, money_bars};
use crate::app::panels::{Panel, PanelContext};
use crate::app::theme::Palette;
use crate::model::{Analysis, EntityKind};

/// The panel's header: "Money (3)", or, when a headline figure and its
/// restatement share a bar, "Money (2 figures, 3 mentions)" so the count
/// matches the bars and still says why the article lists more.
pub fn money_count(facts: usize, groups: &[(String, Vec<MoneyBar>)]) -> String {
    let merged: usize = groups
        .iter()
        .flat_map(|(_, v)| v)
        .map(|b| b.facts.len().saturating_sub(1))
        .sum();
    let figures = facts.saturating_sub(merged);
    if merged == 0 {
        return format!("Money ({facts})");
    }
    let plural = |n: usize, one: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {one}s")
        }
    };
    format!(
        "Money ({}, {})",
        plural(figures, "figure"),
        plural(facts, "mention")
    )
}

/// A bar's hover: the drawn figure as written and its label, then the
/// sentence of every statement of it (the headline's and the body's).
pub fn hover_text(a: &Analysis, bar: &MoneyBar) -> String {
    let Some(f) = a.money.get(bar.shown) else {
        return String::new();
    };
    let sentence = |g: &crate::model::MoneyFact| {
        let evidence = g
            .relation
            .and_then(|r| a.relations.get(r))
            .map(|r| r.evidence)
            .or_else(|| {
                a.mentions
                    .get(g.mention)
                    .and_then(|m| a.sentence_at(m.span.start))
                    .and_then(|s| a.sentences.get(s).copied())
            });
        evidence
            .map(|s| format!("“{}”", a.text(s).trim()))
            .unwrap_or_default()
    };
    let qualifier = f
        .qualifier
        .as_deref()
        .map(|q| format!(" ({q})"))
        .unwrap_or_default();
    let mut out = format!(
        "{}{qualifier} — {}",
        a.mention_text(f.mention),
        figure_label(a, f)
    );
    for g in bar.facts.iter().filter_map(|&i| a.money.get(i)) {
        out.push_str("\n\n");
        out.push_str(&sentence(g));
    }
    out
}

/// Decade grid marks (1, 10, 100…) for a log10 axis.
pub fn decade_marks(input: GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    if !(lo.is_finite() && hi.is_finite()) || hi - lo > 40.0 {
        return Vec::new();
    }
    // Thousands ($1K, $1M, $1B, $1T) are major marks, other decades minor,
    // so the axis labels what fits and the grid still shows every decade.
    (lo.floor() as i32..=hi.ceil() as i32)
        .map(|d| GridMark {
            value: f64::from(d),
            step_size: if d % 3 == 0 { 3.0 } else { 1.0 },
        })
        .collect()
}

/// The money chart. No state of its own: the axis scale is a setting.
#[derive(Debug, Default)]
pub struct Figures;

impl Panel for Figures {
    /// Draws the chart(s) and the log/linear toggle.
    fn ui(&mut self, ui: &mut egui::Ui, cx: &PanelContext<'_>, commands: &mut Vec<Command>) {
        let Some(a) = cx.analysis else { return };
        let (selection, log_scale) = (cx.selection, cx.settings.log_scale);
        let groups = money_bars(a);
        let palette = Palette::from_visuals(ui.visuals());
        ui.horizontal(|ui| {
            ui.strong(money_count(a.money.len(), &groups));
            let mut log = log_scale;
            if ui
                .checkbox(&mut log, "Log scale")
                .on_hover_text("Log10 axis: small and huge amounts both readable")
                .changed()
            {
                commands.push(Command::SetLogScale(log));
            }
        });
        if groups.is_empty() {
            ui.weak("No money figures in this article.");
            return;
        }
        let share = (ui.available_height() - 8.0) / groups.len() as f32;
        egui::ScrollArea::vertical()
            .id_salt("money_scroll")
            .auto_shrink(false)
            .show(ui, |ui| {
                for (currency, group) in groups {
                    let facts: Vec<usize> = group.iter().map(|b| b.shown).collect();
                    let n = facts.len();
                    // At least 44 points a figure so bar labels never overlap.
                    let height = share.max(n as f32 * 44.0 + 56.0);
                    let value = |i: usize| a.money.get(i).map_or(0.0, |f| f.value);
                    let max = facts.iter().map(|&i| value(i)).fold(0.0, f64::max);
                    let min = facts
                        .iter()
                        .map(|&i| value(i))
                        .fold(f64::INFINITY, f64::min);
                    let base = if log_scale {
                        (min.log10().floor() - 1.0).max(0.0)
                    } else {
                        0.0
                    };
                    let x = |v: f64| if log_scale { v.log10() } else { v };
                    let row_of = |k: usize| (n - 1 - k) as f64;

                    let bars: Vec<Bar> = facts
                        .iter()
                        .enumerate()
                        .map(|(k, &i)| {
                            let f = &a.money[i];
                            let picked = f.relation.is_some() && selection.relation == f.relation;
                            let fill = if picked {
                                palette.swatch(EntityKind::Money)
                            } else {
                                palette.highlight(EntityKind::Money)
                            };
                            Bar::new(row_of(k), x(f.value) - base)
                                .base_offset(base)
                                .width(0.42)
                                .horizontal()
                                .fill(fill)
                                .stroke(egui::Stroke::new(1.0, palette.swatch(EntityKind::Money)))
                                .name(figure_label(a, f))
                        })
                        .collect();
                    // Room right of the longest bar so its end is not on the frame.
                    let span = if log_scale { 0.4 } else { max * 0.06 };
                    let cur = currency.clone();
                    let mut plot = Plot::new(("money_plot", currency.as_str()))
                        .height(height)
                        .allow_zoom(false)
                        .allow_drag(false)
                        .allow_scroll(false)
                        .allow_boxed_zoom(false)
                        .allow_double_click_reset(false)
                        .show_axes([true, false])
                        .show_grid([true, false])
                        .include_x(base)
                        .include_x(x(max) + span)
                        .include_y(-0.4)
                        .include_y(n as f64 - 0.2)
                        .label_formatter(|_| None)
                        .x_axis_formatter(move |mark, _| {
                            money_axis_label(mark.value, &cur, log_scale)
                        })
                        .x_axis_label(if log_scale {
                            format!("{currency} (log scale)")
                        } else {
                            currency.clone()
                        });
                    if log_scale {
                        plot = plot.x_grid_spacer(decade_marks);
                    }
                    let text_color: Color32 = ui.visuals().strong_text_color();
                    let response = plot.show(ui, |plot_ui| {
                        plot_ui.bar_chart(BarChart::new(currency.clone(), bars).allow_hover(false));
                        for (k, bar) in group.iter().enumerate() {
                            let f = &a.money[bar.shown];
                            // A headline figure and its restatement: one bar, with
                            // its count of statements as the relations table writes it.
                            let twice = match bar.facts.len() {
                                0 | 1 => String::new(),
                                n => format!("  ×{n}"),
                            };
                            let text = format!(
                                "{}  {}{twice}",
                                money_short(f.value, &f.currency),
                                figure_label(a, f)
                            );
                            plot_ui.text(
                                // Above its bar, from the axis start: needs no room to the right.
                                Text::new(
                                    format!("label{k}"),
                                    PlotPoint::new(base, row_of(k) + 0.24),
                                    egui::RichText::new(text).size(13.0),
                                )
                                .anchor(Align2::LEFT_BOTTOM)
                                .color(text_color),
                            );
                        }
                        plot_ui.pointer_coordinate().and_then(|p| {
                            let k = (n as f64 - 1.0 - p.y).round();
                            (k >= 0.0
                                && (k as usize) < n
                                && (p.y - row_of(k as usize)).abs() <= 0.4)
                                .then_some(k as usize)
                        })
                    });
                    if let Some(k) = response.inner
                        && let Some(bar) = group.get(k)
                        && let Some(f) = a.money.get(bar.shown)
                    {
                        let tip = format!("{}\n\nClick to select", hover_text(a, bar));
                        let clicked = response.response.clicked();
                        response.response.on_hover_text_at_pointer(tip);
                        if clicked {
                            match (f.relation, f.investor.or(f.recipient)) {
                                (Some(r), _) => commands.push(Command::SelectRelation(r)),
                                (None, Some(e)) => commands.push(Command::SelectEntity(Some(e))),
                                (None, None) => commands.push(Command::SelectMention(f.mention)),
                            }
                        }
                    }
                }
            });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_counts_figures_and_mentions_once_bars_join() {
        let bar = |shown: usize, facts: Vec<usize>| MoneyBar { shown, facts };
        let one = vec![("USD".to_owned(), vec![bar(0, vec![0]), bar(1, vec![1])])];
        assert_eq!(money_count(2, &one), "Money (2)");
        let joined = vec![("USD".to_owned(), vec![bar(1, vec![0, 1])])];
        assert_eq!(money_count(2, &joined), "Money (1 figure, 2 mentions)");
        let more = vec![("USD".to_owned(), vec![bar(1, vec![0, 1]), bar(2, vec![2])])];
        assert_eq!(money_count(3, &more), "Money (2 figures, 3 mentions)");
    }

    #[test]
    fn the_hover_of_a_joined_bar_quotes_both_sentences() {
        use crate::model::{Document, Mention, MoneyFact, Provenance, Span};
        let text = "Tervane sets $43 mln notes.\nIts $43 million issue closed.\n";
        let mut a = Analysis {
            document: Document::from_text("t.txt", text),
            sentences: vec![Span::new(0, 27), Span::new(28, 57)],
            ..Default::default()
        };
        for needle in ["$43 mln", "$43 million"] {
            let start = text.find(needle).expect("in text");
            a.mentions.push(Mention::new(
                Span::new(start, start + needle.len()),
                crate::model::EntityKind::Money,
                Provenance::Rule,
                1.0,
            ));
            a.money.push(MoneyFact {
                mention: a.mentions.len() - 1,
                value: 43e6,
                currency: "USD".into(),
                qualifier: None,
                year: None,
                investor: None,
                recipient: None,
                relation: None,
                repeats: vec![],
                per: None,
            });
        }
        let tip = hover_text(
            &a,
            &MoneyBar {
                shown: 1,
                facts: vec![0, 1],
            },
        );
        assert!(
            tip.starts_with("$43 million — no payer or payee stated"),
            "{tip}"
        );
        assert!(tip.contains("“Tervane sets $43 mln notes.”"), "{tip}");
        assert!(tip.contains("“Its $43 million issue closed.”"), "{tip}");
    }

    #[test]
    fn decade_marks_label_every_third_decade() {
        let marks = decade_marks(GridInput {
            bounds: (7.5, 12.2),
            base_step_size: 0.1,
        });
        let values: Vec<(f64, f64)> = marks.iter().map(|m| (m.value, m.step_size)).collect();
        assert_eq!(
            values,
            [
                (7.0, 1.0),
                (8.0, 1.0),
                (9.0, 3.0),
                (10.0, 1.0),
                (11.0, 1.0),
                (12.0, 3.0),
                (13.0, 1.0)
            ]
        );
    }
}
