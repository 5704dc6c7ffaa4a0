//! Pronouns that stand for an entity become mentions of it, linked by the
//! rule "pronoun"; object, expletive and ambiguous pronouns do not.

use std::path::PathBuf;
use std::sync::OnceLock;

use dossier::load::load_path;
use dossier::model::{Analysis, Document, EntityKind};
use dossier::pipeline::Pipeline;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new().expect("bundled model loads"))
}

fn analyze(text: &str) -> Analysis {
    pipeline().analyze(Document::from_text("pronouns.txt", text))
}

/// `(pronoun text, entity name)` for every pronoun mention, in text order.
fn pronouns(a: &Analysis) -> Vec<(String, String)> {
    a.entities
        .iter()
        .flat_map(|e| {
            e.links.iter().filter(|l| l.rule == "pronoun").map(|l| {
                (
                    l.mention,
                    (a.mention_text(l.mention).to_owned(), e.name.clone()),
                )
            })
        })
        .collect::<std::collections::BTreeMap<_, _>>()
        .into_values()
        .collect()
}

fn pair(p: &str, e: &str) -> (String, String) {
    (p.to_owned(), e.to_owned())
}

#[test]
fn a_subject_pronoun_is_a_mention_in_the_entitys_chain() {
    let doc =
        load_path(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/microsoft-openai.txt"))
            .expect("sample loads");
    let a = pipeline().analyze(doc);
    let at = a.document.text.find("it poured").expect("sample sentence");
    let m = a
        .mentions
        .iter()
        .position(|m| m.span.start == at)
        .expect("“it” in “it poured” is a mention");
    let mention = &a.mentions[m];
    assert!(mention.nominal);
    assert_eq!(mention.kind, EntityKind::Org);
    let microsoft = &a.entities[a.find_entity("Microsoft").expect("Microsoft")];
    assert_eq!(mention.entity, a.find_entity("Microsoft"));
    assert!(microsoft.mentions.contains(&m));
    assert!(
        microsoft
            .links
            .iter()
            .any(|l| l.mention == m && l.rule == "pronoun")
    );
    // "contextualizing it" is an object: nobody's mention.
    let object = a
        .document
        .text
        .find("contextualizing it")
        .expect("sample sentence")
        + "contextualizing ".len();
    assert!(a.mentions.iter().all(|m| m.span.start != object));
}

#[test]
fn pronouns_take_the_sentence_subject_or_the_previous_one() {
    let a = analyze(
        "Nvidia said on Friday it would buy Arm for $40 billion. \
         Intel will name Oracle its main cloud partner. \
         Siemens reported strong results. Back in 2021, it bought Altair.",
    );
    assert_eq!(
        pronouns(&a),
        vec![
            pair("it", "Nvidia"),
            pair("its", "Intel"),
            pair("it", "Siemens")
        ]
    );
}

#[test]
fn object_expletive_and_ambiguous_pronouns_stand_for_nothing() {
    let a = analyze(
        "Siemens reported strong results. Analysts called it a surprise. \
         It is unclear whether the deal will close. \
         Oracle raised prices. While this move helps Oracle, it also angers customers.",
    );
    assert_eq!(pronouns(&a), vec![]);
}

#[test]
fn people_take_he_and_she() {
    let a = analyze(
        "Satya Nadella spoke in Seattle on Monday. He said Microsoft would keep investing.",
    );
    assert_eq!(pronouns(&a), vec![pair("He", "Satya Nadella")]);
}

#[test]
fn mention_indices_stay_consistent_after_pronouns_are_added() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![dir.join("assets/microsoft-openai.txt")];
    for entry in std::fs::read_dir(dir.join("tests/fixtures/articles")).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            files.push(path);
        }
    }
    for file in files {
        let a = pipeline().analyze(load_path(&file).expect("fixture loads"));
        assert!(
            a.mentions
                .windows(2)
                .all(|w| w[0].span.start <= w[1].span.start),
            "{}: mentions out of order",
            file.display()
        );
        for (e, entity) in a.entities.iter().enumerate() {
            for &m in &entity.mentions {
                assert_eq!(
                    a.mentions[m].entity,
                    Some(e),
                    "{}: {}",
                    file.display(),
                    entity.name
                );
            }
            for link in &entity.links {
                assert!(entity.mentions.contains(&link.mention), "{}", entity.name);
            }
        }
    }
}
