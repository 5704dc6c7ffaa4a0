//! The one write path of the CLI and the GUI: where each file goes (a file,
//! or one per document in a folder; brat's `.txt` beside its `.ann`), the
//! guard that never writes over a source article, and atomic writes.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::atomic::write_atomic;
use super::format::{Format, render};
use crate::model::Analysis;

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The output could not be written.
    #[error("cannot write export ({source}): {}", path.display())]
    Write {
        /// The OS error.
        source: std::io::Error,
        /// The output path.
        path: PathBuf,
    },
    /// The output would overwrite a source article.
    #[error(
        "refusing to overwrite {} source article with the export: {}",
        if *open_article { "the" } else { "a" },
        path.display()
    )]
    WouldOverwriteSource {
        /// The path.
        path: PathBuf,
        /// True for the one article open in the GUI ("the"); the CLI speaks
        /// of any of its inputs ("a").
        open_article: bool,
    },
    /// A format whose documents are files of their own (brat) needs a place
    /// to put them.
    #[error(
        "brat standoff writes a .ann and a .txt per article: give --out FILE.ann for one input, or --out DIR for several"
    )]
    NeedsFolder,
}

/// One file to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    /// Where.
    pub path: PathBuf,
    /// What.
    pub bytes: Vec<u8>,
}

/// The files of one document rendered in `format`: the main one at `main`,
/// the others (brat's `.txt`) beside it with their own extension.
pub fn outputs_at(format: Format, analysis: &Analysis, main: &Path) -> Vec<Output> {
    render(format, analysis)
        .into_iter()
        .enumerate()
        .map(|(i, (suffix, bytes))| Output {
            path: if i == 0 {
                main.to_owned()
            } else {
                main.with_extension(suffix)
            },
            bytes,
        })
        .collect()
}

/// The main file of each document for a format whose documents are files
/// of their own (brat): `out` itself (as `.ann`) for one document, or
/// `DIR/<stem>.ann` for each input when `out` is a folder.
pub fn per_document_targets(
    format: Format,
    out: Option<&Path>,
    inputs: &[PathBuf],
) -> Result<Vec<PathBuf>, ExportError> {
    let Some(out) = out else {
        return Err(ExportError::NeedsFolder);
    };
    let extension = format.suffix();
    if out.is_dir() {
        Ok(inputs
            .iter()
            .map(|f| {
                out.join(f.file_stem().unwrap_or(f.as_os_str()))
                    .with_extension(extension)
            })
            .collect())
    } else if inputs.len() == 1 {
        Ok(vec![out.with_extension(extension)])
    } else {
        Err(ExportError::NeedsFolder)
    }
}

/// Refuses when any of `targets` is one of the `sources` (the same file,
/// whatever the path says, also when the target does not exist yet);
/// `open_article` chooses the wording.
pub fn refuse_sources<'p>(
    targets: impl IntoIterator<Item = &'p Path>,
    sources: &[&Path],
    open_article: bool,
) -> Result<(), ExportError> {
    for target in targets {
        if sources.iter().any(|s| same_file(s, target)) {
            return Err(ExportError::WouldOverwriteSource {
                path: target.to_owned(),
                open_article,
            });
        }
    }
    Ok(())
}

/// Writes each output atomically, in order.
pub fn write_outputs(outputs: &[Output]) -> Result<(), ExportError> {
    for o in outputs {
        write_atomic(&o.path, &o.bytes).map_err(|source| ExportError::Write {
            source,
            path: o.path.clone(),
        })?;
    }
    Ok(())
}

/// Writes to stdout.
pub fn write_stdout(bytes: &[u8]) -> Result<(), ExportError> {
    std::io::stdout()
        .write_all(bytes)
        .map_err(|source| ExportError::Write {
            source,
            path: PathBuf::from("<stdout>"),
        })
}

/// True when `a` and `b` name the same file (`b` may not exist yet).
fn same_file(a: &Path, b: &Path) -> bool {
    let canon = |p: &Path| {
        p.canonicalize().ok().or_else(|| {
            let parent = p
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            Some(parent.canonicalize().ok()?.join(p.file_name()?))
        })
    };
    match (canon(a), canon(b)) {
        (Some(a), Some(b)) => a == b,
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brat_targets_a_file_or_one_per_input_in_a_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let inputs = vec![PathBuf::from("a/zürich.txt"), PathBuf::from("b/acme.md")];
        assert_eq!(
            per_document_targets(Format::Brat, Some(dir.path()), &inputs).expect("folder"),
            [dir.path().join("zürich.ann"), dir.path().join("acme.ann")]
        );
        let one = dir.path().join("out.x");
        assert_eq!(
            per_document_targets(Format::Brat, Some(&one), &inputs[..1]).expect("file"),
            [dir.path().join("out.ann")]
        );
        assert!(matches!(
            per_document_targets(Format::Brat, Some(&one), &inputs),
            Err(ExportError::NeedsFolder)
        ));
        assert!(matches!(
            per_document_targets(Format::Brat, None, &inputs[..1]),
            Err(ExportError::NeedsFolder)
        ));
    }

    #[test]
    fn same_file_sees_through_relative_paths_and_missing_targets() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = dir.path().join("zürich.txt");
        std::fs::write(&a, "x").expect("write");
        assert!(same_file(&a, &dir.path().join(".").join("zürich.txt")));
        assert!(!same_file(&a, &dir.path().join("zürich.json")));
        assert!(!same_file(
            &a,
            &dir.path().join("missing").join("zürich.txt")
        ));
    }

    #[test]
    fn the_guard_compares_files_not_spellings() {
        let dir = tempfile::tempdir().expect("tempdir");
        let source = dir.path().join("a.txt");
        std::fs::write(&source, "x").expect("seed");
        let spelled = dir.path().join(".").join("a.txt");
        let err =
            refuse_sources([spelled.as_path()], &[source.as_path()], true).expect_err("same file");
        assert!(
            err.to_string()
                .starts_with("refusing to overwrite the source article"),
            "{err}"
        );
        let other = dir.path().join("b.json");
        assert!(refuse_sources([other.as_path()], &[source.as_path()], false).is_ok());
    }
}
