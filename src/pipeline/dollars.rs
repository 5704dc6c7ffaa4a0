//! Whose dollars a bare "$" means. A "$" amount reads as US dollars unless
//! the article says otherwise: a headline's "$52.5 million" over a body's
//! "AU$52.5 million", or an article whose every marked dollar is one
//! country's ("A$840 million", "A$8.75") and none the United States'.
//!
//! The same holds for a currency word several countries share: a bare
//! "crowns" reads as the article's "Norwegian crowns" when every crown it
//! names a country for is Norway's.
//!
//! Takes the figures stage's money facts and mentions; gives the facts back
//! with the currency of bare "$" amounts and bare currency words set from
//! the article.

use crate::lang::{CurrencyWords, MoneyWords, lowercase};
use crate::model::{EntityKind, Mention, MoneyFact, Span, same_value};

/// What a money mention's surface says about its dollar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dollar {
    /// A bare "$": whose, the article says.
    Bare,
    /// A "$" with a country's letters before it ("AU$", "US$", "C$").
    Marked,
    /// No "$" at all ("€2m", "5 million euros").
    None,
}

fn dollar(surface: &str) -> Dollar {
    let s = surface.trim_start();
    match s.find('$') {
        Some(0) => Dollar::Bare,
        Some(i)
            if s[..i]
                .trim_end()
                .ends_with(|c: char| c.is_alphabetic() || c == '.') =>
        {
            Dollar::Marked
        }
        _ => Dollar::None,
    }
}

/// True when a money surface is a bare "$" amount ("$4.10", not "A$4.10").
pub(super) fn is_bare(surface: &str) -> bool {
    dollar(surface) == Dollar::Bare
}

/// The currency word of a money surface (lower case): the table's marker
/// of several words it contains ("norwegian crown", with its currency), or
/// else the one-word marker its words start with ("crown" of "crowns"); a
/// local marker glued on stands for its word ("shilling" of "sh2.9 billion").
fn currency_word<'t>(
    surface: &str,
    markers: &'t CurrencyWords,
    money: &MoneyWords,
) -> Option<(&'t str, Option<&'t str>)> {
    let lead = surface[..surface.find(|c: char| c.is_ascii_digit()).unwrap_or(0)].trim();
    if let Some(word) = Some(lead)
        .filter(|l| !l.is_empty())
        .and_then(|l| money.glued_word(l))
    {
        if let Some((marker, code)) = markers.several.iter().find(|(m, _)| m == word) {
            let last = marker.rsplit(' ').next().unwrap_or(marker);
            return Some((last, Some(code.as_str())));
        }
        return markers
            .one
            .iter()
            .find(|(m, _)| m == word)
            .map(|(m, _)| (m.as_str(), None));
    }
    // Where the surface's words start: a marker must open at one of them.
    // A few prefix checks per marker instead of a substring search each.
    let starts: Vec<&str> = std::iter::once(surface)
        .chain(surface.match_indices(' ').map(|(i, _)| &surface[i + 1..]))
        .collect();
    // The first bytes of those words: most markers open with none of them.
    let mut firsts = [false; 256];
    for rest in &starts {
        if let Some(&b) = rest.as_bytes().first() {
            firsts[usize::from(b)] = true;
        }
    }
    let starts_a_word = |m: &str| {
        m.as_bytes()
            .first()
            .is_some_and(|&b| firsts[usize::from(b)])
            && starts.iter().any(|rest| rest.starts_with(m))
    };
    if let Some((marker, code)) = markers.several.iter().find(|(m, _)| starts_a_word(m)) {
        let last = marker.rsplit(' ').next().unwrap_or(marker);
        return Some((last, Some(code.as_str())));
    }
    markers
        .one
        .iter()
        .find(|(m, _)| m.len() > 1 && starts_a_word(m))
        .map(|(m, _)| (m.as_str(), None))
}

/// Sets the currency of every fact whose currency word names no country
/// ("640 million crowns") to the one currency of the article's amounts
/// that name a country for that word ("Norwegian crowns"), when they all
/// name the same; when none names one, to the currency the dateline's
/// `place` gives the word ("franc" is "FRF" under Paris), else to the one
/// country the text names for it.
pub fn localise_words(
    text: &str,
    mentions: &[Mention],
    money: &MoneyWords,
    place: Option<&str>,
    facts: &mut [MoneyFact],
) {
    if facts.is_empty() {
        return;
    }
    let local = local_currencies(money, place);
    let markers = &money.currency_words;
    let words: Vec<Option<(&str, Option<&str>)>> = facts
        .iter()
        .map(|f| {
            let surface = lowercase(mentions[f.mention].span.slice(text));
            currency_word(&surface, markers, money)
        })
        .collect();
    // The text's country for a currency word, read once a word: every bare
    // "francs" of an article asks the same question of the same text.
    let mut in_text: Vec<(&str, Option<&str>)> = Vec::new();
    for (f, w) in facts.iter_mut().zip(&words) {
        let Some((word, None)) = *w else {
            continue;
        };
        let mut named = words
            .iter()
            .flatten()
            .filter(|(x, c)| *x == word && c.is_some());
        let Some((_, Some(first))) = named.next() else {
            // No amount names the country: the dateline's ("PARIS --"
            // francs are French), else the one country the article's words
            // name for the currency word ("a Norwegian contract").
            if let Some(&(_, code)) = local.iter().find(|(w, _)| *w == word) {
                code.clone_into(&mut f.currency);
                continue;
            }
            let code = match in_text.iter().find(|(w, _)| *w == word) {
                Some(&(_, code)) => code,
                None => {
                    let code = named_in_text(text, &names(mentions), word, &money.currencies);
                    in_text.push((word, code));
                    code
                }
            };
            if let Some(code) = code {
                code.clone_into(&mut f.currency);
            }
            continue;
        };
        if named.all(|(_, c)| *c == Some(*first)) {
            (*first).clone_into(&mut f.currency);
        }
    }
}

/// The currency words the dateline's `place` gives their country's
/// currency: `(marker, code)`, none without a dateline.
fn local_currencies<'l>(money: &'l MoneyWords, place: Option<&str>) -> Vec<(&'l str, &'l str)> {
    let Some(place) = place else {
        return Vec::new();
    };
    let place = place.split_whitespace().collect::<Vec<_>>().join(" ");
    let place = lowercase(&place);
    money
        .dateline_currencies
        .iter()
        .filter(|(p, ..)| *p == place)
        .map(|(_, word, code)| (word.as_str(), code.as_str()))
        .collect()
}

/// The spans of organisations' names of more than one word ("Swiss Re",
/// "Norwegian Air Shuttle"): a country word inside one names a company,
/// not the country whose currency the article counts in.
fn names(mentions: &[Mention]) -> Vec<Span> {
    mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Org && !m.nominal && !m.span.is_empty())
        .map(|m| m.span)
        .collect()
}

/// The one currency whose country word the text uses as a word outside the
/// organisations' names `names`, among the table's markers for the
/// currency word `word` ("Norwegian" of "norwegian crown"); none when the
/// text names no such country or several.
fn named_in_text<'t>(
    text: &str,
    names: &[Span],
    word: &str,
    table: &'t [(String, String)],
) -> Option<&'t str> {
    // The markers for the word (a few), then one pass over the text's
    // capitalised words for their countries.
    let candidates: Vec<(&str, &str)> = table
        .iter()
        .filter_map(|(marker, code)| {
            let (country, last) = marker.rsplit_once(' ')?;
            (last == word && !country.contains(' ')).then_some((country, code.as_str()))
        })
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let mut named = vec![false; candidates.len()];
    let in_name = |w: &str| {
        let at = w.as_ptr() as usize - text.as_ptr() as usize;
        let end = at + w.len();
        names
            .iter()
            .any(|n| n.start <= at && end <= n.end && (n.start, n.end) != (at, end))
    };
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.starts_with(char::is_uppercase) && !in_name(w))
    {
        // An ASCII word's lower case is its ASCII lower case: compared
        // without a copy.
        let lower = (!w.is_ascii()).then(|| w.to_lowercase());
        for (n, (country, _)) in named.iter_mut().zip(&candidates) {
            *n |= match &lower {
                Some(lower) => lower == country,
                // The table's markers are lower case.
                None => w.eq_ignore_ascii_case(country),
            };
        }
    }
    let mut codes = candidates
        .iter()
        .zip(&named)
        .filter(|&(_, &n)| n)
        .map(|((_, code), _)| *code);
    let first = codes.next()?;
    codes.all(|c| c == first).then_some(first)
}

/// Sets the currency of every bare "$" fact in `facts`: that of a marked
/// dollar amount of the same value when one is not US dollars, else the
/// one currency of all marked dollar amounts when that is not `default`
/// (US dollars), none is `default` and one is not a price per share or
/// unit. Others keep `default`.
pub fn localise_dollars(text: &str, mentions: &[Mention], default: &str, facts: &mut [MoneyFact]) {
    let kinds: Vec<Dollar> = facts
        .iter()
        .map(|f| dollar(mentions[f.mention].span.slice(text)))
        .collect();
    let marked: Vec<(f64, String, bool)> = facts
        .iter()
        .zip(&kinds)
        .filter(|(_, k)| **k == Dollar::Marked)
        .map(|(f, _)| (f.value, f.currency.clone(), f.per.is_some()))
        .collect();
    // A share price quoted in the listing's dollars ("C$4.20 a share")
    // says nothing of the deal's own dollars.
    let only = marked
        .iter()
        .find(|(.., per)| !per)
        .map(|(_, c, _)| c.as_str())
        .filter(|c| *c != default && marked.iter().all(|(_, x, _)| x == c));
    // "2.1 billion Australian dollars ($1.32 billion)": a bare "$" in
    // brackets after a figure in another currency is its conversion into
    // US dollars, whatever dollars the article's other figures are in.
    let conversions: Vec<bool> = (0..facts.len())
        .map(|k| {
            k > 0
                && kinds[k] == Dollar::Bare
                && kinds[k - 1] != Dollar::Bare
                && facts[k - 1].currency != default
                && bracketed_after(text, mentions, &facts[k - 1], &facts[k])
        })
        .collect();
    for ((f, k), conversion) in facts.iter_mut().zip(&kinds).zip(conversions) {
        if *k != Dollar::Bare || f.currency != default || conversion {
            continue;
        }
        let same = marked
            .iter()
            .find(|(v, c, _)| c != default && same_value(*v, f.value))
            .map(|(_, c, _)| c.as_str());
        if let Some(c) = same.or(only) {
            c.clone_into(&mut f.currency);
        }
    }
}

/// True when the figure `after` opens a bracket right after the figure
/// `before`, with at most a qualifier between ("€2 billion (about $3
/// billion)").
fn bracketed_after(
    text: &str,
    mentions: &[Mention],
    before: &MoneyFact,
    after: &MoneyFact,
) -> bool {
    let (Some(a), Some(b)) = (mentions.get(before.mention), mentions.get(after.mention)) else {
        return false;
    };
    text.get(a.span.end..b.span.start)
        .map(str::trim_start)
        .and_then(|t| t.strip_prefix('('))
        .is_some_and(|t| t.len() <= 24 && t.chars().all(|c| c.is_alphabetic() || c == ' '))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, Provenance, Span};

    /// Facts for the money amounts `amounts` (surface, value, currency) as
    /// they stand in `text`, with their currencies as the article sets them.
    fn localised(text: &str, amounts: &[(&str, f64, &str)]) -> Vec<String> {
        localised_with(text, amounts, &[])
    }

    /// As [`localised`], the amounts at the indices `priced` marked as
    /// prices per share.
    fn localised_with(text: &str, amounts: &[(&str, f64, &str)], priced: &[usize]) -> Vec<String> {
        localised_among(text, amounts, priced, &[])
    }

    /// As [`localised_with`], the names `orgs` tagged as organisations.
    fn localised_among(
        text: &str,
        amounts: &[(&str, f64, &str)],
        priced: &[usize],
        orgs: &[&str],
    ) -> Vec<String> {
        let mut mentions = Vec::new();
        let mut facts = Vec::new();
        let mut from = 0;
        for &(surface, value, currency) in amounts {
            let start = from + text[from..].find(surface).expect("in text");
            from = start + surface.len();
            mentions.push(Mention::new(
                Span::new(start, from),
                EntityKind::Money,
                Provenance::Rule,
                1.0,
            ));
            facts.push(MoneyFact {
                mention: mentions.len() - 1,
                value,
                currency: currency.to_owned(),
                qualifier: None,
                year: None,
                investor: None,
                recipient: None,
                relation: None,
                repeats: Vec::new(),
                per: priced
                    .contains(&facts.len())
                    .then_some(crate::model::Per::Share),
            });
        }
        for org in orgs {
            let start = text.find(org).expect("in text");
            mentions.push(Mention::new(
                Span::new(start, start + org.len()),
                EntityKind::Org,
                Provenance::Rule,
                1.0,
            ));
        }
        localise_dollars(text, &mentions, "USD", &mut facts);
        let lang = crate::lang::Language::english().expect("English loads");
        localise_words(text, &mentions, &lang.money, None, &mut facts);
        facts.into_iter().map(|f| f.currency).collect()
    }

    #[test]
    fn a_headline_dollar_takes_the_body_figures_currency() {
        let text = "Canberra gives $52.5 million to Kelpie\n\
                    The government gives Kelpie AU$52.5 million (US$40.4 million) and $3 million more.";
        assert_eq!(
            localised(
                text,
                &[
                    ("$52.5 million", 5.25e7, "USD"),
                    ("AU$52.5 million", 5.25e7, "AUD"),
                    ("US$40.4 million", 4.04e7, "USD"),
                    ("$3 million", 3e6, "USD"),
                ]
            ),
            vec!["AUD", "AUD", "USD", "USD"]
        );
    }

    #[test]
    fn an_article_in_one_countrys_dollars_reads_bare_dollars_as_them() {
        let text = "Mitsuoka pays A$840 million, or A$8.75 a share; the $210 million rest follows.";
        let amounts = [
            ("A$840 million", 8.4e8, "AUD"),
            ("A$8.75", 8.75, "AUD"),
            ("$210 million", 2.1e8, "USD"),
        ];
        assert_eq!(localised(text, &amounts), vec!["AUD", "AUD", "AUD"]);
        // One US dollar amount marked as such: bare dollars stay US dollars.
        let text = "Mitsuoka pays C$840 million (US$610 million); the $210 million rest follows.";
        let amounts = [
            ("C$840 million", 8.4e8, "CAD"),
            ("US$610 million", 6.1e8, "USD"),
            ("$210 million", 2.1e8, "USD"),
        ];
        assert_eq!(localised(text, &amounts), vec!["CAD", "USD", "USD"]);
        // No marked dollar at all: US dollars; other currencies untouched.
        let text = "Zürich Bank paid €5 млн and $2 billion.";
        let amounts = [("€5 млн", 5e6, "EUR"), ("$2 billion", 2e9, "USD")];
        assert_eq!(localised(text, &amounts), vec!["EUR", "USD"]);
    }

    #[test]
    fn a_bare_dollar_in_brackets_after_another_currency_is_american() {
        // Its conversion, though the article's other dollars are local.
        let text = "Tavrin buys Quellmark for C$184 million ($133 million); the C$20 million rest and $5 million follow.";
        let amounts = [
            ("C$184 million", 1.84e8, "CAD"),
            ("$133 million", 1.33e8, "USD"),
            ("C$20 million", 2e7, "CAD"),
            ("$5 million", 5e6, "USD"),
        ];
        assert_eq!(localised(text, &amounts), vec!["CAD", "USD", "CAD", "CAD"]);
        // With its qualifier; after a currency word.
        let text =
            "Tavrin pays 2.1 billion Australian dollars (about $1.32 billion) and A$4.10 a share.";
        let amounts = [
            ("2.1 billion Australian dollars", 2.1e9, "AUD"),
            ("$1.32 billion", 1.32e9, "USD"),
            ("A$4.10", 4.1, "AUD"),
        ];
        assert_eq!(localised(text, &amounts), vec!["AUD", "USD", "AUD"]);
        // A bare dollar after a bare dollar is no conversion of it.
        let text = "Mitsuoka pays A$840 million; the $210 million ($20 million now) rest follows.";
        let amounts = [
            ("A$840 million", 8.4e8, "AUD"),
            ("$210 million", 2.1e8, "USD"),
            ("$20 million", 2e7, "USD"),
        ];
        assert_eq!(localised(text, &amounts), vec!["AUD", "AUD", "AUD"]);
    }

    #[test]
    fn a_share_price_in_local_dollars_leaves_bare_dollars_american() {
        let text =
            "Quellmark buys Dunvail Mining for $900 million; Dunvail shares closed at C$3.10.";
        let amounts = [("$900 million", 9e8, "USD"), ("C$3.10", 3.1, "CAD")];
        assert_eq!(localised_with(text, &amounts, &[1]), vec!["USD", "CAD"]);
    }

    #[test]
    fn a_bare_crown_is_the_crown_the_article_names() {
        let text = "Fjordkam buys Ulvetind for 3 billion crown. It pays 2 billion Danish crowns \
                    and 1 billion crowns in shares.";
        let amounts = [
            ("3 billion crown", 3e9, "SEK"),
            ("2 billion Danish crowns", 2e9, "DKK"),
            ("1 billion crowns", 1e9, "SEK"),
        ];
        assert_eq!(localised(text, &amounts), vec!["DKK", "DKK", "DKK"]);
        // Two countries' crowns: a bare one stays the table's.
        let text =
            "It pays 2 billion Danish crowns and 1 billion Swedish crowns; 5 million crowns more.";
        let amounts = [
            ("2 billion Danish crowns", 2e9, "DKK"),
            ("1 billion Swedish crowns", 1e9, "SEK"),
            ("5 million crowns", 5e6, "SEK"),
        ];
        assert_eq!(localised(text, &amounts), vec!["DKK", "SEK", "SEK"]);
    }

    #[test]
    fn a_bare_crown_is_the_crown_of_the_country_the_article_names() {
        let text = "Tindrafly won a Norwegian rescue contract. Its shares rose to 41.20 crowns.";
        let amounts = [("41.20 crowns", 41.2, "SEK")];
        assert_eq!(localised(text, &amounts), vec!["NOK"]);
        // Two countries with crowns named: the table's crown stays.
        let text = "Tindrafly flies Norwegian and Danish routes. Its shares rose to 41.20 crowns.";
        assert_eq!(localised(text, &amounts), vec!["SEK"]);
        let text = "The Mauritian grower Belcourt Sucre closed at 61.50 rupees.";
        assert_eq!(
            localised(text, &[("61.50 rupees", 61.5, "INR")]),
            vec!["MUR"]
        );
    }

    #[test]
    fn a_bare_dinar_is_the_dinar_of_the_country_the_article_names() {
        let text = "The Yugoslav carrier Vardalo pays 20 million dinars for repairs.";
        let amounts = [("20 million dinars", 2e7, "KWD")];
        assert_eq!(localised(text, &amounts), vec!["YUM"]);
    }

    #[test]
    fn a_country_word_in_an_organisations_name_names_no_currency() {
        let text = "French shares fell while Swiss Re rose. Scorvane closed at 202 francs.";
        let amounts = [("202 francs", 202.0, "CHF")];
        // Read as words, French and Swiss are both named: the table's franc.
        assert_eq!(localised(text, &amounts), vec!["CHF"]);
        // "Swiss Re" is a company's name: the French franc.
        assert_eq!(
            localised_among(text, &amounts, &[], &["Swiss Re"]),
            vec!["FRF"]
        );
        // A one-word name that is the country word itself still names it.
        let text = "Tindrafly flies for Norwegian. Its shares rose to 41.20 crowns.";
        assert_eq!(
            localised_among(text, &[("41.20 crowns", 41.2, "SEK")], &[], &["Norwegian"]),
            vec!["NOK"]
        );
        // West African francs.
        let text = "Kaloum Mines paid 50 million Guinean francs for the survey.";
        assert_eq!(
            localised(text, &[("50 million Guinean francs", 5e7, "GNF")]),
            vec!["GNF"]
        );
    }

    #[test]
    fn a_country_counts_only_as_a_capitalised_word_of_its_own() {
        let amounts = [("41.20 crowns", 41.2, "SEK")];
        // Lower case, or inside a longer word: not named.
        let text = "Tindrafly's norwegian arm and its NorwegianAir deal. Shares: 41.20 crowns.";
        assert_eq!(localised(text, &amounts), vec!["SEK"]);
        // Capitalised in any case, beside letters outside ASCII.
        let text = "Tindrafly won a NORWEGIAN contract from Åsgård. Shares: 41.20 crowns.";
        assert_eq!(localised(text, &amounts), vec!["NOK"]);
        let text = "Tindrafly won a Danish contract and sold Æbleø. Shares: 41.20 crowns.";
        assert_eq!(localised(text, &amounts), vec!["DKK"]);
    }

    #[test]
    fn bare_francs_under_a_paris_dateline_are_french() {
        let a = crate::pipeline::tests::analysis(
            "PARIS 2031-08-27\nBrenmoor Group slid 12.19 percent to 55.1 francs after a loss of 758 million francs.\n",
        );
        let got: Vec<(&str, &str)> = a
            .money
            .iter()
            .map(|f| (a.mention_text(f.mention), f.currency.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![("55.1 francs", "FRF"), ("758 million francs", "FRF")]
        );
        // Francs the text gives a country keep it.
        let a = crate::pipeline::tests::analysis(
            "PARIS 2031-08-27\nOstby Bank paid 40 million Swiss francs; the rest, 9 million francs, follows.\n",
        );
        assert!(a.money.iter().all(|f| f.currency == "CHF"));
    }
}
