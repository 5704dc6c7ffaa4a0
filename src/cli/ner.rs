//! The tagger's commands: `train-ner`, `ner` (tag a CoNLL file) and
//! `eval-ner` (score it, conlleval-style, and report speed).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::Subcommand;

use super::CliError;
use crate::eval::Report as _;
use crate::eval::ner::evaluate;
use crate::ner::{NerError, NerModel, TrainOptions, conll, train_bundled};

/// The commands that train, run and score the NER tagger.
#[derive(Subcommand, Debug)]
pub enum NerCommand {
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
        /// Threads tagging documents side by side (default: one per core);
        /// the output is in input order whatever the number.
        #[arg(long)]
        jobs: Option<usize>,
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

impl NerCommand {
    /// Runs the command.
    pub fn run(self) -> Result<(), CliError> {
        match self {
            NerCommand::TrainNer {
                train,
                dev,
                out,
                epochs,
                seed,
                bits,
                folds,
                word_dropout,
                ensemble,
            } => {
                let opts = TrainOptions {
                    epochs,
                    seed,
                    bits,
                    folds,
                    word_dropout,
                    ensemble,
                    verbose: true,
                    ..Default::default()
                };
                train_to_file(&train, dev.as_deref(), &out, &opts)?;
            }
            NerCommand::Ner { conll, model, jobs } => tag_conll(&conll, model.as_deref(), jobs)?,
            NerCommand::EvalNer { file, model } => eval_conll(&file, model.as_deref())?,
        }
        Ok(())
    }
}

fn model_or_embedded(model: Option<&Path>) -> Result<NerModel, NerError> {
    match model {
        Some(p) => NerModel::load(p),
        None => NerModel::embedded(),
    }
}

/// `dossier train-ner`: trains on `train`, picks epochs on `dev`, writes the model to `out`.
pub fn train_to_file(
    train: &Path,
    dev: Option<&Path>,
    out: &Path,
    opts: &TrainOptions,
) -> Result<(), NerError> {
    let train_docs = conll::read_file(train, true)?;
    let dev_docs = dev.map(|d| conll::read_file(d, true)).transpose()?;
    let (model, report) = train_bundled(&train_docs, dev_docs.as_deref(), opts)?;
    let bytes = model.to_bytes();
    std::fs::write(out, &bytes).map_err(|e| NerError::io(e, out))?;
    eprintln!(
        "stage 1: {} epochs (dev F1 {:.2}); stage 2: {} epochs (dev F1 {:.2}); {:.1} MB written in {:.0}s to {}",
        report.stage1_epochs,
        report.stage1_dev_f1,
        report.stage2_epochs,
        report.stage2_dev_f1,
        bytes.len() as f64 / 1e6,
        report.seconds,
        out.display()
    );
    Ok(())
}

/// `dossier ner --conll FILE`: prints each input line followed by a space and
/// the predicted IOB2 tag, documents tagged on `jobs` threads (default: one per core).
pub fn tag_conll(file: &Path, model: Option<&Path>, jobs: Option<usize>) -> Result<(), NerError> {
    let model = model_or_embedded(model)?;
    // One thread tags on this one; a pool that cannot start does the same.
    let pool = match jobs {
        Some(1) => None,
        _ => rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.unwrap_or(0))
            .build()
            .ok(),
    };
    let text = std::fs::read_to_string(file).map_err(|e| NerError::io(e, file))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let io = |e| NerError::io(e, Path::new("<stdout>"));
    conll::tag_text(&model, &text, pool.as_ref(), |line, tag| {
        out.write_all(line.as_bytes())?;
        if let Some(tag) = tag {
            out.write_all(b" ")?;
            out.write_all(tag.iob2().as_bytes())?;
        }
        out.write_all(b"\n")
    })
    .map_err(io)?;
    out.flush().map_err(io)?;
    Ok(())
}

/// `dossier eval-ner FILE`: conlleval-style scores, overall and per type, and tokens per second.
pub fn eval_conll(file: &Path, model: Option<&Path>) -> Result<(), NerError> {
    let t0 = Instant::now();
    let model = model_or_embedded(model)?;
    let load = t0.elapsed().as_secs_f64();
    let docs = conll::read_file(file, true)?;
    let report = evaluate(&docs, &model);
    print!("{}", report.render(false));
    println!(
        "model {}: loaded in {:.0} ms; tagged {} tokens in {:.3}s = {:.0} tokens/s (one thread, features included)",
        model.name(),
        load * 1000.0,
        report.scores.tokens,
        report.seconds,
        report.scores.tokens as f64 / report.seconds.max(1e-9)
    );
    Ok(())
}
