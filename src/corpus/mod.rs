//! Many articles at once: opening a folder or a list of files and
//! analysing them on every core ([`batch`]).

pub mod batch;
