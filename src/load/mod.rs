//! Bytes → [`Document`]: file types, text decoding, and body/boilerplate
//! regions; and Dossier's own annotated JSON → [`Analysis`](crate::model::Analysis), as it was exported.

mod annotated;
mod boilerplate;
mod docx;
mod encoding;
mod error;
mod html;
pub(crate) mod needles;
mod pdf;
mod pdf_text;
mod prebuilt;

use std::io::Read as _;
use std::path::Path;

pub use annotated::{Annotated, ImportError, SCHEMA_ID, SpanProblem, read_annotated};
pub use boilerplate::{
    credited_name, detect_regions, is_bare_signature, is_byline_or_stamp, is_reporter_title,
    is_signature, signed_name, warm_up,
};
pub use encoding::decode_text;
pub use error::LoadError;

use crate::model::Document;

/// Largest article Dossier opens (64 MiB): far beyond any news article, small
/// enough that a mistaken pick of a disk image fails fast instead of filling memory.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// What a file held: an article to analyse, or a saved analysis to show as it was.
#[derive(Debug)]
pub enum Opened {
    /// An article (text, web page, Word, PDF) that still needs analysing.
    Article(Document),
    /// A re-opened annotated JSON export: the analysis as it was, the
    /// user's corrections, and the spans whose quotes did not match their
    /// offsets (kept in the analysis, listed).
    Annotated(Annotated),
}

/// Opens any file Dossier reads: articles become [`Opened::Article`], its own
/// annotated `.json` exports become [`Opened::Annotated`].
pub fn open(path: &Path) -> Result<Opened, LoadError> {
    let bytes = read_file(path, || {})?;
    let name = file_name(path);
    if extension(&name) == "json" {
        let mut annotated = read_annotated(&bytes).map_err(|e| e.into_load_error(path))?;
        annotated.analysis.document.path = Some(path.to_owned());
        return Ok(Opened::Annotated(annotated));
    }
    let mut doc = load_bytes(&name, &bytes).map_err(|e| e.with_path(path))?;
    doc.path = Some(path.to_owned());
    Ok(Opened::Article(doc))
}

/// Reads and decodes an article file (not an annotated JSON: see [`open`]).
pub fn load_path(path: &Path) -> Result<Document, LoadError> {
    load_path_between(path, || {})
}

/// [`load_path`] with a hook run between the size check and the read, so a
/// test can make the file vanish at the worst moment.
fn load_path_between(path: &Path, between: impl FnOnce()) -> Result<Document, LoadError> {
    let bytes = read_file(path, between)?;
    let mut doc = load_bytes(&file_name(path), &bytes).map_err(|e| e.with_path(path))?;
    doc.path = Some(path.to_owned());
    Ok(doc)
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn extension(name: &str) -> String {
    Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Reads a whole file, refusing folders and files over [`MAX_BYTES`] (also
/// when the file grows after the size check).
fn read_file(path: &Path, between: impl FnOnce()) -> Result<Vec<u8>, LoadError> {
    let io = |source: std::io::Error| {
        if source.kind() == std::io::ErrorKind::NotFound {
            LoadError::Vanished {
                path: path.to_owned(),
            }
        } else {
            LoadError::Io {
                source,
                path: path.to_owned(),
            }
        }
    };
    let meta = std::fs::metadata(path).map_err(|source| LoadError::Io {
        source,
        path: path.to_owned(),
    })?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory {
            path: path.to_owned(),
        });
    }
    let too_large = |size| LoadError::TooLarge {
        size,
        limit: MAX_BYTES,
        path: path.to_owned(),
    };
    if meta.len() > MAX_BYTES {
        return Err(too_large(meta.len()));
    }
    between();
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Decodes an article held in memory; `name` is its file name, whose extension
/// chooses the format (`.txt`/`.md`, `.html`/`.htm`, `.docx`, `.pdf`).
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Document, LoadError> {
    let path = Path::new(name);
    let named = |e: LoadError| e.with_path(path);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty { path: name.into() });
    }
    let mut doc = match extension(name).as_str() {
        "txt" | "text" | "md" | "markdown" | "" => {
            let (text, encoding) = decode_text(bytes).map_err(named)?;
            let mut doc = Document::from_text(name, text);
            doc.encoding = encoding.to_owned();
            doc
        }
        "html" | "htm" | "xhtml" => html::load_html(name, bytes).map_err(named)?,
        "docx" => docx::load_docx(name, bytes).map_err(named)?,
        "pdf" => pdf::load_pdf(name, bytes).map_err(named)?,
        "json" => {
            return Err(LoadError::BadJson {
                reason: "an annotated JSON export is opened with load::open, not as an article"
                    .into(),
                path: name.into(),
            });
        }
        other => {
            return Err(LoadError::Unsupported {
                extension: other.to_owned(),
                path: name.into(),
            });
        }
    };
    if doc.text.trim().is_empty() {
        return Err(LoadError::Empty { path: name.into() });
    }
    doc.regions = detect_regions(&doc.text);
    if doc.format == "text" {
        // A captured page's menu or cookie banner is not its title.
        doc.title = first_line_title(&doc.text, |at| doc.is_boilerplate(at));
    }
    Ok(doc)
}

/// The first non-empty line outside page clutter, when it is short enough
/// to be a headline.
fn first_line_title(text: &str, clutter: impl Fn(usize) -> bool) -> Option<String> {
    let mut at = 0;
    let line = text.split_inclusive('\n').find_map(|raw| {
        let start = at + (raw.len() - raw.trim_start().len());
        at += raw.len();
        let line = raw.trim();
        (!line.is_empty() && !clutter(start)).then_some(line)
    })?;
    let line = line.trim_start_matches('#').trim();
    (line.chars().count() <= 200 && !line.is_empty()).then(|| line.to_owned())
}

/// The trimmed lines of the first two page-fixture sets, each once, and
/// `odd` ones (past ASCII, empty): what the loader's prebuilt and fallback
/// patterns are checked against the regex crate on.
#[cfg(test)]
pub(crate) fn fixture_lines(odd: &[&str]) -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut lines: Vec<String> = ["tests/fixtures/pages", "tests/fixtures/pages-blind"]
        .iter()
        .filter_map(|d| std::fs::read_dir(format!("{root}/{d}")).ok())
        .flat_map(|d| d.flatten().map(|e| e.path()).collect::<Vec<_>>())
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .flat_map(|t| t.lines().map(|l| l.trim().to_string()).collect::<Vec<_>>())
        .collect();
    lines.sort();
    lines.dedup();
    lines.extend(odd.iter().map(|l| (*l).to_string()));
    lines
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
        let err = load_bytes("broken.txt", b"Z\xC3\xBCrich caf\xE9 au lait").expect_err("damaged");
        assert!(
            matches!(err, LoadError::InvalidUtf8 { offset: 11, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("broken.txt"));
        let doc = load_bytes("latin.txt", b"caf\xE9 au lait").expect("latin-1");
        assert_eq!(doc.text, "café au lait");
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
    fn a_file_that_vanishes_between_check_and_read_is_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("gone.txt");
        std::fs::write(&path, "Short-lived article.").expect("write");
        let err = load_path_between(&path, || {
            let _ = std::fs::remove_file(&path);
        })
        .expect_err("vanished");
        assert!(matches!(err, LoadError::Vanished { .. }), "{err}");
        assert!(err.to_string().contains("disappeared"), "{err}");
        assert!(err.to_string().ends_with("gone.txt"), "{err}");
    }

    #[test]
    fn a_captured_page_takes_its_title_after_the_menu() {
        let page = "Skip to content\nHome\nWorld\nBusiness\n\nQuayside buys two tugs\n\n\
                    Quayside Ferries agreed on Tuesday to buy two tugs from Ostra Marine, the companies said.\n";
        let doc = load_bytes("p.txt", page.as_bytes()).expect("loads");
        assert_eq!(doc.title.as_deref(), Some("Quayside buys two tugs"));
    }

    #[test]
    fn crlf_text_is_kept_verbatim() {
        let doc = load_bytes("w.md", "# Title\r\nBody € text.\r\n".as_bytes()).expect("loads");
        assert_eq!(doc.text, "# Title\r\nBody € text.\r\n");
        assert_eq!(doc.title.as_deref(), Some("Title"));
    }
}
