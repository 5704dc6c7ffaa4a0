//! Withdrawn statements: a correction that tells what an earlier version
//! of the article said ("Correction: An earlier version of this article
//! said Ostra had bought Lund Tugs. It was Brakvik Marine that bought
//! them.") is the newspaper's own text and stays in the body, but the
//! claim it reports was wrong: its sentence states no relation, and its
//! figures are no payment between parties. The sentence after it, which
//! says what is right, is read as any other.

use crate::lang::relate::StatusWords;
use crate::model::{Mention, MoneyFact};
use crate::pipeline::relate::Related;
use crate::pipeline::relate::kept::retain_kept;
use crate::pipeline::segment::Segmentation;

/// The phrase that makes a correction's report is among this many first
/// words of the sentence ("*Correction, March 6: An earlier version …").
const OPENING_WORDS: usize = 10;

/// True when `sentence` reports what an earlier version of the article
/// said: among its first words a phrase of `words.withdrawn` ("earlier
/// version of this") and a word of `words.withdrawn_writings` ("article")
/// right after it.
pub fn is_withdrawn(words: &StatusWords, sentence: &str) -> bool {
    // The phrases are in lower case; words are compared ignoring ASCII
    // case, without building lower-case copies (this runs on every
    // sentence), and kept on the stack.
    let mut words_at = [""; OPENING_WORDS];
    let mut n = 0;
    for (slot, w) in words_at.iter_mut().zip(sentence.split_whitespace()) {
        *slot = w.trim_matches(|c: char| !c.is_alphanumeric());
        n += 1;
    }
    let opening = &words_at[..n];
    (0..opening.len()).any(|i| {
        // Most words open no phrase: one look-up says so for them all
        // (a word a phrase opens with, ignoring ASCII case, is ASCII and
        // lowers to that phrase's first word).
        if !words.withdrawn_openings.contains_lowercase(opening[i]) {
            return false;
        }
        let first = opening[i].as_bytes();
        words.withdrawn.iter().any(|p| {
            // Most phrases fail on their first word, told by its bytes.
            let bytes = p.as_bytes();
            if bytes.get(first.len()) != Some(&b' ')
                || !bytes[..first.len()].eq_ignore_ascii_case(first)
            {
                return false;
            }
            let mut n = 0;
            let matched = p.split(' ').all(|pw| {
                n += 1;
                opening
                    .get(i + n - 1)
                    .is_some_and(|w| w.eq_ignore_ascii_case(pw))
            });
            matched
                && opening
                    .get(i + n)
                    .is_some_and(|w| words.withdrawn_writings.contains_lowercase(w))
        })
    })
}

/// By sentence index of `seg`: whether the sentence is withdrawn (see
/// [`is_withdrawn`]).
pub fn withdrawn(words: &StatusWords, text: &str, seg: &Segmentation) -> Vec<bool> {
    seg.sentences
        .iter()
        .map(|s| is_withdrawn(words, s.span.slice(text)))
        .collect()
}

/// Drops the relations whose evidence is a withdrawn sentence, and their
/// payees with them.
pub fn drop_withdrawn(withdrawn: &[bool], seg: &Segmentation, related: &mut Related) {
    if !withdrawn.contains(&true) {
        return;
    }
    let keep: Vec<bool> = related
        .relations
        .iter()
        .map(|(r, _)| {
            !withdrawn
                .get(seg.sentence_index(r.evidence.start))
                .copied()
                .unwrap_or(false)
        })
        .collect();
    retain_kept(&mut related.relations, &mut related.payees, &keep);
}

/// Takes the parties off the figures of withdrawn sentences (`withdrawn`
/// by sentence index): what an earlier version said was paid is no
/// payment.
pub fn clear_parties(
    withdrawn: &[bool],
    seg: &Segmentation,
    mentions: &[Mention],
    money: &mut [MoneyFact],
) {
    for f in money {
        let Some(m) = mentions.get(f.mention) else {
            continue;
        };
        let s = seg.sentence_index(m.span.start);
        if withdrawn.get(s).copied().unwrap_or(false) {
            f.investor = None;
            f.recipient = None;
            f.relation = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn phrases() -> StatusWords {
        Language::english().expect("English loads").relate.status
    }

    #[test]
    fn a_correction_s_report_of_the_earlier_version_is_withdrawn() {
        let p = phrases();
        for s in [
            "Correction: An earlier version of this article said Ostra had bought Lund Tugs.",
            "*Correction, March 6: An earlier version of this story said Ostra was advised by Brakvik Partners.",
            "A previous version of this report misstated the price Quayside paid for Ostra Marine.",
            "CORRECTION: An earlier version of the article gave Zürich Insurance’s stake as 20%.",
        ] {
            assert!(is_withdrawn(&p, s), "{s}");
        }
        for s in [
            "It was Brakvik Marine that bought Lund Tugs.",
            "Ostra launched an earlier version of this engine in 2019.",
            "Quayside said the earlier version of the tug, built in Lund, would be sold to Ostra Marine for €4 million.",
            "",
        ] {
            assert!(!is_withdrawn(&p, s), "{s}");
        }
    }

    #[test]
    fn a_phrase_is_looked_for_from_its_first_word_in_any_case() {
        let p = phrases();
        // The openings are the phrases' first words, lower case, alone.
        assert!(p.withdrawn_openings.contains("earlier"));
        assert!(!p.withdrawn_openings.contains("version"));
        for s in [
            "EARLIER VERSION OF THIS ARTICLE misstated the price Quayside paid.",
            "Früher: an earlier version of the story said Ostra paid €4 million.",
            "* Prior version of this report named the wrong buyer of Lund Tugs.",
        ] {
            assert!(is_withdrawn(&p, s), "{s}");
        }
        for s in [
            "Earlier, a version of this story ran in Zürich.",
            "Ostra said an earlier version of this article’s engine was sold.",
            "One two three four five six seven eight nine ten: an earlier version of this article said so.",
        ] {
            assert!(!is_withdrawn(&p, s), "{s}");
        }
    }
}
