//! Who holds a post and who left it, on invented sentences: leaving a
//! named post, succeeding, hiring, former posts.

use crate::model::RelationKind::{self, *};
use crate::pipeline::relate::tests::check;

const POSTS: &[RelationKind] = &[CeoOf, ChairmanOf, FounderOf, EmployeeOf, Left];

#[test]
fn a_named_post_left_was_held() {
    check(
        POSTS,
        &[
            (
                "Keltic Inc.'s chief executive, Jon Hale, will step down once the deal closes.",
                &[
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            (
                "Keltic Inc.'s current chairman, Jon Hale, will step down when the deal closes.",
                &[
                    ("Jon Hale", ChairmanOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
        ],
    );
}

#[test]
fn leaving_a_post() {
    check(
        POSTS,
        &[
            // The post named after "as" was held (GUIDE: a post the
            // sentence names for a person who leaves it gives both).
            (
                "Jon Hale resigned as chief executive of Keltic Inc. on Monday.",
                &[
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                ],
            ),
            // A noun of leaving the subject's own pronoun owns.
            (
                "Varden Corp. said Keltic Inc. general manager Jon Hale had submitted his resignation.",
                &[("Jon Hale", Left, "Keltic Inc.")],
            ),
            // "ousted" before a name: that organisation was left, not the
            // sentence's subject.
            (
                "Varden Court heard the suit filed by ousted Keltic Party (KP) leader Jon Hale.",
                &[("Jon Hale", Left, "Keltic Party")],
            ),
            (
                "Keltic Inc. fired its chief executive Jon Hale on Monday.",
                &[
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            (
                "Jon Hale, founder of Keltic Inc., has chosen to step down from his post as CEO of the company.",
                &[
                    ("Jon Hale", FounderOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            // A post a verb of running states stays beside the leaving.
            (
                "Ann Berg, 47, is leaving Keltic Inc., where she has run its cheese exports since 2019.",
                &[
                    ("Ann Berg", EmployeeOf, "Keltic Inc."),
                    ("Ann Berg", Left, "Keltic Inc."),
                ],
            ),
            // The one who leaves joins the organisation after "to join".
            (
                "Jon Hale quit Keltic Inc. last year to join Brask Corp.",
                &[
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Jon Hale", EmployeeOf, "Brask Corp."),
                ],
            ),
            // A description after the verb yields to the post named,
            // which was held (GUIDE: a post named beside its leaving).
            (
                "Brask Corp. makes cheese. Jon Hale, the chief financial officer of Keltic Inc., has left the company.",
                &[
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Jon Hale", EmployeeOf, "Keltic Inc."),
                ],
            ),
            // The post named after "as" is held where it is left.
            (
                "Keltic Inc. announced that Jon Hale would step down as chairman.",
                &[
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Jon Hale", ChairmanOf, "Keltic Inc."),
                ],
            ),
            // A founder who steps down leaves the company founded.
            (
                "Jon Hale, who founded Keltic Inc. in 1998, will step down at the end of the year.",
                &[
                    ("Jon Hale", FounderOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            // Another who leaves leaves nothing the founder founded.
            (
                "Jon Hale, who founded Keltic Inc. in 1998, said Ann Berg would retire in May.",
                &[("Jon Hale", FounderOf, "Keltic Inc.")],
            ),
            (
                "Jon Hale, who left Keltic Inc. in 2005, spoke on Monday.",
                &[("Jon Hale", Left, "Keltic Inc.")],
            ),
            // The relative clause's own person leaves, past an age.
            (
                "Mia Roth takes over from Jon Hale, 66, who is retiring after 19 years as Keltic Inc.'s chief executive.",
                &[
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                ],
            ),
            // The post named after "as", the organisation's own, was held.
            (
                "Jon Hale is stepping down as Keltic Inc.'s chairman once the deal closes.",
                &[
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Jon Hale", ChairmanOf, "Keltic Inc."),
                ],
            ),
            // A post named by its description says too little.
            (
                "Jon Hale, founder of Keltic Inc., stepped down from his post as CEO of the company.",
                &[
                    ("Jon Hale", FounderOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            (
                "Keltic Inc. said chief executive Jon Hale would retire in May.",
                &[
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
        ],
    );
}

#[test]
fn succession_and_past_posts() {
    check(
        POSTS,
        &[
            (
                "Ann Berg succeeds Jon Hale as CEO of Keltic Inc.",
                &[
                    ("Ann Berg", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            // No post named: the one succeeded left the organisation
            // the article is about, when the sentence says so.
            (
                "Keltic Inc. named Ann Berg chief executive on Monday. Ann Berg replaces Jon Hale, who left in March.",
                &[
                    ("Ann Berg", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            // The post the sentence before gave the successor is the one
            // left, though its holder stays on as chairman (GUIDE: `left`
            // is a post no longer held).
            (
                "Keltic Inc. named Ann Berg chief executive on Monday. Ann Berg replaces Jon Hale, who becomes chairman.",
                &[
                    ("Ann Berg", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            // A title joined to a former one is past too; a chief
            // executive's post stays beside `left` (GUIDE: the post the
            // sentence names was held).
            (
                "The company said Jon Hale is the former president and chief executive at Keltic Inc.",
                &[
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            // A progressive "be" is no passive.
            (
                "Ann Berg will be succeeding Jon Hale as CEO of Keltic Inc.",
                &[
                    ("Ann Berg", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            (
                "Keltic Inc.'s chief executive Jon Hale was replaced on Sunday with Ann Berg.",
                &[
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Ann Berg", CeoOf, "Keltic Inc."),
                ],
            ),
            (
                "Former Keltic Inc. executive Jon Hale spoke on Monday.",
                &[("Jon Hale", Left, "Keltic Inc.")],
            ),
            (
                "Keltic Inc. ex-CEO Jon Hale spoke on Monday.",
                &[
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            (
                "Keltic Inc. had previously hired Jon Hale.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
            (
                "Jon Hale was named chief executive of Keltic Inc. on Monday.",
                &[("Jon Hale", CeoOf, "Keltic Inc.")],
            ),
            (
                "Jon Hale became chairman of Keltic Inc. in 2009.",
                &[("Jon Hale", ChairmanOf, "Keltic Inc.")],
            ),
            (
                "Jon Hale was promoted to Keltic Inc.'s chief operating officer.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
            (
                "Jon Hale joins Keltic Inc. as chief financial officer.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
            (
                "Jon Hale joins Keltic Inc. as chief executive.",
                &[("Jon Hale", CeoOf, "Keltic Inc.")],
            ),
            (
                "Jon Hale will take over as CEO of Keltic Inc. in May.",
                &[("Jon Hale", CeoOf, "Keltic Inc.")],
            ),
            (
                "Until then, Jon Hale will continue as interim CEO of Keltic Inc.",
                &[("Jon Hale", CeoOf, "Keltic Inc.")],
            ),
        ],
    );
}

#[test]
fn the_one_who_appoints_holds_no_post() {
    check(
        POSTS,
        &[
            // The object of an active verb of appointment takes the post.
            (
                "Tom Berg named Peter Lund as chairman of Keltic Finance.",
                &[("Peter Lund", ChairmanOf, "Keltic Finance")],
            ),
            (
                "Vessel Bank named Ann Vik as chairman of Keltic Finance on Monday.",
                &[("Ann Vik", ChairmanOf, "Keltic Finance")],
            ),
            // An object read as no person gives no one the post.
            (
                "Tom Berg named Vessel Partners as chairman of Keltic Finance.",
                &[],
            ),
            // Describing words between a possessive and the post taken.
            (
                "Jon Hale remains Keltic Inc.'s publishing director.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
            // The possessive organisation of a successor's post is not the
            // one left; the successor takes the post left.
            (
                "Keltic Inc.'s chief executive Jon Hale will step down when the deal completes and will be replaced by Brask Corp.'s insurance head, Ann Vik.",
                &[
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                    ("Ann Vik", EmployeeOf, "Brask Corp."),
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Ann Vik", CeoOf, "Keltic Inc."),
                ],
            ),
        ],
    );
}

#[test]
fn leaving_to_run_another() {
    check(
        POSTS,
        &[
            (
                "Jon Hale left Brask Corp. in May to run the Danish glass maker Keltic Inc.",
                &[
                    ("Jon Hale", Left, "Brask Corp."),
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                ],
            ),
            // The organisation to be run is not the one left.
            (
                "Jon Hale, who is leaving after eleven years to run the seismic surveyor Keltic Inc., spoke on Monday.",
                &[("Jon Hale", CeoOf, "Keltic Inc.")],
            ),
            // A part of it run is a post there.
            (
                "Jon Hale quit in May to run the glass business of Keltic Inc.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
        ],
    );
}

#[test]
fn a_bare_title_is_not_at_a_place_s_company_under_a_preposition() {
    check(
        POSTS,
        &[(
            "Keltic Inc. will buy 40 looms from Italy's Brask SpA, chief executive Jon Hale told reporters.",
            &[("Jon Hale", CeoOf, "Keltic Inc.")],
        )],
    );
}

#[test]
fn the_one_a_post_is_taken_over_from_left_it() {
    check(
        POSTS,
        &[
            // The post the sentence gives the one taking over, past a
            // nationality in the organisation's description.
            (
                "Jon Hale, a former Brask executive, will become chief executive of the Viennese string maker Keltic Saiten GmbH in April, taking over from Ann Vik, who is retiring.",
                &[
                    ("Jon Hale", Left, "Brask"),
                    ("Jon Hale", CeoOf, "Keltic Saiten GmbH"),
                    ("Ann Vik", Left, "Keltic Saiten GmbH"),
                ],
            ),
            // A date between; the one left goes on to run another.
            (
                "Keltic AB's chief executive, Ann Vik, a granddaughter of the founder, took over in 2023 from Jon Hale, who left to run the Swedish maker Brask AB.",
                &[
                    ("Ann Vik", CeoOf, "Keltic AB"),
                    ("Jon Hale", Left, "Keltic AB"),
                    ("Jon Hale", CeoOf, "Brask AB"),
                ],
            ),
            // Taking over a thing, not a post: nothing said of one.
            ("Ann Vik took over the farm from Jon Hale in 2019.", &[]),
        ],
    );
}

#[test]
fn a_relative_a_family_firm_passed_from_left_it() {
    check(
        POSTS,
        &[
            (
                "Brenwold Tools is run by Mara Quilsby, who took over from her father, Tobiah Quilsby, in 2020.",
                &[
                    ("Mara Quilsby", CeoOf, "Brenwold Tools"),
                    ("Tobiah Quilsby", Left, "Brenwold Tools"),
                ],
            ),
            (
                "Brenwold Tools makes saws in Leeds. Mara Quilsby, who has run the company since her father Tobiah retired in 2015, said sales rose.",
                &[
                    ("Mara Quilsby", CeoOf, "Brenwold Tools"),
                    ("Tobiah", Left, "Brenwold Tools"),
                ],
            ),
        ],
    );
    // The organisation taken over from a relative is no purchase.
    check(
        &[Acquired, Left],
        &[(
            "Brenwold Farm KG grows hops in Kent. Mara Quilsby, who took over the farm from her father Tobiah in 2019, said the yield fell.",
            &[("Tobiah", Left, "Brenwold Farm KG")],
        )],
    );
}

#[test]
fn the_one_who_leaves_is_the_leaving_verb_s_own_subject() {
    check(
        POSTS,
        &[
            // A name set off after a verb of saying, its post in apposition:
            // the post the sentence names stays beside `left` (the GUIDE).
            (
                "Keltic Inc. said Jon Hale, its chief financial officer, had resigned.",
                &[
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Jon Hale", EmployeeOf, "Keltic Inc."),
                ],
            ),
            // The post first, the name in apposition.
            (
                "Keltic Inc. said on Monday that its finance director, Jon Hale, would leave in May.",
                &[
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Jon Hale", EmployeeOf, "Keltic Inc."),
                ],
            ),
            // Past an age.
            (
                "Jon Hale, 64, will retire as chairman of Keltic Inc. in May.",
                &[
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Jon Hale", ChairmanOf, "Keltic Inc."),
                ],
            ),
            // The name that ends an apposition to the title.
            (
                "Keltic Inc. makes cheese. The present chairman, the dairy farmer Jon Hale, is stepping down.",
                &[
                    ("Jon Hale", ChairmanOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            (
                "The chairman of Keltic Inc., the dairy farmer Jon Hale, is stepping down next month.",
                &[
                    ("Jon Hale", ChairmanOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            // An apposition about the name may name another.
            (
                "Keltic Inc. runs hotels. Its chairman, Jon Hale, the son of founder Ann Hale, will step down.",
                &[
                    ("Jon Hale", ChairmanOf, "Keltic Inc."),
                    ("Ann Hale", FounderOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            // The organisation left for is joined; the one left is the
            // one the sentence speaks of.
            (
                "Keltic Inc. named Ann Berg chief executive, a post left empty since Jon Hale left for Brask Corp. in May.",
                &[
                    ("Ann Berg", CeoOf, "Keltic Inc."),
                    ("Jon Hale", EmployeeOf, "Brask Corp."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            // The one whose noun of leaving it is.
            (
                "Jon Hale, the Keltic Inc. chief executive who announced his resignation on Monday, declined to comment.",
                &[
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            // The subject of the verb that governs the infinitive.
            (
                "Jon Hale, chairman of Keltic Inc., has decided to step down.",
                &[
                    ("Jon Hale", ChairmanOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            // The speaker is not the one who leaves: an unnamed chief is.
            (
                "Jon Hale, Keltic Inc.'s chairman, said that the finance chief would retire in May.",
                &[("Jon Hale", ChairmanOf, "Keltic Inc.")],
            ),
            (
                "Ann Vik, a director of Keltic Inc., said the new rules would retire older looms.",
                &[("Ann Vik", EmployeeOf, "Keltic Inc.")],
            ),
        ],
    );
}

#[test]
fn a_passive_successor_is_the_head_of_the_phrase_after_by() {
    check(
        POSTS,
        &[
            // Past describing words and a title.
            (
                "Keltic Inc.'s chief executive Jon Hale was replaced by longtime chief operating officer Ann Berg.",
                &[
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Ann Berg", CeoOf, "Keltic Inc."),
                ],
            ),
            // A name in apposition to the title.
            (
                "Keltic Inc.'s chief executive Jon Hale was replaced with its finance chief, Ann Berg, on Monday.",
                &[
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                    ("Ann Berg", CeoOf, "Keltic Inc."),
                ],
            ),
            // The one succeeded, past the title before the name.
            (
                "Ann Berg will succeed Keltic Inc.'s longtime chief executive Jon Hale in May.",
                &[
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                    ("Ann Berg", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
            // Plain words with no title name no successor.
            (
                "Keltic Inc.'s chief executive Jon Hale was replaced by lawmakers loyal to Ann Berg.",
                &[
                    ("Jon Hale", CeoOf, "Keltic Inc."),
                    ("Jon Hale", Left, "Keltic Inc."),
                ],
            ),
        ],
    );
}

#[test]
fn the_one_who_replaces_takes_the_post_the_one_replaced_led() {
    check(
        &[CeoOf],
        &[
            (
                "Mia Roth replaces Jon Hale, who has led Zephyr Corp. for eleven years.",
                &[
                    ("Jon Hale", CeoOf, "Zephyr Corp."),
                    ("Mia Roth", CeoOf, "Zephyr Corp."),
                ],
            ),
            // Past an age set off by commas.
            (
                "Mia Roth replaces Jon Hale, 64, who has led Zephyr Corp. for eleven years.",
                &[
                    ("Jon Hale", CeoOf, "Zephyr Corp."),
                    ("Mia Roth", CeoOf, "Zephyr Corp."),
                ],
            ),
        ],
    );
}

#[test]
fn an_owned_leaving_noun_leaves_no_company_named_after_it() {
    check(
        POSTS,
        &[
            // The company after the noun is another clause's: no `left`.
            (
                "Tomas Verrill will step down in May. His departure follows pressure from activist investor Harlow Ridge Partners.",
                &[],
            ),
            // The sentence's subject before the noun is the one left.
            (
                "Keltic Inc. said his departure had been planned for a year, after Tomas Verrill, its chief executive, told the board.",
                &[("Tomas Verrill", CeoOf, "Keltic Inc.")],
            ),
        ],
    );
}

#[test]
fn a_post_held_on_is_the_relative_clause_s_person_s() {
    check(
        &[ChairmanOf],
        &[(
            "Keltic Inc. has a new chief. She takes over from Jon Hale, 71, who has run the house for 32 years and will remain its chairman.",
            &[("Jon Hale", ChairmanOf, "Keltic Inc.")],
        )],
    );
    check(
        &[CeoOf, EmployeeOf],
        &[
            (
                "Brask Corp. agreed to buy Keltic Inc. on Monday. Jon Hale will stay on as chief executive of Keltic Inc.",
                &[("Jon Hale", CeoOf, "Keltic Inc.")],
            ),
            (
                "Keltic Inc. will keep its staff, and Jon Hale will remain its publishing director.",
                &[("Jon Hale", EmployeeOf, "Keltic Inc.")],
            ),
        ],
    );
}
