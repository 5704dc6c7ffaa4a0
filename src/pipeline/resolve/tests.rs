//! Test kit of the resolution step: candidates for invented sentences, and
//! the entity a surface ended in; the resolution of shared short forms and
//! of descriptions.

use crate::model::{Entity, EntityKind, Mention, Provenance, Span};
use crate::pipeline::candidate::Candidate;
use crate::pipeline::kinds::Kinds;

use super::{Resolution, resolve};

/// Candidates for every occurrence of each `(surface, kind)` in `text`.
pub(super) fn candidates(text: &str, names: &[(&str, EntityKind)]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (name, kind) in names {
        for (start, _) in text.match_indices(name) {
            let span = Span::new(start, start + name.len());
            if out
                .iter()
                .any(|c: &Candidate| c.mention.span.overlaps(span))
            {
                continue;
            }
            out.push(Candidate {
                mention: Mention::new(span, *kind, Provenance::Model, 0.9),
                head: None,
            });
        }
    }
    out.sort_by_key(|c| c.mention.span.start);
    out
}

pub(super) fn entity_of<'a>(r: &'a Resolution, text: &str, surface: &str) -> &'a Entity {
    let m = r
        .mentions
        .iter()
        .position(|m| m.span.slice(text) == surface)
        .unwrap_or_else(|| panic!("{surface}"));
    &r.entities[r.mentions[m]
        .entity
        .unwrap_or_else(|| panic!("{surface} unresolved"))]
}

#[test]
fn a_bare_name_two_companies_share_goes_to_the_most_named() {
    let lang = crate::lang::Language::english().expect("English loads");
    let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
    let text = "Orvell Cell Systems and Kiran Motor will build a plant. Orvell will own 40%. \
                Orvell, a unit of Orvell Group, supplies Kiran. Orvell Cell Systems said \
                Orvell would hire. Pell Group said Pell would grow. Tamber Inc. and Tamber \
                Stores said Tamber would grow.";
    let c = candidates(
        text,
        &[
            ("Orvell Cell Systems", EntityKind::Org),
            ("Orvell Group", EntityKind::Org),
            ("Kiran Motor", EntityKind::Org),
            ("Pell Group", EntityKind::Org),
            ("Tamber Inc.", EntityKind::Org),
            ("Tamber Stores", EntityKind::Org),
            ("Orvell", EntityKind::Org),
            ("Kiran", EntityKind::Org),
            ("Pell", EntityKind::Org),
            ("Tamber", EntityKind::Org),
        ],
    );
    let sentences = vec![Span::new(0, text.len())];
    let r = resolve(&lang.resolve, &kinds, text, c, &sentences, &[]);
    let orvell = entity_of(&r, text, "Orvell");
    assert_eq!(orvell.name, "Orvell Cell Systems", "{:?}", orvell.aliases);
    assert_eq!(orvell.mentions.len(), 5, "{:?}", orvell.aliases);
    let group = entity_of(&r, text, "Orvell Group");
    assert_eq!(group.mentions.len(), 1, "{:?}", group.aliases);
    // With no other company of the word, the bare name is the group's.
    assert_eq!(entity_of(&r, text, "Pell").name, "Pell Group");
    // A company's own legal suffix is no parent: "Tamber" is Tamber Inc.
    assert_eq!(entity_of(&r, text, "Tamber").name, "Tamber Inc.");
}

#[test]
fn an_acronym_is_the_full_name_s_beside_a_unit_named_by_it() {
    let lang = crate::lang::Language::english().expect("English loads");
    let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
    let text = "KB files for bankruptcy. Keltic Brands said KB Nordic would be sold, \
                and that KB would close plants.";
    let c = candidates(
        text,
        &[
            ("Keltic Brands", EntityKind::Org),
            ("KB Nordic", EntityKind::Org),
            ("KB", EntityKind::Org),
        ],
    );
    let sentences = vec![Span::new(0, text.len())];
    let headline = Span::new(0, text.find('.').unwrap_or(0) + 1);
    let r = resolve(&lang.resolve, &kinds, text, c, &sentences, &[headline]);
    let kb = entity_of(&r, text, "KB");
    assert_eq!(kb.name, "Keltic Brands", "{:?}", kb.aliases);
    assert_eq!(kb.mentions.len(), 3, "{:?}", kb.aliases);
    assert_eq!(entity_of(&r, text, "KB Nordic").mentions.len(), 1);
}

#[test]
fn a_works_town_a_rule_made_is_no_short_form_of_the_works() {
    let lang = crate::lang::Language::english().expect("English loads");
    let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
    let text = "Plants: * Tarsiaville Assembly Plant of Tarsiaville, Ohio * Orvo Works.";
    let mut c = candidates(
        text,
        &[
            ("Tarsiaville Assembly Plant", EntityKind::Org),
            ("Tarsiaville", EntityKind::Loc),
            ("Ohio", EntityKind::Loc),
        ],
    );
    // The town split off the works' name by rule, as the tagging stage does.
    c.iter_mut()
        .filter(|c| c.mention.span.slice(text) == "Tarsiaville")
        .for_each(|c| c.mention.source = Provenance::Rule);
    let sentences = vec![Span::new(0, text.len())];
    let r = resolve(&lang.resolve, &kinds, text, c, &sentences, &[]);
    let town = entity_of(&r, text, "Tarsiaville");
    assert_eq!(town.name, "Tarsiaville", "{:?}", town.aliases);
    assert_eq!(town.kind, EntityKind::Loc);
}

#[test]
fn a_company_s_words_said_again_after_its_full_name_are_its_short_form() {
    let lang = crate::lang::Language::english().expect("English loads");
    let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
    let text = "Tarnveld Haven Marine hired Ostrova Sucre de Pont Lisle SA. Tarnveld Haven \
                will pay, and Pont Lisle will build. Kerro Bay said Kerro Bay Vantor would grow.";
    let c = candidates(
        text,
        &[
            ("Tarnveld Haven Marine", EntityKind::Org),
            ("Ostrova Sucre de Pont Lisle SA", EntityKind::Org),
            ("Kerro Bay Vantor", EntityKind::Org),
            ("Tarnveld Haven", EntityKind::Org),
            ("Pont Lisle", EntityKind::Org),
            ("Kerro Bay", EntityKind::Org),
        ],
    );
    let sentences = vec![Span::new(0, text.len())];
    let r = resolve(&lang.resolve, &kinds, text, c, &sentences, &[]);
    assert_eq!(
        entity_of(&r, text, "Tarnveld Haven").name,
        "Tarnveld Haven Marine"
    );
    assert_eq!(
        entity_of(&r, text, "Pont Lisle").name,
        "Ostrova Sucre de Pont Lisle SA"
    );
    // Said before the full name, the shorter name is another company's.
    assert_eq!(entity_of(&r, text, "Kerro Bay").name, "Kerro Bay");
    // A headline above may say the shorter name first.
    let text = "Quillane Lumen wins order\nQuillane Lumen Kabel SA won an order. Quillane Lumen will hire.";
    let c = candidates(
        text,
        &[
            ("Quillane Lumen Kabel SA", EntityKind::Org),
            ("Quillane Lumen", EntityKind::Org),
        ],
    );
    let headline = Span::new(0, text.find('\n').unwrap_or(0));
    let sentences = vec![headline, Span::new(headline.end + 1, text.len())];
    let r = resolve(&lang.resolve, &kinds, text, c, &sentences, &[headline]);
    assert_eq!(
        entity_of(&r, text, "Quillane Lumen").name,
        "Quillane Lumen Kabel SA"
    );
    // An event's name is no short form of a longer name that holds it.
    let text = "Keltic shows phone at Orvane Developers Conference\n\
                At the Keltic Orvane Developers Conference, Keltic showed a phone.";
    let c = candidates(
        text,
        &[
            ("Keltic Orvane Developers Conference", EntityKind::Org),
            ("Orvane Developers Conference", EntityKind::Org),
        ],
    );
    let headline = Span::new(0, text.find('\n').unwrap_or(0));
    let sentences = vec![headline, Span::new(headline.end + 1, text.len())];
    let r = resolve(&lang.resolve, &kinds, text, c, &sentences, &[headline]);
    assert_eq!(
        entity_of(&r, text, "Orvane Developers Conference").name,
        "Orvane Developers Conference"
    );
}

#[test]
fn a_legal_form_spelt_out_is_its_abbreviation() {
    let lang = crate::lang::Language::english().expect("English loads");
    let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
    let text = "Jon Hale chairs Orvell Motor Co. in Oslo. Orvell Motor Company made no comment. \
                Kiran Company and Kiran Stores are rivals.";
    let c = candidates(
        text,
        &[
            ("Orvell Motor Company", EntityKind::Org),
            ("Orvell Motor Co.", EntityKind::Org),
            ("Kiran Company", EntityKind::Org),
            ("Kiran Stores", EntityKind::Org),
        ],
    );
    let sentences = vec![Span::new(0, text.len())];
    let r = resolve(&lang.resolve, &kinds, text, c, &sentences, &[]);
    let orvell = entity_of(&r, text, "Orvell Motor Company");
    assert_eq!(orvell.name, "Orvell Motor Co.", "{:?}", orvell.aliases);
    assert_eq!(orvell.mentions.len(), 2, "{:?}", orvell.aliases);
    // A name of two words keeps the word: "Kiran Company" is no "Kiran".
    assert_eq!(entity_of(&r, text, "Kiran Company").mentions.len(), 1);
}

#[test]
fn descriptions_follow_subjects_and_prepositions() {
    let lang = crate::lang::Language::english().expect("English loads");
    let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
    let text = "Acme said it would invest in Beta. The company will pay cash. Acme poured money into the startup.";
    let mut c = candidates(
        text,
        &[("Acme", EntityKind::Org), ("Beta", EntityKind::Org)],
    );
    for (surface, head) in [("The company", "company"), ("the startup", "startup")] {
        let start = text.find(surface).unwrap_or(0);
        let mut m = Mention::new(
            Span::new(start, start + surface.len()),
            EntityKind::Org,
            Provenance::Rule,
            0.6,
        );
        m.nominal = true;
        c.push(Candidate {
            mention: m,
            head: Some(head.to_owned()),
        });
    }
    c.sort_by_key(|c| c.mention.span.start);
    let sentences: Vec<Span> = crate::pipeline::segment::segment(&lang.segment, text)
        .sentences
        .iter()
        .map(|s| s.span)
        .collect();
    assert_eq!(sentences.len(), 3);
    let r = resolve(&lang.resolve, &kinds, text, c, &sentences, &[]);
    // Subject position continues the previous subject; a prepositional object is not the subject.
    assert_eq!(entity_of(&r, text, "The company").name, "Acme");
    assert_eq!(entity_of(&r, text, "the startup").name, "Beta");
    assert!(
        entity_of(&r, text, "the startup")
            .links
            .iter()
            .any(|l| l.rule == "description")
    );
}

#[test]
fn a_body_s_head_word_said_alone_is_the_one_body_it_heads() {
    // The head word alone before the full name too (a headline's).
    let text = "Commission fines Tarnvale over bus contracts.\nThe European Commission \
                fined Tarnvale 40 million euros on Monday. European Commissioner Ann Tarr \
                said the Commission would act again. The National Assembly must approve \
                the fine, and the Assembly meets in May.\n";
    let a = crate::pipeline::tests::analysis(text);
    let named = |name: &str| a.entities.iter().find(|e| e.name == name);
    let commission = named("European Commission").expect("the commission");
    assert_eq!(commission.mentions.len(), 3, "{:?}", commission.aliases);
    let assembly = named("National Assembly").expect("the assembly");
    assert_eq!(assembly.mentions.len(), 2, "{:?}", assembly.aliases);
    assert!(named("Commission").is_none() && named("Assembly").is_none());
}

#[test]
fn a_name_in_brackets_after_a_company_or_index_is_its_other_name() {
    let lang = crate::lang::Language::english().expect("English loads");
    let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
    let text = "Koninklijke Tarn Nederland NV's (Dutch Tarn) profit rose. Dutch Tarn \
                will pay. The Orvane & Tell's 400 (O&T) fell; the O&T lost 2%. \
                Jane Roe (Velmar) spoke, and Velmar said the Fed would act, as the \
                Federal Reserve said. Ostravia's (KX) jets flew; KX said. Halden Foods \
                (Pemmit Cereal Brands) grew.";
    let c = candidates(
        text,
        &[
            ("Koninklijke Tarn Nederland NV", EntityKind::Org),
            ("Dutch Tarn", EntityKind::Org),
            ("Orvane & Tell's 400", EntityKind::Misc),
            ("O&T", EntityKind::Org),
            ("Jane Roe", EntityKind::Person),
            ("Velmar", EntityKind::Org),
            ("Federal Reserve", EntityKind::Org),
            ("Fed", EntityKind::Org),
            ("Ostravia", EntityKind::Loc),
            ("KX", EntityKind::Org),
            ("Pemmit Cereal Brands", EntityKind::Org),
            ("Halden Foods", EntityKind::Org),
        ],
    );
    let sentences = vec![Span::new(0, text.len())];
    let r = resolve(&lang.resolve, &kinds, text, c, &sentences, &[]);
    let tarn = entity_of(&r, text, "Dutch Tarn");
    assert_eq!(
        tarn.name, "Koninklijke Tarn Nederland NV",
        "{:?}",
        tarn.aliases
    );
    assert_eq!(tarn.mentions.len(), 3, "{:?}", tarn.aliases);
    let index = entity_of(&r, text, "O&T");
    assert_eq!(index.name, "Orvane & Tell's 400", "{:?}", index.aliases);
    // A person's bracket holds no other name of the person.
    assert_eq!(entity_of(&r, text, "Velmar").name, "Velmar");
    // "the Fed": the Federal Reserve by convention.
    assert_eq!(entity_of(&r, text, "Fed").name, "Federal Reserve");
    // A place's possessive before brackets gives the place no acronym.
    assert_eq!(entity_of(&r, text, "KX").name, "KX");
    // A longer name in the brackets glosses another thing (a brand, a parent).
    assert_eq!(
        entity_of(&r, text, "Pemmit Cereal Brands").mentions.len(),
        1
    );
}
