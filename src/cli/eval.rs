//! The evaluation commands: `eval`, `eval-timex`, `eval-values`,
//! `eval-entities` and `eval-srl`, each scoring a corpus and printing its report.

use std::path::PathBuf;

use clap::Subcommand;

use super::CliError;
use crate::eval::{Report, coref, entities, gold, srl, timex, values};

/// The commands that score Dossier on a corpus.
#[derive(Subcommand, Debug)]
pub enum EvalCommand {
    /// Score the pipeline against gold files (see shared/eval/README.md).
    Eval {
        /// Gold JSON files; each names its article in `file`.
        #[arg(required = true)]
        gold: Vec<PathBuf>,
        /// Print every miss and false alarm.
        #[arg(long, short)]
        verbose: bool,
        /// A relation model from `dossier train-relations` to run the
        /// learned relation step with, instead of the bundled one.
        #[arg(long, value_name = "FILE")]
        relation_model: Option<PathBuf>,
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
        /// Also write each rebuilt article text to `DIR/<file>.txt` (the text the
        /// pipeline is run on), for analysing it with other tools.
        #[arg(long, value_name = "DIR")]
        texts_out: Option<PathBuf>,
    },
    /// Score the pipeline's relations against MEANTIME's semantic-role layer
    /// (events with Arg0/Arg1/… participants) on CAT XML files (see
    /// docs/RELATIONS-MEANTIME.md). The reserved held-out documents
    /// (eval/reserved.txt) are left out.
    EvalSrl {
        /// `.xml` files, or directories searched for them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print every gold relation (hit or miss) and every false alarm.
        #[arg(long, short)]
        verbose: bool,
        /// Also score the reserved held-out documents (for the final
        /// held-out measure only; never during development).
        #[arg(long)]
        include_reserved: bool,
    },
    /// Score cross-document entities (one real-world entity across
    /// articles) against MEANTIME's cross-document layer: MUC, B³, CEAF-e
    /// and CoNLL F1 for the corpus linker, beside an exact-name baseline.
    /// The reserved held-out documents (eval/reserved.txt) are left out.
    EvalCorpus {
        /// The MEANTIME release folder, its `intra_cross-doc_annotation`
        /// folder, topic folders or `.xml` files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print every split and wrong join, and every missed name.
        #[arg(long, short)]
        verbose: bool,
        /// Also score the reserved held-out documents (totals only; for
        /// the final measure, never during development).
        #[arg(long)]
        include_reserved: bool,
    },
}

impl EvalCommand {
    /// Scores the corpus and prints the report on stdout.
    pub fn run(self) -> Result<(), CliError> {
        let (report, verbose): (Box<dyn Report>, bool) = match self {
            EvalCommand::Eval {
                gold,
                verbose,
                relation_model,
            } => {
                let mut pipeline = crate::pipeline::Pipeline::new()?;
                if let Some(path) = relation_model {
                    let bytes = std::fs::read(path)?;
                    let model = crate::pipeline::relate::learned::RelationModel::from_bytes(&bytes)
                        .map_err(crate::pipeline::PipelineError::from)?;
                    pipeline.set_relation_model(Some(model));
                }
                (Box::new(gold::evaluate_with(&pipeline, &gold)?), verbose)
            }
            EvalCommand::EvalTimex { paths, verbose } => {
                (Box::new(timex::evaluate_files(&paths)?), verbose)
            }
            EvalCommand::EvalValues { paths, verbose } => {
                (Box::new(values::evaluate_files(&paths)?), verbose)
            }
            EvalCommand::EvalEntities {
                paths,
                verbose,
                texts_out,
            } => (
                Box::new(entities::evaluate_files(&paths, texts_out.as_deref())?),
                verbose,
            ),
            EvalCommand::EvalSrl {
                paths,
                verbose,
                include_reserved,
            } => (
                Box::new(srl::evaluate_files(&paths, include_reserved)?),
                verbose,
            ),
            EvalCommand::EvalCorpus {
                paths,
                verbose,
                include_reserved,
            } => (
                Box::new(coref::evaluate_files(&paths, include_reserved)?),
                verbose,
            ),
        };
        print!("{}", report.render(verbose));
        Ok(())
    }
}
