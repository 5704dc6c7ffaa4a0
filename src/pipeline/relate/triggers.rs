//! Which patterns may fire at an item: each pattern of `PATTERNS` looks
//! first at the item it stands on (a role word, an entity reference, or a
//! plain word of its lists) and adds nothing anywhere else. [`Triggers`]
//! maps each word of those lists to the patterns it may start, so a
//! sentence position runs only the patterns that can fire there; a
//! position that starts none is passed over without reading its clause's
//! subject. Debug builds run the other patterns too and check that they
//! add nothing (a pattern that comes to read another list needs it in its
//! row of `PATTERNS`).

use rustc_hash::FxHashMap;

use crate::lang::{Language, WordList};

use super::item::Item;

/// The lists of plain words a pattern starts at.
pub(super) type Lists = fn(&Language) -> Vec<&WordList>;

/// Where a pattern may fire.
#[derive(Clone, Copy)]
pub(super) enum On {
    /// At a role word.
    Title,
    /// At an entity reference.
    Ent,
    /// At a plain word of one of the lists.
    Words(Lists),
    /// At an entity reference or at a plain word of one of the lists.
    EntOrWords(Lists),
}

/// A set of patterns, by their position in `PATTERNS`.
pub(super) type Mask = u128;

/// The patterns each item may start, built once per language.
#[derive(Debug, Default)]
pub struct Triggers {
    words: FxHashMap<String, Mask>,
    title: Mask,
    ent: Mask,
    /// The plain words a reading of posts held and left starts at
    /// (`tenure::tenure`; a role word starts one too).
    tenure: WordList,
    /// The words a plural standing for a pair opens with (`pair::taken_up`).
    pairs: WordList,
    /// The verbs of owning and buying a bare share follows
    /// (`topic_shares::topic_shares`).
    shares: WordList,
}

/// The union of `lists`, as one list: one look-up where a reading asks
/// each of them about every word.
pub(super) fn union(lists: &[&WordList]) -> WordList {
    WordList::from_entries(lists.iter().flat_map(|l| l.iter()).map(str::to_owned))
}

impl Triggers {
    /// The index over `lang`'s lists of the patterns whose triggers are
    /// `ons`, in order (at most 128: a pattern is a bit of a [`Mask`]).
    pub(super) fn of<'o>(lang: &Language, ons: impl ExactSizeIterator<Item = &'o On>) -> Self {
        assert!(ons.len() <= Mask::BITS as usize);
        let mut out = Self::default();
        for (k, on) in ons.enumerate() {
            let bit: Mask = 1 << k;
            let lists = match *on {
                On::Title => {
                    out.title |= bit;
                    None
                }
                On::Ent => {
                    out.ent |= bit;
                    None
                }
                On::Words(lists) => Some(lists),
                On::EntOrWords(lists) => {
                    out.ent |= bit;
                    Some(lists)
                }
            };
            for word in lists
                .into_iter()
                .flat_map(|l| l(lang))
                .flat_map(WordList::iter)
            {
                *out.words.entry(word.to_owned()).or_default() |= bit;
            }
        }
        out
    }

    /// Adds the lists of words the readings outside `PATTERNS` start at:
    /// posts held and left, plurals for a pair, verbs of a bare share.
    pub(super) fn with_readings(self, lang: &Language) -> Self {
        let (pronoun, r) = (&lang.relate.pronoun, &lang.relate.roles);
        Self {
            // Posts taken, held and left.
            tenure: union(&[
                &r.post_nouns,
                &r.take_post,
                &r.hold_post,
                &r.held_posts,
                &r.after_time,
                &r.removed,
                &r.leave,
                &r.leave_phrasal,
                &r.leave_nouns,
                &r.succeed,
                &r.predecessor,
                &r.take_over_from,
                &r.hire,
            ]),
            pairs: union(&[
                &pronoun.pair_openers,
                &pronoun.pair_pronouns,
                &pronoun.pair_possessives,
            ]),
            shares: union(&[
                &lang.relate.reader.owning,
                &lang.relate.holdings.own,
                &lang.relate.deals.acquire,
            ]),
            ..self
        }
    }

    /// True when `word` may open a plural that stands for a pair: a word
    /// of the pair's openers, pronouns or possessives.
    #[inline]
    pub(super) fn opens_pair(&self, word: &str) -> bool {
        self.pairs.contains(word)
    }

    /// True when `item` is a verb of owning or buying (a bare share's).
    pub(super) fn owns_share(&self, item: &Item) -> bool {
        self.shares.contains(item.word())
    }

    /// True when a reading of posts held and left may start at `item`: a
    /// role word, or a plain word of the tenure lists.
    pub(super) fn starts_tenure(&self, item: &Item) -> bool {
        match item {
            Item::Title { .. } => true,
            Item::Word { word, .. } => self.tenure.contains(word),
            _ => false,
        }
    }

    /// The patterns that may fire at `item`.
    pub(super) fn at(&self, item: &Item) -> Mask {
        match item {
            Item::Title { .. } => self.title,
            Item::Ent { .. } => self.ent,
            Item::Word { word, .. } => self.words.get(word.as_ref()).copied().unwrap_or(0),
            Item::Money { .. } | Item::Date { .. } => 0,
        }
    }
}
