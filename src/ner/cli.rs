//! The `train-ner`, `ner` and `eval-ner` commands.

use std::io::Write as _;
use std::path::Path;
use std::time::Instant;

use super::conll::{self, ConllDocument};
use super::eval::EvalReport;
use super::train::{TrainOptions, train_model};
use super::{NerError, NerModel, NerTag, resources};

fn model_or_embedded(model: Option<&Path>) -> Result<NerModel, NerError> {
    match model {
        Some(p) => NerModel::load(p),
        None => NerModel::embedded(),
    }
}

/// `dossier train-ner`: trains on `train`, picks epochs on `dev`, writes the model to `out`.
pub fn train(
    train: &Path,
    dev: Option<&Path>,
    out: &Path,
    epochs: usize,
    seed: u64,
) -> Result<(), NerError> {
    let opts = TrainOptions {
        epochs,
        seed,
        verbose: true,
        ..TrainOptions::default()
    };
    train_with(train, dev, out, &opts)
}

/// [`train`] with every option.
pub fn train_with(
    train: &Path,
    dev: Option<&Path>,
    out: &Path,
    opts: &TrainOptions,
) -> Result<(), NerError> {
    let train_docs = conll::read_file(train, true)?;
    let dev_docs = dev.map(|d| conll::read_file(d, true)).transpose()?;
    let lex = resources::lexicon();
    let (model, report) = train_model(&train_docs, dev_docs.as_deref(), lex, opts)?;
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

/// Tags every document of a CoNLL file.
fn tag_docs(model: &NerModel, docs: &[ConllDocument]) -> Vec<Vec<Vec<(NerTag, f32)>>> {
    docs.iter()
        .map(|d| model.tag_document(&d.token_refs()))
        .collect()
}

/// `dossier ner --conll FILE`: prints each input line followed by a space and the predicted IOB2 tag.
pub fn tag_conll(file: &Path, model: Option<&Path>) -> Result<(), NerError> {
    let model = model_or_embedded(model)?;
    let text = std::fs::read_to_string(file).map_err(|e| NerError::io(e, file))?;
    let docs = conll::parse(&text, false).map_err(|(line, reason)| NerError::Conll {
        line,
        reason,
        path: file.to_path_buf(),
    })?;
    let tags = tag_docs(&model, &docs);
    let mut flat = tags.iter().flatten().flatten().map(|(t, _)| t.iob2());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let io = |e| NerError::io(e, Path::new("<stdout>"));
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with("-DOCSTART-") {
            writeln!(out, "{line}").map_err(io)?;
        } else {
            let tag = flat.next().unwrap_or_else(|| "O".to_string());
            writeln!(out, "{line} {tag}").map_err(io)?;
        }
    }
    out.flush().map_err(io)?;
    Ok(())
}

/// Scores a model on a CoNLL file (gold tags in the last column).
pub fn evaluate(docs: &[ConllDocument], model: &NerModel) -> (EvalReport, f64) {
    let t0 = Instant::now();
    let tags = tag_docs(model, docs);
    let secs = t0.elapsed().as_secs_f64();
    let mut report = EvalReport::default();
    for (d, dt) in docs.iter().zip(&tags) {
        for (s, st) in d.sentences.iter().zip(dt) {
            let pred: Vec<NerTag> = st.iter().map(|(t, _)| *t).collect();
            report.add(&s.gold, &pred);
        }
    }
    (report, secs)
}

/// `dossier eval-ner FILE`: conlleval-style scores, overall and per type, and tokens per second.
pub fn eval_conll(file: &Path, model: Option<&Path>) -> Result<(), NerError> {
    let t0 = Instant::now();
    let model = model_or_embedded(model)?;
    let load = t0.elapsed().as_secs_f64();
    let docs = conll::read_file(file, true)?;
    let (report, secs) = evaluate(&docs, &model);
    print!("{report}");
    println!(
        "model {}: loaded in {:.0} ms; tagged {} tokens in {:.3}s = {:.0} tokens/s (one thread, features included)",
        model.name(),
        load * 1000.0,
        report.tokens,
        secs,
        report.tokens as f64 / secs.max(1e-9)
    );
    Ok(())
}
