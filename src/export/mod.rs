//! Exports: annotated JSON v1 (the document format) and its import, JSON
//! Lines, spaCy, doccano, brat, W3C Web Annotation and CSV, and the atomic
//! file writing they share.

mod atomic;
pub mod formats;
mod import;
mod json_v1;
mod offsets;

use std::io::Write as _;
use std::path::{Path, PathBuf};

pub use atomic::write_atomic;
pub use import::{ImportError, SpanProblem, import_json_v1};
pub use json_v1::{SCHEMA_ID, to_json_v1};
pub use offsets::OffsetMap;

use crate::load::LoadError;
use crate::model::Analysis;
use crate::pipeline::Pipeline;

/// Output formats of `dossier analyze` and of the GUI's File ▸ Export as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One annotated JSON v1 object (an array when several files are given).
    Json,
    /// One annotated JSON v1 object per line.
    Jsonl,
    /// spaCy `{text, ents: [{start, end, label}]}` (an array for several files).
    Spacy,
    /// doccano relation-extraction JSONL: one record a line.
    Doccano,
    /// brat standoff: `.ann` annotations beside the `.txt` text.
    Brat,
    /// W3C Web Annotation JSON-LD: an `AnnotationPage` per document.
    WebAnno,
    /// CSV: entities, relations and money in one long table with a `table` column.
    Csv,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Format; 7] = [
        Self::Json,
        Self::Jsonl,
        Self::Spacy,
        Self::Doccano,
        Self::Brat,
        Self::WebAnno,
        Self::Csv,
    ];

    /// Parses a `--format` value.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The `--format` value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Jsonl => "jsonl",
            Self::Spacy => "spacy",
            Self::Doccano => "doccano",
            Self::Brat => "brat",
            Self::WebAnno => "webanno",
            Self::Csv => "csv",
        }
    }

    /// A menu label.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Json => "Annotated JSON",
            Self::Jsonl => "Annotated JSON Lines",
            Self::Spacy => "spaCy JSON",
            Self::Doccano => "doccano JSONL",
            Self::Brat => "brat standoff (.ann + .txt)",
            Self::WebAnno => "W3C Web Annotation (JSON-LD)",
            Self::Csv => "CSV table",
        }
    }

    /// File suffix of the main output (for brat, the `.ann`; the `.txt` goes beside it).
    pub const fn suffix(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Jsonl => "jsonl",
            Self::Spacy => "spacy.json",
            Self::Doccano => "doccano.jsonl",
            Self::Brat => "ann",
            Self::WebAnno => "jsonld",
            Self::Csv => "csv",
        }
    }
}

/// Renders one analysis in a format: `(file suffix, bytes)` for each file it
/// makes — one, except brat (`ann` and `txt`). The GUI writes each with
/// [`write_atomic`] at `stem.suffix`.
pub fn render(format: Format, analysis: &Analysis) -> Vec<(String, Vec<u8>)> {
    render_many(format, std::slice::from_ref(analysis))
}

/// Renders several analyses into one output per suffix: a JSON array for
/// json/spaCy/Web Annotation when there are several, lines for jsonl/doccano,
/// one header for CSV; brat concatenates nothing and renders the first only
/// (brat is one `.ann` per `.txt`; see [`analyze_files`]).
pub fn render_many(format: Format, analyses: &[Analysis]) -> Vec<(String, Vec<u8>)> {
    let one_or_array =
        |values: Vec<serde_json::Value>| match <[serde_json::Value; 1]>::try_from(values) {
            Ok([v]) => json_bytes(&v, true),
            Err(values) => json_bytes(&serde_json::Value::Array(values), true),
        };
    let suffix = format.suffix().to_owned();
    let bytes = match format {
        Format::Json => one_or_array(analyses.iter().map(to_json_v1).collect()),
        Format::Jsonl => analyses
            .iter()
            .flat_map(|a| json_bytes(&to_json_v1(a), false))
            .collect(),
        Format::Spacy => one_or_array(analyses.iter().map(formats::spacy).collect()),
        Format::Doccano => analyses
            .iter()
            .flat_map(|a| json_bytes(&formats::doccano(a), false))
            .collect(),
        Format::WebAnno => one_or_array(analyses.iter().map(formats::web_annotation).collect()),
        Format::Csv => {
            let mut out = formats::csv_header();
            for a in analyses {
                out.push_str(&formats::csv_rows(a));
            }
            out.into_bytes()
        }
        Format::Brat => {
            let Some(a) = analyses.first() else {
                return Vec::new();
            };
            let (txt, ann) = formats::brat(a);
            return vec![
                (suffix, ann.into_bytes()),
                ("txt".to_owned(), txt.into_bytes()),
            ];
        }
    };
    vec![(suffix, bytes)]
}

/// Options of `dossier analyze`.
#[derive(Clone, Debug)]
pub struct AnalyzeOptions {
    /// Output format.
    pub format: Format,
    /// Publication date anchoring relative dates, when the article has none.
    pub published: Option<String>,
    /// Output file; stdout when `None`.
    pub out: Option<PathBuf>,
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// An input could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The pipeline's resources did not load.
    #[error(transparent)]
    Model(#[from] crate::pipeline::PipelineError),
    /// The output could not be written.
    #[error("cannot write export ({source}): {}", path.display())]
    Write {
        /// The OS error.
        source: std::io::Error,
        /// The output path.
        path: PathBuf,
    },
    /// The output would overwrite one of the inputs.
    #[error("refusing to overwrite a source article with the export: {}", path.display())]
    WouldOverwriteSource {
        /// The path.
        path: PathBuf,
    },
    /// An annotated JSON input whose spans do not match their quotes.
    #[error("{count} span(s) do not match their quoted text, first {first}: {}", path.display())]
    SpanProblems {
        /// How many.
        count: usize,
        /// The first, described.
        first: String,
        /// The input.
        path: PathBuf,
    },
    /// brat writes two files per article, so it needs a place to put them.
    #[error(
        "brat standoff writes a .ann and a .txt per article: give --out FILE.ann for one input, or --out DIR for several"
    )]
    BratNeedsOut,
    /// A malformed `--published` date.
    #[error("--published must be YYYY-MM-DD, got {value:?}")]
    BadDate {
        /// What was given.
        value: String,
    },
}

/// Serialises JSON with a trailing newline.
pub fn json_bytes(value: &serde_json::Value, pretty: bool) -> Vec<u8> {
    let mut out = if pretty {
        serde_json::to_vec_pretty(value).unwrap_or_default()
    } else {
        serde_json::to_vec(value).unwrap_or_default()
    };
    out.push(b'\n');
    out
}

/// Loads, analyses and exports each file: the `dossier analyze` command.
pub fn analyze_files(files: &[PathBuf], options: &AnalyzeOptions) -> Result<(), ExportError> {
    if let Some(p) = &options.published
        && !crate::pipeline::dates::is_iso_day(p)
    {
        return Err(ExportError::BadDate { value: p.clone() });
    }
    if let Some(out) = &options.out
        && files.iter().any(|f| same_file(f, out))
    {
        return Err(ExportError::WouldOverwriteSource { path: out.clone() });
    }
    let pipeline = Pipeline::new()?;
    let mut analyses = Vec::with_capacity(files.len());
    for file in files {
        // A re-opened export is converted as it is (manual changes included),
        // not analysed again; spans that do not match their quotes stop it.
        let doc = match crate::load::open(file)? {
            crate::load::Opened::Annotated(analysis, problems) => {
                if let Some(first) = problems.first() {
                    return Err(ExportError::SpanProblems {
                        count: problems.len(),
                        first: first.to_string(),
                        path: file.clone(),
                    });
                }
                analyses.push(*analysis);
                continue;
            }
            crate::load::Opened::Article(doc) => doc,
        };
        let mut doc = doc;
        if doc.published.is_none() {
            doc.published.clone_from(&options.published);
        }
        analyses.push(pipeline.analyze(doc));
    }
    if options.format == Format::Brat {
        return write_brat(&analyses, options.out.as_deref(), files);
    }
    let outputs = render_many(options.format, &analyses);
    let bytes: Vec<u8> = outputs.into_iter().flat_map(|(_, b)| b).collect();
    write_out(options.out.as_deref(), &bytes)
}

/// Writes atomically to `out`, or to stdout.
fn write_out(out: Option<&Path>, bytes: &[u8]) -> Result<(), ExportError> {
    match out {
        Some(path) => write_atomic(path, bytes).map_err(|source| ExportError::Write {
            source,
            path: path.to_owned(),
        }),
        None => std::io::stdout()
            .write_all(bytes)
            .map_err(|source| ExportError::Write {
                source,
                path: PathBuf::from("<stdout>"),
            }),
    }
}

/// brat: `--out X.ann` writes `X.ann` and `X.txt` for one input; `--out DIR`
/// writes `DIR/<stem>.ann` and `.txt` for each input.
fn write_brat(
    analyses: &[Analysis],
    out: Option<&Path>,
    files: &[PathBuf],
) -> Result<(), ExportError> {
    let Some(out) = out else {
        return Err(ExportError::BratNeedsOut);
    };
    let targets: Vec<PathBuf> = if out.is_dir() {
        files
            .iter()
            .map(|f| {
                out.join(f.file_stem().unwrap_or(f.as_os_str()))
                    .with_extension("ann")
            })
            .collect()
    } else if analyses.len() == 1 {
        vec![out.with_extension("ann")]
    } else {
        return Err(ExportError::BratNeedsOut);
    };
    for (analysis, ann_path) in analyses.iter().zip(&targets) {
        let txt_path = ann_path.with_extension("txt");
        if files
            .iter()
            .any(|f| same_file(f, &txt_path) || same_file(f, ann_path))
        {
            return Err(ExportError::WouldOverwriteSource { path: txt_path });
        }
        for (suffix, bytes) in render(Format::Brat, analysis) {
            write_out(Some(&ann_path.with_extension(suffix)), &bytes)?;
        }
    }
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
