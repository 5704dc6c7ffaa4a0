//! Issue payees: an amount of securities a company issues ("X will issue
//! bonds worth N", "shareholders of X approved a N convertible issue", "X's
//! N bond issue") is money the issuer raises: the issuer is paid, by buyers
//! the sentence does not name. Read once the frames, deals and payees have
//! run, for figures no deal carries whose payer, if any, is the issuer
//! itself (the frame reads "approved" or "launched" as giving).

use crate::lang::Language;
use crate::model::{EntityKind, Mention, MoneyFact, Span};

use super::deal_payee::open_figures;
use super::segment::Segmentation;

/// How many tokens after an amount its noun of securities may stand ("a N,
/// five-year convertible issue").
const NOUN_AFTER: usize = 7;
/// How many tokens before an amount the verb of issuing may stand ("will
/// issue bonds worth N").
const VERB_BEFORE: usize = 6;
/// How many tokens may stand between the issuer and its verb ("X will
/// shortly issue").
const SUBJECT_GAP: usize = 3;

/// Makes the issuer the payee of each figure that is an issue of
/// securities, and no payer.
pub fn issue_payees(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    money: &mut [MoneyFact],
) {
    for (f, amount) in open_figures(money, mentions) {
        // A figure stated twice ("BayerVB sets C$100 million six-year
        // bond." over the terms' "AMT C$100 MLN") is an issue when one of
        // its statements says so.
        let mut statements = vec![amount.span];
        statements.extend(
            f.repeats
                .iter()
                .filter_map(|&r| mentions.get(r))
                .map(|m| m.span),
        );
        let Some(issuer) = statements
            .into_iter()
            .find_map(|span| issuer_of(lang, text, seg, mentions, span))
        else {
            continue;
        };
        if f.investor.is_none_or(|p| p == issuer) {
            f.investor = None;
            f.recipient = Some(issuer);
        }
    }
}

/// The issuer of the securities the amount at `amount` is an issue of,
/// when its sentence says it is one and names the issuer.
fn issuer_of(
    lang: &Language,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    amount: Span,
) -> Option<usize> {
    if let Some(issuer) = terms_issuer(lang, text, mentions, amount) {
        return Some(issuer);
    }
    let sentence = seg.sentences.get(seg.sentence_index(amount.start))?;
    let tokens = &seg.tokens[sentence.tokens.clone()];
    let at = tokens.partition_point(|t| t.end <= amount.start);
    let past = tokens.partition_point(|t| t.start < amount.end);
    // "issues for $N and $M": the amount coordinated with an issue's is one.
    let head = if issued(lang, text, tokens, at, past) {
        at
    } else {
        coordinated_issue(lang, text, mentions, tokens, at)?
    };
    possessor(text, mentions, amount, sentence.span)
        .or_else(|| subject(lang, text, mentions, tokens, (head, at)))
        .or_else(|| listed(text, mentions, tokens, at))
}

/// The first token of the amount of an issue that the amount at token
/// `at` is coordinated with ("issues for $N and $M"): an amount ends right
/// before the conjunction before it.
fn coordinated_issue(
    lang: &Language,
    text: &str,
    mentions: &[Mention],
    tokens: &[Span],
    at: usize,
) -> Option<usize> {
    let and = at.checked_sub(1)?;
    let word = tokens[and].slice(text).to_lowercase();
    if and == 0 || !lang.relate.clause.list_conjunctions.contains(&word) {
        return None;
    }
    let before = mentions
        .iter()
        .find(|m| m.kind == EntityKind::Money && m.span.end == tokens[and - 1].end)?;
    let first = tokens.partition_point(|t| t.end <= before.span.start);
    let past = tokens.partition_point(|t| t.start < before.span.end);
    issued(lang, text, tokens, first, past).then_some(first)
}

/// The issuer of the amount of a wire box of new terms ("BORROWER
/// VENANTIUS AB" over "AMT $300 MLN SPREAD - 12.5 BP"): the amount follows
/// its label, and the organisation named on the line the issuer's label
/// opens is paid, else the one the headline names ("Venantius sets $300
/// million FRN."), when the box names its issuer in capitals it does not
/// read as a name.
fn terms_issuer(lang: &Language, text: &str, mentions: &[Mention], amount: Span) -> Option<usize> {
    let line_start = text[..amount.start].rfind('\n').map_or(0, |i| i + 1);
    let label = text[line_start..amount.start]
        .split_whitespace()
        .next_back()?;
    if !lang.money.terms_amount.contains(label) {
        return None;
    }
    let org_within = |from: usize, to: usize| {
        mentions
            .iter()
            .find(|m| m.kind == EntityKind::Org && m.span.start >= from && m.span.end <= to)
            .and_then(|m| m.entity)
    };
    let mut at = 0;
    let mut boxed = None;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        if line
            .split_whitespace()
            .next()
            .is_some_and(|w| lang.money.terms_issuer.contains(w))
        {
            boxed = Some(org_within(start, at));
            break;
        }
    }
    let headline = text.find('\n').unwrap_or(text.len());
    boxed?.or_else(|| org_within(0, headline))
}

/// The issuer a list item opens with, before its place and the amount,
/// no verb between ("-- Avalon Borough, N.J., $11.4 million GOs."): the
/// name right after the item's bullet, then only commas and places.
fn listed(text: &str, mentions: &[Mention], tokens: &[Span], at: usize) -> Option<usize> {
    let first = tokens[..at]
        .iter()
        .position(|t| t.slice(text).contains(char::is_alphanumeric))?;
    let opener = mentions.iter().find(|m| {
        m.span.start == tokens[first].start && matches!(m.kind, EntityKind::Org | EntityKind::Loc)
    })?;
    let place = |t: &Span| {
        mentions
            .iter()
            .any(|m| m.kind == EntityKind::Loc && t.within(m.span))
    };
    let rest = &tokens[first..at];
    let between = rest.iter().filter(|t| t.start >= opener.span.end);
    let only_places = between.clone().all(|t| t.slice(text) == "," || place(t));
    (only_places && between.clone().any(|t| t.slice(text) == ",")).then_some(opener.entity?)
}

/// True when the amount (tokens `at..past`) names securities issued: a
/// noun of them a few words after it ("a N convertible issue", "N of
/// bonds") or right before a link ("bonds worth N").
fn issued(lang: &Language, text: &str, tokens: &[Span], at: usize, past: usize) -> bool {
    let words = &lang.money;
    let word = |j: usize| tokens[j].slice(text);
    let after = tokens
        .iter()
        .enumerate()
        .skip(past)
        .take(NOUN_AFTER)
        .map(|(j, _)| word(j))
        .take_while(|w| !words.issue_stops.contains_lowercase(w))
        .any(|w| words.issue_nouns.contains_lowercase(w));
    let before = at >= 2
        && words.issue_links.contains_lowercase(word(at - 1))
        && words.issue_nouns.contains_lowercase(word(at - 2));
    after || before
}

/// The organisation whose possessive stands right before the amount ("X's
/// N bond issue").
fn possessor(text: &str, mentions: &[Mention], amount: Span, sentence: Span) -> Option<usize> {
    mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Org && m.span.within(sentence))
        .filter(|m| m.span.end <= amount.start)
        .find(|m| {
            let gap = text[m.span.end..amount.start].trim();
            gap == "'s" || gap == "’s"
        })
        .and_then(|m| m.entity)
}

/// The organisation that is the subject of the verb of issuing a few
/// tokens before the amount at token `head` (the first of coordinated
/// amounts; `at` is this one): the nearest named right before the verb, a
/// few words between at most and no comma.
fn subject(
    lang: &Language,
    text: &str,
    mentions: &[Mention],
    tokens: &[Span],
    (head, at): (usize, usize),
) -> Option<usize> {
    let word = |j: usize| tokens[j].slice(text);
    // "launched issues for $N": the verb stands before the noun and its link.
    let linked = head > 0 && lang.money.issue_links.contains_lowercase(word(head - 1));
    let from = if linked { head - 1 } else { head };
    let verb = (from.saturating_sub(VERB_BEFORE)..from)
        .rev()
        .take_while(|&j| !lang.money.issue_stops.contains_lowercase(word(j)) && word(j) != ",")
        .find(|&j| lang.money.issue_verbs.contains_lowercase(word(j)))?;
    let start = tokens.first()?.start;
    let m = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Org)
        .filter(|m| m.span.start >= start && m.span.end <= tokens[verb].start)
        .max_by_key(|m| m.span.end)?;
    let first_after = tokens.partition_point(|t| t.start < m.span.end);
    let gap = &tokens[first_after..verb];
    if gap.len() > SUBJECT_GAP || gap.iter().any(|t| t.slice(text) == ",") {
        return None;
    }
    // "A and B launched …": two issuers, no one of them unless paired.
    respective_issuer(lang, text, mentions, tokens, (verb, at), m).unwrap_or(m.entity)
}

/// The issuer of a subject that lists two, "A and B", where `last` (B) is
/// the name right before the verb at `verb`: with a word of respective
/// reading after the amounts ("A and B launched issues for $N and $M,
/// respectively"), A issues the first amount after the verb, B the
/// second; else no one. None when the subject is no list.
fn respective_issuer(
    lang: &Language,
    text: &str,
    mentions: &[Mention],
    tokens: &[Span],
    (verb, at): (usize, usize),
    last: &Mention,
) -> Option<Option<usize>> {
    let word = |t: &Span| t.slice(text).to_lowercase();
    let said = tokens[at..]
        .iter()
        .any(|t| lang.relate.frame.respective.contains(&word(t)));
    let and = tokens
        .partition_point(|t| t.end <= last.span.start)
        .checked_sub(1)?;
    if !lang
        .relate
        .clause
        .list_conjunctions
        .contains(&word(&tokens[and]))
    {
        return None;
    }
    let first = mentions.iter().find(|m| {
        m.kind == EntityKind::Org
            && m.span.end <= tokens[and].start
            && text[m.span.end..tokens[and].start].trim().is_empty()
    })?;
    let amounts = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Money)
        .filter(|m| m.span.start >= tokens[verb].end && m.span.start < tokens[at].start)
        .count();
    Some(match amounts {
        0 if said => first.entity,
        1 if said => last.entity,
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_parties;

    #[test]
    fn the_issuer_of_securities_is_paid() {
        check_money_parties(&[
            (
                "The Quennel Housing Bank will issue bonds worth three billion baht, a banker said.",
                ("three billion baht", None, Some("Quennel Housing Bank")),
            ),
            (
                "Shareholders of the construction firm Brennick Holding SA approved a \
                 25-million-zloty, five-year convertible issue on Saturday.",
                ("25-million-zloty", None, Some("Brennick Holding SA")),
            ),
        ]);
    }

    #[test]
    fn a_wire_headline_of_new_terms_names_the_issuer() {
        check_money_parties(&[
            (
                "Hallvik Kredit sets $250 million five-year FRN.\n\
                 OSLO 2031-08-22\n\
                 The following floating-rate issue was announced by lead manager Tarnbrook.\n\
                 AMT $250 MLN SPREAD 10 BP MATURITY 21.JAN.36\n",
                // One figure: the box's statement, the headline's its repeat.
                ("$250 MLN", None, Some("Hallvik Kredit")),
            ),
            (
                "Dunmore Bank sets HK$60 mln FRCD.\n\
                 HONG KONG 2031-08-22\n\
                 Dunmore Bank's HK$60 million floating rate certificate of deposit issue \
                 has been privately placed, its arranger said.\n",
                ("HK$60 million", None, Some("Dunmore Bank")),
            ),
        ]);
    }

    /// A wire box of a new issue's terms under its headline, with the
    /// borrower's line `borrower` (none when empty).
    fn terms_box(borrower: &str) -> String {
        format!(
            "Kelmark Bank sets terms on 10-year straight.\n\
             LONDON 2031-08-22\n\
             The following bond was announced by lead manager Orwell Securities.\n\
             {borrower}\
             AMT $150 MLN COUPON 6.5 MATURITY 24.SEP.41\n\
             TYPE STRAIGHT ISS PRICE 100.92 PAY DATE 24.SEP.31\n\
             FULL FEES 1.875 REOFFER 99.32 SPREAD +20 BP\n\
             MOODY AA1 LISTING LUX PAY FREQ =\n\
             S&P = DENOMS (K) 1-10-100 SALE LIMITS US / UK / CA\n\
             NEG PLG NO CRS DEFLT NO FORCE MAJ =\n\
             GOV LAW GERMAN HOME CTRY = TAX PROVS STANDARD\n\
             MGT / UND 0.275 SELL CONC 1.60 PRAECIP =\n"
        )
    }

    #[test]
    fn the_amount_of_a_box_of_terms_is_paid_to_its_borrower() {
        check_money_parties(&[(
            terms_box("BORROWER KELMARK BANK\n").as_str(),
            ("$150 MLN", None, Some("Kelmark Bank")),
        )]);
        // An amount labelled so, no line naming a borrower: no issuer.
        check_money_parties(&[(terms_box("").as_str(), ("$150 MLN", None, None))]);
    }

    #[test]
    fn a_list_item_of_issues_opens_with_its_issuer() {
        check_money_parties(&[(
            "-- Harwick County Water Authority, Ohio, $8.2 million revenue bonds.",
            ("$8.2 million", None, Some("Harwick County Water Authority")),
        )]);
        // A verb between the name and the amount: no item of a list.
        let got = crate::pipeline::tests::money_parties(
            "-- Harwick County Water Authority, Ohio, bought $8.2 million of revenue bonds.",
        );
        assert_ne!(got[0].2.as_deref(), Some("Harwick County Water Authority"));
    }

    #[test]
    fn listed_issuers_issue_listed_amounts_respectively() {
        let got = crate::pipeline::tests::money_parties(
            "In the primary market, Kveldsfinans and Nordheim LB launched issues for \
             150 million and 250 million Swiss francs, respectively.",
        );
        let want = |m: &str, q: &str| (m.to_owned(), None, Some(q.to_owned()));
        assert_eq!(
            got,
            vec![
                want("150 million", "Kveldsfinans"),
                want("250 million Swiss francs", "Nordheim LB")
            ]
        );
    }

    #[test]
    fn a_buyer_of_securities_is_no_issuer() {
        let got = crate::pipeline::tests::money_parties(
            "Tellmark Capital bought $40 million of bonds last week.",
        );
        assert_ne!(got[0].2.as_deref(), Some("Tellmark Capital"));
    }
}
