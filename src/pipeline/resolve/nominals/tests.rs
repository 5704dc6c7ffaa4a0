//! Descriptions linked to the organisation they stand for, on invented
//! sentences: homes, appositions, names said in passing, introduced words,
//! ventures, kinds of business, prepositions and subjects.

use crate::model::RelationKind::{self, Acquired, LocatedIn};
use crate::pipeline::tests::{analysis, resolved};

#[test]
fn a_home_in_a_description_keeps_companies_apart() {
    let a = analysis(
        "Keltic Foods agreed to buy Brightwater Brands on Monday. \
         The deal values the Boise-based company at $7 billion. \
         The purchase is the Minneapolis-based company's largest since 2021.",
    );
    let name = |e: usize| a.entities[e].name.as_str();
    let got: Vec<(&str, RelationKind, &str)> = a
        .relations
        .iter()
        .filter(|r| matches!(r.kind, Acquired | LocatedIn))
        .map(|r| (name(r.source), r.kind, name(r.target)))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Keltic Foods", Acquired, "Brightwater Brands"),
            ("Brightwater Brands", LocatedIn, "Boise"),
            ("Keltic Foods", LocatedIn, "Minneapolis"),
        ]
    );
}

#[test]
fn a_description_right_before_a_name_describes_that_name() {
    let text = "Zephyr Corp. competes with Quantix Inc. in Europe. \
                It is 27% owned by the Japanese electronics group Keltic Holdings.";
    assert_eq!(
        resolved(text, "electronics group").as_deref(),
        Some("Keltic Holdings")
    );
    let a = analysis(text);
    let name = |e: usize| a.entities[e].name.as_str();
    let stakes: Vec<(&str, &str)> = a
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::StakeIn)
        .map(|r| (name(r.source), name(r.target)))
        .collect();
    assert_eq!(stakes, vec![("Keltic Holdings", "Zephyr Corp.")]);
}

#[test]
fn a_name_said_once_in_passing_yields_to_the_subject() {
    // The retailer named once in a list is not "the company".
    assert_eq!(
        resolved(
            "Lockbox Systems was founded in Warsaw. \
             Lockbox Systems runs 900 lockers in Poland and counts the retailer Brenta Oil among its hosts. \
             Jon Hale, who co-founded the company in 2018, will remain its chief executive.",
            "the company"
        )
        .as_deref(),
        Some("Lockbox Systems")
    );
    // A name said as often as the subject stays the nearest fit.
    assert_eq!(
        resolved(
            "Keltic Foods agreed to buy Brightwater Brands. Keltic Foods will pay $48 per share for Brightwater Brands. \
             Including debt, the deal values the Boise-based company at $7.9 billion.",
            "company"
        )
        .as_deref(),
        Some("Brightwater Brands")
    );
}

#[test]
fn a_description_the_text_introduced_a_name_with_is_that_name() {
    let text = "Danish grid operator Tarvik Net ordered 40 drones from Finnish drone maker Lumo Robotics. \
                Tarvik Net inspects its lines with helicopters from Keltic Air. \
                Cameras are supplied to Tarvik Net by Brask Optics. \
                Founded in 2015 by Jon Hale, the drone maker counts Helio Capital among its shareholders.";
    assert_eq!(
        resolved(text, "the drone maker").as_deref(),
        Some("Lumo Robotics")
    );
}

#[test]
fn an_undertaking_given_a_name_is_what_the_venture_means() {
    assert_eq!(
        resolved(
            "Keltic Chemicals and Brask Power will set up a 60-40 venture, to be called Tarn Cells. \
             Brask Power will supply the venture with chlorine.",
            "the venture"
        )
        .as_deref(),
        Some("Tarn Cells")
    );
}

#[test]
fn chains_clubs_and_departments_are_descriptions_of_their_kind() {
    let text = "Norwegian cinema chain Zephyrine Cinemas agreed to buy Vantmoor Screens. \
                Helio Partners advised Vantmoor Screens. \
                The chain competes with Orla Media.";
    assert_eq!(
        resolved(text, "The chain").as_deref(),
        Some("Zephyrine Cinemas")
    );
    let text = "The Zephyrine Transport Department awarded $40 million to Keltic Rail on Monday. \
                The award is among the largest that Parliament approved in 2022. \
                \"It matters,\" said Jon Hale, director of the department's rail office.";
    assert_eq!(
        resolved(text, "the department").as_deref(),
        Some("Zephyrine Transport Department")
    );
}

#[test]
fn a_placed_description_under_a_preposition_is_not_its_sentence_subject() {
    // "of the Verona company" is the company being bought, not the buyer
    // that is the sentence's subject, and Verona is not the buyer's home.
    let text = "Quarnby Holdings is taking full control of Vestrano Pumps SpA, \
                buying the 40% of the Verona company it does not yet own.";
    assert_ne!(
        resolved(text, "company").as_deref(),
        Some("Quarnby Holdings")
    );
    let a = analysis(text);
    assert!(
        !a.relations
            .iter()
            .any(|r| r.kind == LocatedIn && a.entities[r.source].name == "Quarnby Holdings"),
        "{:?}",
        a.relations
    );
}

#[test]
fn a_name_under_a_preposition_and_an_article_is_no_subject() {
    // "on the Helio Stock Exchange" is no subject "the company" continues.
    assert_eq!(
        resolved(
            "Brightwater Power is based in Oslo. Brightwater Power serves 2 million homes. \
             The rest of its shares trade on the Helio Stock Exchange. \
             The company's troubles began in May.",
            "The company"
        )
        .as_deref(),
        Some("Brightwater Power")
    );
}

#[test]
fn a_description_after_a_plain_subject_continues_the_previous_subject() {
    let a = analysis(
        "Brightwater Capital will fund the purchase with loans from Helio Bank and Keltic Bank. \
         The deal is the Oslo-based firm's third this year.",
    );
    let name = |e: usize| a.entities[e].name.as_str();
    let got: Vec<(&str, &str)> = a
        .relations
        .iter()
        .filter(|r| r.kind == LocatedIn)
        .map(|r| (name(r.source), name(r.target)))
        .collect();
    assert_eq!(got, vec![("Brightwater Capital", "Oslo")]);
}

#[test]
fn publishers_foundries_and_farms_are_descriptions_of_their_kind() {
    let text = "Keltic Spiele GmbH, the Bamberg publisher of board games, has named Jon Hale chief executive. \
                Hale replaces Mia Brask, who has headed the publisher since 2014.";
    assert_eq!(
        resolved(text, "the publisher since").as_deref(),
        Some("Keltic Spiele GmbH")
    );
    let text = "Orvo Glocken GmbH, a foundry in the Alpine village of Tarnau, will cast 40 bells for Keltic Cathedral. \
                The foundry last year cast the bells of Brask Abbey.";
    assert_eq!(
        resolved(text, "The foundry").as_deref(),
        Some("Orvo Glocken GmbH")
    );
    let text = "Hopfenhof Tarn KG, one of the largest family hop farms in Bavaria, has taken out a loan from Keltic Bank. \
                The loan was arranged by Orvo Bank, which lent the farm 4 million euros in 2021.";
    assert_eq!(
        resolved(text, "the farm").as_deref(),
        Some("Hopfenhof Tarn KG")
    );
}

#[test]
fn a_nationality_keeps_a_description_from_a_company_called_another() {
    // "the Finnish company" is not the group the text called Estonian.
    let text = "Forty per cent of Orvo Oy, a maker of sauna stoves in Tampere, has been sold to \
                the Estonian heating group Keltic AS for 19 million euros, the Finnish company said.";
    assert_ne!(resolved(text, "company said").as_deref(), Some("Keltic AS"));
}

#[test]
fn a_reporting_tag_names_the_article_s_company_first_named_on_a_tie() {
    // "…, the company said": not the previous employer the sentence named
    // last, as prominent so far, but the one the headline opens with.
    let text = "Saw maker Brenwold hires Vintrell finance chief\n\
                LEEDS, May 4 (Reuters) -\n\
                The new chief executive of Brenwold Tools Ltd is Mara Quilsby, until now \
                finance director of the ski maker Vintrell, the company said on Friday.";
    assert_eq!(
        resolved(text, "the company").as_deref(),
        Some("Brenwold Tools Ltd")
    );
}

#[test]
fn a_description_its_subject_s_verb_governs_is_another_company() {
    // "Tarvin Bank has lent the workshop …": a bank lends to someone else.
    let text = "Brisworth Looms Ltd, a workshop outside Bradford, has won an order. \
                Tarvin Bank has lent the workshop £150,000 for a second building.";
    assert_eq!(
        resolved(text, "the workshop").as_deref(),
        Some("Brisworth Looms Ltd")
    );
}

#[test]
fn a_description_in_a_relative_clause_about_a_post_holder_is_the_post_s_company() {
    // "Keltic's chairman, P, whose grandfather founded the company": Keltic.
    let text = "Brisworth Looms Ltd has been bought by Tarvin Textiles SpA. \
                Brisworth's looms will stay in Bradford, said Tarvin's chairman, Jon Hale, \
                whose grandfather founded the company in 1946.";
    assert_eq!(
        resolved(text, "the company").as_deref(),
        Some("Tarvin Textiles SpA")
    );
}

#[test]
fn a_description_under_a_preposition_and_a_nationality_is_no_subject() {
    // "owned by the Veronese group X" names X as an object: "the company"
    // after a fronted phrase continues the company the text is about.
    let text = "Ostravel Floors S.r.l., a workshop from Mestre, will floor the station. \
                Ostravel will work alongside the contractor Brisworth AS. \
                Its chips come from quarries owned by the Veronese group Corrin Marmi. \
                Founded in 1932, the company is owned by its founder's grandchildren.";
    assert_eq!(
        resolved(text, "the company").as_deref(),
        Some("Ostravel Floors S.r.l.")
    );
}

#[test]
fn a_description_in_a_reported_clause_is_the_speaker_s_company() {
    // "X stated the company would …": the speaker, not the other company
    // named before.
    let text = "Brask Holdings owns 10% of Keltic Motors. \
                Keltic Motors stated the company would close two plants.";
    assert_eq!(
        resolved(text, "the company would").as_deref(),
        Some("Keltic Motors")
    );
    // A subject pronoun speaks for the company it stands for; a person
    // joining "the company" in its clause joins the speaker's.
    let text = "Orvo Foods said it has named Jon Hale finance chief. \
                The company said Hale is the former chief executive of Tarsk Dairy. \
                It said Lena Vogt has also joined the company as marketing chief.";
    assert_eq!(
        resolved(text, "the company as").as_deref(),
        Some("Orvo Foods")
    );
}

#[test]
fn a_newspaper_or_a_market_is_no_company() {
    // A name an article opens and "newspaper" closes is an outlet's.
    let text = "Keltic Motors, in a statement in the Brask Times newspaper, said profit fell. \
                Tarvo Bank owns 20 million shares in the firm.";
    assert_eq!(resolved(text, "the firm").as_deref(), Some("Keltic Motors"));
    // A market is no group, and stays an organisation.
    let text = "Shares of Keltic Motors fell on the Tarsia Stock Exchange on Friday, \
                despite a reassuring forecast by the group.";
    assert_eq!(
        resolved(text, "the group").as_deref(),
        Some("Keltic Motors")
    );
}

#[test]
fn a_placed_description_may_hold_three_words_before_its_head() {
    let text = "Jon Hale raised his stake in Brask Property Trust to 8 percent. \
                He bought 60,000 shares of the Oslo-based real estate investment trust.";
    assert_eq!(
        resolved(text, "real estate investment trust").as_deref(),
        Some("Brask Property Trust")
    );
}

#[test]
fn a_description_after_an_opening_phrase_is_no_reporting_tag() {
    // "In the first half, the company said": the company the last
    // sentences were about, not the one the headline named.
    let text = "Keltic Trucks profit falls 70 percent\n\
                Keltic Trucks owns 20 percent of Orvo Motors. \
                Orvo Motors, in a statement, said net profit fell to 3.4 million yuan. \
                Turnover fell to 937 million yuan, the statement said. \
                In the first half, the company said it produced 8,333 vehicles.";
    assert_eq!(
        resolved(text, "the company said it").as_deref(),
        Some("Orvo Motors")
    );
}

#[test]
fn a_name_owned_by_a_governed_name_is_no_subject() {
    // "from Keltic's Orvo unit": Orvo is the preposition's too, so the
    // description next is the company the engineers formed.
    let text = "Tarvo Labs raises funds\n\
                A team of engineers from Keltic Systems Inc.'s Orvo unit said they had formed \
                a new company, dubbed Tarvo Labs, to build software. \
                The fledgling company has received financing from Brask Ventures.";
    assert_eq!(
        resolved(text, "The fledgling company").as_deref(),
        Some("Tarvo Labs")
    );
}

#[test]
fn the_new_company_is_the_one_the_text_formed_and_named() {
    let text = "Engineers from Keltic Systems said they had formed a new company, \
                dubbed Tarvo Labs, to build software. \
                \"Software is changing,\" said Jon Hale, vice president of engineering of the new company.";
    assert_eq!(
        resolved(text, "the new company").as_deref(),
        Some("Tarvo Labs")
    );
}

#[test]
fn a_listener_only_ever_told_is_no_description_s_company() {
    assert_eq!(
        resolved(
            "Orvane Trading Co chairman Jon Hale said costs rose. \
             He also told Brask Wire before the retailer's annual meeting that sales fell.",
            "the retailer"
        )
        .as_deref(),
        Some("Orvane Trading Co")
    );
}

#[test]
fn owners_in_an_inverted_subject_are_not_what_the_next_description_means() {
    assert_eq!(
        resolved(
            "Keltic Computer showed its new tablet in Orla on Monday.\n\
             Keltic Computer said the tablet would sell well.\n\
             Among the apps shown were Brask's Orvo player and Tarn's Quill reader.\n\
             The company also showed a new phone.\n",
            "The company"
        )
        .as_deref(),
        Some("Keltic Computer")
    );
}

#[test]
fn a_description_opening_a_clause_after_a_comma_and_as_is_the_main_subject() {
    assert_eq!(
        resolved(
            "Keltic Motors sold 40,000 cars in May, its best month. \
             Keltic Motors grew fastest. \
             Brask Auto was the sole exception, as the company was faced with a recall.",
            "the company"
        )
        .as_deref(),
        Some("Brask Auto")
    );
}

#[test]
fn a_new_name_sharing_a_parent_s_word_after_a_venture_is_the_venture() {
    let text = "Keltic Corp, Brask Systems Co Ltd and Tarn Corp have set up a joint venture to offer phone services in Orla.\n\
                Keltic Brask Communications (Orla) Ltd, which was set up with an initial investment of $1.0 million, \
                is expected to have sales of $60 million by 2000, a Keltic statement said.\n\
                Keltic Corp will take a 31 percent stake in the venture, the statement said.\n";
    assert_eq!(
        resolved(text, "the venture").as_deref(),
        Some("Keltic Brask Communications (Orla) Ltd")
    );
}

#[test]
fn a_generic_description_is_the_subject_when_no_other_company_fits() {
    // No other company is named: the group is the sentence's own subject.
    let text = "Shares of packaging company Tarsel Print S.A. fell on Friday, \
                despite a reassuring forecast by the group.";
    assert_eq!(
        resolved(text, "the group").as_deref(),
        Some("Tarsel Print S.A.")
    );
    // One with a name of its own after a comma is that one, not the subject.
    let text = "Tarsel Print S.A., which beat four bidders including the current \
                supplier, Kelmor Foods GmbH, will build a kitchen.";
    assert_ne!(
        resolved(text, "the current supplier").as_deref(),
        Some("Tarsel Print S.A.")
    );
}

#[test]
fn a_name_inside_a_subject_description_only_describes_it() {
    // "The Swiss group" opening a sentence continues the subject before,
    // not the company named last.
    let text = "Nordvik Holdings is in talks with Zephyr Corp. \
                The Swiss group would take a 20% stake in the company.";
    assert_eq!(resolved(text, "group").as_deref(), Some("Nordvik Holdings"));
    let text = "Nordvik Holdings has agreed to buy Keltic Energy. \
                The Oslo-based group will pay $2 billion for it.";
    assert_eq!(resolved(text, "group").as_deref(), Some("Nordvik Holdings"));
}

#[test]
fn a_description_with_a_name_inside_skips_a_sentence_its_subject_does_not_open() {
    // The sentence before opens with "The round", not with a company: the
    // company named last in it is no subject for "The Porto-based company",
    // which stays the company that spoke.
    let text = "Castellan Fibres raised €40 million. \
                The round was led by Tidewater Fund, with new investor Oberlin Partners also taking part, \
                Castellan Fibres said. \
                The Porto-based company was founded in 2019.";
    assert_eq!(
        resolved(text, "company").as_deref(),
        Some("Castellan Fibres")
    );
}

#[test]
fn words_the_text_used_for_one_company_stay_that_company_s() {
    // "the miner" first stood for Brannow, introduced as a developer; a
    // second company introduced as "the gold miner" does not take the
    // bare words over.
    let text = "Keltic Trading will buy 15% of the lithium developer Brannow Lithium, the miner said on Monday. \
                Brannow was spun out of the gold miner Ostvale Resources, which still holds 9%. \
                Shares in Brannow rose 12%. \
                Tarn Partners advised the miner.";
    assert_eq!(
        resolved(text, "the miner.").as_deref(),
        Some("Brannow Lithium")
    );
}

#[test]
fn a_previous_subject_named_once_yields_to_the_article_s_company() {
    // The rival opens the sentence before, named there once; "The
    // company" is the one the article is about.
    let text = "Keltic Machines Inc names a new chief executive. \
                Keltic Machines builds ice resurfacers in Brantford. \
                Keltic Machines sells them to rink operators. \
                The dominant maker, Brask, builds its machines in California. \
                The company is owned by the founding family.";
    assert_eq!(
        resolved(text, "The company").as_deref(),
        Some("Keltic Machines Inc")
    );
}

#[test]
fn a_co_op_is_a_cooperative() {
    // "co-op", the short word for a cooperative, heads a description too.
    assert_eq!(
        resolved(
            "Orvaldi Valley Cooperative agreed to buy six elevators from Brask Holdings. \
             The co-op, headquartered in Tarnby, will pay with cash.",
            "The co-op"
        )
        .as_deref(),
        Some("Orvaldi Valley Cooperative")
    );
}

#[test]
fn a_home_before_describing_words_places_the_name() {
    // "Hyderabad-based seed maker Orvo Seeds": the home reaches past the
    // describing words, so "the Mumbai-headquartered firm" is the other.
    assert_eq!(
        resolved(
            "Keltic Agro will buy Hyderabad-based hybrid seed maker Orvo Seeds. \
             Keltic's chief executive said the purchase would give the \
             Mumbai-headquartered firm a foothold in seeds.",
            "firm"
        )
        .as_deref(),
        Some("Keltic Agro")
    );
}

#[test]
fn a_sentence_a_pronoun_opens_hands_on_the_subject_before_it() {
    // "It … from China's Brask Chemical": the subject is the pronoun's, and
    // the name a possessive place puts under "from" is none.
    assert_eq!(
        resolved_at_last(
            "Keltic Agro reported revenue of $40 million. It makes most of its \
             insecticides in Gujarat and buys molecules from China's Brask Chemical. \
             The company last year appointed Jon Hale as its chief executive.",
            "The company"
        )
        .as_deref(),
        Some("Keltic Agro")
    );
}

fn resolved_at_last(text: &str, surface: &str) -> Option<String> {
    crate::pipeline::tests::resolved_at(text, text.rfind(surface)?)
}

#[test]
fn sentences_a_pronoun_opens_keep_the_subject_before_them() {
    // "Its largest customer is Brask Group" speaks of Keltic Steel still:
    // the company of the next paragraph is Keltic Steel, not the lender
    // the story opened with.
    assert_eq!(
        resolved_at_last(
            "Tarn Bank has approved a $50 million loan to Keltic Steel. Tarn Bank said \
             on Monday the loan would be paid in tranches. Tarn Bank will also convert \
             $10 million of loans into equity.\n\nKeltic Steel makes rebar and wire rod. \
             It buys scrap from the recycler Orvo Scrap. Its largest customer is the \
             builder Brask Group, which signed a supply deal with the mill in 2024.\n\n\
             The company lost $6 million in the year to February.",
            "The company"
        )
        .as_deref(),
        Some("Keltic Steel")
    );
}
