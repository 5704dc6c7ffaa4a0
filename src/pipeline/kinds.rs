//! Kind repair: evidence beyond one sentence that says what an entity is.
//!
//! The tagger decides kinds token by token; the whole document and the
//! gazetteers know more. An entity whose name is listed only as an
//! organisation (and in no list of places) is an organisation; one that the
//! text calls "the startup" or that has a chief executive is one too.
//!
//! Takes candidates (before resolution), then entities and mentions (after
//! it, and after relations); gives them back with their kinds repaired.
//! [`Kinds`] holds the gazetteer sets, built once per pipeline.

use rustc_hash::FxHashSet;

use crate::lang::{KindWords, ResolveWords, WordList, with_lowercase};
use crate::model::{Entity, EntityKind, Mention};

use super::candidate::Candidate;
use super::groups::Groups;
use super::indices::Indices;
use super::names::{name_key, resolve_key};
use super::products::Products;
use super::word_shape::with_capital;

mod advisers;
mod affixes;
mod agency;
mod agents;
mod appositions;
mod around;
mod bodies;
mod bracketed;
mod common_acronyms;
mod common_words;
mod company_words;
mod compounds;
mod context;
mod demonyms;
mod described;
mod events;
mod evidence;
mod glued;
mod governments;
mod held;
mod homes;
mod lines;
mod listed;
mod lists;
mod ministries;
mod naming;
mod nation_openings;
mod numbered;
mod openers;
mod owned_units;
mod particles;
mod partners;
mod personal;
mod places_of;
mod post_portfolios;
mod posted;
mod raters;
mod readings;
mod region_groups;
mod repair;
mod rivals;
mod software;
mod tails;
mod titled;
mod trade_titles;
mod workplaces;
mod works;

pub use agency::Agency;
pub use repair::repair_from_relations;

/// The word right before `start` on its line; "" when a line break
/// comes first (a headline's last word says nothing of a byline's name).
fn word_before(text: &str, start: usize) -> &str {
    word_start_before(text, start).map_or("", |(_, word)| word)
}

/// [`word_before`] and where that word starts, to walk back word by word
/// ("Administração do Porto de" before "Aveiro SA"); none at a line's start.
fn word_start_before(text: &str, start: usize) -> Option<(usize, &str)> {
    crate::lang::last_word_on_line(&text[..start])
}

/// "Korvin's", "its": a word that owns the noun after it.
fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// The letters `text` opens with ("" when it opens with none): the run
/// of alphabetic characters, borrowed rather than gathered into a string.
/// ASCII letters are told a byte at a time; from the first character
/// outside ASCII on, a character at a time.
fn letters_opening(text: &str) -> &str {
    let bytes = text.as_bytes();
    let ascii = bytes
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(bytes.len());
    let end = if bytes.get(ascii).is_some_and(|b| !b.is_ascii()) {
        ascii
            + text[ascii..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(text.len() - ascii)
    } else {
        ascii
    };
    &text[..end]
}

/// Most words of an apposition read for its head ("the 140-year-old rope
/// and netting maker in …").
const APPOSITION_WORDS: usize = 6;

/// A product by the nouns after its mentions ([`Kinds::product_nouns_after`]
/// gives `with` of `all`): any for a name not read as an organisation,
/// most for one that is.
fn product_by_nouns(e: &Entity, (with, all): (usize, usize)) -> bool {
    with > 0 && (e.kind != EntityKind::Org || 2 * with >= all)
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Kind repair: the language's context words, name keys, and the
/// gazetteers (shared with the tagger's training lists), loaded once.
#[derive(Debug, Clone)]
pub struct Kinds {
    words: KindWords,
    names: ResolveWords,
    /// Head nouns of descriptions that stand for an organisation (the rules').
    nominal_heads: WordList,
    /// First names and surnames (census and SSA lists), lower case.
    person_names: FxHashSet<String>,
    /// First names alone (census and SSA lists), lower case.
    first_names: FxHashSet<String>,
    /// Names listed as organisations (company indices, hand list, Factbook, WordNet).
    orgs: FxHashSet<String>,
    /// Names listed as places (countries, regions, cities, WordNet places).
    places: FxHashSet<String>,
    /// Names listed as countries or their states and provinces.
    countries: FxHashSet<String>,
    /// Nationality words and government bodies.
    groups: Groups,
    /// Products and models.
    products: Products,
    /// Stock indices.
    indices: Indices,
    /// The last words of the phrases that give examples ("as" of "such
    /// as"): a name after none of them is asked no more.
    example_lasts: WordList,
}

impl Kinds {
    /// Builds the gazetteer sets from the tagger's bundled lists.
    pub fn new(words: &KindWords, names: &ResolveWords, nominal_heads: &WordList) -> Self {
        let lists = crate::ner::kind_lists();
        let person_names = [lists.first_names, lists.surnames]
            .into_iter()
            .flat_map(lines)
            .map(str::to_lowercase)
            .collect();
        let first_names = lines(lists.first_names).map(str::to_lowercase).collect();
        let orgs = lists
            .orgs
            .into_iter()
            .flat_map(lines)
            .map(|l| name_key(names, l))
            .collect();
        let places = places_of::place_keys(names, &lists.places);
        let countries = places_of::place_keys(names, lists.countries_and_states());
        Self {
            words: words.clone(),
            names: names.clone(),
            nominal_heads: nominal_heads.clone(),
            person_names,
            first_names,
            orgs,
            places,
            countries,
            groups: Groups::new(words, lists.nationalities),
            products: Products::new(words, &names.legal_suffixes),
            indices: Indices::new(words),
            example_lasts: WordList::from_entries(
                words
                    .list_examples
                    .iter()
                    .filter_map(|e| e.rsplit(' ').next())
                    .map(str::to_owned),
            ),
        }
    }

    /// True for a word that, before "of" and a place, heads one name with
    /// the place ("Bank" of "Bank of Ireland", "Library").
    pub fn heads_name_of_place(&self, word: &str) -> bool {
        self.words.of_place_heads.contains(word)
    }

    /// True when `name` is listed as a place.
    pub fn is_place(&self, name: &str) -> bool {
        self.places.contains(&self.key(name))
    }

    /// True when `name` is a nationality or group word ("Dutch", "Swiss").
    pub fn is_nationality(&self, name: &str) -> bool {
        self.groups
            .is_nationality(name, &|place: &str| self.is_place(place))
    }

    /// True when `name` (as written) is a continent or world region
    /// ("Africa", "Latin America"), its compass word in small letters or
    /// not ("eastern Europe").
    pub fn is_region(&self, name: &str) -> bool {
        self.words.regions.contains(name)
            || name.starts_with(char::is_lowercase)
                && self.words.regions.contains(&with_capital(name))
    }

    /// True for a capitalised last word of a works' name ("Plant").
    pub fn is_facility_word(&self, word: &str) -> bool {
        self.words.facility_words.contains(word)
    }

    /// A nationality word opening a name whose rest stands alone is cut
    /// off it ("Ecuadorian Oriente"); nationality and group words become
    /// NATIONALITY, government phrases one ORG (see [`Groups::retype`]);
    /// returns how many candidates [`Groups::retype`] changed.
    pub fn retype_groups(&self, text: &str, candidates: &mut Vec<Candidate>) -> usize {
        self.split_nationality_openings(text, candidates);
        self.mark_demonyms_of_governments(text, candidates);
        self.mark_demonym_adjectives(text, candidates);
        self.groups
            .retype(text, candidates, &|name: &str| self.is_place(name))
    }

    /// True for a government body or institution: a government phrase this
    /// stage built ("US government") or a name headed by an institution word
    /// ("US Treasury", "Ministry of Transport").
    pub fn is_government_body(&self, text: &str, span: crate::model::Span) -> bool {
        self.groups.is_body(span.slice(text)) || self.government_part(text, span).is_some()
    }

    /// Stock indices (see [`super::indices::Indices::mark`]), then products
    /// and models joined from their parts (see [`Products::join`]); returns
    /// how many products were made.
    pub fn join_products(
        &self,
        text: &str,
        tokens: &[crate::model::Span],
        candidates: &mut Vec<Candidate>,
    ) -> usize {
        // Stock indices first, as one MISC name each ("FTSE 100"): no products.
        self.indices.mark(text, candidates);
        // "vFinance Investments": a company word after a lower-camel word
        // names a company, not a product.
        self.products.join(text, tokens, candidates, &|name: &str| {
            self.is_listed_org(name) || self.is_company_name(name)
        }) + self.join_product_tails(text, candidates)
            + self.join_determined_lines(text, candidates)
    }

    /// The place, nationality word or leader's name inside a government
    /// body ("US" of "US government"), with its kind (see [`Groups::government_part`]).
    pub fn government_part(
        &self,
        text: &str,
        span: crate::model::Span,
    ) -> Option<(crate::model::Span, EntityKind)> {
        self.groups
            .government_part(text, span, &|name: &str| self.is_place(name))
    }

    fn key(&self, name: &str) -> String {
        name_key(&self.names, name)
    }

    /// The name words the stage keys names with (see
    /// [`crate::pipeline::names::KeyScope`]).
    pub fn names(&self) -> &ResolveWords {
        &self.names
    }

    /// The words of an apposition opened by a determiner after `end` (", a
    /// …"), or by a capitalised possessive that stands for one (", Velmar's
    /// development bank,"), past it; `None` when none opens there.
    fn apposition_after<'t>(
        &self,
        text: &'t str,
        end: usize,
    ) -> Option<std::str::SplitWhitespace<'t>> {
        let mut words = text[end..].strip_prefix(", ")?.split_whitespace();
        words
            .next()
            .is_some_and(|w| {
                self.words.determiners.contains(w)
                    || w.starts_with(char::is_uppercase) && (w.ends_with("'s") || w.ends_with("’s"))
            })
            .then_some(words)
    }

    /// True when a company description follows in apposition:
    /// "Anthropic, the San Francisco-based maker of …", "Acme, a software firm".
    fn company_apposition(&self, text: &str, end: usize) -> bool {
        let Some(words) = self.apposition_after(text, end) else {
            return false;
        };
        words
            .take(4)
            .map(|w| w.trim_end_matches([',', '.', ';']))
            .take_while(|w| !self.words.apposition_stops.contains(w))
            .any(|w| self.nominal_heads.contains(w))
    }

    /// "the Claude chatbot", "Trainium chips": a name that modifies a product
    /// noun names a product; an organisation's name only when most of its
    /// mentions do ("Tarvo vehicles" once among "Tarvo said" is the maker).
    pub fn is_product(&self, text: &str, e: &Entity, mentions: &[Mention]) -> bool {
        product_by_nouns(e, self.product_nouns_after(text, e, mentions))
    }

    /// How many of `e`'s name mentions a product noun follows, of how many.
    pub(super) fn product_nouns_after(
        &self,
        text: &str,
        e: &Entity,
        mentions: &[Mention],
    ) -> (usize, usize) {
        let names = e.mentions.iter().filter(|&&m| !mentions[m].nominal);
        let (mut with, mut all) = (0, 0);
        for &m in names {
            all += 1;
            let after = &text[mentions[m].span.end..];
            // "the Tarvo mobile device": past one describing word, in a noun
            // phrase a determiner opens ("Tarvo makes chips" has a verb), a
            // possessive one too ("its Tarvo games console", "Acme's Tarvo
            // instant messenger"). Read only when the noun is not right
            // after the name.
            let determined = || {
                let before = word_before(text, mentions[m].span.start);
                self.words.determiners.contains_lowercase(before)
                    || self.words.possessive_determiners.contains_lowercase(before)
                    || before.len() > 2
                        && (before.ends_with("'s") || before.ends_with("’s"))
                        && before.starts_with(char::is_uppercase)
            };
            with += usize::from(after.strip_prefix(' ').is_some_and(|rest| {
                self.product_noun_opening(rest)
                    || determined()
                        && rest
                            .split_once(' ')
                            .filter(|(word, _)| {
                                !word.is_empty() && word.chars().all(char::is_lowercase)
                            })
                            .is_some_and(|(_, rest)| self.product_noun_opening(rest))
            }));
        }
        (with, all)
    }

    /// True when `rest` opens with a product noun that names no company's
    /// trade ("a Melbourne software firm").
    fn product_noun_opening(&self, rest: &str) -> bool {
        let word = letters_opening(rest);
        let trade = rest[word.len()..]
            .strip_prefix(' ')
            .is_some_and(|rest| self.is_company_noun(letters_opening(rest)));
        self.words.product_nouns.contains(word) && !trade
    }

    /// A product: a product noun after most of its mentions (after any, for
    /// a name the tagger called "other") — "Acme software contracts" once
    /// among ten "Acme will…" is the company's software — or the grammar
    /// that presents products (see [`Self::presented_as_product`]).
    /// `nouns`: [`Self::product_nouns_after`] of the entity, read once by
    /// the caller for this and [`Self::is_product`] alike.
    fn is_product_entity(
        &self,
        text: &str,
        e: &Entity,
        mentions: &[Mention],
        (with, all): (usize, usize),
    ) -> bool {
        // "a Melbourne-based maker": a place, whatever else follows it.
        if e.mentions
            .iter()
            .any(|&m| text[mentions[m].span.end..].starts_with(self.words.based.as_str()))
        {
            return false;
        }
        (with > 0 && 2 * with >= all) || self.presented_as_product(text, e, mentions)
    }

    /// True for a listed first name ("Anna"), any case.
    pub fn is_first_name(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.first_names.contains(w))
    }

    /// True for a ministry's portfolio ("Finance", "trade"), any case.
    pub fn is_portfolio(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.words.portfolios.contains(w))
    }

    /// True for a listed first name or surname ("Anna", "Banks"), any case.
    pub fn is_person_word(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.person_names.contains(w))
    }

    /// True for a word that joins the last item of a list ("and"), not
    /// one that joins one company's name ("&").
    pub fn is_list_and(&self, word: &str) -> bool {
        self.is_list_join(word) && word.chars().all(char::is_alphabetic)
    }

    /// True for a word that joins two names ("and", "&").
    pub fn is_list_join(&self, word: &str) -> bool {
        self.words.list_joins.contains(word)
    }

    /// The preposition joining a post to its organisation ("chairman of X").
    pub fn of_word(&self) -> &str {
        &self.words.of
    }

    /// True when `words` name a country or place ("U.S."; "Canadian" is not).
    pub fn is_country(&self, words: &str) -> bool {
        let key = resolve_key(&self.names, words);
        !key.is_empty()
            && (self.is_place(words)
                || self.is_place(&key)
                || self
                    .names
                    .place_aliases
                    .iter()
                    .any(|(a, f)| *a == key || *f == key))
    }

    /// "Harcourt Private" read as a person beside "Harcourt Bank" (or
    /// beside "Harcourt" alone): a name that opens with a company's first
    /// word, and with no first name, is one of its units or brands. Retypes such names (each a list of
    /// `words`) to organisations and returns their indices.
    pub fn units_of_companies(
        &self,
        words: &[Vec<String>],
        kinds: &mut [EntityKind],
    ) -> Vec<usize> {
        let firsts: FxHashSet<&str> = (0..words.len())
            .filter(|&c| kinds[c] == EntityKind::Org)
            .filter_map(|c| words[c].first().map(String::as_str))
            .collect();
        let units: Vec<usize> = (0..words.len())
            .filter(|&c| {
                kinds[c] == EntityKind::Person
                    && words[c].len() >= 2
                    && words[c]
                        .first()
                        .is_some_and(|f| firsts.contains(f.as_str()) && !self.is_first_name(f))
            })
            .collect();
        units.iter().for_each(|&c| kinds[c] = EntityKind::Org);
        units
    }

    /// True when the name's first word is a known first name ("Anna Banks").
    fn starts_with_first_name(&self, name: &str) -> bool {
        name.split_whitespace()
            .next()
            .is_some_and(|f| with_lowercase(f, |f| self.first_names.contains(f)))
    }

    /// True when the name is listed as an organisation ("Procter and Gamble").
    pub fn is_listed_org(&self, name: &str) -> bool {
        self.is_listed_org_key(&self.key(name))
    }

    /// True when a listed place's possessive stands right before the name
    /// ("Norway's Statnor"), and the name is no listed place itself nor
    /// the maker's mark of an index or product ("Japan's Tarvo stock index").
    fn place_possessive_before(&self, text: &str, span: crate::model::Span) -> bool {
        let marks = text[span.end..]
            .split_whitespace()
            .take(2)
            .map(|w| w.trim_end_matches([',', '.', ';']))
            .any(|w| {
                self.words.index_nouns.contains(w)
                    || self.words.product_nouns.contains(w)
                    || self.words.model_nouns.contains(w)
            });
        if marks {
            return false;
        }
        let Some(prev) = text[..span.start].strip_suffix(' ') else {
            return false;
        };
        let Some(owner) = prev.strip_suffix("'s").or_else(|| prev.strip_suffix("’s")) else {
            return false;
        };
        let owner = owner.rsplit(char::is_whitespace).next().unwrap_or("");
        // "Germany's Merkel": a listed surname is a person's.
        let last = span.slice(text).rsplit(' ').next().unwrap_or("");
        owner.starts_with(char::is_uppercase)
            && self.is_country(owner)
            && !self.is_place(span.slice(text))
            && !with_lowercase(last, |l| self.person_names.contains(l))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn the_letters_a_text_opens_with_are_its_alphabetic_run() {
        for text in [
            "software firm",
            "Über-app",
            "9 chips",
            "",
            "chips",
            "naïve, it",
        ] {
            let gathered: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
            assert_eq!(super::letters_opening(text), gathered, "{text:?}");
        }
    }

    #[test]
    fn a_unit_in_apposition_or_a_company_bought_is_an_organisation() {
        let text = "Velmar Group said it would sell its private banking arm, Harriet Private, \
                    to Orvo Capital. A judge blocked Orvo Capital's planned purchase of \
                    Milton Surgical on Friday. The companies Brasko-Lund and Velmar Group \
                    did not comment.";
        assert_eq!(kind_of(text, "Harriet Private"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Milton Surgical"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Brasko-Lund"), Some(EntityKind::Org));
    }

    #[test]
    fn a_region_is_a_place_and_a_model_code_before_engines_a_product() {
        let text = "Tarsia Air will buy the jets. Jon Marr, Tarsia Air's North America CEO, \
                    said the jets will fly with KVnx-2C engines. Velmar Europe sells them in \
                    Latin America.";
        assert_eq!(kind_of(text, "North America"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Latin America"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "KVnx-2C"), Some(EntityKind::Product));
    }

    #[test]
    fn a_works_opened_by_a_first_name_and_a_bay_are_places() {
        let text = "Aircraft maker Velmar Aero unveiled its new jet at its Dexter Factory \
                    near Oslo, Norway.";
        assert_eq!(kind_of(text, "Dexter Factory"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Velmar Aero"), Some(EntityKind::Org));
        let text = "The test jet circled the Bay of Tarsia before it landed in Oslo.";
        assert_eq!(kind_of(text, "Bay of Tarsia"), Some(EntityKind::Loc));
        let text = "The old vessel Korvin is to move to the Bristol Channel, and the new \
                    one to the Tarsa Estuary.";
        assert_eq!(kind_of(text, "Bristol Channel"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Tarsa Estuary"), Some(EntityKind::Loc));
    }

    #[test]
    fn a_name_before_flight_is_an_airline() {
        let text = "The jet will be branded as a Lindora flight and fly from Oslo to Lima.";
        assert_eq!(kind_of(text, "Lindora"), Some(EntityKind::Org));
    }

    #[test]
    fn a_person_in_apposition_to_a_company_stays_a_person() {
        let text = "The general counsel of the company, Ruth Kessler, said the sale of \
                    Janet Brody's stake was done.";
        assert_eq!(kind_of(text, "Ruth Kessler"), Some(EntityKind::Person));
        assert_eq!(kind_of(text, "Janet Brody"), Some(EntityKind::Person));
    }

    #[test]
    fn a_name_a_country_owns_is_a_company_though_which_follows() {
        let text = "Until now the office has used radiosondes made by Finland's Oravala, \
                    which remains the market leader.";
        assert_eq!(kind_of(text, "Oravala"), Some(EntityKind::Org));
    }
}
