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
