//! What a pattern sees: one position in a sentence's item view, with the
//! subject of its clause.

use crate::lang::RelateWords;
use crate::model::{EntityKind, Span};
use crate::pipeline::word_shape::is_describing_word;

use super::context::Context;
use super::item::{Finds, Item, next_entity};

/// A pattern: looks at one position and adds the relations it states.
pub(super) type Pattern = fn(&At<'_, '_>, &mut Finds);

/// One position `i` in a sentence's items.
#[derive(Clone, Copy)]
pub(super) struct At<'s, 'a> {
    /// The document.
    pub(super) ctx: &'s Context<'a>,
    /// The sentence's items.
    pub(super) items: &'s [Item<'a>],
    /// The position looked at (the trigger).
    pub(super) i: usize,
    /// The subject of the clause the trigger is in, when it stands right
    /// before it ("… after Exxon Mobil announced it would buy Pioneer"),
    /// else the sentence's.
    pub(super) subject: Option<usize>,
}

impl<'s> At<'s, '_> {
    /// The word at the position ("" for an entity, amount, date or title).
    pub(super) fn word(&self) -> &'s str {
        self.items[self.i].word()
    }

    /// The language's lists.
    pub(super) fn words(&self) -> &'s RelateWords {
        &self.ctx.lang.relate
    }

    /// The kind of entity `e`.
    pub(super) fn kind(&self, e: usize) -> EntityKind {
        self.ctx.kinds.get(e).copied().unwrap_or(EntityKind::Misc)
    }

    /// The tagger often calls a young company MISC; relations accept both
    /// and `kinds::repair_from_relations` settles the kind afterwards.
    pub(super) fn is_org(&self, e: usize) -> bool {
        matches!(self.kind(e), EntityKind::Org | EntityKind::Misc)
    }

    /// True when entity `e` is a person.
    pub(super) fn is_person(&self, e: usize) -> bool {
        self.kind(e) == EntityKind::Person
    }

    /// True when the item at `k` is a small plain word with a letter (a
    /// describing word), no preposition or list conjunction: what may stand
    /// between a list's joint and its next name ("and the energy company
    /// U").
    pub(super) fn plain_word(&self, k: usize) -> bool {
        let lang = self.ctx.lang;
        self.items.get(k).is_some_and(|it| {
            let w = it.word();
            matches!(it, Item::Word { .. })
                && w.chars().any(char::is_alphabetic)
                && is_describing_word(w)
                && !lang.resolve.prepositions.contains(w)
                && !lang.relate.clause.list_conjunctions.contains(w)
        })
    }

    /// Where item `i` is.
    pub(super) fn span(&self, i: usize) -> Span {
        self.items[i].span(self.ctx.mentions)
    }

    /// True when the word at `i` is in `list`.
    pub(super) fn is(&self, i: usize, list: &crate::lang::WordList) -> bool {
        self.items.get(i).is_some_and(|it| list.contains(it.word()))
    }

    /// The position of the name a word or entity at `j` only describes:
    /// "German airline Air Berlin", "Russian carrier Aeroflot" — a
    /// nationality word or unsure name, one or two plain words, then a name.
    /// Else `j`.
    pub(super) fn described(&self, j: usize) -> usize {
        // A nationality word reads as a plain word, capitalised.
        let modifier = match self.items.get(j) {
            Some(Item::Ent { entity, .. }) => matches!(
                self.kind(*entity),
                EntityKind::Nationality | EntityKind::Misc | EntityKind::Loc
            ),
            Some(Item::Word { span, .. }) => span
                .slice(self.ctx.text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase),
            _ => false,
        };
        if !modifier {
            return j;
        }
        let plain = |k: usize| {
            self.items.get(k).is_some_and(|it| {
                let w = it.word();
                w.chars().next().is_some_and(char::is_alphabetic)
                    && !self.ctx.lang.resolve.prepositions.contains(w)
            })
        };
        (j + 2..=j + 3)
            .find(|&k| (j + 1..k).all(plain) && self.items.get(k).and_then(Item::entity).is_some())
            .unwrap_or(j)
    }
    /// The entity at `j`, or the company a place or nationality there only
    /// describes ("Japan's Hoshi Corp", "Antwerp-based Kel Holding",
    /// "Japanese automaker Yorimo"): read through [`Self::named_after`].
    pub(super) fn past_place(&self, j: usize) -> Option<usize> {
        let e = self.items.get(j)?.entity()?;
        match self.kind(e) {
            EntityKind::Loc | EntityKind::Nationality => self.items[self.named_after(j)].entity(),
            _ => Some(e),
        }
    }

    /// The entity an object phrase from `from` names: a name within `max`
    /// items, else one a nationality and a noun describe ("Japanese
    /// automaker Yorimo"; not "aircraft maker X", which reaches too far
    /// for a loose subject), read past a place that only describes it.
    pub(super) fn object_from(&self, from: usize, max: usize) -> Option<usize> {
        next_entity(self.items, from, max)
            .map(|(j, _)| j)
            .or_else(|| Some(self.described(from)).filter(|&k| k != from))
            .and_then(|j| self.past_place(j))
    }

    /// The name a description at `j` leads to, a company described by its
    /// owner's or its home's name too: "Glasgow-based Clyde Marine",
    /// "US defence company Halberd Dynamics", "France's Armorique Naval" —
    /// a name, up to three plain lower-case words (no preposition or
    /// conjunction), then a name. Else `j`.
    pub(super) fn named_after(&self, j: usize) -> usize {
        let Some(Item::Ent {
            entity, possessive, ..
        }) = self.items.get(j)
        else {
            return j;
        };
        let place = matches!(
            self.kind(*entity),
            EntityKind::Loc | EntityKind::Nationality | EntityKind::Misc
        );
        let stops = &self.ctx.lang.resolve.prepositions;
        let joins = &self.ctx.lang.relate.clause.list_conjunctions;
        // "The largest holders of T are A and B": a copula is no describing
        // word, and the name after it no name T only describes.
        let copulas = &self.ctx.lang.relate.reader.copulas;
        let plain = |k: usize| {
            self.items.get(k).is_some_and(|it| {
                let w = it.word();
                !w.is_empty()
                    && !stops.contains(w)
                    && !joins.contains(w)
                    && !copulas.contains(w)
                    && is_describing_word(w)
            })
        };
        // "the Quebec snowmobile and trail-equipment group M": a conjunction
        // may join two describing words, never follow the place or come
        // right before the name.
        let joined = |k: usize| {
            k > j + 1
                && self
                    .items
                    .get(k)
                    .is_some_and(|it| joins.contains(it.word()))
                && plain(k - 1)
                && plain(k + 1)
        };
        // A possessive place may stand right before the name, and one glued
        // to "-based" ("Glasgow-based Clyde Marine": no word item between).
        let next = self.items.get(j + 1).filter(|it| it.entity().is_some());
        let glued = next.is_some_and(|it| {
            let from = self.items[j].span(self.ctx.mentions).end;
            let gap = self
                .ctx
                .text
                .get(from..it.span(self.ctx.mentions).start)
                .unwrap_or("")
                .trim();
            self.ctx
                .lang
                .relate
                .places
                .based_suffix
                .iter()
                .any(|suffix| gap == suffix)
        });
        if place && next.is_some() && (*possessive || glued) {
            return j + 1;
        }
        (j + 2..=j + 6)
            .find(|&k| {
                (j + 1..k).all(|i| plain(i) || joined(i))
                    && (j + 1..k).filter(|&i| !plain(i)).count() <= 1
                    && (k <= j + 4 || (j + 1..k).any(joined))
                    && self.items.get(k).and_then(Item::entity).is_some()
            })
            .filter(|_| !*possessive)
            .unwrap_or(j)
    }

    /// The position of the first name of an object phrase starting at
    /// `from`, past up to four describing words: "Australian lithium miner
    /// Coralline", "an Australian miner Coralline" — an article, plain words
    /// and capitalised nationality words, never a preposition, conjunction,
    /// other function word, amount or clause mark. The caller reads
    /// [`At::named_after`] from there. `None` when something else comes first.
    pub(super) fn described_object(&self, from: usize) -> Option<usize> {
        let lang = self.ctx.lang;
        let describing = |w: &str| {
            lang.resolve.determiners.contains(w)
                || (w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && w.chars().any(char::is_alphabetic)
                    && !lang.rules.function_words.contains(w)
                    && !lang.resolve.prepositions.contains(w)
                    && !lang.relate.clause.list_conjunctions.contains(w)
                    && !lang.relate.pronoun.reporting_verbs.contains(w))
        };
        for k in from..(from + DESCRIBING_REACH + 1).min(self.items.len()) {
            match &self.items[k] {
                Item::Ent { .. } => return Some(k),
                Item::Word { word, .. } if describing(word.as_ref()) => {}
                _ => return None,
            }
        }
        None
    }
}

/// How many describing words may stand before an object's name.
const DESCRIBING_REACH: usize = 4;
