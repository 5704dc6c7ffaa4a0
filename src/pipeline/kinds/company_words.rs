//! Company words: the words of a name, and the nouns before it, that say
//! it is an organisation's ("Acme Snacks", "Construcciones Tarn",
//! "Holm Kalaförlag", "the grocer Tarnly").

use crate::lang::with_lowercase;
use crate::model::Span;

use super::Kinds;

/// Fewest letters before a compound company word's head ("Tarsa" of
/// "Tarsaförlag"): "Hindus" is no company of "-ndus".
const COMPOUND_STEM: usize = 3;

impl Kinds {
    /// True for a company word that opens a company's name in languages
    /// that put the head noun first ("Grupo", "Construcciones").
    pub fn opens_company_name(&self, word: &str) -> bool {
        self.words.org_words_first.contains(word)
    }

    /// True for the head word of a public body's name ("Commission",
    /// "Assembly", "Senate"), as written.
    pub fn is_body_word(&self, word: &str) -> bool {
        self.words.body_words.contains(word)
    }

    /// True for a legal-form word written before a company's name ("PT
    /// Orvalda Jaya", "Koninklijke Tarnholm NV").
    pub fn is_legal_prefix(&self, word: &str) -> bool {
        self.words.legal_prefixes.contains(word)
    }

    /// True for a word that, after a name, makes the whole an organisation
    /// ("Motors", "Bank", "Holdings"), legal suffixes included, and the
    /// plural of a listed one ("Entertainments").
    pub fn is_org_word(&self, word: &str) -> bool {
        self.words.org_words.contains(word)
            || self.names.legal_suffixes.contains_lowercase(word)
            || word
                .strip_suffix('s')
                .is_some_and(|one| one.len() > 2 && self.words.org_words.contains(one))
            || self.is_compound_org_word(word)
    }

    /// "SL", "eG", "Ltd": a legal form's suffix written with a capital
    /// somewhere in it ("eg" and "co" in lower case are other words); or
    /// in small letters with a stop between its letters ("s.r.o.", "a.s.",
    /// "d.o.o."), which no other word is, its last stop written or not.
    pub fn is_written_legal_suffix(&self, word: &str) -> bool {
        if word.contains(char::is_uppercase) {
            return self.names.legal_suffixes.contains_lowercase(word);
        }
        let bare = word.strip_suffix('.').unwrap_or(word);
        bare.contains('.')
            && !bare.starts_with('.')
            && (self.names.legal_suffixes.contains(word)
                || bare.len() == word.len()
                    && self.names.legal_suffixes.contains(&format!("{word}.")))
    }

    /// The legal form of several words opening `rest` ("Sp. z o.o.",
    /// "spol. s r.o.", "GmbH & Co. KG"), if one does, ending at a word's
    /// end: its length in bytes.
    pub fn legal_phrase_opening(&self, rest: &str) -> Option<usize> {
        self.words.legal_phrases.iter().find_map(|p| {
            let head = rest.get(..p.len())?;
            let ends = rest[p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            (ends && head.eq_ignore_ascii_case(p)).then_some(p.len())
        })
    }

    /// `words` without the legal form of several words that closes them
    /// ("Tarsa Olbar Sp. z o.o." → "Tarsa Olbar"), if one does.
    pub fn without_legal_phrase<'w>(&self, words: &'w [String]) -> &'w [String] {
        for n in 2..words.len() {
            let tail = words[words.len() - n..].join(" ");
            if self
                .words
                .legal_phrases
                .iter()
                .any(|p| p.eq_ignore_ascii_case(&tail))
            {
                return &words[..words.len() - n];
            }
        }
        words
    }

    /// "Tarsaförlag", "Velkerijen": a capitalised compound of a language
    /// that writes compounds as one word, closed by a company word's head
    /// with at least [`COMPOUND_STEM`] letters before it, and no listed
    /// surname ("Milligan" is none of "-ligan").
    pub fn is_compound_org_word(&self, word: &str) -> bool {
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
        // The word's ends past the stem's fewest letters, each looked up in
        // the list (whose lengths and first letters turn most away): the
        // same answer as trying every head against the word's end, which
        // was a fortieth of the tagging stage.
        with_lowercase(word, |lower| {
            lower
                .char_indices()
                .skip(COMPOUND_STEM)
                .any(|(i, _)| self.words.org_word_endings.contains(&lower[i..]))
                && !self.person_names.contains(lower)
        })
    }

    /// "Tarsanews", "Orvoverket": a one-word name that is a compound company
    /// word (see [`Self::is_compound_org_word`]) and no listed place.
    pub(super) fn is_compound_company(&self, name: &str) -> bool {
        !name.contains([' ', '-'])
            && self.is_compound_org_word(name)
            && !self.places.contains(&self.key(name))
    }

    /// "the Bath masons Tarn Stone", "the architects Orvell": a plural trade
    /// of people right before a name that no listed first name opens ("the
    /// architects Jo Tarn and Ana Holm" are people).
    pub(super) fn trade_plural_before(&self, text: &str, span: Span) -> bool {
        self.words
            .trade_plurals
            .contains(super::word_before(text, span.start))
            && !self.starts_with_first_name(span.slice(text))
    }

    /// True for a lower-case noun that, right before a name, says it is an
    /// organisation's: "startup", and the plural before a list ("the
    /// supermarket chains Tarsa and Orvo").
    pub(super) fn is_org_noun_before(&self, word: &str) -> bool {
        self.words.org_nouns_before.contains(word)
            || word
                .strip_suffix('s')
                .is_some_and(|one| one.len() > 2 && self.words.org_nouns_before.contains(one))
    }

    /// True for a noun that names a kind of company ("automaker", "bank").
    pub fn is_company_noun(&self, word: &str) -> bool {
        self.nominal_heads.contains(word) || self.words.org_nouns_before.contains(word)
    }

    /// "Acme Snacks", "Acme Capital", "Stanford University": two words or
    /// more ending in a company word, neither a listed place nor ending in
    /// one ("Latin America"), nor opening with a first name ("Anna Banks")
    /// unless an institution word ends it ("Stanford University"); or two
    /// words or more opened by a company word of a language that puts the
    /// head first ("Construcciones Tarn", "Stavby Novar").
    pub(super) fn is_company_name(&self, name: &str) -> bool {
        // A name of one word is none (asked first: most names are one
        // word, and the look-ups below were most of a kind repair).
        let mut words = name.split_whitespace();
        let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
            return false;
        };
        // "Warner Bros.": an abbreviated company word keeps its stop.
        let bare_last = last
            .strip_suffix('.')
            .filter(|l| l.len() > 1)
            .unwrap_or(last);
        // A first name opens a person's name ("Anna Banks") unless the
        // company word is no surname ("Roxy Picturehouses"); a place's name
        // is no first name's ("Asia Pacific"). A word read as a company's
        // by its ending alone ("-ligan", "-ndus") is an unlisted surname
        // as often ("John Penhaligan"): after a given name it makes no
        // company.
        // A legal form in capitals ("AG", "GmbH") ends no person's name,
        // whatever given name opens it ("Aurelio Handels AG").
        let legal_form = self.is_written_legal_suffix(last)
            && last.chars().filter(|c| c.is_uppercase()).count() >= 2;
        let ends_in_company_word = (self.is_org_word(last) || self.is_org_word(bare_last))
            && !self.places.contains(&self.key(last))
            && (!with_lowercase(first, |f| self.first_names.contains(f))
                || legal_form
                || self.words.institution_words.contains(last)
                || !self.is_compound_org_word(last)
                    && !with_lowercase(last, |l| self.person_names.contains(l))
                    && !self.places.contains(&self.key(first)));
        (ends_in_company_word
            || self.words.org_words_first.contains(first)
            || self.is_compound_org_word(first))
            && !self.places.contains(&self.key(name))
            // "eastern Europe": a region, though "Acme Europe" is a company.
            && !self.is_region(name)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_reinsurers_re_and_an_abbreviated_or_plural_company_word_end_companies() {
        let text = "Its reinsurance is led by Munich Re, with Swiss Re and Tarvik Re taking \
                    smaller shares. Dunmore Controls and Harwood Bros. bid for the unit.";
        for name in ["Swiss Re", "Tarvik Re", "Dunmore Controls", "Harwood Bros."] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
    }

    #[test]
    fn a_compass_word_in_small_letters_before_a_continent_is_no_company_word() {
        let text = "Tarvik Europe opened two plants in eastern Europe last year.";
        assert_eq!(kind_of(text, "eastern Europe"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Tarvik Europe"), Some(EntityKind::Org));
    }

    #[test]
    fn a_first_name_before_a_mutual_or_aircraft_makes_a_company() {
        let text = "After the failures of Velmar Bank, Harold Mutual and Orvo Trust, \
                    the old Burbank plant of Dexter Aircraft was sold.";
        assert_eq!(kind_of(text, "Harold Mutual"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Dexter Aircraft"), Some(EntityKind::Org));
    }

    #[test]
    fn an_institution_head_makes_an_organisation_whatever_the_place_before() {
        let text = "The samples were screened at Uppsala Hospital, and the manuscript \
                    went to the Tarsian Museum in Cairo.";
        assert_eq!(kind_of(text, "Uppsala Hospital"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Tarsian Museum"), Some(EntityKind::Org));
    }

    #[test]
    fn a_compound_company_word_alone_or_first_makes_a_company() {
        let text = "The cooperative told Orvanews on Monday that the housing \
                    association Boligselskabet Tarnholm had hired Kelvik A/S.";
        for name in ["Orvanews", "Boligselskabet Tarnholm", "Kelvik A/S"] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
    }

    #[test]
    fn company_words_and_legal_forms_of_other_languages_make_companies() {
        let text = "The berries go to Tokyo through Marunaka Shokuhin and to German \
                    bakers through Velkhof Handelshaus. The sellers were Financière \
                    Tarnac and Telyn Orvydd Cyf, a workshop.";
        for name in [
            "Marunaka Shokuhin",
            "Velkhof Handelshaus",
            "Financière Tarnac",
            "Telyn Orvydd Cyf",
        ] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
    }

    #[test]
    fn a_plural_trade_before_one_name_makes_a_firm() {
        let text = "The tracery is carved by the Bath masons Tarnleigh Stone, and the \
                    architects Orvell drew the plans with the designers Jo Marsh and \
                    Ana Velde.";
        assert_eq!(kind_of(text, "Tarnleigh Stone"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Orvell"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Jo Marsh"), Some(EntityKind::Person));
    }

    #[test]
    fn trade_words_and_rivals_make_companies() {
        let text = "Tovia Therapeutics hired Selka Brewing's founder. Danish utility \
                    Arvo Energi and low-cost rival Brimsa cut prices; former Quenta \
                    engineers set up Lumen Digital with pension fund Torvin Super.";
        for name in [
            "Tovia Therapeutics",
            "Selka Brewing",
            "Arvo Energi",
            "Brimsa",
            "Quenta",
            "Torvin Super",
        ] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
    }

    #[test]
    fn savings_wealth_and_club_words_and_contractors_make_companies() {
        let text = "Velmar Bank bought Tri-Parish Savings in 2023 and the savings platform \
                    Orvo Wealth in 2024. The club finished behind local rivals Tamsett \
                    Athletic. The turrets come from Swedish subcontractor Kalvik Försvar.";
        for name in [
            "Tri-Parish Savings",
            "Orvo Wealth",
            "Tamsett Athletic",
            "Kalvik Försvar",
        ] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
    }

    #[test]
    fn a_legal_form_in_capitals_outweighs_the_given_name_that_opens_it() {
        let text = "The plan to sell a stake to the Danish grain trader Marcello \
                    Kornhandel AG collapsed. Anna Tarvik said so.";
        assert_eq!(
            kind_of(text, "Marcello Kornhandel AG"),
            Some(EntityKind::Org)
        );
        assert_eq!(kind_of(text, "Anna Tarvik"), Some(EntityKind::Person));
    }

    #[test]
    fn trades_and_company_words_of_other_languages_make_companies() {
        let text = "The Czech builder Stavex Norvik won the tender, and the online grocer \
                    Tarnly lost it. Vellmar Constructions, Cordonnerie Aubel, Norvik \
                    Slagteri and Quelltarn Oyj bid too. The Tarsia-listed Orvo Labs and the \
                    Velmish-speaking staff of Kalvik Group were told. Its rival, Brontel \
                    spin-off Quevora, closed.";
        for name in [
            "Stavex Norvik",
            "Tarnly",
            "Vellmar Constructions",
            "Cordonnerie Aubel",
            "Norvik Slagteri",
            "Quelltarn Oyj",
            "Brontel",
            "Quevora",
        ] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
        assert_eq!(kind_of(text, "Tarsia-listed"), None);
        assert_eq!(kind_of(text, "Velmish-speaking"), None);
    }

    #[test]
    fn compound_company_words_of_other_languages_make_companies() {
        let text = "Holm Kalaförlag and Brenvik Kalandus signed the deal on Monday. \
                    Vossprüfung Elbe said it would buy Dunmar Kwekerijen, and Ruth Milligan \
                    approved it.";
        for name in [
            "Holm Kalaförlag",
            "Brenvik Kalandus",
            "Vossprüfung Elbe",
            "Dunmar Kwekerijen",
        ] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
        // A listed surname closed by a company word's head is a surname.
        assert_eq!(kind_of(text, "Ruth Milligan"), Some(EntityKind::Person));
        // So is an unlisted one after a given name.
        let text = "Tarsvik was founded in 2016 by the geologist Aldous Penhaligan, \
                    who chairs it. John Zorbaligan advised it.";
        for name in ["Aldous Penhaligan", "John Zorbaligan"] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Person), "{name}");
        }
    }

    #[test]
    fn trade_nouns_and_their_plurals_before_names_make_companies() {
        let text = "Orvik sells its apples to the supermarket chains Harold Vemmer and \
                    Tollmart, buys crates from the pallet recycler Kolvane and ships them \
                    through the Latvian yard Sarvel Dokk. The pepper grower Dunmar Velde \
                    said prices rose.";
        for name in [
            "Harold Vemmer",
            "Tollmart",
            "Kolvane",
            "Sarvel Dokk",
            "Dunmar Velde",
        ] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
    }

    #[test]
    fn an_apposition_closed_by_a_participle_of_place_makes_a_company() {
        let text = "Alpen Lifte will replace six lifts, most of them with gondolas from \
                    Wendlinger, the lift maker based in nearby Orsa.";
        assert_eq!(kind_of(text, "Wendlinger"), Some(EntityKind::Org));
    }

    #[test]
    fn a_headlines_last_word_says_nothing_of_the_byline() {
        let text = "Port of Harlow hands Velmar contract to automate its container yard\n\
                    Marta Skelvik, Deputy Editor\n\n\
                    Velmar will install the cranes by May, Marta Skelvik wrote.";
        assert_eq!(kind_of(text, "Marta Skelvik"), Some(EntityKind::Person));
    }

    #[test]
    fn goods_and_investment_words_end_and_agency_words_open_companies() {
        let text = "The deal was welcomed by the market leader Brimwick Balloons and by the \
                    salmon farmer Velstad Seafood, and Tarnhof Vermögen holds the rest.";
        for name in ["Brimwick Balloons", "Velstad Seafood", "Tarnhof Vermögen"] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
        let text = "The venture has also received a grant from Údarás na Tarsaíochta, \
                    and a loan from Crédito Velmarense.";
        for name in ["Údarás na Tarsaíochta", "Crédito Velmarense"] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
    }

    #[test]
    fn a_quarry_weaver_or_foundry_before_a_name_makes_a_company() {
        let text = "The Tienen works takes its slate from the Italian quarry Ardosa Verdina \
                    and its cloth from the Belgian weaver Halvens. The city chose Velmar \
                    over the Dutch foundry Royal Velthuis.";
        for name in ["Ardosa Verdina", "Halvens", "Royal Velthuis"] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
    }
}
