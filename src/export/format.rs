//! The one list of export formats: name, extension, description, whether it
//! needs a folder, and writer. The CLI's `--format` help and errors and the
//! GUI's Export-as menu are generated from it.

use super::{brat, csv, doccano, json_v1, jsonl, spacy, w3c};
use crate::model::Analysis;

/// Output formats of `dossier analyze` and of the GUI's File ▸ Export as.
/// Each has one row in [`FORMATS`], in this order.
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
    /// W3C Web Annotation JSON-LD (`w3c`; formerly `webanno`): an `AnnotationPage` per document.
    W3c,
    /// CSV: entities, relations and money in one long table with a `table` column.
    Csv,
}

/// Renders documents into the bytes of one file.
pub type Writer = fn(&[Analysis]) -> Vec<u8>;

/// A file written beside the main one, per document: its extension and writer.
pub type Beside = (&'static str, fn(&Analysis) -> Vec<u8>);

/// One export format: everything the CLI, the GUI and the writers need to know.
#[derive(Clone, Copy, Debug)]
pub struct FormatSpec {
    /// The format.
    pub format: Format,
    /// The `--format` value.
    pub name: &'static str,
    /// File suffix of the main output (for brat, the `.ann`).
    pub extension: &'static str,
    /// A menu label.
    pub label: &'static str,
    /// What `--format` help says after the name, when it needs saying.
    pub note: Option<&'static str>,
    /// True when each document is its own file (brat): several documents
    /// need a folder, and the output cannot go to stdout.
    pub needs_folder: bool,
    /// Writes the main file for one or several documents.
    pub write: Writer,
    /// A file written beside the main one, per document: its extension and writer.
    pub beside: Option<Beside>,
}

/// Every format, in menu order.
pub const FORMATS: [FormatSpec; 7] = [
    FormatSpec {
        format: Format::Json,
        name: "json",
        extension: "json",
        label: "Annotated JSON",
        note: None,
        needs_folder: false,
        write: json_v1::write,
        beside: None,
    },
    FormatSpec {
        format: Format::Jsonl,
        name: "jsonl",
        extension: "jsonl",
        label: "Annotated JSON Lines",
        note: None,
        needs_folder: false,
        write: jsonl::write,
        beside: None,
    },
    FormatSpec {
        format: Format::Spacy,
        name: "spacy",
        extension: "spacy.json",
        label: "spaCy JSON",
        note: None,
        needs_folder: false,
        write: spacy::write,
        beside: None,
    },
    FormatSpec {
        format: Format::Doccano,
        name: "doccano",
        extension: "doccano.jsonl",
        label: "doccano JSONL",
        note: None,
        needs_folder: false,
        write: doccano::write,
        beside: None,
    },
    FormatSpec {
        format: Format::Brat,
        name: "brat",
        extension: "ann",
        label: "brat standoff (.ann + .txt)",
        note: Some(
            "needs --out FILE.ann, or a folder for several inputs; the .txt goes beside the .ann",
        ),
        needs_folder: true,
        write: brat::write,
        beside: Some(("txt", brat::text)),
    },
    FormatSpec {
        format: Format::W3c,
        name: "w3c",
        extension: "jsonld",
        label: "W3C Web Annotation (JSON-LD)",
        note: Some(
            "W3C Web Annotation JSON-LD; `webanno` is a deprecated alias, removed in the next release",
        ),
        needs_folder: false,
        write: w3c::write,
        beside: None,
    },
    FormatSpec {
        format: Format::Csv,
        name: "csv",
        extension: "csv",
        label: "CSV table",
        note: None,
        needs_folder: false,
        write: csv::write,
        beside: None,
    },
];

/// Old `--format` names still accepted for one release, with the format
/// each now names: `webanno` is also the name of another annotation tool
/// with its own TSV format, so the W3C export is `w3c`.
pub const DEPRECATED_ALIASES: [(&str, Format); 1] = [("webanno", Format::W3c)];

// Row `i` of the table is the format whose discriminant is `i`: `spec` indexes by it.
const _: () = {
    let mut i = 0;
    while i < FORMATS.len() {
        assert!(FORMATS[i].format as usize == i, "FORMATS is out of order");
        i += 1;
    }
};

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Format; 7] = {
        let mut all = [Format::Json; 7];
        let mut i = 0;
        while i < FORMATS.len() {
            all[i] = FORMATS[i].format;
            i += 1;
        }
        all
    };

    /// Its row in [`FORMATS`].
    pub const fn spec(self) -> &'static FormatSpec {
        &FORMATS[self as usize]
    }

    /// Parses a `--format` value, or one of the [`DEPRECATED_ALIASES`].
    pub fn from_name(name: &str) -> Option<Self> {
        FORMATS
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.format)
            .or_else(|| {
                DEPRECATED_ALIASES
                    .iter()
                    .find(|(alias, _)| *alias == name)
                    .map(|&(_, format)| format)
            })
    }

    /// The `--format` value.
    pub const fn name(self) -> &'static str {
        self.spec().name
    }

    /// A menu label.
    pub const fn label(self) -> &'static str {
        self.spec().label
    }

    /// File suffix of the main output (for brat, the `.ann`; the `.txt` goes beside it).
    pub const fn suffix(self) -> &'static str {
        self.spec().extension
    }
}

/// Every `--format` value, comma-separated, for error messages.
pub fn format_names() -> String {
    let names: Vec<&str> = FORMATS.iter().map(|f| f.name).collect();
    names.join(", ")
}

/// The help of `--format`: every name with its note, the last after "or"
/// (no final full stop: clap drops it from one-line help).
pub fn format_help() -> String {
    let items: Vec<String> = FORMATS
        .iter()
        .map(|f| match f.note {
            Some(note) => format!("{} ({note})", f.name),
            None => f.name.to_owned(),
        })
        .collect();
    match items.split_last() {
        Some((last, [])) => format!("Output format: {last}"),
        Some((last, rest)) => format!("Output format: {} or {last}", rest.join(", ")),
        None => "Output format".to_owned(),
    }
}

/// Renders one analysis in a format: `(file suffix, bytes)` for each file it
/// makes — one, except brat (`ann` and `txt`).
pub fn render(format: Format, analysis: &Analysis) -> Vec<(String, Vec<u8>)> {
    render_many(format, std::slice::from_ref(analysis))
}

/// Renders several analyses into one output per suffix: a JSON array for
/// json/spaCy/Web Annotation when there are several, lines for jsonl/doccano,
/// one header for CSV; a format whose documents are files of their own
/// (brat) renders the first only.
pub fn render_many(format: Format, analyses: &[Analysis]) -> Vec<(String, Vec<u8>)> {
    let spec = format.spec();
    if spec.needs_folder && analyses.is_empty() {
        return Vec::new();
    }
    let mut files = vec![(spec.extension.to_owned(), (spec.write)(analyses))];
    if let (Some((extension, write)), Some(first)) = (spec.beside, analyses.first()) {
        files.push((extension.to_owned(), write(first)));
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_and_names_come_from_the_list() {
        assert_eq!(
            format_names(),
            "json, jsonl, spacy, doccano, brat, w3c, csv"
        );
        assert_eq!(
            format_help(),
            "Output format: json, jsonl, spacy, doccano, brat (needs --out FILE.ann, \
             or a folder for several inputs; the .txt goes beside the .ann), \
             w3c (W3C Web Annotation JSON-LD; `webanno` is a deprecated alias, removed in \
             the next release) or csv"
        );
        for f in Format::ALL {
            assert_eq!(f.spec().format, f);
            assert_eq!(Format::from_name(f.name()), Some(f));
        }
        assert_eq!(Format::from_name("webanno"), Some(Format::W3c));
        assert_eq!(Format::from_name("w3c"), Some(Format::W3c));
    }
}
