//! Words joined into one: a trade's compound that is a company noun
//! ("wagonmaker", "yachtbuilder") and a name joined by a hyphen to a
//! participle that makes an adjective of it ("Paris-listed"), which before
//! a name says it is a company's ("the Córdoba-based Tarsino").

use crate::lang::{WordList, words_back};
use crate::model::EntityKind;
use crate::pipeline::candidate::Candidate;

use super::Kinds;

/// Most words between a verb of buying or a noun of credit and the "from"
/// of its seller ("ordered six AW189 helicopters from").
const SUPPLY_GAP_WORDS: usize = 4;
/// Most words between a maker's participle and the "by" of its agent ("lent
/// by the cooperative bank Orvo Lapp and by").
const AGENT_GAP_WORDS: usize = 8;
/// Most words between a lender and its verb of lending ("has agreed to
/// lend").
const LENDER_GAP_WORDS: usize = 3;

impl Kinds {
    /// "Wagonmaker", "lawmaker": a lower-case word of four letters or more
    /// before a compound head ("maker") is a common noun of a trade (a
    /// company's or a person's), no name.
    pub fn is_trade_compound(&self, word: &str) -> bool {
        self.words.compound_heads.iter().any(|head| {
            word.strip_suffix(head).is_some_and(|trade| {
                trade.chars().count() >= 4 && trade.chars().all(|c| c.is_lowercase())
            })
        })
    }

    /// "Paris-listed", "German-speaking": a capitalised word joined by a
    /// hyphen to a lower-case participle is an adjective, no name. Group
    /// adjectives ("Kremlin-backed") are left to the groups' reading.
    pub fn is_hyphenated_adjective(&self, name: &str) -> bool {
        let Some((head, tail)) = name.split_once('-') else {
            return false;
        };
        head.starts_with(char::is_uppercase)
            && !head.contains(char::is_whitespace)
            && tail.chars().count() > 3
            && tail.chars().all(char::is_lowercase)
            && self
                .words
                .adjective_endings
                .iter()
                .any(|e| tail.ends_with(e))
            && !self.words.group_suffixes.iter().any(|s| name.ends_with(s))
    }

    /// "asset manager", "market leader": a company's head of two words
    /// (`modifier` and `head`), though its last word alone names a person's
    /// job or a product ("manager") too.
    pub(super) fn is_company_compound_head(&self, modifier: &str, head: &str) -> bool {
        self.words
            .company_compound_heads
            .contains(&format!("{} {head}", modifier.to_lowercase()))
    }

    /// "the asset manager Orvik", "the investment manager Tarnell Holt": a
    /// company's head of two words right before the name at `span`, which
    /// no given name opens ("the fund manager Jo Tarn" is hers).
    pub(super) fn company_compound_head_before(
        &self,
        text: &str,
        span: crate::model::Span,
    ) -> bool {
        let Some((at, head)) = super::word_start_before(text, span.start) else {
            return false;
        };
        let modifier = super::word_before(text, at);
        self.is_company_compound_head(modifier, head)
            && !self.starts_with_first_name(span.slice(text))
    }

    /// "the insurer Helvetia", "the asset manager Orvik": a company noun
    /// in small letters right before the name at `span` (a noun a person's
    /// job shares only before a name no given name opens).
    pub(super) fn described_as_company(&self, text: &str, span: crate::model::Span) -> bool {
        let noun = super::word_before(text, span.start);
        let shared = self.words.shared_nouns.contains(noun);
        (self.is_org_noun_before(noun)
            && !(shared && self.starts_with_first_name(span.slice(text))))
            || self.company_compound_head_before(text, span)
    }

    /// True for the key of a listed country, state or province ("brazil",
    /// "alberta"): a company noun before it ("the top producer Brazil")
    /// makes no company of it.
    pub(super) fn is_country_or_state(&self, key: &str) -> bool {
        self.countries.contains(key)
    }

    /// "the Córdoba-based Tarsino", "the Czech-owned Vellmar": a hyphenated
    /// adjective with a company compound's ending (something before the
    /// hyphen) right before the name at `start`.
    pub(super) fn company_compound_before(&self, text: &str, start: usize) -> bool {
        let prev = super::word_before(text, start);
        self.words
            .company_compounds
            .iter()
            .any(|end| prev.len() > end.len() && prev.ends_with(end))
    }

    /// "bought 12 trains from Kelvrach", "a loan from Torvy": the name at
    /// `start` right after "from", with a verb of buying or a noun of credit
    /// at most [`SUPPLY_GAP_WORDS`] words before it in the same clause. The
    /// seller or lender is a company, or a person (a place sells nothing).
    pub(super) fn supplied_from(&self, text: &str, start: usize) -> bool {
        self.cue_before_from(text, start, &self.words.supply_cues)
    }

    /// "its engines come from Orvel": the name at `start` right after
    /// "from", with a verb of goods arriving at most [`SUPPLY_GAP_WORDS`]
    /// words before it in the same clause. A maker, or a place the goods
    /// are from, or a person who sold shares ("the shares came from Jo
    /// Tarn"): the caller tells them apart.
    pub(super) fn arrived_from(&self, text: &str, start: usize) -> bool {
        self.cue_before_from(text, start, &self.words.supply_verbs)
    }

    /// "from" right before `start` (or before a possessor right before it:
    /// "from Tarsia's Orvo") and one of `cues` at most
    /// [`SUPPLY_GAP_WORDS`] words before it in the same clause.
    fn cue_before_from(&self, text: &str, start: usize, cues: &WordList) -> bool {
        self.cue_before_preposition(text, start, &self.words.supply_from, cues)
    }

    /// "supplies modules to Orvo", "was sold to Tarvik", "leases its jets to
    /// Tarsia's Velmar": the name at `start` right after "to" (or a
    /// possessor), with a verb of selling, supplying or leasing at most
    /// [`SUPPLY_GAP_WORDS`] words before it in the same clause. The
    /// customer is a company, a person or a listed place.
    /// An offered or planned sale ("had offered to supply carriages to
    /// Orvo", the verb an infinitive) says nothing here.
    pub(super) fn sold_to(&self, text: &str, start: usize) -> bool {
        let cues = &self.words.sale_cues;
        let infinitive = || {
            words_back(&text[..start])
                .skip_while(|w| !cues.contains_lowercase(w))
                .nth(1)
                .is_some_and(|before| self.words.sale_to.contains(before))
        };
        self.cue_before_preposition(text, start, &self.words.sale_to, cues) && !infinitive()
    }

    /// One of `prepositions` right before `start`, past a capitalised
    /// possessor ("Tarsia's"), and one of `cues` at most
    /// [`SUPPLY_GAP_WORDS`] words before it in the same clause.
    fn cue_before_preposition(
        &self,
        text: &str,
        start: usize,
        prepositions: &WordList,
        cues: &WordList,
    ) -> bool {
        let Some((mut at, mut prev)) = super::word_start_before(text, start) else {
            return false;
        };
        if is_possessor(prev) {
            let Some(before) = super::word_start_before(text, at) else {
                return false;
            };
            (at, prev) = before;
        }
        if !prepositions.contains(prev) {
            return false;
        }
        let before = &text[..at];
        words_back(before)
            .take(SUPPLY_GAP_WORDS + 1)
            .take_while(|w| !w.ends_with([',', '.', ';', ':']))
            .any(|w| cues.contains_lowercase(w))
    }

    /// "the stoves are made in Tarsia by Orvo", "lent by Kesto Bank and by
    /// Orvo", "Orvo is lending the venture €6m": the agent of a maker's or
    /// lender's participle after "by" (the participle at most
    /// [`AGENT_GAP_WORDS`] words back in the same clause), or the subject
    /// of a verb of lending (at most [`LENDER_GAP_WORDS`] words after it,
    /// no comma between). A place makes and lends nothing.
    pub(super) fn made_or_lent_by(&self, text: &str, span: crate::model::Span) -> bool {
        let agent = super::word_start_before(text, span.start).is_some_and(|(at, prev)| {
            self.words.passive_agent.contains(prev)
                && words_back(&text[..at])
                    .take(AGENT_GAP_WORDS)
                    .take_while(|w| !w.ends_with([',', '.', ';', ':']))
                    .any(|w| self.words.maker_participles.contains_lowercase(w))
        });
        // A name a space does not follow ("Orvo,", "Orvo's") is no
        // lender: told before the words after it are read.
        let lender = || {
            let mut after = text[span.end..].split(' ').skip(1);
            text[span.end..].starts_with(' ')
                && (0..=LENDER_GAP_WORDS)
                    .map_while(|_| after.next())
                    .take_while(|w| w.chars().all(char::is_lowercase))
                    .any(|w| self.words.lend_verbs.contains(w))
        };
        agent || lender()
    }

    /// "Tarsino, owned by Orvo", "Vellmar, founded in 1921": ", ", then a
    /// participle and its preposition that no person is the subject of,
    /// right after the name ending at `end`.
    pub(super) fn owned_after(&self, text: &str, end: usize) -> bool {
        text[end..].strip_prefix(", ").is_some_and(|rest| {
            self.words.owned_participles.iter().any(|p| {
                rest.strip_prefix(p)
                    .is_some_and(|after| after.starts_with(' '))
            })
        })
    }

    /// "the Tarvo-owned chain Kesmark", "a Velmar-backed startup": a name
    /// the tagger read with the participle after its hyphen is the owner,
    /// an organisation, without it, unless the whole is a group adjective
    /// of a nation or government ("Kremlin-owned", left to the groups) or
    /// the owner is a listed place ("Texas-owned"). A company may bear a
    /// given name ("the Wendeline-owned ripener").
    /// Returns how many names were cut.
    pub fn cut_owner_compounds(&self, text: &str, candidates: &mut [Candidate]) -> usize {
        let mut cut = 0;
        for c in candidates.iter_mut() {
            let m = &mut c.mention;
            if !m.kind.is_name() || m.nominal || m.kind == EntityKind::Nationality {
                continue;
            }
            let name = m.span.slice(text);
            let Some(stem) = self
                .words
                .owner_suffixes
                .iter()
                .find_map(|s| name.strip_suffix(s))
            else {
                continue;
            };
            if stem.is_empty()
                || !stem.starts_with(char::is_uppercase)
                || self.is_nationality(name)
                || self.is_place(stem)
            {
                continue;
            }
            m.span.end = m.span.start + stem.len();
            m.kind = EntityKind::Org;
            cut += 1;
        }
        cut
    }
}

/// A capitalised word in the possessive: "Tarsia's", "Orvo’s".
fn is_possessor(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && super::is_possessive(word)
}

#[cfg(test)]
mod tests {
    fn kinds() -> super::Kinds {
        let lang = crate::lang::Language::english().expect("English loads");
        super::Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads)
    }

    #[test]
    fn a_trade_before_maker_or_builder_is_a_trade_noun() {
        let k = kinds();
        for word in ["wagonmaker", "yachtbuilder", "truckmakers"] {
            assert!(k.is_trade_compound(word), "{word}");
        }
        // A short or capitalised first part is no trade.
        for word in ["tomaker", "Velmaker", "makeshift", "maker"] {
            assert!(!k.is_trade_compound(word), "{word}");
        }
    }

    #[test]
    fn a_company_compound_before_or_an_owner_after_makes_a_company() {
        use crate::model::EntityKind;
        use crate::pipeline::tests::kind_of;
        let text = "Orvella will merge with the Córdoba-based Tarsino de Vella, while \
                    Brodny Kwiaty, owned by the Dutch group Helvig Voss, and the \
                    Czech-owned Zelena Vrba stay apart.";
        for name in ["Tarsino de Vella", "Brodny Kwiaty", "Zelena Vrba"] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
        // A seller or lender the tagger read as a place.
        let text = "Velmar bought 12 trains from Kelvrach in 2022 and took a loan from \
                    Torvasbank. It also bought land from Austria.";
        assert_eq!(kind_of(text, "Kelvrach"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Torvasbank"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Austria"), Some(EntityKind::Loc));
        // A first name before a last word no list names does not.
        let text = "Orvella paid 18 million euros for the Cork-based Lee Vardon Weavers.";
        assert_eq!(kind_of(text, "Lee Vardon Weavers"), Some(EntityKind::Org));
        // A first name keeps its person.
        let text = "The London-based Anna Tarnwell said the Orvo deal was off.";
        assert_eq!(kind_of(text, "Anna Tarnwell"), Some(EntityKind::Person));
    }

    #[test]
    fn a_name_that_belongs_to_a_group_is_a_company() {
        use crate::model::EntityKind;
        let text = "Glenvar has bought its tiles from Marden and from Tarnoft, which \
                    belongs to the Austrian group Orvaberg.";
        assert_eq!(
            crate::pipeline::tests::kind_of(text, "Tarnoft"),
            Some(EntityKind::Org)
        );
    }

    #[test]
    fn a_name_owned_compound_is_its_owner() {
        use crate::model::EntityKind;
        use crate::pipeline::tests::kind_of;
        let text = "Ormsley sells to garden centres, among them the Tarvenko-owned chain \
                    Brisvale, and to Kremlin-owned buyers.";
        assert_eq!(kind_of(text, "Tarvenko"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Tarvenko-owned"), None);
        // A company that bears a given name.
        let text = "Ormsley competes with the Wendeline-owned ripener Grenvelk.";
        assert_eq!(kind_of(text, "Wendeline"), Some(EntityKind::Org));
    }

    #[test]
    fn a_one_word_maker_or_lender_is_a_company() {
        use crate::model::EntityKind;
        use crate::pipeline::tests::kind_of;
        let text = "The stoves are made in Tarsia by Kelmvora.";
        assert_eq!(kind_of(text, "Kelmvora"), Some(EntityKind::Org));
        let text = "The rest is being lent by the cooperative bank Orvo Lapp and by Tarnquist.";
        assert_eq!(kind_of(text, "Tarnquist"), Some(EntityKind::Org));
        let text = "Velmar is putting in €9m, and Kestrovia is lending the venture a further €6m.";
        assert_eq!(kind_of(text, "Kestrovia"), Some(EntityKind::Org));
        // A person with a first name stays one.
        let text = "The chairs were made in Tarsia by Anna Marsh.";
        assert_eq!(kind_of(text, "Anna Marsh"), Some(EntityKind::Person));
    }
}
