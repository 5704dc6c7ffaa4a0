//! Kinds from the words around each occurrence of a name, before
//! resolution: "startup Helsing", "Spotify founder", "Berlin-based".

use crate::model::{EntityKind, Provenance};
use crate::pipeline::candidate::Candidate;

use super::Kinds;
use super::readings::Readings;

impl Kinds {
    /// Retypes the tagger's names on what the words around them say, before
    /// resolution, so every occurrence of a name and the descriptions that refer
    /// to it agree: a name that is somewhere an organisation by its context
    /// ("startup Helsing", "Spotify founder") and nowhere a place by it becomes
    /// one, and the other way round for "Berlin-based". Listed organisations
    /// and places keep their kind; a person is kept when the name starts with a
    /// known first name. Returns how many names changed.
    pub fn retype_by_context(&self, text: &str, candidates: &mut [Candidate]) -> usize {
        let Readings {
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
        } = self.read_contexts(text, candidates);
        let mut changed = 0;
        for c in candidates.iter_mut() {
            let m = &mut c.mention;
            if !m.kind.is_name() || m.nominal || m.source != Provenance::Model {
                continue;
            }
            // "Acme Snacks" read as a person or place, before its short forms
            // join it; "Tarsanews", "Orvoverket": one compound company word.
            if matches!(m.kind, EntityKind::Person | EntityKind::Loc)
                && (self.is_company_name(m.span.slice(text))
                    || self.is_compound_company(m.span.slice(text)))
            {
                m.kind = EntityKind::Org;
                changed += 1;
                continue;
            }
            // "at its Dexter Factory": a name of several words ending in a
            // works word is a works, a place, whatever first name opens it;
            // "Dorrow Mills", "Penwith Foam Works" a company unless put
            // somewhere.
            if let Some(kind) = self.works_kind(text, m.span, m.kind) {
                m.kind = kind;
                changed += 1;
                continue;
            }
            // "below the Kamnik Alps", "the North Sea": a natural
            // feature's last word makes a place, unless a given name opens
            // the name ("Anna Hills") or it names a company.
            let name = m.span.slice(text);
            if m.kind != EntityKind::Loc
                && name.rsplit_once(' ').is_some_and(|(first, last)| {
                    self.words.feature_tails.contains(last) && !self.starts_with_first_name(first)
                })
                && !self.is_company_name(name)
                && !self.is_listed_org(name)
                // "the Orvo Valley brand", "its Tarsa Coast unit": a
                // product's or a company's name, not the feature.
                && !text[m.span.end..]
                    .split_whitespace()
                    .next()
                    .map(|w| w.trim_end_matches([',', '.']))
                    .is_some_and(|w| {
                        self.words.product_nouns.contains(w) || self.words.org_roles_of.contains(w)
                    })
            {
                m.kind = EntityKind::Loc;
                changed += 1;
                continue;
            }
            // "circled the Bay of Zembla": a natural feature's first word
            // before "of" makes a place.
            if m.kind != EntityKind::Loc
                && m.span
                    .slice(text)
                    .split_once(' ')
                    .is_some_and(|(first, rest)| {
                        self.words.feature_heads.contains(first)
                            && rest.starts_with(&format!("{} ", self.words.of))
                    })
            {
                m.kind = EntityKind::Loc;
                changed += 1;
                continue;
            }
            // "the CEO of North America": a region is a place whatever its
            // context ("Acme Europe" is a company's name, not a region's).
            if self.is_region(m.span.slice(text)) {
                if m.kind != EntityKind::Loc {
                    m.kind = EntityKind::Loc;
                    changed += 1;
                }
                continue;
            }
            let key = self.key(m.span.slice(text));
            // "Tarvo Ltd of Velmora, the country's largest maker": the
            // maker's home, read as a company for the description after
            // it, that nothing else calls one.
            if m.kind == EntityKind::Org
                && maker_homes.contains(&key)
                && votes.get(&key).is_none_or(|v| v.0 == 0)
            {
                m.kind = EntityKind::Loc;
                changed += 1;
                continue;
            }
            let Some(&(org, loc, thing)) = votes.get(&key) else {
                continue;
            };
            // "won against Tarvel of Bonn": a person's name, with no first
            // name, that a home town follows and nothing calls a person.
            if m.kind == EntityKind::Person
                && homed.contains(&key)
                && !people.contains(&key)
                && !titled.contains(&key)
                && loc == 0
            {
                m.kind = EntityKind::Org;
                changed += 1;
                continue;
            }
            // Nothing calls it a person, gives it a title or a place's
            // reading, and no person of the text bears it as a surname.
            let unclaimed = || {
                !people.contains(&key)
                    && !titled.contains(&key)
                    && loc == 0
                    && !surnames.contains(&key)
            };
            // "a loan from Torvald": a lender or seller the tagger read as a
            // person, one word with no first name (or two, "woven by
            // Tissages Bellecour", neither a given name or surname), that
            // nothing calls a person and no person of the text bears as a
            // surname.
            if m.kind == EntityKind::Person
                && suppliers.contains(&key)
                && self.no_personal_name(&key)
                && unclaimed()
            {
                m.kind = EntityKind::Org;
                changed += 1;
                continue;
            }
            // "advised by Hazelmere Lochrane": an adviser on a deal the
            // tagger read as a person, that no given name opens, nothing
            // calls a person and no person of the text bears as a surname.
            if m.kind == EntityKind::Person
                && advisers.contains(&key)
                && !key
                    .split(' ')
                    .next()
                    .is_some_and(|w| self.first_names.contains(w))
                && unclaimed()
            {
                m.kind = EntityKind::Org;
                changed += 1;
                continue;
            }
            // "Spokeswoman Jo Tarn": a title before it, nothing of a thing.
            if m.kind != EntityKind::Person
                && (org, loc, thing) == (0, 0, 0)
                && titled.contains(&key)
                && self.may_be_titled_person(&key, m.span.slice(text))
            {
                m.kind = EntityKind::Person;
                changed += 1;
                continue;
            }
            // "a conference in Ostrava, the bank chief said": a listed place
            // the tagger read as an organisation, put somewhere by a
            // preposition and with no company word around any of its
            // mentions, is the place.
            if m.kind == EntityKind::Org
                && org == 0
                && placed.contains(&key)
                && !company_firsts.contains(&key)
                && self.is_unlisted_org_place(&key)
                && !self.is_company_name(m.span.slice(text))
            {
                m.kind = EntityKind::Loc;
                changed += 1;
                continue;
            }
            // "bought trains from Kelvrach", "advised by Lazmere", "its
            // engines come from Orvel": a seller, lender, adviser or maker
            // the tagger read as a place, that no list
            // names one (or a list names a company too: "bought its diggers
            // from Komatsu") and nothing else puts anywhere, is a company.
            if m.kind == EntityKind::Loc
                && loc == 0
                && (suppliers.contains(&key) || advisers.contains(&key) || arrivals.contains(&key))
                && !self.is_unlisted_org_place(&key)
                && !self.is_region(m.span.slice(text))
            {
                m.kind = EntityKind::Org;
                changed += 1;
                continue;
            }
            // "Isamu Tarn, who started the company": a "place" or "other"
            // name that only a person's relative clause describes, and that
            // no list names a place or a company.
            if matches!(m.kind, EntityKind::Loc | EntityKind::Misc)
                && (org, loc, thing) == (0, 0, 0)
                && people.contains(&key)
                && !self.places.contains(&key)
                && !self.is_listed_org_key(&key)
            {
                m.kind = EntityKind::Person;
                changed += 1;
                continue;
            }
            let first_name_known = key
                .split_whitespace()
                .next()
                .is_some_and(|w| self.first_names.contains(w))
                && key.contains(' ');
            // A "person" the text treats as a thing is an organisation;
            // not one a title stands right before that may be a person's:
            // "a son of President Harjono, which plans …" (the relative
            // clause may be an earlier noun's, the title is the name's).
            let titled_person =
                || titled.contains(&key) && self.may_be_titled_person(&key, m.span.slice(text));
            let org = if m.kind == EntityKind::Person && loc == 0 && !titled_person() {
                org + thing
            } else {
                org
            };
            let new_kind = match (org > 0, loc > 0) {
                (true, false)
                    if m.kind != EntityKind::Org
                    // A listed town that a job is held at and that nothing
                    // puts anything in is the employer: "the leasing arm of
                    // Japan's Orvo".
                    && (!self.places.contains(&key)
                        || (employers.contains(&key) && !placed.contains(&key))
                        // "the insurer Helvetia": a town's or a region's
                        // name a company noun stands before, put nowhere.
                        || (described.contains(&key)
                            && !placed.contains(&key)
                            && !self.is_country_or_state(&key)))
                    // ", which" outweighs a first name: "Rockwell Collins, which …".
                    && !(m.kind == EntityKind::Person
                        && first_name_known
                        && thing == 0
                        && !worked_at.contains(&key)) =>
                {
                    EntityKind::Org
                }
                // A listed place that is also a listed team's name is the
                // place before a maker's trade ("the Tarsia mill Orvo").
                (false, true)
                    if m.kind != EntityKind::Loc
                        && (!self.is_listed_org_key(&key)
                            || trade_homes.contains(&key) && self.places.contains(&key)) =>
                {
                    EntityKind::Loc
                }
                _ => continue,
            };
            m.kind = new_kind;
            changed += 1;
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn trade_words_of_ventures_banks_and_cinemas_end_companies() {
        let text = "The venture, to be called Norvale Spirits, will be owned by Tarvik. \
                    Tarvik is 30% owned by Velmar Privatbank and entered the business by \
                    buying Hazel Picturehouses and Dunmore Picturehouses. The Velmar Teachers \
                    Federation and Orsk Invest did not comment; the glass was made by \
                    Vetrerie Calvani and the cards by Pagamenti Orvesto.";
        for name in [
            "Norvale Spirits",
            "Velmar Privatbank",
            "Dunmore Picturehouses",
            "Velmar Teachers Federation",
            "Orsk Invest",
            "Vetrerie Calvani",
            "Pagamenti Orvesto",
            "Hazel Picturehouses",
        ] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
        let text = "Velmar named a new head for Asia Pacific, where sales grew.";
        assert_ne!(kind_of(text, "Asia Pacific"), Some(EntityKind::Org));
    }

    #[test]
    fn industries_that_end_a_name_make_a_company() {
        let text = "Jo Snell founded Pindoola's predecessor, Quarrabee Exploration, in 2012. \
                    Its engines come from Gamma Marine, of Stroud.";
        assert_eq!(
            kind_of(text, "Quarrabee Exploration"),
            Some(EntityKind::Org)
        );
        assert_eq!(kind_of(text, "Gamma Marine"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Jo Snell"), Some(EntityKind::Person));
    }

    #[test]
    fn a_port_or_an_area_noun_after_a_name_makes_it_the_place() {
        let text = "The cars arrived at Jakarta's Kelapa Baru port on Thursday.";
        assert_eq!(kind_of(text, "Kelapa Baru"), Some(EntityKind::Loc));
    }

    #[test]
    fn holding_and_foundation_words_of_other_languages_and_plurals_make_companies() {
        let text = "The holding, Tarvisio Partecipazioni, has owned the firm since 1990. \
                    Fundo Verdeal is adding a grant of 8 million euros, and 35% belongs to \
                    the family foundation, Stiftelsen Orvika Fonden. Sarnovel Entertainments \
                    runs the rival parks.";
        for name in [
            "Tarvisio Partecipazioni",
            "Fundo Verdeal",
            "Stiftelsen Orvika Fonden",
            "Sarnovel Entertainments",
        ] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
    }

    #[test]
    fn trade_nouns_of_other_languages_and_trade_nouns_before_make_companies() {
        let text = "Orvalle vies for orders with Tessitura Brenvale of Biella, Młyny \
                    Tarskie and Grúas Velandia. It sells to the discounters Harvo Nord and \
                    Pelmart, and bought the Dutch caterer Hoogveld Groep.";
        for name in [
            "Tessitura Brenvale",
            "Młyny Tarskie",
            "Grúas Velandia",
            "Harvo Nord",
            "Hoogveld Groep",
        ] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
    }

    #[test]
    fn a_site_before_a_place_preposition_puts_the_name_as_a_place() {
        let text = "Gallwitz Seeds, which also runs a factory in Velbrezzo and 62 shops, \
                    makes hearing aids.";
        assert_eq!(kind_of(text, "Velbrezzo"), Some(EntityKind::Loc));
        // A stake is no site: "a stake in Orvesto" says nothing of a place.
        let lang = crate::lang::Language::english().expect("English loads");
        let k = super::Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let text = "It bought a stake in Orvesto and a plant near Orvesto.";
        let first = text.find("Orvesto").expect("a name");
        let last = text.rfind("Orvesto").expect("a name");
        let span = |at: usize| crate::model::Span::new(at, at + "Orvesto".len());
        assert!(!k.sited(text, span(first)));
        assert!(k.sited(text, span(last)));
    }

    #[test]
    fn an_apposition_headed_before_its_of_names_a_company() {
        let text = "Gallwitz Seeds runs the programme jointly with Korvanta, the plant-science \
                    arm of a Polish chemicals group.";
        assert_eq!(kind_of(text, "Korvanta"), Some(EntityKind::Org));
        let lang = crate::lang::Language::english().expect("English loads");
        let k = super::Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        // A job, or a noun a person's job may be ("investor"), heads no company.
        for (text, company) in [
            ("Jo Tarn, the head of the bank, said", false),
            ("Jo Tarn, the owner of the bakery, said", false),
            ("Jo Tarn, a former investor, said", false),
            ("Korvanta, the lending arm of Orvo, said", true),
            ("Korvanta, a Sinaloa distributor, said", true),
            ("Korvanta, Velmar's development bank, said", true),
            ("Jo Tarn, Velmar's chief executive, said", false),
            // A place preposition closes the head; a sentence's end, the
            // apposition ("… on Monday. The venture, …").
            (
                "Korvanta, the 140-year-old rope and netting maker in Tarnow, said",
                true,
            ),
            (
                "Korvanta, a family-owned cooperative near Tarnow, said",
                true,
            ),
            ("Jo Tarn, a former executive in Tarnow, said", false),
            ("Korvanta, the Austrian market leader, lost", true),
            ("Jo Tarn, the opposition leader, lost", false),
            (
                "Tarnow, the two said on Monday. The venture, Orvo, will",
                false,
            ),
        ] {
            let end = text.find(',').expect("a comma");
            assert_eq!(k.company_headed_apposition(text, end), company, "{text}");
        }
    }

    #[test]
    fn a_place_noun_and_of_before_a_name_make_it_the_place() {
        let text = "The premier of the German state of Nordwestmark-Elbtal said the plant \
                    would stay open.";
        assert_eq!(kind_of(text, "Nordwestmark-Elbtal"), Some(EntityKind::Loc));
    }

    #[test]
    fn a_trade_compound_opening_a_sentence_is_no_part_of_the_name() {
        let text = "Wagonmaker Tatrovka will deliver 900 new hoppers to the venture.";
        assert!(kind_of(text, "Tatrovka").is_some());
        assert_eq!(kind_of(text, "Wagonmaker Tatrovka"), None);
    }

    #[test]
    fn a_brand_is_of_a_company_and_a_bidder_is_no_place() {
        let text = "Velmar sells jars under the own brands of Varnakos and of Lidl. Its \
                    rivals are the Attiki brand of Velmora and Minos. The port chose the \
                    pair over a bid from Drosselkamp, a spokeswoman said.";
        for name in ["Varnakos", "Velmora", "Drosselkamp"] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
    }

    #[test]
    fn a_natural_feature_s_last_word_makes_a_place() {
        let text = "Velmar bottles water at a spring below the Tarnik Alps and ships it \
                    across the North Sea. Anna Hills, its founder, said so. It sells \
                    butter under the Orvo Valley brand.";
        assert_eq!(kind_of(text, "Tarnik Alps"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "North Sea"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Anna Hills"), Some(EntityKind::Person));
        assert_ne!(kind_of(text, "Orvo Valley"), Some(EntityKind::Loc));
    }

    #[test]
    fn a_name_said_to_be_part_of_a_group_is_a_company() {
        let text = "Velmar's main rival in Italy is Kestvik, part of the Orvo group.";
        assert_eq!(kind_of(text, "Kestvik"), Some(EntityKind::Org));
    }

    #[test]
    fn a_name_after_an_agency_noun_is_a_company() {
        let text = "The loan is guaranteed by the Danish export credit agency Veskor.";
        assert_eq!(kind_of(text, "Veskor"), Some(EntityKind::Org));
    }

    #[test]
    fn a_name_before_a_job_or_after_a_company_noun_is_a_company() {
        let text = "Tarvik was founded by Jo Marr, a former Quenta engineer, and Ed Vale, a \
                    Brisko veteran. The maker counts state investor Kelvo and the crime \
                    imprint Dark Moss among its owners.";
        for name in ["Quenta", "Brisko", "Kelvo", "Dark Moss"] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
        assert_eq!(kind_of(text, "Jo Marr"), Some(EntityKind::Person));
    }

    #[test]
    fn a_name_a_place_owns_is_a_company_and_one_who_acts_a_person() {
        let text = "Tarvik is up for a tender by Norway's Stelnor, where it faces Lausanne's \
                    Dravio. Tarvik's president is a granddaughter of Isamu Tarnaka, who \
                    started the company in 1951. Germany's Anna Velder did not comment.";
        assert_eq!(kind_of(text, "Stelnor"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Dravio"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Isamu Tarnaka"), Some(EntityKind::Person));
        assert_eq!(kind_of(text, "Anna Velder"), Some(EntityKind::Person));
        let text = "Velmar faces Lausanne's Dravio. Ian Moss, a management expert at \
                    Velmar University, who studies markets, said so.";
        assert_eq!(kind_of(text, "Dravio"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Velmar University"), Some(EntityKind::Org));
    }

    #[test]
    fn a_seller_or_lender_of_two_words_no_list_names_a_person_s_is_a_company() {
        let text = "Velmar Hotels will pay for it with a €60 million loan from Crédit \
                    Vaudrenne. Its sails are made by Tissages Morvellec in Lyon. It bought \
                    its first boat from Anna Marr.";
        assert_eq!(kind_of(text, "Crédit Vaudrenne"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Tissages Morvellec"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Anna Marr"), Some(EntityKind::Person));
    }

    #[test]
    fn a_place_before_a_trade_and_a_firm_is_no_product() {
        let text = "Melbourne software firm Pastro wins deal. Pastro Education, a \
                    Melbourne-based maker of maths software, won the A$40 million deal.";
        assert_eq!(kind_of(text, "Melbourne"), Some(EntityKind::Loc));
    }

    #[test]
    fn a_unit_named_after_its_one_word_owner_is_a_company() {
        let text = "Mastwell bid for Lusvo Torvas, the tower arm of the operator Lusvo. \
                    Lusvo Torvas owns 6,100 masts, and Lusvo said the sale would close soon.";
        assert_eq!(kind_of(text, "Lusvo Torvas"), Some(EntityKind::Org));
    }

    #[test]
    fn the_members_of_a_consortium_are_companies() {
        let text = "Pastro beat offers from a consortium of Quenvo and Brisktel, the \
                    department said.";
        assert_eq!(kind_of(text, "Quenvo"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Brisktel"), Some(EntityKind::Org));
    }

    #[test]
    fn the_place_a_job_was_held_as_a_something_is_the_employer() {
        let text = "Ian Moss, who earlier worked as a distiller at Kestrava, will run it.";
        assert_eq!(kind_of(text, "Kestrava"), Some(EntityKind::Org));
    }

    #[test]
    fn a_seller_listed_as_a_town_and_a_company_is_the_company() {
        let text = "Tarvik Mining bought 40 diggers from Komatsu last year.";
        assert_eq!(kind_of(text, "Komatsu"), Some(EntityKind::Org));
        let text = "Tarvik Mining bought 40 diggers from Rotterdam last year.";
        assert_eq!(kind_of(text, "Rotterdam"), Some(EntityKind::Loc));
    }
}
