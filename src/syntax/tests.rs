//! Tests of training, the model file and the bundled model, on invented
//! sentences.

use super::blob::model_blob;
use super::conllu::parse_conllu;
use super::train::{TrainOptions, evaluate, train};
use super::{Parser, TreeSentence};

/// A tiny invented treebank.
fn tiny() -> Vec<TreeSentence> {
    let rows = [
        "Zelwick/NNP/2/nsubj sold/VBD/0/ROOT boats/NNS/2/dobj ././2/punct",
        "Tarnholt/NNP/2/nsubj bought/VBD/0/ROOT a/DT/4/det mill/NN/2/dobj in/IN/4/prep Pellmar/NNP/5/pobj ././2/punct",
        "The/DT/2/det bank/NN/3/nsubj lent/VBD/0/ROOT money/NN/3/dobj to/IN/3/prep Varnstead/NNP/5/pobj ././3/punct",
        "Quistrel/NNP/3/nsubjpass was/VBD/3/auxpass sold/VBN/0/ROOT by/IN/3/agent Zelwick/NNP/4/pobj ././3/punct",
        "Pellmar/NNP/2/nsubj hired/VBD/0/ROOT engineers/NNS/2/dobj and/CC/2/cc opened/VBD/2/conj a/DT/7/det plant/NN/5/dobj ././2/punct",
    ];
    let mut text = String::new();
    for r in rows {
        for (i, w) in r.split(' ').enumerate() {
            let c: Vec<&str> = w.splitn(4, '/').collect();
            text.push_str(&format!(
                "{}\t{}\t_\t_\t{}\t_\t{}\t{}\t_\t_\n",
                i + 1,
                c[0],
                c[1],
                c[2],
                c[3]
            ));
        }
        text.push('\n');
    }
    parse_conllu(&text).expect("test data")
}

fn small() -> TrainOptions {
    TrainOptions {
        tagger_epochs: 8,
        parser_epochs: 30,
        tagger_bits: 12,
        parser_bits: 12,
        jackknife: 1,
        ..TrainOptions::default()
    }
}

#[test]
fn training_converges_on_a_tiny_treebank() {
    let sents = tiny();
    let parser = train(&sents, &small(), &mut |_| {}).expect("test data");
    let s = evaluate(&parser, &sents);
    assert_eq!(s.tags, s.words, "tags");
    assert_eq!(s.labelled, s.words, "labelled attachment");
}

#[test]
fn training_is_deterministic_and_the_file_round_trips() {
    let sents = tiny();
    let a = train(&sents, &small(), &mut |_| {}).expect("test data");
    let b = train(&sents, &small(), &mut |_| {}).expect("test data");
    let bytes = a.to_bytes();
    assert_eq!(bytes, b.to_bytes());
    let back = Parser::from_bytes(&bytes).expect("test data");
    assert_eq!(back, a);
    assert!(Parser::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    assert!(Parser::from_bytes(b"not a model").is_err());
}

#[test]
fn odd_input_does_not_panic() {
    let parser = train(&tiny(), &small(), &mut |_| {}).expect("test data");
    assert!(parser.parse(&[]).words.is_empty());
    let one = parser.parse(&["\u{201C}"]);
    assert_eq!(one.root(), Some(0));
    let long: Vec<&str> = std::iter::repeat_n("and", 300).collect();
    let p = parser.parse(&long);
    assert_eq!(p.words.iter().filter(|w| w.head.is_none()).count(), 1);
}

#[test]
fn the_bundled_model_reads_a_news_sentence() {
    let parser = Parser::bundled().expect("the bundled parser loads");
    let words = [
        "Pellmar",
        "Mills",
        "has",
        "bought",
        "a",
        "20",
        "%",
        "stake",
        "in",
        "Varnstead",
        "Textiles",
        "for",
        "$",
        "40",
        "million",
        ".",
    ];
    let p = parser.parse(&words);
    let at = |w: &str| {
        words
            .iter()
            .position(|&x| x == w)
            .expect("a word of the sentence")
    };
    let root = p.root().expect("a root");
    assert_eq!(words[root], "bought");
    assert_eq!(p.child(root, "nsubj"), Some(at("Mills")));
    assert_eq!(p.child(root, "dobj"), Some(at("stake")));
    let head_in = p.words[at("in")].head;
    assert!(head_in == Some(at("stake")) || head_in == Some(root));
    assert_eq!(p.words[at("Textiles")].head, Some(at("in")));
    assert_eq!(p.words[at("Textiles")].label.name(), "pobj");
}

#[test]
fn train_options_default_to_the_flags_defaults() {
    let o = TrainOptions::default();
    assert_eq!((o.tagger_epochs, o.parser_epochs), (10, 15));
    assert_eq!((o.tagger_bits, o.parser_bits), (19, 20));
    assert_eq!((o.jackknife, o.min_weight, o.seed), (4, 1, 0x00D0_551E));
    assert!((o.explore - 0.9).abs() < 1e-6);
    assert_eq!(o.name, "dossier-parser-en");
}

#[test]
fn the_bundled_tables_are_the_model_file() {
    let file = Parser::load(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/models/parser-en.bin"),
    )
    .expect("the model file loads");
    let bundled = Parser::bundled().expect("the bundled parser loads");
    assert_eq!(bundled, &file);
    assert_eq!(bundled.to_bytes(), file.to_bytes());
}

#[test]
fn a_tables_blob_round_trips_and_bad_ones_are_refused() {
    let parser = train(&tiny(), &small(), &mut |_| {}).expect("test data");
    let blob = model_blob(
        parser.name(),
        &parser.tagger,
        &parser.parser,
        cfg!(target_endian = "big"),
    );
    // Words, so the blob is 8-byte aligned as the compiled-in one is.
    let words: Vec<u64> = blob
        .chunks(8)
        .map(|c| u64::from_ne_bytes(c.try_into().expect("whole words")))
        .collect();
    let bytes: &'static [u8] = bytemuck::cast_slice(Box::leak(words.into_boxed_slice()));
    assert_eq!(
        Parser::from_tables_blob(bytes).expect("the blob reads"),
        parser
    );
    assert!(Parser::from_tables_blob(&bytes[..bytes.len() / 2]).is_err());
    assert!(Parser::from_tables_blob(&bytes[8..]).is_err());
    assert!(Parser::from_tables_blob(b"").is_err());
}
