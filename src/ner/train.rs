//! Training: stage one with dev-chosen epochs, k-fold stage-one predictions
//! on the training set (so stage two learns from honest, not memorised,
//! stage-one tags), then stage two with dev-chosen epochs.

use std::time::Instant;

use super::conll::ConllDocument;
use super::decode::{decode_with_confidence, viterbi};
use super::features::{self, DocStats, DocTokens, SentFeats};
use super::lexicon::Lexicon;
use super::model::NerModel;
use super::perceptron::{FloatWeights, Scorer, Trainer};
use super::score::ChunkScores;
use super::weights::quantise;
use super::{NerError, NerTag, resources};
use super::{keys, tags};

/// Settings for training the tagger (`train_model`).
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Maximum epochs per stage (the dev set picks the best one, if given).
    pub epochs: usize,
    /// Seed for the sentence order.
    pub seed: u64,
    /// log2 of the number of hashed feature rows.
    pub bits: u32,
    /// Folds for the stage-one predictions stage two trains on (0 = one stage only).
    pub folds: usize,
    /// Name and version written into the model.
    pub name: String,
    /// Print progress to stderr.
    pub verbose: bool,
    /// Probability of hiding a token's word-identity features in a training
    /// step, so that context, shape, gazetteers and word classes learn to
    /// carry names the training set never showed.
    pub word_dropout: f32,
    /// Models trained with different seeds and averaged (weights of linear
    /// models average like their scores: an ensemble at no tagging cost).
    pub ensemble: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            seed: 7,
            bits: 21,
            folds: 5,
            name: "dossier-ner-conll2003".to_string(),
            verbose: false,
            word_dropout: 0.0,
            ensemble: 1,
        }
    }
}

/// What training found.
#[derive(Clone, Debug, Default)]
pub struct TrainReport {
    /// Epochs chosen for stage one.
    pub stage1_epochs: usize,
    /// Dev F1 of stage one (if a dev set was given).
    pub stage1_dev_f1: f64,
    /// Epochs chosen for stage two.
    pub stage2_epochs: usize,
    /// Dev F1 of stage two.
    pub stage2_dev_f1: f64,
    /// Wall-clock seconds.
    pub seconds: f64,
}

struct Prepared {
    docs: Vec<DocTokens>,
    gold: Vec<Vec<Vec<u8>>>,
}

fn prepare(docs: &[ConllDocument], lex: &Lexicon) -> Prepared {
    let mut out = Prepared {
        docs: Vec::new(),
        gold: Vec::new(),
    };
    for d in docs {
        out.docs.push(DocTokens::new(&d.token_refs(), lex));
        out.gold
            .push(d.sentences.iter().map(|s| tags::encode(&s.gold)).collect());
    }
    out
}

type DocFeats = Vec<Vec<SentFeats>>;

fn stage1_feats(p: &Prepared, bits: u32) -> DocFeats {
    p.docs
        .iter()
        .map(|d| {
            (0..d.sentences.len())
                .map(|s| {
                    let mut f = SentFeats::default();
                    features::stage1(d, s, bits, &mut f);
                    f
                })
                .collect()
        })
        .collect()
}

fn stage2_feats(p: &Prepared, base: &DocFeats, s1: &[Vec<Vec<u8>>], bits: u32) -> DocFeats {
    p.docs
        .iter()
        .zip(s1)
        .zip(base)
        .map(|((d, tags), base)| {
            let stats = DocStats::new(d, tags);
            (0..d.sentences.len())
                .map(|s| {
                    let mut f = SentFeats::default();
                    features::stage2(d, s, &base[s], tags, &stats, bits, &mut f);
                    f
                })
                .collect()
        })
        .collect()
}

fn predict<S: Scorer>(w: &S, feats: &[Vec<SentFeats>]) -> Vec<Vec<Vec<u8>>> {
    let mut em = Vec::new();
    feats
        .iter()
        .map(|doc| {
            doc.iter()
                .map(|f| {
                    w.emissions(f, &mut em);
                    let mut path = Vec::new();
                    viterbi(&em, w.transitions(), &mut path);
                    path
                })
                .collect()
        })
        .collect()
}

fn score(pred: &[Vec<Vec<u8>>], gold: &[Vec<Vec<u8>>]) -> ChunkScores {
    let mut r = ChunkScores::default();
    let conv = |v: &[u8]| -> Vec<NerTag> { v.iter().map(|&y| tags::decode(y)).collect() };
    for (pd, gd) in pred.iter().zip(gold) {
        for (p, g) in pd.iter().zip(gd) {
            r.add(&conv(g), &conv(p));
        }
    }
    r
}

/// SplitMix64, for a seeded, platform-independent shuffle.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        keys::mix(self.0, 0)
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Trains on `train` sentences; with `dev`, keeps the best epoch's averaged weights.
fn run_epochs(
    train: &[(&SentFeats, &[u8])],
    dev: Option<(&DocFeats, &[Vec<Vec<u8>>])>,
    opts: &TrainOptions,
    stage: &str,
) -> (FloatWeights, usize, f64) {
    let mut trainer = Trainer::new(opts.bits);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = Rng(opts.seed);
    let mut best: Option<(FloatWeights, usize, f64)> = None;
    for epoch in 1..=opts.epochs.max(1) {
        let t0 = Instant::now();
        rng.shuffle(&mut order);
        let mut wrong = 0usize;
        let mut dropped = SentFeats::default();
        for &k in &order {
            let (f, g) = train[k];
            let f = if opts.word_dropout > 0.0 {
                let threshold = (f64::from(opts.word_dropout) * u64::MAX as f64) as u64;
                features::drop_word_identity(f, &mut dropped, || rng.next() < threshold);
                &dropped
            } else {
                f
            };
            if !trainer.learn(f, g) {
                wrong += 1;
            }
        }
        let Some((dev_feats, dev_gold)) = dev else {
            continue;
        };
        let avg = trainer.averaged();
        let f1 = score(&predict(&avg, dev_feats), dev_gold)
            .overall
            .f1_percent();
        if opts.verbose {
            eprintln!(
                "{stage} epoch {epoch}: {wrong} training sentences wrong, dev F1 {f1:.2} ({:.1}s)",
                t0.elapsed().as_secs_f64()
            );
        }
        let improved = best.as_ref().is_none_or(|b| f1 > b.2);
        if improved {
            best = Some((avg, epoch, f1));
        } else if best.as_ref().is_some_and(|b| epoch >= b.1 + 3) {
            break;
        }
    }
    match best {
        Some(b) => b,
        None => (trainer.averaged(), opts.epochs.max(1), 0.0),
    }
}

/// [`run_epochs`] with `opts.ensemble` seeds, weights averaged.
fn run_ensemble(
    train: &[(&SentFeats, &[u8])],
    dev: Option<(&DocFeats, &[Vec<Vec<u8>>])>,
    opts: &TrainOptions,
    stage: &str,
) -> (FloatWeights, usize, f64) {
    let k = opts.ensemble.max(1);
    let mut sum: Option<FloatWeights> = None;
    let mut epochs = Vec::new();
    let mut f1 = 0.0;
    for j in 0..k {
        let o = TrainOptions {
            seed: opts.seed.wrapping_add(7919 * j as u64),
            ..opts.clone()
        };
        let (w, e, f) = run_epochs(train, dev, &o, stage);
        epochs.push(e);
        f1 = f;
        match sum.as_mut() {
            None => sum = Some(w),
            Some(acc) => {
                acc.w.iter_mut().zip(&w.w).for_each(|(a, b)| *a += b);
                acc.trans
                    .iter_mut()
                    .zip(&w.trans)
                    .for_each(|(a, b)| *a += b);
            }
        }
    }
    let mut avg = sum.unwrap_or_else(|| FloatWeights::zeros(opts.bits));
    let inv = 1.0 / k as f32;
    avg.w.iter_mut().for_each(|v| *v *= inv);
    avg.trans.iter_mut().for_each(|v| *v *= inv);
    epochs.sort_unstable();
    let epoch = epochs[epochs.len() / 2];
    if k > 1
        && let Some((dev_feats, dev_gold)) = dev
    {
        f1 = score(&predict(&avg, dev_feats), dev_gold)
            .overall
            .f1_percent();
        if opts.verbose {
            eprintln!("{stage}: ensemble of {k}, epochs {epochs:?}, dev F1 {f1:.2}");
        }
    }
    (avg, epoch, f1)
}

fn sentences<'a>(
    feats: &'a DocFeats,
    gold: &'a [Vec<Vec<u8>>],
    docs: &[usize],
) -> Vec<(&'a SentFeats, &'a [u8])> {
    docs.iter()
        .flat_map(|&d| {
            feats[d]
                .iter()
                .zip(&gold[d])
                .map(|(f, g)| (f, g.as_slice()))
        })
        .filter(|(f, _)| f.len() > 0)
        .collect()
}

/// Chooses the softmax temperature of the confidences by dev log-likelihood of the gold tags.
fn calibrate(w: &FloatWeights, feats: &DocFeats, gold: &[Vec<Vec<u8>>]) -> f32 {
    let mut em = Vec::new();
    let grid = [0.5f32, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0];
    let mut best = (f64::INFINITY, 4.0f32);
    for &t in &grid {
        let mut nll = 0f64;
        for (fd, gd) in feats.iter().zip(gold).take(60) {
            for (f, g) in fd.iter().zip(gd) {
                w.emissions(f, &mut em);
                for ((y, c), &gy) in decode_with_confidence(&em, w.transitions(), t)
                    .into_iter()
                    .zip(g)
                {
                    let p = if y == gy {
                        f64::from(c)
                    } else {
                        1.0 - f64::from(c)
                    };
                    nll -= p.clamp(1e-6, 1.0).ln();
                }
            }
        }
        if nll < best.0 {
            best = (nll, t);
        }
    }
    best.1
}

/// Training (`train_model`) with the bundled gazetteers and word classes, as
/// `dossier train-ner` trains.
pub fn train_bundled(
    train: &[ConllDocument],
    dev: Option<&[ConllDocument]>,
    opts: &TrainOptions,
) -> Result<(NerModel, TrainReport), NerError> {
    train_model(train, dev, resources::lexicon(), opts)
}

/// Trains a model on CoNLL documents; `dev` picks the epochs of each stage.
pub fn train_model(
    train: &[ConllDocument],
    dev: Option<&[ConllDocument]>,
    lex: Lexicon,
    opts: &TrainOptions,
) -> Result<(NerModel, TrainReport), NerError> {
    let t0 = Instant::now();
    if train.iter().all(|d| d.token_count() == 0) {
        return Err(NerError::Train {
            reason: "the training file has no tokens".to_string(),
        });
    }
    if !(12..=24).contains(&opts.bits) {
        return Err(NerError::Train {
            reason: "bits must be between 12 and 24".to_string(),
        });
    }
    let tr = prepare(train, &lex);
    let dv = dev.map(|d| prepare(d, &lex));
    let tr1 = stage1_feats(&tr, opts.bits);
    let dv1 = dv.as_ref().map(|d| stage1_feats(d, opts.bits));
    let all_docs: Vec<usize> = (0..tr.docs.len()).collect();
    let dev1 = dv
        .as_ref()
        .zip(dv1.as_ref())
        .map(|(d, f)| (f, d.gold.as_slice()));
    let (w1, e1, f1) = run_ensemble(&sentences(&tr1, &tr.gold, &all_docs), dev1, opts, "stage 1");
    let mut report = TrainReport {
        stage1_epochs: e1,
        stage1_dev_f1: f1,
        ..TrainReport::default()
    };
    let folds = if tr.docs.len() >= 2 {
        opts.folds.min(tr.docs.len())
    } else {
        0
    };
    let mut stage2 = None;
    let mut final_w = w1.clone();
    let mut final_dev: Option<DocFeats> = dv1.clone();
    if folds >= 2 {
        // Stage-one tags for each training document from a model that did not see it.
        let fold_opts = TrainOptions {
            epochs: e1,
            verbose: false,
            ..opts.clone()
        };
        let jack: Vec<(usize, Vec<Vec<Vec<u8>>>)> = std::thread::scope(|scope| {
            let workers = 2usize;
            let handles: Vec<_> = (0..workers)
                .map(|wk| {
                    let (tr1, tr, fold_opts) = (&tr1, &tr, &fold_opts);
                    scope.spawn(move || {
                        let mut out = Vec::new();
                        for k in (wk..folds).step_by(workers) {
                            let rest: Vec<usize> =
                                (0..tr.docs.len()).filter(|d| d % folds != k).collect();
                            let held: Vec<usize> =
                                (0..tr.docs.len()).filter(|d| d % folds == k).collect();
                            let (w, _, _) = run_ensemble(
                                &sentences(tr1, &tr.gold, &rest),
                                None,
                                fold_opts,
                                "fold",
                            );
                            let held_feats: Vec<Vec<SentFeats>> =
                                held.iter().map(|&d| tr1[d].clone()).collect();
                            out.push((k, predict(&w, &held_feats)));
                        }
                        out
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        });
        if jack.len() != folds {
            return Err(NerError::Train {
                reason: "a training fold failed".to_string(),
            });
        }
        let mut s1_train: Vec<Vec<Vec<u8>>> = vec![Vec::new(); tr.docs.len()];
        for (k, preds) in jack {
            let held = (0..tr.docs.len()).filter(|d| d % folds == k);
            for (d, p) in held.zip(preds) {
                s1_train[d] = p;
            }
        }
        if opts.verbose {
            let r = score(&s1_train, &tr.gold);
            eprintln!(
                "stage 1 held-out F1 on train folds: {:.2}",
                r.overall.f1_percent()
            );
        }
        let tr2 = stage2_feats(&tr, &tr1, &s1_train, opts.bits);
        let dv2 = dv
            .as_ref()
            .zip(dv1.as_ref())
            .map(|(d, f)| stage2_feats(d, f, &predict(&w1, f), opts.bits));
        let dev2 = dv
            .as_ref()
            .zip(dv2.as_ref())
            .map(|(d, f)| (f, d.gold.as_slice()));
        let (w2, e2, f2) =
            run_ensemble(&sentences(&tr2, &tr.gold, &all_docs), dev2, opts, "stage 2");
        report.stage2_epochs = e2;
        report.stage2_dev_f1 = f2;
        final_w = w2.clone();
        final_dev = dv2;
        stage2 = Some(w2);
    }
    let temperature = match (&final_dev, &dv) {
        (Some(f), Some(d)) => calibrate(&final_w, f, &d.gold),
        _ => 4.0,
    };
    let model = NerModel::new(
        opts.name.clone(),
        opts.bits,
        lex,
        quantise(&w1),
        stage2.as_ref().map(quantise),
        temperature,
    )?;
    report.seconds = t0.elapsed().as_secs_f64();
    Ok((model, report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::conll;
    use crate::ner::{NerLabel, NerTag};

    /// A tiny invented corpus: people join firms in towns.
    fn corpus() -> Vec<ConllDocument> {
        let people = [
            ("Mira", "Quensel"),
            ("Tobin", "Aldane"),
            ("Ysolde", "Brannick"),
            ("Kasimir", "Ölund"),
        ];
        let firms = ["Zorblat", "Quenta", "Varix", "Holloway"];
        let towns = ["Varnholm", "Esterby", "Lindqvist", "Marrow"];
        let mut text = String::new();
        for d in 0..4 {
            text.push_str("-DOCSTART- -X- -X- O\n\n");
            for k in 0..6 {
                let (first, last) = people[(d + k) % 4];
                let firm = firms[(d + 2 * k) % 4];
                let town = towns[(3 * d + k) % 4];
                for (w, t) in [
                    (first, "B-PER"),
                    (last, "I-PER"),
                    ("joined", "O"),
                    (firm, "B-ORG"),
                    ("Corp", "I-ORG"),
                    ("in", "O"),
                    (town, "B-LOC"),
                    (".", "O"),
                ] {
                    text.push_str(&format!("{w} X X {t}\n"));
                }
                text.push('\n');
            }
        }
        conll::parse(&text, true).expect("corpus parses")
    }

    #[test]
    fn trains_deterministically_and_tags_its_corpus() {
        let docs = corpus();
        let opts = TrainOptions {
            epochs: 4,
            bits: 16,
            folds: 2,
            word_dropout: 0.1,
            ..TrainOptions::default()
        };
        let (model, report) =
            train_model(&docs, Some(&docs), Lexicon::default(), &opts).expect("trains");
        assert!(report.stage2_dev_f1 > 99.0, "{report:?}");
        let (again, _) =
            train_model(&docs, Some(&docs), Lexicon::default(), &opts).expect("trains");
        assert_eq!(model.to_bytes(), again.to_bytes(), "same seed, same model");
        let loaded = NerModel::from_bytes(&model.to_bytes()).expect("round trip");
        let sent = vec![
            "Tobin", "Aldane", "joined", "Quenta", "Corp", "in", "Marrow", ".",
        ];
        let tags: Vec<NerTag> = loaded.tag_document(&[sent])[0]
            .iter()
            .map(|(t, _)| *t)
            .collect();
        assert_eq!(tags[0], NerTag::B(NerLabel::Per));
        assert_eq!(tags[1], NerTag::I(NerLabel::Per));
        assert_eq!(tags[3], NerTag::B(NerLabel::Org));
        assert_eq!(tags[6], NerTag::B(NerLabel::Loc));
        assert_eq!(tags[7], NerTag::O);
    }

    #[test]
    fn empty_training_file_is_an_error() {
        let err = train_model(&[], None, Lexicon::default(), &TrainOptions::default());
        assert!(err.is_err());
    }

    #[test]
    fn bad_model_bytes_are_an_error() {
        assert!(NerModel::from_bytes(b"not a model").is_err());
        assert!(NerModel::from_bytes(b"DOSNER\x02\n\x00\x01").is_err());
    }
}
