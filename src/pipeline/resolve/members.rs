//! Whether a clause's subject is one member of a list of organisations
//! ("A and B had both told the board"): a plural subject, of which a
//! singular description ("the company") never takes up one member.

use crate::lang::ResolveWords;
use crate::model::{EntityKind, Mention, Span};

use super::subject::possessive_after;

/// How many words may stand between a list's joiner and its next name ("and
/// the Oslo asset manager B").
const DESCRIBED_REACH: usize = 6;

/// True when `subject`'s first name in `sentence` (not a possessive) is
/// joined by a list's commas and a joiner ("A and B", "A, B or C", "A and
/// the Oslo group B") to other organisations' names: the subject is the
/// list, no one member of it.
pub(super) fn listed_subject(
    lang: &ResolveWords,
    text: &str,
    mentions: &[Mention],
    sentence: Span,
    subject: usize,
) -> bool {
    let first = mentions.partition_point(|m| m.span.start < sentence.start);
    let names: Vec<&Mention> = mentions[first..]
        .iter()
        .take_while(|m| m.span.start < sentence.end)
        .filter(|m| !m.nominal && m.entity.is_some() && m.kind.is_name())
        .collect();
    let Some(at) = names
        .iter()
        .position(|m| m.entity == Some(subject) && possessive_after(text, m.span).is_none())
    else {
        return false;
    };
    let org = |m: &Mention| matches!(m.kind, EntityKind::Org | EntityKind::Misc);
    let mut end = names[at].span.end;
    for next in &names[at + 1..] {
        if !org(next) || next.entity == Some(subject) || next.span.start < end {
            return false;
        }
        let between = &text[end..next.span.start];
        // "A, B and C": a bare comma goes on to the next member.
        if between.trim() == "," {
            end = next.span.end;
            continue;
        }
        return joined(lang, between);
    }
    false
}

/// True when `between`, the text between two names, is a joiner (after an
/// optional comma) and at most [`DESCRIBED_REACH`] describing words with no
/// comma ("and", ", and the Oslo asset manager").
fn joined(lang: &ResolveWords, between: &str) -> bool {
    let rest = between.trim_start().trim_start_matches(',');
    let mut words = rest.split_whitespace();
    words
        .next()
        .is_some_and(|w| lang.list_joiners.contains_lowercase(w))
        && !rest.contains(',')
        && words.count() <= DESCRIBED_REACH
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::resolved_at;

    /// The entity the mention starting at the last `surface` of `text` is of.
    fn resolved_last(text: &str, surface: &str) -> Option<String> {
        resolved_at(text, text.rfind(surface)?)
    }

    #[test]
    fn a_description_after_a_listed_subject_is_no_member_of_the_list() {
        // "A's shareholders, the asset managers B and C, had both told the
        // board …. The company, which supplies …": the company the text is
        // about, not the first shareholder.
        let text = "Keltic Cartons Plc, the British maker of packaging for food, has agreed \
                    to replace its chairman after the activist fund Halvard Partners, which owns \
                    8.2% of the company, threatened to call a vote to remove him. \
                    Keltic's other large shareholders, the asset managers Brask Capital and \
                    Orvo Investors Ltd, had both told the board they would support Halvard's \
                    resolutions, according to two people familiar with the matter. \
                    The company, which supplies trays to Tarn Stores, makes most of its packaging in Leeds.";
        assert_eq!(
            resolved_last(text, "The company").as_deref(),
            Some("Keltic Cartons Plc")
        );
    }
}
