//! Where `dossier analyze` writes, article by article as they are ready:
//! stdout, or one file written atomically (a temporary file beside it,
//! renamed when the batch ends), in each format's framing for many
//! articles. Nothing is written before the first article that succeeds, so
//! a batch where every article failed leaves stdout empty and `--out`
//! untouched.
//!
//! Framing for several articles: jsonl and doccano one line each; csv one
//! header, then every article's rows; json, spaCy and W3C one pretty JSON
//! array, written element by element (one object when the arguments name
//! one file, as before); brat a `.ann` and `.txt` per article in the
//! `--out` folder.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::export::{ExportError, Format, Output, outputs_at, render, render_many, write_outputs};
use crate::model::Analysis;

/// How a format's articles are put together in one output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    /// One line (or several, doccano's none) per article, nothing around.
    Lines,
    /// One JSON value per article: the value itself for a single file, else
    /// the elements of one array.
    Array {
        /// True when the arguments name exactly one file.
        single: bool,
    },
    /// A table: one header, then each article's rows.
    Table,
    /// Files of their own per article (brat), in the `--out` folder.
    Files,
}

impl Framing {
    /// The framing of `format`; `single` when the arguments name one file.
    pub fn of(format: Format, single: bool) -> Self {
        match format {
            Format::Jsonl | Format::Doccano => Self::Lines,
            Format::Json | Format::Spacy | Format::W3c => Self::Array { single },
            Format::Csv => Self::Table,
            Format::Brat => Self::Files,
        }
    }
}

/// One article's output, rendered where it was analysed (on a worker).
#[derive(Debug)]
pub enum Rendered {
    /// Bytes for the one output, already framed as an element.
    Bytes(Vec<u8>),
    /// Files of its own (brat).
    Files(Vec<Output>),
}

impl Rendered {
    /// Renders one analysis for `framing`; `target` is its main file when
    /// the framing is [`Framing::Files`].
    pub fn of(format: Format, framing: Framing, analysis: &Analysis, target: &Path) -> Self {
        if framing == Framing::Files {
            return Self::Files(outputs_at(format, analysis, target));
        }
        let mut files = render(format, analysis).into_iter();
        let mut bytes = files.next().map(|(_, b)| b).unwrap_or_default();
        for (_, b) in files {
            bytes.extend_from_slice(&b);
        }
        match framing {
            Framing::Array { single: false } => bytes = indented(&bytes),
            Framing::Table => {
                let header = bytes.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
                bytes.drain(..header);
            }
            _ => {}
        }
        Self::Bytes(bytes)
    }
}

/// A pretty JSON value as an element of a pretty array: every line two
/// spaces further in, no final line break (line breaks inside strings are
/// escaped, so every break is structure).
fn indented(pretty: &[u8]) -> Vec<u8> {
    let body = pretty.strip_suffix(b"\n").unwrap_or(pretty);
    let mut out = Vec::with_capacity(body.len() + body.len() / 8 + 2);
    out.extend_from_slice(b"  ");
    for &b in body {
        out.push(b);
        if b == b'\n' {
            out.extend_from_slice(b"  ");
        }
    }
    out
}

/// Where the output goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Standard output.
    Stdout,
    /// A file, replaced atomically when the batch ends; for brat, the
    /// `.ann` of a single input or the folder of many.
    File(PathBuf),
    /// Nowhere (benchmarks: the rendering is done, the writing skipped).
    Discard,
}

/// The open output of a batch.
pub struct Sink {
    format: Format,
    framing: Framing,
    target: Target,
    out: Option<BufWriter<Box<dyn Write>>>,
    temp: Option<PathBuf>,
    written: usize,
}

impl Sink {
    /// An output for `format` framed as `framing`; nothing is opened yet.
    pub fn new(format: Format, framing: Framing, target: Target) -> Self {
        Self {
            format,
            framing,
            target,
            out: None,
            temp: None,
            written: 0,
        }
    }

    /// Articles written so far.
    pub fn written(&self) -> usize {
        self.written
    }

    /// Writes one article's output after those before it.
    pub fn write(&mut self, rendered: &Rendered) -> Result<(), ExportError> {
        let bytes = match rendered {
            Rendered::Files(outputs) => {
                write_outputs(outputs)?;
                self.written += 1;
                return Ok(());
            }
            Rendered::Bytes(bytes) => bytes,
        };
        let first = self.written == 0;
        let before: Vec<u8> = match self.framing {
            Framing::Array { single: false } if first => b"[\n".to_vec(),
            Framing::Array { single: false } => b",\n".to_vec(),
            Framing::Table if first => render_many(self.format, &[])
                .into_iter()
                .flat_map(|(_, b)| b)
                .collect(),
            _ => Vec::new(),
        };
        self.put(&before)?;
        self.put(bytes)?;
        self.written += 1;
        Ok(())
    }

    /// Ends the output: closes the array, flushes, and puts the file in
    /// place. A batch where nothing succeeded writes nothing.
    pub fn finish(mut self) -> Result<(), ExportError> {
        if self.written > 0 && self.framing == (Framing::Array { single: false }) {
            self.put(b"\n]\n")?;
        }
        let Some(mut out) = self.out.take() else {
            return Ok(());
        };
        let path = self.path();
        out.flush().map_err(|source| ExportError::Write {
            source,
            path: path.clone(),
        })?;
        let file = out.into_inner().map_err(|e| ExportError::Write {
            source: e.into_error(),
            path: path.clone(),
        })?;
        drop(file);
        if let (Some(temp), Target::File(target)) = (self.temp.take(), &self.target) {
            let done = std::fs::File::open(&temp)
                .and_then(|f| f.sync_all())
                .and_then(|()| std::fs::rename(&temp, target));
            if let Err(source) = done {
                std::fs::remove_file(&temp).ok();
                return Err(ExportError::Write { source, path });
            }
        }
        Ok(())
    }

    fn path(&self) -> PathBuf {
        match &self.target {
            Target::File(p) => p.clone(),
            _ => PathBuf::from("<stdout>"),
        }
    }

    fn put(&mut self, bytes: &[u8]) -> Result<(), ExportError> {
        if self.out.is_none() {
            self.out = Some(self.open()?);
        }
        let path = self.path();
        match &mut self.out {
            Some(out) => out
                .write_all(bytes)
                .map_err(|source| ExportError::Write { source, path }),
            None => Ok(()),
        }
    }

    fn open(&mut self) -> Result<BufWriter<Box<dyn Write>>, ExportError> {
        let out: Box<dyn Write> = match &self.target {
            Target::Stdout => Box::new(std::io::stdout().lock()),
            Target::Discard => Box::new(std::io::sink()),
            Target::File(path) => {
                let temp = temp_beside(path);
                let file = std::fs::File::create(&temp).map_err(|source| ExportError::Write {
                    source,
                    path: path.clone(),
                })?;
                self.temp = Some(temp);
                Box::new(file)
            }
        };
        Ok(BufWriter::with_capacity(1 << 20, out))
    }
}

impl Drop for Sink {
    /// A batch that ended in an error leaves no temporary file behind.
    fn drop(&mut self) {
        if let Some(temp) = self.temp.take() {
            std::fs::remove_file(temp).ok();
        }
    }
}

/// The temporary file an output is written to before it is renamed.
fn temp_beside(path: &Path) -> PathBuf {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    dir.join(format!(".{name}.{}.tmp", std::process::id()))
}

/// Writes `text` to standard output at once and flushes it (the bench
/// commands' summaries and report lines).
pub fn write_now(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// True for the error of writing to a closed output (`dossier … | head -1`).
pub fn is_closed(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::BrokenPipe
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_indented_element_reads_back_as_serde_writes_arrays() {
        let values = [
            serde_json::json!({"text": "Zürich\r\n€5 млн 😀", "n": [1, 2]}),
            serde_json::json!({"text": "", "m": {}}),
        ];
        let mut streamed = b"[\n".to_vec();
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                streamed.extend_from_slice(b",\n");
            }
            let pretty = crate::export::json_bytes(v, true);
            streamed.extend(indented(&pretty));
        }
        streamed.extend_from_slice(b"\n]\n");
        let whole = crate::export::json_bytes(&serde_json::Value::Array(values.to_vec()), true);
        assert_eq!(
            String::from_utf8(streamed).expect("utf8"),
            String::from_utf8(whole).expect("utf8")
        );
    }

    #[test]
    fn a_file_appears_whole_at_the_end_or_not_at_all() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("out.jsonl");
        std::fs::write(&path, "previous").expect("seed");
        let sink = Sink::new(Format::Jsonl, Framing::Lines, Target::File(path.clone()));
        sink.finish().expect("nothing to write");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "previous");
        let mut sink = Sink::new(Format::Jsonl, Framing::Lines, Target::File(path.clone()));
        sink.write(&Rendered::Bytes(b"{\"a\":1}\n".to_vec()))
            .expect("write");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "previous");
        sink.finish().expect("finish");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "{\"a\":1}\n");
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("ls").collect();
        assert_eq!(left.len(), 1, "no temporary file left");
    }
}
