//! Bytes → [`Document`]: file types, text decoding, and body/boilerplate regions.

mod boilerplate;
mod error;

use std::path::Path;

pub use boilerplate::detect_regions;
pub use error::LoadError;

use crate::model::Document;

/// Largest article Dossier opens (64 MiB): far beyond any news article, small
/// enough that a mistaken pick of a disk image fails fast instead of filling memory.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Reads and decodes an article file.
pub fn load_path(path: &Path) -> Result<Document, LoadError> {
    let meta = std::fs::metadata(path).map_err(|source| LoadError::Io {
        source,
        path: path.to_owned(),
    })?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory {
            path: path.to_owned(),
        });
    }
    if meta.len() > MAX_BYTES {
        return Err(LoadError::TooLarge {
            size: meta.len(),
            limit: MAX_BYTES,
            path: path.to_owned(),
        });
    }
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        source,
        path: path.to_owned(),
    })?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let mut doc = load_bytes(&name, &bytes).map_err(|e| e.with_path(path))?;
    doc.path = Some(path.to_owned());
    Ok(doc)
}

/// Decodes an article held in memory; `name` is its file name, whose extension
/// chooses the format.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Document, LoadError> {
    let ext = Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "txt" | "text" | "md" | "markdown" | "" => {}
        other => {
            return Err(LoadError::Unsupported {
                extension: other.to_owned(),
                path: name.into(),
            });
        }
    }
    let (text, encoding) = decode_text(bytes).map_err(|e| e.with_path(Path::new(name)))?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty { path: name.into() });
    }
    let mut doc = Document::from_text(name, text);
    doc.encoding = encoding.to_owned();
    doc.regions = detect_regions(&doc.text);
    doc.title = first_line_title(&doc.text);
    Ok(doc)
}

/// Decodes bytes that should be UTF-8 text, with or without a BOM.
/// The BOM is not part of the text. Binary data and invalid UTF-8 are errors.
fn decode_text(bytes: &[u8]) -> Result<(String, &'static str), LoadError> {
    let (body, encoding) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, "UTF-8 (BOM)"),
        None => (bytes, "UTF-8"),
    };
    if looks_binary(body) {
        return Err(LoadError::Binary {
            path: Default::default(),
        });
    }
    match std::str::from_utf8(body) {
        Ok(s) => Ok((s.to_owned(), encoding)),
        Err(e) => Err(LoadError::InvalidUtf8 {
            offset: e.valid_up_to(),
            path: Default::default(),
        }),
    }
}

/// True when the bytes hold NULs or many control characters: an image, an
/// archive, an executable — not an article.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    controls * 20 > head.len().max(1)
}

/// The first non-empty line, when it is short enough to be a headline.
fn first_line_title(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let line = line.trim_start_matches('#').trim();
    (line.chars().count() <= 200 && !line.is_empty()).then(|| line.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped_and_recorded() {
        let doc = load_bytes("a.txt", b"\xEF\xBB\xBFZ\xC3\xBCrich").expect("loads");
        assert_eq!(doc.text, "Zürich");
        assert_eq!(doc.encoding, "UTF-8 (BOM)");
    }

    #[test]
    fn binary_and_bad_utf8_are_refused_with_the_name() {
        let err = load_bytes("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect_err("binary");
        assert!(err.to_string().contains("photo.txt"), "{err}");
        assert!(matches!(err, LoadError::Binary { .. }));
        let err = load_bytes("latin.txt", b"caf\xE9 au lait").expect_err("not utf-8");
        assert!(
            matches!(err, LoadError::InvalidUtf8 { offset: 3, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("latin.txt"));
    }

    #[test]
    fn empty_and_unknown_types_are_refused() {
        assert!(matches!(
            load_bytes("e.txt", b" \n\t"),
            Err(LoadError::Empty { .. })
        ));
        assert!(matches!(
            load_bytes("x.exe", b"MZ"),
            Err(LoadError::Unsupported { .. })
        ));
    }

    #[test]
    fn crlf_text_is_kept_verbatim() {
        let doc = load_bytes("w.md", "# Title\r\nBody € text.\r\n".as_bytes()).expect("loads");
        assert_eq!(doc.text, "# Title\r\nBody € text.\r\n");
        assert_eq!(doc.title.as_deref(), Some("Title"));
    }
}
