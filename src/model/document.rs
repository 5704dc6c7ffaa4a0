//! `Document`: an article's text exactly as loaded, with its regions and metadata.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::Span;

/// Whether a stretch of text belongs to the article or to the page around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RegionKind {
    /// The article itself.
    Body,
    /// Page furniture: related-article lists, comment forms, category tags.
    Boilerplate,
}

/// A region of the document text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    /// Body or boilerplate.
    pub kind: RegionKind,
    /// Where it is.
    pub span: Span,
}

/// An article: its text (never altered after loading) and what is known about it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// File name the text came from (no directory), for display and export.
    pub source: String,
    /// Full path, when it came from a file.
    #[serde(skip)]
    pub path: Option<PathBuf>,
    /// The text exactly as decoded.
    pub text: String,
    /// The article's title, when known.
    pub title: Option<String>,
    /// Publication date `YYYY-MM-DD`, when known.
    pub published: Option<String>,
    /// The character encoding the bytes were decoded from.
    pub encoding: String,
    /// The file format the text was extracted from: `text`, `html`, `docx`,
    /// `pdf` (or `json` for a re-opened export), so an export says where its
    /// text came from.
    #[serde(default)]
    pub format: String,
    /// The author line of an extracted web page, when it has one.
    #[serde(default)]
    pub byline: Option<String>,
    /// Body and boilerplate regions, sorted, covering the text without gaps.
    pub regions: Vec<Region>,
}

impl Document {
    /// A document from text in memory, with a single body region.
    pub fn from_text(source: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let regions = vec![Region {
            kind: RegionKind::Body,
            span: Span::new(0, text.len()),
        }];
        Self {
            source: source.into(),
            path: None,
            text,
            title: None,
            published: None,
            encoding: "UTF-8".to_owned(),
            format: "text".to_owned(),
            byline: None,
            regions,
        }
    }

    /// True when the byte offset lies in a boilerplate region.
    pub fn is_boilerplate(&self, offset: usize) -> bool {
        self.regions
            .iter()
            .any(|r| r.kind == RegionKind::Boilerplate && r.span.contains(offset))
    }

    /// The end of the article body: the start of the first boilerplate region
    /// after which nothing is body, or the text length.
    pub fn body_spans(&self) -> impl Iterator<Item = Span> + '_ {
        self.regions
            .iter()
            .filter(|r| r.kind == RegionKind::Body)
            .map(|r| r.span)
    }
}
