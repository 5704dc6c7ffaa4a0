//! Syntactic analysis: a part-of-speech tagger and a greedy
//! transition-based dependency parser, both averaged perceptrons over
//! hashed features, trained on a silver treebank (see `dossier
//! train-parser` and `scripts/silver-parse.py`).
//!
//! The parser is arc-eager with the root at the end of the buffer
//! (`transition`), trained with a dynamic oracle and Zhang & Nivre's
//! (2011) feature templates (`features`); it builds projective trees with
//! one root, labelled with a coarse set of English dependency labels
//! (`labels::LABELS`).
//!
//! ```no_run
//! use dossier::syntax::Parser;
//! let parser = Parser::bundled().expect("the bundled model loads");
//! let parse = parser.parse(&["Talvo", "Works", "hired", "two", "engineers", "."]);
//! let root = parse.root();
//! ```

mod blob;
mod conllu;
mod features;
mod labels;
mod model;
mod moves;
mod perceptron;
mod sums;
mod tag_features;
mod tagger;
mod train;
mod transition;
mod words;

// The blob writer's byte-order helper, shared with the NER tables; `build.rs`
// includes both files with the helper beside them.
use crate::ner::byte_order;
use std::path::PathBuf;

pub use conllu::{TreeSentence, parse_conllu, read_conllu};
pub use labels::{
    LABELS, Label, TAGS, is_common_noun_tag, is_finite_verb_tag, is_plural_noun_tag,
    is_proper_noun_tag, is_punct_tag, is_verb_tag,
};
pub use model::{Parser, Tagged};
pub use train::{Scores, TrainOptions, evaluate, train};

/// One word of a [`Parse`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParsedWord {
    /// Penn Treebank tag (one of [`TAGS`]).
    pub tag: &'static str,
    /// Index of the head word; `None` for the sentence's root.
    pub head: Option<usize>,
    /// Relation to the head ([`Label::ROOT`] for the root).
    pub label: Label,
}

/// A parsed sentence: one entry per input word, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parse {
    /// The words' tags, heads and labels.
    pub words: Vec<ParsedWord>,
}

impl Parse {
    /// Index of the root word (`None` for an empty sentence).
    pub fn root(&self) -> Option<usize> {
        self.words.iter().position(|w| w.head.is_none())
    }

    /// Indices of the dependents of word `head`, left to right.
    pub fn children(&self, head: usize) -> impl Iterator<Item = usize> + '_ {
        self.words
            .iter()
            .enumerate()
            .filter(move |(_, w)| w.head == Some(head))
            .map(|(i, _)| i)
    }

    /// The first dependent of `head` with label `label`.
    pub fn child(&self, head: usize, label: &str) -> Option<usize> {
        self.children(head)
            .find(|&i| self.words[i].label.name() == label)
    }
}

/// Errors loading, training or evaluating a parser.
#[derive(Debug, thiserror::Error)]
pub enum SyntaxError {
    /// The model file could not be decoded.
    #[error("cannot load parser model: {reason}")]
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
        path: PathBuf,
    },
    /// A CoNLL-U file is malformed.
    #[error("bad CoNLL-U line {line}: {reason} in {path}")]
    Conllu {
        /// One-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
        /// The file.
        path: PathBuf,
    },
    /// Training could not proceed.
    #[error("cannot train the parser: {reason}")]
    Train {
        /// What is wrong.
        reason: String,
    },
}

#[cfg(test)]
mod tests;
