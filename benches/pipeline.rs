//! Pipeline throughput: the sample article and a 1 MB article built by
//! repeating real text. `cargo bench --no-default-features --bench pipeline`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dossier::model::Document;
use dossier::pipeline::Pipeline;

const SAMPLE: &str = include_str!("../assets/microsoft-openai.txt");

fn one_megabyte() -> String {
    let body = SAMPLE.split("\nUS\n").next().unwrap_or(SAMPLE);
    let mut text = String::with_capacity(1 << 20);
    while text.len() < 1 << 20 {
        text.push_str(body);
        text.push_str("\n\n");
    }
    text
}

fn bench(c: &mut Criterion) {
    let Ok(pipeline) = Pipeline::new() else {
        eprintln!("the bundled model did not load");
        return;
    };
    let mut group = c.benchmark_group("analyze");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    group.bench_function("sample article", |b| {
        b.iter(|| pipeline.analyze(Document::from_text("sample.txt", SAMPLE)));
    });
    let big = one_megabyte();
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function("1 MB article", |b| {
        b.iter(|| pipeline.analyze(Document::from_text("big.txt", big.as_str())));
    });
    group.bench_function("load bundled model", |b| b.iter(Pipeline::new));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
