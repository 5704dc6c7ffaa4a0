//! Command line: the GUI by default, headless subcommands for scripts.
//! Parses the arguments and dispatches; each command lives in `dossier::cli`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use dossier::cli::bench::BenchCommand;
use dossier::cli::eval::EvalCommand;
use dossier::cli::ner::NerCommand;
use dossier::cli::train::TrainCommand;

/// Dossier: who is in a news article, how they are linked, and how much money moves.
#[derive(Parser, Debug)]
#[command(name = "dossier", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Articles or folders to open in the workbench (the bundled sample when
    /// none); a folder opens every article file under it.
    files: Vec<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Analyse articles headless and write annotated JSON.
    Analyze {
        /// Articles to analyse.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output file (stdout when absent). Written atomically.
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, default_value = "json", help = dossier::export::format_help())]
        format: String,
        /// Publication date (YYYY-MM-DD) for anchoring relative dates.
        #[arg(long)]
        published: Option<String>,
    },
    /// Analyse every article under the paths on every core and join them
    /// into corpus entities: Corpus JSON (dossier.corpus/1).
    Corpus {
        /// Folders and files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output file (stdout when absent). Written atomically.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Measure: how fast a folder opens on every core, or write an invented corpus.
    Bench {
        #[command(subcommand)]
        command: BenchCommand,
    },
    #[command(flatten)]
    Eval(EvalCommand),
    #[command(flatten)]
    Ner(NerCommand),
    #[command(flatten)]
    Train(TrainCommand),
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        None => run_gui(cli.files),
        Some(Command::Analyze {
            files,
            out,
            format,
            published,
        }) => {
            let options = dossier::cli::analyze::AnalyzeOptions {
                format: dossier::cli::analyze::parse_format(&format)?,
                published,
                out,
            };
            dossier::cli::analyze::run(&files, &options)?;
            Ok(())
        }
        Some(Command::Corpus { paths, out }) => {
            Ok(dossier::cli::corpus::run(&paths, out.as_deref())?)
        }
        Some(Command::Bench { command }) => Ok(command.run()?),
        Some(Command::Eval(command)) => Ok(command.run()?),
        Some(Command::Ner(command)) => Ok(command.run()?),
        Some(Command::Train(command)) => Ok(command.run()?),
    }
}

#[cfg(feature = "gui")]
fn run_gui(files: Vec<PathBuf>) -> anyhow::Result<()> {
    dossier::app::run(files).map_err(|e| anyhow::anyhow!("cannot start the window: {e}"))
}

#[cfg(not(feature = "gui"))]
fn run_gui(_files: Vec<PathBuf>) -> anyhow::Result<()> {
    anyhow::bail!(
        "this build has no GUI (built without the `gui` feature); try `dossier analyze FILE`"
    )
}
