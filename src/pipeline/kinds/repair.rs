//! Document-wide kind repair: after resolution, an entity's kind is
//! checked against everything the document says of all its mentions
//! (listed names, descriptions, product nouns, lists with companies).

use crate::model::{Entity, EntityKind, Mention, Provenance, Relation};

use super::Kinds;
use super::around::Known;

/// Mentions acting as a company's (one with a company's mark) that make a
/// product an organisation: "Quorvia buys" and "Quorvia's chief executive".
const AGENT_MENTIONS: usize = 2;

/// Company marks (no verbs) that make a listed place's name a company's:
/// "a stake in Ribera" and "Ribera's board".
const LISTED_PLACE_MARKS: usize = 2;

impl Kinds {
    /// True when mention `m` is listed next to an organisation: "GM and
    /// Chrysler", "Ford, Chrysler, and GM".
    fn beside_org(&self, text: &str, mentions: &[Mention], m: usize) -> bool {
        self.beside(text, mentions, m, |n| n.kind == EntityKind::Org)
    }

    /// True when mention `m` is listed next to a name of a kind `of` takes.
    fn beside(
        &self,
        text: &str,
        mentions: &[Mention],
        m: usize,
        of: impl Fn(&Mention) -> bool,
    ) -> bool {
        let joins = |gap: &str| {
            let gap = gap.trim().trim_start_matches(',').trim();
            gap.is_empty() || self.words.list_joins.contains(gap)
        };
        let org = |i: usize| mentions.get(i).is_some_and(|n| of(n) && !n.nominal);
        let span = mentions[m].span;
        let before = m
            .checked_sub(1)
            .filter(|&i| org(i))
            .and_then(|i| text.get(mentions[i].span.end..span.start))
            .is_some_and(joins);
        let after = org(m + 1)
            && text
                .get(span.end..mentions[m + 1].span.start)
                .is_some_and(joins);
        before || after
    }

    /// True when the mention at `m` is the home town of a maker named by
    /// the mention right before it ("Tarvo Ltd of Velmora").
    fn home_after_mention(&self, text: &str, mentions: &[Mention], m: usize) -> bool {
        let home = &mentions[m];
        mentions
            .iter()
            .filter(|p| p.span.end <= home.span.start)
            .max_by_key(|p| p.span.end)
            .is_some_and(|maker| self.is_home_after(text, maker, home))
    }

    /// Retypes entities on document-wide evidence; returns how many changed.
    pub fn repair(&self, text: &str, entities: &mut [Entity], mentions: &mut [Mention]) -> usize {
        let mut changed = 0;
        for e in entities.iter_mut() {
            if !e.kind.is_name() {
                continue;
            }
            let key = self.key(&e.name);
            // A listed place needs an apposition the company noun closes:
            // "in Ostrava, the bank chief said" describes no Ostrava.
            let place = self.is_unlisted_org_place(&key);
            // "Tarvo Ltd of Velmora, the country's largest maker": the
            // description after a maker's home town is the maker's.
            let described_as_company = e.mentions.iter().any(|&m| {
                mentions[m].nominal
                    || (self.company_headed_apposition(text, mentions[m].span.end)
                        || !place && self.company_apposition(text, mentions[m].span.end))
                        && !self.home_after_mention(text, mentions, m)
            });
            let nouns = self.product_nouns_after(text, e, mentions);
            let product = super::product_by_nouns(e, nouns);
            let listed_org = self.is_listed_org_key(&key) && !self.places.contains(&key);
            // "Quorvia buys …", "Quorvia's chief executive": no product.
            // Read only where a kind asks (a person's never is).
            let agency = std::cell::OnceCell::new();
            let agency = || *agency.get_or_init(|| self.entity_agency(text, e, mentions));
            let acts_as_company =
                || e.kind != EntityKind::Person && agency().of_company(AGENT_MENTIONS);
            // A listed place is a company only on a company's own marks,
            // twice, not counting shares a market's place bears too.
            let marked_as_company = || {
                let a = agency();
                a.company - a.traded >= LISTED_PLACE_MARKS && a.of_company(AGENT_MENTIONS)
            };
            let new_kind = match e.kind {
                EntityKind::Product if acts_as_company() => EntityKind::Org,
                // "up against California's Dravio": an "other" name a place
                // owns is a company of it (no index a rule marked: "Japan's
                // Tarvo 225").
                EntityKind::Misc
                    if e.mentions
                        .iter()
                        .all(|&m| mentions[m].source != Provenance::Rule)
                        && e.mentions.iter().any(|&m| {
                            !mentions[m].nominal
                                && self.place_possessive_before(text, mentions[m].span)
                        }) =>
                {
                    EntityKind::Org
                }
                // "Tarsia Stock Exchange", "Keltic Trade Ministry": a name a
                // public body's or market's word ends is an organisation's.
                EntityKind::Misc if self.is_public_name(&e.name) => EntityKind::Org,
                // "Orvo, based in Toulouse, … Orvo was founded in 2016": a
                // "place" that acts as a company; one a list names a place
                // only on a company's own marks, twice ("a stake in Ribera",
                // "Ribera's board"), never on verbs a town's council says
                // too ("Galway said", "Galway will pay") nor on a market's
                // shares ("London shares", "US stocks").
                EntityKind::Loc
                    if (self.places.contains(&key) && marked_as_company())
                        || (!self.places.contains(&key) && acts_as_company()) =>
                {
                    EntityKind::Org
                }
                // "a laboratory in Dundee" beside "Dundee Scientific": a listed
                // place put somewhere, acting nowhere, is the place.
                EntityKind::Org
                    if self.is_unlisted_org_place(&key)
                        && !self.is_company_name(&e.name)
                        && (agency().placed > 0
                            || !product && self.read_as_team(text, e, mentions, (&key, nouns)))
                        && agency().company + agency().acts == 0 =>
                {
                    EntityKind::Loc
                }
                // "premises in Leith", "a workshop outside Llanidloes": a
                // name no list knows, that only the tagger calls an
                // organisation, a site is put in once, put somewhere and
                // nowhere acting, described or marked as one.
                EntityKind::Org
                    if !listed_org
                        && !described_as_company
                        && !product
                        && !self.places.contains(&key)
                        // "in U.S. District Court", "in Congress", "LNG": a
                        // name with a public body's word, or one in
                        // capitals, is no unlisted town.
                        && e.name.contains(char::is_lowercase)
                        && !e
                            .name
                            .split_whitespace()
                            .any(|w| self.names.public_words.contains_lowercase(w))
                        && placed_only(agency())
                        && e.mentions.iter().any(|&m| self.sited(text, mentions[m].span))
                        && self.unmarked_model_name(text, e, mentions) =>
                {
                    EntityKind::Loc
                }
                EntityKind::Person | EntityKind::Loc | EntityKind::Org | EntityKind::Misc
                    if !listed_org
                        && !described_as_company
                        // "United States vehicle sales": a listed place's market.
                        && (e.kind != EntityKind::Loc || !self.places.contains(&key))
                        // "Acme Aerospace jets" are a company's: a company's
                        // name is a product only when the tagger read it as no
                        // company and the text presents it ("the new Zephyr Air").
                        && if self.is_company_name(&e.name) {
                            e.kind == EntityKind::Misc
                                && self.presented_as_product(text, e, mentions)
                        } else {
                            self.is_product_entity(text, e, mentions, nouns)
                        }
                        // Asked last: what the mentions do is the costlier
                        // reading, and few names are presented as products.
                        && !acts_as_company() =>
                {
                    EntityKind::Product
                }
                // A product noun after a name now and then: no person or
                // place; but a listed place's market ("U.S. car sales") is
                // still the place.
                EntityKind::Person | EntityKind::Loc | EntityKind::Org
                    if product
                        && !listed_org
                        && !described_as_company
                        && (e.kind != EntityKind::Loc || !self.places.contains(&key)) =>
                {
                    EntityKind::Misc
                }
                EntityKind::Loc | EntityKind::Misc if listed_org || described_as_company => {
                    EntityKind::Org
                }
                // "Chrysler, another carmaker,": a name whose apposition is
                // headed by a company noun is a company ("Jon Hale, a bank
                // executive," is headed by "executive").
                EntityKind::Person
                    if e.mentions
                        .iter()
                        .any(|&m| self.company_headed_apposition(text, mentions[m].span.end))
                        && (!e.name.contains(' ') || !self.starts_with_first_name(&e.name)) =>
                {
                    EntityKind::Org
                }
                // "Acme Snacks" read as a person, place or other name.
                EntityKind::Person | EntityKind::Loc | EntityKind::Misc
                    if !product && self.is_company_name(&e.name) =>
                {
                    EntityKind::Org
                }
                // A one-word "person" that is a listed company and no known
                // name ("Google"), or listed beside a company ("GM and Chrysler").
                // A listed company of several words is one whose first word
                // is no first name ("Lockheed Martin", not "Anna Banks").
                EntityKind::Person
                    if listed_org
                        && (if key.contains(' ') {
                            !self.starts_with_first_name(&e.name)
                        } else {
                            !self.person_names.contains(&key)
                                || e.mentions
                                    .iter()
                                    .any(|&m| self.beside_org(text, mentions, m))
                        }) =>
                {
                    EntityKind::Org
                }
                // "Hallin's founder, Sara Lind": a "person" holding a
                // company's post or trading shares.
                EntityKind::Person if self.person_with_company_marks(text, e, mentions) => {
                    EntityKind::Org
                }
                // "Tamsin's webOS": a one-word "person" no full name names,
                // owning a product known by its shape, is its maker.
                EntityKind::Person
                    if !e.name.contains(' ')
                        && e.mentions.iter().any(|&m| makes_product(text, mentions, m)) =>
                {
                    EntityKind::Org
                }
                _ => e.kind,
            };
            if new_kind != e.kind {
                e.kind = new_kind;
                changed += 1;
                for &m in &e.mentions {
                    mentions[m].kind = new_kind;
                    if listed_org && mentions[m].source == Provenance::Model {
                        mentions[m].source = Provenance::Gazetteer;
                    }
                }
            }
        }
        changed
    }
}

impl Kinds {
    /// "lines between Leeds and Newcastle": a listed place, named as the
    /// list writes it, that only the tagger calls an organisation (its
    /// news sources read towns as their football clubs): no rule, list or
    /// description made a mention, and no mention stands beside a company
    /// or product ("loans from Kesto Bank and Santander", "cut the Orvo
    /// Aspen and Durango"), has a company's context
    /// ("Japan's Mizuho", "chairman of Orvo"), owns a company's unit
    /// ("Orvo's streaming arm") or a home town ("Orvo of Tarnow"), and the
    /// text presents no product by it. Names in capitals are left alone.
    /// `nouns`: [`Kinds::product_nouns_after`] of the entity.
    fn read_as_team(
        &self,
        text: &str,
        e: &Entity,
        mentions: &[Mention],
        (key, nouns): (&str, (usize, usize)),
    ) -> bool {
        // "the DAX was up": a town's name is not written in capitals.
        e.name.split_whitespace().count() == key.split_whitespace().count()
            && e.name.contains(char::is_lowercase)
            && e.mentions.iter().all(|&m| {
                let mention = &mentions[m];
                mention.source == Provenance::Model
                    && !mention.nominal
                    // "between Leeds and Newcastle": a town beside another
                    // listed town the tagger read the same way is no company.
                    && !self.beside(text, mentions, m, |n| {
                        matches!(
                            n.kind,
                            EntityKind::Org | EntityKind::Product | EntityKind::Misc
                        ) && !(n.kind == EntityKind::Org
                            && n.source == Provenance::Model
                            && self.is_unlisted_org_place(&self.key(n.span.slice(text))))
                    })
                    && self.context_kind(text, mention.span, Known::default())
                        != Some(EntityKind::Org)
                    && !self.owns_unit_or_home(text, mention.span.end)
            })
            && !self.is_product_entity(text, e, mentions, nouns)
    }

    /// "Orvo's streaming arm", "Orvo of Tarnow": a company's unit or role a
    /// few words after the name's possessive, or "of" and a capitalised
    /// name right after it.
    fn owns_unit_or_home(&self, text: &str, end: usize) -> bool {
        let rest = &text[end..];
        if let Some(owned) = rest
            .strip_prefix("'s ")
            .or_else(|| rest.strip_prefix("’s "))
        {
            return owned
                .split_whitespace()
                .take(2)
                .map(|w| w.trim_end_matches([',', '.', ';']))
                .any(|w| self.words.org_roles_of.contains(w));
        }
        rest.strip_prefix(' ')
            .and_then(|r| r.strip_prefix(self.words.of.as_str()))
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    }
}

/// True when the mentions are put somewhere and bear no company's,
/// person's or agent's mark.
fn placed_only(a: super::Agency) -> bool {
    a.placed > 0 && a.company + a.acts + a.personal == 0
}

impl Kinds {
    /// True when only the tagger named `e`: no company word ends it, no
    /// rule or list made a mention, and no mention's context calls it an
    /// organisation ("the Tarsia knife maker Orvo").
    fn unmarked_model_name(&self, text: &str, e: &Entity, mentions: &[Mention]) -> bool {
        !self.is_company_name(&e.name)
            && e.mentions.iter().all(|&m| {
                let mention = &mentions[m];
                mention.source == Provenance::Model
                    && (mention.nominal
                        || self.context_kind(text, mention.span, Known::default())
                            != Some(EntityKind::Org))
            })
    }
}

/// True when mention `m` owns the product by its shape right after it
/// ("Tamsin's webOS").
fn makes_product(text: &str, mentions: &[Mention], m: usize) -> bool {
    mentions.get(m + 1).is_some_and(|p| {
        p.kind == EntityKind::Product && p.source == Provenance::Rule && !p.nominal
    }) && super::evidence::possessor(text, mentions, m + 1)
        .is_some_and(|o| o.span == mentions[m].span)
}

/// Entities that relations treat as organisations (invested in, CEO of…)
/// but that the tagger called MISC become organisations.
impl Kinds {
    /// True when a name of two words or more ends in a word of a public
    /// body's or market's name ("exchange", "ministry"; resolution's list).
    fn is_public_name(&self, name: &str) -> bool {
        let mut words = name.split_whitespace();
        let last = words.next_back().unwrap_or("");
        words.next().is_some() && self.names.public_words.contains_lowercase(last)
    }
}

pub fn repair_from_relations(
    relations: &[Relation],
    entities: &mut [Entity],
    mentions: &mut [Mention],
) {
    for r in relations {
        for (e, kind) in r.implied_kinds() {
            if let Some(entity) = entities.get_mut(e)
                && entity.kind == EntityKind::Misc
            {
                entity.kind = kind;
                for &m in &entity.mentions {
                    mentions[m].kind = kind;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_one_word_name_owning_a_product_is_its_maker() {
        let text = "The phone faces competition from Korvin's zOS operating system, as well \
                    as Tamsin's webOS.";
        assert_eq!(kind_of(text, "Tamsin"), Some(EntityKind::Org));
        let text = "Jo Tamsin showed her webOS phone, and Tamsin's webOS ran well.";
        assert_eq!(kind_of(text, "Jo Tamsin"), Some(EntityKind::Person));
    }

    #[test]
    fn a_market_s_name_is_an_organisation() {
        let text = "Keltic Motors shares fell 4% on the Tarsia Stock Exchange on Friday.";
        assert_eq!(
            kind_of(text, "Tarsia Stock Exchange"),
            Some(EntityKind::Org)
        );
    }

    #[test]
    fn an_unknown_name_a_site_is_put_in_is_a_place() {
        // The tagger reads "Tarnbach" as an organisation: a site in it and
        // its mayor make it the town.
        let text = "Osterholz Mühle, the family's flour mill, will open new premises in \
                    Tarnbach. Tarnbach's mayor said the town would gain 40 jobs.";
        assert_eq!(kind_of(text, "Tarnbach"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Osterholz Mühle"), Some(EntityKind::Org));
    }

    #[test]
    fn a_listed_town_only_the_tagger_calls_a_club_is_a_place() {
        let text = "Her first task will be the freight line to Vigo, which Tarsa Rail \
                    plans to open next year.";
        assert_eq!(kind_of(text, "Vigo"), Some(EntityKind::Loc));
        // A listed town's name beside a company, or owning a company's arm,
        // is the company's.
        let text = "Orvo will draw on a bridge loan from Kesto Bank and Santander.";
        assert_eq!(kind_of(text, "Santander"), Some(EntityKind::Org));
        // Two listed towns beside each other, both read as clubs, are towns.
        let text = "Tarsa Rail said the rails would renew lines between Leeds and Newcastle.";
        assert_eq!(kind_of(text, "Leeds"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Newcastle"), Some(EntityKind::Loc));
    }
}
