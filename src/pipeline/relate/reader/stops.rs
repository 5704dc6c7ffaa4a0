//! Where the walk back to a trigger's subject stops: at a word that ends
//! the reach of a frame ("said"), and at the "that" opening what a
//! listener was told ("X told Orvo that the two companies would share a
//! plant in Leeds": the clause's subject is not the listener before it).

use super::super::reported::opens_reported;
use super::slots::Reader;

impl Reader<'_, '_> {
    /// True when the walk back to the subject stops at the word at `j`.
    pub(super) fn stops_subject(&self, j: usize) -> bool {
        let at = self.at();
        let lang = at.ctx.lang;
        lang.relate.reader.stops.contains(at.items[j].word()) || opens_reported(lang, at.items, j)
    }
}
