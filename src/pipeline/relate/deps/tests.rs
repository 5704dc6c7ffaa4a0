//! The dependency-read step on invented sentences.

use crate::lang::WordList;
use crate::model::RelationKind::{self, *};
use crate::model::Span;
use crate::pipeline::relate::tests::check;
use crate::syntax::Parser;

use super::tree::{Tree, words_of};

const POSTS: &[RelationKind] = &[CeoOf, ChairmanOf, FounderOf, EmployeeOf, Left];

/// The spans of `text`'s whitespace-separated tokens.
fn tokens(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                out.push(Span::new(s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

/// `text` parsed with the bundled parser.
fn tree(text: &str) -> Tree {
    let parser = Parser::bundled().expect("the bundled parser loads");
    Tree::parse(text, words_of(text, &tokens(text)), parser)
}

/// The index of word `word` in `tree`.
fn at(tree: &Tree, word: &str) -> usize {
    tree.lower
        .iter()
        .position(|w| w == word)
        .unwrap_or_else(|| panic!("no word {word:?}"))
}

#[test]
fn words_split_possessives_and_punctuation() {
    let text = "Keltic's chief, (Jon Ostrel), said: \"yes\".";
    let words: Vec<&str> = words_of(text, &tokens(text))
        .into_iter()
        .map(|w| w.slice(text))
        .collect();
    assert_eq!(
        words,
        [
            "Keltic", "'s", "chief", ",", "(", "Jon", "Ostrel", ")", ",", "said", ":", "\"", "yes",
            "\"", "."
        ]
    );
    // Bad input: empty tokens, a lone mark, a lone possessive.
    let odd = "\" 's , ";
    assert_eq!(words_of(odd, &tokens(odd)).len(), 3);
    assert!(words_of("", &[]).is_empty());
}

#[test]
fn queries_read_heads_labels_conjuncts_and_prepositions() {
    let t = tree("Arvid Ostrel , a director of Pelion Holdings and Keltic Inc. , resigned .");
    let director = at(&t, "director");
    let of = at(&t, "of");
    assert_eq!(t.head(of), Some(director));
    assert_eq!(t.label(of).name(), "prep");
    assert_eq!(t.prep_attachment(of), Some(director));
    let holdings = at(&t, "holdings");
    assert_eq!(t.prep_object(of), Some(holdings));
    let preps = WordList::from_entries(["of".to_owned()]);
    assert_eq!(
        t.prep_objects(director, &preps).collect::<Vec<_>>(),
        [holdings]
    );
    let inc = at(&t, "inc.");
    assert_eq!(t.conj_members(inc), [holdings, inc]);
    assert_eq!(t.conj_members(holdings), [holdings, inc]);
    assert_eq!(t.first_conjunct(inc), holdings);
    assert!(t.dominates(director, inc));
    assert!(t.is_common_noun(director));
    let plural = WordList::from_entries(["director".to_owned()]);
    let t2 = tree("Two directors left .");
    assert!(t2.is_in(at(&t2, "directors"), &plural));
    assert_eq!(
        t.head_in(t.spans[at(&t, "pelion")].cover(t.spans[holdings])),
        Some(holdings)
    );
}

#[test]
fn posts_by_apposition_title_and_copula() {
    check(
        POSTS,
        &[
            // The role apposed to the person, its organisation by "for".
            (
                "Demand was weak, said Arvid Ostrel, a Geneva-based analyst for Brask Securities.",
                &[("Arvid Ostrel", EmployeeOf, "Brask Securities")],
            ),
            // A title before the name, its organisation the possessor.
            (
                "Keltic Inc. raised prices. Keltic's chairman Sir Otto Drummel said demand was strong.",
                &[("Otto Drummel", ChairmanOf, "Keltic Inc.")],
            ),
            // A copula.
            (
                "Pavel Pirsk became chairman of Pelion Holdings in May.",
                &[("Pavel Pirsk", ChairmanOf, "Pelion Holdings")],
            ),
            // A plural role: every person of the coordination.
            (
                "Arvid Ostrel and Lena Brauk, directors of Pelion Holdings, said sales rose.",
                &[
                    ("Arvid Ostrel", EmployeeOf, "Pelion Holdings"),
                    ("Lena Brauk", EmployeeOf, "Pelion Holdings"),
                ],
            ),
            // A post at a unit the organisation owns.
            (
                "The director of the Pelion Holdings division of market regulation, Ina Vorsk, said firms will spend more.",
                &[("Ina Vorsk", EmployeeOf, "Pelion Holdings")],
            ),
            // A past post.
            (
                "Prices fell, said Arvid Ostrel, a former analyst for Brask Securities.",
                &[("Arvid Ostrel", Left, "Brask Securities")],
            ),
        ],
    );
}

#[test]
fn posts_through_conjuncts_keep_each_role_its_own() {
    check(
        POSTS,
        &[
            // The role apposed after the person; the second person's own
            // role at another organisation.
            (
                "The chief counsel for Pelion Holdings, Lena Brauk, and Ina Vorsk, her counterpart at Vroe Labs, met on Monday.",
                &[
                    ("Lena Brauk", EmployeeOf, "Pelion Holdings"),
                    ("Ina Vorsk", EmployeeOf, "Vroe Labs"),
                ],
            ),
            // Coordinated titles share the organisation: one post, the
            // most specific.
            (
                "Lena Brauk will become the president and CEO of Pelion Holdings.",
                &[("Lena Brauk", CeoOf, "Pelion Holdings")],
            ),
            // A role conjoined to a noun that is no post.
            (
                "The appeal will fail, said Arvid Ostrel, a club member and a chief negotiator for Pelion Holdings.",
                &[("Arvid Ostrel", EmployeeOf, "Pelion Holdings")],
            ),
        ],
    );
}

#[test]
fn posts_by_as_go_to_whom_the_phrase_speaks_of() {
    check(
        POSTS,
        &[
            // The subject of the verb the "as" modifies.
            (
                "Ina Vorsk will serve as president of Vroe Labs from May.",
                &[("Ina Vorsk", EmployeeOf, "Vroe Labs")],
            ),
            // The possessor of the noun it modifies.
            (
                "Pavel Pirsk spoke. Analysts said Pirsk's reappointment as chairman of Pelion Holdings mattered more.",
                &[("Pavel Pirsk", ChairmanOf, "Pelion Holdings")],
            ),
            // The subject of the verb whose object that noun is.
            (
                "Observers asked whether Lena Brauk might forgo a second term as Pelion Holdings treasurer.",
                &[("Lena Brauk", EmployeeOf, "Pelion Holdings")],
            ),
            // A named object: the "as" is said of it, not of the subject.
            (
                "Arvid Ostrel regards Pelion Holdings as a partner of Vroe Labs.",
                &[],
            ),
            // An infinitive takes the subject of the verb that controls
            // it, up the chain: the post named after "as" was held.
            (
                "Ina Vorsk, 64, has decided to step down as chairman of Vroe Labs after twelve years.",
                &[
                    ("Ina Vorsk", Left, "Vroe Labs"),
                    ("Ina Vorsk", ChairmanOf, "Vroe Labs"),
                ],
            ),
            // A relative clause's pronoun stands for the name before it.
            (
                "Ina Vorsk, who stepped down as chief executive of Vroe Labs in 2008, joined Pelion Holdings in May.",
                &[
                    ("Ina Vorsk", EmployeeOf, "Pelion Holdings"),
                    ("Ina Vorsk", Left, "Vroe Labs"),
                    ("Ina Vorsk", CeoOf, "Vroe Labs"),
                ],
            ),
            // A verb with an object controls by its object.
            (
                "The board has asked Lena Brauk to remain as president of Vroe Labs.",
                &[("Lena Brauk", EmployeeOf, "Vroe Labs")],
            ),
        ],
    );
}

#[test]
fn no_post_from_nouns_that_are_none_or_quotes() {
    check(
        POSTS,
        &[
            (
                "Arvid Ostrel, a longtime customer of Keltic Inc., said prices fell.",
                &[],
            ),
            (
                "Prices fell, said Arvid Ostrel, who follows Keltic Inc. closely.",
                &[],
            ),
            (
                "Arvid Ostrel, a shareholder of Pelion Holdings, voted against the plan.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_pair_the_rules_related_may_hold_a_second_kind_from_another_word() {
    // The rules read the post; the frame reads the stake from "owner".
    check(
        &[StakeIn],
        &[(
            "Keltic Inc. makes umbrellas. Keltic's owner and managing director, Lena Brauk, is to become its chairwoman.",
            &[("Lena Brauk", StakeIn, "Keltic Inc.")],
        )],
    );
}

#[test]
fn coordinated_nouns_share_their_possessor_preposition_and_name() {
    check(
        &[ChairmanOf, StakeIn, PartnerOf, LendsTo, Supplies],
        &[
            // The "of" closing the phrase is every conjunct's.
            (
                "Arvid Ostrel, the chairman and owner of Pelion Holdings, said sales rose.",
                &[
                    ("Arvid Ostrel", ChairmanOf, "Pelion Holdings"),
                    ("Arvid Ostrel", StakeIn, "Pelion Holdings"),
                ],
            ),
            // The possessor opening it, and the name apposed to the first.
            (
                "Vroe Labs' parent and biggest customer, Keltic Inc., declined to comment.",
                &[
                    ("Keltic Inc.", StakeIn, "Vroe Labs"),
                    ("Vroe Labs", Supplies, "Keltic Inc."),
                ],
            ),
        ],
    );
}

#[test]
fn a_post_held_formerly_is_left() {
    check(
        &[EmployeeOf, Left],
        &[(
            "Pelion Holdings hired Arvid Ostrel, formerly finance director of Vroe Labs, to run its treasury.",
            &[("Arvid Ostrel", Left, "Vroe Labs")],
        )],
    );
}
