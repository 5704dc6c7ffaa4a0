//! Many articles and what connects them: opening a folder or a list of
//! files and analysing them on every core ([`batch`]); the same real-world
//! entity across articles ([`link`]), the analyst's corrections to that
//! ([`edits`]), and the Corpus JSON file ([`json`]); the link graph across
//! articles ([`graph`]) and where articles disagree on a deal's figures
//! ([`conflicts`]).

pub mod batch;
pub mod conflicts;
pub mod edits;
mod governments;
pub mod graph;
pub mod json;
pub mod link;
mod member;
mod rules;
pub mod timeline;

#[cfg(test)]
mod tests;
