//! The slots of a trigger's clause: its subject (walked back to), the
//! object and prepositional phrases behind it (read forward within the
//! clause), a possessor, a complement, an apposed head — each a list of
//! names.

use crate::lang::reader::Slot;
use crate::model::EntityKind;

use super::super::item::Item;
use super::super::pattern::At;
use super::super::view::PERCENT;

mod gapped;
mod lists;
mod owner;
mod set_off;
mod subject;

/// How far back a subject may stand from its trigger.
const SUBJECT_REACH: usize = 16;

/// How far back the comma opening a relative clause set off by commas may
/// stand from the comma closing it ("T, which also runs a plant in A and
/// 40 shops under the B name in C, ranks behind …").
const RELATIVE_REACH: usize = 32;

/// How many describing words an apposition between an antecedent and its
/// relative clause may have.
const APPOSITION_REACH: usize = 6;

/// How far behind the trigger a preposition of its frame may stand.
const PREP_REACH: usize = 10;

/// A trigger's clause, read slot by slot.
pub(super) struct Reader<'s, 'a> {
    at: At<'s, 'a>,
    passive: bool,
    /// A passive participle with no "be" before it ("T, owned by S").
    reduced: bool,
    /// Set when the subject walked to is one of names coordinated ("A and
    /// B will build"), though the resolver made an entity of one only.
    joint: std::cell::Cell<bool>,
}

impl<'s, 'a> Reader<'s, 'a> {
    /// The clause of the trigger at `at.i`.
    pub(super) fn new(at: At<'s, 'a>) -> Self {
        let (passive, reduced) = passive(&at);
        Self {
            at,
            passive,
            reduced,
            joint: std::cell::Cell::new(false),
        }
    }

    /// The names right after the comma that closes an opening participle
    /// phrase: a name, not a description the resolver may have linked
    /// anywhere ("the drone maker").
    fn after_opening(&self) -> Vec<usize> {
        let items = self.at.items;
        let Some(comma) = (1..items.len()).find(|&k| self.word(k) == ",") else {
            return Vec::new();
        };
        match items.get(comma + 1) {
            Some(Item::Ent {
                possessive: false, ..
            }) if self.capitalised(comma + 1) => self.listed_from(comma + 1, None),
            _ => Vec::new(),
        }
    }

    /// The trigger's position.
    pub(super) fn at(&self) -> &At<'s, 'a> {
        &self.at
    }

    /// True when the subject read is shared by coordinated names.
    pub(super) fn joint(&self) -> bool {
        self.joint.get()
    }

    /// The entities `slot` names, in text order.
    pub(super) fn slot(&self, slot: &Slot) -> Vec<usize> {
        let i = self.at.i;
        match slot {
            Slot::Subject => self.subject(),
            Slot::Agent if self.passive => self.prep(self.agent_word(), false),
            Slot::Agent => self.subject(),
            // "T, owned by S": the name the participle follows; "shares
            // held by S": no name.
            Slot::Patient if self.passive && self.reduced => {
                let k = if self.word(i.wrapping_sub(1)) == "," {
                    i.wrapping_sub(2)
                } else {
                    i.wrapping_sub(1)
                };
                self.list_ending_at(k)
            }
            // "Founded in 2015 by A, the drone maker …": the name the
            // sentence goes on with after the participle's comma.
            Slot::Patient if self.passive && i == 0 => self.after_opening(),
            Slot::Patient if self.passive => self.subject(),
            Slot::Patient | Slot::Object => self.names(i + 1, None),
            Slot::Direct if self.passive => self.slot(&Slot::Patient),
            Slot::Direct => self.direct(),
            Slot::Possessor => self.possessor().into_iter().collect(),
            Slot::Complement => self.complement(),
            Slot::Apposed => self.apposed(),
            Slot::Appositive => self.appositive(),
            Slot::Named => self.named(),
            Slot::SetOff => self.set_off_after_phrase(),
            Slot::Next => match self.at.items.get(i + 1) {
                Some(Item::Ent {
                    entity,
                    possessive: false,
                    ..
                }) => vec![*entity],
                _ => Vec::new(),
            },
            Slot::Gap => self.gap(),
            Slot::GoodsGap => self.goods_gap(),
            Slot::Owner => self.owner(),
            Slot::Prep { word, adjacent } => self.prep(word, *adjacent),
            Slot::GoodsPrep(word) => self.goods_prep(word),
            // Read by the caller, from the sentence's earlier finds.
            Slot::Elided => Vec::new(),
        }
    }

    /// True when a share ends the trigger's clause, with nothing it is of
    /// named: "holds 8%", "holding the remaining 34%", "holds 27% of the
    /// shares", "who kept the rest".
    pub(super) fn share_ends_clause(&self) -> bool {
        let items = self.at.items;
        let plain = |k: usize| items[k].entity().is_none() && self.describing(k);
        let mut k = self.at.i + 1;
        while k < items.len() && k < self.at.i + 4 && self.plain_word(k) {
            k += 1;
        }
        let rest = self.word(k) != PERCENT
            && k > self.at.i + 1
            && self.at.is(k - 1, &self.at.words().clause.remainder);
        if self.word(k) != PERCENT && !rest {
            return false;
        }
        k += usize::from(!rest);
        if self.is_preposition(k) {
            k += 1;
            while k < items.len() && plain(k) {
                k += 1;
            }
        }
        // "S owns 22% and employees the rest": a gapped clause after it.
        k >= items.len()
            || matches!(self.word(k), "," | ".")
            || self
                .at
                .ctx
                .lang
                .relate
                .clause
                .list_conjunctions
                .contains(self.word(k))
    }

    /// The language's passive agent preposition ("by").
    fn agent_word(&self) -> &'s str {
        self.at
            .ctx
            .lang
            .relate
            .clause
            .passive_agent
            .iter()
            .next()
            .unwrap_or_default()
    }

    fn word(&self, k: usize) -> &'s str {
        self.at.items.get(k).map_or("", Item::word)
    }

    /// True for a plain word at `k`: no name, amount, preposition,
    /// conjunction, relative pronoun or word a clause ends at ("the other",
    /// "two former teachers").
    pub(super) fn plain_word(&self, k: usize) -> bool {
        let lang = self.at.ctx.lang;
        let clause = &lang.relate.clause;
        let w = self.word(k);
        matches!(self.at.items.get(k), Some(Item::Word { .. }))
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && w.chars().any(char::is_alphabetic)
            && !lang.resolve.prepositions.contains(w)
            && !clause.list_conjunctions.contains(w)
            && !clause.relative_pronouns.contains(w)
            && !lang.relate.pronoun.reporting_verbs.contains(w)
            && !lang.relate.reader.stops.contains(w)
    }

    /// True for a preposition that governs the name after it (the
    /// resolver's list holds "and" too: not here).
    fn is_preposition(&self, k: usize) -> bool {
        let lang = self.at.ctx.lang;
        lang.resolve.prepositions.contains(self.word(k))
            && !lang.relate.clause.list_conjunctions.contains(self.word(k))
    }

    /// True when a preposition governs the name at `j`, articles between
    /// at most ("from the bank L").
    fn governed(&self, j: usize) -> bool {
        let determiners = &self.at.ctx.lang.resolve.determiners;
        let mut k = j.wrapping_sub(1);
        while k < j && j - k <= 2 && determiners.contains(self.word(k)) {
            k = k.wrapping_sub(1);
        }
        self.is_preposition(k)
    }

    /// True for a description the resolver made a mention of ("seat
    /// makers"): its text is lower case.
    fn description(&self, k: usize) -> bool {
        self.at.items.get(k).and_then(Item::entity).is_some() && !self.capitalised(k)
    }

    /// True for a word of a description set off by commas: a describing
    /// word, a description, or any plain word but a preposition,
    /// conjunction or relative pronoun ("the two largest seat makers").
    fn in_apposition(&self, k: usize) -> bool {
        let clause = &self.at.ctx.lang.relate.clause;
        let w = self.word(k);
        self.describing(k)
            || self.description(k)
            || (w.chars().all(char::is_alphabetic)
                && !w.is_empty()
                && !self.is_preposition(k)
                && !clause.list_conjunctions.contains(w)
                && !clause.relative_pronouns.contains(w))
    }

    /// True when a noun phrase opens at `k`: an article or possessive
    /// pronoun.
    fn opens_phrase(&self, k: usize) -> bool {
        let lang = self.at.ctx.lang;
        lang.resolve.determiners.contains(self.word(k))
            || lang.relate.pronoun.possessive.contains(self.word(k))
            || matches!(
                self.at.items.get(k),
                Some(Item::Ent {
                    possessive: true,
                    ..
                })
            )
    }

    /// True for a place after a place's comma ("Cambridge,
    /// Massachusetts"): its region, governed as the place is.
    fn region(&self, j: usize) -> bool {
        let place = |k: usize| {
            self.at
                .items
                .get(k)
                .and_then(Item::entity)
                .is_some_and(|e| self.is_place(e))
        };
        place(j) && self.word(j.wrapping_sub(1)) == "," && place(j.wrapping_sub(2))
    }

    /// True when the item at `k` starts with a capital: a name, though
    /// perhaps not one the resolver made an entity of.
    fn capitalised(&self, k: usize) -> bool {
        k < self.at.items.len()
            && self
                .at
                .span(k)
                .slice(self.at.ctx.text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    /// True when the name at `j` only modifies a noun of its phrase: an
    /// article or possessive before it and a describing word or the
    /// trigger after it ("the Oei family", "its Keltic works"); a
    /// description is a phrase of its own ("puts the group behind A").
    fn modifier(&self, j: usize) -> bool {
        j > 0
            && !self.description(j)
            && self.opens_phrase(j - 1)
            && (j + 1 == self.at.i || (j + 1 < self.at.i && self.describing(j + 1)))
    }

    fn is_place(&self, e: usize) -> bool {
        self.at.kind(e) == EntityKind::Loc
    }

    /// The names after the first `word` behind the trigger in its clause
    /// (a comma ends the clause unless the preposition follows it: "two
    /// power stations, at A and B"); an `adjacent` one stands right after
    /// the trigger or its comma.
    fn prep(&self, word: &str, adjacent: bool) -> Vec<usize> {
        let at = &self.at;
        let lang = at.ctx.lang;
        let reach = if adjacent { 2 } else { PREP_REACH };
        let end = (at.i + 1 + reach).min(at.items.len());
        for k in at.i + 1..end {
            let w = self.word(k);
            if w == word {
                let mut found = self.names(k + 1, Some(word));
                // "to the A family, who own 75%, and to S": past the family.
                let family = found.is_empty()
                    && (k + 1..(k + 6).min(at.items.len())).any(|f| self.family_next(f));
                if family {
                    found.extend(self.coordinated_prep(k, word));
                }
                if !found.is_empty() {
                    found.extend(self.coordinated_prep(k, word));
                    return found;
                }
            } else if (w == "," && self.word(k + 1) != word && !self.between_names(k))
                || (w != "," && lang.relate.frame.boundary.contains(w))
                || lang.relate.reader.stops.contains(w)
            {
                break;
            }
        }
        self.fronted(word)
    }

    /// The names after `word` when only goods stand between it and the
    /// trigger: plain words, none of `not_goods` ("buys scrap from S",
    /// "buys technical-grade molecules from S"; not "buys the unit from
    /// S", "buys U from S", "buys 20% from S").
    fn goods_prep(&self, word: &str) -> Vec<usize> {
        let at = &self.at;
        let not_goods = &at.ctx.lang.relate.reader.not_goods;
        let determiners = &at.ctx.lang.resolve.determiners;
        let mut k = at.i + 1;
        let mut goods = false;
        while k < (at.i + 1 + PREP_REACH).min(at.items.len()) {
            let w = self.word(k);
            if w == word {
                return if goods {
                    self.names(k + 1, Some(word))
                } else {
                    Vec::new()
                };
            }
            let plain = (self.plain_word(k) || determiners.contains(w)) && !not_goods.contains(w);
            if !plain {
                return Vec::new();
            }
            goods |= !determiners.contains(w);
            k += 1;
        }
        Vec::new()
    }

    /// True for a comma between two names: a list's ("sells it in A, B
    /// and C through D"), no clause's end.
    fn between_names(&self, k: usize) -> bool {
        let named = |p: usize| self.at.items.get(p).and_then(Item::entity).is_some();
        k > 0 && named(k - 1) && named(k + 1)
    }

    /// The antecedent of a relative clause that opens with `word` before
    /// the trigger: "the venture in which S will hold 60%", "A, with which
    /// S competes".
    fn fronted(&self, word: &str) -> Vec<usize> {
        let at = &self.at;
        let clause = &at.ctx.lang.relate.clause;
        let mut k = at.i;
        while k > at.i.saturating_sub(SUBJECT_REACH) && k > 0 {
            k -= 1;
            let w = self.word(k);
            if at.ctx.lang.relate.reader.stops.contains(w) {
                break;
            }
            if clause.relative_pronouns.contains(w) {
                return if self.word(k.wrapping_sub(1)) == word {
                    self.antecedent(k - 1)
                } else {
                    Vec::new()
                };
            }
        }
        Vec::new()
    }

    /// The possessor of the trigger's phrase: a possessive name or "its"
    /// before it with only describing words, a share or an amount between
    /// ("its 30% stake", "Velora's biggest investor"), or the antecedent
    /// of "whose".
    fn possessor(&self) -> Option<usize> {
        let at = &self.at;
        let whose = &at.ctx.lang.relate.reader.whose;
        let mut k = at.i;
        while k > 0 && at.i - k < 4 {
            k -= 1;
            match &at.items[k] {
                Item::Ent {
                    entity,
                    possessive: true,
                    ..
                } => return Some(*entity),
                Item::Word { word, .. } if whose.contains(word) => {
                    return self.antecedent(k).last().copied();
                }
                Item::Money { .. } => {}
                Item::Word { word, .. } if word == PERCENT => {}
                _ if self.describing(k) && at.items[k].entity().is_none() => {}
                _ => return None,
            }
        }
        None
    }

    /// The names after a copula or comma right behind the trigger:
    /// "whose biggest shareholder is C", "T's owners, A and B".
    fn complement(&self) -> Vec<usize> {
        let next = self.word(self.at.i + 1);
        if next == "," || self.at.ctx.lang.relate.reader.copulas.contains(next) {
            self.names(self.at.i + 2, None)
        } else {
            Vec::new()
        }
    }

    /// The names before the comma that opens the trigger's phrase, a few
    /// leading words between: "A and B, both former …".
    fn apposed(&self) -> Vec<usize> {
        let lead = &self.at.ctx.lang.relate.reader.apposed_lead;
        let mut k = self.at.i;
        while k > 0 && self.at.i - k < 2 && lead.contains(self.word(k - 1)) {
            k -= 1;
        }
        if self.word(k.wrapping_sub(1)) == "," {
            self.list_ending_at(k.wrapping_sub(2))
        } else {
            Vec::new()
        }
    }

    /// The one name right after the trigger, an article between at most,
    /// that ends its phrase: "will lead T", "has led T for ten years", "will
    /// run T after the merger"; not "ran the T hotels" nor "runs T's unit",
    /// nor a description the resolver may have linked anywhere ("the joint
    /// company").
    fn direct(&self) -> Vec<usize> {
        let mut j = self.at.i + 1;
        if self.at.ctx.lang.resolve.determiners.contains(self.word(j)) {
            j += 1;
        }
        let ends = |k: usize| {
            !self.describing(k) || self.at.is(k, &self.at.ctx.lang.relate.reader.object_ends)
        };
        match self.at.items.get(j) {
            Some(Item::Ent {
                entity,
                possessive: false,
                ..
            }) if self.capitalised(j) && ends(j + 1) => vec![*entity],
            _ => Vec::new(),
        }
    }

    /// The names a name right after the trigger leads to: "former Keltic
    /// engineers A and B" (A and B).
    fn named(&self) -> Vec<usize> {
        let j = self.at.i + 1;
        if self.at.items.get(j).and_then(Item::entity).is_none() {
            return Vec::new();
        }
        match self.head_after(j) {
            Some(head) if head != j => self.listed_from(head, None),
            _ => Vec::new(),
        }
    }
}

/// Whether the trigger is a passive participle — a form of "be" before
/// it (only adverbs, a share or auxiliaries between: "is 35% owned"), or
/// its agent's "by" right behind it ("T, owned by S") — and whether it is
/// the latter, with no "be". A progressive form is none: "A is advising
/// T" is told actively.
fn passive(at: &At<'_, '_>) -> (bool, bool) {
    let lang = at.ctx.lang;
    let be = &lang.relate.roles.passive_be;
    let trigger = at.items[at.i].word();
    if trigger.len() > 4 && lang.relate.frame.is_progressive(trigger) {
        return (false, false);
    }
    // A date read as one ("is now run by") stands as an adverb would.
    let between = |k: usize| {
        let w = at.items[k].word();
        matches!(at.items[k], Item::Date { .. })
            || lang.relate.reader.between.contains(w)
            || lang.relate.clause.between_subject_and_verb.contains(w)
    };
    let mut k = at.i;
    while k > 0 && at.i - k < 4 {
        k -= 1;
        if be.contains(at.items[k].word()) {
            return (true, false);
        }
        if !between(k) {
            break;
        }
    }
    // "Founded in 2015 by A, …": a participle opening the sentence.
    if at.i == 0 && at.items.len() > 1 {
        return (true, false);
    }
    let agent = |k: usize| {
        lang.relate
            .clause
            .passive_agent
            .contains(at.items.get(k).map_or("", Item::word))
    };
    // "T, set up in 2009 by A": past a phrasal participle's particle.
    let next = if lang
        .relate
        .reader
        .particles
        .contains(at.items.get(at.i + 1).map_or("", Item::word))
    {
        at.i + 2
    } else {
        at.i + 1
    };
    let date = |k: usize| matches!(at.items.get(k), Some(Item::Date { .. }));
    // "T, founded in 2019 by A", "T, bought last year by S": a date's
    // phrase between.
    let dated = (lang
        .resolve
        .prepositions
        .contains(at.items.get(next).map_or("", Item::word))
        && date(next + 1)
        && agent(next + 2))
        || (date(next) && agent(next + 1));
    let by = (next..next + 2).any(agent) || dated;
    (by, by)
}
