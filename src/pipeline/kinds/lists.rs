//! Lists agree: the members of "Ford, Chrysler, and General Motors" are
//! things of one kind, and so are those of "two sedans, the Fusion and the
//! Taurus". A name the tagger alone typed, with nothing of its own that
//! says what it is (no listed name, no rule, no first name), takes the kind
//! of the list it stands in when every other member agrees and one of them
//! is sure of it, or when a plural noun heads the list ("automakers — A, B
//! and C", "sedans, the A and the B").
//!
//! Rivals and examples say so too, for a list or a single name: "competes
//! with A and B", "in competition with state-owned A", "rivals such as A
//! and B", "lenders including A" are companies.
//!
//! A list is a run of names joined by commas and the language's list words
//! ("and", "&", "or"); two names joined by a comma alone are no list
//! ("Dearborn, Michigan" is a place and its state), and a name after a
//! number is a unit or time zone ("at 0800 UTC, the Bank of …"). A possessor is a maker,
//! not a member ("the zPad and Korvin's Orbit" keeps Korvin a company).

use crate::lang::{lowercase, words_back};
use crate::model::{Entity, EntityKind, Mention, Provenance};

use super::Kinds;

/// Most words between a list's head noun and its first member ("sedans,
/// the").
const HEAD_GAP_WORDS: usize = 2;

/// Most words of the words that give examples ("such as").
const EXAMPLE_WORDS: usize = 3;

impl Kinds {
    /// Retypes the unsure members of lists (see the module documentation);
    /// returns how many entities changed.
    pub fn agree_lists(
        &self,
        text: &str,
        entities: &mut [Entity],
        mentions: &mut [Mention],
    ) -> usize {
        let mut names: Vec<usize> = (0..mentions.len())
            .filter(|&m| {
                let n = &mentions[m];
                n.kind.is_name() && !n.nominal && n.entity.is_some() && !after_number(text, n)
            })
            .collect();
        names.sort_by_key(|&m| mentions[m].span.start);
        let mut changed = 0;
        for (run, listed) in self.runs(text, mentions, &names) {
            let start = mentions[run[0]].span.start;
            // "insurers such as Orvo and Zurich": examples of a company
            // noun are companies, a listed town's name among them too.
            let examples = self.examples_head(text, start);
            let end = mentions[run[run.len() - 1]].span.end;
            let named = if listed {
                self.list_head(text, start)
                    .or_else(|| self.list_tail(text, end))
            } else {
                None
            }
            .or(examples);
            let rivals = if named.is_none() {
                self.rival_head(text, start)
                    .or_else(|| self.rivals_in_apposition(text, end))
            } else {
                None
            };
            let head = named
                .or(rivals)
                // "mills in Vaxby, Sunnäs and Grelldal": the first member's site.
                .or_else(|| {
                    (listed && self.sited(text, mentions[run[0]].span)).then_some(EntityKind::Loc)
                })
                // "a consortium of Orvo and Tarn": the first member's job or deal.
                .or_else(|| {
                    (listed && self.is_role_place(text, mentions[run[0]].span))
                        .then_some(EntityKind::Org)
                })
                // "made by Wilcox, Hale and Dunmore": the agents of a
                // maker's participle, each a maker (a place makes nothing).
                .or_else(|| {
                    (listed && self.made_or_lent_by(text, mentions[run[0]].span))
                        .then_some(EntityKind::Org)
                });
            if !listed && head.is_none() {
                continue;
            }
            for &m in &run {
                let Some(e) = mentions[m].entity else {
                    continue;
                };
                let others: Vec<usize> = run
                    .iter()
                    .filter(|&&o| o != m)
                    .filter_map(|&o| mentions[o].entity)
                    .filter(|&o| o != e)
                    .collect();
                let kind = head.or_else(|| self.agreed_kind(entities, mentions, &others));
                let Some(kind) = kind else {
                    continue;
                };
                // "its nearest competitor, the Tarsia spa operator Orvo": the
                // rival's home town is no rival.
                if rivals.is_some() && self.home_of_trade(text, mentions[m].span) {
                    continue;
                }
                // "between Paris and Tarbes": a listed place the tagger read
                // as a company, among places; "plants in Tarbes and Orvik",
                // "across Tarsia and North Velden": a "person" with no first
                // name put somewhere among places.
                let place = kind == EntityKind::Loc
                    && match entities[e].kind {
                        EntityKind::Org => {
                            self.is_place(&entities[e].name) || head == Some(EntityKind::Loc)
                        }
                        // Not "by A in Sydney and B in Tokyo": a person put
                        // somewhere is no place.
                        EntityKind::Person => {
                            (head == Some(EntityKind::Loc)
                                || self.after_place_preposition(text, mentions[run[0]].span))
                                && !self.is_full_personal_name(&entities[e].name)
                                && !self.before_place_preposition(text, mentions[m].span.end)
                        }
                        _ => false,
                    };
                if entities[e].kind == kind
                    || !(matches!(kind, EntityKind::Org | EntityKind::Product) || place)
                    || !matches!(
                        entities[e].kind,
                        EntityKind::Person | EntityKind::Loc | EntityKind::Org | EntityKind::Misc
                    )
                    || self.sure_of(&entities[e], mentions)
                        && !(examples.is_some()
                            && matches!(entities[e].kind, EntityKind::Loc | EntityKind::Person)
                            && entities[e].mentions.len() == 1)
                    || possessive_after(text, mentions[m].span.end)
                    // "a former head at Orvo, and Shaila Tarn, who ran …":
                    // a person's relative clause keeps the person.
                    || entities[e].kind == EntityKind::Person
                        && self.who_after(text, mentions[m].span.end)
                {
                    continue;
                }
                entities[e].kind = kind;
                for &n in &entities[e].mentions {
                    if !mentions[n].nominal {
                        mentions[n].kind = kind;
                    }
                }
                changed += 1;
            }
        }
        changed
    }

    /// The runs of the sorted name mentions `names`, each marked true when
    /// it is a list: two or more, with at least one list word or three members.
    fn runs(&self, text: &str, mentions: &[Mention], names: &[usize]) -> Vec<(Vec<usize>, bool)> {
        let mut lists = Vec::new();
        let mut run: Vec<usize> = Vec::new();
        let mut worded = false;
        let mut close = |run: &mut Vec<usize>, worded: bool| {
            if !run.is_empty() {
                let listed = run.len() >= 3 || (run.len() == 2 && worded);
                lists.push((std::mem::take(run), listed));
            }
        };
        for &m in names {
            let joint = run
                .last()
                .and_then(|&p| text.get(mentions[p].span.end..mentions[m].span.start))
                .and_then(|gap| self.list_joint(gap));
            match joint {
                Some(with_word) => worded |= with_word,
                None => {
                    close(&mut run, worded);
                    worded = false;
                }
            }
            run.push(m);
        }
        close(&mut run, worded);
        lists
    }

    /// Whether `gap` joins two list members, and whether with a word: ", ",
    /// " and ", ", and the ".
    fn list_joint(&self, gap: &str) -> Option<bool> {
        // Two words are already too many: the gap between two names far
        // apart is not read to its end.
        let mut rest = gap
            .trim()
            .trim_start_matches(',')
            .split_whitespace()
            .filter(|w| !self.words.determiners.contains_lowercase(w));
        match (rest.next(), rest.next()) {
            (None, _) if gap.trim_start().starts_with(',') => Some(false),
            (Some(word), None) if self.words.list_joins.contains(word) => Some(true),
            _ => None,
        }
    }

    /// The kind a plural noun heading the list gives it: "automakers —",
    /// "two sedans, the", "the supermarket chains" right before it. After a
    /// comma the list must open with a determiner: in "it ordered jets,
    /// Korvin said" no list of jets follows.
    fn list_head(&self, text: &str, start: usize) -> Option<EntityKind> {
        let before = &text[..start];
        let mut words = words_back(before);
        let mut determiner = false;
        for _ in 0..=HEAD_GAP_WORDS {
            let word = words.next()?;
            let bare = word.trim_end_matches([',', ':', '-', '–', '—']);
            if bare.is_empty() {
                continue;
            }
            if self.words.determiners.contains_lowercase(bare) {
                determiner = true;
                continue;
            }
            // The head closes its phrase: "sedans, the" or "automakers —";
            // or a company noun's plural stands right before the first
            // member ("the supermarket chains Tarsa and Orvo").
            let dash = before.trim_end().ends_with(['-', '–', '—', ':']);
            let comma = word.ends_with(',') && determiner;
            let adjacent = bare == word
                && !determiner
                && self.is_org_noun_before(bare)
                && !self.words.shared_nouns.contains(bare.trim_end_matches('s'));
            if !(dash || comma || adjacent)
                || !bare.ends_with('s')
                || bare.starts_with(char::is_uppercase)
            {
                return None;
            }
            let singular = bare.strip_suffix('s').unwrap_or(bare);
            return if self.words.model_nouns.contains(bare) {
                Some(EntityKind::Product)
            } else if self.is_company_noun(bare) || self.is_company_noun(singular) {
                Some(EntityKind::Org)
            } else {
                None
            };
        }
        None
    }

    /// "the Orvo and Tarn brands": a plural noun of companies right after
    /// the list's last member (ending at `end`) makes its members companies.
    fn list_tail(&self, text: &str, end: usize) -> Option<EntityKind> {
        let word = text[end..].strip_prefix(' ')?.split_whitespace().next()?;
        let noun = word.trim_end_matches([',', '.', ';', ':']);
        let singular = noun.strip_suffix('s')?;
        (noun.starts_with(char::is_lowercase)
            && (self.words.company_plurals.contains(noun)
                || self.is_org_noun_before(noun) && !self.words.shared_nouns.contains(singular)))
        .then_some(EntityKind::Org)
    }

    /// "peers such as", "lenders including": a plural noun of companies
    /// right before the words that give examples.
    fn examples_head(&self, text: &str, start: usize) -> Option<EntityKind> {
        // Nearest first, compared in lower case without copying each
        // (most names follow no phrase of examples).
        let mut back = words_back(&text[..start]).take(EXAMPLE_WORDS + 1);
        let nearest = back.next()?;
        // The words further back only when the nearest ends a phrase.
        if !self.example_lasts.contains_lowercase(nearest) {
            return None;
        }
        let before: Vec<&str> = std::iter::once(nearest).chain(back).collect();
        let noun = self.words.list_examples.iter().find_map(|e| {
            let n = e.split(' ').count();
            let phrase = before.get(..n)?;
            e.split(' ')
                .rev()
                .zip(phrase)
                .all(|(e, w)| lowers_to(w, e))
                .then(|| before.get(n))
                .flatten()
        })?;
        // "bakeries, among them": the comma closes the noun.
        let noun = noun.trim_end_matches(',').to_lowercase();
        let singular = noun.strip_suffix('s').unwrap_or(&noun);
        (self.words.company_plurals.contains(&noun)
            || self.is_company_noun(&noun)
            || self.is_company_noun(singular))
        .then_some(EntityKind::Org)
    }

    /// The kind every other member has, when one of them is sure of it.
    fn agreed_kind(
        &self,
        entities: &[Entity],
        mentions: &[Mention],
        others: &[usize],
    ) -> Option<EntityKind> {
        let kind = entities[*others.first()?].kind;
        (others.iter().all(|&o| entities[o].kind == kind)
            && others.iter().any(|&o| self.sure_of(&entities[o], mentions)))
        .then_some(kind)
    }

    /// True when something beside the tagger says what `e` is: a rule or a
    /// list made one of its mentions, its name is listed for its kind, or it
    /// is a person with a known first name.
    fn sure_of(&self, e: &Entity, mentions: &[Mention]) -> bool {
        let key = self.key(&e.name);
        e.mentions
            .iter()
            .any(|&m| !mentions[m].nominal && mentions[m].source != Provenance::Model)
            || match e.kind {
                EntityKind::Org => {
                    (self.orgs.contains(&key) && !self.places.contains(&key))
                        || self.is_company_name(&e.name)
                        || self.is_company_of_place(&e.name)
                }
                EntityKind::Loc => self.places.contains(&key),
                EntityKind::Person => e.name.contains(' ') && self.starts_with_first_name(&e.name),
                EntityKind::Product => true,
                _ => false,
            }
    }
}

/// True when `word` in lower case ([`lowercase`]) is `lower`, without
/// copying an ASCII word.
fn lowers_to(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        word.len() == lower.len()
            && word
                .bytes()
                .zip(lower.bytes())
                .all(|(w, l)| w.to_ascii_lowercase() == l)
    } else {
        lowercase(word) == lower
    }
}

impl Kinds {
    /// "Bank of Tarsia", "Royal Bank of Tarsia": a company word right
    /// before "of".
    fn is_company_of_place(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split_whitespace().collect();
        words
            .windows(2)
            .any(|w| w[1] == self.words.of && self.is_org_word(w[0]))
    }
}

impl Kinds {
    /// ", who": a person's relative clause right after the name ending at
    /// `end`.
    fn who_after(&self, text: &str, end: usize) -> bool {
        text[end..]
            .strip_prefix(", ")
            .and_then(|rest| rest.strip_prefix(self.words.who.as_str()))
            .is_some_and(|rest| rest.starts_with(' '))
    }
}

/// True when a number comes right before `m`: "at 0800 UTC" names a time
/// zone or unit, not a list member.
fn after_number(text: &str, m: &Mention) -> bool {
    text[..m.span.start]
        .trim_end()
        .ends_with(|c: char| c.is_ascii_digit())
}

/// True when a possessive ending follows at `end` ("Korvin's Orbit").
fn possessive_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    rest.starts_with("'s") || rest.starts_with("’s") || rest.starts_with("' ")
}

#[cfg(test)]
mod tests {
    use crate::lang::lowercase;
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_word_lowers_to_what_its_lower_case_copy_is() {
        for (word, lower) in [
            ("Such", "such"),
            ("SUCH", "such"),
            ("such", "such"),
            ("Such", "suck"),
            ("Süch", "süch"),
            ("Süch", "such"),
            ("\u{212A}", "k"),
            ("K", "k"),
            ("", ""),
            ("Among", "among them"),
        ] {
            assert_eq!(
                super::lowers_to(word, lower),
                lowercase(word) == lower,
                "{word} {lower}"
            );
        }
        // The Kelvin sign lowers to an ASCII "k": compared by its copy.
        assert!(super::lowers_to("\u{212A}", "k"));
        assert!(!super::lowers_to("Such", "suck"));
    }

    #[test]
    fn a_list_of_companies_makes_its_unsure_member_a_company() {
        let text = "The three carmakers in the talks, Ford, Brannock, and General Motors, \
                    asked the Senate for loans on Friday.";
        assert_eq!(kind_of(text, "Brannock"), Some(EntityKind::Org));
    }

    #[test]
    fn examples_of_a_company_noun_outweigh_a_given_name_named_once() {
        let text = "The growers supply supermarket chains including Carrefour and Albert \
                    Kesteloo. Jo Marr, the firm's founder, said so.";
        assert_eq!(kind_of(text, "Albert Kesteloo"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Jo Marr"), Some(EntityKind::Person));
    }

    #[test]
    fn a_plural_product_noun_heads_a_list_of_products() {
        let text = "Sales rose at Ford, led by two sedans, the Corvane and Altavo, which \
                    rose 40% in May.";
        assert_eq!(kind_of(text, "Corvane"), Some(EntityKind::Product));
        assert_eq!(kind_of(text, "Altavo"), Some(EntityKind::Product));
    }

    #[test]
    fn rivals_and_examples_of_companies_are_companies() {
        let text = "Tarnvik Dairy competes for milk with the larger Velbrook and Brenmore. \
                    Velmar Hotels competes with larger chains such as Quessa and Balmoro, and \
                    it borrowed from lenders including Kestavo. Jo Marr, who competes with \
                    Anna Lund, met Velbrook's board. The bid beat a rival offer from Quarvane.";
        for name in [
            "Velbrook", "Brenmore", "Quessa", "Balmoro", "Kestavo", "Quarvane",
        ] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
        assert_eq!(kind_of(text, "Anna Lund"), Some(EntityKind::Person));
    }

    #[test]
    fn rivals_named_after_a_linking_verb_or_in_apposition_are_companies() {
        let text = "Tarnvik Dairy sells cheese in Grasse. Its main rivals in Grasse are \
                    Fellard and Morvinet, both family-owned. Its competitors in ropes include \
                    Hallowby and Drent. The two makers' main rivals, Sorrelby and Kettering \
                    Brook, build most gliders. Velmar's rivals are Anna Lund and Jo Marr, \
                    who run a bakery. Its nearest competitor, the Dundee spa operator Kelvaro \
                    Baths, is smaller.";
        for name in ["Fellard", "Morvinet", "Hallowby", "Drent", "Sorrelby"] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
        // A person known by a first name stays one, a rival's home town a place.
        assert_eq!(kind_of(text, "Anna Lund"), Some(EntityKind::Person));
        assert_eq!(kind_of(text, "Dundee"), Some(EntityKind::Loc));
    }

    #[test]
    fn a_list_before_a_plural_company_noun_and_examples_after_a_comma_are_companies() {
        let text = "Pradomar, owner of the Quelvo and Brastini brands, sells flour to \
                    industrial bakeries, among them Kostrava, and to Velmar Foods.";
        for name in ["Quelvo", "Brastini", "Kostrava"] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
        // A job's plural names people: "the Anna Lund and Jo Marr founders" is
        // no list of companies.
        let text = "Pradomar hired the Velbrook and Quessa founders.";
        assert_ne!(kind_of(text, "Velbrook"), Some(EntityKind::Org));
    }

    #[test]
    fn a_place_among_places_and_a_lender_beside_a_bank_of_a_place() {
        let text = "Trains will run between Paris and Lyon from 2027. Tarnvik borrowed \
                    $700 million from Quovanta and Bank of Tarsia.";
        assert_eq!(kind_of(text, "Lyon"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Quovanta"), Some(EntityKind::Org));
    }

    #[test]
    fn a_time_zone_before_a_list_stays_out_of_it() {
        let text = "At 0800 UTC, the Bank of Tarsia, the Bank of Lundmark and the Central \
                    Bank of Orvale said they would lend dollars.";
        assert_ne!(kind_of(text, "UTC"), Some(EntityKind::Org));
    }

    #[test]
    fn a_place_and_its_state_are_no_list_and_people_keep_their_kind() {
        let text = "Anna Varga and Boris Kell met in Dearborn, Michigan, with bankers \
                    from Goldman Sachs.";
        assert_eq!(kind_of(text, "Anna Varga"), Some(EntityKind::Person));
        assert_eq!(kind_of(text, "Michigan"), Some(EntityKind::Loc));
    }

    #[test]
    fn a_list_after_a_site_is_of_places() {
        let text = "Norrlid Trä cut 200 jobs. The mills in Vaxby, Sunnäs and Grelldal \
                    employ 300.";
        assert_eq!(kind_of(text, "Sunnäs"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Grelldal"), Some(EntityKind::Loc));
    }

    #[test]
    fn a_towns_name_among_examples_of_companies_is_a_company() {
        let text = "Tarrow Brokers places its premiums with insurers such as Quenmark and \
                    Zurich.";
        assert_eq!(kind_of(text, "Zurich"), Some(EntityKind::Org));
        let text = "Tarrow Brokers opened offices in cities such as Quenmark and Zurich.";
        assert_eq!(kind_of(text, "Zurich"), Some(EntityKind::Loc));
    }

    #[test]
    fn the_makers_listed_after_a_makers_participle_are_companies() {
        let text = "Velmar Sport makes 90 million balls a year, against 300 million made \
                    by Wilson, Hadley and Dunmore, mostly in Asia.";
        for name in ["Wilson", "Hadley", "Dunmore"] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
        assert_eq!(kind_of(text, "Asia"), Some(EntityKind::Loc));
        // People known by a given name and a surname keep their kind.
        let text = "The first two prototypes were built by Anna Varga and Boris Kell in \
                    a shed in Tarsia.";
        assert_eq!(kind_of(text, "Anna Varga"), Some(EntityKind::Person));
        assert_eq!(kind_of(text, "Boris Kell"), Some(EntityKind::Person));
    }
}
