//! How firmly a sentence states a relation: negated, reported, planned,
//! announced or completed, read from the words around its trigger.

use crate::lang::relate::StatusWords;
use crate::model::{Mention, Status};

use super::item::Item;

/// How firmly the sentence states the relation whose trigger is at
/// `trigger_at`: negated, reported, planned, announced or completed.
pub(super) fn status_of(
    words: &StatusWords,
    items: &[Item],
    trigger_at: usize,
    text: &str,
    mentions: &[Mention],
) -> Status {
    let window: Vec<&str> = items[trigger_at.saturating_sub(6)..(trigger_at + 2).min(items.len())]
        .iter()
        .map(Item::word)
        .collect();
    let has = |ws: &crate::lang::WordList| window.iter().any(|w| ws.contains(w));
    let sentence_words: Vec<&str> = items.iter().map(Item::word).collect();
    // "up to $10 billion": a ceiling, so a plan.
    let qualifier_up_to = items.iter().any(|it| {
        if let Item::Money { mention } = it {
            let s = mentions.get(*mention).map_or(0, |m| m.span.start);
            let before = text[..s].trim_end();
            words.planned_amount.iter().any(|phrase| {
                before
                    .get(before.len().saturating_sub(phrase.len())..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(phrase))
            })
        } else {
            false
        }
    });
    let negation = window.iter().rposition(|w| words.negation.contains(w));
    // "no longer has exclusive rights to provide": exclusivity ends, the relation does not.
    let exclusivity_only =
        negation.is_some_and(|k| window[k..].iter().any(|w| words.exclusivity.contains(w)));
    if exclusivity_only {
        Status::Completed
    } else if negation.is_some() {
        Status::Negated
    } else if sentence_words.iter().any(|w| words.reported.contains(w)) {
        Status::Reported
    } else if has(&words.planned) || qualifier_up_to {
        Status::Planned
    } else if has(&words.announced)
        || agreed_to(words, items, trigger_at)
        || named_to(words, items, trigger_at)
    {
        Status::Announced
    } else {
        Status::Completed
    }
}

/// "entered into a definitive agreement to buy", "a deal to acquire": the
/// trigger is the infinitive after a noun of a deal agreed, which is
/// announced, not done. Only there, and only for a verb: "under the
/// agreement, X bought Y" states what happened, and "a contract to Humber
/// firm X" holds no infinitive.
fn agreed_to(words: &StatusWords, items: &[Item], trigger_at: usize) -> bool {
    trigger_at >= 2
        && matches!(items[trigger_at], Item::Word { .. })
        && words
            .infinitive_marks
            .contains(items[trigger_at - 1].word())
        && words.agreement_nouns.contains(items[trigger_at - 2].word())
}

/// "X to buy Y", "Z chief W to step down": a name, then the trigger as an
/// infinitive. A headline's future, or what a name is asked, allowed or
/// set to do ("cleared X to acquire Y"): announced, not done. Only for a
/// verb right after "to" right after the name.
fn named_to(words: &StatusWords, items: &[Item], trigger_at: usize) -> bool {
    trigger_at >= 2
        && matches!(items[trigger_at], Item::Word { .. })
        && words
            .infinitive_marks
            .contains(items[trigger_at - 1].word())
        && matches!(
            items[trigger_at - 2],
            Item::Ent {
                possessive: false,
                ..
            }
        )
}

#[cfg(test)]
mod tests {
    use crate::model::Status;
    use crate::pipeline::relate::tests::relations;

    #[test]
    fn status_cues() {
        for (text, status) in [
            (
                "Zephyr Corp. acquired Quantix Inc. for €2 billion.",
                Status::Completed,
            ),
            (
                "Zephyr Corp. reportedly acquired Quantix Inc.",
                Status::Reported,
            ),
            (
                "According to analysts, Zephyr Corp. acquired Quantix Inc.",
                Status::Reported,
            ),
            ("Zephyr Corp. will acquire Quantix Inc.", Status::Planned),
            (
                "Helio Capital put up to $10 million into Quantix Inc.",
                Status::Planned,
            ),
            (
                "Zephyr Corp. announced it acquired Quantix Inc.",
                Status::Announced,
            ),
            ("Zephyr Corp. never acquired Quantix Inc.", Status::Negated),
            (
                "Zephyr Corp. agreed to acquire Quantix Inc.",
                Status::Announced,
            ),
            (
                "Zephyr Corp. is in talks to acquire Quantix Inc.",
                Status::Planned,
            ),
            // A deal agreed, not done.
            (
                "Zephyr Corp. said it had entered into a definitive agreement to buy Quantix Inc.",
                Status::Announced,
            ),
            (
                "Zephyr Corp. signed a deal to acquire Quantix Inc.",
                Status::Announced,
            ),
            // A headline's future: a name, then the infinitive.
            (
                "Zephyr Corp. to buy Quantix Inc. for $2 billion",
                Status::Announced,
            ),
            (
                "Regulators cleared Zephyr Corp. to acquire Quantix Inc.",
                Status::Announced,
            ),
            // What happened under an agreement happened.
            (
                "Under the agreement, Zephyr Corp. acquired Quantix Inc.",
                Status::Completed,
            ),
            (
                "Keltic Airways cancelled its order for 12 Brightwater Aerospace jets.",
                Status::Negated,
            ),
            (
                "Zephyr Corp. does not supply chips to Keltic Inc.",
                Status::Negated,
            ),
            // Only exclusivity ends.
            (
                "Zephyr Corp. no longer has exclusive rights to supply chips to Keltic Inc.",
                Status::Completed,
            ),
        ] {
            let found = relations(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].3, status, "{text}");
        }
        // A place after "contract to" is no infinitive: whatever the
        // sentence gives stands as done.
        let text = "Trinity Lights hands buoy contract to Humber firm Saltcote Marine.";
        let found = relations(text);
        assert!(!found.is_empty(), "{text}");
        assert!(
            found.iter().all(|r| r.3 == Status::Completed),
            "{text}: {found:?}"
        );
    }
}
