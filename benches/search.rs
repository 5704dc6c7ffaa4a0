//! Corpus search on 10,000 generated articles (about 2 KB each, with their
//! entities): building the FTS5 index, and the best 50 hits with snippets for
//! a word, a phrase, an entity name and a very common word.
//! `cargo bench --no-default-features --bench search`.

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use dossier::model::Span;
use dossier::search::{Entry, IndexedEntity, SearchIndex};

const ARTICLES: usize = 10_000;
const HITS: usize = 50;

/// A small deterministic generator (xorshift), so every run indexes the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Zipf-like: small indices far more often than large ones.
    fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n) + 1;
        self.below(a)
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "ver", "ran", "dis", "mo", "tel", "su", "pra", "nor", "vel", "ta", "quin", "bar",
    "sen", "dor", "li", "ma", "gro", "wen",
];
const NEWS: &[&str] = &[
    "the",
    "said",
    "on",
    "a",
    "deal",
    "supply",
    "signed",
    "bank",
    "shares",
    "bought",
    "sold",
    "of",
    "market",
    "harbour",
    "plant",
    "billion",
    "million",
    "chief",
    "executive",
    "board",
    "investors",
    "quarter",
    "profit",
    "loss",
    "merger",
    "agreement",
    "regulators",
    "approved",
    "in",
    "and",
];

fn word(rng: &mut Rng, syllables: usize) -> String {
    (0..syllables)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect()
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A generated article: its text and its entities (name and first mention).
struct Article {
    title: String,
    text: String,
    entities: Vec<IndexedEntity>,
}

fn corpus() -> Vec<Article> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let vocabulary: Vec<String> = (0..5_000).map(|i| word(&mut rng, 2 + i % 3)).collect();
    let names: Vec<String> = (0..3_000)
        .map(|_| {
            format!(
                "{} {}",
                capitalised(&word(&mut rng, 2)),
                capitalised(&word(&mut rng, 3))
            )
        })
        .collect();
    (0..ARTICLES)
        .map(|_| {
            let cast: Vec<&String> = (0..5).map(|_| &names[rng.skewed(names.len())]).collect();
            let mut text = String::with_capacity(2_400);
            while text.len() < 2_000 {
                let who = cast[rng.below(cast.len())];
                text.push_str(who);
                for _ in 0..(8 + rng.below(14)) {
                    text.push(' ');
                    if rng.below(3) == 0 {
                        text.push_str(NEWS[rng.below(NEWS.len())]);
                    } else {
                        text.push_str(&vocabulary[rng.skewed(vocabulary.len())]);
                    }
                }
                text.push_str(". ");
            }
            let entities = cast
                .iter()
                .map(|name| IndexedEntity {
                    names: vec![name.to_string()],
                    at: text
                        .find(name.as_str())
                        .map(|i| Span::new(i, i + name.len())),
                })
                .collect();
            Article {
                title: format!(
                    "{} {} {}",
                    cast[0],
                    NEWS[rng.below(NEWS.len())],
                    vocabulary[rng.below(200)]
                ),
                text,
                entities,
            }
        })
        .collect()
}

fn build(articles: &[Article]) -> SearchIndex {
    let mut ix = SearchIndex::new().expect("index");
    ix.add_all(articles.iter().enumerate().map(|(i, a)| {
        let entry = Entry {
            title: &a.title,
            text: &a.text,
            entities: a.entities.clone(),
        };
        (format!("article-{i}"), 0, entry)
    }))
    .expect("indexed");
    ix
}

fn bench(c: &mut Criterion) {
    let articles = corpus();
    let mut group = c.benchmark_group("search 10k");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("build index", |b| b.iter(|| build(&articles)));
    group.finish();

    let ix = build(&articles);
    // Queries that match: a mid-frequency word of the vocabulary, a phrase
    // from an article, the name of an entity.
    let rare = articles[17]
        .text
        .split(' ')
        .nth(9)
        .unwrap_or("deal")
        .trim_matches('.')
        .to_owned();
    let phrase = format!(
        "\"{}\"",
        articles[42]
            .text
            .split(' ')
            .skip(3)
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
            .trim_matches('.')
    );
    let entity = articles[7].entities[2].names[0].clone();
    let mut group = c.benchmark_group("search 10k");
    group.sample_size(50);
    for (label, q) in [
        ("word", rare.as_str()),
        ("phrase", phrase.as_str()),
        ("entity name", entity.as_str()),
        ("common word", "the"),
    ] {
        let found = ix.count(q).expect("count");
        eprintln!("{label} {q}: {found} articles match");
        group.bench_function(label, |b| b.iter(|| ix.search(q, HITS).expect("search")));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
