//! A figure stated twice ("€90m" in the headline, "€90 million" in the
//! body) is one MONEY entity in the annotated JSON, its money fact's
//! mentions pointing at it; an export from before, with the two statements
//! as two entities, still reads.

use dossier::export::{json_bytes, to_json_v1};
use dossier::load::read_annotated;
use dossier::model::{Analysis, EntityKind};
use serde_json::Value;

#[path = "support/analysis.rs"]
mod analysis;

const TEXT: &str = "Quarrow Ltd to build €90m plant in Zürich\n\
                    Quarrow Ltd said on Tuesday it would spend €90 million on a plant in Zürich. \
                    The plant will employ 200 people.\n";

fn restated() -> Analysis {
    analysis::analyze("restated.txt", TEXT)
}

/// The JSON's MONEY entities.
fn money_entities(doc: &Value) -> Vec<&Value> {
    let all = doc["entities"].as_array().expect("entities");
    all.iter().filter(|e| e["kind"] == "MONEY").collect()
}

/// The entity id of the mention with this id.
fn entity_of<'a>(doc: &'a Value, mention: &Value) -> &'a Value {
    let all = doc["mentions"].as_array().expect("mentions");
    let m = all.iter().find(|m| &m["id"] == mention).expect("mention");
    &m["entity"]
}

#[test]
fn the_json_has_one_money_entity_with_both_statements() {
    let doc = to_json_v1(&restated());
    let money = money_entities(&doc);
    assert_eq!(money.len(), 1, "{money:?}");
    let e = money[0];
    assert_eq!(e["name"], "€90 million");
    assert_eq!(e["mentions"].as_array().map(Vec::len), Some(2), "{e}");
    let facts = doc["money"].as_array().expect("money");
    assert_eq!(facts.len(), 1, "{facts:?}");
    let fact = &facts[0];
    assert_eq!(entity_of(&doc, &fact["mention"]), &e["id"]);
    let repeats = fact["repeats"].as_array().expect("repeats");
    assert_eq!(repeats.len(), 1, "{fact}");
    assert_eq!(entity_of(&doc, &repeats[0]), &e["id"]);
}

#[test]
fn the_joined_entity_survives_a_round_trip() {
    let a = restated();
    let bytes = json_bytes(&to_json_v1(&a), false);
    let back = read_annotated(&bytes).expect("imports");
    assert_eq!(back.analysis.entities, a.entities);
    let entity_ids = |a: &Analysis| a.mentions.iter().map(|m| m.entity).collect::<Vec<_>>();
    assert_eq!(entity_ids(&back.analysis), entity_ids(&a));
    assert_eq!(back.analysis.money, a.money);
}

/// The analysis as Dossier wrote it before: each statement its own entity.
fn as_before(mut a: Analysis) -> Analysis {
    let e = a
        .entities
        .iter()
        .position(|e| e.kind == EntityKind::Money)
        .expect("a MONEY entity");
    let headline = a.money[0].repeats[0];
    let mut split = a.entities[e].clone();
    a.entities[e].mentions.retain(|&m| m != headline);
    a.entities[e].aliases = vec!["€90 million".to_owned()];
    split.name = "€90m".to_owned();
    split.aliases = vec!["€90m".to_owned()];
    split.mentions = vec![headline];
    a.entities.push(split);
    a.mentions[headline].entity = Some(a.entities.len() - 1);
    a
}

#[test]
fn an_export_with_the_statements_as_two_entities_still_reads() {
    let old = as_before(restated());
    let bytes = json_bytes(&to_json_v1(&old), false);
    let back = read_annotated(&bytes).expect("an older export imports");
    assert!(back.problems.is_empty(), "{:?}", back.problems);
    let money: Vec<&str> = back
        .analysis
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Money)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(money, vec!["€90 million", "€90m"]);
    assert_eq!(back.analysis.money, old.money);
}
