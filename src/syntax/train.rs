//! Training the tagger and the parser on a treebank, and scoring a model
//! against one (tag accuracy, unlabelled and labelled attachment).
//!
//! Deterministic: the sentence orders and the exploration come from a
//! fixed-seed generator, so the same treebank and options give the same
//! model file byte for byte.

use super::conllu::TreeSentence;
use super::features::{WordKeys, parser_features};
use super::labels::{Label, NL, is_punct_tag, tag_index};
use super::model::Parser;
use super::perceptron::Trainer;
use super::tagger::{self, argmax_f32};
use super::transition::{NM, State, gold_heads};
use super::{Parse, SyntaxError};
use crate::ner::keys::{hash_str, mix};
use crate::rng::Rng;

/// Settings of [`train`]; `dossier train-parser` takes them as flags.
#[derive(Clone, Debug, clap::Args)]
pub struct TrainOptions {
    /// Passes of the tagger over the treebank.
    #[arg(long, default_value_t = 10)]
    pub tagger_epochs: usize,
    /// Passes of the parser.
    #[arg(long, default_value_t = 15)]
    pub parser_epochs: usize,
    /// log2 of the tagger's hashed feature rows: its table has
    /// `2^tagger_bits` buckets.
    #[arg(long, default_value_t = 19)]
    pub tagger_bits: u32,
    /// log2 of the parser's hashed feature rows.
    #[arg(long, default_value_t = 20)]
    pub parser_bits: u32,
    /// Folds for the parser's training tags (each fold tagged by a tagger
    /// trained on the others, so the parser learns from tags as they will
    /// be); 1: the gold tags.
    #[arg(long, default_value_t = 4)]
    pub jackknife: usize,
    /// From the second epoch on, how often the parser follows its own
    /// (possibly wrong) move rather than the oracle's.
    #[arg(skip = 0.9)]
    pub explore: f32,
    /// Stored weights below this magnitude (of 32000 for the largest) are dropped.
    #[arg(long, default_value_t = 1)]
    pub min_weight: i16,
    /// Seed of the sentence orders and the exploration.
    #[arg(long, default_value_t = 0x00D0_551E)]
    pub seed: u64,
    /// The model's name.
    #[arg(skip = String::from("dossier-parser-en"))]
    pub name: String,
}

impl Default for TrainOptions {
    /// The flags' defaults, so that the library and the command never differ.
    fn default() -> Self {
        #[derive(clap::Parser)]
        struct Defaults {
            #[command(flatten)]
            opts: TrainOptions,
        }
        <Defaults as clap::Parser>::try_parse_from(["defaults"])
            .expect("the defaults need no flag")
            .opts
    }
}

/// A sentence ready for training: keys, gold tags, heads, labels.
struct Prepared {
    keys: Vec<WordKeys>,
    tags: Vec<u8>,
    heads: Vec<usize>,
    labels: Vec<Label>,
}

/// Trains a tagger and a parser. `log` receives a line per stage.
pub fn train(
    sents: &[TreeSentence],
    opts: &TrainOptions,
    log: &mut dyn FnMut(String),
) -> Result<Parser, SyntaxError> {
    if sents.is_empty() {
        return Err(SyntaxError::Train {
            reason: "no sentences".into(),
        });
    }
    let mut rng = Rng(opts.seed | 1);
    let prepared: Vec<Prepared> = sents
        .iter()
        .map(|s| Prepared {
            keys: s.words.iter().map(|w| WordKeys::new(w)).collect(),
            tags: s.tags.iter().map(|t| tag_index(t)).collect(),
            heads: gold_heads(&s.heads),
            labels: s.labels.clone(),
        })
        .collect();
    let orders = |rng: &mut Rng, ids: &[usize], epochs: usize| -> Vec<Vec<usize>> {
        (0..epochs)
            .map(|_| {
                let mut o = ids.to_vec();
                rng.shuffle(&mut o);
                o
            })
            .collect()
    };
    let all: Vec<usize> = (0..sents.len()).collect();
    let pairs: Vec<(&[WordKeys], &[u8])> = prepared
        .iter()
        .map(|p| (&p.keys[..], &p.tags[..]))
        .collect();
    let tagger = tagger::train(
        &pairs,
        opts.tagger_bits,
        &orders(&mut rng, &all, opts.tagger_epochs),
        opts.min_weight,
    );
    log(format!("tagger: {} weights", tagger.entries()));

    // The parser's training tags: jackknifed.
    let mut train_tags: Vec<Vec<u8>> = prepared.iter().map(|p| p.tags.clone()).collect();
    let folds = opts.jackknife.max(1);
    if folds > 1 {
        let mut feats = Vec::new();
        for f in 0..folds {
            let rest: Vec<usize> = all.iter().copied().filter(|i| i % folds != f).collect();
            let t = tagger::train(
                &pairs,
                opts.tagger_bits,
                &orders(&mut rng, &rest, opts.tagger_epochs),
                opts.min_weight,
            );
            for i in all.iter().copied().filter(|i| i % folds == f) {
                train_tags[i] = tagger::tag(&t, &prepared[i].keys, &mut feats);
            }
        }
        let (right, total) = prepared
            .iter()
            .zip(&train_tags)
            .fold((0, 0), |(r, n), (p, t)| {
                (
                    r + p.tags.iter().zip(t).filter(|(a, b)| a == b).count(),
                    n + t.len(),
                )
            });
        log(format!(
            "jackknifed tags ({folds} folds): {:.2}% right",
            100.0 * right as f64 / total.max(1) as f64
        ));
    }

    let usable: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&i| sents[i].is_projective_tree())
        .collect();
    log(format!(
        "parser: {} of {} sentences projective with one root",
        usable.len(),
        sents.len()
    ));
    let mut t = Trainer::new(opts.parser_bits, NM);
    let mut feats = Vec::with_capacity(96);
    let mut scores = [0f32; NM];
    let mut costs = [0u32; NM];
    for epoch in 0..opts.parser_epochs {
        let order = orders(&mut rng, &usable, 1).remove(0);
        let (mut right, mut moves) = (0usize, 0usize);
        for &s in &order {
            let p = &prepared[s];
            let mut state = State::new(p.keys.len());
            while !state.is_final() {
                if let Some(m) = state.forced() {
                    state.apply(m);
                    continue;
                }
                parser_features(
                    &state,
                    &p.keys,
                    &train_tags[s],
                    opts.parser_bits,
                    &mut feats,
                );
                t.scores(&feats, &mut scores);
                state.costs(&p.heads, &p.labels, &mut costs);
                for (m, s) in scores.iter_mut().enumerate() {
                    if !state.valid(m) {
                        *s = f32::NEG_INFINITY;
                    }
                }
                let pred = argmax_f32(&scores);
                let mut best = scores;
                for (b, &c) in best.iter_mut().zip(&costs) {
                    if c != 0 {
                        *b = f32::NEG_INFINITY;
                    }
                }
                let gold = argmax_f32(&best);
                if costs[gold] != 0 {
                    // No zero-cost move (cannot happen on a projective tree).
                    break;
                }
                moves += 1;
                if costs[pred] == 0 {
                    right += 1;
                } else {
                    t.update(&feats, gold, pred);
                }
                t.tick();
                let follow = costs[pred] == 0 || (epoch > 0 && rng.unit() < opts.explore);
                state.apply(if follow { pred } else { gold });
            }
        }
        log(format!(
            "parser epoch {}: {:.2}% moves right",
            epoch + 1,
            100.0 * right as f64 / moves.max(1) as f64
        ));
    }
    Parser::new(opts.name.clone(), tagger, t.finish(opts.min_weight))
}

/// Scores of a model on a treebank.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    /// Per label (index into `LABELS`): gold words with it, words given
    /// it, and words given it with the right head.
    pub per_label: Vec<[usize; 3]>,
    /// Words scored.
    pub words: usize,
    /// Words that are not punctuation (by gold tag).
    pub words_no_punct: usize,
    /// Tags right.
    pub tags: usize,
    /// Heads right, all words.
    pub heads: usize,
    /// Heads and labels right, all words.
    pub labelled: usize,
    /// Heads right, punctuation excluded.
    pub heads_no_punct: usize,
    /// Heads and labels right, punctuation excluded.
    pub labelled_no_punct: usize,
    /// A hash of every output word's tag, head and label in order: the
    /// same trees give the same digest (speed work must keep it).
    pub digest: u64,
}

impl Scores {
    fn pct(a: usize, b: usize) -> f64 {
        100.0 * a as f64 / b.max(1) as f64
    }
    /// Tag accuracy, percent.
    pub fn pos(&self) -> f64 {
        Self::pct(self.tags, self.words)
    }
    /// Unlabelled attachment, percent; `punct`: with punctuation.
    pub fn uas(&self, punct: bool) -> f64 {
        if punct {
            Self::pct(self.heads, self.words)
        } else {
            Self::pct(self.heads_no_punct, self.words_no_punct)
        }
    }
    /// Labelled attachment, percent; `punct`: with punctuation.
    pub fn las(&self, punct: bool) -> f64 {
        if punct {
            Self::pct(self.labelled, self.words)
        } else {
            Self::pct(self.labelled_no_punct, self.words_no_punct)
        }
    }

    /// Precision, recall and F1 (percent) of label `l` with its head, and its gold count.
    pub fn label_prf(&self, l: Label) -> (f64, f64, f64, usize) {
        let [g, p, r] = self.per_label.get(l.index()).copied().unwrap_or_default();
        let (prec, rec) = (Self::pct(r, p), Self::pct(r, g));
        let f = if prec + rec > 0.0 {
            2.0 * prec * rec / (prec + rec)
        } else {
            0.0
        };
        (prec, rec, f, g)
    }

    /// Adds one sentence's comparison.
    pub fn add(&mut self, gold: &TreeSentence, got: &Parse) {
        if self.per_label.len() < NL {
            self.per_label.resize(NL, [0; 3]);
        }
        for (i, w) in got.words.iter().enumerate().take(gold.len()) {
            self.per_label[gold.labels[i].index()][0] += 1;
            self.per_label[w.label.index()][1] += 1;
            let punct = is_punct_tag(&gold.tags[i]);
            let head = w.head == gold.heads[i];
            let lab = head && w.label == gold.labels[i];
            if lab {
                self.per_label[w.label.index()][2] += 1;
            }
            let head_key = w.head.map_or(u64::MAX, |h| h as u64);
            self.digest = mix(
                mix(mix(self.digest, hash_str(w.tag)), head_key),
                w.label.index() as u64,
            );
            self.words += 1;
            self.tags += usize::from(w.tag == gold.tags[i]);
            self.heads += usize::from(head);
            self.labelled += usize::from(lab);
            if !punct {
                self.words_no_punct += 1;
                self.heads_no_punct += usize::from(head);
                self.labelled_no_punct += usize::from(lab);
            }
        }
    }
}

/// Tags and parses every sentence of a treebank and scores the result.
pub fn evaluate(parser: &Parser, sents: &[TreeSentence]) -> Scores {
    let mut scores = Scores::default();
    for s in sents {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        scores.add(s, &parser.parse(&words));
    }
    scores
}
