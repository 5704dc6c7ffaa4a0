//! The tense of a date's sentence: which way a date without a year points
//! from the anchor.

use crate::lang::{DateWords, lowered};

/// Which way a date without a year points from the anchor, from the tense
/// of its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tense {
    /// No cue.
    Unknown,
    /// Past-tense verbs.
    Past,
    /// Future markers.
    Future,
}

/// The tense nearest the mention within its sentence: past-tense verbs
/// ("fired", "told", "was") against future markers ("will", "until").
pub(super) fn tense_around(d: &DateWords, before: &str, after: &str) -> Tense {
    let sentence_start = before.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let sentence_end = after.find(['.', '!', '?', '\n']).unwrap_or(after.len());
    let cue = |w: &str| -> Option<Tense> {
        let w = lowered(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''));
        let w = w.as_ref();
        if d.future_cues.contains(w) {
            Some(Tense::Future)
        } else if d.past_cues.contains(w)
            || (w.len() > 4
                && d.past_suffixes.iter().any(|x| w.ends_with(x))
                && !d.past_suffix_exceptions.iter().any(|x| w.ends_with(x)))
        {
            Some(Tense::Past)
        } else {
            None
        }
    };
    // The words are read in place, from the mention outwards, rather than
    // collected first.
    let left = || before[sentence_start..].split_whitespace();
    // "pay $N by September 5": a deadline is the coming date.
    if left()
        .next_back()
        .is_some_and(|w| d.deadlines.contains_lowercase(w))
    {
        return Tense::Future;
    }
    let mut right = after[..sentence_end].split_whitespace();
    // A future modal governs the participles after it ("will be published in May").
    if left().any(|w| {
        let w = lowered(w);
        let w = w.as_ref();
        d.future_modals.contains(w) || d.future_modal_suffixes.iter().any(|x| w.ends_with(x))
    }) {
        return Tense::Future;
    }
    // Nearest cue first, the left side winning ties (the verb usually precedes).
    let mut left = left().rev();
    loop {
        let (l, r) = (left.next(), right.next());
        if l.is_none() && r.is_none() {
            return Tense::Unknown;
        }
        if let Some(t) = l.and_then(&cue) {
            return t;
        }
        if let Some(t) = r.and_then(&cue) {
            return t;
        }
    }
}
