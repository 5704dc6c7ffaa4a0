//! The headless commands: their arguments (clap) and what they run. `main`
//! parses the command line and hands each command to its family here.

pub mod analyze;
pub mod bench;
pub mod bench_report;
pub mod corpus;
mod error;
pub mod eval;
pub mod inputs;
pub mod ner;
mod ordered;
pub mod parser;
pub mod report;
pub mod sink;
mod synthetic;
pub mod train;

pub use error::CliError;
