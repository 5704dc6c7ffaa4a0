//! The dependency parser's commands: `train-parser` (train the tagger and
//! parser on a CoNLL-U treebank) and `eval-parser` (tag accuracy,
//! attachment scores, speed and load time).

use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::Subcommand;

use super::CliError;
use crate::syntax::{
    LABELS, Label, Parser, Scores, SyntaxError, TrainOptions, evaluate, read_conllu, train,
};

/// The commands that train and score the dependency parser.
#[derive(Subcommand, Debug)]
pub enum ParserCommand {
    /// Train the tagger and dependency parser on a CoNLL-U treebank
    /// (FORM, XPOS, HEAD, DEPREL; see scripts/silver-parse.py).
    TrainParser {
        /// Training treebank (CoNLL-U).
        train: PathBuf,
        /// Development treebank, scored after training.
        #[arg(long)]
        dev: Option<PathBuf>,
        /// Where to write the model.
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        opts: TrainOptions,
    },
    /// Score the tagger and parser on a CoNLL-U treebank and report speed.
    EvalParser {
        /// Gold (or silver) treebank, CoNLL-U.
        file: PathBuf,
        /// Model file (the bundled model when absent).
        #[arg(long)]
        model: Option<PathBuf>,
    },
}

impl ParserCommand {
    /// Runs the command.
    pub fn run(self) -> Result<(), CliError> {
        match self {
            ParserCommand::TrainParser {
                train: file,
                dev,
                out,
                opts,
            } => train_to_file(&file, dev.as_deref(), &out, &opts)?,
            ParserCommand::EvalParser { file, model } => eval_file(&file, model.as_deref())?,
        }
        Ok(())
    }
}

/// `dossier train-parser`: trains on `file`, writes the model to `out`, scores it on `dev`.
pub fn train_to_file(
    file: &Path,
    dev: Option<&Path>,
    out: &Path,
    opts: &TrainOptions,
) -> Result<(), SyntaxError> {
    let t0 = Instant::now();
    let sents = read_conllu(file)?;
    let dev = dev.map(read_conllu).transpose()?;
    let words: usize = sents.iter().map(|s| s.len()).sum();
    eprintln!(
        "{}: {} sentences, {words} words",
        file.display(),
        sents.len()
    );
    let parser = train(&sents, opts, &mut |line| {
        eprintln!("[{:.0}s] {line}", t0.elapsed().as_secs_f64())
    })?;
    parser.save(out)?;
    let size = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    let (tw, pw) = parser.weights();
    eprintln!(
        "{:.1} MB written to {} ({tw} tagger and {pw} parser weights) in {:.0}s",
        size as f64 / 1e6,
        out.display(),
        t0.elapsed().as_secs_f64()
    );
    if let Some(dev) = dev {
        print_scores("dev", &evaluate(&parser, &dev));
    }
    Ok(())
}

fn print_scores(what: &str, s: &Scores) {
    println!(
        "{what}: {} words; POS {:.2}%; UAS {:.2}% LAS {:.2}% (punctuation excluded); UAS {:.2}% LAS {:.2}% (included)",
        s.words,
        s.pos(),
        s.uas(false),
        s.las(false),
        s.uas(true),
        s.las(true)
    );
    let mut line = String::from("  label P/R/F1 with head (gold count):");
    for name in LABELS {
        if let Some(l) = Label::from_name(name) {
            let (p, r, f, g) = s.label_prf(l);
            if g > 0 {
                line.push_str(&format!(" {name} {p:.1}/{r:.1}/{f:.1} ({g});"));
            }
        }
    }
    println!("{line}");
}

/// `dossier eval-parser FILE`: tag accuracy, attachment scores, words per second, load time.
pub fn eval_file(file: &Path, model: Option<&Path>) -> Result<(), SyntaxError> {
    let t0 = Instant::now();
    let parser = match model {
        Some(p) => Parser::load(p)?,
        None => Parser::bundled()?.clone(),
    };
    let load = t0.elapsed().as_secs_f64();
    let sents = read_conllu(file)?;
    let t1 = Instant::now();
    let scores = evaluate(&parser, &sents);
    let secs = t1.elapsed().as_secs_f64();
    print_scores(&file.display().to_string(), &scores);
    println!(
        "model {}: loaded in {:.0} ms; tagged and parsed {} words in {:.2}s = {:.0} words/s (one thread)",
        parser.name(),
        load * 1000.0,
        scores.words,
        secs,
        scores.words as f64 / secs.max(1e-9)
    );
    println!("trees digest {:016x}", scores.digest);
    Ok(())
}
