//! Roles and titles: invented sentences through the real pipeline.
use super::*;
use crate::lang::Language;
use crate::pipeline::relate::tests::check;
use RelationKind::*;

const ROLES: &[RelationKind] = &[CeoOf, ChairmanOf, FounderOf, EmployeeOf];

#[test]
fn a_title_states_its_role() {
    let lang = Language::english().expect("English loads");
    let words = &lang.relate.roles;
    for (title, kind) in [
        ("CEO", CeoOf),
        ("Chief Executive Officer", CeoOf),
        ("chair", ChairmanOf),
        ("Co-Chairwoman", ChairmanOf),
        ("vice chairman", EmployeeOf),
        ("executive chairman", ChairmanOf),
        ("executive chair", ChairmanOf),
        ("co-chair", ChairmanOf),
        ("co-founder", FounderOf),
        ("chief technology officer", EmployeeOf),
        ("Geschäftsführer", EmployeeOf),
    ] {
        assert_eq!(role_kind(words, title), kind, "{title}");
    }
}

#[test]
fn public_offices_are_no_posts() {
    let lang = Language::english().expect("English loads");
    let words = &lang.relate.roles;
    for (title, office) in [
        ("Prime Minister", true),
        ("foreign minister", true),
        ("Mayor", true),
        ("CEO", false),
        ("chairwoman", false),
        ("Bürgermeister", false),
    ] {
        assert_eq!(is_public_office(words, title), office, "{title}");
    }
}

/// A public office is a post at an organisation named beside it (a
/// central bank's governor), never at a place or a party's adjective.
#[test]
fn public_offices_at_organisations() {
    check(
        ROLES,
        &[
            (
                "Keltbank governor Ana Rosk said rates would stay.",
                &[("Ana Rosk", EmployeeOf, "Keltbank")],
            ),
            (
                "Keltbank said inflation had slowed. The bank's governor Ana Rosk said rates would stay.",
                &[("Ana Rosk", EmployeeOf, "Keltbank")],
            ),
            (
                "Ana Rosk, governor of the Keltish Reserve Bank, said rates would stay.",
                &[("Ana Rosk", EmployeeOf, "Keltish Reserve Bank")],
            ),
            ("Ohio Governor Ana Rosk said taxes would fall.", &[]),
            // A minister's word before the title is the portfolio.
            (
                "The road opens in May. Transport minister Ana Rosk said tolls would fall.",
                &[],
            ),
            (
                "Ana Rosk, the prime minister of Keltia, said taxes would fall.",
                &[],
            ),
        ],
    );
}

#[test]
fn titles_link_people_to_organisations() {
    check(
        ROLES,
        &[
            // A government body's word before a title is the body's name,
            // not part of the title ("Treasury Secretary", "Senate Majority
            // Leader").
            (
                "Treasury Secretary Jon Hale said the bailout would go ahead.",
                &[("Jon Hale", EmployeeOf, "Treasury")],
            ),
            (
                "Senate Majority Leader Jon Hale said the bill had failed.",
                &[("Jon Hale", EmployeeOf, "Senate")],
            ),
            (
                "Jon Hale, the Keltic Treasury Secretary, explained the plan.",
                &[("Jon Hale", EmployeeOf, "Keltic Treasury")],
            ),
            // A post of two organisations set off after the person.
            (
                "Jon Hale, Zephyr Corp. and Quantix Inc. president, will become the new company's treasurer.",
                &[
                    ("Jon Hale", EmployeeOf, "Quantix Inc."),
                    ("Jon Hale", EmployeeOf, "Zephyr Corp."),
                ],
            ),
            // "TITLE of the department's ORG": a possessive description
            // before the organisation.
            (
                "\"This is good,\" said Laura Vance, director of the department's Quantix Program Office.",
                &[("Laura Vance", EmployeeOf, "Quantix Program Office")],
            ),
            // A hyphen-joined description before the organisation.
            (
                "Marta Quell, executive director of the industry-funded Velkar Pump Campaign, said demand was weak.",
                &[("Marta Quell", EmployeeOf, "Velkar Pump Campaign")],
            ),
            // "PERSON, TITLE and ORG TITLE": a post joined before the
            // organisation's.
            (
                "\"We are rolling out the first airplane,\" said Tom Farrow, 797 project manager and Zephyr Aero vice president.",
                &[("Tom Farrow", EmployeeOf, "Zephyr Aero")],
            ),
            // "PERSON, of ORG's unit": a comma before the preposition.
            (
                "Jon Brask, of Keltic Media's evening show, remarked that rates would fall.",
                &[("Jon Brask", EmployeeOf, "Keltic Media")],
            ),
            // "named X its chief executive", "its" resolved or not.
            (
                "Nordvik Bank named Clare Ashworth its chief executive on Monday.",
                &[("Clare Ashworth", CeoOf, "Nordvik Bank")],
            ),
            // The board of the organisation acts for it.
            (
                "The board of Nordvik Bank appointed Clare Ashworth as its new chief executive.",
                &[("Clare Ashworth", CeoOf, "Nordvik Bank")],
            ),
            (
                "Nordvik Bank's board has named Clare Ashworth chief executive.",
                &[("Clare Ashworth", CeoOf, "Nordvik Bank")],
            ),
            (
                "Nordvik Corp. chief executive Ingrid Halvorsen spoke on Tuesday.",
                &[("Ingrid Halvorsen", CeoOf, "Nordvik Corp.")],
            ),
            (
                "Nordvik Corp. chief technology officer Ingrid Halvorsen spoke on Tuesday.",
                &[("Ingrid Halvorsen", EmployeeOf, "Nordvik Corp.")],
            ),
            (
                "Nordvik Corp. CEO and co-founder Ingrid Halvorsen gave a keynote.",
                &[
                    ("Ingrid Halvorsen", FounderOf, "Nordvik Corp."),
                    ("Ingrid Halvorsen", CeoOf, "Nordvik Corp."),
                ],
            ),
            // A capitalised title is the title's, not a name inside it.
            (
                "Ingrid Halvorsen, the Chief Executive Officer of Nordvik Corp., outlined a plan.",
                &[("Ingrid Halvorsen", CeoOf, "Nordvik Corp.")],
            ),
            // The name after a comma may close the sentence.
            (
                "\"We are ready,\" said Nordvik Corp. president and chief executive, Ingrid Halvorsen.",
                &[("Ingrid Halvorsen", CeoOf, "Nordvik Corp.")],
            ),
            (
                "\"We are ready,\" said Keltic Trading chief strategy expert, Jon Brask.",
                &[("Jon Brask", EmployeeOf, "Keltic Trading")],
            ),
            (
                "\"We are ready,\" said Jon Brask, manager of Keltic Trading.",
                &[("Jon Brask", EmployeeOf, "Keltic Trading")],
            ),
            (
                "Jon Brask, an analyst with Keltic Securities, said so.",
                &[("Jon Brask", EmployeeOf, "Keltic Securities")],
            ),
            // Two role words in a row are one post.
            (
                "\"We are worried,\" said Jon Brask, the head trader for Keltic Securities.",
                &[("Jon Brask", EmployeeOf, "Keltic Securities")],
            ),
            (
                "Tomas Lindqvist, the chief executive of Brightwater Systems, spoke on Monday.",
                &[("Tomas Lindqvist", CeoOf, "Brightwater Systems")],
            ),
            (
                "Marta Kowalczyk, founder and CEO of Zephyr Robotics, spoke on Monday.",
                &[
                    ("Marta Kowalczyk", CeoOf, "Zephyr Robotics"),
                    ("Marta Kowalczyk", FounderOf, "Zephyr Robotics"),
                ],
            ),
            (
                "Chairman of Keltic Inc., Angus Morrow, agreed.",
                &[("Angus Morrow", ChairmanOf, "Keltic Inc.")],
            ),
            (
                "Ravi Menon, Sunpeak Corp.'s chief financial officer, agreed.",
                &[("Ravi Menon", EmployeeOf, "Sunpeak Corp.")],
            ),
            (
                "Ingrid Halvorsen, Nordvik Corp.'s chairwoman, spoke on Tuesday.",
                &[("Ingrid Halvorsen", ChairmanOf, "Nordvik Corp.")],
            ),
            // A president of a company holds a post there.
            (
                "Anna Lind, the president of Keltic Inc., spoke on Monday.",
                &[("Anna Lind", EmployeeOf, "Keltic Inc.")],
            ),
            // "president and CEO": one post, the specific role.
            (
                "Jon Hale, president and CEO of Keltic Inc., said the plane was ready.",
                &[("Jon Hale", CeoOf, "Keltic Inc.")],
            ),
            (
                "Jon Hale, the Vice Chairman of Keltic Inc., said the plane was ready.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
            (
                "Keltic Capital economist Jon Hale said prices would fall.",
                &[("Jon Hale", EmployeeOf, "Keltic Capital")],
            ),
            (
                "\"Prices will fall,\" said Jon Hale of Keltic Inc.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
            (
                "\"Prices will fall,\" said the senior market strategist for Keltic Inc., Jon Hale.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
            (
                "Jon Hale, the Keltic Inc. chief executive officer, announced the device.",
                &[("Jon Hale", CeoOf, "Keltic Inc.")],
            ),
            (
                "\"We are sad,\" said Jon Hale, director of sales analysis at Keltic Inc.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
            // A unit at an organisation: the organisation.
            (
                "\"We are sad,\" said Jon Hale, director of Housing Studies at Keltic University.",
                &[("Jon Hale", EmployeeOf, "Keltic University")],
            ),
            (
                "\"We are sad,\" said Jon Hale, the Keltic Inc.'s managing associate general counsel.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
            (
                "The Keltic Inc. president and CEO Jon Hale said sales rose.",
                &[("Jon Hale", CeoOf, "Keltic Inc.")],
            ),
            (
                "Keltic Inc. boss Jon Hale said sales rose.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
            (
                "Jon Hale, head of Keltic Inc., said sales rose.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
            (
                "Jon Hale, a senior analyst at Keltic Inc., said sales rose.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
            (
                "Jon Hale is the chief executive of Keltic Inc.",
                &[("Jon Hale", CeoOf, "Keltic Inc.")],
            ),
            // Heading the whole organisation is its top post.
            (
                "Jon Hale, who heads Keltic Inc., said sales rose.",
                &[("Jon Hale", CeoOf, "Keltic Inc.")],
            ),
            (
                "Jon Hale, who chairs Keltic Inc., said sales rose.",
                &[("Jon Hale", ChairmanOf, "Keltic Inc.")],
            ),
            // A country is no organisation.
            ("Jon Hale, the President of Canada, spoke on Monday.", &[]),
        ],
    );
}

#[test]
fn appointments_name_the_appointer_as_the_organisation() {
    check(
        ROLES,
        &[
            (
                "Keltic Inc. named Fiona Baird as its new chief executive.",
                &[("Fiona Baird", CeoOf, "Keltic Inc.")],
            ),
            (
                "Keltic Inc. hired Tom Reyes as its chief operating officer.",
                &[("Tom Reyes", EmployeeOf, "Keltic Inc.")],
            ),
        ],
    );
}

#[test]
fn founders_active_and_passive() {
    check(
        ROLES,
        &[
            (
                "Orla Byrne founded Greenleaf Analytics in 2015.",
                &[("Orla Byrne", FounderOf, "Greenleaf Analytics")],
            ),
            (
                "Greenleaf Analytics, founded by Orla Byrne, grew fast.",
                &[("Orla Byrne", FounderOf, "Greenleaf Analytics")],
            ),
        ],
    );
}

#[test]
fn describing_words_between_an_organisation_and_a_title() {
    check(
        ROLES,
        &[
            (
                "Harlow Research defence analyst Omar Field said costs could rise.",
                &[("Omar Field", EmployeeOf, "Harlow Research")],
            ),
            (
                "Kestrel Foods' worldwide vice-president of marketing, Tom Wexley, said sales rose.",
                &[("Tom Wexley", EmployeeOf, "Kestrel Foods")],
            ),
            // A place in the remit; a rank before the name set off.
            (
                "Harlow Research's head of Europe, Omar Field, works from Paris.",
                &[("Omar Field", EmployeeOf, "Harlow Research")],
            ),
            (
                "Harlow Research's head of uniforms, Superintendent Omar Field, said the hats passed.",
                &[("Omar Field", EmployeeOf, "Harlow Research")],
            ),
            // A verb between them is no describing word.
            (
                "Harlow Research told analyst Omar Field that costs could rise.",
                &[],
            ),
            ("Harlow Research quoted analyst Omar Field in May.", &[]),
        ],
    );
}

#[test]
fn founders_past_their_descriptions_and_starters() {
    check(
        ROLES,
        &[
            (
                "The studio Brindle, which was founded by current Kestrel Foods CEO Anna Berg, grew.",
                &[
                    ("Anna Berg", FounderOf, "Brindle"),
                    ("Anna Berg", CeoOf, "Kestrel Foods"),
                ],
            ),
            (
                "Kestrel Foods was started by Anna Berg and Tom Wexley in 1976.",
                &[
                    ("Anna Berg", FounderOf, "Kestrel Foods"),
                    ("Tom Wexley", FounderOf, "Kestrel Foods"),
                ],
            ),
            // A plain noun joined before the title.
            (
                "Kestrel Foods' owner and managing director, Anna Berg, said sales rose.",
                &[("Anna Berg", EmployeeOf, "Kestrel Foods")],
            ),
            // A participle opening the sentence: the name after its comma.
            (
                "Founded in 1932 by the engineer Anna Berg, Kestrel Foods makes ovens in Leeds.",
                &[("Anna Berg", FounderOf, "Kestrel Foods")],
            ),
            // A possessive before a noun of kinship describes the founder;
            // a relative's founding is not the antecedent's.
            (
                "Kestrel Foods was started in 1982 by Tom Wexley's father, Anna Berg.",
                &[("Anna Berg", FounderOf, "Kestrel Foods")],
            ),
            (
                "Kestrel Foods was started in 1982 by Tom Wexley's father.",
                &[],
            ),
            (
                "The plan is backed by Anna Berg, whose grandfather founded Kestrel Foods in 1952.",
                &[],
            ),
            // Starting talks founds nothing, nor does starting to cover a
            // company's shares.
            ("Anna Berg started talks with Kestrel Foods.", &[]),
            (
                "Brask Securities analyst Anna Berg started covering Kestrel Foods with a buy rating.",
                &[("Anna Berg", EmployeeOf, "Brask Securities")],
            ),
            // A plain noun joined to the title before the comma.
            (
                "Kestrel Foods' founder and owner, Anna Berg, will join the board of Quantix AG.",
                &[("Anna Berg", FounderOf, "Kestrel Foods")],
            ),
            (
                "Kestrel Foods' founder and shareholders met Anna Berg.",
                &[],
            ),
        ],
    );
}

#[test]
fn people_set_off_after_a_title_and_analysts_of_a_described_firm() {
    check(
        ROLES,
        &[
            (
                "Brentvale Foods's founder, the dairy engineer Ilse Tessel, will stay.",
                &[("Ilse Tessel", FounderOf, "Brentvale Foods")],
            ),
            (
                "Brentvale Foods's founders, the brothers Aron Halbrook, Bram Halbrook and Cas Halbrook, will stay.",
                &[
                    ("Aron Halbrook", FounderOf, "Brentvale Foods"),
                    ("Bram Halbrook", FounderOf, "Brentvale Foods"),
                    ("Cas Halbrook", FounderOf, "Brentvale Foods"),
                ],
            ),
            (
                // The relative clause's "started it" also says it of the
                // last, and says it first.
                "Brentvale Foods was sold by its three founders, the engineers Aron Halbrook, Bram Halbrook and Cas Halbrook, who started it in 2004.",
                &[
                    ("Cas Halbrook", FounderOf, "Brentvale Foods"),
                    ("Aron Halbrook", FounderOf, "Brentvale Foods"),
                    ("Bram Halbrook", FounderOf, "Brentvale Foods"),
                ],
            ),
            (
                "The deal is sensible, the analyst Ilse Tessel of the Oslo broker Pemvale Securities told reporters.",
                &[("Ilse Tessel", EmployeeOf, "Pemvale Securities")],
            ),
            // A verb after the firm ends its phrase.
            (
                "Analyst Ilse Tessel of Pemvale Securities said Brentvale Foods would grow.",
                &[("Ilse Tessel", EmployeeOf, "Pemvale Securities")],
            ),
        ],
    );
}

#[test]
fn its_founder_is_the_founder_of_the_organisation_named_before() {
    check(
        ROLES,
        &[
            // "its" after a sold company: that company's founder, not the
            // buyer's, nor the one the article spoke of before.
            (
                "Brask Holding AG makes chairs. Quantix AG bought the Polish roaster Keltic Foods from its founder, Jon Hale, for 20 million euros.",
                &[("Jon Hale", FounderOf, "Keltic Foods")],
            ),
            (
                "Brask Holding AG makes chairs. Keltic Foods B.V. is owned by its founder, Jon Hale, and by the pension fund Orvo.",
                &[("Jon Hale", FounderOf, "Keltic Foods B.V.")],
            ),
            // No organisation before "its" in the sentence: the one the
            // article spoke of.
            (
                "Keltic Foods B.V. makes bread. Its founder, Jon Hale, owns 54% of it.",
                &[("Jon Hale", FounderOf, "Keltic Foods B.V.")],
            ),
        ],
    );
}

#[test]
fn a_second_post_joined_to_the_first_is_the_same_person_s() {
    const POSTS: &[RelationKind] = &[CeoOf, ChairmanOf, FounderOf, EmployeeOf, Left];
    check(
        POSTS,
        &[
            (
                "Ann Vik, chairman of Keltic Holdings and a director of Brask Corp., said the deal was good.",
                &[
                    ("Ann Vik", ChairmanOf, "Keltic Holdings"),
                    ("Ann Vik", EmployeeOf, "Brask Corp."),
                ],
            ),
            // A past second post is left; a chair's post stays beside it.
            (
                "Ann Vik, chief executive of Keltic Holdings and former chairman of Brask Corp., said the deal was good.",
                &[
                    ("Ann Vik", CeoOf, "Keltic Holdings"),
                    ("Ann Vik", Left, "Brask Corp."),
                    ("Ann Vik", ChairmanOf, "Brask Corp."),
                ],
            ),
            (
                "Ann Vik, Keltic Inc.'s North America chief executive and ex Brask Corp. executive, said the deal was good.",
                &[
                    ("Ann Vik", CeoOf, "Keltic Inc."),
                    ("Ann Vik", Left, "Brask Corp."),
                ],
            ),
            // Another person between: the second post is not the first's.
            (
                "Keltic Holdings' chief executive Ann Vik and a Brask Corp. director met on Monday.",
                &[("Ann Vik", CeoOf, "Keltic Holdings")],
            ),
        ],
    );
}

#[test]
fn one_who_works_for_an_organisation_is_employed_there() {
    check(
        ROLES,
        &[
            (
                "Ann Vik works for Keltic Holdings.",
                &[("Ann Vik", EmployeeOf, "Keltic Holdings")],
            ),
            (
                "Ann Vik, who works at the Keltic Holdings plant in Zürich, said output rose.",
                &[("Ann Vik", EmployeeOf, "Keltic Holdings")],
            ),
            (
                "Ann Vik is employed by Keltic Holdings.",
                &[("Ann Vik", EmployeeOf, "Keltic Holdings")],
            ),
            // Not the clause's subject: a plan works for a company.
            ("Ann Vik said the plan works for Keltic Holdings.", &[]),
        ],
    );
}

#[test]
fn a_post_joined_after_another_in_apposition_is_the_same_person_s() {
    check(
        &[CeoOf, EmployeeOf, Left],
        &[
            (
                "Brask Corp. has named Jon Hale, its head of data and a former Keltic Inc. executive, as chief executive.",
                &[
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Jon Hale", CeoOf, "Brask Corp."),
                ],
            ),
            (
                "Brask Corp. said Jon Hale, a senior analyst and a Keltic Inc. director, agreed.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
            // A name joined before the post is another person's.
            (
                "Brask Corp. said Jon Hale and a Keltic Inc. director agreed.",
                &[],
            ),
        ],
    );
}
