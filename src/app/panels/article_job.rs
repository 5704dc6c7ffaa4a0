//! The article's layout job: the whole text as sections, mentions of
//! visible kinds highlighted, boilerplate dimmed, the selected entity's
//! mentions emphasised. A pure function of its inputs, memoised by the view.

use egui::FontId;
use egui::text::{LayoutJob, TextFormat};

use crate::app::theme::Palette;
use crate::model::{Analysis, EntityKind, RegionKind, Span};

/// Line height, in ems of the article's font.
pub const LINE_HEIGHT: f32 = 1.45;

/// One highlighted mention in the current layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Highlight {
    /// Mention index.
    pub mention: usize,
    /// Where it is in the text.
    pub span: Span,
    /// Its kind.
    pub kind: EntityKind,
    /// True when it belongs to the selected entity.
    pub emphasised: bool,
}

/// Builds the article's layout job: sections covering the whole text without
/// gaps, mentions of visible kinds highlighted (boilerplate ones not), the
/// selected entity's mentions emphasised. Returns the highlights in text order.
pub fn build_job(
    analysis: &Analysis,
    visible: [bool; EntityKind::ALL.len()],
    selected: Option<usize>,
    palette: &Palette,
    font: &FontId,
) -> (LayoutJob, Vec<Highlight>) {
    let text = analysis.document.text.as_str();
    let plain = TextFormat {
        font_id: font.clone(),
        color: palette.text(),
        line_height: Some(font.size * LINE_HEIGHT),
        ..Default::default()
    };
    let dim = TextFormat {
        color: palette.dim(),
        ..plain.clone()
    };
    let mut job = LayoutJob::default();
    let mut highlights = Vec::new();

    // Regions in order, with any gap treated as body.
    let mut regions: Vec<(Span, bool)> = Vec::new();
    let mut pos = 0;
    for r in &analysis.document.regions {
        let Some(span) = Span::checked(text, r.span.start.max(pos), r.span.end) else {
            continue;
        };
        if span.start > pos {
            regions.push((Span::new(pos, span.start), false));
        }
        if !span.is_empty() {
            regions.push((span, r.kind == RegionKind::Boilerplate));
        }
        pos = span.end.max(pos);
    }
    if pos < text.len() {
        regions.push((Span::new(pos, text.len()), false));
    }

    let visible_kind = |k: EntityKind| {
        EntityKind::ALL
            .iter()
            .position(|x| *x == k)
            .is_some_and(|i| visible[i])
    };
    for (region, boilerplate) in regions {
        if boilerplate {
            job.append(region.slice(text), 0.0, dim.clone());
            continue;
        }
        let mut cursor = region.start;
        let first = analysis
            .mentions
            .partition_point(|m| m.span.end <= region.start);
        for (i, m) in analysis.mentions.iter().enumerate().skip(first) {
            if m.span.start >= region.end {
                break;
            }
            let ok = m.span.start >= cursor
                && m.span.within(region)
                && !m.span.is_empty()
                && Span::checked(text, m.span.start, m.span.end).is_some();
            if !ok || !visible_kind(m.kind) {
                continue;
            }
            let emphasised = selected.is_some() && m.entity == selected;
            job.append(&text[cursor..m.span.start], 0.0, plain.clone());
            let format = if emphasised {
                TextFormat {
                    background: palette.emphasis(m.kind),
                    color: palette.text_on_emphasis(m.kind),
                    underline: palette.emphasis_underline(m.kind),
                    ..plain.clone()
                }
            } else {
                TextFormat {
                    background: palette.highlight(m.kind),
                    ..plain.clone()
                }
            };
            job.append(m.span.slice(text), 0.0, format);
            highlights.push(Highlight {
                mention: i,
                span: m.span,
                kind: m.kind,
                emphasised,
            });
            cursor = m.span.end;
        }
        job.append(&text[cursor..region.end], 0.0, plain.clone());
    }
    (job, highlights)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Mention, Provenance, Region};

    fn analysis() -> Analysis {
        let text = "Zürich AG paid €5 млн to Acme 😀.\r\nRelated: Acme news";
        let mut doc = Document::from_text("t.txt", text);
        let cut = text.find("Related").expect("in text");
        doc.regions = vec![
            Region {
                kind: RegionKind::Body,
                span: Span::new(0, cut),
            },
            Region {
                kind: RegionKind::Boilerplate,
                span: Span::new(cut, text.len()),
            },
        ];
        let at = |s: &str, n: usize| {
            let i = text
                .match_indices(s)
                .nth(n)
                .map(|(i, _)| i)
                .expect("in text");
            Span::new(i, i + s.len())
        };
        let m = |span, kind, e| Mention {
            entity: Some(e),
            ..Mention::new(span, kind, Provenance::Model, 0.9)
        };
        let mentions = vec![
            m(at("Zürich AG", 0), EntityKind::Org, 0),
            m(at("€5 млн", 0), EntityKind::Money, 1),
            m(at("Acme", 0), EntityKind::Org, 2),
            m(at("Acme", 1), EntityKind::Org, 2),
        ];
        Analysis {
            document: doc,
            mentions,
            ..Default::default()
        }
    }

    fn sections_text(job: &LayoutJob) -> String {
        job.sections
            .iter()
            .map(|s| &job.text[s.byte_range.start.0..s.byte_range.end.0])
            .collect()
    }

    #[test]
    fn sections_cover_text_and_boilerplate_is_not_highlighted() {
        let a = analysis();
        let p = Palette::for_dark_mode(false);
        let font = FontId::proportional(14.0);
        let (job, hl) = build_job(&a, [true; EntityKind::ALL.len()], None, &p, &font);
        assert_eq!(job.text, a.document.text);
        assert_eq!(sections_text(&job), a.document.text);
        assert_eq!(
            hl.iter().map(|h| h.mention).collect::<Vec<_>>(),
            [0, 1, 2],
            "mention 3 is in boilerplate"
        );
        let highlighted = job
            .sections
            .iter()
            .filter(|s| s.format.background != egui::Color32::TRANSPARENT)
            .count();
        assert_eq!(highlighted, 3);
        let last = job.sections.last().expect("sections");
        assert_eq!(last.format.color, p.dim());
    }

    #[test]
    fn hidden_kinds_and_selection() {
        let a = analysis();
        let p = Palette::for_dark_mode(true);
        let font = FontId::proportional(14.0);
        let mut visible = [true; EntityKind::ALL.len()];
        visible[1] = false; // ORG
        let (job, hl) = build_job(&a, visible, Some(1), &p, &font);
        assert_eq!(sections_text(&job), a.document.text);
        assert_eq!(hl.len(), 1);
        assert!(hl[0].emphasised && hl[0].kind == EntityKind::Money);
        assert!(
            job.sections
                .iter()
                .all(|s| s.format.background != p.highlight(EntityKind::Org))
        );
    }

    #[test]
    fn bad_spans_are_skipped_not_fatal() {
        let mut a = analysis();
        a.mentions.push(Mention::new(
            Span::new(1, 2),
            EntityKind::Loc,
            Provenance::Rule,
            0.5,
        )); // inside “ü”
        a.mentions.sort_by_key(|m| m.span.start);
        a.document.regions.push(Region {
            kind: RegionKind::Body,
            span: Span::new(5, 999),
        });
        let (job, _) = build_job(
            &a,
            [true; EntityKind::ALL.len()],
            None,
            &Palette::for_dark_mode(false),
            &FontId::proportional(14.0),
        );
        assert_eq!(sections_text(&job), a.document.text);
    }
}
