//! Whose dollars a bare "$" means on a dollar country's own page. A
//! Canadian, Australian or New Zealand paper writes its own dollar as a
//! bare "$" ("reported net income of $212 million", "fell 85 cents to
//! $48.20") and marks the US one ("US$12 million"); a wire agency's copy
//! marks the local dollar ("A$840 million") and means US dollars by a bare
//! "$", whatever its dateline. The page's country is read from the place
//! words it names, its clutter's among them (a Perth paper names Perth,
//! Western Australia and its publisher's "Pty Ltd"): one dollar country's
//! named often, the others' and the United States' seldom, no
//! international agency credited and no dollar of a country marked.
//!
//! Takes the figures stage's money facts once the marked dollars are
//! read ([`super::dollars::localise_dollars`]); gives the bare "$" and
//! bare cents facts of such a page its country's currency.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::lang::Language;
use crate::model::{Mention, MoneyFact};

/// Fewest place words of its country a page names to be that country's.
const FEWEST_WORDS: usize = 4;

/// How many times the place words of all other countries the country's
/// must outnumber.
const OUTNUMBER: usize = 3;

/// The place words of the dollar countries and the United States, found
/// in one pass over a text.
#[derive(Debug, Clone)]
pub struct HomePlaces {
    /// The words, leftmost-longest ("New South Wales" before "Wales");
    /// none when they could not be built.
    finder: Option<AhoCorasick>,
    /// Each word's currency, by pattern index.
    codes: Vec<String>,
}

impl HomePlaces {
    /// The finder of `table`'s words (`(word, currency)`).
    pub fn new(table: &[(String, String)]) -> Self {
        // A DFA: the words are too many for a prefilter, and the default
        // automaton's step over every byte of a page was 30 instructions
        // a byte (0.15 M for the 5 KB sample, a hundredth of its analysis).
        let finder = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(table.iter().map(|(w, _)| w))
            .ok();
        Self {
            finder,
            codes: table.iter().map(|(_, c)| c.clone()).collect(),
        }
    }

    /// The currency of the dollar country whose page `text` is: the one
    /// whose place words it names at least [`FEWEST_WORDS`] times and
    /// [`OUTNUMBER`] times as often as all others' (`default`'s, the United
    /// States', among them); none else.
    pub fn home<'h>(&'h self, text: &str, default: &str) -> Option<&'h str> {
        let finder = self.finder.as_ref()?;
        let mut counts: Vec<(&str, usize)> = Vec::new();
        let bytes = text.as_bytes();
        for m in finder.find_iter(text) {
            // Whole words only: "US" is no part of "USD", "Perth" of "Perthshire".
            let word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
            let before = m.start().checked_sub(1).map(|i| bytes[i]);
            if before.is_some_and(word) || bytes.get(m.end()).copied().is_some_and(word) {
                continue;
            }
            let Some(code) = self.codes.get(m.pattern().as_usize()) else {
                continue;
            };
            match counts.iter_mut().find(|(c, _)| c == code) {
                Some((_, n)) => *n += 1,
                None => counts.push((code, 1)),
            }
        }
        let total: usize = counts.iter().map(|(_, n)| n).sum();
        let &(code, n) = counts
            .iter()
            .filter(|(c, _)| *c != default)
            .max_by_key(|(_, n)| *n)?;
        (n >= FEWEST_WORDS && n >= OUTNUMBER * (total - n)).then_some(code)
    }

    /// True when `code` is a dollar country's currency of the table.
    fn is_home(&self, code: &str, default: &str) -> bool {
        code != default && self.codes.iter().any(|c| c == code)
    }
}

/// Reads the marked dollars ([`super::dollars::localise_dollars`]), then,
/// on a dollar country's own page, gives its bare "$" and bare cents that
/// country's currency.
pub fn localise(
    lang: &Language,
    home: &HomePlaces,
    text: &str,
    mentions: &[Mention],
    facts: &mut [MoneyFact],
) {
    let default = lang.money.default_currency.as_str();
    super::dollars::localise_dollars(text, mentions, default, facts);
    let bare: Vec<bool> = facts
        .iter()
        .map(|f| {
            let surface = mentions.get(f.mention).map_or("", |m| m.span.slice(text));
            f.currency == default
                && (super::dollars::is_bare(surface)
                    || super::cents::bare_cents(&lang.money.cents, surface))
        })
        .collect();
    if !bare.contains(&true) {
        return;
    }
    // A dollar country's dollar marked ("A$", "Canadian dollars"): the
    // text says whose dollars it counts in itself.
    if facts.iter().any(|f| home.is_home(&f.currency, default)) {
        return;
    }
    // "(Reuters)": a wire's copy, whose bare "$" is the US dollar.
    let credited = lang.dateline.agencies.iter().any(|a| {
        text.match_indices(a)
            .any(|(i, _)| text[..i].ends_with('(') && text[i + a.len()..].starts_with(')'))
    });
    if credited {
        return;
    }
    let Some(code) = home.home(text, default) else {
        return;
    };
    for (f, _) in facts.iter_mut().zip(&bare).filter(|(_, b)| **b) {
        code.clone_into(&mut f.currency);
    }
}

#[cfg(test)]
mod tests {
    /// Each money figure of `text` with its currency, as the pipeline
    /// reads them.
    fn currencies(text: &str) -> Vec<(String, String)> {
        let a = crate::pipeline::tests::analysis(text);
        a.money
            .iter()
            .map(|f| (a.mention_text(f.mention).to_owned(), f.currency.clone()))
            .collect()
    }

    fn all_in(text: &str, code: &str) -> bool {
        let got = currencies(text);
        !got.is_empty() && got.iter().all(|(_, c)| c == code)
    }

    #[test]
    fn a_dollar_countrys_page_writes_its_own_dollars_bare() {
        let text = "Perth | Monday, 8 September 2031\n\
                    Quarrion Minerals said on Monday it would spend $140 million on its mill near \
                    Kalgoorlie. The Perth-based miner, which is listed on the ASX, paid its \
                    chief $480,000 and will pay a dividend of 9 cents a share.\n\
                    © 2031 Wandle Media Pty Ltd, Western Australia\n";
        assert!(all_in(text, "AUD"), "{:?}", currencies(text));
        let text = "Tallowind Insurance Inc. (TSX:TWI) of Sherbrooke, Que., said on Thursday it \
                    earned $212 million in the quarter, up from $188 million. Its shares fell \
                    85 cents to $48.20 in Toronto, where Ontario investors hold most of them.\n";
        assert!(all_in(text, "CAD"), "{:?}", currencies(text));
    }

    #[test]
    fn a_wire_or_a_us_page_keeps_the_bare_dollar_american() {
        // A wire agency's copy from Sydney: the bare "$" is the US dollar.
        let text = "SYDNEY, Aug 5 (Reuters) - Quarrion Minerals of Perth, Western Australia, \
                    said it would spend $140 million near Kalgoorlie, its Australian mill.\n";
        assert!(all_in(text, "USD"), "{:?}", currencies(text));
        // A page naming a Canadian company's home and the United States too.
        let text = "The Toronto-based Byrnmoor raised $60 million to build data centers in \
                    Canada and one in Texas, its chief told a New York conference. It hired a \
                    reporter from Vancouver.\n";
        assert!(all_in(text, "USD"), "{:?}", currencies(text));
        // An article that marks the local dollar counts in both.
        let text = "Quarrion Minerals of Perth, Western Australia, and Kalgoorlie will spend \
                    A$140 million on its Australian mill and $20 million on trucks.\n";
        let got = currencies(text);
        assert_eq!(got.first().map(|(_, c)| c.as_str()), Some("AUD"), "{got:?}");
    }

    #[test]
    fn a_shilling_glued_on_is_the_shilling_of_the_country_named() {
        let text = "Mkwawa Dairies will borrow Sh3.4 billion from Ruvu Bank.\n";
        assert!(all_in(text, "KES"), "{:?}", currencies(text));
        let text =
            "The Ugandan processor Mkwawa Dairies will borrow Shs3.4 billion from Ruvu Bank.\n";
        assert!(all_in(text, "UGX"), "{:?}", currencies(text));
        let text = "CASABLANCA, March 3 - Atlasor will pay Dh310 million for Rifmar.\n";
        assert!(all_in(text, "MAD"), "{:?}", currencies(text));
    }
}
