//! The money chart across the corpus: every money figure of every open
//! article on a time axis — x its date (the figure's own where the text
//! gives one, else its article's), y its amount on the single-article
//! chart's log10 scale so $1 million and $500 billion are both readable —
//! one plot per currency (never mixed), one colour per party (a corpus
//! entity, payer or payee), with a party list that shows or hides each.
//! Share and unit prices are left out unless asked for, then drawn as
//! hollow diamonds. Hover shows the amount, parties, article and evidence;
//! a click opens the article at the figure's sentence.

use egui::Color32;
use egui_plot::{GridInput, GridMark, MarkerShape, Plot, PlotPoint, Points};
use rustc_hash::FxHashSet;

use crate::app::command::Command;
use crate::app::format::{money_axis_label, money_short};
use crate::app::panels::corpus::CorpusArticle;
use crate::app::panels::figures::decade_marks;
use crate::app::theme::series_color;
use crate::corpus::link::Linked;
use crate::corpus::timeline::{MoneyChart, MoneyPoint, civil_from_days};

/// A point as drawn, for hovering and for tests: its party's name, its
/// date, its amount and where it is on the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    /// The party whose colour it has ("no party stated" when none).
    pub party: String,
    /// `2021-03-04`, `2021-03` or `2021`.
    pub date: String,
    /// The amount.
    pub value: f64,
    /// The currency.
    pub currency: String,
    /// Where it was drawn.
    pub pos: egui::Pos2,
    /// Index into the chart's points.
    pub point: usize,
}

/// The window's state.
#[derive(Debug, Default)]
pub struct CorpusMoney {
    /// The window is shown.
    pub open: bool,
    /// Parties hidden by the analyst (corpus entity, `None` = no party).
    pub hidden: FxHashSet<Option<usize>>,
    /// Share and unit prices are drawn too.
    pub show_prices: bool,
    /// The points drawn last frame, in drawing order.
    pub drawn: Vec<Drawn>,
    /// The corpus entity of the entity selected in the article shown (set
    /// by the workbench each frame), for "Only …".
    pub selected: Option<usize>,
    /// The chart and what it was computed from (see the workbench).
    pub cache: Option<(Vec<u64>, MoneyChart)>,
}

/// Pointer distance, in points, within which a point is hovered.
const HOVER_RADIUS: f32 = 9.0;

/// A party's name: its corpus entity's, or "no party stated".
fn party_name(linked: &Linked, party: Option<usize>) -> String {
    party
        .and_then(|p| linked.entities.get(p))
        .map_or_else(|| "no party stated".to_owned(), |e| e.name.clone())
}

/// Date grid marks (x is days): years every 1, 2, 5, 10… years so that
/// about eight are labelled, or months (every 1 or 3) on a short axis.
fn date_marks(input: GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo || hi - lo > 365.25 * 2000.0 {
        return Vec::new();
    }
    let (y0, _, _) = civil_from_days(lo.floor() as i64);
    let (y1, _, _) = civil_from_days(hi.ceil() as i64);
    let day = |y: i32, m: u32| {
        crate::corpus::timeline::FactDate {
            year: y,
            month: u8::try_from(m).ok(),
            day: Some(1),
        }
        .days() as f64
    };
    let years = (hi - lo) / 365.25;
    let mut out = Vec::new();
    let mut push = |mark: GridMark| {
        // Marks outside the axis would be labelled beside the plot.
        if (lo..=hi).contains(&mark.value) {
            out.push(mark);
        }
    };
    if years < 2.5 {
        let every = if years < 1.0 { 1 } else { 3 };
        for y in y0..=y1 {
            for m in (1..=12).filter(|m| (m - 1) % every == 0) {
                push(GridMark {
                    value: day(y, m),
                    step_size: 30.0 * f64::from(every),
                });
            }
        }
        return out;
    }
    let step = [1, 2, 5, 10, 20, 50, 100, 200, 500]
        .into_iter()
        .find(|s| years / f64::from(*s) <= 8.0)
        .unwrap_or(1000);
    let first = y0.div_euclid(step) * step;
    for y in (first..=y1).step_by(usize::try_from(step).unwrap_or(1)) {
        push(GridMark {
            value: day(y, 1),
            step_size: 365.25 * f64::from(step),
        });
    }
    out
}

/// `2021` for a year mark, `2021-03` for a month mark.
fn date_label(mark: GridMark) -> String {
    let (y, m, _) = civil_from_days(mark.value.round() as i64);
    if mark.step_size >= 365.0 {
        y.to_string()
    } else {
        format!("{y}-{m:02}")
    }
}

impl CorpusMoney {
    /// Draws the window while it is open.
    pub fn window(
        &mut self,
        ctx: &egui::Context,
        chart: &MoneyChart,
        linked: &Linked,
        articles: &[CorpusArticle<'_>],
        log_scale: bool,
        commands: &mut Vec<Command>,
    ) {
        let mut open = self.open;
        egui::Window::new("Money across articles")
            .open(&mut open)
            .default_size([920.0, 600.0])
            .show(ctx, |ui| {
                self.ui(ui, chart, linked, articles, log_scale, commands)
            });
        self.open = open;
    }

    fn ui(
        &mut self,
        ui: &mut egui::Ui,
        chart: &MoneyChart,
        linked: &Linked,
        articles: &[CorpusArticle<'_>],
        log_scale: bool,
        commands: &mut Vec<Command>,
    ) {
        let prices = chart.points.iter().filter(|p| p.per.is_some()).count();
        ui.horizontal_wrapped(|ui| {
            ui.strong(format!("{} money figures", chart.points.len() - prices));
            ui.weak("· x: the figure's date where the text gives one, else its article's");
            if chart.undated > 0 {
                ui.weak(format!("· {} without any date not shown", chart.undated));
            }
        });
        ui.horizontal(|ui| {
            let mut log = log_scale;
            if ui.checkbox(&mut log, "Log scale").changed() {
                commands.push(Command::SetLogScale(log));
            }
            ui.checkbox(
                &mut self.show_prices,
                format!("Share and unit prices ({prices})"),
            )
            .on_hover_text(
                "Prices per share or per item are not amounts paid: drawn as hollow diamonds",
            );
        });
        if chart.points.is_empty() {
            ui.weak("No dated money figures in the open articles.");
            self.drawn.clear();
            return;
        }
        let show_prices = self.show_prices;
        let series = chart.series_where(|p| show_prices || p.per.is_none());
        self.drawn.clear();
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(220.0);
                self.parties_ui(ui, &series, linked);
            });
            ui.separator();
            ui.vertical(|ui| {
                self.plots_ui(ui, chart, &series, linked, articles, log_scale, commands)
            });
        });
    }

    /// One plot per currency.
    #[allow(clippy::too_many_arguments)]
    fn plots_ui(
        &mut self,
        ui: &mut egui::Ui,
        chart: &MoneyChart,
        series: &[(Option<usize>, Vec<usize>)],
        linked: &Linked,
        articles: &[CorpusArticle<'_>],
        log_scale: bool,
        commands: &mut Vec<Command>,
    ) {
        let rank: rustc_hash::FxHashMap<Option<usize>, usize> = series
            .iter()
            .enumerate()
            .map(|(k, (p, _))| (*p, k))
            .collect();
        let colour_of = |party: Option<usize>| {
            rank.get(&party)
                .filter(|_| party.is_some())
                .map_or(Color32::GRAY, |&k| series_color(k))
        };
        // Each point once, in the colour of its first party shown.
        let shown_party = |p: &MoneyPoint| -> Option<Option<usize>> {
            let parties: Vec<Option<usize>> = if p.payer.is_none() && p.payee.is_none() {
                vec![None]
            } else {
                p.parties().map(Some).collect()
            };
            parties.into_iter().find(|q| !self.hidden.contains(q))
        };
        let currencies: Vec<String> = chart.currencies().into_iter().map(str::to_owned).collect();
        // A window's height is not bounded: fixed plot heights, the window scrolls.
        let height = if currencies.len() == 1 { 440.0 } else { 300.0 };
        // One time range for every currency's plot: the dates of every point shown.
        let (x0, x1) = chart
            .points
            .iter()
            .filter(|p| self.show_prices || p.per.is_none())
            .filter(|p| shown_party(p).is_some())
            .map(|p| p.date.days() as f64)
            .fold((f64::MAX, f64::MIN), |(a, b), x| (a.min(x), b.max(x)));
        egui::ScrollArea::vertical()
            .id_salt("corpus_money_scroll")
            .auto_shrink(false)
            .show(ui, |ui| {
                for currency in &currencies {
                    let visible: Vec<(usize, Option<usize>)> = chart
                        .points
                        .iter()
                        .enumerate()
                        .filter(|(_, p)| p.currency == *currency)
                        .filter(|(_, p)| self.show_prices || p.per.is_none())
                        .filter_map(|(i, p)| shown_party(p).map(|q| (i, q)))
                        .collect();
                    if visible.is_empty() {
                        continue;
                    }
                    let y = |v: f64| if log_scale { v.log10() } else { v };
                    let cur = currency.clone();
                    let mut plot = Plot::new(("corpus_money_plot", currency.as_str()))
                        .height(height)
                        .allow_scroll(false)
                        .allow_boxed_zoom(false)
                        .show_axes([true, true])
                        .label_formatter(|_| None)
                        .x_grid_spacer(date_marks)
                        .x_axis_formatter(|mark, _| date_label(mark))
                        .y_axis_formatter(move |mark, _| {
                            money_axis_label(mark.value, &cur, log_scale)
                        })
                        .y_axis_label(if log_scale {
                            format!("{currency} (log scale)")
                        } else {
                            currency.clone()
                        });
                    if log_scale {
                        plot = plot.y_grid_spacer(decade_marks);
                    }
                    // Room around the points so none sits on the frame.
                    let ys = visible.iter().map(|&(i, _)| y(chart.points[i].value));
                    let (y0, y1) = ys.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
                    let pad_y = if log_scale {
                        0.5
                    } else {
                        (y1 - y0).max(y1) * 0.1
                    };
                    plot = plot
                        .include_x(x0 - 20.0)
                        .include_x(x1 + 20.0)
                        .include_y(if log_scale { y0 - pad_y } else { 0.0 })
                        .include_y(y1 + pad_y);
                    let response = plot.show(ui, |plot_ui| {
                        let mut drawn = Vec::new();
                        // Figures without a party (grey) under the parties' colours.
                        let mut by_party: rustc_hash::FxHashMap<(Option<usize>, bool), Vec<usize>> =
                            rustc_hash::FxHashMap::default();
                        for &(i, q) in &visible {
                            by_party
                                .entry((q, chart.points[i].per.is_some()))
                                .or_default()
                                .push(i);
                        }
                        for (party, _) in series.iter().rev() {
                            for per in [false, true] {
                                let Some(mine) = by_party.get(&(*party, per)) else {
                                    continue;
                                };
                                let xy: Vec<[f64; 2]> = mine
                                    .iter()
                                    .map(|&i| {
                                        [
                                            chart.points[i].date.days() as f64,
                                            y(chart.points[i].value),
                                        ]
                                    })
                                    .collect();
                                for (&i, p) in mine.iter().zip(&xy) {
                                    let pos = plot_ui.screen_from_plot(PlotPoint::new(p[0], p[1]));
                                    drawn.push((i, party_name(linked, *party), pos));
                                }
                                let name = party_name(linked, *party);
                                let points = Points::new(name, xy)
                                    .color(colour_of(*party))
                                    .radius(5.0)
                                    .shape(if per {
                                        MarkerShape::Diamond
                                    } else {
                                        MarkerShape::Circle
                                    })
                                    .filled(!per)
                                    .allow_hover(false);
                                plot_ui.points(points);
                            }
                        }
                        let pointer = plot_ui.response().hover_pos();
                        (drawn, pointer)
                    });
                    let (drawn, pointer) = response.inner;
                    let hovered = pointer.and_then(|at| {
                        drawn
                            .iter()
                            .map(|(i, _, pos)| (*i, pos.distance(at)))
                            .filter(|(_, d)| *d <= HOVER_RADIUS)
                            .min_by(|a, b| a.1.total_cmp(&b.1))
                            .map(|(i, _)| i)
                    });
                    for (i, party, pos) in drawn {
                        let p = &chart.points[i];
                        self.drawn.push(Drawn {
                            party,
                            date: p.date.label(),
                            value: p.value,
                            currency: p.currency.clone(),
                            pos,
                            point: i,
                        });
                    }
                    if let Some(i) = hovered {
                        let p = &chart.points[i];
                        let clicked = response.response.clicked();
                        response
                            .response
                            .on_hover_text_at_pointer(tip(p, linked, articles));
                        if clicked {
                            commands.push(open_command(p, articles));
                        }
                    }
                }
            });
    }

    /// The party list: a colour, a name, a count and a checkbox each.
    fn parties_ui(
        &mut self,
        ui: &mut egui::Ui,
        series: &[(Option<usize>, Vec<usize>)],
        linked: &Linked,
    ) {
        ui.strong("Parties");
        ui.horizontal(|ui| {
            if ui.small_button("All").clicked() {
                self.hidden.clear();
            }
            if ui.small_button("None").clicked() {
                self.hidden = series.iter().map(|(p, _)| *p).collect();
            }
            if let Some(s) = self.selected
                && series.iter().any(|(p, _)| *p == Some(s))
                && ui
                    .small_button(format!("Only {}", party_name(linked, Some(s))))
                    .on_hover_text("The entity selected in the article shown")
                    .clicked()
            {
                self.hidden = series
                    .iter()
                    .map(|(p, _)| *p)
                    .filter(|p| *p != Some(s))
                    .collect();
            }
        });
        egui::ScrollArea::vertical()
            .id_salt("corpus_money_party_list")
            .auto_shrink(false)
            .show(ui, |ui| {
                for (k, (party, points)) in series.iter().enumerate() {
                    ui.horizontal(|ui| {
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                        // Grey for figures with no party, as on the plot.
                        let colour = if party.is_some() {
                            series_color(k)
                        } else {
                            Color32::GRAY
                        };
                        ui.painter().circle_filled(rect.center(), 5.0, colour);
                        let mut shown = !self.hidden.contains(party);
                        let label = format!("{} ({})", party_name(linked, *party), points.len());
                        if ui.checkbox(&mut shown, label).changed() {
                            if shown {
                                self.hidden.remove(party);
                            } else {
                                self.hidden.insert(*party);
                            }
                        }
                    });
                }
            });
    }
}

/// The hover text of a point: amount, parties, date and its source,
/// article and evidence.
fn tip(p: &MoneyPoint, linked: &Linked, articles: &[CorpusArticle<'_>]) -> String {
    let Some(article) = articles.get(p.article) else {
        return String::new();
    };
    let a = article.analysis;
    let written = a
        .money
        .get(p.fact)
        .map_or("", |f| a.mention_text(f.mention));
    let party =
        |q: Option<usize>| q.map_or_else(|| "?".to_owned(), |q| party_name(linked, Some(q)));
    let parties = match p.per {
        Some(per) => format!("price per {}", per.name()),
        None => format!("{} → {}", party(p.payer), party(p.payee)),
    };
    let sentence = a
        .text(p.evidence)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "{}  ({written})\n{parties}\n{} ({})\n{}\n\n“{sentence}”\n\nClick to open the article there",
        money_short(p.value, &p.currency),
        p.date.label(),
        p.dated_by.describe(),
        article.title,
    )
}

/// Opens the point's article at its sentence: its relation when it has
/// one, else the figure's mention.
pub fn open_command(p: &MoneyPoint, articles: &[CorpusArticle<'_>]) -> Command {
    let fact = articles
        .get(p.article)
        .and_then(|a| a.analysis.money.get(p.fact));
    let relation = fact.and_then(|f| f.relation).and_then(|r| {
        let rel = articles.get(p.article)?.analysis.relations.get(r)?;
        Some((r, rel.source))
    });
    match (relation, fact) {
        (Some((r, source)), _) => Command::OpenMember {
            article: p.article,
            entity: source,
            relation: Some(r),
        },
        (None, Some(f)) => Command::OpenMention {
            article: p.article,
            mention: f.mention,
        },
        (None, None) => Command::SwitchDocument(p.article),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_spans_mark_months_long_ones_years() {
        let day = |s: &str| {
            crate::corpus::timeline::FactDate::parse(s)
                .map(|d| d.days() as f64)
                .unwrap_or_default()
        };
        let short = date_marks(GridInput {
            bounds: (day("2021-02-10"), day("2021-05-20")),
            base_step_size: 1.0,
        });
        let labels: Vec<String> = short.iter().map(|m| date_label(*m)).collect();
        assert!(labels.contains(&"2021-05".to_owned()));
        assert!(labels.contains(&"2021-03".to_owned()));
        let long = date_marks(GridInput {
            bounds: (day("2001-01-01"), day("2021-01-01")),
            base_step_size: 1.0,
        });
        let labels: Vec<String> = long.iter().map(|m| date_label(*m)).collect();
        assert_eq!(labels, ["2005", "2010", "2015", "2020"], "every five years");
    }
}
