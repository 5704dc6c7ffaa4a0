//! A maker named by its home town: "won against Tarvel of Bonn", "made by
//! the joinery Holmveld Ostrand of Deventer". News names a rival or a
//! supplier this way far more often than a person; the tagger, seeing a
//! capitalised word or two with no company word, reads a person. A name
//! read as a person, opened by no known first name and followed by "of"
//! and a place, is a company. The home town before a maker's trade is a
//! place: "the Tarsia knife maker Orvo", where the tagger, seeing a
//! capitalised word before a company, reads an organisation.

use crate::model::{EntityKind, Mention, Span};
use crate::pipeline::candidate::Candidate;

use super::Kinds;

/// Most lower-case words between a home town and the trade noun after it
/// ("Tarsia kitchen knife maker").
const TRADE_GAP_WORDS: usize = 2;

/// A headline's line: the name's line holds no sentence's end (a stop
/// that a space or the line's end follows).
fn headline_line(text: &str, span: Span) -> bool {
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    let line = text[start..end].trim_end();
    !line.ends_with(['.', '!', '?']) && !line.contains(". ")
}

impl Kinds {
    /// True when the name at `span` is the home town of a maker named right
    /// after it: after a determiner or a preposition, up to
    /// [`TRADE_GAP_WORDS`] lower-case words of its goods, a company noun
    /// that makes no owner or rival of the name (see the owner nouns:
    /// "Tarvo unit Hellmar"), then a capitalised name or "of" — "the
    /// Tarsia knife maker Orvo", "the Velden trading house Kesto", "the
    /// Orvik maker of pencils"; or, in an apposition after a comma, the
    /// phrase's end ("Orvo, the Tarsia robe maker."). Goods may be
    /// hyphenated ("the Tarsia farm-services group Orvo"). A subject before
    /// a verb ("Orvo bought startup Kesto") has neither word before it.
    ///
    /// A headline's noun phrase needs no article: at a line's start or
    /// after its verb, the trade may end the phrase ("Tarsia bindery wins
    /// order", "Orvo buys Tarsia cooperage Kesto"); and a trade's
    /// possessive ends one too ("the Tarsia company's sales").
    pub(super) fn home_of_trade(&self, text: &str, span: Span) -> bool {
        let prev = super::word_before(text, span.start);
        let apposition = super::word_start_before(text, span.start)
            .is_some_and(|(at, _)| text[..at].trim_end().ends_with(','));
        // A headline's verb, or nothing before the name on its line.
        let bare = prev.is_empty()
            || prev.chars().all(char::is_lowercase)
                && !self.words.list_joins.contains(prev)
                && !self.words.determiners.contains(prev)
                && !self.names.prepositions.contains(prev);
        let headline = bare && headline_line(text, span);
        let opened_by_word = self.words.determiners.contains_lowercase(prev)
            || self.names.prepositions.contains(prev) && !self.words.list_joins.contains(prev);
        let opened = opened_by_word || headline;
        let Some(after) = text[span.end..].strip_prefix(' ') else {
            return false;
        };
        // "the Tarsian maker Orvo": a nationality word, or the demonym of a
        // listed place ("the Cretan cooperative"), is no town (read only
        // for a name an article or a headline opens).
        let name = span.slice(text);
        let demonym = || {
            !self.is_place(name)
                && name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| self.is_demonym_of_place(last))
        };
        if !opened || demonym() || self.is_nationality(name) {
            return false;
        }
        let mut words = after.split(' ');
        for gap in 0..=TRADE_GAP_WORDS {
            let Some(written) = words.next() else {
                return false;
            };
            let bare_word = written.trim_end_matches([',', '.', ';']);
            // "the Tarsia company's sales": the possessive ends the phrase.
            let word = bare_word
                .strip_suffix("'s")
                .or_else(|| bare_word.strip_suffix("’s"))
                .unwrap_or(bare_word);
            let possessive = word.len() < bare_word.len();
            let closes = bare_word.len() < written.len();
            // "by Jo Tarn as a maker of": goods are no function words.
            if !word.starts_with(char::is_lowercase)
                || !word.chars().all(|c| c.is_alphabetic() || c == '-')
                || word.ends_with('-')
                || self.words.determiners.contains(word)
                || self.names.prepositions.contains(word)
            {
                return false;
            }
            // A headline's verb is no goods: "Orvo Freight buys parcel
            // start-up Kesto" (goods of one word at most, never a verb's
            // "-s": "Tarsia clog maker").
            if headline
                && !opened_by_word
                && (gap > 1
                    || word
                        .strip_suffix('s')
                        .is_some_and(|stem| !stem.ends_with('s'))
                        && !self.is_org_noun_before(word)
                        && !self.words.trade_plurals.contains(word))
            {
                return false;
            }
            // "the Tarsia architects Orvell": a plural trade of people too.
            // A company noun that goods open may stand before the trade
            // ("the Tarsia dairy group Orvo": "dairy" is one, "group" the
            // trade), so a small word after it is read on.
            if possessive {
                return self.is_org_noun_before(word)
                    && (gap > 0 || !self.words.owner_nouns.contains(word));
            }
            if closes {
                return apposition
                    && gap > 0
                    && (self.is_org_noun_before(word) || self.words.trade_plurals.contains(word));
            }
            if self.is_org_noun_before(word) || self.words.trade_plurals.contains(word) {
                let next = words.clone().next();
                let trade_next = next.is_some_and(|n| {
                    let n = n.trim_end_matches([',', '.', ';']);
                    self.is_org_noun_before(n) || self.words.trade_plurals.contains(n)
                });
                // A headline's phrase ends at its trade: "Tarsia bindery wins
                // order" (an owner noun there is the name's: "Orvo unit to
                // close").
                if headline
                    && !trade_next
                    && next.is_none_or(|n| n.starts_with(char::is_lowercase))
                    && (gap > 0 || !self.words.owner_nouns.contains(word))
                {
                    return true;
                }
                if next.is_some_and(|n| n.starts_with(char::is_lowercase) && n != self.words.of) {
                    continue;
                }
                // An owner noun after goods is a trade: "the Tarsia dairy
                // group Orvo" (no group of Tarsia's).
                return (gap > 0 || !self.words.owner_nouns.contains(word))
                    && next.is_some_and(|next| {
                        next.starts_with(char::is_uppercase) || next == self.words.of
                    });
            }
        }
        false
    }

    /// True when the candidate at `i` is a person's name, opened by no
    /// listed first name, right before "of" and a place's name (or a name
    /// read as a company that is a maker's home, see
    /// [`Kinds::home_after_maker`]).
    pub(super) fn company_of_home(&self, text: &str, candidates: &[Candidate], i: usize) -> bool {
        let m = &candidates[i].mention;
        if m.kind != EntityKind::Person || m.nominal {
            return false;
        }
        let Some(next) = candidates.get(i + 1).map(|n| &n.mention) else {
            return false;
        };
        let name = m.span.slice(text);
        (next.kind == EntityKind::Loc || self.home_after_maker(text, candidates, i + 1))
            && !next.nominal
            && self.of_between(text, m.span, next.span)
            && !self.starts_with_first_name(name)
            && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
    }

    /// True when only "of" stands between two names, or a comma and "of"
    /// ("Tarvel, of Bonn, and …").
    fn of_between(&self, text: &str, first: Span, second: Span) -> bool {
        text.get(first.end..second.start)
            .map(|g| g.strip_prefix(',').unwrap_or(g))
            .and_then(|g| g.strip_prefix(' '))
            .and_then(|g| g.strip_suffix(' '))
            == Some(self.words.of.as_str())
    }

    /// True when the candidate at `i`, read as a company, is the home town
    /// of the maker named right before it: "of" between them, the maker a
    /// company or a name with no listed first name, and the home a name of
    /// capitalised words, no company's by its words or a list, that a comma
    /// or the sentence's end closes ("sold to Tarvo Sporting Goods Ltd of
    /// Dunvessa, the country's largest …", "made by Orsi Armonia of Castelvo,
    /// a supplier"). A person's employer stays one: "Jo Tarn of Orvo".
    pub(super) fn home_after_maker(&self, text: &str, candidates: &[Candidate], i: usize) -> bool {
        let m = &candidates[i].mention;
        m.kind == EntityKind::Org
            && i.checked_sub(1)
                .is_some_and(|p| self.is_home_after(text, &candidates[p].mention, m))
    }

    /// True when `home` names the home town of `maker` (see
    /// [`Kinds::home_after_maker`]), whatever kind `home` was given.
    pub(super) fn is_home_after(&self, text: &str, maker: &Mention, home: &Mention) -> bool {
        let name = home.span.slice(text);
        let maker_name = maker.span.slice(text);
        let closed = text[home.span.end..].starts_with([',', '.', ';']);
        !home.nominal
            && !maker.nominal
            && closed
            && self.of_between(text, maker.span, home.span)
            && match maker.kind {
                EntityKind::Org => true,
                EntityKind::Person => !self.starts_with_first_name(maker_name),
                _ => false,
            }
            && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
            && !self.is_company_name(name)
            && !self.is_compound_company(name)
            && !self.is_listed_org(name)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_name_of_a_home_town_without_a_first_name_is_a_company() {
        let text = "The Bergen order was won against Tarvelk of Hamburg and the builder \
                    Rammel. The case is made by Holmveld Ostrand of Deventer, and Anna \
                    Marsh of Leeds said the deal was good.";
        assert_eq!(kind_of(text, "Tarvelk"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Holmveld Ostrand"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Anna Marsh"), Some(EntityKind::Person));
        // Set off by commas.
        let text = "Its rivals are Tarvelk, of Mirnau in western Austria, and Orvasta.";
        assert_eq!(kind_of(text, "Tarvelk"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Mirnau"), Some(EntityKind::Loc));
    }

    #[test]
    fn a_home_town_before_a_trade_in_a_headline_is_a_place() {
        let text = "Dunvessa bindery wins order for 9,000 books\n\nThe work starts in May.";
        assert_eq!(kind_of(text, "Dunvessa"), Some(EntityKind::Loc));
        let text = "Orvasta buys Kelmsby cooperage Tarnwell for £3m\n\nThe deal closes in May.";
        assert_eq!(kind_of(text, "Kelmsby"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Tarnwell"), Some(EntityKind::Org));
        let text = "Ilse Marr ran the Harnau company's sales in Asia until last year.";
        assert_eq!(kind_of(text, "Harnau"), Some(EntityKind::Loc));
        let text = "Its plate comes from the Harnau stockholder Velkwist Steel.";
        assert_eq!(kind_of(text, "Harnau"), Some(EntityKind::Loc));
        // A company's verb and its goods in a headline are no trade.
        let text = "Orvasta Freight buys parcel start-up Tarnwell\n\nThe deal closes in May.";
        assert_eq!(kind_of(text, "Orvasta Freight"), Some(EntityKind::Org));
        // An owner's unit in a headline stays the owner's.
        let text = "Orvasta unit to close two plants\n\nThe work stops in May.";
        assert_ne!(kind_of(text, "Orvasta"), Some(EntityKind::Loc));
    }

    #[test]
    fn a_home_town_before_a_makers_trade_is_a_place() {
        let text = "The Velden seaweed harvester Orvak Teoranta signed a deal.";
        assert_eq!(kind_of(text, "Velden"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Orvak Teoranta"), Some(EntityKind::Org));
        let text = "Velmar sells its crop through the Tarnau trading house Kornkontor \
                    Eckl, which supplies brewers.";
        assert_eq!(kind_of(text, "Tarnau"), Some(EntityKind::Loc));
        let text = "Lasky Tarn, the Brezovice maker of graphite pencils, grew.";
        assert_eq!(kind_of(text, "Brezovice"), Some(EntityKind::Loc));
        // A county that is also a cricket team's name.
        let text = "Its cloth is woven by the Warwickshire mill Tarnley Weaving Co.";
        assert_eq!(kind_of(text, "Warwickshire"), Some(EntityKind::Loc));
        let text = "The hall was drawn by the Brisbane architects Orvell.";
        assert_eq!(kind_of(text, "Brisbane"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Orvell"), Some(EntityKind::Org));
        // Hyphenated goods, and the trade closing an apposition.
        let text = "Its books went to the Harnau farm-services group Velkwist Agri.";
        assert_eq!(kind_of(text, "Harnau"), Some(EntityKind::Loc));
        let text = "Its rival is Orvell & Tarn, the Kelmsford robe maker.";
        assert_eq!(kind_of(text, "Kelmsford"), Some(EntityKind::Loc));
        // A company noun of goods before the trade: "dairy group".
        let text = "Ilse Marr is leaving the Harnau dairy group Velkwist, where she ran exports.";
        assert_eq!(kind_of(text, "Harnau"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Velkwist"), Some(EntityKind::Org));
    }

    #[test]
    fn a_home_town_after_a_maker_and_of_is_a_place() {
        let text = "Brimfold Bats Ltd is selling a stake to Tarvo Sporting Goods Ltd of \
                    Dunvessa, the country's second-largest bat maker.";
        assert_eq!(kind_of(text, "Dunvessa"), Some(EntityKind::Loc));
        let text = "Its reeds are made by Orsi Armonia of Castelvo, a supplier it shares \
                    with most of the town's makers.";
        assert_eq!(kind_of(text, "Castelvo"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Orsi Armonia"), Some(EntityKind::Org));
        // A person's employer stays a company.
        let text = "The order was signed by Anna Velde of Tarvo, the maker said.";
        assert_ne!(kind_of(text, "Tarvo"), Some(EntityKind::Loc));
    }

    #[test]
    fn an_owner_before_its_unit_or_a_founder_as_a_maker_is_no_home_town() {
        let text = "Last year Velmar bought the startup Kestova. The order went to the \
                    Tarvo unit Hellmark.";
        assert_eq!(kind_of(text, "Tarvo"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Velmar"), Some(EntityKind::Org));
        let text = "Velmar competes with Orvasta. Anna Velde founded it as a maker of pencils.";
        assert_eq!(kind_of(text, "Anna Velde"), Some(EntityKind::Person));
    }
}
