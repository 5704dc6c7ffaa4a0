//! The tagging candidate: a mention before resolution, shared by tagging,
//! kind repair and resolution.

use crate::model::Mention;

/// A candidate mention before the overlap policy runs.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// The mention.
    pub mention: Mention,
    /// Head noun for nominal references.
    pub head: Option<String>,
}
