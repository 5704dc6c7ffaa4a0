//! NER throughput, one thread: tokenising CoNLL-2003 test text (one token a
//! line), feature extraction and both tagging stages, per token. The
//! tagger's per-thread word cache is warm after the first iteration, as on
//! any long corpus; `dossier ner --conll test.txt --jobs 1` shows a cold one.
//!
//! `cargo bench --no-default-features --bench ner` (reads
//! `../shared/data/conll2003/test.txt` beside the repository, or the file
//! named by `DOSSIER_NER_BENCH_FILE`; falls back to the bundled sample article).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dossier::ner::NerModel;

#[path = "common/plain.rs"]
mod plain;

/// Splits CoNLL text into documents of sentences of tokens (first column).
fn tokenize_conll(text: &str) -> Vec<Vec<Vec<&str>>> {
    let mut docs = Vec::new();
    let mut doc: Vec<Vec<&str>> = Vec::new();
    let mut sent: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.starts_with("-DOCSTART-") {
            if !sent.is_empty() {
                doc.push(std::mem::take(&mut sent));
            }
            if !doc.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
        } else if let Some(tok) = line.split_whitespace().next() {
            sent.push(tok);
        } else if !sent.is_empty() {
            doc.push(std::mem::take(&mut sent));
        }
    }
    if !sent.is_empty() {
        doc.push(sent);
    }
    if !doc.is_empty() {
        docs.push(doc);
    }
    docs
}

/// Plain text as one document of sentences (whitespace and punctuation).
fn tokenize_plain(text: &str) -> Vec<Vec<Vec<&str>>> {
    vec![plain::sentences(text)]
}

fn bench(c: &mut Criterion) {
    let model = NerModel::embedded().expect("the shipped model loads");
    let file = std::env::var("DOSSIER_NER_BENCH_FILE").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/conll2003/test.txt"
        )
        .to_string()
    });
    let (text, conll) = match std::fs::read_to_string(&file) {
        Ok(t) => (t, true),
        Err(_) => (
            include_str!("../assets/microsoft-openai.txt").to_string(),
            false,
        ),
    };
    let tokenize = if conll {
        tokenize_conll
    } else {
        tokenize_plain
    };
    let tokens: usize = tokenize(&text).iter().flatten().map(Vec::len).sum();
    let mut group = c.benchmark_group("ner");
    group.throughput(Throughput::Elements(tokens as u64));
    group.sample_size(20);
    group.bench_function(
        if conll {
            "tokenize+tag conll test"
        } else {
            "tokenize+tag sample"
        },
        |b| {
            b.iter(|| {
                let docs = tokenize(black_box(&text));
                let mut n = 0usize;
                for d in &docs {
                    n += model.tag_document(d).len();
                }
                black_box(n)
            })
        },
    );
    group.finish();
    c.bench_function("ner/load embedded model", |b| {
        b.iter(|| black_box(NerModel::embedded().map(|m| m.name().len())))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
