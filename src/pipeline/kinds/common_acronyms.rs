//! Acronyms of common nouns: "its collateral protection insurance (CPI)
//! programme", "the crude distillation unit (CDU)". The text defines the
//! acronym by a lower-case phrase whose words it abbreviates, so it names a
//! thing of a kind, no organisation, place or product; the tagger reads
//! the capitals of each later "CPI" or "CDU 3" as a name all the same.

use rustc_hash::FxHashSet;

use crate::lang::{WordList, words_back};
use crate::pipeline::candidate::Candidate;

use super::Kinds;

/// Most letters of an acronym read here.
const MAX_LETTERS: usize = 6;

impl Kinds {
    /// Drops the names that are, or open with and then number, an acronym
    /// the text defines by a lower-case phrase: "CPI", "CPIs", "CDU 3",
    /// "CDU No.3".
    pub fn drop_common_acronyms(&self, text: &str, candidates: &mut Vec<Candidate>) {
        let acronyms = defined_by_common_phrase(text);
        if acronyms.is_empty() {
            return;
        }
        candidates.retain(|c| {
            let m = &c.mention;
            !(m.kind.is_name() && !m.nominal && {
                let name = m.span.slice(text);
                acronyms
                    .iter()
                    .any(|a| names_acronym(name, a, &self.words.number_signs))
            })
        });
    }
}

/// True when `name` is the acronym `a`, its plural, or `a` and a number
/// ("CDU 3", "CDU No.3"; `signs` are the abbreviations of "number").
fn names_acronym(name: &str, a: &str, signs: &WordList) -> bool {
    let Some(rest) = name.strip_prefix(a) else {
        return false;
    };
    rest.is_empty()
        || rest == "s"
        || rest.strip_prefix(' ').is_some_and(|n| {
            // "CDU No." before "3's": the number cut off by the tagger.
            let number = signs
                .iter()
                .find_map(|sign| n.strip_prefix(sign))
                .unwrap_or(n);
            number.is_empty() && n != number
                || number
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
        })
}

/// The acronyms written in brackets right after lower-case words whose
/// first letters they are: "collateral protection insurance (CPI)".
fn defined_by_common_phrase(text: &str) -> FxHashSet<&str> {
    let mut out = FxHashSet::default();
    for (open, _) in text.match_indices(" (") {
        let rest = &text[open + 2..];
        let Some(close) = rest.find(')') else {
            continue;
        };
        let acronym = &rest[..close];
        let letters = acronym.strip_suffix('s').unwrap_or(acronym);
        if !(2..=MAX_LETTERS).contains(&letters.len())
            || !letters.bytes().all(|b| b.is_ascii_uppercase())
        {
            continue;
        }
        let words: Vec<&str> = words_back(&text[..open]).take(letters.len()).collect();
        let spelled = words.len() == letters.len()
            && words.iter().rev().zip(letters.chars()).all(|(w, l)| {
                w.starts_with(|c: char| c.is_lowercase() && c.to_ascii_uppercase() == l)
            });
        if spelled {
            out.insert(letters);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::defined_by_common_phrase;
    use crate::pipeline::tests::analysis;

    #[test]
    fn an_acronym_spelled_by_lower_case_words_is_a_common_noun() {
        let found = defined_by_common_phrase(
            "its flexible pricing scheme (FPS) and the Orvale Pricing Board (OPB) and \
             a cash ratio (CR) of tonnes (T)",
        );
        let mut found: Vec<&str> = found.into_iter().collect();
        found.sort_unstable();
        assert_eq!(found, vec!["CR", "FPS"]);
    }

    #[test]
    fn names_of_a_common_acronym_are_dropped() {
        let text = "Tarnvale Bank settled a suit over its collateral protection insurance \
                    (CPI) programme. The CPI refunds total $4 million. Tarnvale will shut \
                    its crude distillation unit (CDU) No.3 and CDU 3 may restart in May. \
                    Orvale Pricing Board (OPB) said OPB agreed.";
        let a = analysis(text);
        let names: Vec<&str> = a
            .entities
            .iter()
            .filter(|e| e.kind.is_name())
            .map(|e| e.name.as_str())
            .collect();
        assert!(
            names
                .iter()
                .all(|n| !n.starts_with("CPI") && !n.starts_with("CDU")),
            "{names:?}"
        );
        assert!(names.iter().any(|n| n.contains("Tarnvale")), "{names:?}");
        assert!(
            names
                .iter()
                .any(|n| n.contains("Orvale Pricing Board") || *n == "OPB"),
            "{names:?}"
        );
    }
}
