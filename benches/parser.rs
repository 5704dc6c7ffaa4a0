//! Tagger and dependency parser throughput, one thread, per word: the
//! bundled sample article split into sentences of words (whitespace, with
//! trailing punctuation split off), each tagged and parsed; and decoding
//! the bundled model's file (what `Parser::load` costs; `Parser::bundled`
//! borrows the tables `build.rs` made of it and costs nothing).
//!
//! `cargo bench --no-default-features --bench parser`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dossier::syntax::Parser;

#[path = "common/plain.rs"]
mod plain;
use plain::sentences;

fn bench(c: &mut Criterion) {
    let parser = Parser::bundled().expect("the bundled parser loads");
    let text = include_str!("../assets/microsoft-openai.txt");
    let sents = sentences(text);
    let words: usize = sents.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group("parser");
    group.throughput(Throughput::Elements(words as u64));
    group.sample_size(20);
    group.bench_function("tag+parse sample", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for s in &sents {
                n += parser.parse(black_box(s)).words.len();
            }
            black_box(n)
        })
    });
    group.finish();
    let bytes = parser.to_bytes();
    c.bench_function("parser/decode bundled model", |b| {
        b.iter(|| black_box(Parser::from_bytes(black_box(&bytes)).map(|p| p.weights())))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
