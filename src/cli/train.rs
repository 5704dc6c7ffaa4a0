//! `train-relations`: trains the learned relation step's model on gold
//! files, and with `--cv` reports the cross-validated relation scores of
//! the whole pipeline against the rules alone, choosing the threshold.

use std::path::PathBuf;

use clap::Subcommand;

use super::CliError;
use crate::eval::learn::{corpus_of, cv, load_docs};
use crate::model::RelationKind;
use crate::pipeline::Pipeline;
use crate::pipeline::relate::learned::{TrainOptions, train};

/// The thresholds `--cv` tries.
const GRID: &[f32] = &[
    0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9,
];

/// The commands that train the learned relation step.
#[derive(Subcommand, Debug)]
pub enum TrainCommand {
    /// Train the relation model on gold files (format: eval/meantime-dev/GUIDE.md).
    TrainRelations {
        /// Gold JSON files. Held-out sets (meantime-val, probe-wire, and a fresh set whose folder holds a `HELD-OUT` file) are skipped.
        #[arg(required = true)]
        gold: Vec<PathBuf>,
        /// Where to write the model (nothing written when absent).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Report cross-validated scores (each set left out; folds by
        /// document) and take the lowest threshold whose added relations
        /// were right often enough with each set left out
        /// (`--min-added-precision`).
        #[arg(long)]
        cv: bool,
        /// Folds by document for `--cv` (0: each set left out only).
        #[arg(long, default_value_t = 4)]
        folds: usize,
        /// With `--cv`: the share of its added relations the threshold
        /// must have had right, pooled over the sets left out.
        #[arg(long, default_value_t = 0.25)]
        min_added_precision: f32,
        /// Gold files to score a model trained on all of `gold` against,
        /// at every threshold (a fresh set; never a held-out one).
        #[arg(long, num_args = 1..)]
        test: Vec<PathBuf>,
        /// The model's threshold without `--cv` (with `--cv`, when no threshold
        /// reaches `--min-added-precision`, the model adds nothing).
        #[arg(long, default_value_t = 0.5)]
        threshold: f32,
        /// Passes over the examples.
        #[arg(long, default_value_t = 15)]
        epochs: usize,
        /// L2 penalty.
        #[arg(long, default_value_t = 1e-2)]
        l2: f32,
        /// With `--cv` or `--test`: print each learned relation of the test
        /// documents, in the gold or not, to stderr (never use on a held-out
        /// set).
        #[arg(long)]
        explain: bool,
        /// AdaGrad's base step.
        #[arg(long, default_value_t = 0.02)]
        rate: f32,
        /// With `--cv`: leave out each corpus (a gold file's name up to its
        /// first hyphen: MEANTIME's airbus, apple, gm, stock) instead of
        /// each set.
        #[arg(long)]
        by_corpus: bool,
        /// The relation kinds the model may give, comma-separated (default:
        /// every kind).
        #[arg(long, value_delimiter = ',', value_parser = kind_name)]
        kinds: Vec<RelationKind>,
        /// Train only on the pairs the rules left unrelated in their
        /// sentence (the only ones the model is asked about).
        #[arg(long)]
        unruled_only: bool,
    },
}

impl TrainCommand {
    /// Runs the command.
    pub fn run(self) -> Result<(), CliError> {
        let TrainCommand::TrainRelations {
            gold,
            out,
            cv,
            folds,
            min_added_precision,
            test,
            threshold,
            epochs,
            l2,
            rate,
            explain,
            by_corpus,
            kinds,
            unruled_only,
        } = self;
        let mut pipeline = Pipeline::new()?;
        let mut docs = load_docs(&mut pipeline, &gold)?;
        if by_corpus {
            for d in &mut docs {
                d.set = corpus_of(&d.path);
            }
        }
        let examples: Vec<_> = docs.iter().flat_map(|d| d.training()).collect();
        let positives = examples.iter().filter(|e| e.label.is_some()).count();
        println!(
            "{} documents, {} examples ({} positive)",
            docs.len(),
            examples.len(),
            positives
        );
        // What the model could add: the positives the rules left unrelated
        // in their sentence, by kind.
        let mut open: Vec<(&str, usize)> = Vec::new();
        for e in examples.iter().filter(|e| !e.ruled_here) {
            if let Some(l) = e.label {
                match open.iter_mut().find(|(k, _)| *k == l.kind.name()) {
                    Some((_, n)) => *n += 1,
                    None => open.push((l.kind.name(), 1)),
                }
            }
        }
        open.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let listed: Vec<String> = open.iter().map(|(k, n)| format!("{k} {n}")).collect();
        println!("positives the rules left unrelated: {}", listed.join(", "));
        let mut opts = TrainOptions {
            epochs,
            l2,
            rate,
            threshold,
            kinds,
            unruled_only,
            ..TrainOptions::default()
        };
        if cv {
            let splits = cv::cross_validate(
                &mut pipeline,
                &docs,
                folds,
                &cv::Settings {
                    opts: &opts,
                    grid: GRID,
                    explain,
                },
            );
            // No threshold whose added relations were right often enough: the model adds
            // nothing rather than what an untested threshold would let through.
            opts.threshold = cv::precision_threshold(&splits, min_added_precision)
                .unwrap_or_else(|| {
                    eprintln!(
                        "no threshold reached {min_added_precision:.2} added precision: the model will add no relation"
                    );
                    f32::INFINITY
                });
            print!("{}", cv::render(&splits, opts.threshold));
            for (t, right, wrong) in cv::added(&splits) {
                println!("  sets left out, t={t:.2}: added {right} right, {wrong} wrong");
            }
            println!("threshold {:.2}", opts.threshold);
        }
        if !test.is_empty() {
            let train_on: Vec<usize> = (0..docs.len()).collect();
            docs.extend(load_docs(&mut pipeline, &test)?);
            let tested: Vec<usize> = (train_on.len()..docs.len()).collect();
            let split = cv::run_split(
                &mut pipeline,
                &docs,
                "test on the --test files".to_owned(),
                (&train_on, &tested),
                &cv::Settings {
                    opts: &opts,
                    grid: GRID,
                    explain,
                },
            );
            print!("{}", cv::render(&[split], opts.threshold));
        }
        if let Some(out) = out {
            let model = train(&examples, &opts);
            std::fs::write(&out, model.to_bytes())?;
            println!("wrote {}", out.display());
        }
        Ok(())
    }
}

/// A relation kind by its name (`located_in`).
fn kind_name(name: &str) -> Result<RelationKind, String> {
    RelationKind::from_name(name).ok_or_else(|| format!("no relation kind {name}"))
}
