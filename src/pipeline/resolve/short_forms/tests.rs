//! Short forms on invented texts: a company's first or last word, a
//! product line, a short form above the lead.

use crate::model::EntityKind;
use crate::pipeline::tests::analysis;

/// The name of the entity a mention with this text belongs to, and its kind.
fn entity_of(text: &str, surface: &str) -> Option<(String, EntityKind)> {
    let a = analysis(text);
    let m = a.mentions.iter().find(|m| m.span.slice(text) == surface)?;
    let e = &a.entities[m.entity?];
    Some((e.name.clone(), e.kind))
}

#[test]
fn a_product_line_alone_is_its_one_version_named() {
    let text = "Keltic Inc. unveiled the kelOS 4 system. Developers said kelOS is fast.";
    assert_eq!(
        entity_of(text, "kelOS"),
        Some(("kelOS 4".to_owned(), EntityKind::Product))
    );
    let text = "Keltic Inc. sold the zPhone 3 and the zPhone 4. The zPhone is popular.";
    assert_eq!(
        entity_of(text, "zPhone"),
        Some(("zPhone".to_owned(), EntityKind::Product))
    );
    // Said before the version, or beside a code before it, it is the line.
    let text = "Keltic Inc. sells the zPhone. It unveiled the 3G zPhone and kelOS 4 today.";
    assert_eq!(
        entity_of(text, "zPhone"),
        Some(("zPhone".to_owned(), EntityKind::Product))
    );
}

#[test]
fn a_first_word_is_the_short_form_of_a_name_an_apposition_calls_a_company() {
    // The tagger reads "Verrant Labs" as some other name; the
    // apposition makes it a company, whose short form "Verrant" is.
    let text = "Keltic Inc. will pay $40 million to Verrant Labs, a small wireless \
                charging company, for using its patents. Verrant, which is based in \
                Austin, had asked for more.";
    assert_eq!(
        entity_of(text, "Verrant").map(|(name, _)| name),
        Some("Verrant Labs".to_owned())
    );
}

#[test]
fn a_short_form_above_the_lead_is_the_full_name_of_the_lead() {
    // A headline ending in a stop, and a dateline, above the lead.
    let text = "Verlo sees second-quarter loss.\nRICHMOND, Va.\n1996-08-22\n\
                Verlo Products Co said on Thursday it expected a loss. Verlo will \
                open two stores this fall.";
    assert_eq!(
        entity_of(text, "Verlo").map(|(name, _)| name),
        Some("Verlo Products Co".to_owned())
    );
    // A standfirst and a byline between the headline and the lead.
    let text = "Halden orders six carriers in Korea\n\nThe Athens owner's first \
                ships, from Tarnsung, will cost about $1.5bn.\n\nJon Hale | 20 November \
                2025\n\nGreek shipowner Halden Maritime has ordered six carriers from \
                Tarnsung Heavy Industries.\n\nTarnsung, the smallest of Korea's big \
                yards, beat two rivals.";
    assert_eq!(
        entity_of(text, "Tarnsung").map(|(name, _)| name),
        Some("Tarnsung Heavy Industries".to_owned())
    );
    // Said in a body paragraph before the full name, it stays apart.
    let text = "Markets were calm on Monday.\n\nTraders said Velmark shares rose.\n\n\
                Bonds fell.\n\nOil rose.\n\nGold fell.\n\nVelmark Heavy Industries \
                won an order.";
    assert_ne!(
        entity_of(text, "Velmark").map(|(name, _)| name),
        Some("Velmark Heavy Industries".to_owned())
    );
}

#[test]
fn a_place_word_that_acts_as_the_company_is_its_short_form() {
    let text = "Harwich Photonics named Ana Berg chief executive on Monday. Harwich, \
                headquartered in Oslo, makes lasers. Shares of Harwich rose 6%.";
    assert_eq!(
        entity_of(text, "Harwich"),
        Some(("Harwich Photonics".to_owned(), EntityKind::Org))
    );
    // The town a company is named for, where something is put, stays the town.
    let text = "Dundee Scientific said it will open a laboratory in Dundee next year. \
                The laboratory in Dundee will hire 40 people.";
    assert_eq!(
        entity_of(text, "Dundee"),
        Some(("Dundee".to_owned(), EntityKind::Loc))
    );
}

#[test]
fn a_word_after_a_leading_company_word_is_that_company_even_said_first() {
    // "Orvalda" in the lead before "Grupo Orvalda": one company.
    let text = "Forklift maker Keltic Lifts wins order from Spain's Orvalda\n\
                Keltic Lifts will supply 400 trucks to the Spanish chain Grupo Orvalda. \
                Orvalda runs 300 stores.";
    assert_eq!(
        entity_of(text, "Orvalda"),
        Some(("Grupo Orvalda".to_owned(), EntityKind::Org))
    );
}

#[test]
fn a_word_after_a_compound_company_word_is_that_company() {
    // "Tarnvik" alone after "Boligselskabet Tarnvik": the association's.
    let text = "The flats owned by the housing association Boligselskabet Tarnvik will be \
                painted by Orlen Farver. Tarnvik, whose estates stand in Harbourton, had \
                used local painters. Tarnvik's director, Mette Sandvold, said so.";
    assert_eq!(
        entity_of(text, "Tarnvik"),
        Some(("Boligselskabet Tarnvik".to_owned(), EntityKind::Org))
    );
    // A person named in full with the word keeps it.
    let text = "The housing association Boligselskabet Tarnvik hired a roofer. Its \
                director, Jens Tarnvik, chose him. Tarnvik said he was pleased.";
    assert_eq!(
        entity_of(text, "Tarnvik"),
        Some(("Jens Tarnvik".to_owned(), EntityKind::Person))
    );
}

#[test]
fn a_sentence_case_headline_may_give_the_last_word_first() {
    let text = "Portugal's Vareiro lands fabric deal with Swedish label Keltic Outdoor\n\
                PORTO, May 4 (Wirebeam) -\n\
                Fiação Vareiro SA has won a 38 million euro order from Keltic Outdoor AB. \
                To handle the work Vareiro will buy 40 looms.";
    assert_eq!(
        entity_of(text, "Vareiro"),
        Some(("Fiação Vareiro SA".to_owned(), EntityKind::Org))
    );
}

#[test]
fn a_headline_below_a_masthead_may_give_the_last_word_first() {
    // The headline is no first line: a masthead and a price line stand above it.
    let text = "THE VALLEY LEDGER — business news of the Tarn hills\n\
                Wool price index, May: 4.10 per kilo, unchanged\n\
                Wool mill Vareiro names new chief executive\n\
                Fiação Vareiro SA, which spins wool in Tarnby, has named Ana Kessel \
                as its chief executive. Vareiro will buy 40 looms.";
    assert_eq!(
        entity_of(text, "Vareiro"),
        Some(("Fiação Vareiro SA".to_owned(), EntityKind::Org))
    );
    // A sentence between them is the body's: the short form said there is no headline's.
    let text = "Tarn wool prices rise\n\
                Vareiro said in May that it would hire.\n\
                Fiação Vareiro SA, which spins wool in Tarnby, has named Ana Kessel \
                as its chief executive.";
    assert_ne!(
        entity_of(text, "Vareiro").map(|(n, _)| n),
        Some("Fiação Vareiro SA".to_owned())
    );
}

#[test]
fn a_company_named_by_its_last_word_beside_a_namesake_is_the_company() {
    let text = "The government will give steelmaker Officine Varesco a loan. Varesco's \
                chairman, Lucia Varesco, welcomed it. Varesco's chief executive, Jon \
                Hale, said the mill would be rebuilt.";
    assert_eq!(
        entity_of(text, "Varesco"),
        Some(("Officine Varesco".to_owned(), EntityKind::Org))
    );
    assert_eq!(
        entity_of(text, "Lucia Varesco"),
        Some(("Lucia Varesco".to_owned(), EntityKind::Person))
    );
    // Said of the person, the surname stays hers.
    let text = "Lucia Varesco chairs Officine Varesco. Varesco said she would stay.";
    assert_eq!(
        entity_of(text, "Varesco").map(|(_, k)| k),
        Some(EntityKind::Person)
    );
}

#[test]
fn a_company_named_by_its_last_word_before_a_legal_suffix_is_the_company() {
    let text = "The Italian coffee roaster Officine Bellandi SpA will merge with \
                Kaffeverk. Bellandi's chief executive, Marco Tessi, is to leave. Nino \
                Bellandi, whose grandfather Ugo Bellandi founded it, will chair the board.";
    assert_eq!(
        entity_of(text, "Bellandi"),
        Some(("Officine Bellandi SpA".to_owned(), EntityKind::Org))
    );
}

#[test]
fn a_company_named_by_its_last_word_before_a_legal_form_of_words_is_the_company() {
    let text = "The fire engines will be built by Wozny Olbar Sp. z o.o., a family \
                company in Kalisz. Olbar builds the bodies and ladders itself.";
    assert_eq!(
        entity_of(text, "Olbar"),
        Some(("Wozny Olbar Sp. z o.o.".to_owned(), EntityKind::Org))
    );
}

#[test]
fn two_words_of_a_company_read_as_a_person_are_its_short_form() {
    // "Van Kelmerhout" reads as a Dutch surname; its chief executive
    // shows it to be the company named in full before.
    let text = "The Rotterdam delicatessen group Van Kelmerhout Fijnkost said on Tuesday \
                it had paid 7.4 million euros for the farm. Van Kelmerhout, controlled by \
                the Hazel family, already takes half its output. Van Kelmerhout's chief \
                executive, Jan Terwel, said the group wanted to grow.";
    assert_eq!(
        entity_of(text, "Van Kelmerhout").map(|(name, _)| name),
        Some("Van Kelmerhout Fijnkost".to_owned())
    );
    // A person of the company's name, with no company's mark, stays a person.
    let text = "The Oslo property group Anna Lindqvist Fastigheter bought a farm. Anna \
                Lindqvist said she was pleased with the price.";
    assert_eq!(
        entity_of(text, "Anna Lindqvist"),
        Some(("Anna Lindqvist".to_owned(), EntityKind::Person))
    );
}

#[test]
fn a_company_word_read_as_a_surname_but_possessing_is_the_company() {
    let text = "Trattori Brevan SAS of Lyon and Officina Tessarollo S.p.A. of Padua will \
                each hold half of a new company, they said on Tuesday.\n\
                The venture will be led by Tessarollo's engineering director, Marta \
                Quintaviva-Bello.\nTessarollo is putting in 9 million euros.";
    assert_eq!(
        entity_of(text, "Tessarollo").map(|(name, _)| name),
        Some("Officina Tessarollo S.p.A.".to_owned())
    );
}
