//! PDF → text from its text layer (lopdf, pure Rust). A PDF without text (a
//! scan) is an error, never an empty article.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

use super::{LoadError, pdf_text};
use crate::model::Document;

/// Most pages read from one PDF: a long report, not a news article, beyond this.
pub const MAX_PAGES: usize = 2_000;

/// Loads the text layer of a PDF, pages in order, separated by blank lines;
/// a page's lines are joined into paragraphs, one a line.
pub fn load_pdf(name: &str, bytes: &[u8]) -> Result<Document, LoadError> {
    let bad = |reason: String| LoadError::BadPdf {
        reason,
        path: Default::default(),
    };
    if !bytes.starts_with(b"%PDF-") {
        return Err(bad("no %PDF- header, so not a PDF".into()));
    }
    // lopdf is not promised panic-free on hostile input: contain it.
    let text = catch_unwind(AssertUnwindSafe(|| extract(bytes)))
        .map_err(|_| bad("the PDF parser failed on this file; it is damaged or unusual".into()))?
        .map_err(bad)?;
    if text.trim().is_empty() {
        return Err(LoadError::NoTextLayer {
            path: Default::default(),
        });
    }
    let mut doc = Document::from_text(name, text);
    doc.format = "pdf".to_owned();
    doc.title = doc
        .text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .filter(|l| l.chars().count() <= 200)
        .map(str::to_owned);
    Ok(doc)
}

fn extract(bytes: &[u8]) -> Result<String, String> {
    let pdf = lopdf::Document::load_mem(bytes).map_err(|e| describe(&e))?;
    if pdf.is_encrypted() {
        return Err("the PDF is encrypted".into());
    }
    let pages: Vec<u32> = pdf.get_pages().keys().copied().take(MAX_PAGES).collect();
    if pages.is_empty() {
        return Err("the PDF has no pages".into());
    }
    let mut out: Vec<String> = Vec::new();
    for page in pages {
        // A page whose text cannot be decoded is skipped; the rest still count.
        if let Some(text) = page_text(&pdf, page) {
            let text = text.trim();
            if !text.is_empty() {
                out.push(text.to_owned());
            }
        }
    }
    Ok(out.join("\n\n"))
}

/// One page's text: its lines read from the content stream with their
/// positions, joined into paragraphs (see [`pdf_text`]).
fn page_text(pdf: &lopdf::Document, page: u32) -> Option<String> {
    let id = *pdf.get_pages().get(&page)?;
    let encodings: BTreeMap<Vec<u8>, lopdf::Encoding> = pdf
        .get_page_fonts(id)
        .ok()?
        .into_iter()
        .filter_map(|(name, font)| font.get_font_encoding(pdf).ok().map(|e| (name, e)))
        .collect();
    let content = pdf.get_and_decode_page_content(id).ok()?;
    let decode = |font: &[u8], bytes: &[u8]| {
        let encoding = encodings.get(font)?;
        lopdf::Document::decode_text(encoding, bytes).ok()
    };
    let lines = pdf_text::page_lines(&content.operations, decode);
    Some(pdf_text::paragraphs(&lines))
}

fn describe(e: &lopdf::Error) -> String {
    let s = e.to_string();
    let lower = s.to_lowercase();
    if lower.contains("xref")
        || lower.contains("trailer")
        || lower.contains("eof")
        || lower.contains("offset")
    {
        format!("truncated or damaged: {lower}")
    } else {
        lower
    }
}
