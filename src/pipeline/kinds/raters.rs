//! Rating agencies and nationality words in a line in capitals: a wire's
//! terms table names the issue's raters among its labels and values ("LAST
//! MOODY AA3 ISS PRICE 99.956", "MOODY'S: A1 S&P: AA- FITCH: AA-", "LAST
//! JCR LAST JBRI A LAST NIS") and the law it is under ("GOV LAW GERMAN"),
//! where the tagger, reading capitals, finds no name. A listed rater's word
//! there is an organisation, a nationality word ("GERMAN" as "German") a
//! nationality; before a figure neither is ("AMT NIS 50 MLN" is a sum in
//! shekels).

use crate::model::{EntityKind, Mention, Provenance, Span};
use crate::pipeline::candidate::Candidate;

use super::Kinds;

/// Confidence of a rater read from a line in capitals.
const CONFIDENCE: f32 = 0.8;

/// Fewest words of a line in capitals that may name a rater: a name alone
/// on its line is a heading.
const MIN_WORDS: usize = 2;

/// The words of `line` with their byte offsets in it.
fn words_at(line: &str) -> Vec<(usize, &str)> {
    line.split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w.trim_end()))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

/// A word in capitals as a name writes it: "GERMAN" as "German".
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    })
}

impl Kinds {
    /// Adds an organisation for each listed rater ("MOODY", "S&P") and a
    /// nationality for each nationality word ("GERMAN") written in a line
    /// with no lower-case letter, not before a figure, that no candidate
    /// covers; keeps `candidates` sorted by start.
    pub fn add_capitals_raters(&self, text: &str, candidates: &mut Vec<Candidate>) {
        let mut added: Vec<Candidate> = Vec::new();
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let start = line_start;
            line_start += line.len();
            if line.chars().any(char::is_lowercase) {
                continue;
            }
            let words = words_at(line);
            if words.len() < MIN_WORDS {
                continue;
            }
            for (k, &(at, word)) in words.iter().enumerate() {
                let name = word.trim_end_matches([':', ',', ';']);
                let kind = if self.words.raters.contains(name) {
                    EntityKind::Org
                } else if self.is_nationality(&title_case(name)) {
                    EntityKind::Nationality
                } else {
                    continue;
                };
                let before_figure = words
                    .get(k + 1)
                    .is_some_and(|(_, next)| next.starts_with(|c: char| c.is_ascii_digit()));
                let span = Span::new(start + at, start + at + name.len());
                if before_figure
                    || candidates
                        .iter()
                        .chain(&added)
                        .any(|c| c.mention.span.overlaps(span))
                {
                    continue;
                }
                added.push(Candidate {
                    mention: Mention::new(span, kind, Provenance::Rule, CONFIDENCE),
                    head: None,
                });
            }
        }
        if !added.is_empty() {
            candidates.extend(added);
            candidates.sort_by_key(|c| c.mention.span.start);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_rater_and_a_nationality_word_in_a_terms_table_are_names() {
        let text = "Lundby Hamn sets 300 mln crown bond.\n\
                    The following bond was announced by lead manager Ostra Securities.\n\
                    BORROWER LUNDBY HAMN AB\n\
                    LAST MOODY AA3 ISS PRICE 99.95 FULL FEES 10 BP\n\
                    GOV LAW SWEDISH HOME CTRY = TAX PROVS STANDARD\n\
                    MOODY'S: A1 FITCH: AA-\n\
                    LAST JCR LAST JBRI A LAST NIS\n";
        for name in ["MOODY", "MOODY'S", "FITCH", "JCR", "JBRI", "NIS"] {
            assert_eq!(kind_of(text, name), Some(Org), "{name}");
        }
        assert_eq!(kind_of(text, "SWEDISH"), Some(Nationality));
    }

    #[test]
    fn a_rater_word_before_a_figure_or_in_running_text_is_no_rater() {
        let text = "Tarvo raised its offer on Tuesday.\n\
                    AMT NIS 50 MLN COUPON 6.5 PCT\n\
                    The fitch is a polecat, Tarvo's spokesman said.\n";
        assert_eq!(kind_of(text, "NIS"), None);
        assert_eq!(kind_of(text, "fitch"), None);
    }
}
