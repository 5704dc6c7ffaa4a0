//! The tense of a date's sentence: which way a date without a year points
//! from the anchor.

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

const PAST_CUES: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "ago", "took", "went", "began", "came", "made",
    "got", "gave", "won", "lost", "sold", "bought", "paid", "left", "fell", "rose", "met", "saw",
    "led", "held", "struck", "ran", "wrote", "spoke", "hit",
];
const FUTURE_CUES: &[&str] = &[
    "will",
    "shall",
    "'ll",
    "until",
    "till",
    "through",
    "next",
    "upcoming",
    "coming",
    "begin",
    "start",
    "expected",
    "expects",
    "plans",
    "scheduled",
    "due",
    "tomorrow",
    "be",
];

/// The tense nearest the mention within its sentence: past-tense verbs
/// ("fired", "told", "was") against future markers ("will", "until").
pub(super) fn tense_around(before: &str, after: &str) -> Tense {
    let sentence_start = before.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let sentence_end = after.find(['.', '!', '?', '\n']).unwrap_or(after.len());
    let cue = |w: &str| -> Option<Tense> {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
            .to_lowercase();
        if FUTURE_CUES.contains(&w.as_str()) {
            Some(Tense::Future)
        } else if PAST_CUES.contains(&w.as_str())
            || (w.len() > 4
                && w.ends_with("ed")
                && ![
                    "need", "indeed", "speed", "exceed", "proceed", "succeed", "embed",
                ]
                .iter()
                .any(|x| w.ends_with(x)))
        {
            Some(Tense::Past)
        } else {
            None
        }
    };
    let left: Vec<&str> = before[sentence_start..].split_whitespace().collect();
    let right: Vec<&str> = after[..sentence_end].split_whitespace().collect();
    // A future modal governs the participles after it ("will be published in May").
    if left.iter().any(|w| {
        let w = w.to_lowercase();
        matches!(w.as_str(), "will" | "shall" | "won't" | "won’t") || w.ends_with("'ll")
    }) {
        return Tense::Future;
    }
    // Nearest cue first, the left side winning ties (the verb usually precedes).
    for k in 0..left.len().max(right.len()) {
        if let Some(t) = left.iter().rev().nth(k).and_then(|w| cue(w)) {
            return t;
        }
        if let Some(t) = right.get(k).and_then(|w| cue(w)) {
            return t;
        }
    }
    Tense::Unknown
}
