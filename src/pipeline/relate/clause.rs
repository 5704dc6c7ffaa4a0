//! Clauses: the subject of a sentence and of a trigger's own clause, and
//! lists of names. How firmly a relation is stated: `status`.

use std::cell::RefCell;

use crate::lang::Language;
use crate::lang::relate::ClauseWords;
use crate::model::EntityKind;

use super::item::{Item, past_restatement};
use crate::pipeline::resolve::{MODIFIERS, governed_by, possessor_leads};

mod restrictive;

/// The subject of an item view: the first entity reference no preposition
/// governs ("on the X") and not possessive; else the first possessive one.
pub(super) fn subject_of(lang: &Language, items: &[Item], kinds: &[EntityKind]) -> Option<usize> {
    let mut possessive: Option<(usize, usize)> = None;
    for (i, item) in items.iter().enumerate() {
        if let Item::Ent {
            entity,
            possessive: p,
            ..
        } = item
            && kinds.get(*entity) != Some(&EntityKind::Loc)
        {
            if governed(lang, items, i) {
                continue;
            }
            if *p {
                possessive = possessive.or(Some((*entity, i)));
            } else {
                // "Keltic's rivals are A and B": after a finite verb the
                // name is the predicate's, the possessive the subject's.
                return match possessive {
                    Some((owner, at))
                        if possessor_leads(
                            &lang.resolve,
                            items[at + 1..i].iter().map(Item::word),
                        ) =>
                    {
                        Some(owner)
                    }
                    _ => Some(*entity),
                };
            }
        }
    }
    possessive.map(|(owner, _)| owner)
}

/// True when a preposition governs the item at `i`: right before it, before
/// its article and describing words ("on the London exchange"), or a name's
/// possessive or own description ("including its Orvo tents", "by the firm Orvo").
pub(super) fn governed(lang: &Language, items: &[Item], i: usize) -> bool {
    let owned = |e: usize| matches!(items[i - 1], Item::Ent { entity, possessive, .. } if possessive || entity == e);
    if i > 0 && items[i].entity().is_some_and(owned) && governed(lang, items, i - 1) {
        return true;
    }
    let before: Vec<&str> = items[..i]
        .iter()
        .rev()
        .take(MODIFIERS + 2)
        .map(Item::word)
        .collect();
    governed_by(&lang.resolve, &before)
}

/// True when a preposition governs the item at `i` or the place that owns
/// it: "looms from Italy's Keltic".
pub(super) fn governed_or_placed(
    lang: &Language,
    items: &[Item],
    i: usize,
    kinds: &[EntityKind],
) -> bool {
    let placed = i > 0
        && matches!(items[i - 1], Item::Ent { entity, possessive: true, .. }
            if matches!(kinds.get(entity), Some(EntityKind::Loc | EntityKind::Nationality)))
        && governed(lang, items, i - 1);
    placed || governed(lang, items, i)
}

/// True when the name at `j` closes a list of names that a head noun and
/// "of" open: "the governments of X and Y", "the states of X, Y and Z".
fn headed_place_list(lang: &Language, items: &[Item], j: usize) -> bool {
    let words = &lang.relate.clause;
    let joins = |k: usize| {
        let w = items[k].word();
        words.list_separators.contains(w) || words.list_conjunctions.contains(w)
    };
    let mut k = j;
    loop {
        // Past ", and" or "and" (or ",") to the name before.
        let mut p = k;
        while p > 0 && p + 2 > k && joins(p - 1) {
            p -= 1;
        }
        if p == k || p == 0 || items[p - 1].entity().is_none() {
            break;
        }
        k = p - 1;
    }
    k < j
        && k >= 2
        && lang.relate.frame.of.contains(items[k - 1].word())
        && lang.relate.frame.place_heads.contains(items[k - 2].word())
}

/// The entity right before the word at `i` with only auxiliaries, adverbs
/// and dates between: the subject of the trigger's own clause.
pub(super) fn clause_subject(
    lang: &Language,
    items: &[Item],
    i: usize,
    kinds: &[EntityKind],
) -> Option<usize> {
    let words = &lang.relate.clause;
    // "who between them own 55%": past a reciprocal phrase right before
    // the verb (its pronoun resolved or not).
    let reciprocal = |j: usize| {
        j > 0
            && j + 1 == i
            && words.reciprocal.contains(items[j - 1].word())
            && match &items[j] {
                Item::Ent { possessive, .. } => !*possessive,
                Item::Word { word, .. } => words.reciprocal_objects.contains(word),
                _ => false,
            }
    };
    let floor = i.saturating_sub(7);
    let mut j = i;
    while j > floor {
        j -= 1;
        if reciprocal(j) {
            j -= 1;
            continue;
        }
        match &items[j] {
            Item::Date { .. } => {}
            Item::Word { word, .. } if words.between_subject_and_verb.contains(word) => {}
            // "Rockwell Collins, which was acquired by …": the relative
            // pronoun stands for the name before the comma, past an age
            // ("Jon Hale, 66, who is retiring").
            Item::Word { word, .. } if words.relative_pronouns.contains(word) => {
                return relative_antecedent(lang, items, j)
                    .and_then(|k| items[k].entity())
                    .filter(|e| kinds.get(*e) != Some(&EntityKind::Loc));
            }
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if kinds.get(*entity) != Some(&EntityKind::Loc) => {
                let governed = j > 0 && lang.resolve.prepositions.contains(items[j - 1].word());
                // "The board of Keltic has named …": the organisation
                // whose board acts.
                let board_of = j >= 2
                    && lang.relate.frame.of.contains(items[j - 1].word())
                    && lang.relate.roles.board.contains(items[j - 2].word());
                return (!governed || board_of).then_some(*entity);
            }
            // "Keltic's board has named …", "the Keltic board named …".
            Item::Word { word, .. } if j > 0 && lang.relate.roles.board.contains(word) => {
                return items[j - 1]
                    .entity()
                    .filter(|e| kinds.get(*e) == Some(&EntityKind::Org));
            }
            // "The city of X has handed …": the place a head noun before
            // "of" makes the actor.
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if j >= 2
                && lang.relate.frame.of.contains(items[j - 1].word())
                && lang.relate.frame.place_heads.contains(items[j - 2].word()) =>
            {
                return Some(*entity);
            }
            // "The governments of X and Y will lend …": the places a head
            // noun before "of" makes the actors, the nearest standing for
            // them all (coordination gives the rest).
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if headed_place_list(lang, items, j) => {
                return Some(*entity);
            }
            // "Keltic, which makes ovens, has named …", "Keltic, a maker of
            // ovens, has named …": past the clause set off after the name.
            Item::Word { word, .. } if word == "," => {
                return set_off_subject(lang, items, j, kinds);
            }
            _ => return None,
        }
    }
    None
}

/// How many items a clause set off after a subject may hold.
const SET_OFF_REACH: usize = 16;

/// How many words may open a sentence before its subject ("Last year
/// rival Keltic, …").
const SUBJECT_LEAD: usize = 3;

/// The subject before a relative clause or an apposition that the comma at
/// `close` ends: the name that opens the sentence (past at most
/// [`SUBJECT_LEAD`] plain words) before the comma that opens it, which a
/// relative pronoun or an article follows; not a place. A name set off
/// later ("bought B, a maker of ovens, for …") is an object, no subject.
fn set_off_subject(
    lang: &Language,
    items: &[Item],
    close: usize,
    kinds: &[EntityKind],
) -> Option<usize> {
    let open = (close.saturating_sub(SET_OFF_REACH)..close)
        .rev()
        .find(|&k| items[k].word() == ",")?;
    let opener = items.get(open + 1)?.word();
    if open == 0
        || !(lang.relate.clause.relative_pronouns.contains(opener)
            || lang.resolve.determiners.contains(opener))
    {
        return None;
    }
    match &items[open - 1] {
        Item::Ent {
            entity,
            possessive: false,
            ..
        } if !matches!(
            kinds.get(*entity),
            Some(EntityKind::Loc | EntityKind::Nationality)
        ) && open - 1 <= SUBJECT_LEAD
            && items[..open - 1]
                .iter()
                .all(|it| matches!(it, Item::Word { word, .. } if word != ","))
            && !governed(lang, items, open - 1) =>
        {
            Some(*entity)
        }
        _ => None,
    }
}

/// Where the name stands that the relative pronoun (or "whose") at `r`
/// stands for: right before its comma, past an age set off by commas ("Jon
/// Hale, 66, who is retiring"), and past a description set off after the
/// age ("Jon Hale, 64, the founder's grandson, who has run …"). The one
/// reading of a relative pronoun set off by a comma; callers check that a
/// name fit for them stands there.
pub(super) fn relative_antecedent(lang: &Language, items: &[Item], r: usize) -> Option<usize> {
    let mut k = r;
    if k >= 4 && items[k - 1].word() == "," && is_age(items[k - 2].word()) {
        k -= 2;
    } else if let Some(aged) = aged_description(items, k) {
        k = aged;
    } else if k >= 2
        && items[k - 2].entity().is_none()
        && let Some(open) = set_off_description(lang, items, k)
    {
        k = open + 1;
    } else if let Some(open) = restrictive::restrictive_description(lang, items, k) {
        k = open + 1;
    }
    (k >= 2 && items[k - 1].word() == ",").then(|| k - 2)
}

/// How many items a description set off between a name and its relative
/// pronoun may hold ("a Dutch maker of barbecues and fuel").
const SET_OFF_DESCRIPTION: usize = 10;

/// For a relative pronoun at `r` after "NAME, a/the description," whose
/// last word is no name: the comma that opens the description, so the
/// pronoun stands for the name before it ("Keltic, a Dutch maker of
/// ovens, which is paying …" — the maker is Keltic).
fn set_off_description(lang: &Language, items: &[Item], r: usize) -> Option<usize> {
    if r < 5 || items[r - 1].word() != "," {
        return None;
    }
    let inside = |it: &Item| match it {
        Item::Word { word, .. } => !matches!(&**word, "," | ";" | "." | ":" | "(" | ")"),
        Item::Title { .. } | Item::Ent { .. } => true,
        _ => false,
    };
    let open = (r.saturating_sub(SET_OFF_DESCRIPTION + 2)..r - 1)
        .rev()
        .take_while(|&m| m + 2 == r || inside(&items[m + 1]))
        .find(|&m| items[m].word() == ",")?;
    let opener = &items[open + 1];
    let opens = lang.resolve.determiners.contains(opener.word())
        || matches!(
            opener,
            Item::Ent {
                possessive: true,
                ..
            }
        );
    (opens && open + 2 < r && open >= 1 && matches!(items[open - 1], Item::Ent { .. }))
        .then_some(open)
}

/// How many items a description set off after an age may hold.
const AGED_DESCRIPTION: usize = 6;

/// For a relative pronoun at `r` after ", AGE, description,": the
/// position right after the age, where the name's comma follows.
fn aged_description(items: &[Item], r: usize) -> Option<usize> {
    if r < 6 || items[r - 1].word() != "," {
        return None;
    }
    let describing = |it: &Item| match it {
        Item::Word { word, .. } => !matches!(&**word, "," | ";" | "." | ":"),
        Item::Title { .. } => true,
        Item::Ent { possessive, .. } => *possessive,
        _ => false,
    };
    let open = (r.saturating_sub(AGED_DESCRIPTION + 2)..r - 1)
        .rev()
        .take_while(|&m| m + 2 == r || describing(&items[m + 1]))
        .find(|&m| items[m].word() == ",")?;
    (open + 1 < r - 1
        && open >= 3
        && is_age(items[open - 1].word())
        && items[open - 2].word() == ",")
        .then(|| open - 1)
}

/// Each item's [`clause_subject`], else the subject of the clause a verb
/// of saying opens before it ([`reported_subject`]), else `subject` (the
/// sentence's): what a pattern at the item takes for its subject. Worked
/// out for an item when a reader asks ([`Subjects::at`]): the readers ask
/// at their trigger words only, a few items of a sentence. The reported
/// subjects are read on from the last item asked, never back again
/// (`reported`, the sentence reader's).
#[derive(Clone, Copy)]
pub(super) struct Subjects<'s, 'a> {
    lang: &'s Language,
    items: &'s [Item<'a>],
    kinds: &'s [EntityKind],
    subject: Option<usize>,
    reported: &'s Reported,
}

/// By item, as far as a reader has asked: the subject of the last clause a
/// verb of saying opens up to the item ([`reported_before`] of the item
/// after it).
pub(super) type Reported = RefCell<Vec<Option<usize>>>;

impl<'s, 'a> Subjects<'s, 'a> {
    /// The subjects of `items`, whose sentence has `subject` for its own;
    /// `reported` is empty, kept by the caller for these items alone.
    pub(super) fn of(
        lang: &'s Language,
        items: &'s [Item<'a>],
        kinds: &'s [EntityKind],
        subject: Option<usize>,
        reported: &'s Reported,
    ) -> Self {
        Subjects {
            lang,
            items,
            kinds,
            subject,
            reported,
        }
    }

    /// The subject of the item at `i`.
    pub(super) fn at(&self, i: usize) -> Option<usize> {
        clause_subject(self.lang, self.items, i, self.kinds)
            .or_else(|| self.reported_up_to(i))
            .or(self.subject)
    }

    /// [`reported_before`] `i + 1`: the items not yet read up to `i` are
    /// read once, each taking the last subject found before it when it
    /// opens no clause of its own.
    fn reported_up_to(&self, i: usize) -> Option<usize> {
        let mut seen = self.reported.borrow_mut();
        while seen.len() <= i {
            let k = seen.len();
            let last = reported_subject(self.lang, self.items, k, self.kinds)
                .or_else(|| seen.last().copied().flatten());
            seen.push(last);
        }
        seen.get(i).copied().flatten()
    }
}

/// The subject of the last clause a verb of saying opens before `i`
/// ([`reported_subject`]), if any.
pub(super) fn reported_before(
    lang: &Language,
    items: &[Item],
    i: usize,
    kinds: &[EntityKind],
) -> Option<usize> {
    (0..i)
        .rev()
        .find_map(|k| reported_subject(lang, items, k, kinds))
}

/// The subject of the clause a verb of saying at `i` opens: "The Ledger
/// reported (on Monday) (that) Keltic had beaten its rival Z" tells of
/// Keltic, so "its" and every other item after is Keltic's, not the
/// reporter's. The name comes right after the verb (past a date, its
/// preposition and a complementiser), is no place and no possessive, and
/// an auxiliary or adverb of `between_subject_and_verb` follows it, so
/// that an object ("announced Keltic's results", "reported a loss at
/// Keltic") opens no clause.
fn reported_subject(
    lang: &Language,
    items: &[Item],
    i: usize,
    kinds: &[EntityKind],
) -> Option<usize> {
    if !lang
        .relate
        .pronoun
        .reporting_verbs
        .contains(items[i].word())
    {
        return None;
    }
    // Past "on Monday" and "that".
    let opening = |j: usize| match &items[j] {
        Item::Date { .. } => true,
        Item::Word { word, .. } => {
            lang.resolve.complementisers.contains(word)
                || lang.resolve.prepositions.contains(word)
                    && matches!(items.get(j + 1), Some(Item::Date { .. }))
        }
        _ => false,
    };
    let j = (i + 1..items.len()).find(|&j| !opening(j))?;
    let Item::Ent {
        entity,
        possessive: false,
        ..
    } = items[j]
    else {
        return None;
    };
    (kinds.get(entity) != Some(&EntityKind::Loc)
        && lang
            .relate
            .clause
            .between_subject_and_verb
            .contains(items.get(j + 1)?.word()))
    .then_some(entity)
}

/// A person's age set off by commas after the name: one to three digits.
fn is_age(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// A list of entity references starting at `i`: "A, B and C", "A as well as B".
/// Returns the entities and the position after the list.
pub(super) fn entity_list(
    words: &ClauseWords,
    items: &[Item],
    mut i: usize,
) -> (Vec<usize>, usize) {
    let mut out = Vec::new();
    while let Some(e) = items.get(i).and_then(Item::entity) {
        out.push(e);
        i = past_restatement(items, i) + 1;
        match items.get(i).map(Item::word) {
            Some(w) if words.list_separators.contains(w) => {
                i += 1;
                if items
                    .get(i)
                    .is_some_and(|it| words.list_serial.contains(it.word()))
                {
                    i += 1;
                }
            }
            _ => break,
        }
    }
    (out, i)
}

/// The positions of the names listed from `j` on: before each, at most
/// `max_lead` items that `lead` accepts ("airline group A", "the Middle
/// East"), and between them separators and conjunctions (", and"). A
/// possessive name ends the list.
pub(super) fn names_listed(
    words: &ClauseWords,
    items: &[Item],
    mut j: usize,
    max_lead: usize,
    lead: impl Fn(&Item) -> bool,
) -> Vec<usize> {
    let mut out = Vec::new();
    loop {
        let mut k = j;
        while k < j + max_lead && items.get(k).is_some_and(&lead) {
            k += 1;
        }
        if !matches!(
            items.get(k),
            Some(Item::Ent {
                possessive: false,
                ..
            })
        ) {
            break;
        }
        out.push(k);
        j = k + 1;
        let before = j;
        while items.get(j).is_some_and(|it| {
            words.list_separators.contains(it.word()) || words.list_conjunctions.contains(it.word())
        }) {
            j += 1;
        }
        if j == before {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_verb_of_saying_opens_a_clause_whose_subject_owns_its_possessives() {
        use crate::model::RelationKind::*;
        use crate::pipeline::relate::tests::check;
        check(
            &[CompetitorOf, StakeIn],
            &[
                // "its" past the reported subject is the reported company's.
                (
                    "The Daily Ledger reported on Monday that Sauvel Aircraft Corp had beaten its American rival Corvane Aircraft Corp in the tender.",
                    &[(
                        "Sauvel Aircraft Corp",
                        CompetitorOf,
                        "Corvane Aircraft Corp",
                    )],
                ),
                (
                    "Halder Bank said Sauvel Aircraft Corp would sell its Tarvo Engines unit to Corvane Aircraft Corp in May.",
                    &[("Sauvel Aircraft Corp", StakeIn, "Tarvo Engines")],
                ),
                // A possessive object opens no clause: the speaker stays.
                (
                    "Halder Bank announced Sauvel Aircraft Corp's offer and said it had beaten its rival Corvane Aircraft Corp in the tender.",
                    &[("Halder Bank", CompetitorOf, "Corvane Aircraft Corp")],
                ),
            ],
        );
    }

    #[test]
    fn a_relative_pronoun_after_a_set_off_description_stands_for_the_name() {
        use crate::model::RelationKind::*;
        use crate::pipeline::relate::tests::check;
        check(
            &[Acquired],
            &[
                (
                    "Brightwater Retail is leaving the fuel trade, and Ostmark Grills BV, a Dutch maker of barbecues and fuel, which paid €27 million for Keltic Charcoal Ltd, will run the kilns.",
                    &[("Ostmark Grills BV", Acquired, "Keltic Charcoal Ltd")],
                ),
                // The name right before the comma stays the antecedent.
                (
                    "Brightwater Retail said Ostmark Grills BV, a unit of Halvard Foods AS, which paid €27 million for Keltic Charcoal Ltd, will run the kilns.",
                    &[("Halvard Foods AS", Acquired, "Keltic Charcoal Ltd")],
                ),
            ],
        );
    }

    #[test]
    fn a_subject_set_off_by_a_relative_clause_or_an_apposition_still_appoints() {
        use crate::model::RelationKind::*;
        use crate::pipeline::relate::tests::check;
        check(
            &[CeoOf, ChairmanOf],
            &[
                (
                    "Keltic Kitchens Ltd, which makes ovens in Tarnby, has named Lena Vogt as its chief executive.",
                    &[("Lena Vogt", CeoOf, "Keltic Kitchens Ltd")],
                ),
                (
                    "Keltic Kitchens Ltd, a maker of ovens, has named Jon Hale as its chairman.",
                    &[("Jon Hale", ChairmanOf, "Keltic Kitchens Ltd")],
                ),
            ],
        );
    }
}
