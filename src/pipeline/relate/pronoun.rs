//! Which entity a pronoun stands for: the pronoun resolver. The pipeline
//! makes the pronouns it resolves mentions (see [`super::pronoun_references`]
//! and `resolve::add_pronoun_mentions`).

use super::clause::{clause_subject, relative_antecedent, reported_before, subject_of};
use super::context::Context;
use super::item::{Item, last_plain_entity};
pub(super) use super::pronoun_limits::ungoverned;
use super::pronoun_limits::{attributed, fronted_phrase, listed};
use crate::model::EntityKind;

/// What the sentence before tells a pronoun: its subject, and the entities
/// it named, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Previous {
    pub(super) subject: Option<usize>,
    pub(super) named: Vec<usize>,
    /// The names among them no preposition governs (see [`ungoverned`]).
    pub(super) free: Vec<usize>,
    /// The two organisations the text last coordinated ("A and B"): what
    /// "both firms" or "the partners" stand for (see [`super::pair`]).
    pub(super) pair: Option<(usize, usize)>,
    /// Whether that pair was the subject of the sentence before: what a
    /// plural pronoun opening a sentence ("Together they") stands for.
    pub(super) pair_led: bool,
    /// The article's main company when the sentence before was about a
    /// person and named it ("Keltic's director, P, will join B's board"):
    /// the organisation that sentence was about.
    pub(super) owner: Option<usize>,
}

impl Previous {
    /// The previous subject when it fits, else, when that subject is a
    /// person, the article's main company that sentence named when the
    /// pronoun opens this one (`opens`: "Its director, P, holds half; the
    /// rest was bought by B. Its rival …": not B), else the last entity the
    /// sentence before named that fits ("said Y, who founded Aarogya and is
    /// its chairman. Its chief executive …": Aarogya, not Y), one no
    /// preposition governs first ("said … that Keltic had competed with A
    /// and B. Its …": Keltic, not B).
    fn fallback(
        &self,
        fits: impl Fn(&usize) -> bool,
        is_person: impl Fn(&usize) -> bool,
        opens: bool,
    ) -> Option<usize> {
        // "A and B have lent C $5m. Its chief …": one of a coordinated
        // subject's members, and the text does not say which.
        let led_pair = self.pair.filter(|&(a, b)| {
            self.pair_led && (self.subject == Some(a) || self.subject == Some(b))
        });
        if led_pair.is_some() {
            return None;
        }
        match self.subject {
            Some(s) if fits(&s) => Some(s),
            Some(s) if is_person(&s) => {
                let last = |names: &[usize]| names.iter().rev().copied().find(|e| fits(e));
                self.owner
                    .filter(|o| opens && fits(o))
                    .or_else(|| last(&self.free))
                    .or_else(|| last(&self.named))
            }
            _ => None,
        }
    }
}

/// The entity a pronoun (`word`, lower case) stands for, given the items
/// before it in its sentence, the words after it and the previous sentence:
/// the sentence's own subject so far when it fits the pronoun's kind
/// ("Amazon said it would invest", "Anthropic will name AWS its partner"),
/// else the previous subject ("Back in 2019, it poured …"), else the last
/// name of the sentence before that fits. Object pronouns
/// ("contextualising it"; the object of a verb of buying or founding is
/// `object_pronoun`'s), pronouns after a preposition, expletive "it" ("it
/// is unclear whether") and pronouns after a clause whose subject is not an
/// entity ("While this move allows …, it …") stand for nothing. A
/// possessive after a seller's preposition before a noun of who owns
/// ("from its founders") is the name just before it.
pub(super) fn pronoun_antecedent(
    ctx: &Context<'_>,
    word: &str,
    before: &[Item],
    after: &[String],
    previous: &Previous,
) -> Option<usize> {
    let words = &ctx.lang.relate.pronoun;
    let wants = words.wants(word)?;
    let possessive = words.possessive.contains(word);
    let prev = match before.last() {
        None => None,
        Some(Item::Word { word, .. }) => Some(word.as_ref()),
        // "said on Friday it would": a date opens the clause like a comma.
        Some(Item::Date { .. }) => Some(","),
        // "In Spain it will compete": so does a fronted phrase of place.
        Some(Item::Ent { entity, .. })
            if ctx.kinds.get(*entity) == Some(&EntityKind::Loc) && fronted(ctx, before) =>
        {
            Some(",")
        }
        Some(_) if possessive => Some(""),
        Some(_) => return None,
    };
    let fits = |e: &usize| ctx.kinds.get(*e) == Some(&wants);
    let is_person = |e: &usize| ctx.kinds.get(*e) == Some(&EntityKind::Person);
    // "Airbus and its CEO": a possessive right after a conjunction stands
    // for the name the conjunction follows.
    if possessive
        && let [
            ..,
            Item::Ent { entity, .. },
            Item::Word { word: joiner, .. },
        ] = before
        && ctx.lang.relate.clause.list_conjunctions.contains(joiner)
        && fits(entity)
    {
        return Some(*entity);
    }
    if !possessive {
        if prev.is_some_and(|p| {
            !words.clause_openers.contains(p) && !words.reporting_verbs.contains(p)
        }) {
            return None;
        }
        let expletive = after
            .first()
            .is_some_and(|w| words.expletive_verbs.contains(w))
            || (words.expletive.contains(word)
                && after
                    .first()
                    .is_some_and(|w| words.expletive_that_verbs.contains(w))
                && after
                    .get(1)
                    .is_some_and(|w| words.expletive_cues.contains(w)))
            || (words.expletive.contains(word)
                && after.first().is_some_and(|w| words.be.contains(w))
                && after
                    .iter()
                    .skip(1)
                    .any(|w| words.expletive_cues.contains(w)));
        if expletive {
            return None;
        }
    } else if clause_joined(ctx, before) {
        // "Its revenue rose, she said, and its customers include": the
        // name the sentence opens with, else nothing.
        let lead = before
            .iter()
            .position(|item| !words.leading_words.contains(item.word()))?;
        return before[lead].entity().filter(fits);
    } else if prev.is_some_and(|p| ctx.lang.resolve.prepositions.contains(p))
        && !attributed(ctx, before)
    {
        // "bought 70% of Keltic from its founders": after a seller's
        // preposition and before a noun of who owns, the name just before,
        // the company owned. Other possessives after a preposition ("at
        // its plant") are left to the readers that know their frame.
        const OWNER_WORDS: usize = 3;
        let owner = after
            .iter()
            .take(OWNER_WORDS)
            .any(|w| words.owner_nouns.contains(w));
        if owner && prev.is_some_and(|p| words.seller_prepositions.contains(p)) {
            // Never the buyer, the clause's subject named ("Velmora bought
            // the plant from its owner"); an object pronoun is what was
            // bought ("Lindqvara took it over from its founders").
            let buyer = subject_of(ctx.lang, before, ctx.kinds);
            return before.iter().rev().find_map(|item| match item {
                Item::Ent {
                    entity,
                    possessive: false,
                    pronoun,
                    ..
                } if fits(entity) && (*pronoun || Some(*entity) != buyer) => Some(*entity),
                _ => None,
            });
        }
        return None;
    }
    // "… after Exxon Mobil announced it would buy": the one who announced.
    let reporter = before
        .len()
        .checked_sub(1)
        .filter(|&v| words.reporting_verbs.contains(before[v].word()))
        .and_then(|v| clause_subject(ctx.lang, before, v, ctx.kinds))
        .filter(fits);
    if reporter.is_some() {
        return reporter;
    }
    // "Brask Capital, which owns 22% of the company and said it …", "…
    // Alpstein AG, which raised its holding": in a relative clause whose
    // subject is the relative pronoun, the name the pronoun follows.
    if let Some(e) = relative_subject(ctx, before).filter(fits) {
        return Some(e);
    }
    // A clause whose subject is a plain noun phrase ("this move") may be
    // what the pronoun means: do not guess.
    let lead = before
        .iter()
        .position(|item| !words.leading_words.contains(item.word()))
        .unwrap_or(before.len());
    // "Another automaker, S, announced that it …": a description with a
    // name in apposition is that name.
    let apposed = |p: usize| {
        (p..(p + 3).min(before.len()))
            .find(|&q| before[q].word() == ",")
            .is_some_and(|q| before.get(q + 1).and_then(Item::entity).is_some())
    };
    if !possessive
        && matches!(before.get(lead), Some(Item::Word { word, .. }) if words.determiners.contains(word))
        && matches!(before.get(lead + 1), Some(Item::Word { .. }))
        && !apposed(lead + 1)
        && !fronted_phrase(ctx, before, lead + 1)
    {
        return complement_possessor(ctx, &before[lead + 2..], fits);
    }
    // "The Ledger reported that Keltic had beaten its rival": the subject
    // of the clause a verb of saying opens, not the reporter.
    if let Some(s) = reported_before(ctx.lang, before, before.len(), ctx.kinds).filter(fits) {
        return Some(s);
    }
    match subject_of(ctx.lang, before, ctx.kinds) {
        // "A and B will each own half, and will keep its director": a
        // singular pronoun is no one member of a listed subject.
        Some(s) if listed(ctx, before, s) => None,
        Some(s) if fits(&s) => Some(s),
        // "X, who founded Aarogya and is its chairman": a possessive whose
        // clause is about a person stands for the nearest name that fits,
        // not a possessor ("while Keltic's chief, Y, is to become its
        // chairman": not Keltic).
        Some(s) if possessive && is_person(&s) => {
            last_plain_entity(before, fits).or_else(|| previous.fallback(fits, is_person, false))
        }
        // The possessor that opened the sentence before stands for a
        // pronoun that opens this one.
        _ => previous.fallback(fits, is_person, before.iter().all(|i| i.entity().is_none())),
    }
}

/// The name before ", which" (or another relative pronoun) when `before`
/// ends inside that relative clause, with no comma since, and the relative
/// pronoun is its subject (a word, not a name, follows it: "X, which owns
/// …", not "X, which Y bought"); no semicolon since, and a person's for
/// "who".
pub(super) fn relative_subject(ctx: &Context<'_>, before: &[Item]) -> Option<usize> {
    let clause = &ctx.lang.relate.clause;
    let r = before
        .iter()
        .rposition(|item| clause.relative_pronouns.contains(item.word()))?;
    let rest = &before[r + 1..];
    if !matches!(rest.first(), Some(Item::Word { .. }))
        || rest.iter().any(|item| matches!(item.word(), "," | ";"))
    {
        return None;
    }
    // "P, a manager at Solvay, who became its chief": "who" is a
    // person's, never the company before it.
    let personal = before[r].word() == ctx.lang.kinds.who;
    match &before[relative_antecedent(ctx.lang, before, r)?] {
        Item::Ent {
            entity,
            possessive: false,
            ..
        } if !personal || ctx.kinds.get(*entity) == Some(&EntityKind::Person) => Some(*entity),
        _ => None,
    }
}

/// How many items a fronted phrase may hold after its preposition ("In
/// northern Spain").
const FRONTED_REACH: usize = 3;

/// True when `before` is a phrase of a preposition and a place that opens
/// the sentence ("In Spain", "In northern Spain").
fn fronted(ctx: &Context<'_>, before: &[Item]) -> bool {
    let lead = before
        .iter()
        .position(|item| !ctx.lang.relate.pronoun.leading_words.contains(item.word()))
        .unwrap_or(before.len());
    let rest = &before[lead..];
    rest.len() >= 2
        && rest.len() <= FRONTED_REACH + 1
        && ctx.lang.resolve.prepositions.contains(rest[0].word())
        && rest[1..rest.len() - 1].iter().all(
            |item| matches!(item, Item::Word { word, .. } if word.chars().all(char::is_lowercase)),
        )
}

/// True when `before` ends in a comma and a conjunction (", and its
/// customers include"): a new clause, not a list member governed by "and".
fn clause_joined(ctx: &Context<'_>, before: &[Item]) -> bool {
    matches!(before, [.., Item::Word { word: comma, .. }, Item::Word { word: joiner, .. }]
        if comma == "," && ctx.lang.relate.clause.list_conjunctions.contains(joiner))
}

/// How many items after the subject's noun the copula may stand ("The
/// $2 billion deal is …").
const COPULA_REACH: usize = 3;

/// "The deal is the firm's third purchase this year, after it bought …":
/// after a plain subject and a copula, the one possessive name of the
/// complement that fits, when no other name that fits stands there.
fn complement_possessor(
    ctx: &Context<'_>,
    rest: &[Item],
    fits: impl Fn(&usize) -> bool,
) -> Option<usize> {
    let be = &ctx.lang.relate.pronoun.be;
    let copula = rest
        .iter()
        .take(COPULA_REACH)
        .position(|x| matches!(x, Item::Word { word, .. } if be.contains(word)))?;
    let mut found = None;
    for item in &rest[copula + 1..] {
        if let Item::Ent {
            entity, possessive, ..
        } = item
            && fits(entity)
        {
            if !*possessive || found.is_some_and(|f| f != *entity) {
                return None;
            }
            found = Some(*entity);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_possessive_after_from_before_an_owner_is_the_company_just_named() {
        // "buy Orvo Clinics … from its owner, Jon Hale": Orvo's owner, not
        // the buyer's; with no company named between, no one's.
        check(
            &[StakeIn],
            &[(
                "Keltic Care AS said it had agreed to buy Orvo Clinics AS, a group of six clinics in Bergen, from its owner, Jon Hale.",
                &[("Jon Hale", StakeIn, "Orvo Clinics AS")],
            )],
        );
        check(
            &[StakeIn],
            &[(
                "Keltic Care AS bought the Tarvik plant from its owner, the telecoms group Brask Systems AS.",
                &[],
            )],
        );
    }

    #[test]
    fn a_fronted_phrase_of_place_leaves_the_pronoun_the_previous_subject() {
        check(
            &[CompetitorOf],
            &[
                (
                    "Zephyr Corp. runs 52 hospitals in Norway. In Sweden it will compete with Quantix Inc.",
                    &[("Zephyr Corp.", CompetitorOf, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. runs 52 hospitals in Norway. In northern Sweden it competes with Quantix Inc.",
                    &[("Zephyr Corp.", CompetitorOf, "Quantix Inc.")],
                ),
            ],
        );
    }

    #[test]
    fn a_pronoun_after_a_possessive_subject_and_its_predicate_is_the_possessor() {
        // "Keltic's rivals are A and B. It sells to C": the names after
        // the verb are the predicate's, not what "It" means.
        check(
            &[Supplies, LendsTo],
            &[(
                "Keltic Timber AB saws pine in Norway. Keltic Timber AB's biggest rivals are Brask Wood AB and Orvo Mills AB. It sells boards to Quantix Retail AB. The company also has a credit line from Quantix Bank.",
                &[
                    ("Keltic Timber AB", Supplies, "Quantix Retail AB"),
                    ("Quantix Bank", LendsTo, "Keltic Timber AB"),
                ],
            )],
        );
    }

    #[test]
    fn a_pronoun_in_a_relative_clause_stands_for_the_name_before_it() {
        // "…, which owns 22% … and said it would buy": the fund, not the
        // possessive that opens the sentence.
        check(
            &[Acquired],
            &[(
                "Keltic Foods sells bread in Norway. Keltic Foods' largest shareholder is the pension fund Brask Capital, which owns 22% of the company and said it would buy Quantix Inc.",
                &[("Brask Capital", Acquired, "Quantix Inc.")],
            )],
        );
    }

    #[test]
    fn a_possessive_after_a_person_stands_for_the_organisation_named_near() {
        check(
            &[CeoOf, ChairmanOf],
            &[
                // In the relative clause of a person, the name before it;
                // in the next sentence, the last organisation named.
                (
                    "Keltic Robotics sells robots to Brask Hospitals. \"Robots help us,\" said Jon Hale, the surgeon who founded Brask Hospitals in 1998 and is its chairman. Its chief executive, Lena Vogt, said the robots would help.",
                    &[
                        ("Jon Hale", ChairmanOf, "Brask Hospitals"),
                        ("Lena Vogt", CeoOf, "Brask Hospitals"),
                    ],
                ),
                // The clause's own person takes the post, at the name
                // before, not the possessor.
                (
                    "Lena Vogt will run Tarn Media, while Brask Corp.'s chief executive, Jon Hale, will become its chairman.",
                    &[
                        ("Jon Hale", CeoOf, "Brask Corp."),
                        ("Jon Hale", ChairmanOf, "Tarn Media"),
                        ("Lena Vogt", CeoOf, "Tarn Media"),
                    ],
                ),
                // A subject of no clear kind leaves the pronoun alone.
                (
                    "Quantix Inc. makes chips. Its chief executive, Lena Vogt, said so.",
                    &[("Lena Vogt", CeoOf, "Quantix Inc.")],
                ),
            ],
        );
    }

    #[test]
    fn a_possessive_after_a_person_subject_is_the_company_the_text_is_about() {
        // "Its director, P, holds half; the rest was bought by B. Its
        // rival …": the company the sentences were about, not B.
        check(
            &[CompetitorOf],
            &[(
                "Ostravel Boats Oy builds ferries in Turku, and Ostravel sells most of them in Sweden. Its managing director, Lena Vogt, holds half of it; the rest was bought by the Oulu group Halvane Oyj. Its main rival is Corrin Yards AB.",
                &[("Ostravel Boats Oy", CompetitorOf, "Corrin Yards AB")],
            )],
        );
    }

    #[test]
    fn a_name_past_a_governed_possessive_is_no_subject() {
        // "built by Brask's Orvo unit and will be paid for with a loan from
        // T": the preposition governs Orvo too, so it borrows nothing.
        check(
            &[LendsTo],
            &[(
                "Keltic Foods AS is building two bread lines in Bergen. The lines are being built by Brask Group's Orvo Machines unit and will be paid for with a 15 million euro loan from Tarvin Bank, she said.",
                &[],
            )],
        );
    }

    #[test]
    fn an_inverted_clause_leaves_the_pronoun_the_company_it_was_about() {
        // "Among its customers is X, which …. Its rival …": not X.
        check(
            &[CompetitorOf],
            &[(
                "Ostravel Boats Oy builds ferries in Turku. Among its customers is the Brisworth Ferry Trust, which ordered two boats last year. Its nearest rival, Corrin Yards AB, builds ten boats a year.",
                &[("Ostravel Boats Oy", CompetitorOf, "Corrin Yards AB")],
            )],
        );
    }

    #[test]
    fn a_pronoun_after_a_possessive_that_includes_names_is_the_possessor() {
        // "Its customers include A and B. It competes with C": not A.
        check(
            &[CompetitorOf],
            &[(
                "Ostravel Porzellan GmbH makes plates in Selb. Its customers include Brisworth Hotels and Tarvin Cruises. It competes with Corrin Tableware AG.",
                &[(
                    "Ostravel Porzellan GmbH",
                    CompetitorOf,
                    "Corrin Tableware AG",
                )],
            )],
        );
    }

    #[test]
    fn a_possessive_after_a_person_skips_the_names_a_preposition_governs() {
        // "… said that Keltic had competed with A and B. Its …": the
        // company the person spoke of, not the last rival named.
        check(
            &[CeoOf],
            &[(
                "Jon Hale said the boats were sold in Denmark and that Keltic Marine Oy had raced against Brask Boats and Orvo Yachts. Its chief executive, Lena Vogt, said so.",
                &[("Lena Vogt", CeoOf, "Keltic Marine Oy")],
            )],
        );
    }

    #[test]
    fn pronouns_stand_for_the_subject_that_fits() {
        check(
            &[InvestedIn, Acquired, FounderOf],
            &[
                // The previous sentence's subject.
                (
                    "Brightwater Corp. invested in Quantix Inc. in 2019. It also invested in Zephyr Corp. in 2020.",
                    &[
                        ("Brightwater Corp.", InvestedIn, "Quantix Inc."),
                        ("Brightwater Corp.", InvestedIn, "Zephyr Corp."),
                    ],
                ),
                // The one who said it.
                (
                    "Zephyr Corp. said it would buy Quantix Inc.",
                    &[("Zephyr Corp.", Acquired, "Quantix Inc.")],
                ),
                // A description with a name in apposition is that name.
                (
                    "Another carmaker, Zephyr Corp., said that it would buy Quantix Inc.",
                    &[("Zephyr Corp.", Acquired, "Quantix Inc.")],
                ),
                // "she" wants a person.
                (
                    "Lena Vogt joined Keltic Inc. in May. She founded Quantix Inc. in 2012.",
                    &[("Lena Vogt", FounderOf, "Quantix Inc.")],
                ),
                // "A and its …": the name before the conjunction.
                (
                    "Officials favoured Keltic Inc. and its founder Jon Hale.",
                    &[("Jon Hale", FounderOf, "Keltic Inc.")],
                ),
                // After a plain subject and a copula, the complement's
                // possessor.
                (
                    "The purchase is Brightwater Corp.'s largest since it bought Quantix Inc. in 2021.",
                    &[("Brightwater Corp.", Acquired, "Quantix Inc.")],
                ),
                (
                    "The deal is the third this year for Brightwater Corp., after it bought Quantix Inc. in March.",
                    &[],
                ),
                // An expletive "it" stands for nothing; the next one does.
                (
                    "Keltic Inc. praised Zephyr Corp. It is unclear whether it will buy Quantix Inc.",
                    &[("Keltic Inc.", Acquired, "Quantix Inc.")],
                ),
            ],
        );
    }

    #[test]
    fn it_before_a_verb_of_coming_out_and_that_stands_for_nothing() {
        let text = "Keltic Inc. sued Zephyr Corp. in May. It emerged that Brask Ltd had paid. \
                    Keltic Inc. lost money in June. It emerged from bankruptcy in July.";
        let a = crate::pipeline::tests::analysis(text);
        let its: Vec<usize> = a
            .mentions
            .iter()
            .filter(|m| m.span.slice(text) == "It")
            .map(|m| m.span.start)
            .collect();
        // Only the second "It" stands for the company.
        assert_eq!(its, vec![text.rfind("It").unwrap_or(0)]);
    }

    #[test]
    fn owners_in_an_inverted_subject_leave_the_pronoun_to_the_subject_before() {
        let text = "Keltic Computer said the tablet would sell well.\n\
                    Among the apps shown was Brask's Orvo player.\n\
                    It said sales rose.\n";
        let a = crate::pipeline::tests::analysis(text);
        let it = a.mentions.iter().find(|m| m.span.slice(text) == "It");
        let owner = it
            .and_then(|m| m.entity)
            .map(|e| a.entities[e].name.as_str());
        assert_eq!(owner, Some("Keltic Computer"));
    }
}
