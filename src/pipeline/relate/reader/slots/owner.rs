//! The owner of goods a clause is about: the possessor of a subject that
//! names goods ("X's paper comes from S", "its coloured glass is blown for
//! it by S", "most of its beans come from S") — the customer of a supply
//! whose verb has the goods, not the customer, as its subject — and the
//! gapped lots after such a clause ("…, and its lamps and cables from the
//! firm L").

#[cfg(test)]
mod tests;

use super::super::super::item::Item;
use super::{RELATIVE_REACH, Reader};

/// How many plain words may name the goods ("the camera robots").
const GOODS_WORDS: usize = 4;

/// How many words of tense, voice or manner may stand between the goods
/// and the trigger ("will now be bought", "have been sold").
const VERB_LEAD: usize = 5;

/// How many gapped lots may follow the clause's own ("and its lamps from
/// L, and its cables from C").
const GAPPED: usize = 3;

impl Reader<'_, '_> {
    /// The possessor of the trigger's subject when that subject is goods
    /// named by plain words: walking back past auxiliaries, "be" and
    /// adverbs, and past a relative clause set off by commas ("X's robots,
    /// which film flues, are bought from S"), the goods, then "X's" or a
    /// resolved "its" (past "most of", "a third of"); none where the goods
    /// are money, shares, people or a business (`reader/not_goods`).
    pub(super) fn owner(&self) -> Vec<usize> {
        let at = &self.at;
        let mut k = at.i;
        while k > 0 && at.i - k < VERB_LEAD && self.verb_lead(k - 1) {
            k -= 1;
        }
        // "T uses plate bought from S", "T trains its birds with drones
        // bought from S": a participle right after goods no possessor
        // names supplies the clause's subject.
        if k == at.i && self.goods_owner(k).is_none() && self.unowned_goods(k) {
            // The subject named before any preposition ("of which most are
            // sold under the K brand" names no customer).
            let prepositions = &at.ctx.lang.resolve.prepositions;
            let free = |s: usize| {
                (0..at.i)
                    .find(|&p| at.items[p].entity() == Some(s))
                    .is_some_and(|p| (0..p).all(|q| !prepositions.contains(at.items[q].word())))
            };
            return at
                .subject
                .filter(|&s| at.is_org(s) && free(s))
                .into_iter()
                .collect();
        }
        if self.word(k.wrapping_sub(1)) == "," {
            let relatives = &at.ctx.lang.relate.clause.relative_pronouns;
            let Some(open) = (k.saturating_sub(RELATIVE_REACH)..k - 1)
                .rev()
                .find(|&p| self.word(p) == ",")
                .filter(|&p| relatives.contains(self.word(p + 1)))
            else {
                return Vec::new();
            };
            k = open;
        }
        self.goods_owner(k).into_iter().collect()
    }

    /// True for a word of tense, voice or manner between a subject and its
    /// verb ("will", "be", "now", "only").
    fn verb_lead(&self, k: usize) -> bool {
        let lang = self.at.ctx.lang;
        let w = self.word(k);
        matches!(self.at.items.get(k), Some(Item::Word { .. }))
            && (lang.relate.roles.passive_be.contains(w)
                || lang.relate.clause.between_subject_and_verb.contains(w)
                || lang.relate.reader.between.contains(w))
    }

    /// True when goods named by plain words end right before `end`, after
    /// a preposition or an article with no possessor ("from plate", "with
    /// drones", "the yarn"), none of `reader/not_goods` nor a pronoun.
    fn unowned_goods(&self, end: usize) -> bool {
        let reader = &self.at.ctx.lang.relate.reader;
        let mut k = end;
        while k > 0 && end - k < GOODS_WORDS && self.plain_word(k - 1) {
            k -= 1;
        }
        let lang = self.at.ctx.lang;
        k < end
            && k > 0
            && (self.is_preposition(k - 1) || lang.resolve.determiners.contains(self.word(k - 1)))
            && (k..end).all(|p| {
                let w = self.word(p);
                !reader.not_goods.contains(w) && lang.relate.pronoun.wants(w).is_none()
            })
    }

    /// The possessor of goods named by the plain words ending right before
    /// `end`: "X's paper", "its camera robots", "most of its beans".
    fn goods_owner(&self, end: usize) -> Option<usize> {
        let at = &self.at;
        let reader = &at.ctx.lang.relate.reader;
        let mut k = end;
        while k > 0 && end - k < GOODS_WORDS && self.plain_word(k - 1) {
            k -= 1;
            // "its lamps and cables": goods coordinated.
            if k > 1 && self.conjunction(k - 1) && self.plain_word(k - 2) {
                k -= 1;
            }
        }
        if k == end || (k..end).any(|p| reader.not_goods.contains(self.word(p))) {
            return None;
        }
        let Some(Item::Ent {
            entity,
            possessive: true,
            ..
        }) = at.items.get(k.wrapping_sub(1))
        else {
            return None;
        };
        // "the price of X's paper": the subject is not the goods, unless a
        // portion of them ("a third of its leather").
        let before = k.wrapping_sub(2);
        if self.is_preposition(before) && !self.at.is(before.wrapping_sub(1), &reader.portions) {
            return None;
        }
        Some(*entity)
    }

    /// Where the goods named by plain words from `from` end: "lamps and
    /// cables from" (at "from").
    fn goods_end(&self, from: usize) -> usize {
        let mut g = from;
        while g < from + GOODS_WORDS && self.plain_word(g) {
            g += 1;
            if self.conjunction(g) && self.plain_word(g + 1) {
                g += 1;
            }
        }
        g
    }

    fn conjunction(&self, k: usize) -> bool {
        self.at
            .is(k, &self.at.ctx.lang.relate.clause.list_conjunctions)
    }

    /// The lots of a supply gapped after the trigger's clause, each a
    /// conjunction, an owner's goods, `word` and the names it governs:
    /// "X's paper comes from A, and its lamps and cables from the firm L"
    /// (X and L). An "its" names the owner the clause's own lot has.
    pub(in super::super) fn gapped_lots(&self, word: &str) -> Vec<(Option<usize>, Vec<usize>)> {
        let at = &self.at;
        let lang = at.ctx.lang;
        let mut out = Vec::new();
        let mut k = at.i + 1;
        while k < at.items.len() && out.len() < GAPPED {
            let w = self.word(k);
            // A comma may open the gapped lot (", and its lamps from L").
            if lang.relate.reader.stops.contains(w)
                || (w != "," && lang.relate.frame.boundary.contains(w))
            {
                break;
            }
            k += 1;
            if !lang.relate.clause.list_conjunctions.contains(w) {
                continue;
            }
            // "and its silver wire from S": a possessor, goods, the word.
            let possessor = match at.items.get(k) {
                Some(Item::Ent {
                    entity,
                    possessive: true,
                    ..
                }) => Some(*entity),
                Some(Item::Word { word, .. }) if lang.relate.pronoun.possessive.contains(word) => {
                    None
                }
                _ => continue,
            };
            let g = self.goods_end(k + 1);
            if g == k + 1
                || self.word(g) != word
                || (k + 1..g).any(|p| lang.relate.reader.not_goods.contains(self.word(p)))
            {
                continue;
            }
            let names = self.names(g + 1, Some(word));
            if !names.is_empty() {
                out.push((possessor, names));
            }
            k = g + 1;
        }
        out
    }
}
