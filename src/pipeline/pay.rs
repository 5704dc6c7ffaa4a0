//! Pay: an amount that measures what a person is paid ("her base salary of
//! £1.1 million", "Hale's bonus of up to $3 million") runs from the
//! organisation the person holds a post at to the person. Read for figures
//! no deal, payment or frame gave a party.

use crate::lang::MoneyWords;
use crate::model::{EntityKind, Mention, MoneyFact, Relation, RelationKind};

use super::deal_payee::unlinked_figures;
use super::segment::Segmentation;

/// How many tokens before the pay noun its possessor may stand ("her base
/// annual salary").
const POSSESSOR_REACH: usize = 4;
/// How many sentences back a pronoun's person may be named.
const PRONOUN_REACH: usize = 3;
/// How many tokens before an amount a pay noun that governs it may stand
/// ("a base annual salary of £N").
const NOUN_REACH: usize = 4;
/// How many tokens a verb of earning may stand before its pay noun, and
/// its earner's name before it ("Okafor will be paid a fixed salary").
const VERB_REACH: usize = 4;
/// How many tokens after an amount the preposition naming its payer may
/// stand ("€N a year at X").
const AT_REACH: usize = 5;

/// Gives each figure no deal carries whose sentence says it is a person's
/// pay the person as payee and the person's organisation as payer: a
/// possessed pay noun outranks the parties a frame or an earlier figure
/// guessed ("… sells the drug X. Her pay package includes …").
pub fn pay_parties(
    words: &MoneyWords,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    relations: &[Relation],
    money: &mut [MoneyFact],
) {
    for (fact, amount) in unlinked_figures(money, mentions) {
        let s = seg.sentence_index(amount.span.start);
        let Some(sentence) = seg.sentences.get(s) else {
            continue;
        };
        let tokens = &seg.tokens[sentence.tokens.clone()];
        let before = tokens.partition_point(|t| t.end <= amount.span.start);
        let pay_noun = |k: usize| words.pay_nouns.contains_lowercase(tokens[k].slice(text));
        // "… a base salary of £N, less than Ely's £M": a person's
        // possessive right before the amount, where the sentence speaks of
        // pay before it, names whose pay it is.
        let own = before
            .checked_sub(1)
            .filter(|&k| {
                (0..k).any(pay_noun)
                    && !words
                        .pay_possessors
                        .contains_lowercase(tokens[k].slice(text))
            })
            .and_then(|k| possessor(words, text, seg, (mentions, relations), s, tokens[k]));
        // "Her pay package includes a base salary of £N": any pay noun
        // before the amount may carry the possessor.
        let person = own.or_else(|| {
            (0..before).rev().filter(|&k| pay_noun(k)).find_map(|noun| {
                (noun.saturating_sub(POSSESSOR_REACH)..noun)
                    .rev()
                    .find_map(|k| possessor(words, text, seg, (mentions, relations), s, tokens[k]))
            })
        });
        // "Malhotra will be paid a base salary of £N": the person the
        // frame already gave as payee, where a pay noun governs the amount.
        let governed = (before.saturating_sub(NOUN_REACH)..before).any(pay_noun);
        let person = person
            .or_else(|| {
                fact.recipient
                    .filter(|&r| governed && is_person(mentions, r))
            })
            .or_else(|| {
                let noun = (before.saturating_sub(NOUN_REACH)..before).rfind(|&k| pay_noun(k))?;
                earner(words, text, mentions, &tokens[..noun])
            });
        if let Some(person) = person {
            let had = fact.recipient == Some(person);
            fact.recipient = Some(person);
            let leaving = (0..before).any(|k| {
                words
                    .pay_after_leaving
                    .contains_lowercase(tokens[k].slice(text))
            });
            let after = &tokens[tokens.partition_point(|t| t.start < amount.span.end)..];
            fact.investor = paid_at(words, text, mentions, after)
                .or_else(|| payer(relations, mentions, person, leaving))
                .or(fact.investor.filter(|_| had));
        }
    }
}

/// The person whose verb of earning ends `tokens` (those before a pay
/// noun): "Okafor will earn a monthly salary", "will be paid a fixed
/// salary", the verb a few words before the noun, the name a few before
/// the verb; else the last named before the verb in its sentence, where
/// that is a person ("X had agreed to step down and would receive").
fn earner(
    words: &MoneyWords,
    text: &str,
    mentions: &[Mention],
    tokens: &[crate::model::Span],
) -> Option<usize> {
    let verb = (tokens.len().saturating_sub(VERB_REACH)..tokens.len())
        .rfind(|&k| words.pay_verbs.contains_lowercase(tokens[k].slice(text)))?;
    let from = tokens[verb.saturating_sub(VERB_REACH)].start;
    let before_verb = |m: &&Mention| m.span.end <= tokens[verb].start;
    mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && before_verb(m))
        .filter(|m| m.span.end > from)
        .max_by_key(|m| m.span.end)
        .and_then(|m| m.entity)
        .or_else(|| {
            // "X had agreed to step down and would receive a termination
            // payment": the last named before the verb in its sentence,
            // a person.
            let opens = tokens.first()?.start;
            mentions
                .iter()
                .filter(|m| {
                    m.span.start >= opens
                        && before_verb(m)
                        && matches!(
                            m.kind,
                            EntityKind::Person | EntityKind::Org | EntityKind::Loc
                        )
                })
                .max_by_key(|m| m.span.end)
                .filter(|m| m.kind == EntityKind::Person)
                .and_then(|m| m.entity)
        })
}

/// The organisation named right after the amount as the place of the
/// post paid for ("a base salary of €N a year at X").
fn paid_at(
    words: &MoneyWords,
    text: &str,
    mentions: &[Mention],
    after: &[crate::model::Span],
) -> Option<usize> {
    let at = after
        .iter()
        .take(AT_REACH)
        .position(|t| words.pay_at.contains_lowercase(t.slice(text)))?;
    let next = after.get(at + 1)?;
    mentions
        .iter()
        .find(|m| m.kind == EntityKind::Org && m.span.start == next.start)
        .and_then(|m| m.entity)
}

/// Who pays a person: the organisation of a post they hold; with none but
/// posts they left, the article's organisation (the post the news gives
/// them, "Okafor, who left Brenmoor, will receive a salary of N"), unless
/// the pay is of leaving ("severance"), paid by the one left.
fn payer(
    relations: &[Relation],
    mentions: &[Mention],
    person: usize,
    leaving: bool,
) -> Option<usize> {
    let left = employer(relations, person);
    if leaving || left.is_none() || current_post(relations, person).is_some() {
        return left;
    }
    main_organisation(mentions).or(left)
}

/// The organisation named most often in the text, the first named on a tie.
fn main_organisation(mentions: &[Mention]) -> Option<usize> {
    crate::model::most_mentioned(
        mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Org && !m.nominal)
            .filter_map(|m| m.entity),
    )
}

/// The organisation of a post the person holds (not one they left).
fn current_post(relations: &[Relation], person: usize) -> Option<usize> {
    relations
        .iter()
        .find(|r| r.source == person && r.kind != RelationKind::Left && r.kind.is_role())
        .map(|r| r.target)
}

/// The person a token before a pay noun stands for: a person's name ending
/// in a possessive, or "his"/"her" for the person last named who holds a
/// post (else the person last named): pay is an employee's, so a name read
/// as a person in between ("… sells the drug X. Her pay …") is passed over.
fn possessor(
    words: &MoneyWords,
    text: &str,
    seg: &Segmentation,
    (mentions, relations): (&[Mention], &[Relation]),
    s: usize,
    token: crate::model::Span,
) -> Option<usize> {
    let person = |m: &Mention| (m.kind == EntityKind::Person).then_some(m.entity).flatten();
    if words.pay_possessors.contains_lowercase(token.slice(text)) {
        let from = seg.sentences[s.saturating_sub(PRONOUN_REACH)].span.start;
        let named = || {
            mentions
                .iter()
                .rev()
                .filter(|m| m.span.end <= token.start && m.span.start >= from)
                .filter_map(person)
        };
        return named()
            .find(|&p| employer(relations, p).is_some())
            .or_else(|| named().next());
    }
    mentions
        .iter()
        .find(|m| m.span.start <= token.start && token.end <= m.span.end + "’s".len())
        .filter(|m| {
            let after = &text[m.span.end..token.end.max(m.span.end)];
            token.end > m.span.end && after.starts_with(['\'', '’'])
        })
        .and_then(person)
}

/// True when entity `e` is named as a person.
fn is_person(mentions: &[Mention], e: usize) -> bool {
    mentions
        .iter()
        .any(|m| m.entity == Some(e) && m.kind == EntityKind::Person)
}

/// The organisation a person holds a post at, else one they held a post at.
fn employer(relations: &[Relation], person: usize) -> Option<usize> {
    let post = |left: bool| {
        relations
            .iter()
            .find(|r| {
                r.source == person
                    && (r.kind == RelationKind::Left) == left
                    && (left || r.kind.is_role())
            })
            .map(|r| r.target)
    };
    post(false).or_else(|| post(true))
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::money_parties;

    #[test]
    fn her_pay_is_the_employees_not_a_name_read_as_a_person_between() {
        let got = money_parties(
            "Velmont Biotech named Dana Whitcombe its chief executive on Monday. \
             Velmont sells two medicines, including the sleep drug Quorvia. \
             Her pay package includes a base salary of $1.2 million, according to a filing.",
        );
        assert_eq!(
            got,
            vec![(
                "$1.2 million".to_owned(),
                Some("Velmont Biotech".to_owned()),
                Some("Dana Whitcombe".to_owned())
            )]
        );
    }

    #[test]
    fn a_curly_possessive_names_the_person_paid() {
        let got = money_parties(
            "Nordvik Bank named Clare Ashworth its chief executive on Monday. \
             Ashworth’s package includes a base salary of £950,000.",
        );
        assert_eq!(
            got,
            vec![(
                "£950,000".to_owned(),
                Some("Nordvik Bank".to_owned()),
                Some("Clare Ashworth".to_owned())
            )]
        );
    }

    #[test]
    fn a_person_paid_a_salary_is_paid_by_their_organisation() {
        for text in [
            "Harwick Foods named Tomasz Wierzbicki its chief executive on Monday. \
             Wierzbicki will be paid a base salary of £720,000 a year.",
            "Harwick Foods named Tomasz Wierzbicki its chief executive on Monday. \
             Wierzbicki, who spent ten years at Brellin, will receive a base salary of €810,000.",
        ] {
            let got = money_parties(text);
            assert_eq!(
                (got[0].1.as_deref(), got[0].2.as_deref()),
                (Some("Harwick Foods"), Some("Tomasz Wierzbicki")),
                "{text}"
            );
        }
    }

    #[test]
    fn the_earner_of_a_salary_is_paid_by_their_organisation() {
        let got = money_parties(
            "Tarnwick Dairies has appointed Wanza Korir-Otieno as managing director. \
             Korir-Otieno will earn a monthly salary of $45,000, the company said.",
        );
        assert_eq!(
            (got[0].1.as_deref(), got[0].2.as_deref()),
            (Some("Tarnwick Dairies"), Some("Wanza Korir-Otieno")),
            "{got:?}"
        );
    }

    #[test]
    fn a_new_chiefs_salary_is_not_paid_by_the_company_they_left() {
        // Named after the amount.
        let got = money_parties(
            "The finance chief of Brenmoor, Ilse Vantongeren, is leaving to run Quellhaus AG. \
             Vantongeren will receive a base salary of €900,000 a year at Quellhaus AG, \
             according to a filing.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Quellhaus AG"), "{got:?}");
        // The article's company, where only the post left is known.
        let got = money_parties(
            "Quellhaus AG named Ilse Vantongeren chief executive on Monday. Quellhaus AG makes \
             valves. Vantongeren, who left Brenmoor in May, will receive a base salary of \
             €900,000, Quellhaus AG said.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Quellhaus AG"), "{got:?}");
    }

    #[test]
    fn a_possessive_right_before_an_amount_of_pay_names_whose_pay_it_is() {
        let got = money_parties(
            "Corlaith Mutual named Orla Fenwick chief executive on Monday. Brannagh Ely, \
             its chief executive for nine years, retires in June. Fenwick will be paid a \
             base salary of £640,000, the insurer said, less than Ely's £705,000.",
        );
        let old = got.iter().find(|g| g.0 == "£705,000").cloned();
        assert_eq!(
            old.map(|g| (g.1, g.2)),
            Some((
                Some("Corlaith Mutual".to_owned()),
                Some("Brannagh Ely".to_owned())
            )),
            "{got:?}"
        );
        // No pay before it: a possessive before an amount is no pay.
        let got = money_parties(
            "Corlaith Mutual named Orla Fenwick chief executive on Monday. Brannagh Ely, \
             its chief executive for nine years, retires in June. A fund bought \
             Ely's £705,000 house in Galway.",
        );
        assert!(
            got.iter().all(|g| g.2.as_deref() != Some("Brannagh Ely")),
            "{got:?}"
        );
    }

    #[test]
    fn a_termination_payment_goes_to_the_one_leaving_named_before_the_verb() {
        let got = money_parties(
            "Calloway Minerals named Petra Oduya chief executive on Monday. Rowan Steadly, \
             who ran Calloway Minerals for six years, will leave in March. The Perth-based \
             company said Steadly had agreed to step down by mutual consent and would \
             receive a termination payment of about $480,000.",
        );
        let pay = got.iter().find(|g| g.0 == "$480,000").cloned();
        assert_eq!(
            pay.map(|g| (g.1, g.2)),
            Some((
                Some("Calloway Minerals".to_owned()),
                Some("Rowan Steadly".to_owned())
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_persons_pay_runs_from_their_organisation() {
        let got = money_parties(
            "Nordvik Bank named Clare Ashworth, who left Keltic Bank in May, its chief executive on Monday. \
             Her pay package includes a base salary of £1.1 million and a bonus of up to £3.3 million.",
        );
        assert_eq!(
            got,
            vec![
                (
                    "£1.1 million".to_owned(),
                    Some("Nordvik Bank".to_owned()),
                    Some("Clare Ashworth".to_owned())
                ),
                (
                    "£3.3 million".to_owned(),
                    Some("Nordvik Bank".to_owned()),
                    Some("Clare Ashworth".to_owned())
                ),
            ]
        );
    }
}
