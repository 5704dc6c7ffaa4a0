//! The home the text gives each named company, read once for all its
//! descriptions: "Wandoona Resources, a Perth-based lithium developer",
//! "Orvo Drinks, headquartered in Lyon", "Perth-based Wandoona", "Orvo
//! Drinks, a Lyon maker of juices". "The Tokyo company" is then no company
//! the text placed in Perth, and "the Lyon company" is the one company at
//! home in Lyon.

use rustc_hash::FxHashMap;

use crate::lang::{ResolveWords, lowercase};
use crate::model::{EntityKind, Mention};

use super::before::home_of;

/// How many words after a name's comma an apposition may run before the
/// home it gives ("X, a fast-growing Perth-based lithium developer").
const APPOSITION_WORDS: usize = 6;

/// How many lower-case words may stand between a home and the name it
/// gives ("Perth-based lithium miner X").
const DESCRIBING_WORDS: usize = 3;

/// `before`, the text before a name, without the lower-case describing
/// words right before the name: "Perth-based lithium miner" gives
/// "Perth-based".
fn described_from(before: &str) -> &str {
    let mut end = before.trim_end().len();
    for _ in 0..DESCRIBING_WORDS {
        let head = before[..end].trim_end();
        // The last space may be a wide one ("\u{a0}"): step past all its bytes.
        let start = head
            .char_indices()
            .rfind(|&(_, c)| c.is_whitespace())
            .map_or(0, |(k, c)| k + c.len_utf8());
        let word = &head[start..];
        if word.is_empty() || !word.chars().all(|c| c.is_lowercase() || c == '-') {
            break;
        }
        end = start;
    }
    &before[..end]
}

/// The key two spellings of one home share: its last word, lower case
/// ("New York" and "the New York-based" both "york").
pub(super) fn home_key(place: &str) -> String {
    lowercase(place.split_whitespace().last().unwrap_or(place))
}

/// The homes the text gives its named organisations, by entity: a word
/// with a home suffix right before the name or in the apposition after it,
/// "based in P" or "headquartered in P" in that apposition, or a place
/// right before the apposition's noun. A company given two homes has none.
pub(super) fn told_homes(
    lang: &ResolveWords,
    text: &str,
    mentions: &[Mention],
) -> FxHashMap<usize, String> {
    let mut told: FxHashMap<usize, Option<String>> = FxHashMap::default();
    for (k, m) in mentions.iter().enumerate() {
        let Some(e) = m.entity.filter(|_| !m.nominal && m.kind == EntityKind::Org) else {
            continue;
        };
        let home = home_of(lang, described_from(&text[..m.span.start]))
            .or_else(|| apposed_home(lang, text, mentions, k))
            .map(|h| home_key(&h));
        if let Some(h) = home {
            let slot = told.entry(e).or_insert_with(|| Some(h.clone()));
            if slot.as_ref().is_some_and(|g| *g != h) {
                *slot = None;
            }
        }
    }
    told.into_iter()
        .filter_map(|(e, h)| h.map(|h| (e, h)))
        .collect()
}

/// The home the apposition after name `k` gives, up to its closing comma
/// or full stop: "X, the Perth-based miner", "X, which is based in Lyon",
/// "X, a Lyon maker of juices".
fn apposed_home(lang: &ResolveWords, text: &str, mentions: &[Mention], k: usize) -> Option<String> {
    let end = mentions[k].span.end;
    let rest = text[end..].strip_prefix(", ")?;
    let start = end + 2;
    let close = rest.find([',', '.', ';', '(']).unwrap_or(rest.len());
    let apposition = &rest[..close];
    // "…, the Milan-based company said": a reporting tag, no apposition.
    if apposition
        .split_whitespace()
        .any(|w| lang.reporting_verbs.contains_lowercase(w))
    {
        return None;
    }
    let words: Vec<(usize, &str)> = apposition
        .split_whitespace()
        .take(APPOSITION_WORDS)
        .map(|w| (w.as_ptr() as usize - rest.as_ptr() as usize, w))
        .collect();
    // "the Perth-based miner": a word with a home suffix.
    if let Some(h) = words.iter().find_map(|(_, w)| home_of(lang, w)) {
        return Some(h);
    }
    // "based in Lyon": the suffix's word, "in", and the place after it.
    let place_at = |at: usize| {
        mentions[k + 1..]
            .iter()
            .take_while(|m| m.span.start <= start + close)
            .find(|m| m.span.start == start + at && m.kind == EntityKind::Loc)
            .map(|m| m.span.slice(text).to_owned())
    };
    for pair in words.windows(3) {
        let [(_, verb), (_, prep), (at, _)] = pair else {
            continue;
        };
        let verb = lowercase(verb);
        let suffixed = lang
            .home_suffixes
            .iter()
            .any(|s| s.strip_prefix('-') == Some(verb.as_str()));
        if suffixed && lang.home_prepositions.contains_lowercase(prep) {
            return place_at(*at);
        }
    }
    // "a Lyon maker of juices": an article, a place and a lower-case noun.
    match words.as_slice() {
        [(_, article), (at, _), (_, noun), ..]
            if lang.determiners.contains_lowercase(article)
                && noun.starts_with(char::is_lowercase) =>
        {
            place_at(*at)
        }
        _ => None,
    }
}

/// The one organisation named `before` that `fits` and the text told at
/// home in `home`: none when two are.
pub(super) fn at_home(
    home: Option<&str>,
    told: &FxHashMap<usize, String>,
    before: &[Mention],
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    let home = home?;
    let mut found = before
        .iter()
        .filter(|m| !m.nominal)
        .filter_map(|m| m.entity)
        .filter(|e| told.get(e).is_some_and(|h| h == home) && fits(*e));
    let first = found.next()?;
    found.all(|e| e == first).then_some(first)
}

#[cfg(test)]
mod tests {
    use rustc_hash::FxHashMap;

    use super::{at_home, described_from};
    use crate::model::{EntityKind, Mention, Provenance, Span};
    use crate::pipeline::tests::resolved;

    #[test]
    fn describing_words_are_cut_at_any_space() {
        assert_eq!(described_from("Perth-based lithium miner "), "Perth-based ");
        // A wide space is two bytes: the cut steps past both.
        assert_eq!(
            described_from("Perth-based\u{a0}lithium miner "),
            "Perth-based\u{a0}"
        );
        assert_eq!(
            described_from("The Evolving\u{a0}partnership between "),
            "The Evolving\u{a0}"
        );
    }

    #[test]
    fn a_place_before_the_noun_is_no_company_the_text_placed_elsewhere() {
        let text = "Japanese trading house Kuroshio Shoji will buy a 19.9% stake in Tarn Lithium, \
                    a Perth-based lithium developer, for $200 million, the developer said. \
                    The shares will be issued at a premium, and the Tokyo company will get two seats on the board.";
        assert_eq!(
            resolved(text, "company will get").as_deref(),
            Some("Kuroshio Shoji")
        );
    }

    #[test]
    fn a_home_told_by_name_is_the_company_a_placed_description_means() {
        let text = "Kuroshio Shoji, a Tokyo-based trading house, will buy a stake in Tarn Lithium. \
                    Tarn Lithium's chief executive said the deal valued the miner at $1 billion. \
                    The Tokyo-based company will get two seats on the board.";
        assert_eq!(
            resolved(text, "company will get").as_deref(),
            Some("Kuroshio Shoji")
        );
    }

    /// A named mention of entity `e` at `start`.
    fn named(start: usize, e: usize) -> Mention {
        let mut m = Mention::new(
            Span::new(start, start + 5),
            EntityKind::Org,
            Provenance::Model,
            0.9,
        );
        m.entity = Some(e);
        m
    }

    #[test]
    fn two_companies_at_one_home_decide_nothing() {
        let before = [named(0, 0), named(10, 1), named(20, 2)];
        let mut told = FxHashMap::default();
        told.insert(0, "tokyo".to_owned());
        told.insert(2, "perth".to_owned());
        assert_eq!(at_home(Some("tokyo"), &told, &before, |_| true), Some(0));
        assert_eq!(at_home(Some("tokyo"), &told, &before, |e| e != 0), None);
        told.insert(1, "tokyo".to_owned());
        assert_eq!(at_home(Some("tokyo"), &told, &before, |_| true), None);
        assert_eq!(at_home(Some("oslo"), &told, &before, |_| true), None);
    }

    #[test]
    fn the_place_of_a_deal_is_no_home() {
        // "signed in Tokyo" places the deal, not Tarn Lithium, which the
        // text told at home in Perth: "the Tokyo company" is the buyer.
        let text = "Kuroshio Shoji will buy a stake in Tarn Lithium, a miner based in Perth, \
                    in a deal signed in Tokyo on Monday. Tarn Lithium's shares rose 9%. \
                    The Tokyo company will get two seats on the board.";
        assert_eq!(
            resolved(text, "company will get").as_deref(),
            Some("Kuroshio Shoji")
        );
    }
}
