//! Speaker labels: in a transcript or an interview a person's name opens
//! the line and a colon follows it ("MARGARET OYELARAN: We signed …",
//! "Voss: No.", "[00:03:15] OMAR VILLANUEVA: …"), maybe after a bracketed
//! time stamp. The label says who speaks, not who did what the words
//! tell: a relation whose end the sentence names only by its speaker's
//! label goes, and a figure's payer or payee named only so is none.

use crate::model::{EntityKind, Mention, MentionPlaces, MoneyFact, Span};
use crate::pipeline::relate::Related;
use crate::pipeline::relate::kept::retain_kept;
use crate::pipeline::segment::Segmentation;

/// True when the person's name at `span` is a speaker's label: the first
/// words of its line (after a bracketed time stamp, if any) and a colon
/// right after it.
pub fn is_speaker_label(text: &str, span: Span) -> bool {
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else {
        return false;
    };
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let lead = before[line_start..].trim();
    let stamped = lead.is_empty() || (lead.starts_with('[') && lead.ends_with(']'));
    stamped && after.starts_with(':')
}

/// True when entity `e` is named in `within` only by speakers' labels.
fn only_labels(text: &str, places: &MentionPlaces<'_>, e: usize, within: Span) -> bool {
    let mut named = places
        .within(within)
        .filter(|m| m.entity == Some(e))
        .peekable();
    named.peek().is_some()
        && named.all(|m| m.kind == EntityKind::Person && is_speaker_label(text, m.span))
}

/// Drops the relations an end of which their evidence names only by a
/// speaker's label, and their payees with them.
pub fn drop_label_ends(text: &str, mentions: &[Mention], related: &mut Related) {
    let places = MentionPlaces::new(mentions);
    let keep: Vec<bool> = related
        .relations
        .iter()
        .map(|(r, _)| {
            !only_labels(text, &places, r.source, r.evidence)
                && !only_labels(text, &places, r.target, r.evidence)
        })
        .collect();
    if keep.iter().all(|&k| k) {
        return;
    }
    retain_kept(&mut related.relations, &mut related.payees, &keep);
}

/// Takes off a figure's payer or payee that its sentence names only by a
/// speaker's label.
pub fn clear_label_parties(
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    money: &mut [MoneyFact],
) {
    let places = MentionPlaces::new(mentions);
    for f in money {
        let Some(m) = mentions.get(f.mention) else {
            continue;
        };
        let Some(sentence) = seg.sentences.get(seg.sentence_index(m.span.start)) else {
            continue;
        };
        let labelled = |party: Option<usize>| {
            party.is_some_and(|e| only_labels(text, &places, e, sentence.span))
        };
        if labelled(f.investor) {
            f.investor = None;
        }
        if labelled(f.recipient) {
            f.recipient = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(text: &str, name: &str) -> bool {
        let start = text.find(name).unwrap_or(0);
        is_speaker_label(text, Span::new(start, start + name.len()))
    }

    #[test]
    fn a_name_that_opens_its_line_before_a_colon_is_a_speaker_s_label() {
        assert!(label(
            "Intro.\nMARGARET ØYELARAN: We signed.",
            "MARGARET ØYELARAN"
        ));
        assert!(label("Q: Why?\nVoss: Because.", "Voss"));
        assert!(label(
            "[00:03:15] OMAR VILLA: Sorrel's chief said so.",
            "OMAR VILLA"
        ));
        // A name inside the line, or without the colon, speaks for no one.
        assert!(!label("Ostra said Ivo Grett: no comment.", "Ivo Grett"));
        assert!(!label("Ivo Grett runs Ostra.", "Ivo Grett"));
        assert!(!label("Chief executive: Ivo Grett\n", "Ivo Grett"));
    }
}
