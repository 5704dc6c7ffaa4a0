//! The words of the role family of relation extraction (`relate/roles/`):
//! titles and the relation each states, and the verbs and nouns by which a
//! person takes, holds or leaves a post.

use crate::model::RelationKind;

use super::{LangError, Source, Table, WordList};

/// `relate/roles/`.
#[derive(Debug, Clone)]
pub struct RoleWords {
    /// Which relation a title states, tried in file order.
    pub titles: TitleRules,
    /// Titles of public office rather than posts in an organisation.
    pub public_offices: WordList,
    /// Endings of public offices ("minister").
    pub public_office_suffixes: WordList,
    /// Words between a title and its organisation ("of", "at").
    pub title_of: WordList,
    /// Words before a title in "PERSON, the former TITLE of ORG".
    pub title_lead: WordList,
    /// What joins coordinated titles ("founder and CEO").
    pub title_joiners: WordList,
    /// Verbs of appointment ("named", "hired").
    pub appoint: WordList,
    /// Words between the appointed person and the title ("as its new").
    pub appoint_lead: WordList,
    /// Verbs of founding ("founded").
    pub founded: WordList,
    /// Verbs by which a person leaves a post ("resigned", "left").
    pub leave: WordList,
    /// Verbs that leave a post with a particle ("stepped down").
    pub leave_phrasal: WordList,
    /// The particles of `leave_phrasal` ("down", "aside").
    pub leave_particles: WordList,
    /// Verbs by which an organisation removes a person ("ousted", "fired").
    pub removed: WordList,
    /// Verbs of succession ("succeeds", "replaced").
    pub succeed: WordList,
    /// Forms of "be" before a passive participle ("was fired").
    pub passive_be: WordList,
    /// The word before the successor in the passive ("replaced with").
    pub successor_by: WordList,
    /// Nouns for the one who held a post before its holder ("her
    /// predecessor, X").
    pub predecessor: WordList,
    /// Verbs that take over a post ("took"), before `take_over_from`.
    pub take_over: WordList,
    /// The particle of taking a post over ("over").
    pub take_over_particles: WordList,
    /// The preposition before the holder it is taken from ("from").
    pub take_over_from: WordList,
    /// Nouns of kinship after a possessive pronoun ("her father, X"): a
    /// relative a family firm passed from.
    pub kin: WordList,
    /// Words that make a post a past one ("former", "ex-").
    pub former: WordList,
    /// Verbs of hiring without a title ("hired").
    pub hire: WordList,
    /// The word before the post taken over ("as CEO").
    pub as_post: WordList,
    /// The word between a person and the organisation they work for
    /// ("Jon Hale of Keltic").
    pub person_of: WordList,
    /// The word after "PERSON," before the organisation they speak for
    /// ("Jon Hale, with Keltic Inc., said").
    pub person_with: WordList,
    /// Verbs by which a person takes or holds a post ("became", "was named").
    pub take_post: WordList,
    /// Words between such a verb and the title ("as", "to", "its new").
    pub take_post_lead: WordList,
    /// The present copula by which a person holds a post ("who founded
    /// Keltic and is its chairman"); the post verbs' lists leave it out.
    pub hold_post: WordList,
    /// Verbs of running an organisation ("heads", "leads").
    pub runs: WordList,
    /// Verbs of running one after "to" in a clause of leaving ("left to run Z").
    pub run_to: WordList,
    /// Verbs of taking a post after "to" in a clause of leaving ("left to
    /// become chief executive of Z").
    pub become_to: WordList,
    /// The participle of running one, read after a perfect auxiliary ("has
    /// run it since 2019").
    pub run_perfect: WordList,
    /// Perfect auxiliaries ("has", "had").
    pub perfect: WordList,
    /// The perfect auxiliary of a past post ("had run it").
    pub past_perfect: WordList,
    /// Words that end a post at a time ("ran it until October").
    pub until: WordList,
    /// Verbs of chairing one ("chairs").
    pub chairs: WordList,
    /// Ranks between a title and the name ("chief of staff General X").
    pub ranks: WordList,
    /// Nouns of leaving a post ("the departure of X").
    pub leave_nouns: WordList,
    /// Executive titles that, bare before a name, mean a post at the
    /// organisation spoken of ("finance chief X").
    pub bare_titles: WordList,
    /// General titles that mean a post at the organisation spoken of only
    /// when nothing possesses them ("General manager X said").
    pub plain_titles: WordList,
    /// Nouns of a post read only in apposition ("X, a partner at ORG").
    pub post_nouns: WordList,
    /// The body a person joins ("join Keltic's board").
    pub board: WordList,
    /// The preposition before the board a person stays on ("remain on
    /// Keltic's board").
    pub board_on: WordList,
    /// Verbs of keeping a post ("remain", "stays"): a board seat kept is
    /// held beside a post the sentence says was left.
    pub stay: WordList,
    /// Words that put a post in the past ("before", "previously").
    pub before: WordList,
    /// Verbs of holding or doing a job ("held positions at", "worked at").
    pub held_posts: WordList,
    /// The word before a time spent in a post since left ("after nine
    /// years at Keltic").
    pub after_time: WordList,
    /// Verbs of working now ("works", "employed").
    pub works: WordList,
    /// The word before the employer after them ("for", "at", "by").
    pub works_for: WordList,
    /// The word after a verb of leaving before where the person goes
    /// ("left for Keltic").
    pub leave_for: WordList,
    /// Nouns of a place a verb of leaving leaves, no post ("left home").
    pub leave_places: WordList,
    /// Words of the state a verb of leaving leaves its object in ("left
    /// rates unchanged"): no post is left.
    pub leave_states: WordList,
}

/// How a title's words are tested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleTest {
    /// The whole title.
    Is,
    /// The title's start.
    Starts,
    /// Anywhere in the title.
    Contains,
}

/// The relation a title states: the first rule whose test holds, else the
/// fallback (the `any` row).
#[derive(Debug, Clone)]
pub struct TitleRules {
    /// `(test, words, kind)` in file order.
    pub rules: Vec<(TitleTest, String, RelationKind)>,
    /// The kind of any other title.
    pub fallback: RelationKind,
}

impl TitleRules {
    /// The relation the lower-case `title` states.
    pub fn kind_of(&self, title: &str) -> RelationKind {
        self.rules
            .iter()
            .find(|(test, words, _)| match test {
                TitleTest::Is => title == words,
                TitleTest::Starts => title.starts_with(words.as_str()),
                TitleTest::Contains => title.contains(words.as_str()),
            })
            .map_or(self.fallback, |(_, _, kind)| *kind)
    }

    pub(super) fn load(source: &dyn Source, path: &str) -> Result<Self, LangError> {
        let table = Table::load(source, path, 3)?;
        let malformed = |line: usize, problem: String| LangError::Malformed {
            path: path.to_owned(),
            line,
            problem,
        };
        let mut rules = Vec::new();
        let mut fallback = None;
        for (n, row) in table.rows().enumerate() {
            let kind = RelationKind::from_name(&row[2])
                .filter(|k| k.is_role())
                .ok_or_else(|| malformed(n + 1, format!("not a role kind: {}", row[2])))?;
            let test = match row[0].as_str() {
                "is" => TitleTest::Is,
                "starts" => TitleTest::Starts,
                "contains" => TitleTest::Contains,
                "any" => {
                    fallback = Some(kind);
                    continue;
                }
                other => return Err(malformed(n + 1, format!("unknown test: {other}"))),
            };
            rules.push((test, row[1].clone(), kind));
        }
        let fallback = fallback.ok_or_else(|| malformed(0, "no `any` row".to_owned()))?;
        Ok(Self { rules, fallback })
    }
}

impl RoleWords {
    /// Reads every file of `relate/roles/` from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let list = |path: &str| WordList::load(source, &format!("relate/roles/{path}.txt"));
        Ok(Self {
            titles: TitleRules::load(source, "relate/roles/titles.tsv")?,
            public_offices: list("public_offices")?,
            public_office_suffixes: list("public_office_suffixes")?,
            title_of: list("title_of")?,
            title_lead: list("title_lead")?,
            title_joiners: list("title_joiners")?,
            appoint: list("appoint")?,
            appoint_lead: list("appoint_lead")?,
            founded: list("founded")?,
            leave: list("leave")?,
            leave_phrasal: list("leave_phrasal")?,
            leave_particles: list("leave_particles")?,
            removed: list("removed")?,
            succeed: list("succeed")?,
            passive_be: list("passive_be")?,
            successor_by: list("successor_by")?,
            predecessor: list("predecessor")?,
            take_over: list("take_over")?,
            take_over_particles: list("take_over_particles")?,
            take_over_from: list("take_over_from")?,
            kin: list("kin")?,
            former: list("former")?,
            hire: list("hire")?,
            as_post: list("as")?,
            person_of: list("person_of")?,
            person_with: list("person_with")?,
            take_post: list("take_post")?,
            take_post_lead: list("take_post_lead")?,
            hold_post: list("hold_post")?,
            runs: list("runs")?,
            run_to: list("run_to")?,
            become_to: list("become_to")?,
            run_perfect: list("run_perfect")?,
            perfect: list("perfect")?,
            past_perfect: list("past_perfect")?,
            until: list("until")?,
            chairs: list("chairs")?,
            ranks: list("ranks")?,
            leave_nouns: list("leave_nouns")?,
            bare_titles: list("bare_titles")?,
            plain_titles: list("plain_titles")?,
            post_nouns: list("post_nouns")?,
            board: list("board")?,
            board_on: list("board_on")?,
            stay: list("stay")?,
            before: list("before")?,
            held_posts: list("held_posts")?,
            after_time: list("after_time")?,
            works: list("works")?,
            works_for: list("works_for")?,
            leave_for: list("leave_for")?,
            leave_places: list("leave_places")?,
            leave_states: list("leave_states")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Embedded;

    #[test]
    fn titles_are_tried_in_order_with_a_fallback() {
        let files = Embedded(&[(
            "t.tsv",
            "is\tceo\tceo_of\nstarts\tchair\tchairman_of\ncontains\tfounder\tfounder_of\nany\t*\temployee_of\n",
        )]);
        let rules = TitleRules::load(&files, "t.tsv").expect("well formed");
        assert_eq!(rules.kind_of("ceo"), RelationKind::CeoOf);
        assert_eq!(rules.kind_of("ceo-elect"), RelationKind::EmployeeOf);
        assert_eq!(rules.kind_of("chairwoman"), RelationKind::ChairmanOf);
        assert_eq!(rules.kind_of("co-founder"), RelationKind::FounderOf);
        assert_eq!(rules.kind_of("größter chef"), RelationKind::EmployeeOf);
    }

    #[test]
    fn titles_name_roles_and_need_a_fallback() {
        let not_role = Embedded(&[("t.tsv", "is\tceo\tacquired\nany\t*\temployee_of\n")]);
        let err = TitleRules::load(&not_role, "t.tsv").expect_err("acquired is no role");
        assert!(err.to_string().contains("not a role kind"), "{err}");
        let no_any = Embedded(&[("t.tsv", "is\tceo\tceo_of\n")]);
        assert!(TitleRules::load(&no_any, "t.tsv").is_err());
    }
}
