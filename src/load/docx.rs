//! Word documents (.docx) → text: the paragraphs of `word/document.xml` in
//! order, with guards against zip bombs.

use std::io::{Cursor, Read as _};

use quick_xml::events::Event;

use super::LoadError;
use crate::model::Document;

/// Most bytes the XML parts of one .docx may unpack to (declared or actual).
pub const MAX_UNPACKED: u64 = 64 * 1024 * 1024;
/// Most entries a .docx may hold; Word writes a few dozen.
pub const MAX_ENTRIES: usize = 10_000;

/// Loads a Word document's body text, one paragraph a block.
pub fn load_docx(name: &str, bytes: &[u8]) -> Result<Document, LoadError> {
    let bad = |reason: String| LoadError::BadDocx {
        reason,
        path: Default::default(),
    };
    let bomb = || LoadError::ZipBomb {
        limit: MAX_UNPACKED,
        max_entries: MAX_ENTRIES,
        path: Default::default(),
    };
    if !bytes.starts_with(b"PK") {
        return Err(bad("not a zip archive, so not a .docx".into()));
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| bad(format!("damaged zip archive: {e}")))?;
    if zip.len() > MAX_ENTRIES {
        return Err(bomb());
    }
    let mut declared: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| bad(format!("damaged zip entry: {e}")))?;
        declared = declared.saturating_add(entry.size());
    }
    if declared > MAX_UNPACKED {
        return Err(bomb());
    }
    let mut read_part = |part: &str| -> Result<Option<String>, LoadError> {
        let entry = match zip.by_name(part) {
            Ok(e) => e,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(bad(format!("cannot open {part}: {e}"))),
        };
        let mut buf = Vec::new();
        // Sizes in the header can lie: stop reading past the limit whatever they say.
        entry
            .take(MAX_UNPACKED + 1)
            .read_to_end(&mut buf)
            .map_err(|e| bad(format!("cannot unpack {part}: {e}")))?;
        if buf.len() as u64 > MAX_UNPACKED {
            return Err(bomb());
        }
        String::from_utf8(buf)
            .map(Some)
            .map_err(|_| bad(format!("{part} is not UTF-8 XML")))
    };
    let Some(body) = read_part("word/document.xml")? else {
        return Err(bad(
            "a zip archive without word/document.xml, so not a Word document".into(),
        ));
    };
    let core = read_part("docProps/core.xml")?;
    let paragraphs = paragraphs(&body).map_err(|e| bad(format!("damaged document.xml: {e}")))?;
    let mut doc = Document::from_text(name, paragraphs.join("\n\n"));
    doc.format = "docx".to_owned();
    doc.encoding = "UTF-8".to_owned();
    doc.title = core
        .as_deref()
        .and_then(|c| element_text(c, b"title"))
        .or_else(|| {
            paragraphs
                .first()
                .filter(|p| p.chars().count() <= 200)
                .cloned()
        });
    doc.byline = core
        .as_deref()
        .and_then(|c| element_text(c, b"creator"))
        .map(|c| format!("By {c}"));
    Ok(doc)
}

/// The non-empty paragraphs (`w:p`) of WordprocessingML, in order; `w:tab` is
/// a tab, `w:br`/`w:cr` a line break.
fn paragraphs(xml: &str) -> Result<Vec<String>, quick_xml::Error> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event()? {
            Event::Start(e) if e.local_name().as_ref() == b"t" => in_text = true,
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => {
                    let p = current.trim().to_owned();
                    if !p.is_empty() {
                        out.push(p);
                    }
                    current.clear();
                }
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" => current.push('\t'),
                b"br" | b"cr" => current.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => {
                let t = t.unescape()?;
                current.push_str(&t);
            }
            Event::CData(t) if in_text => current.push_str(&String::from_utf8_lossy(&t)),
            Event::Eof => break,
            _ => {}
        }
    }
    let p = current.trim().to_owned();
    if !p.is_empty() {
        out.push(p);
    }
    Ok(out)
}

/// The text of the first element with this local name (`dc:title`).
fn element_text(xml: &str, local: &[u8]) -> Option<String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut inside = false;
    let mut out = String::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == local => inside = true,
            Event::End(e) if e.local_name().as_ref() == local => break,
            Event::Text(t) if inside => out.push_str(&t.unescape().ok()?),
            Event::Eof => break,
            _ => {}
        }
    }
    let out = out.trim().to_owned();
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_keep_order_tabs_and_entities() {
        let xml = r#"<w:document xmlns:w="x"><w:body>
            <w:p><w:r><w:t>Zürich &amp; Genève</w:t></w:r></w:p>
            <w:p></w:p>
            <w:p><w:r><w:t xml:space="preserve">Fund raised </w:t></w:r><w:r><w:tab/><w:t>€5 млн</w:t></w:r></w:p>
            </w:body></w:document>"#;
        assert_eq!(
            paragraphs(xml).expect("parses"),
            vec!["Zürich & Genève", "Fund raised \t€5 млн"]
        );
    }
}
