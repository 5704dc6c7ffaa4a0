//! Fines: a fine's money goes from the one fined to the one that fines. A
//! sentence tells it by a verb of fining ("R fined D $N", passive "D has
//! been fined $N", "D was fined $N by R") or by a fine's noun around the
//! amount ("D faces a $N fine from R", "D paid a $N civil penalty to R",
//! "a penalty of $N", "R imposed a $N fine on D"). Read for figures no
//! deal carries, after the suits: a figure takes the sides it lacks where
//! the sides it has agree with the fine.

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact};

use super::Page;
use crate::pipeline::deal_payee::unlinked_figures;

/// How many tokens before the amount its verb of fining may stand ("fined
/// the Japanese maker D $N").
const VERB_REACH: usize = 6;

/// How many tokens may stand between the one that fines and its verb, or
/// between the one fined and the amount's fine ("D also faces a $N fine").
const SUBJECT_REACH: usize = 4;

/// How many words may stand between the amount and its fine's noun ("a $N
/// civil penalty").
const NOUN_REACH: usize = 2;

/// How many tokens after the fine (its noun or its amount) the word naming
/// the other party may stand ("a $N fine imposed by R").
const PARTY_REACH: usize = 3;

/// A fine as its sentence tells it: who pays, who is paid.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Fine {
    payer: Option<usize>,
    payee: Option<usize>,
}

/// Gives each figure no deal carries whose sentence tells it as a fine the
/// sides it lacks: the one fined pays, the one that fines is paid. A
/// figure whose sides disagree with the fine keeps them.
pub(super) fn fine_parties(page: Page<'_>, money: &mut [MoneyFact]) {
    let (lang, text, seg, mentions) = page;
    for (fact, amount) in unlinked_figures(money, mentions) {
        let s = seg.sentence_index(amount.span.start);
        let Some(sentence) = seg.sentences.get(s) else {
            continue;
        };
        let tokens = &seg.tokens[sentence.tokens.clone()];
        let parties: Vec<&Mention> = mentions
            .iter()
            .filter(|m| {
                matches!(m.kind, EntityKind::Org | EntityKind::Person)
                    && m.entity.is_some()
                    && m.span.within(sentence.span)
            })
            .collect();
        let clause = Clause {
            lang,
            text,
            tokens,
            parties: &parties,
            start: tokens.partition_point(|t| t.end <= amount.span.start),
            end: tokens.partition_point(|t| t.start < amount.span.end),
        };
        let Some(fine) = clause.by_verb().or_else(|| clause.by_noun()) else {
            continue;
        };
        let agrees = fact
            .investor
            .is_none_or(|p| fine.payer.is_none_or(|x| x == p))
            && fact
                .recipient
                .is_none_or(|q| fine.payee.is_none_or(|x| x == q));
        let payer = fact.investor.or(fine.payer);
        let payee = fact.recipient.or(fine.payee);
        if !agrees || (payer.is_some() && payer == payee) {
            continue;
        }
        (fact.investor, fact.recipient) = (payer, payee);
    }
}

/// One amount's sentence: its tokens, the organisations and people it
/// names, and the tokens the amount spans (`start..end`).
struct Clause<'a> {
    lang: &'a Language,
    text: &'a str,
    tokens: &'a [crate::model::Span],
    parties: &'a [&'a Mention],
    start: usize,
    end: usize,
}

impl Clause<'_> {
    /// The word of token `j`, empty past the sentence.
    fn word(&self, j: usize) -> &str {
        self.tokens.get(j).map_or("", |t| t.slice(self.text))
    }

    /// "R fined D $N", "D has been fined $N", "D was fined $N by R".
    fn by_verb(&self) -> Option<Fine> {
        let words = &self.lang.money.suits;
        // The verb, nothing that ends or joins a clause between it and the
        // amount ("the results were fine and spent $N" is no fine).
        let j = (self.start.saturating_sub(VERB_REACH)..self.start)
            .rev()
            .take_while(|&j| !self.breaks(j))
            .find(|&j| words.fine_verbs.contains_lowercase(self.word(j)))?;
        let passive = j > 0
            && self
                .lang
                .relate
                .roles
                .passive_be
                .contains_lowercase(self.word(j - 1));
        if passive {
            // "D was fined $N by R": R stands right behind the amount.
            let by = (self.end..self.end + PARTY_REACH).find(|&k| {
                self.lang
                    .relate
                    .clause
                    .passive_agent
                    .contains_lowercase(self.word(k))
            });
            let payer = self.before(j - 1)?;
            return Some(Fine {
                payer: Some(payer),
                payee: by.and_then(|k| self.after(k, self.tokens.len())),
            });
        }
        // Active: the one fined stands between the verb and the amount.
        let payer = self.after(j, self.start)?;
        Some(Fine {
            payer: Some(payer),
            payee: self.before(j),
        })
    }

    /// "D faces a $N fine from R", "a penalty of $N", "R imposed a $N fine
    /// on D".
    fn by_noun(&self) -> Option<Fine> {
        let words = &self.lang.money.suits;
        let behind = (self.end..self.end + NOUN_REACH + 1)
            .find(|&k| words.fine_nouns.contains_lowercase(self.word(k)));
        let of = self.start >= 2
            && self
                .lang
                .relate
                .frame
                .of
                .contains_lowercase(self.word(self.start - 1))
            && words
                .fine_nouns
                .contains_lowercase(self.word(self.start - 2));
        let noun = behind.or(of.then_some(self.end.saturating_sub(1)))?;
        let near = |list: &crate::lang::WordList| {
            (noun + 1..=noun + PARTY_REACH)
                .find(|&k| list.contains_lowercase(self.word(k)))
                .and_then(|k| self.after(k, self.tokens.len()))
        };
        let subject = self.before(self.start);
        if let Some(fined) = near(&words.fine_on) {
            return Some(Fine {
                payer: Some(fined),
                payee: subject,
            });
        }
        let payer = subject?;
        Some(Fine {
            payer: Some(payer),
            payee: near(&words.fine_from),
        })
    }

    /// True when token `j` ends or joins a clause (",", "and", "which").
    fn breaks(&self, j: usize) -> bool {
        let w = self.word(j);
        self.lang.relate.frame.boundary.contains_lowercase(w)
            || self
                .lang
                .relate
                .clause
                .list_separators
                .contains_lowercase(w)
    }

    /// The party named last before token `j`, ending at most
    /// [`SUBJECT_REACH`] tokens before it.
    fn before(&self, j: usize) -> Option<usize> {
        super::party_before(self.tokens, self.parties, j, SUBJECT_REACH)
    }

    /// The party named first right after token `j` (at most two tokens
    /// between), ending before token `until`.
    fn after(&self, j: usize, until: usize) -> Option<usize> {
        let at = self.tokens.get(j)?;
        let first = self.tokens.get(j + 3).map_or(usize::MAX, |t| t.start);
        let end = self.tokens.get(until).map_or(usize::MAX, |t| t.start);
        self.parties
            .iter()
            .filter(|m| m.span.start >= at.end && m.span.start <= first && m.span.end <= end)
            .min_by_key(|m| m.span.start)
            .and_then(|m| m.entity)
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties as check;

    #[test]
    fn the_one_fined_pays_the_one_that_fines() {
        check(&[
            // Active: the object pays the subject.
            (
                "In 2025 the Harlow Transport Authority fined Brenner Airways 4 million euros for safety failures.",
                (
                    "4 million euros",
                    Some("Brenner Airways"),
                    Some("Harlow Transport Authority"),
                ),
            ),
            // Passive with no one named who fines: no payee.
            (
                "Brenner Water has been fined £2.3 million for polluting the river.",
                ("£2.3 million", Some("Brenner Water"), None),
            ),
            // Passive with the one that fines after "by".
            (
                "Brenner Water was fined £2.3 million by the Harlow Regulation Office.",
                (
                    "£2.3 million",
                    Some("Brenner Water"),
                    Some("Harlow Regulation Office"),
                ),
            ),
            // A fine's noun behind the amount, the one paid after "from".
            (
                "Brenner Systems also faces a €380 million fine from the Harlow Trade Council.",
                (
                    "€380 million",
                    Some("Brenner Systems"),
                    Some("Harlow Trade Council"),
                ),
            ),
            // "imposed a fine on D": D pays the subject.
            (
                "The Harlow Trade Council imposed a €90 million fine on Brenner Systems.",
                (
                    "€90 million",
                    Some("Brenner Systems"),
                    Some("Harlow Trade Council"),
                ),
            ),
        ]);
    }

    #[test]
    fn money_that_is_no_fine_keeps_its_parties() {
        check(&[
            // "fine" no verb of fining nor noun behind the amount.
            (
                "Brenner Systems paid $5 million for a fine collection of paintings.",
                ("$5 million", Some("Brenner Systems"), None),
            ),
            (
                "Brenner Systems said the results were fine and spent $5 million on a plant.",
                ("$5 million", None, None),
            ),
        ]);
    }
}
