//! What the words around each occurrence of a name say of it, gathered
//! over a text before any kind changes: votes for a company, a place or a
//! thing, and the names a person's clause, a job, a supply, a deal's
//! advice, a title or a maker's home town reads (used by
//! [`Kinds::retype_by_context`]).

use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::EntityKind;
use crate::pipeline::candidate::Candidate;

use super::Kinds;
use super::around::Known;

/// The contexts of a text's names, by name key.
pub(super) struct Readings {
    /// Occurrences read as a company, a place and a thing.
    pub votes: FxHashMap<String, (usize, usize, usize)>,
    /// Names a relative clause says are people's ("Isamu Tarn, who …").
    pub people: FxHashSet<String>,
    /// Names a job is held at, or a company word names.
    pub worked_at: FxHashSet<String>,
    /// Names after a preposition of place.
    pub placed: FxHashSet<String>,
    /// Names a job or a deal is of or at ("analyst Jo Tarn of Orvo").
    pub employers: FxHashSet<String>,
    /// Names a buyer or borrower got something from ("loan from Torvy").
    pub suppliers: FxHashSet<String>,
    /// Names that advise on a deal ("advised by Tarn Hale").
    pub advisers: FxHashSet<String>,
    /// First words of companies' names: "Denver" of "Denver Naval Systems".
    pub company_firsts: FxHashSet<String>,
    /// Last words of people's names of two words or more.
    pub surnames: FxHashSet<String>,
    /// Names a maker's home town follows ("Tarvel of Bonn").
    pub homed: FxHashSet<String>,
    /// Home towns before a maker's trade ("the Tarsia knife maker Orvo").
    pub trade_homes: FxHashSet<String>,
    /// Home towns after a maker and "of" ("Tarvo Ltd of Velmora, …").
    pub maker_homes: FxHashSet<String>,
    /// Names a title, a post or a personal word goes with.
    pub titled: FxHashSet<String>,
}

impl Kinds {
    /// Reads the context of every name of `candidates` once.
    pub(super) fn read_contexts(&self, text: &str, candidates: &[Candidate]) -> Readings {
        let mut votes: FxHashMap<String, (usize, usize, usize)> = FxHashMap::default();
        // Names a relative clause says are people's ("Isamu Tarn, who …").
        let mut people: FxHashSet<String> = FxHashSet::default();
        let mut worked_at: FxHashSet<String> = FxHashSet::default();
        let mut placed: FxHashSet<String> = FxHashSet::default();
        // Names a job or a deal is of or at ("analyst Jo Tarn of Orvo").
        let mut employers: FxHashSet<String> = FxHashSet::default();
        // Names a buyer or borrower got something from ("loan from Torvy").
        let mut suppliers: FxHashSet<String> = FxHashSet::default();
        // Names that advise on a deal ("advised by Tarn Hale").
        let mut advisers: FxHashSet<String> = FxHashSet::default();
        // First words of companies' names: "Denver" of "Denver Naval Systems".
        let company_firsts: FxHashSet<String> = candidates
            .iter()
            .filter(|c| c.mention.kind == EntityKind::Org && !c.mention.nominal)
            .filter_map(|c| {
                let name = c.mention.span.slice(text);
                name.split_once(' ').map(|(first, _)| self.key(first))
            })
            .collect();
        // Last words of people's names of two words or more ("Tarn" of
        // "Jo Tarn").
        let surnames: FxHashSet<String> = candidates
            .iter()
            .filter(|c| c.mention.kind == EntityKind::Person && !c.mention.nominal)
            .filter_map(|c| {
                let name = c.mention.span.slice(text);
                name.rsplit_once(' ').map(|(_, last)| self.key(last))
            })
            .collect();
        // Names a maker's home town follows ("Tarvel of Bonn").
        let mut homed: FxHashSet<String> = FxHashSet::default();
        // Home towns before a maker's trade ("the Tarsia knife maker Orvo").
        let mut trade_homes: FxHashSet<String> = FxHashSet::default();
        // Home towns after a maker and "of" ("Tarvo Ltd of Velmora, …").
        let mut maker_homes: FxHashSet<String> = FxHashSet::default();
        for (i, c) in candidates.iter().enumerate() {
            let m = &c.mention;
            if !m.kind.is_name() || m.nominal {
                continue;
            }
            let key = self.key(m.span.slice(text));
            if self.company_of_home(text, candidates, i) {
                homed.insert(key.clone());
            }
            // Its description is the maker's: "Tarvo Ltd of Velmora, the
            // country's largest maker" says nothing of Velmora.
            if self.home_after_maker(text, candidates, i) {
                maker_homes.insert(key);
                continue;
            }
            if self.after_place_preposition(text, m.span) {
                placed.insert(key.clone());
            }
            if self.supplied_from(text, m.span.start) || self.made_or_lent_by(text, m.span) {
                suppliers.insert(key.clone());
            }
            if self.named_as_adviser(text, m.span) {
                advisers.insert(key.clone());
            }
            let role_place = self.is_role_place(text, m.span);
            if role_place {
                employers.insert(key.clone());
            }
            // "the Cork-based Lee Valley Linen": a company compound before a
            // name of three words or more, none past the first a listed
            // name, outweighs the first name that opens it.
            let words = key.split(' ');
            // Read once, here or by `context_kind` below.
            let named = std::cell::OnceCell::new();
            if role_place
                || self.company_compound_before(text, m.span.start)
                    && words.clone().count() >= 3
                    && words.skip(1).all(|w| !self.person_names.contains(w))
                || self.named_by_company_noun(text, m.span)
                || *named.get_or_init(|| self.named_as_company(text, m.span))
            {
                worked_at.insert(key.clone());
            }
            let known = Known {
                role_place: Some(role_place),
                named_as_company: named.get().copied(),
            };
            // "the Tarsia knife maker Orvo": a maker's home town, when
            // nothing else says what the name is (a nationality word the
            // groups' reading made is none).
            let kind = self.context_kind(text, m.span, known).or_else(|| {
                let home = m.kind != EntityKind::Nationality && self.home_of_trade(text, m.span);
                if home {
                    trade_homes.insert(key.clone());
                }
                home.then_some(EntityKind::Loc)
            });
            if kind == Some(EntityKind::Person) {
                people.insert(key.clone());
            }
            let vote = votes.entry(key).or_default();
            match kind {
                Some(EntityKind::Org) => vote.0 += 1,
                Some(EntityKind::Loc) => vote.1 += 1,
                Some(EntityKind::Misc) => vote.2 += 1,
                _ => {}
            }
        }
        let mut titled = self.titled_names(text, candidates);
        titled.extend(self.posted_names(text, candidates));
        titled.extend(self.personal_names(text, candidates));
        Readings {
            votes,
            people,
            worked_at,
            placed,
            employers,
            suppliers,
            advisers,
            company_firsts,
            surnames,
            homed,
            trade_homes,
            maker_homes,
            titled,
        }
    }
}
