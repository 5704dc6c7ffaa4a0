//! The slots a name set off by commas or a clause's coordination fills:
//! the name before a description the trigger heads ("Y, the arm of X"),
//! the phrases of one preposition coordinated ("with A, and with C"), and
//! the antecedent of an object relative clause ("T, which S bought").

use crate::model::EntityKind;

use super::super::super::coordination::names_one_thing;
use super::super::super::item::Item;
use super::lists::DESCRIBING_REACH;
use super::{APPOSITION_REACH, Reader};

#[cfg(test)]
mod tests;

/// How far behind a preposition's phrase the same preposition may stand
/// again, coordinated ("with A, which B owns, and with C").
const COORDINATED_PREP_REACH: usize = 16;

/// How many describing words may stand before the subject of an object
/// relative clause ("which the local cement maker S is buying").
const GAP_SUBJECT_LEAD: usize = 4;

/// How many words the trigger's phrase may have before the comma that sets
/// off its names ("rivals in the home market,").
const PHRASE_REACH: usize = 6;

impl Reader<'_, '_> {
    /// True when the comma before `k` opens a participle clause set off
    /// after a name: "T, founded in 1968 by the sailmaker A, is now run by
    /// B" (T is the clause's subject, not A).
    pub(super) fn participle_opens(&self, k: usize) -> bool {
        let items = self.at.items;
        let w = self.word(k);
        let participle = self.at.words().roles.founded.contains(w)
            || (w.len() > 4 && w.ends_with("ed") && w.chars().all(char::is_lowercase));
        participle
            && k >= 2
            && matches!(
                items[k - 2],
                Item::Ent {
                    possessive: false,
                    ..
                }
            )
    }

    /// True for a word at `k` of a description that opens at `from` (at
    /// most [`DESCRIBING_REACH`] words) and is set off by a comma from
    /// the names it is of: a plain word, or a name between plain words
    /// that only modifies the noun after it, when names follow the comma
    /// ("by two former Tarn Tools engineers, A and B"; "by the French
    /// Tarn group, which …" names Tarn).
    pub(super) fn describes_set_off(&self, k: usize, from: usize, prep: Option<&str>) -> bool {
        let end = from + DESCRIBING_REACH;
        if k >= end {
            return false;
        }
        if self.plain_word(k) {
            return true;
        }
        let modifier = k > from
            && self.plain_word(k - 1)
            && self.plain_word(k + 1)
            && self.capitalised(k)
            && matches!(
                self.at.items.get(k),
                Some(Item::Ent {
                    possessive: false,
                    pronoun: false,
                    ..
                })
            );
        if !modifier {
            return false;
        }
        let mut c = k + 1;
        while c < end && self.plain_word(c) {
            c += 1;
        }
        self.word(c) == "," && !self.apposed_names(c + 1, prep).is_empty()
    }

    /// The names of the phrases of the same preposition coordinated after
    /// the one at `k`, past what sets off its names: "with A, owner of B,
    /// and with C" (C), "in A and in B" (B) — a conjunction right before
    /// the preposition again, within the clause.
    pub(super) fn coordinated_prep(&self, k: usize, word: &str) -> Vec<usize> {
        let at = &self.at;
        let lang = at.ctx.lang;
        let end = (k + 1 + COORDINATED_PREP_REACH).min(at.items.len());
        let mut out = Vec::new();
        for m in k + 1..end {
            let w = self.word(m);
            if w == "." || lang.relate.reader.stops.contains(w) {
                break;
            }
            if w == word
                && lang
                    .relate
                    .clause
                    .list_conjunctions
                    .contains(self.word(m - 1))
            {
                out.extend(self.names(m + 1, Some(word)));
            }
        }
        out
    }

    /// The antecedent of an object relative clause the trigger's verb
    /// closes with no object of its own: "T, which S bought last year from
    /// U", "T, which it bought in 2024" — a relative pronoun (no
    /// preposition before it), the subject's name (a few describing words
    /// before it: "which the cement maker S is buying"), auxiliaries and adverbs,
    /// the verb, then a date, a preposition or the clause's end.
    pub(super) fn gap(&self) -> Vec<usize> {
        self.gap_clause()
            .map(|(pronoun, _)| self.antecedent(pronoun))
            .unwrap_or_default()
    }

    /// The subject of an object relative clause whose antecedent is goods
    /// named by a plain word: "rubber, which it buys from S", "the cane
    /// that Keltic buys from S" (it, Keltic: the customer); none where the
    /// goods are money, shares, people or a business (`reader/not_goods`)
    /// or the subject is no organisation.
    pub(super) fn goods_gap(&self) -> Vec<usize> {
        let at = &self.at;
        let Some((pronoun, subject)) = self.gap_clause() else {
            return Vec::new();
        };

        let mut g = pronoun.wrapping_sub(1);
        if self.word(g) == "," {
            g = g.wrapping_sub(1);
        }
        let goods = self.plain_word(g)
            && at.items[g].entity().is_none()
            && !at.ctx.lang.relate.reader.not_goods.contains(self.word(g));
        at.items[subject]
            .entity()
            .filter(|&e| goods && at.is_org(e))
            .into_iter()
            .collect()
    }

    /// The relative pronoun and subject of an object relative clause the
    /// trigger's verb closes (see [`Self::gap`]).
    fn gap_clause(&self) -> Option<(usize, usize)> {
        let at = &self.at;
        let lang = at.ctx.lang;
        let clause = &lang.relate.clause;
        let closes = match at.items.get(at.i + 1) {
            None | Some(Item::Date { .. }) => true,
            Some(Item::Word { word, .. }) => {
                self.is_preposition(at.i + 1)
                    || lang.relate.reader.gap_closers.contains(word)
                    || word == ","
                    || word == "."
                    || lang.relate.reader.stops.contains(word)
            }
            _ => false,
        };
        // No passive test: "which S is buying" reads as one, and a passive
        // ("which was bought by S") has no name before its verb.
        if !closes {
            return None;
        }
        let mut k = at.i;
        while k > 0 && clause.between_subject_and_verb.contains(self.word(k - 1)) {
            k -= 1;
        }
        let subject = k.checked_sub(1)?;
        // "T, which the local cement maker S is buying": the subject's
        // describing words between, a place among them ("which the
        // Stockholm buyout firm S took over").
        let place = |k: usize| {
            at.items[k]
                .entity()
                .is_some_and(|e| matches!(at.kind(e), EntityKind::Loc | EntityKind::Nationality))
        };
        let mut pronoun = subject.wrapping_sub(1);
        while pronoun < subject
            && subject - pronoun <= GAP_SUBJECT_LEAD
            && !clause.relative_pronouns.contains(self.word(pronoun))
            && (self.describing(pronoun) && at.items[pronoun].entity().is_none() || place(pronoun))
        {
            pronoun = pronoun.wrapping_sub(1);
        }
        if at.items[subject].entity().is_none()
            || !clause.relative_pronouns.contains(self.word(pronoun))
            || self.is_preposition(pronoun.wrapping_sub(1))
        {
            return None;
        }
        Some((pronoun, subject))
    }

    /// The names before the comma that opens the description the trigger
    /// heads, past its article and describing words (no name among them):
    /// "Y, the fish-feed arm of X", "Y, part of X", "A and B, both units
    /// of X".
    pub(super) fn appositive(&self) -> Vec<usize> {
        let at = &self.at;
        let mut k = at.i;
        while k > 0
            && at.i - k < APPOSITION_REACH
            && self.describing(k - 1)
            && at.items[k - 1].entity().is_none()
        {
            k -= 1;
        }
        if self.word(k.wrapping_sub(1)) != "," {
            return Vec::new();
        }
        let mut names = self.list_ending_at(k.wrapping_sub(2));
        // "A, B and C, a unit of D": a description of one thing is the
        // last name's alone (the list reads from its first name).
        if names_one_thing(at.ctx, at.items, k, at.span(at.i)) {
            names.drain(..names.len().saturating_sub(1));
        }
        names
    }

    /// The names set off by a comma after the trigger's phrase (describing
    /// words, a preposition's phrase, a place): "its larger rivals in the
    /// home market, A and the German group B, have" (A, B), "its nearest
    /// rival, the Leeds firm A,".
    pub(super) fn set_off_after_phrase(&self) -> Vec<usize> {
        let at = &self.at;
        let items = at.items;
        let place = |m: usize| {
            matches!(items.get(m), Some(&Item::Ent { entity, possessive: false, .. })
                if at.kind(entity) == EntityKind::Loc)
        };
        let mut d = at.i + 1;
        while d < at.i + 1 + PHRASE_REACH
            && ((self.describing(d) && items.get(d).and_then(Item::entity).is_none())
                || (self.is_preposition(d) && !self.is_preposition(d.wrapping_sub(1)))
                || (place(d) && self.is_preposition(d - 1)))
        {
            d += 1;
        }
        if self.word(d) != "," {
            return Vec::new();
        }
        let mut k = d + 1;
        let from = k;
        while k < from + GAP_SUBJECT_LEAD
            && self.describing(k)
            && items.get(k).and_then(Item::entity).is_none()
        {
            k += 1;
        }
        if items.get(k).and_then(Item::entity).is_none() {
            return Vec::new();
        }
        let head = if k > from {
            self.head_after(k).unwrap_or(k)
        } else {
            k
        };
        self.apposed_names(head, None)
    }
}
