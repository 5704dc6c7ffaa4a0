//! Finding and reading corpus files: directories searched recursively, in
//! sorted order, so that every report lists documents the same way.

use std::path::{Path, PathBuf};

use crate::eval::error::CorpusError;

/// Files under `paths` with extension `ext`: files as given, directories
/// searched recursively, each list sorted.
pub fn collect_files(paths: &[PathBuf], ext: &'static str) -> Result<Vec<PathBuf>, CorpusError> {
    fn walk(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) -> Result<(), CorpusError> {
        let io = |source, path: &Path| CorpusError::Io {
            source,
            path: path.to_owned(),
        };
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| io(e, dir))?
            .map(|e| e.map(|e| e.path()).map_err(|err| io(err, dir)))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, ext, out)?;
            } else if p.extension().is_some_and(|e| e == ext) {
                out.push(p);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, ext, &mut out)?;
        } else {
            out.push(p.clone());
        }
    }
    if out.is_empty() {
        return Err(CorpusError::Empty {
            ext,
            paths: paths.iter().map(|p| p.display().to_string()).collect(),
        });
    }
    Ok(out)
}

/// The MEANTIME `.xml` files under the paths given. A directory holding
/// `intra-doc_annotation` (the release's top level) is read from that
/// folder only, since the cross-document folder repeats the same texts.
pub fn meantime_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CorpusError> {
    let paths: Vec<PathBuf> = paths
        .iter()
        .map(|p| {
            let intra = p.join("intra-doc_annotation");
            if intra.is_dir() { intra } else { p.clone() }
        })
        .collect();
    collect_files(&paths, "xml")
}

/// Reads a corpus file to a string.
pub fn read_corpus_file(path: &Path) -> Result<String, CorpusError> {
    std::fs::read_to_string(path).map_err(|source| CorpusError::Io {
        source,
        path: path.to_owned(),
    })
}
