//! The inputs of `dossier analyze`: files, folders (every article file
//! under them, as the workbench's Open Folder lists them), glob patterns
//! (expanded here, so `'corpus/**/*.txt'` works whatever the shell does
//! with quotes) and `-`, a JSON Lines stream on stdin, one
//! `{"text", "source", "published"}` article a line, read as it comes.

use std::collections::HashSet;
use std::io::{BufRead, Read as _};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::corpus::batch::{article_files, is_article};
use crate::load::{self, MAX_BYTES};
use crate::model::Document;

/// One input after expansion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// An article file (or an annotated JSON export).
    File(PathBuf),
    /// The JSON Lines stream on stdin.
    Stdin,
}

/// The inputs the arguments name, in order, and what could not be expanded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expanded {
    /// Files and stdin in the order of the arguments; a folder's or a
    /// pattern's files sorted by path; a file reached twice kept once.
    pub inputs: Vec<Input>,
    /// Folders that could not be listed, patterns that are malformed or
    /// match nothing: one message each, naming the argument.
    pub problems: Vec<String>,
}

impl Expanded {
    /// The files among the inputs.
    pub fn files(&self) -> impl Iterator<Item = &Path> {
        self.inputs.iter().filter_map(|i| match i {
            Input::File(p) => Some(p.as_path()),
            Input::Stdin => None,
        })
    }

    /// True when the arguments name exactly one file and nothing else: its
    /// export is one document, not a list.
    pub fn is_one_file(&self, args: &[PathBuf]) -> bool {
        matches!((args, self.inputs.as_slice()), ([arg], [Input::File(file)]) if arg == file)
    }
}

/// True when an argument is a pattern rather than a name: it holds a glob
/// character and no file of that very name exists.
fn is_pattern(arg: &Path) -> bool {
    arg.to_string_lossy().contains(['*', '?', '[']) && !arg.exists()
}

/// Expands the arguments of `dossier analyze`. A file given by name is kept
/// whatever its extension (opening it says what is wrong, also when it is
/// missing); a folder gives every article file under it; a pattern gives
/// the article files it matches and every article file under the folders it
/// matches; `-` is stdin (once).
pub fn expand(args: &[PathBuf]) -> Expanded {
    let mut expanded = Expanded::default();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let mut add = |expanded: &mut Expanded, file: PathBuf| {
        if seen.insert(file.clone()) {
            expanded.inputs.push(Input::File(file));
        }
    };
    for arg in args {
        if arg.as_os_str() == "-" {
            if expanded.inputs.contains(&Input::Stdin) {
                expanded
                    .problems
                    .push("stdin (-) is given more than once; it is read once".into());
            } else {
                expanded.inputs.push(Input::Stdin);
            }
        } else if is_pattern(arg) {
            let (files, problems) = glob_files(arg);
            expanded.problems.extend(problems);
            for file in files {
                add(&mut expanded, file);
            }
        } else {
            let walked = article_files(std::slice::from_ref(arg));
            expanded.problems.extend(walked.problems);
            for file in walked.files {
                add(&mut expanded, file);
            }
        }
    }
    expanded
}

/// The article files a pattern matches (folders it matches walked), and
/// why it gave none or skipped some.
fn glob_files(pattern: &Path) -> (Vec<PathBuf>, Vec<String>) {
    let text = pattern.to_string_lossy();
    let paths = match glob::glob(&text) {
        Ok(paths) => paths,
        Err(e) => return (Vec::new(), vec![format!("bad pattern ({e}): {text}")]),
    };
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match path {
            Ok(p) if p.is_dir() => {
                let walked = article_files(&[p]);
                files.extend(walked.files);
                problems.extend(walked.problems);
            }
            Ok(p) if is_article(&p) => files.push(p),
            Ok(_) => {}
            Err(e) => problems.push(format!(
                "cannot list a folder the pattern reaches ({}): {}",
                e.error(),
                e.path().display()
            )),
        }
    }
    if files.is_empty() && problems.is_empty() {
        problems.push(format!("no article file matches the pattern: {text}"));
    }
    (files, problems)
}

/// One line of the stdin stream, read but not yet parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the stream.
    pub number: usize,
    /// The line without its line break.
    pub bytes: Vec<u8>,
}

/// The non-blank lines of a stream, each at most [`MAX_BYTES`] (a longer
/// one is an error naming it, skipped to its end, so one runaway line cannot
/// fill memory). An I/O error ends the stream after it is reported.
pub struct Lines<R> {
    reader: R,
    number: usize,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    /// Reads lines from `reader`.
    pub fn new(reader: R) -> Self {
        Self {
            reader,
            number: 0,
            done: false,
        }
    }

    fn read_one(&mut self) -> Option<Result<Line, String>> {
        let mut bytes = Vec::new();
        self.number += 1;
        let number = self.number;
        let read = (&mut self.reader)
            .take(MAX_BYTES + 1)
            .read_until(b'\n', &mut bytes);
        match read {
            Ok(0) => {
                self.done = true;
                None
            }
            Ok(_) if bytes.last() == Some(&b'\n') || bytes.len() as u64 <= MAX_BYTES => {
                if bytes.last() == Some(&b'\n') {
                    bytes.pop();
                }
                if bytes.last() == Some(&b'\r') {
                    bytes.pop();
                }
                Some(Ok(Line { number, bytes }))
            }
            Ok(_) => {
                if let Err(e) = self.reader.skip_until(b'\n') {
                    self.done = true;
                    return Some(Err(format!("stdin line {number}: cannot read ({e})")));
                }
                Some(Err(format!(
                    "stdin line {number}: longer than the {MAX_BYTES}-byte limit for an article"
                )))
            }
            Err(e) => {
                self.done = true;
                Some(Err(format!("stdin line {number}: cannot read ({e})")))
            }
        }
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Result<Line, String>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.read_one()? {
                Ok(line) if line.bytes.iter().all(u8::is_ascii_whitespace) => continue,
                other => return Some(other),
            }
        }
        None
    }
}

/// One article of the stream: `text` is required; `source` names it in the
/// export (`stdin:LINE` when absent); `published` anchors relative dates.
/// Other fields are ignored.
#[derive(Debug, Deserialize)]
struct Record {
    text: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    published: Option<String>,
}

/// The document of one stdin line, loaded as a plain-text file of that
/// name would be; or what is wrong with the line, naming it.
pub fn line_document(line: &Line) -> Result<Document, String> {
    let number = line.number;
    let record: Record = serde_json::from_slice(&line.bytes).map_err(|e| {
        if e.is_data() {
            format!("stdin line {number}: bad field ({e})")
        } else {
            format!("stdin line {number}: not a valid JSON object ({e})")
        }
    })?;
    article_document(number, &record.text, record.source, record.published)
}

/// The document of the `number`th article of a stream, from the fields of
/// its JSON Lines object: what the Python package calls too, so its output
/// is the CLI's byte for byte. Errors name the line.
pub fn article_document(
    number: usize,
    text: &str,
    source: Option<String>,
    published: Option<String>,
) -> Result<Document, String> {
    if let Some(p) = &published
        && !crate::pipeline::dates::is_iso_day(p)
    {
        return Err(format!(
            "stdin line {number}: published must be YYYY-MM-DD, got {p:?}"
        ));
    }
    // A name without an extension loads as plain text, and errors name the line.
    let name = format!("stdin line {number}");
    let mut doc = load::load_bytes(&name, text.as_bytes()).map_err(|e| e.to_string())?;
    doc.source = source.unwrap_or_else(|| format!("stdin:{number}"));
    doc.published = published;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8]) -> Vec<Result<Line, String>> {
        Lines::new(input).collect()
    }

    #[test]
    fn lines_are_numbered_blank_ones_skipped_crlf_trimmed() {
        let got = lines(b"{\"text\":\"Z\xC3\xBCrich\"}\r\n\n  \n{\"text\":\"b\"}");
        assert_eq!(
            got,
            [
                Ok(Line {
                    number: 1,
                    bytes: "{\"text\":\"Zürich\"}".into()
                }),
                Ok(Line {
                    number: 4,
                    bytes: b"{\"text\":\"b\"}".to_vec()
                }),
            ]
        );
    }

    #[test]
    fn a_line_is_an_article_or_an_error_naming_it() {
        let line = |n: usize, s: &[u8]| Line {
            number: n,
            bytes: s.to_vec(),
        };
        let doc = line_document(&line(
            3,
            "{\"text\":\"Acme bought Zürich Mills for €5 млн.\",\"source\":\"z.txt\",\"published\":\"2024-02-29\",\"id\":7}"
                .as_bytes(),
        ))
        .expect("an article");
        assert_eq!(doc.source, "z.txt");
        assert_eq!(doc.published.as_deref(), Some("2024-02-29"));
        let unnamed = line_document(&line(9, b"{\"text\":\"Acme grew.\"}")).expect("article");
        assert_eq!(unnamed.source, "stdin:9");
        for (bytes, what) in [
            (
                &b"\x89PNG\r\x1a\0\xff"[..],
                "line 5: not a valid JSON object",
            ),
            (
                b"{\"source\":\"a.txt\"}",
                "line 5: bad field (missing field `text`",
            ),
            (b"{\"text\":7}", "line 5: bad field (invalid type"),
            (b"{\"text\":\"a\",\"published\":\"May\"}", "YYYY-MM-DD"),
            (b"{\"text\":\"  \"}", "empty: stdin line 5"),
            (b"{\"text\":\"a\\u0000b\"}", "binary data): stdin line 5"),
        ] {
            let err = line_document(&line(5, bytes)).expect_err("bad line");
            assert!(err.contains(what), "{err}");
        }
    }

    #[test]
    fn folders_patterns_and_stdin_expand_in_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        std::fs::create_dir_all(root.join("d/sub")).expect("mkdir");
        for name in ["d/b.txt", "d/sub/a.md", "d/notes.bin", "c.txt", "x.html"] {
            std::fs::write(root.join(name), "Zürich").expect("write");
        }
        let pattern = root.join("*.txt");
        let args = vec![
            root.join("d"),
            PathBuf::from("-"),
            pattern.clone(),
            root.join("d/b.txt"),
        ];
        let got = expand(&args);
        assert_eq!(
            got.inputs,
            [
                Input::File(root.join("d/b.txt")),
                Input::File(root.join("d/sub/a.md")),
                Input::Stdin,
                Input::File(root.join("c.txt")),
            ]
        );
        assert!(got.problems.is_empty(), "{:?}", got.problems);
        let none = expand(&[root.join("*.pdf")]);
        assert!(none.inputs.is_empty());
        assert!(none.problems[0].starts_with("no article file matches"));
        assert!(expand(&[root.join("c.txt")]).is_one_file(&[root.join("c.txt")]));
        assert!(!got.is_one_file(&args));
    }
}
