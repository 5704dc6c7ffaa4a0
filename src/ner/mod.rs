//! The statistical named-entity tagger (PER, ORG, LOC, MISC).
//!
//! A two-stage averaged perceptron over hashed features with first-order
//! Viterbi decoding (see `docs/TAGGER.md`). Stage one sees the sentence, the
//! document (how a word is written elsewhere in it), gazetteers and word
//! classes; stage two also sees what stage one predicted for the same words
//! elsewhere in the document (Ratinov & Roth 2009, "non-local features").

pub(crate) mod byte_order;
pub mod conll;
mod decode;
mod features;
pub(crate) mod keys;
pub(crate) mod lanes;
mod layout;
mod lexicon;
mod model;
mod perceptron;
mod resources;
mod score;
mod stage_two;
mod tags;
mod token;
mod train;
mod weights;
mod words;

use std::path::Path;

pub use conll::{ConllDocument, ConllSentence};
pub use model::NerModel;
pub use resources::{KindLists, kind_lists};
pub use score::{ChunkScores, chunks};
pub use train::{TrainOptions, TrainReport, train_bundled};

/// The four CoNLL entity labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NerLabel {
    /// Person.
    Per,
    /// Organisation.
    Org,
    /// Location.
    Loc,
    /// Miscellaneous names.
    Misc,
}

impl NerLabel {
    /// All labels in a fixed order (the order used inside the model).
    pub const ALL: [NerLabel; 4] = [NerLabel::Per, NerLabel::Org, NerLabel::Loc, NerLabel::Misc];

    /// The CoNLL name of the label (`PER`, `ORG`, `LOC`, `MISC`).
    pub fn name(self) -> &'static str {
        match self {
            NerLabel::Per => "PER",
            NerLabel::Org => "ORG",
            NerLabel::Loc => "LOC",
            NerLabel::Misc => "MISC",
        }
    }

    /// Parses a CoNLL label name.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "PER" => Some(NerLabel::Per),
            "ORG" => Some(NerLabel::Org),
            "LOC" => Some(NerLabel::Loc),
            "MISC" => Some(NerLabel::Misc),
            _ => None,
        }
    }

    fn index(self) -> usize {
        match self {
            NerLabel::Per => 0,
            NerLabel::Org => 1,
            NerLabel::Loc => 2,
            NerLabel::Misc => 3,
        }
    }
}

/// One IOB2 tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NerTag {
    /// Outside any entity.
    O,
    /// First token of an entity.
    B(NerLabel),
    /// Continuation of an entity.
    I(NerLabel),
}

impl NerTag {
    /// The label, if the tag is inside an entity.
    pub fn label(self) -> Option<NerLabel> {
        match self {
            NerTag::O => None,
            NerTag::B(l) | NerTag::I(l) => Some(l),
        }
    }

    /// The IOB2 string (`O`, `B-PER`, `I-ORG`, …).
    pub fn iob2(self) -> &'static str {
        use NerLabel::*;
        match self {
            NerTag::O => "O",
            NerTag::B(Per) => "B-PER",
            NerTag::B(Org) => "B-ORG",
            NerTag::B(Loc) => "B-LOC",
            NerTag::B(Misc) => "B-MISC",
            NerTag::I(Per) => "I-PER",
            NerTag::I(Org) => "I-ORG",
            NerTag::I(Loc) => "I-LOC",
            NerTag::I(Misc) => "I-MISC",
        }
    }
}

/// Errors loading, training or evaluating a model.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// The model file could not be read or decoded.
    #[error("cannot load NER model: {reason}")]
    Model {
        /// What went wrong.
        reason: String,
    },
    /// A file could not be read or written.
    #[error("cannot access {path}: {source}")]
    Io {
        /// The underlying error.
        source: std::io::Error,
        /// The file.
        path: std::path::PathBuf,
    },
    /// A CoNLL file is malformed.
    #[error("bad CoNLL line {line}: {reason} in {path}")]
    Conll {
        /// One-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
        /// The file.
        path: std::path::PathBuf,
    },
    /// Training could not proceed.
    #[error("cannot train: {reason}")]
    Train {
        /// What is wrong.
        reason: String,
    },
}

impl NerError {
    pub(crate) fn io(source: std::io::Error, path: &Path) -> Self {
        NerError::Io {
            source,
            path: path.to_path_buf(),
        }
    }
}
