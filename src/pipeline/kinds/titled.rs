//! Context that outweighs the tagger's reading of a name as one kind:
//!
//! - a title right before it makes it a person: "Spokeswoman Jo Tarn",
//!   "the company president and CEO Ana Vell" (the tagger often reads a
//!   foreign surname, or one that is also a town, as a company or place);
//! - a company or publication noun right before it makes it an
//!   organisation even when its first word is also a given name:
//!   "packaging maker Otto Fenwick", "German magazine Der Blick" (the
//!   given-name lists hold rare names such as "Der" or "Otto").

use rustc_hash::FxHashSet;

use crate::model::EntityKind;

use super::super::candidate::Candidate;
use super::Kinds;

impl Kinds {
    /// Keys of the names a title stands right before, one space between.
    pub(super) fn titled_names(&self, text: &str, candidates: &[Candidate]) -> FxHashSet<String> {
        let title_ends: FxHashSet<usize> = candidates
            .iter()
            .filter(|c| c.mention.kind == EntityKind::Title)
            .map(|c| c.mention.span.end)
            .collect();
        candidates
            .iter()
            .filter(|c| c.mention.kind.is_name() && !c.mention.nominal)
            .filter(|c| {
                let start = c.mention.span.start;
                start > 0
                    && text.get(start - 1..start) == Some(" ")
                    && title_ends.contains(&(start - 1))
            })
            .map(|c| self.key(c.mention.span.slice(text)))
            .collect()
    }

    /// True when a titled name may be a person: no company name, nor a
    /// listed organisation or place; a single word only when it is a
    /// listed given name or surname.
    pub(super) fn may_be_titled_person(&self, key: &str, name: &str) -> bool {
        !self.is_company_name(name)
            && !self.orgs.contains(key)
            && !self.places.contains(key)
            && (key.contains(' ') || self.person_names.contains(key))
    }

    /// True when a noun that only a company or publication is stands right
    /// before the name ("maker", "magazine"; not "developer", which a
    /// person may be).
    /// The noun is written in small letters: "Acme Group Jo Tarn" is a
    /// company's name before a person's.
    pub(super) fn named_by_company_noun(&self, text: &str, span: crate::model::Span) -> bool {
        let written = text[..span.start].split_whitespace().next_back().unwrap_or("");
        if !written.starts_with(|c: char| c.is_lowercase()) {
            return false;
        }
        let prev = written.to_lowercase();
        (self.words.org_nouns_before.contains(&prev)
            || self.words.publication_nouns.contains(&prev))
            && !self.words.shared_nouns.contains(&prev)
    }
}
