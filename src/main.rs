//! Command line: the GUI by default, headless subcommands for scripts.
//! Parses the arguments and dispatches; each command lives in `dossier::cli`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use dossier::cli::analyze;
use dossier::cli::bench::BenchCommand;
use dossier::cli::eval::EvalCommand;
use dossier::cli::ner::NerCommand;
use dossier::cli::parser::ParserCommand;
use dossier::cli::train::TrainCommand;
use dossier::pipeline::relate::deps::Mode;

/// The allocator of the executable: see `mimalloc` in Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Dossier: who is in a news article, how they are linked, and how much money moves.
#[derive(Parser, Debug)]
#[command(name = "dossier", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Articles or folders to open in the workbench (the bundled sample when
    /// none); a folder opens every article file under it.
    files: Vec<PathBuf>,
    /// Let the bundled relation model add relations the rules did not give
    /// (provenance `model`, its probability as confidence). Off by default:
    /// on held-out real news it has not yet raised relation F1.
    #[arg(long, global = true)]
    learned_relations: bool,
    /// The dependency-read relation step (frames read off a parse of each
    /// sentence, after the rules): `on` (the default), `off`, `trace`
    /// (list on standard error each relation it adds, with its frame) or
    /// `tree` (the parses too).
    #[arg(long, global = true, value_enum, default_value_t = Mode::On)]
    dependency_relations: Mode,
}

/// The end of `dossier analyze --help`.
const ANALYZE_AFTER: &str = "\
Several articles: jsonl and doccano write a line each, csv one header and every article's rows, \
json, spacy and w3c one JSON array (one object when a single file is named), brat a .ann and .txt \
per article in the --out folder. A bad article is one error line on stderr; the others are written.

Exit status: 0 every article analysed; 3 the batch finished but some articles failed; \
1 the command could not run (bad option, unwritable output); 2 a usage error.";

#[derive(Subcommand, Debug)]
enum Command {
    /// Analyse articles headless and write annotated JSON: one file, or a
    /// batch on every core, written in input order as it goes.
    #[command(after_help = ANALYZE_AFTER)]
    Analyze {
        /// Articles, folders (every article file under them), glob patterns
        /// (quoted: `'corpus/**/*.txt'`) and `-` for JSON Lines on stdin,
        /// one {"text", "source", "published"} object a line.
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
        /// Analysing threads (every core when absent).
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
        /// No progress bar and no summary; errors are still printed.
        #[arg(long, short = 'q')]
        quiet: bool,
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
    Parser(ParserCommand),
    #[command(flatten)]
    Train(TrainCommand),
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    if cli.learned_relations {
        dossier::pipeline::relate::learned::set_bundled_enabled(true);
    }
    dossier::pipeline::relate::deps::set_mode(cli.dependency_relations);
    match cli.command {
        None => run_gui(cli.files),
        Some(Command::Analyze {
            files,
            out,
            format,
            published,
            jobs,
            quiet,
        }) => {
            let options = analyze::AnalyzeOptions {
                format: analyze::parse_format(&format)?,
                published,
                out,
                jobs,
                quiet,
            };
            let tally = analyze::run(&files, &options)?;
            if tally.failed > 0 {
                std::process::exit(analyze::EXIT_SOME_FAILED);
            }
            Ok(())
        }
        Some(Command::Corpus { paths, out }) => {
            Ok(dossier::cli::corpus::run(&paths, out.as_deref())?)
        }
        Some(Command::Bench { command }) => Ok(command.run()?),
        Some(Command::Eval(command)) => Ok(command.run()?),
        Some(Command::Ner(command)) => Ok(command.run()?),
        Some(Command::Parser(command)) => Ok(command.run()?),
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
