//! Command line: the GUI by default, headless subcommands for scripts.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

/// Dossier: who is in a news article, how they are linked, and how much money moves.
#[derive(Parser, Debug)]
#[command(name = "dossier", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Articles to open in the workbench (the bundled sample when none).
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
        /// Output format: json, jsonl, spacy, doccano, brat (needs --out FILE.ann,
        /// or a folder for several inputs; the .txt goes beside the .ann),
        /// webanno (W3C Web Annotation JSON-LD) or csv.
        #[arg(long, default_value = "json")]
        format: String,
        /// Publication date (YYYY-MM-DD) for anchoring relative dates.
        #[arg(long)]
        published: Option<String>,
    },
    /// Score the pipeline against gold files (see shared/eval/README.md).
    Eval {
        /// Gold JSON files; each names its article in `file`.
        #[arg(required = true)]
        gold: Vec<PathBuf>,
        /// Print every miss and false alarm.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Score the DATE rules and normalisation on TempEval-3 TimeML files.
    EvalTimex {
        /// `.tml` files, or directories searched for them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print every miss, false alarm and wrong value.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Score the MONEY and PERCENT rules on MEANTIME CAT XML files.
    EvalValues {
        /// `.xml` files, or directories searched for them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print every miss and false alarm.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Score the pipeline's person, organisation and place names on MEANTIME
    /// CAT XML files (see docs/ENTITIES-MEANTIME.md).
    EvalEntities {
        /// `.xml` files, or directories searched for them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print every miss, false alarm, boundary and type difference.
        #[arg(long, short)]
        verbose: bool,
        /// Also write each rebuilt article text to DIR/<file>.txt (the text the
        /// pipeline is run on), for analysing it with other tools.
        #[arg(long, value_name = "DIR")]
        texts_out: Option<PathBuf>,
    },
    /// Train the NER tagger on CoNLL-2003 style data.
    TrainNer {
        /// Training file (CoNLL format).
        #[arg(long)]
        train: PathBuf,
        /// Development file, for choosing the number of epochs.
        #[arg(long)]
        dev: Option<PathBuf>,
        /// Where to write the model.
        #[arg(long)]
        out: PathBuf,
        /// Maximum number of epochs.
        #[arg(long, default_value_t = 12)]
        epochs: usize,
        /// Random seed for shuffling.
        #[arg(long, default_value_t = 7)]
        seed: u64,
        /// log2 of the number of hashed feature rows.
        #[arg(long, default_value_t = 21)]
        bits: u32,
        /// Folds for stage-one predictions on the training set (0: one stage only).
        #[arg(long, default_value_t = 5)]
        folds: usize,
        /// Probability of hiding a token's word features in a training step.
        #[arg(long, default_value_t = 0.0)]
        word_dropout: f32,
        /// Models trained with different seeds and averaged into one.
        #[arg(long, default_value_t = 1)]
        ensemble: usize,
    },
    /// Tag a CoNLL file: each input line followed by the predicted IOB2 tag.
    Ner {
        /// CoNLL file to tag.
        #[arg(long)]
        conll: PathBuf,
        /// Model file (the bundled model when absent).
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Score the tagger on a CoNLL file (conlleval-style) and report speed.
    EvalNer {
        /// CoNLL file with gold tags in the last column.
        file: PathBuf,
        /// Model file (the bundled model when absent).
        #[arg(long)]
        model: Option<PathBuf>,
    },
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
            let format = dossier::export::Format::from_name(&format).with_context(|| {
                format!(
                    "unknown format {format:?} (json, jsonl, spacy, doccano, brat, webanno, csv)"
                )
            })?;
            let options = dossier::export::AnalyzeOptions {
                format,
                published,
                out,
            };
            dossier::export::analyze_files(&files, &options)?;
            Ok(())
        }
        Some(Command::Eval { gold, verbose }) => {
            let report = dossier::eval::evaluate_files(&gold)?;
            print!("{}", report.render(verbose));
            Ok(())
        }
        Some(Command::EvalTimex { paths, verbose }) => {
            let report = dossier::eval_timex::evaluate_files(&paths)?;
            print!("{}", report.render(verbose));
            Ok(())
        }
        Some(Command::EvalValues { paths, verbose }) => {
            let report = dossier::eval_values::evaluate_files(&paths)?;
            print!("{}", report.render(verbose));
            Ok(())
        }
        Some(Command::EvalEntities {
            paths,
            verbose,
            texts_out,
        }) => {
            let report = dossier::eval_entities::evaluate_files(&paths, texts_out.as_deref())?;
            print!("{}", report.render(verbose));
            Ok(())
        }
        Some(Command::TrainNer {
            train,
            dev,
            out,
            epochs,
            seed,
            bits,
            folds,
            word_dropout,
            ensemble,
        }) => {
            let opts = dossier::ner::TrainOptions {
                epochs,
                seed,
                bits,
                folds,
                word_dropout,
                ensemble,
                verbose: true,
                ..Default::default()
            };
            dossier::ner::cli::train_with(&train, dev.as_deref(), &out, &opts)?;
            Ok(())
        }
        Some(Command::Ner { conll, model }) => {
            dossier::ner::cli::tag_conll(&conll, model.as_deref())?;
            Ok(())
        }
        Some(Command::EvalNer { file, model }) => {
            dossier::ner::cli::eval_conll(&file, model.as_deref())?;
            Ok(())
        }
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
