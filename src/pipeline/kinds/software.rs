//! Software and service products that the tagger reads as organisations:
//! an app, a store, a feature has a capitalised name like a company's, and
//! only the words around it tell them apart. Signals (any mention):
//!
//! - a product description in apposition after it: "Orbit, Korvin's video
//!   calling application," (a company description wins: "Orbit, the app's
//!   developer" is the company's, see [`Kinds::repair`]);
//! - a version or copy of it (no edition: newspapers have those): "a beta version of Orbit", "two million
//!   copies of Relay";
//! - a company's possessive before it, when neither its name nor the noun
//!   after it is a company word: "Korvin's Orbit", "the company's Relay
//!   Store", but "Korvin's Tamsett unit" and "Korvin's Tamsett Systems"
//!   stay companies (units and brands are companies), and people and
//!   names with lower-case words ("the club's Anna Varga", "Varga's League
//!   for Reform") stay what they are;
//! - a list with two products known by their shape: "the zPad, zPhone and
//!   Orbit programs".
//!
//! A name right before a product is its maker ("a version of the Orvane
//! X2"), whatever is around it. The callers keep listed companies, names ending in a company word and
//! names described as companies out (see [`Kinds::repair`]).

use crate::lang::lowercase;
use crate::model::{Entity, EntityKind, Mention, Provenance};

use super::Kinds;
use super::evidence::{possessor, words_before};

/// Most words an apposition's description runs before it is read.
const APPOSITION_WORDS: usize = 6;

impl Kinds {
    /// True when the text around some name mention of `e` presents it as a
    /// software or service product (see the module documentation).
    pub(super) fn presented_as_software(
        &self,
        text: &str,
        e: &Entity,
        mentions: &[Mention],
    ) -> bool {
        // Possessives own people ("the club's Anna Varga"), parties and
        // bodies ("the leader's League for Reform") too: only a name the
        // tagger read as an organisation or "other", with no company word
        // and no lower-case word in it, is a product by its owner.
        let owned_name = matches!(e.kind, EntityKind::Org | EntityKind::Misc)
            && e.name.split_whitespace().all(|w| {
                w.starts_with(|c: char| !c.is_lowercase())
                    && !self.is_org_word(w)
                    && !self.words.body_words.contains(w)
            });
        // "the Orvane X2": a name right before a product is its maker.
        let maker = |m: usize| {
            mentions.get(m + 1).is_some_and(|p| {
                p.kind == EntityKind::Product
                    && text.get(mentions[m].span.end..p.span.start) == Some(" ")
            })
        };
        // "the Book of Prayer", "League for Reform": titles and bodies.
        let function_word = e
            .name
            .split_whitespace()
            .any(|w| w.chars().all(|c| c.is_lowercase()));
        if function_word {
            return false;
        }
        e.mentions
            .iter()
            .filter(|&&m| !mentions[m].nominal && !maker(m))
            .any(|&m| {
                let span = mentions[m].span;
                self.described_as_product(text, span.end)
                    || self.version_of(&words_before(text, span.start, 4))
                    || (owned_name && self.owned_by_company(text, mentions, m))
                    || self.between_products(text, mentions, m)
            })
    }

    /// ", Korvin's video calling application,": a description opened by a
    /// determiner or a possessive whose words hold a product noun and no
    /// company noun.
    fn described_as_product(&self, text: &str, end: usize) -> bool {
        let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(", ")) else {
            return false;
        };
        let mut words = rest.split_whitespace();
        let Some(first) = words.next() else {
            return false;
        };
        if !(self.words.determiners.contains_lowercase(first) || super::is_possessive(first)) {
            return false;
        }
        let mut phrase = Vec::new();
        for w in words.take(APPOSITION_WORDS) {
            let bare = w.trim_end_matches([',', '.', ';', ')', ':']);
            if self.words.apposition_stops.contains(bare) {
                break;
            }
            phrase.push(lowercase(bare));
            if bare.len() != w.len() {
                break;
            }
        }
        let company =
            |w: &String| self.nominal_heads.contains(w) || self.words.org_nouns_before.contains(w);
        // "a former Orvo Energy manager" is a person's past job.
        let former = |w: &String| self.words.former.contains(w);
        phrase.iter().any(|w| self.words.product_heads.contains(w))
            && !phrase.iter().any(company)
            && !phrase.iter().any(former)
    }

    /// "a beta version of X", "copies of the X": a version noun before
    /// "of", past determiners and possessives (`before` nearest first).
    fn version_of(&self, before: &[&str]) -> bool {
        let mut words = before.iter().map(|w| lowercase(w));
        let mut word = words.next();
        while word
            .as_ref()
            .is_some_and(|w| self.words.determiners.contains(w) || super::is_possessive(w))
        {
            word = words.next();
        }
        word.as_deref() == Some(self.words.of.as_str())
            && words
                .next()
                .is_some_and(|w| self.words.product_of.contains(&w))
    }

    /// "Korvin's X", "the company's X": an organisation's possessive right
    /// before mention `m` (no government's), and no company or publication
    /// noun after it ("Korvin's Tamsett unit" is a company, "Korvin's Status
    /// newsletter" a publication).
    fn owned_by_company(&self, text: &str, mentions: &[Mention], m: usize) -> bool {
        let span = mentions[m].span;
        // A government's bodies are no products ("the government's
        // Federal Service"), nor a place's companies ("California's
        // Dravio", the place read as a company).
        let owner = possessor(text, mentions, m).is_some_and(|o| {
            o.kind == EntityKind::Org
                && !self.is_government_body(text, o.span)
                && !self.is_unlisted_org_place(&self.key(o.span.slice(text)))
        });
        let next: String = text
            .get(span.end..)
            .and_then(|r| r.strip_prefix(' '))
            .map(|r| r.chars().take_while(|c| c.is_alphabetic()).collect())
            .unwrap_or_default();
        let company_after = self.nominal_heads.contains(&next)
            || self.words.org_nouns_before.contains(&next)
            || self.words.org_words_after.contains(&next)
            || self.words.publication_nouns.contains(&next)
            || self.is_org_word(&next);
        owner && !company_after
    }

    /// "the zPad, zPhone and X", "zPad, X and zPhone": mention `m` listed
    /// next to two products known by their shape.
    fn between_products(&self, text: &str, mentions: &[Mention], m: usize) -> bool {
        let product = |i: usize| {
            mentions.get(i).is_some_and(|n| {
                n.kind == EntityKind::Product && !n.nominal && n.source == Provenance::Rule
            })
        };
        let joined = |a: usize, b: usize| {
            text.get(mentions[a].span.end..mentions[b].span.start)
                .is_some_and(|gap| {
                    let words = gap.trim().trim_start_matches(',').trim();
                    (words.is_empty() && gap.trim() == ",") || self.words.list_joins.contains(words)
                })
        };
        let listed = |a: usize, b: usize| product(a) && product(b) && joined(a, b);
        let before = m >= 2 && listed(m - 2, m - 1) && joined(m - 1, m);
        let after = listed(m + 1, m + 2) && joined(m, m + 1);
        let around =
            m >= 1 && product(m - 1) && product(m + 1) && joined(m - 1, m) && joined(m, m + 1);
        before || after || around
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_product_description_in_apposition_makes_a_product() {
        let text = "Korvin Systems said on Tuesday that Velmora, Korvin's video calling \
                    application, will reach desktop users in May.";
        assert_eq!(kind_of(text, "Velmora"), Some(EntityKind::Product));
        assert_eq!(kind_of(text, "Korvin Systems"), Some(EntityKind::Org));
        // A past job is a person's.
        let text = "Korvin Systems named Tomasz Wrzelik chief executive. Wrzelik, a former \
                    Orvo Energy manager, starts in May.";
        assert_ne!(kind_of(text, "Tomasz Wrzelik"), Some(EntityKind::Product));
        let text = "Korvin Pharma sells two medicines, including the migraine drug Zentravo.";
        assert_eq!(kind_of(text, "Zentravo"), Some(EntityKind::Product));
    }

    #[test]
    fn an_version_of_a_name_is_a_product() {
        let text = "Korvin Systems said that there have been two million copies of Ostrava \
                    Vault sold. A beta version of Tessaly Mail will ship next month, Korvin \
                    Systems said.";
        assert_eq!(kind_of(text, "Ostrava Vault"), Some(EntityKind::Product));
        assert_eq!(kind_of(text, "Tessaly Mail"), Some(EntityKind::Product));
        assert_eq!(kind_of(text, "Korvin Systems"), Some(EntityKind::Org));
    }

    #[test]
    fn a_companys_possessive_makes_a_product_but_not_of_a_unit() {
        let text = "Korvin Systems will add Korvin's Brellmark Console to every desk. \
                    Korvin's Tamsett unit will build it, and Korvin's Dunmore Systems \
                    will sell it.";
        assert_eq!(
            kind_of(text, "Brellmark Console"),
            Some(EntityKind::Product)
        );
        assert_ne!(kind_of(text, "Tamsett"), Some(EntityKind::Product));
        assert_ne!(kind_of(text, "Dunmore Systems"), Some(EntityKind::Product));
        let text = "Korvin Systems backed Ostrava's League for Reform, and Brisk Labs's \
                    Tamsin Orrell scored twice.";
        assert_ne!(
            kind_of(text, "League for Reform"),
            Some(EntityKind::Product)
        );
        assert_ne!(kind_of(text, "Tamsin Orrell"), Some(EntityKind::Product));
        let text = "Output fell, according to Korvin Systems's Tarrow Weekly newsletter.";
        assert_ne!(kind_of(text, "Tarrow Weekly"), Some(EntityKind::Product));
    }

    #[test]
    fn a_name_listed_between_products_is_one() {
        let text = "The suite includes the zPad, zNote, and Tamberlane programs, Korvin \
                    Systems said.";
        assert_eq!(kind_of(text, "Tamberlane"), Some(EntityKind::Product));
        assert_eq!(kind_of(text, "Korvin Systems"), Some(EntityKind::Org));
    }
}
