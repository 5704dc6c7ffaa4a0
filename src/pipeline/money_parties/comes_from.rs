//! Money that comes from its payer: "A further €2.5 million comes as a
//! grant from the ministry M", "The remaining €8 million comes as a grant
//! from M". The payer is the one named after "from"; the payee is the one
//! the figures just before are paid to (the same sentence's or the one
//! before: the borrower whose other loans they are). Read for figures no
//! deal carries and no step gave a party.

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact, Span};
use crate::pipeline::segment::Segmentation;

/// How many plain words may stand between the amount and the verb ("will
/// come"), and between the verb and "from" ("comes as a grant from").
const GAP: usize = 3;

/// How many tokens after "from" the payer's name may start ("from the
/// Bavarian agriculture ministry").
const PAYER_REACH: usize = 4;

/// The page the step reads.
type Page<'a> = (&'a Language, &'a str, &'a Segmentation, &'a [Mention]);

/// Gives each amount that comes from a named payer that payer, and the
/// payee of the figures told just before.
pub(super) fn come_from_payers(page: Page<'_>, money: &mut [MoneyFact]) {
    let (lang, text, seg, mentions) = page;
    for k in 0..money.len() {
        let f = &money[k];
        if f.investor.is_some() || f.recipient.is_some() || f.relation.is_some() || f.per.is_some()
        {
            continue;
        }
        let Some(at) = mentions.get(f.mention).map(|m| m.span) else {
            continue;
        };
        let s = seg.sentence_index(at.start);
        let Some(sentence) = seg.sentences.get(s) else {
            continue;
        };
        let Some(from) = from_after(lang, text, &seg.tokens[sentence.tokens.clone()], at) else {
            continue;
        };
        let reach = seg.tokens[sentence.tokens.clone()]
            .iter()
            .filter(|t| t.start >= from.end)
            .nth(PAYER_REACH)
            .map_or(sentence.span.end, |t| t.start);
        let payer = mentions
            .iter()
            .filter(|m| {
                m.span.start >= from.end
                    && m.span.start <= reach
                    && matches!(
                        m.kind,
                        EntityKind::Org | EntityKind::Loc | EntityKind::Person
                    )
            })
            .min_by_key(|m| m.span.start)
            .and_then(|m| m.entity);
        let Some(payer) = payer else {
            continue;
        };
        // The payee of the nearest figure before, in this sentence or the
        // one before.
        let opens = s
            .checked_sub(1)
            .and_then(|p| seg.sentences.get(p))
            .map_or(sentence.span.start, |p| p.span.start);
        let payee = money
            .iter()
            .filter_map(|g| {
                let m = mentions.get(g.mention)?;
                (m.span.start >= opens && m.span.end <= at.start && g.per.is_none())
                    .then_some((m.span.start, g.recipient?))
            })
            .max_by_key(|&(start, _)| start)
            .map(|(_, r)| r)
            .filter(|&r| r != payer);
        let Some(payee) = payee else {
            continue;
        };
        money[k].investor = Some(payer);
        money[k].recipient = Some(payee);
    }
}

/// The "from" of "€N comes as a grant from", the amount at `at`: a verb of
/// coming after it and "from" after that, plain words only between.
fn from_after(lang: &Language, text: &str, tokens: &[Span], at: Span) -> Option<Span> {
    let words = &lang.money;
    let plain = |t: &Span| t.slice(text).chars().all(char::is_lowercase);
    let after = tokens.partition_point(|t| t.start < at.end);
    let rest = tokens.get(after..)?;
    let verb = rest
        .iter()
        .take(GAP + 1)
        .position(|t| words.come_verbs.contains_lowercase(t.slice(text)))?;
    if !rest[..verb].iter().all(plain) {
        return None;
    }
    let rest = &rest[verb + 1..];
    let from = rest
        .iter()
        .take(GAP + 1)
        .position(|t| words.come_from.contains_lowercase(t.slice(text)))?;
    rest[..from].iter().all(plain).then(|| rest[from])
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::money_parties;

    #[test]
    fn money_that_comes_from_a_payer_goes_to_the_borrower_before() {
        let got = money_parties(
            "Dravenor Mining AG will borrow 12 million euros from Kestelbank to build the \
             kilns. A further 2.5 million euros comes as a grant from the Bavarian \
             agriculture ministry, which is paying farms to replace oil-fired kilns.",
        );
        let part = got.iter().find(|g| g.0 == "2.5 million euros").cloned();
        assert_eq!(
            part.map(|g| (g.1, g.2)),
            Some((
                Some("Bavarian agriculture ministry".to_owned()),
                Some("Dravenor Mining AG".to_owned())
            )),
            "{got:?}"
        );
    }

    #[test]
    fn money_that_comes_from_sales_has_no_payer() {
        let got = money_parties(
            "Dravenor Mining AG had sales of 64 million euros last year, of which 70% came \
             from outside Portugal.",
        );
        assert!(got.iter().all(|g| g.1.is_none()), "{got:?}");
    }
}
