use super::gold::{Instance, on_instance, parse_srl};
use super::map::{ROLE, lemmas, parse_rules, rules};
use super::*;

/// Five invented sentences: an order whose seller is only the product's
/// maker, a takeover by a pronoun whose verb has no `pred`, a negated
/// departure, a coordination of rivals, and a sale by unnamed brokers.
const CAT: &str = r#"<?xml version="1.0" ?><Document doc_id="9" lang="en">
<token number="0" sentence="0" t_id="1">Zentra</token>
<token number="1" sentence="0" t_id="2">Air</token>
<token number="2" sentence="0" t_id="3">orders</token>
<token number="3" sentence="0" t_id="4">Veltro</token>
<token number="4" sentence="0" t_id="5">V7</token>
<token number="5" sentence="0" t_id="6">jets</token>
<token number="6" sentence="1" t_id="7">Orvia</token>
<token number="7" sentence="1" t_id="8">Bank</token>
<token number="8" sentence="1" t_id="9">said</token>
<token number="9" sentence="1" t_id="10">it</token>
<token number="10" sentence="1" t_id="11">bought</token>
<token number="11" sentence="1" t_id="12">Kestrel</token>
<token number="12" sentence="1" t_id="13">Foods</token>
<token number="13" sentence="2" t_id="14">Mara</token>
<token number="14" sentence="2" t_id="15">Quill</token>
<token number="15" sentence="2" t_id="16">did</token>
<token number="16" sentence="2" t_id="17">not</token>
<token number="17" sentence="2" t_id="18">leave</token>
<token number="18" sentence="2" t_id="19">Kestrel</token>
<token number="19" sentence="2" t_id="20">Foods</token>
<token number="20" sentence="3" t_id="21">Orvia</token>
<token number="21" sentence="3" t_id="22">Bank</token>
<token number="22" sentence="3" t_id="23">outsold</token>
<token number="23" sentence="3" t_id="24">rivals</token>
<token number="24" sentence="3" t_id="25">Dunmore</token>
<token number="25" sentence="3" t_id="26">and</token>
<token number="26" sentence="3" t_id="27">Pell</token>
<token number="27" sentence="4" t_id="28">Brokers</token>
<token number="28" sentence="4" t_id="29">sold</token>
<token number="29" sentence="4" t_id="30">shares</token>
<token number="30" sentence="4" t_id="31">to</token>
<token number="31" sentence="4" t_id="32">Orvia</token>
<token number="32" sentence="4" t_id="33">Bank</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type=""><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="PRE.NAM"><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NAM"><token_anchor t_id="7"/><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="PRO"><token_anchor t_id="10"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="6" syntactic_type="NAM"><token_anchor t_id="12"/><token_anchor t_id="13"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="7" syntactic_type="NAM"><token_anchor t_id="14"/><token_anchor t_id="15"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="8" syntactic_type="NAM"><token_anchor t_id="19"/><token_anchor t_id="20"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="9" syntactic_type="NAM"><token_anchor t_id="21"/><token_anchor t_id="22"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="10" syntactic_type=""><token_anchor t_id="24"/><token_anchor t_id="25"/><token_anchor t_id="26"/><token_anchor t_id="27"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="11" syntactic_type="NAM"><token_anchor t_id="25"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="12" syntactic_type="NAM"><token_anchor t_id="27"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="13" syntactic_type=""><token_anchor t_id="28"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="14" syntactic_type=""><token_anchor t_id="30"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="15" syntactic_type="NAM"><token_anchor t_id="32"/><token_anchor t_id="33"/></ENTITY_MENTION>
<EVENT_MENTION m_id="30" pred="order" polarity="POS"><token_anchor t_id="3"/></EVENT_MENTION>
<EVENT_MENTION m_id="31" pred="" polarity="POS"><token_anchor t_id="11"/></EVENT_MENTION>
<EVENT_MENTION m_id="32" pred="leave" polarity="NEG"><token_anchor t_id="18"/></EVENT_MENTION>
<EVENT_MENTION m_id="33" pred="" polarity="POS"><token_anchor t_id="23"/></EVENT_MENTION>
<EVENT_MENTION m_id="34" pred="sell" polarity="POS"><token_anchor t_id="29"/></EVENT_MENTION>
<ENTITY m_id="101" ent_type="ORG" TAG_DESCRIPTOR="Zentra Air"/>
<ENTITY m_id="102" ent_type="PRO" TAG_DESCRIPTOR="V7 jets"/>
<ENTITY m_id="103" ent_type="ORG" TAG_DESCRIPTOR="Veltro Aerospace"/>
<ENTITY m_id="104" ent_type="ORG" TAG_DESCRIPTOR="Orvia Bank plc"/>
<ENTITY m_id="105" ent_type="ORG" TAG_DESCRIPTOR="Kestrel Foods"/>
<ENTITY m_id="106" ent_type="PER" TAG_DESCRIPTOR="Mara Quill"/>
<ENTITY m_id="107" ent_type="ORG" TAG_DESCRIPTOR="rivals"/>
<ENTITY m_id="108" ent_type="ORG" TAG_DESCRIPTOR="Dunmore"/>
<ENTITY m_id="109" ent_type="ORG" TAG_DESCRIPTOR="Pell"/>
<ENTITY m_id="110" ent_type="ORG" TAG_DESCRIPTOR="brokers"/>
<ENTITY m_id="111" ent_type="FIN" TAG_DESCRIPTOR="shares"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><target m_id="101"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="102"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="3"/><target m_id="103"/></REFERS_TO>
<REFERS_TO r_id="4"><source m_id="4"/><source m_id="5"/><source m_id="9"/><source m_id="15"/><target m_id="104"/></REFERS_TO>
<REFERS_TO r_id="5"><source m_id="6"/><source m_id="8"/><target m_id="105"/></REFERS_TO>
<REFERS_TO r_id="6"><source m_id="7"/><target m_id="106"/></REFERS_TO>
<REFERS_TO r_id="7"><source m_id="10"/><target m_id="107"/></REFERS_TO>
<REFERS_TO r_id="8"><source m_id="11"/><target m_id="108"/></REFERS_TO>
<REFERS_TO r_id="9"><source m_id="12"/><target m_id="109"/></REFERS_TO>
<REFERS_TO r_id="10"><source m_id="13"/><target m_id="110"/></REFERS_TO>
<REFERS_TO r_id="11"><source m_id="14"/><target m_id="111"/></REFERS_TO>
<HAS_PARTICIPANT r_id="20" sem_role="Arg0"><source m_id="30"/><target m_id="1"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="21" sem_role="Arg1"><source m_id="30"/><target m_id="2"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="22" sem_role="Arg0"><source m_id="31"/><target m_id="5"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="23" sem_role="Arg1"><source m_id="31"/><target m_id="6"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="24" sem_role="Arg0"><source m_id="32"/><target m_id="7"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="25" sem_role="Arg1"><source m_id="32"/><target m_id="8"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="26" sem_role="Arg0"><source m_id="33"/><target m_id="9"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="27" sem_role="Arg1"><source m_id="33"/><target m_id="10"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="28" sem_role="Arg0"><source m_id="34"/><target m_id="13"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="29" sem_role="Arg1"><source m_id="34"/><target m_id="14"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="30" sem_role="Arg2"><source m_id="34"/><target m_id="15"/></HAS_PARTICIPANT>
</Relations></Document>"#;

fn doc() -> SrlDoc {
    parse_srl(CAT, Path::new("x/9_Invented.xml"), &rules()).expect("parses")
}

fn gold(doc: &SrlDoc) -> Vec<(&str, &str, &str, bool)> {
    doc.relations
        .iter()
        .map(|g| {
            (
                g.class,
                doc.instances[g.source].name.as_str(),
                doc.instances[g.target].name.as_str(),
                g.via_maker,
            )
        })
        .collect()
}

fn instance<'a>(doc: &'a SrlDoc, name: &str) -> &'a Instance {
    doc.instances
        .iter()
        .find(|i| i.name == name)
        .expect("an instance of that name")
}

/// The spans of every occurrence of `needle` in the text.
fn spans(doc: &SrlDoc, needle: &str) -> Vec<Span> {
    doc.text
        .match_indices(needle)
        .map(|(s, m)| (s, s + m.len()))
        .collect()
}

fn predicted(doc: &SrlDoc, kind: RelationKind, source: &str, target: &str) -> Predicted {
    let (class, swap) = class_of(kind);
    let (s, t) = if swap {
        (target, source)
    } else {
        (source, target)
    };
    Predicted {
        class,
        kind: kind.props().name,
        source: spans(doc, s),
        target: spans(doc, t),
        names: (source.to_owned(), target.to_owned()),
        triggers: vec![spans(doc, target)[0].0],
    }
}

use crate::model::RelationKind;

#[test]
fn the_rules_map_roles_to_relations_between_named_instances() {
    let doc = doc();
    assert_eq!(
        gold(&doc),
        vec![
            ("buys_from", "Zentra Air", "Veltro", true),
            ("acquired", "Orvia Bank", "Kestrel Foods", false),
            ("competitor_of", "Orvia Bank", "Dunmore", false),
            ("competitor_of", "Orvia Bank", "Pell", false),
        ],
        "the negated departure and the sale by unnamed brokers give nothing"
    );
    assert!(
        doc.covered[&1].contains("acquired"),
        "the takeover's sentence is covered"
    );
    assert!(
        !doc.covered.contains_key(&2),
        "a negated event covers nothing"
    );
    assert!(
        doc.covered[&4].contains("buys_from"),
        "a sale covers buys_from even when its parties are unnamed"
    );
    assert!(
        !doc.covered[&1].contains("buys_from"),
        "a takeover with no seller annotated does not cover buys_from"
    );
    assert!(
        !doc.covered[&0].contains("acquired"),
        "an order names no company bought: no takeover end"
    );
}

#[test]
fn a_participant_resolves_to_its_instance_and_its_names() {
    let doc = doc();
    let orvia = instance(&doc, "Orvia Bank");
    assert!(orvia.named);
    assert_eq!(orvia.mentions.len(), 4, "three names and the pronoun");
    let it = doc.text.find(" it ").expect("the pronoun") + 1;
    assert!(
        on_instance((it, it + 2), orvia),
        "the pronoun is Orvia Bank"
    );
    // "Veltro" lies inside the product's mention: a prediction on it is the
    // maker, not the product.
    let product = &doc.instances[1];
    assert_eq!(product.ent_type, "PRO");
    let veltro = spans(&doc, "Veltro")[0];
    let v7 = spans(&doc, "V7")[0];
    assert!(!on_instance(veltro, product));
    assert!(on_instance(v7, product));
    assert!(on_instance(veltro, instance(&doc, "Veltro")));
}

#[test]
fn scoring_matches_ends_by_mentions_either_way_for_symmetric_and_sells_to() {
    let doc = doc();
    let system = [
        // sells_to(A, B) is buys_from(B, A).
        predicted(&doc, RelationKind::SellsTo, "Veltro", "Zentra Air"),
        // The other way round: wrong.
        predicted(&doc, RelationKind::Acquired, "Kestrel Foods", "Orvia Bank"),
        // Symmetric: either way.
        predicted(&doc, RelationKind::CompetitorOf, "Pell", "Orvia Bank"),
        // A kind the layer cannot state.
        predicted(&doc, RelationKind::LocatedIn, "Pell", "Dunmore"),
        // A role on a sentence with no role event.
        predicted(&doc, RelationKind::CeoOf, "Mara Quill", "Kestrel Foods"),
    ];
    let mut r = SrlReport::default();
    r.add_document(&doc, &system);
    let report = r.render(true);
    assert_eq!(r.overall.all.tp, 2, "{report}");
    assert_eq!(r.overall.all.system(), 4, "{report}");
    assert_eq!(r.overall.all.gold(), 4, "{report}");
    assert_eq!(r.per_class["buys_from"].all.tp, 1, "{report}");
    assert_eq!(r.per_class[ROLE].all.fp, 1, "{report}");
    assert_eq!(r.not_scored["located_in"], 1, "{report}");
    assert_eq!(r.via_maker, 1, "{report}");
    // Covered: the takeover (line 1) and the rivals (line 3); the role
    // (line 2) is not.
    assert_eq!(r.overall.covered.system(), 2, "{report}");
    assert_eq!(r.overall.covered.tp, 1, "{report}");
    assert!(
        report.contains("9 s3 miss competitor_of Orvia Bank -> Dunmore (outsold)"),
        "{report}"
    );
    assert!(
        report.contains("9 s1 extra acquired Kestrel Foods -> Orvia Bank [covered]"),
        "{report}"
    );
}

#[test]
fn reserved_documents_are_left_out_unless_asked_for() {
    let ids = reserved_ids();
    assert_eq!(ids.len(), 12);
    assert!(ids.contains(&"68899") && ids.contains(&"1007169"));
    let files = vec![
        PathBuf::from("c/68899_Reserved_story.xml"),
        PathBuf::from("c/3835_Open_story.xml"),
        PathBuf::from("c/1007169_Other.xml"),
        PathBuf::from("c/100716_Near_miss.xml"),
    ];
    let (kept, skipped) = without_reserved(files.clone(), false);
    assert_eq!(
        kept,
        vec![
            PathBuf::from("c/3835_Open_story.xml"),
            PathBuf::from("c/100716_Near_miss.xml")
        ]
    );
    assert_eq!(skipped, 2);
    let (all, none) = without_reserved(files, true);
    assert_eq!((all.len(), none), (4, 0));
}

#[test]
fn the_table_parses_and_lemmas_cover_regular_and_irregular_forms() {
    let rules = rules();
    assert!(rules.len() > 10);
    let sells: Vec<_> = rules.iter().filter(|r| r.swap).collect();
    assert!(!sells.is_empty() && sells.iter().all(|r| r.class == "buys_from"));
    assert!(rules.iter().any(|r| r.class == ROLE));
    let one = parse_rules("left\tquit\tArg0:PER\tArg1|Arg2:ORG\t!Arg1:PER\n");
    assert_eq!(one[0].class, "left");
    assert_eq!(one[0].target.slots.len(), 2);
    assert!(one[0].requires[0].absent);
    for (form, lemma) in [
        ("bought", "buy"),
        ("ordered", "order"),
        ("Resigning", "resign"),
        ("stepped", "step"),
        ("acquires", "acquire"),
        ("merged", "merge"),
    ] {
        assert!(lemmas(form).iter().any(|l| l == lemma), "{form}");
    }
    let words = |s: &str| s.split(' ').map(str::to_owned).collect::<Vec<_>>();
    assert!(map::stands_for("", &words("stepped down"), "step down"));
    assert!(!map::stands_for("", &words("stepped up"), "step down"));
    assert!(map::stands_for("bail out", &[], "bail out"));
}

#[test]
fn report_lines_about_reserved_documents_are_recognised() {
    use super::about_reserved;
    let reserved = ["102977", "11716"];
    assert!(about_reserved("102977 s3 \"EADS\" miss ORG NAM", &reserved));
    assert!(about_reserved(
        "MONEY miss 102977_Airbus_parent_EADS.xml \"$1bn\"",
        &reserved
    ));
    assert!(!about_reserved("117160 s1 \"GM\" extra Org", &reserved));
    assert!(!about_reserved("1171 s1 \"GM\" extra Org", &reserved));
}
