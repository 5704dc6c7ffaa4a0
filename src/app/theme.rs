//! Colours: one place for every colour the workbench draws with.
//!
//! Entity kinds use the Okabe–Ito palette (Okabe & Ito, "Color Universal
//! Design", 2008), which stays distinguishable for the common forms of colour
//! blindness. Highlights are those hues blended into the page background, so
//! the text on them keeps the theme's text colour and stays readable.

use egui::{Color32, Stroke, Visuals};

use crate::model::EntityKind;

/// Okabe–Ito base hue of each kind, in [`EntityKind::ALL`] order.
const BASE: [Color32; 10] = [
    Color32::from_rgb(0xE6, 0x9F, 0x00), // PERSON  orange
    Color32::from_rgb(0x56, 0xB4, 0xE9), // ORG     sky blue
    Color32::from_rgb(0x00, 0x9E, 0x73), // LOC     bluish green
    Color32::from_rgb(0x88, 0x22, 0x55), // PRODUCT wine (Tol's muted scheme)
    Color32::from_rgb(0x99, 0x99, 0x33), // NATIONALITY olive (Tol's muted scheme)
    Color32::from_rgb(0xCC, 0x79, 0xA7), // MISC    reddish purple
    Color32::from_rgb(0xF0, 0xE4, 0x42), // MONEY   yellow
    // DATE: Tol's indigo. Okabe-Ito's blue, lightened to a highlight, sat
    // next to ORG's sky blue ("The carrier currently" read as one span).
    Color32::from_rgb(0x33, 0x22, 0x88), // DATE    indigo
    Color32::from_rgb(0xD5, 0x5E, 0x00), // PERCENT vermillion
    Color32::from_rgb(0x99, 0x99, 0x99), // TITLE   grey
];

/// Colours of the series of a chart (one a party), in order: Okabe–Ito
/// hues first, then Tol's muted scheme; they repeat after twelve.
const SERIES: [Color32; 12] = [
    Color32::from_rgb(0x00, 0x72, 0xB2),
    Color32::from_rgb(0xE6, 0x9F, 0x00),
    Color32::from_rgb(0x00, 0x9E, 0x73),
    Color32::from_rgb(0xCC, 0x79, 0xA7),
    Color32::from_rgb(0xD5, 0x5E, 0x00),
    Color32::from_rgb(0x56, 0xB4, 0xE9),
    Color32::from_rgb(0x88, 0x22, 0x55),
    Color32::from_rgb(0x99, 0x99, 0x33),
    Color32::from_rgb(0x33, 0x22, 0x88),
    Color32::from_rgb(0x44, 0xAA, 0x99),
    Color32::from_rgb(0xAA, 0x44, 0x99),
    Color32::from_rgb(0x88, 0x88, 0x88),
];

/// The colour of series `i` of a chart.
pub fn series_color(i: usize) -> Color32 {
    SERIES[i % SERIES.len()]
}

/// Linear blend of two colours in gamma space: `t = 0` is `a`, `t = 1` is `b`.
fn mix(a: Color32, b: Color32, t: f32) -> Color32 {
    let f = |x: u8, y: u8| {
        (f32::from(x) + (f32::from(y) - f32::from(x)) * t)
            .round()
            .clamp(0.0, 255.0) as u8
    };
    Color32::from_rgb(f(a.r(), b.r()), f(a.g(), b.g()), f(a.b(), b.b()))
}

/// The colours of one theme (light or dark).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// True for the dark theme.
    pub dark: bool,
    page: Color32,
    text: Color32,
    weak: Color32,
    error: Color32,
    warn: Color32,
}

impl Palette {
    /// The palette for the current egui visuals.
    pub fn from_visuals(v: &Visuals) -> Self {
        Self {
            dark: v.dark_mode,
            page: v.extreme_bg_color,
            text: v.strong_text_color(),
            weak: v.weak_text_color(),
            error: v.error_fg_color,
            warn: v.warn_fg_color,
        }
    }

    /// The palette for light (`false`) or dark (`true`) default visuals.
    pub fn for_dark_mode(dark: bool) -> Self {
        Self::from_visuals(&if dark {
            Visuals::dark()
        } else {
            Visuals::light()
        })
    }

    /// The kind's full-strength hue: legend swatches, graph nodes, chart bars.
    pub fn swatch(&self, kind: EntityKind) -> Color32 {
        BASE[kind_index(kind)]
    }

    /// Background of a highlighted mention.
    pub fn highlight(&self, kind: EntityKind) -> Color32 {
        let t = if self.dark { 0.42 } else { 0.38 };
        mix(self.page, self.swatch(kind), t)
    }

    /// Background of a mention of the selected entity: stronger than [`Self::highlight`].
    pub fn emphasis(&self, kind: EntityKind) -> Color32 {
        let t = if self.dark { 0.75 } else { 0.72 };
        mix(self.page, self.swatch(kind), t)
    }

    /// Underline of a mention of the selected entity.
    pub fn emphasis_underline(&self, kind: EntityKind) -> Stroke {
        let c = if self.dark {
            mix(self.swatch(kind), Color32::WHITE, 0.4)
        } else {
            mix(self.swatch(kind), Color32::BLACK, 0.45)
        };
        Stroke::new(2.0, c)
    }

    /// Text on a highlight: the theme's strongest text colour.
    pub fn text(&self) -> Color32 {
        self.text
    }

    /// Text on the emphasis background of `kind`: black or white, whichever contrasts more.
    pub fn text_on_emphasis(&self, kind: EntityKind) -> Color32 {
        let bg = self.emphasis(kind);
        if contrast(Color32::BLACK, bg) >= contrast(Color32::WHITE, bg) {
            Color32::BLACK
        } else {
            Color32::WHITE
        }
    }

    /// Page clutter (boilerplate) text.
    pub fn dim(&self) -> Color32 {
        self.weak
    }

    /// Error messages.
    pub fn error(&self) -> Color32 {
        self.error
    }

    /// Warnings and notices.
    pub fn warn(&self) -> Color32 {
        self.warn
    }

    /// Graph edges and other neutral lines.
    pub fn edge(&self) -> Color32 {
        mix(self.page, self.weak, 0.8)
    }

    /// Background behind edge labels in the graph.
    pub fn label_bg(&self) -> Color32 {
        self.page
    }

    /// Fill of a graph node.
    pub fn node_fill(&self, kind: EntityKind) -> Color32 {
        self.highlight(kind)
    }
}

/// WCAG relative luminance.
fn luminance(c: Color32) -> f32 {
    let lin = |x: u8| {
        let x = f32::from(x) / 255.0;
        if x <= 0.03928 {
            x / 12.92
        } else {
            ((x + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// WCAG contrast ratio, 1 to 21.
fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn kind_index(kind: EntityKind) -> usize {
    EntityKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

/// Installs the fonts: egui's defaults, then DejaVu Sans as a fallback for
/// what they cannot draw (arrows, geometric shapes, more scripts).
/// DejaVu Sans: Bitstream Vera licence, see assets/fonts/DejaVuSans-LICENSE.txt.
pub fn install_fonts(ctx: &egui::Context) {
    const FALLBACK: &str = "DejaVuSans";
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        FALLBACK.to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans.ttf"
        ))),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push(FALLBACK.to_owned());
    }
    ctx.set_fonts(fonts);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlighted_text_is_readable_in_both_themes() {
        for dark in [false, true] {
            let p = Palette::for_dark_mode(dark);
            for kind in EntityKind::ALL {
                let c = contrast(p.text(), p.highlight(kind));
                assert!(
                    c >= 4.5,
                    "{kind:?} dark={dark}: contrast {c:.2} below WCAG AA"
                );
                let c = contrast(p.text_on_emphasis(kind), p.emphasis(kind));
                assert!(
                    c >= 4.5,
                    "{kind:?} dark={dark}: emphasis contrast {c:.2} below WCAG AA"
                );
            }
        }
    }

    /// CIE L*a*b* of an sRGB colour (D65).
    fn lab(c: Color32) -> [f32; 3] {
        let lin = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.040_45 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        let (r, g, b) = (lin(c.r()), lin(c.g()), lin(c.b()));
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.950_47;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.088_83;
        let f = |t: f32| {
            if t > 0.008_856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        [
            116.0 * f(y) - 16.0,
            500.0 * (f(x) - f(y)),
            200.0 * (f(y) - f(z)),
        ]
    }

    /// Two kinds' highlights side by side ("The carrier" + "currently") must
    /// read as two spans: every pair differs by a visible colour distance
    /// (CIE76 ΔE; about 2.3 is just noticeable, 10 is plainly another colour).
    #[test]
    fn kinds_have_distinct_highlights() {
        for dark in [false, true] {
            let p = Palette::for_dark_mode(dark);
            for (i, a) in EntityKind::ALL.iter().enumerate() {
                for b in &EntityKind::ALL[i + 1..] {
                    let (la, lb) = (lab(p.highlight(*a)), lab(p.highlight(*b)));
                    let d = la
                        .iter()
                        .zip(lb)
                        .map(|(x, y)| (x - y).powi(2))
                        .sum::<f32>()
                        .sqrt();
                    assert!(d >= 11.0, "{a:?} vs {b:?} dark={dark}: ΔE {d:.1}");
                }
            }
        }
    }
}
