//! Exports: annotated JSON v1 (the document format), JSON Lines, spaCy,
//! doccano, brat, W3C Web Annotation (`w3c`) and CSV — one list of formats
//! ([`FORMATS`]), one file per writer — and the write path the CLI and the
//! GUI share (targets, overwrite guard, atomic writes).

mod anchor;
mod atomic;
mod brat;
mod bytes;
mod corrections;
mod csv;
mod doccano;
mod format;
mod json_v1;
mod jsonl;
mod spacy;
mod w3c;
mod write;

pub use atomic::write_atomic;
pub use bytes::json_bytes;
pub use corrections::correction_json;
pub use format::{
    Beside, DEPRECATED_ALIASES, FORMATS, Format, FormatSpec, Writer, format_help, format_names,
    render, render_many,
};
pub use json_v1::{to_json_v1, to_json_v1_corrected};
pub use write::{
    ExportError, Output, outputs_at, per_document_targets, refuse_sources, write_outputs,
    write_stdout,
};
