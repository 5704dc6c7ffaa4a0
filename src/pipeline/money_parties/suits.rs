//! Suits: a lawsuit's money goes from the one sued to the one suing. A
//! story tells its suit ("P sues D over patents", "P has filed a lawsuit
//! against D", "D was sued by P", "to settle a lawsuit brought by P") and
//! its money in the same sentence or a few after ("P is seeking damages
//! that could exceed $N"; "The first lawsuit was settled in 1981, with D
//! paying $N"): damages and settlements are paid by the defendant to the
//! plaintiff. A figure whose sentence speaks of the suit or its money and
//! whose parties agree with the suit takes the side it lacks. Read for
//! figures no deal carries, after the frames and deals.

use crate::lang::{Language, SuitWords};
use crate::model::{EntityKind, Mention, MoneyFact, Span};

use crate::pipeline::deal_payee::unlinked_figures;
use crate::pipeline::segment::Segmentation;

/// How many sentences before the figure's the suit may be told (the
/// headline "P sues D" and a lead that tells it again).
const SUIT_REACH: usize = 6;

/// How many tokens may stand between the suing party's name and its verb
/// ("P has twice before sued", "P has filed").
const SUBJECT_REACH: usize = 4;

/// How many tokens after the verb, "against" or "by" the other party's
/// name may start ("against computer and electronics maker D").
const OBJECT_REACH: usize = 5;

/// How many tokens may stand between a verb of filing and the suit's noun
/// ("filed a patent lawsuit").
const NOUN_REACH: usize = 3;

/// A suit as a sentence tells it: the one suing and the one sued, by
/// entity, either possibly unnamed.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Suit {
    plaintiff: Option<usize>,
    defendant: Option<usize>,
}

/// Gives each figure no deal carries and no unit prices, whose sentence
/// speaks of a suit or its money and names no one but the suit's parties
/// before the amount,
/// the side it lacks from the suit its sentence or the nearest before it
/// tells: the defendant pays, the plaintiff is paid. A figure whose
/// parties disagree with the suit (its plaintiff paying, or a payer other
/// than its named defendant) keeps them.
pub fn suit_parties(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    money: &mut [MoneyFact],
) {
    let words = &lang.money.suits;
    let mut told: Vec<Option<Suit>> = vec![None; seg.sentences.len()];
    let mut read = vec![false; seg.sentences.len()];
    for (fact, amount) in unlinked_figures(money, mentions) {
        let s = seg.sentence_index(amount.span.start);
        if !speaks_of_suit(words, text, seg, s) || !is_payment(lang, text, seg, s, amount.span) {
            continue;
        }
        let Some(suit) = (s.saturating_sub(SUIT_REACH)..=s).rev().find_map(|k| {
            if !read[k] {
                (told[k], read[k]) = (suit_told(lang, text, seg, mentions, k), true);
            }
            told[k]
        }) else {
            continue;
        };
        // A payer the suit leaves unnamed may be its defendant ("D will pay
        // $N to settle a suit brought by P"), never its plaintiff ("P, which
        // sued D in May, paid $N for a plant" is no money of the suit).
        let agrees = fact
            .investor
            .is_none_or(|p| suit.defendant.is_none_or(|d| d == p) && Some(p) != suit.plaintiff)
            && fact
                .recipient
                .is_none_or(|q| suit.plaintiff.is_none_or(|x| x == q) && Some(q) != suit.defendant);
        // The suit as the figure completes it: its payer stands for a
        // defendant the suit leaves unnamed, its payee for the plaintiff.
        let suit = Suit {
            plaintiff: fact.recipient.or(suit.plaintiff),
            defendant: fact.investor.or(suit.defendant),
        };
        if !agrees || names_stranger(seg, mentions, (s, amount.span), suit) {
            continue;
        }
        (fact.investor, fact.recipient) = (suit.defendant, suit.plaintiff);
    }
}

/// True when sentence `s` has a word of suing, of a lawsuit or of its
/// money ("damages", "settled").
fn speaks_of_suit(words: &SuitWords, text: &str, seg: &Segmentation, s: usize) -> bool {
    seg.sentences.get(s).is_some_and(|x| {
        seg.tokens[x.tokens.clone()].iter().any(|t| {
            let w = t.slice(text);
            words.money.contains_lowercase(w)
                || words.verbs.contains_lowercase(w)
                || words.nouns.contains_lowercase(w)
        })
    })
}

/// True when the amount at `span` of sentence `s` is no worth, market
/// value or measure: money that moves.
fn is_payment(lang: &Language, text: &str, seg: &Segmentation, s: usize, span: Span) -> bool {
    let words = &lang.money;
    !(crate::pipeline::valuations::is_valuation(words, text, seg, s, span)
        || crate::pipeline::valuations::is_market_value(words, text, seg, s, span)
        || crate::pipeline::measures::is_measure(words, text, seg, s, span))
}

/// True when sentence `s` names, before the amount at `span`, an
/// organisation or person that is neither party of `suit`: another party
/// the amount may be paid by. One named after it is the one paid where a
/// frame read it ("to X"), and the figure then disagrees with the suit;
/// else it stands in a later clause ("… and wants the court to stop D").
fn names_stranger(
    seg: &Segmentation,
    mentions: &[Mention],
    (s, span): (usize, Span),
    suit: Suit,
) -> bool {
    let Some(sentence) = seg.sentences.get(s) else {
        return true;
    };
    mentions.iter().any(|m| {
        matches!(m.kind, EntityKind::Org | EntityKind::Person)
            && m.span.within(sentence.span)
            && m.span.end <= span.start
            && m.entity
                .is_some_and(|e| Some(e) != suit.plaintiff && Some(e) != suit.defendant)
    })
}

/// The suit sentence `s` tells, the first with a party named: by a verb of
/// suing ("P sued D", passive "D was sued by P") or by a lawsuit's noun
/// ("P filed a lawsuit against D", "a suit brought by P").
fn suit_told(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    s: usize,
) -> Option<Suit> {
    let sentence = seg.sentences.get(s)?;
    let tokens = &seg.tokens[sentence.tokens.clone()];
    let words = &lang.money.suits;
    let by = &lang.relate.clause.passive_agent;
    let word = |j: usize| tokens.get(j).map_or("", |t| t.slice(text));
    let parties: Vec<&Mention> = mentions
        .iter()
        .filter(|m| {
            matches!(m.kind, EntityKind::Org | EntityKind::Person)
                && m.entity.is_some()
                && m.span.within(sentence.span)
        })
        .collect();
    let page = Page {
        tokens,
        parties: &parties,
    };
    (0..tokens.len()).find_map(|j| {
        let suit = if words.verbs.contains_lowercase(word(j)) {
            if by.contains_lowercase(word(j + 1)) {
                // "D was sued by P".
                Suit {
                    plaintiff: page.after(j + 1),
                    defendant: page.before(j),
                }
            } else {
                Suit {
                    plaintiff: page.before(j),
                    defendant: page.after(j),
                }
            }
        } else if words.nouns.contains_lowercase(word(j)) {
            let against =
                (j + 1..=j + NOUN_REACH).find(|&k| words.against.contains_lowercase(word(k)));
            // "a suit brought by P"; else the subject of "P filed a suit".
            let brought =
                words.filing.contains_lowercase(word(j + 1)) && by.contains_lowercase(word(j + 2));
            let filed = (j.saturating_sub(NOUN_REACH)..j)
                .rev()
                .find(|&k| words.filing.contains_lowercase(word(k)));
            Suit {
                plaintiff: if brought {
                    page.after(j + 2)
                } else {
                    filed.and_then(|k| page.before(k))
                },
                defendant: against.and_then(|k| page.after(k)),
            }
        } else {
            return None;
        };
        let named = suit.plaintiff.is_some() || suit.defendant.is_some();
        (named && suit.plaintiff != suit.defendant).then_some(suit)
    })
}

/// A sentence's tokens and the organisations and people it names.
struct Page<'a> {
    tokens: &'a [Span],
    parties: &'a [&'a Mention],
}

impl Page<'_> {
    /// The party named last before token `j`, ending at most
    /// [`SUBJECT_REACH`] tokens before it.
    fn before(&self, j: usize) -> Option<usize> {
        super::party_before(self.tokens, self.parties, j, SUBJECT_REACH)
    }

    /// The party named first after token `j`, starting at most
    /// [`OBJECT_REACH`] tokens after it.
    fn after(&self, j: usize) -> Option<usize> {
        let at = self.tokens.get(j)?;
        let until = self
            .tokens
            .get(j + OBJECT_REACH + 1)
            .map_or(usize::MAX, |t| t.start);
        self.parties
            .iter()
            .filter(|m| m.span.start >= at.end && m.span.start < until)
            .min_by_key(|m| m.span.start)
            .and_then(|m| m.entity)
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties as check;

    #[test]
    fn the_one_sued_pays_the_one_suing() {
        check(&[
            // Damages sought in the sentence after the suit's.
            (
                "Harlow Motors has filed a lawsuit against the Danish software firm Brenner Systems. \
                 Harlow Motors is seeking damages that could exceed 40 million euros.",
                (
                    "40 million euros",
                    Some("Brenner Systems"),
                    Some("Harlow Motors"),
                ),
            ),
            // A settlement paid by the one sued, the suit told two sentences back.
            (
                "Harlow Motors has twice sued Brenner Systems over its name. \
                 The dispute began in Zürich. \
                 The first lawsuit was settled in 1998, with Brenner Systems paying 800,000 francs.",
                (
                    "800,000 francs",
                    Some("Brenner Systems"),
                    Some("Harlow Motors"),
                ),
            ),
            // Passive, in the amount's own sentence.
            (
                "Brenner Systems, which was sued by Harlow Motors in May, agreed to pay $12 million to settle.",
                (
                    "$12 million",
                    Some("Brenner Systems"),
                    Some("Harlow Motors"),
                ),
            ),
            // The nearest suit names no defendant: the payer stands for it.
            (
                "Harlow Motors sued Brenner Systems in 1989. \
                 Years later Harlow Motors filed suit again. \
                 That lawsuit was settled in 1995, with Brenner Systems paying 2 million euros.",
                (
                    "2 million euros",
                    Some("Brenner Systems"),
                    Some("Harlow Motors"),
                ),
            ),
            // A name after the amount, in a later clause, is no party.
            (
                "Harlow Motors sued Brenner Systems on Monday. \
                 Harlow Motors is seeking damages of 5 million euros, its lawyer Anna Weber said.",
                (
                    "5 million euros",
                    Some("Brenner Systems"),
                    Some("Harlow Motors"),
                ),
            ),
            // The plaintiff after "brought by".
            (
                "Brenner Systems will pay $12 million to settle a lawsuit brought by Harlow Motors.",
                (
                    "$12 million",
                    Some("Brenner Systems"),
                    Some("Harlow Motors"),
                ),
            ),
        ]);
    }

    #[test]
    fn money_that_is_no_suits_keeps_its_parties() {
        check(&[
            // No word of a suit or its money in the amount's sentence.
            (
                "Harlow Motors sued Brenner Systems in May. \
                 Brenner Systems paid 30 million euros for a plant in Łódź.",
                ("30 million euros", Some("Brenner Systems"), None),
            ),
            // A third party in the amount's sentence may be the one paid.
            (
                "Harlow Motors sued Brenner Systems in May. \
                 To settle, Brenner Systems sold its plant to Kordbank for 30 million euros.",
                (
                    "30 million euros",
                    Some("Kordbank"),
                    Some("Brenner Systems"),
                ),
            ),
        ]);
    }
}
