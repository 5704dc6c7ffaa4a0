//! Many articles at once: opening a folder or a list of files and
//! analysing them on every core ([`batch`]); the same real-world entity
//! across articles ([`link`]).

pub mod batch;
pub mod link;
