//! Search across the open articles (Ctrl+Shift+F): a window with a query
//! field and the best hits — article title and a snippet with the matched
//! words marked; a click opens the article at the match. The FTS5 index
//! ([`crate::search`]) follows the open articles: it adds, replaces and
//! drops them as they open, change and close.

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Key};

use crate::app::command::Command;
use crate::model::Analysis;
use crate::search::{Entry, Hit, SearchIndex};

/// Id of the query field, focused when the window opens.
pub const SEARCH_FIELD_ID: &str = "corpus_search_field";

/// Most hits listed.
const MAX_HITS: usize = 100;

/// One open article as the search sees it.
pub struct SearchDoc<'a> {
    /// Its key (stable while it is open).
    pub key: String,
    /// Changes when its analysis changes.
    pub stamp: u64,
    /// The analysis (text, title, entities).
    pub analysis: &'a Analysis,
}

/// The search window's state and the index.
#[derive(Debug, Default)]
pub struct CorpusSearch {
    /// True while the window is shown.
    pub open: bool,
    /// The query typed.
    pub query: String,
    focus: bool,
    index: Option<SearchIndex>,
    /// Fingerprint of the open articles the index was last synced with.
    synced: Option<u64>,
    /// The query the hits are for.
    searched: Option<String>,
    /// The hits of the last search, best first.
    pub hits: Vec<Hit>,
    /// How many articles match in all.
    pub total: usize,
    error: Option<String>,
}

impl CorpusSearch {
    /// Shows the window and focuses its field.
    pub fn show(&mut self) {
        self.open = true;
        self.focus = true;
    }

    /// Brings the index up to date with the open articles, when their
    /// fingerprint changed: adds new and changed ones, drops closed ones.
    pub fn sync<'a>(&mut self, fingerprint: u64, docs: impl FnOnce() -> Vec<SearchDoc<'a>>) {
        if self.synced == Some(fingerprint) && self.index.is_some() {
            return;
        }
        if let Err(e) = self.sync_now(docs()) {
            self.error = Some(e.to_string());
            return;
        }
        self.synced = Some(fingerprint);
        self.searched = None;
    }

    fn sync_now(&mut self, docs: Vec<SearchDoc<'_>>) -> Result<(), crate::search::SearchError> {
        if self.index.is_none() {
            self.index = Some(SearchIndex::new()?);
        }
        let Some(index) = &mut self.index else {
            return Ok(());
        };
        let open: std::collections::HashSet<&str> = docs.iter().map(|d| d.key.as_str()).collect();
        let gone: Vec<String> = index
            .keys()
            .filter(|k| !open.contains(k))
            .map(str::to_owned)
            .collect();
        for key in gone {
            index.remove(&key)?;
        }
        let changed = docs
            .iter()
            .filter(|d| index.stamp(&d.key) != Some(d.stamp))
            .map(|d| (d.key.clone(), d.stamp, Entry::from_analysis(d.analysis)))
            .collect::<Vec<_>>();
        index.add_all(changed)
    }

    /// Runs the query when it changed since the last search.
    pub fn refresh(&mut self) {
        if self.searched.as_deref() == Some(self.query.as_str()) {
            return;
        }
        self.searched = Some(self.query.clone());
        let Some(index) = &self.index else { return };
        let found = index
            .search(&self.query, MAX_HITS)
            .and_then(|hits| Ok((index.count(&self.query)?, hits)));
        match found {
            Ok((total, hits)) => {
                self.total = total;
                self.hits = hits;
                self.error = None;
            }
            Err(e) => {
                self.hits.clear();
                self.total = 0;
                self.error = Some(e.to_string());
            }
        }
    }

    /// Draws the window; a click on a hit pushes [`Command::OpenSearchHit`].
    pub fn window(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if !self.open {
            return;
        }
        let mut open = true;
        egui::Window::new("Search all articles")
            .open(&mut open)
            .default_width(560.0)
            .default_height(520.0)
            .default_pos(ctx.content_rect().right_top() + egui::vec2(-600.0, 72.0))
            .show(ctx, |ui| self.contents(ui, commands));
        if !open {
            self.open = false;
        }
    }

    fn contents(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let field = ui.add(
            egui::TextEdit::singleline(&mut self.query)
                .id(egui::Id::unique(SEARCH_FIELD_ID))
                .hint_text("Words, \"a phrase\" or a name")
                .desired_width(f32::INFINITY),
        );
        if std::mem::take(&mut self.focus) {
            field.request_focus();
        }
        self.refresh();
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if enter && let Some(hit) = self.hits.first() {
            commands.push(Command::OpenSearchHit {
                key: hit.key.clone(),
                span: hit.span,
            });
        }
        let articles = self.index.as_ref().map_or(0, SearchIndex::len);
        let summary = match (&self.error, self.total) {
            (Some(e), _) => e.clone(),
            (None, _) if self.query.trim().is_empty() => {
                format!("Searches the {articles} open articles: titles, text and entity names.")
            }
            (None, 0) => "No article matches.".to_owned(),
            (None, n) if n > self.hits.len() => {
                format!(
                    "{n} articles match; the best {} are listed.",
                    self.hits.len()
                )
            }
            (None, 1) => "1 article matches.".to_owned(),
            (None, n) => format!("{n} articles match."),
        };
        ui.weak(summary);
        ui.separator();
        let body = egui::TextStyle::Body.resolve(ui.style());
        let (text, weak) = (ui.visuals().text_color(), ui.visuals().weak_text_color());
        let strong = ui.visuals().strong_text_color();
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                for hit in &self.hits {
                    let job = hit_job(hit, &body, [strong, text, weak]);
                    let response = ui
                        .add(
                            egui::Label::new(job)
                                .sense(egui::Sense::click())
                                .selectable(false),
                        )
                        .on_hover_cursor(egui::CursorIcon::PointingHand)
                        .on_hover_text("Open the article at this place");
                    if response.clicked() {
                        commands.push(Command::OpenSearchHit {
                            key: hit.key.clone(),
                            span: hit.span,
                        });
                    }
                    ui.separator();
                }
            });
    }
}

/// A hit as text: the title on its own line, then the snippet with the
/// matched words marked.
pub fn hit_job(hit: &Hit, font: &FontId, [strong, text, weak]: [Color32; 3]) -> LayoutJob {
    let plain = TextFormat {
        font_id: font.clone(),
        color: text,
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    job.append(
        &hit.title,
        0.0,
        TextFormat {
            color: strong,
            font_id: FontId::new(font.size + 1.0, font.family.clone()),
            ..plain.clone()
        },
    );
    let found = match hit.matches {
        0 => String::new(),
        1 => "  · 1 match".to_owned(),
        n => format!("  · {n} matches"),
    };
    job.append(
        &format!("{found}\n"),
        0.0,
        TextFormat {
            color: weak,
            ..plain.clone()
        },
    );
    let snippet = &hit.snippet;
    let mut pos = 0;
    for m in &snippet.marks {
        let (Some(before), Some(marked)) =
            (snippet.text.get(pos..m.start), snippet.text.get(m.clone()))
        else {
            continue;
        };
        job.append(before, 0.0, plain.clone());
        job.append(
            marked,
            0.0,
            TextFormat {
                background: Color32::from_rgb(255, 226, 110),
                color: Color32::BLACK,
                ..plain.clone()
            },
        );
        pos = m.end;
    }
    job.append(snippet.text.get(pos..).unwrap_or(""), 0.0, plain);
    job
}
