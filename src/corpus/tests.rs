//! Corpus linking, corrections and Corpus JSON on invented articles.

use super::edits::{CorpusEdit, EntityRef, Overrides};
use super::json::{ArticleOut, read_corpus_json, relative_file, to_corpus_json};
use super::link::{Linking, link, link_with};
use crate::model::{Analysis, Document, EntityKind};
use crate::pipeline::Pipeline;

fn pipeline() -> Pipeline {
    Pipeline::new().expect("bundled resources load")
}

fn analyse(p: &Pipeline, texts: &[&str]) -> Vec<Analysis> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| p.analyze(Document::from_text(format!("a{i}.txt"), (*t).to_owned())))
        .collect()
}

/// The corpus entity holding the entity named `name` in article `article`.
fn corpus_name(linked: &super::link::Linked, a: &[Analysis], article: usize, name: &str) -> String {
    let entity = a[article].find_entity(name).unwrap_or_else(|| {
        panic!(
            "no {name:?} in article {article}: {:?}",
            a[article].entities
        )
    });
    let c = linked
        .entity_of(super::link::Member { article, entity })
        .expect("every entity has a corpus entity");
    c.key.clone()
}

const ARTICLES: [&str; 3] = [
    "Halvorsen Motors Corporation said on Monday it will cut 2,000 jobs. \
     Halvorsen Motors chief executive Marit Jensen said the plan saves $1 billion.",
    "HMC shares fell 4% in Oslo after the carmaker warned on profits. \
     Jensen told investors that HMC will sell its truck unit.",
    "The Norwegian government lent Halvorsen Motors $500 million. \
     Norway said the loan is repaid by 2027.",
];

#[test]
fn one_company_across_articles_by_legal_form_and_acronym() {
    let p = pipeline();
    let a = analyse(&p, &ARTICLES);
    let refs: Vec<&Analysis> = a.iter().collect();
    let linked = link(&p.language().resolve, &refs, Linking::Full);
    let first = corpus_name(&linked, &a, 0, "Halvorsen Motors Corporation");
    assert_eq!(first, corpus_name(&linked, &a, 1, "HMC"));
    assert_eq!(first, corpus_name(&linked, &a, 2, "Halvorsen Motors"));
    let company = linked
        .entities
        .iter()
        .find(|e| e.key == first)
        .expect("linked");
    assert_eq!(company.article_count(), 3);
    assert_eq!(company.kind, EntityKind::Org);
    // The exact-name baseline keeps the acronym apart.
    let exact = link(&p.language().resolve, &refs, Linking::ExactName);
    assert_ne!(
        corpus_name(&exact, &a, 0, "Halvorsen Motors Corporation"),
        corpus_name(&exact, &a, 1, "HMC")
    );
}

#[test]
fn a_surname_joins_the_one_person_named_in_full_and_a_nationality_its_country() {
    let p = pipeline();
    let a = analyse(&p, &ARTICLES);
    let refs: Vec<&Analysis> = a.iter().collect();
    let linked = link(&p.language().resolve, &refs, Linking::Full);
    assert_eq!(
        corpus_name(&linked, &a, 0, "Marit Jensen"),
        corpus_name(&linked, &a, 1, "Jensen")
    );
    let norway = corpus_name(&linked, &a, 2, "Norway");
    let norwegian = a[2].entities.iter().position(|e| e.name == "Norwegian");
    if let Some(entity) = norwegian {
        let c = linked
            .entity_of(super::link::Member { article: 2, entity })
            .expect("linked");
        assert_eq!(c.key, norway, "the nationality word joins its country");
        assert_eq!(c.kind, EntityKind::Loc, "and the country stays a place");
    }
}

#[test]
fn a_government_joins_its_place() {
    let p = pipeline();
    let a = analyse(
        &p,
        &[
            "The government of Norway lent Orvane Air $50 million on Monday.",
            "Exports from Norway rose 4% in May, the statistics office said.",
        ],
    );
    let refs: Vec<&Analysis> = a.iter().collect();
    let linked = link(&p.language().resolve, &refs, Linking::Full);
    let government = a[0]
        .entities
        .iter()
        .find(|e| e.name.contains("government"))
        .map(|e| e.name.clone())
        .expect("the government is an entity");
    assert_eq!(
        corpus_name(&linked, &a, 0, &government),
        corpus_name(&linked, &a, 1, "Norway")
    );
    // The exact-name baseline keeps them apart.
    let exact = link(&p.language().resolve, &refs, Linking::ExactName);
    assert_ne!(
        corpus_name(&exact, &a, 0, &government),
        corpus_name(&exact, &a, 1, "Norway")
    );
}

#[test]
fn every_entity_is_in_exactly_one_corpus_entity() {
    let p = pipeline();
    let a = analyse(&p, &ARTICLES);
    let refs: Vec<&Analysis> = a.iter().collect();
    let linked = link(&p.language().resolve, &refs, Linking::Full);
    let mut seen = std::collections::HashSet::new();
    for c in &linked.entities {
        for m in &c.members {
            assert!(seen.insert(*m), "{m:?} is in two corpus entities");
        }
    }
    let total: usize = a.iter().map(|x| x.entities.len()).sum();
    assert_eq!(seen.len(), total);
    let mut keys: Vec<&str> = linked.entities.iter().map(|e| e.key.as_str()).collect();
    keys.sort_unstable();
    let n = keys.len();
    keys.dedup();
    assert_eq!(keys.len(), n, "keys are unique");
}

#[test]
fn a_split_stands_alone_and_a_merge_joins() {
    let p = pipeline();
    let a = analyse(&p, &ARTICLES);
    let refs: Vec<&Analysis> = a.iter().collect();
    let files: Vec<String> = (0..3).map(|i| format!("a{i}.txt")).collect();
    let hmc = EntityRef {
        file: files[1].clone(),
        name: "HMC".to_owned(),
    };
    let edits = vec![CorpusEdit::Split {
        entity: hmc.clone(),
    }];
    let over = Overrides::resolve(&edits, &files, &refs);
    let linked = link_with(&p.language().resolve, &refs, Linking::Full, &over);
    assert_ne!(
        corpus_name(&linked, &a, 0, "Halvorsen Motors Corporation"),
        corpus_name(&linked, &a, 1, "HMC")
    );
    let edits = vec![
        CorpusEdit::Split {
            entity: hmc.clone(),
        },
        CorpusEdit::Merge {
            a: EntityRef {
                file: files[2].clone(),
                name: "Norway".to_owned(),
            },
            b: hmc,
        },
    ];
    let over = Overrides::resolve(&edits, &files, &refs);
    let linked = link_with(&p.language().resolve, &refs, Linking::Full, &over);
    assert_eq!(
        corpus_name(&linked, &a, 2, "Norway"),
        corpus_name(&linked, &a, 1, "HMC")
    );
}

#[test]
fn corpus_json_round_trips_articles_keys_and_edits() {
    let p = pipeline();
    let a = analyse(&p, &ARTICLES);
    let refs: Vec<&Analysis> = a.iter().collect();
    let linked = link(&p.language().resolve, &refs, Linking::Full);
    let files: Vec<String> = (0..3).map(|i| format!("news/a{i}.txt")).collect();
    let out: Vec<ArticleOut<'_>> = a
        .iter()
        .zip(&files)
        .map(|(analysis, file)| ArticleOut {
            file,
            analysis,
            corrections: &[],
        })
        .collect();
    let edits = vec![CorpusEdit::Split {
        entity: EntityRef {
            file: files[1].clone(),
            name: "HMC".to_owned(),
        },
    }];
    let value = to_corpus_json(&out, &linked, &edits);
    assert_eq!(value["schema"], "dossier.corpus/1");
    let first_key = &value["articles"][0]["analysis"]["entities"][0]["key"];
    assert!(
        first_key.as_str().is_some_and(|k| k.contains(':')),
        "{first_key}"
    );
    let members = value["entities"][0]["members"].as_array().expect("members");
    assert!(!members.is_empty());
    let bytes = serde_json::to_vec(&value).expect("serialises");
    let back = read_corpus_json(&bytes, std::path::Path::new("/base")).expect("reads back");
    assert_eq!(back.articles.len(), 3);
    assert_eq!(back.edits, edits);
    assert_eq!(
        back.articles[1].0,
        std::path::Path::new("/base/news/a1.txt")
    );
    assert_eq!(back.articles[1].1.analysis.entities, a[1].entities);
}

#[test]
fn bad_corpus_files_say_what_is_wrong() {
    let base = std::path::Path::new(".");
    let err =
        read_corpus_json(b"{\"schema\": \"dossier.annotated/1\"}", base).expect_err("wrong schema");
    assert!(
        err.to_string().contains("not a Dossier corpus file"),
        "{err}"
    );
    let err = read_corpus_json(b"{not json", base).expect_err("not json");
    assert!(err.to_string().contains("not JSON"), "{err}");
    let err =
        read_corpus_json(b"{\"schema\": \"dossier.corpus/1\"}", base).expect_err("no articles");
    assert!(err.to_string().contains("articles"), "{err}");
}

#[test]
fn files_are_written_relative_to_the_corpus_folder() {
    let base = std::path::Path::new("/data/corpus");
    assert_eq!(
        relative_file(std::path::Path::new("/data/corpus/gm/1.txt"), base),
        "gm/1.txt"
    );
    assert_eq!(
        relative_file(std::path::Path::new("/elsewhere/2.txt"), base),
        "/elsewhere/2.txt"
    );
}

/// Invented articles built by hand for the corpus views' tests: entities
/// by name and kind, relations between them, money figures and dates,
/// each article's text one sentence per relation.
pub(super) mod invented {
    use crate::corpus::link::{Linked, Linking, link};
    use crate::lang::Language;
    use crate::model::{
        Analysis, DateFact, Document, Entity, EntityKind, Granularity, MoneyFact, Provenance,
        Relation, RelationKind, Span, Status,
    };

    /// An article with these entities (name, kind) and `published` date.
    pub fn article(entities: &[(&str, EntityKind)], published: Option<&str>) -> Analysis {
        let mut document = Document::from_text("invented.txt", "");
        document.published = published.map(str::to_owned);
        Analysis {
            document,
            entities: entities
                .iter()
                .map(|(name, kind)| Entity {
                    kind: *kind,
                    name: (*name).to_owned(),
                    aliases: vec![],
                    mentions: vec![],
                    links: vec![],
                })
                .collect(),
            ..Default::default()
        }
    }

    /// Adds a sentence stating `kind(source, target)`; returns its relation index.
    pub fn relate(a: &mut Analysis, kind: RelationKind, source: usize, target: usize) -> usize {
        let sentence = format!(
            "{} {} {}. ",
            a.entity_name(source),
            kind.label(),
            a.entity_name(target)
        );
        let start = a.document.text.len();
        a.document.text.push_str(&sentence);
        let evidence = Span::new(start, start + sentence.len() - 1);
        a.sentences.push(evidence);
        a.relations.push(Relation {
            kind,
            source,
            target,
            evidence,
            trigger: evidence,
            money: None,
            date: None,
            status: Status::Completed,
            confidence: 0.9,
            provenance: Provenance::Rule,
        });
        a.relations.len() - 1
    }

    /// Dates relation `r` by `value` (`2021-03`).
    pub fn date(a: &mut Analysis, r: usize, value: &str) {
        a.dates.push(DateFact {
            mention: 0,
            value: Some(value.to_owned()),
            granularity: Granularity::Month,
        });
        a.relations[r].date = Some(a.dates.len() - 1);
    }

    /// Gives relation `r` an amount paid by its source to its target.
    pub fn money(a: &mut Analysis, r: usize, value: f64, currency: &str) -> usize {
        let (source, target) = (a.relations[r].source, a.relations[r].target);
        a.money.push(MoneyFact {
            mention: 0,
            value,
            currency: currency.to_owned(),
            qualifier: None,
            year: None,
            investor: Some(source),
            recipient: Some(target),
            relation: Some(r),
            repeats: vec![],
            per: None,
        });
        a.relations[r].money = Some(a.money.len() - 1);
        a.money.len() - 1
    }

    /// The corpus entities of `articles`, by the real linker.
    pub fn linked(articles: &[Analysis]) -> Linked {
        let lang = Language::english().expect("bundled language loads");
        let refs: Vec<&Analysis> = articles.iter().collect();
        link(&lang.resolve, &refs, Linking::Full)
    }

    /// The corpus entity named `name`.
    pub fn named(linked: &Linked, name: &str) -> usize {
        linked
            .entities
            .iter()
            .position(|e| e.name == name)
            .unwrap_or_else(|| panic!("no corpus entity {name:?}"))
    }
}
