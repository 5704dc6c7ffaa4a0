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
    /// Names a buyer or borrower got something from ("loan from Torvy"),
    /// or a seller sold something to ("supplies chips to Torvy").
    pub suppliers: FxHashSet<String>,
    /// Names that advise on a deal ("advised by Tarn Hale").
    pub advisers: FxHashSet<String>,
    /// Names goods arrive from ("its engines come from Orvel").
    pub arrivals: FxHashSet<String>,
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
    /// Names a company noun stands right before ("the insurer Helvetia").
    pub described: FxHashSet<String>,
}

/// What governs a name from before it, that the other members of its
/// coordination share.
#[derive(Clone, Copy, Debug, Default)]
struct Governed {
    /// Sold or lent something ("bought from X", "a loan from X").
    supplied: bool,
    /// Advises on a deal ("advised by X").
    advises: bool,
    /// Goods arrive from it ("its engines come from X").
    arrived: bool,
    /// A job or a deal is at or of it ("an analyst at X").
    employs: bool,
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
        let mut arrivals: FxHashSet<String> = FxHashSet::default();
        let mut described: FxHashSet<String> = FxHashSet::default();
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
        // What governs each name from before it: a seller's or lender's
        // "from", an adviser's "by", a job's "at" (read by `coordinated`).
        let mut governed = vec![Governed::default(); candidates.len()];
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
            if self.supplied_from(text, m.span.start)
                || self.sold_to(text, m.span.start)
                || self.made_or_lent_by(text, m.span)
            {
                suppliers.insert(key.clone());
                governed[i].supplied = true;
            }
            if self.arrived_from(text, m.span.start) {
                arrivals.insert(key.clone());
                governed[i].arrived = true;
            }
            if self.named_as_adviser(text, m.span) {
                advisers.insert(key.clone());
                governed[i].advises = true;
            }
            if self.described_as_company(text, m.span) {
                described.insert(key.clone());
            }
            let role_place = self.is_role_place(text, m.span);
            if role_place {
                employers.insert(key.clone());
                governed[i].employs = true;
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
        for (i, first) in self.coordinated(text, candidates) {
            let head = governed[first];
            let name = candidates[i].mention.span.slice(text);
            let key = self.key(name);
            if head.supplied {
                suppliers.insert(key.clone());
            }
            if head.advises {
                advisers.insert(key.clone());
            }
            if head.arrived {
                arrivals.insert(key.clone());
            }
            // A listed place, or one that owns the next noun, is left to
            // the words around it: "the head of Orvo and Tarsia's premier";
            // a person too: "a former analyst at Orvo, and Shaila Tarn".
            let end = candidates[i].mention.span.end;
            if head.employs
                && !governed[i].employs
                && candidates[i].mention.kind != EntityKind::Person
                && !self.places.contains(&key)
                && !text[end..].starts_with(['\'', '’'])
            {
                employers.insert(key.clone());
                votes.entry(key).or_default().0 += 1;
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
            arrivals,
            company_firsts,
            surnames,
            homed,
            trade_homes,
            maker_homes,
            titled,
            described,
        }
    }
}

impl Kinds {
    /// The later members of coordinations of names, each with the first
    /// member: "from Ibstock and Forterra", "by Lazard and by Evercore",
    /// "at Orvo and the Tarn Bank". The word that governs the first member
    /// governs them all. Two names are joined by a list word ("and", "&"),
    /// a comma before it, a preposition after it and a determiner, nothing
    /// else: ", Jo Tarn said" or "and then" joins no names.
    fn coordinated(&self, text: &str, candidates: &[Candidate]) -> Vec<(usize, usize)> {
        let mut names: Vec<usize> = (0..candidates.len())
            .filter(|&i| candidates[i].mention.kind.is_name() && !candidates[i].mention.nominal)
            .collect();
        names.sort_by_key(|&i| candidates[i].mention.span.start);
        let mut first: Vec<usize> = (0..candidates.len()).collect();
        let mut out = Vec::new();
        for pair in names.windows(2) {
            let (a, b) = (
                candidates[pair[0]].mention.span,
                candidates[pair[1]].mention.span,
            );
            if a.end <= b.start && text.get(a.end..b.start).is_some_and(|gap| self.joins(gap)) {
                first[pair[1]] = first[pair[0]];
                out.push((pair[1], first[pair[1]]));
            }
        }
        out
    }

    /// Whether `gap` joins two names of one coordination (see
    /// [`Kinds::coordinated`]).
    fn joins(&self, gap: &str) -> bool {
        let mut words = gap
            .trim_start()
            .strip_prefix(',')
            .unwrap_or(gap)
            .split_whitespace()
            .peekable();
        if !gap.starts_with([' ', ',']) || !gap.ends_with(' ') || gap.contains('\n') {
            return false;
        }
        if !words
            .next()
            .is_some_and(|w| self.words.list_joins.contains(w))
        {
            return false;
        }
        let governing = |w: &str| {
            self.words.supply_from.contains(w)
                || self.words.sale_to.contains(w)
                || self.words.passive_agent.contains(w)
                || self.words.at.contains(w)
        };
        if words.peek().is_some_and(|w| governing(w)) {
            words.next();
        }
        words.all(|w| self.words.determiners.contains(w))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::{Loc, Org, Person};
    use crate::pipeline::tests::kind_of;

    #[test]
    fn every_member_of_a_coordination_shares_the_word_that_governs_the_first() {
        let text = "Both mills buy most of their lime from Kelbrook and Stravenna, which \
                    have raised prices. Tarnside said it is being advised by Lazmere and \
                    Evershot. Corvell was advised by Pelham Quay and the law firm Osgood Vance.";
        for name in ["Stravenna", "Lazmere", "Evershot", "Pelham Quay"] {
            assert_eq!(kind_of(text, name), Some(Org), "{name}");
        }
        // A listed place joined to a seller is still the place.
        let text = "The mill buys its lime from Kelbrook and Zürich, the firm said.";
        assert_eq!(kind_of(text, "Zürich"), Some(Loc));
    }

    #[test]
    fn the_maker_goods_come_from_is_a_company_and_a_seller_of_shares_a_person() {
        let text = "Tarnside builds snow groomers in Carinthia. Their engines come from \
                    Haldwitz, and the glass will come from Mergenthal in Bavaria. The shares \
                    came from Ilsabe Wendorf-Amankwah and her brother.";
        assert_eq!(kind_of(text, "Haldwitz"), Some(Org));
        assert_eq!(kind_of(text, "Mergenthal"), Some(Org));
        assert_eq!(kind_of(text, "Bavaria"), Some(Loc));
        assert_eq!(kind_of(text, "Ilsabe Wendorf-Amankwah"), Some(Person));
    }

    #[test]
    fn work_done_at_a_name_makes_it_the_employer_and_keeps_people() {
        let text = "Velmora Pay was founded by Arjun Vel, a former product head at \
                    Tarnkart, and Shaila Orvo-Ghosal, who previously worked at Pelmapay.";
        assert_eq!(kind_of(text, "Tarnkart"), Some(Org));
        assert_eq!(kind_of(text, "Pelmapay"), Some(Org));
        assert_eq!(kind_of(text, "Shaila Orvo-Ghosal"), Some(Person));
        // A works is a place: "the old works at Haavisto".
        let text = "The plant will open next to the old peat works at Haavisto.";
        assert_ne!(kind_of(text, "Haavisto"), Some(Org));
    }

    #[test]
    fn a_customer_after_a_verb_of_selling_and_to_is_a_company() {
        let text = "Tanvesk also supplies cooling modules to Brelmora and to Quistral. \
                    Last year Halvering was sold to Orkwend for $40 million. The group \
                    leases its barges to Drevanne.";
        for name in ["Brelmora", "Quistral", "Orkwend", "Drevanne"] {
            assert_eq!(kind_of(text, name), Some(Org), "{name}");
        }
        // A listed place stays one: "exports" and "sells to Bavaria".
        let text = "Tanvesk sells its modules to Bavaria and to Haldwick.";
        assert_eq!(kind_of(text, "Bavaria"), Some(Loc));
        // "travelled to" is no sale: the name keeps the tagger's reading.
        let text = "Tanvesk sells modules. Its chief travelled to Zürich.";
        assert_eq!(kind_of(text, "Zürich"), Some(Loc));
    }

    #[test]
    fn a_seller_after_a_places_possessive_is_a_company() {
        let text = "The mill buys most of its potash from Canada's Kelmarro and from \
                    Ostravik, and it leases its wagons from Tremagne.";
        for name in ["Kelmarro", "Ostravik", "Tremagne"] {
            assert_eq!(kind_of(text, name), Some(Org), "{name}");
        }
        assert_eq!(kind_of(text, "Canada"), Some(Loc));
    }
}
