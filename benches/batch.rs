//! End-to-end batch throughput: `dossier analyze`'s batch path (load each
//! file, analyse, render JSON v1 lines, write them in input order) over the
//! sample ×200 in a folder, on one thread and on two, output rendered and
//! discarded. `cargo bench --no-default-features --bench batch`; the same
//! path as `dossier bench batch DIR --jobs N`, which also times the whole
//! process (`dossier bench report`).

use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dossier::cli::analyze::{self, AnalyzeOptions};
use dossier::cli::sink::Target;
use dossier::pipeline::Pipeline;

const SAMPLE: &str = include_str!("../assets/microsoft-openai.txt");
const COPIES: usize = 200;

fn bench(c: &mut Criterion) {
    let Ok(pipeline) = Pipeline::new() else {
        eprintln!("the bundled model did not load");
        return;
    };
    let Ok(dir) = tempfile::tempdir() else {
        eprintln!("no temporary folder");
        return;
    };
    for i in 0..COPIES {
        if std::fs::write(dir.path().join(format!("s{i:03}.txt")), SAMPLE).is_err() {
            eprintln!("could not write the corpus");
            return;
        }
    }
    let inputs = vec![PathBuf::from(dir.path())];
    let mut group = c.benchmark_group("batch jsonl, sample x200");
    group.sample_size(10);
    group.throughput(Throughput::Bytes((SAMPLE.len() * COPIES) as u64));
    for jobs in [1, 2] {
        let Ok(format) = analyze::parse_format("jsonl") else {
            return;
        };
        let options = AnalyzeOptions {
            format,
            published: None,
            out: None,
            jobs: Some(jobs),
            quiet: true,
        };
        group.bench_function(format!("{jobs} thread(s)"), |b| {
            b.iter(|| analyze::run_with(&pipeline, &inputs, &options, Target::Discard));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
