//! Direct speech: an "it" inside a quotation is the speaker's word, and
//! stands for a thing or a state of affairs ("“It's carnage,” he said",
//! "“It is the first step in our commitment”") far more often than for an
//! organisation the reporter named outside the quotation marks.

use crate::model::{EntityKind, Span};

use super::context::Context;
use super::item::Item;

/// Marks that open a quotation.
const OPENING: &[char] = &['“', '„', '«'];

/// Marks that close one.
const CLOSING: &[char] = &['”', '»'];

/// Where the quotation that `at` stands in starts (just past its opening
/// mark), when it stands in one: marks are counted from the start of
/// `at`'s line, a straight quote opening or closing by turns. A quotation
/// left open by a paragraph before ends with that paragraph.
fn quotation_start(text: &str, at: usize) -> Option<usize> {
    let line = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut open = None;
    for (i, c) in text[line..at].char_indices() {
        let past = line + i + c.len_utf8();
        if OPENING.contains(&c) {
            open = Some(past);
        } else if CLOSING.contains(&c) {
            open = None;
        } else if c == '"' {
            open = if open.is_some() { None } else { Some(past) };
        }
    }
    open
}

/// True when the pronoun at `span` stands inside a quotation that has not
/// named `entity` before it: the speaker's "it" is then no reference to
/// that organisation.
pub(super) fn unnamed_in_quotation(ctx: &Context<'_>, span: Span, entity: usize) -> bool {
    let Some(start) = quotation_start(ctx.text, span.start) else {
        return false;
    };
    let first = ctx.mentions.partition_point(|m| m.span.start < start);
    !ctx.mentions[first..]
        .iter()
        .take_while(|m| m.span.end <= span.start)
        .any(|m| m.entity == Some(entity))
}

/// The speaker of a sentence that opens with a quotation: the person or
/// organisation a reporting verb right after the closing mark takes
/// ("\"Sales rose,\" Keltic said."; "…,\" said Keltic."). The names
/// quoted are no subject a pronoun in the next sentence stands for.
pub(super) fn quoted_speaker(ctx: &Context<'_>, view: &[Item]) -> Option<usize> {
    let reporting = &ctx.lang.relate.pronoun.reporting_verbs;
    let is_mark = |w: &str| {
        let mut chars = w.chars();
        chars
            .next()
            .is_some_and(|c| c == '"' || OPENING.contains(&c) || CLOSING.contains(&c))
            && chars.next().is_none()
    };
    if !view.first().is_some_and(|item| is_mark(item.word())) {
        return None;
    }
    let speaker = |item: Option<&Item>| match item {
        Some(Item::Ent {
            entity,
            possessive: false,
            ..
        }) if matches!(
            ctx.kinds.get(*entity),
            Some(EntityKind::Person | EntityKind::Org)
        ) =>
        {
            Some(*entity)
        }
        _ => None,
    };
    let verb = |item: Option<&Item>| item.is_some_and(|it| reporting.contains(it.word()));
    (1..view.len())
        .filter(|&k| is_mark(view[k].word()))
        .find_map(|k| {
            let k = if view.get(k + 1).is_some_and(|it| it.word() == ",") {
                k + 1
            } else {
                k
            };
            match speaker(view.get(k + 1)) {
                Some(e) if verb(view.get(k + 2)) => Some(e),
                None if verb(view.get(k + 1)) => speaker(view.get(k + 2)),
                _ => None,
            }
        })
}

#[cfg(test)]
mod tests {
    use super::quotation_start;
    use crate::pipeline::tests::analysis;

    #[test]
    fn quotations_are_counted_on_the_line() {
        let text = "Orvo said: “It works. It sells.” Then it fell.\n“Still open";
        let at = |s: &str| text.find(s).unwrap_or(0);
        assert_eq!(quotation_start(text, at("It works")), Some(at("It works")));
        assert_eq!(quotation_start(text, at("It sells")), Some(at("It works")));
        assert_eq!(quotation_start(text, at("it fell")), None);
        assert_eq!(quotation_start(text, at("Still")), Some(at("Still")));
        let text = "He said \"it is done\" and it was.";
        assert!(quotation_start(text, text.find("it is").unwrap_or(0)).is_some());
        assert!(quotation_start(text, text.find("it was").unwrap_or(0)).is_none());
    }

    /// The entity names the pronoun `word` (at its `nth` occurrence as a
    /// whole word) was linked to, if any.
    fn linked(text: &str, word: &str, nth: usize) -> Option<String> {
        let a = analysis(text);
        let m = (0..a.mentions.len())
            .filter(|&m| a.mention_text(m) == word)
            .nth(nth)?;
        a.mentions[m].entity.map(|e| a.entities[e].name.clone())
    }

    #[test]
    fn a_quoted_it_is_no_company_named_outside_the_quotation() {
        // The speaker's "it" is the state of the market, not the broker.
        let text = "Shares fell sharply in Oslo on Monday. Jon Hale of Brask Markets commented on the falls. \
                    “It's carnage,” he said.";
        assert_eq!(linked(text, "It", 0), None);
        // Outside the quotation marks the pronoun stands for the company.
        let text = "Keltic Motors cut 400 jobs on Monday. It said sales fell. \
                    “Sales fell,” said Jon Hale.";
        assert_eq!(linked(text, "It", 0).as_deref(), Some("Keltic Motors"));
        // A quotation that names the company itself may go on about it.
        let text =
            "Jon Hale spoke on Monday. “Keltic Motors is smaller, but it will be viable,” he said.";
        assert_eq!(linked(text, "it", 0).as_deref(), Some("Keltic Motors"));
    }

    #[test]
    fn a_pronoun_after_a_quotation_stands_for_its_speaker() {
        let text = "Keltic Corp posted a profit on Monday.\n\
                    \"The year began well thanks to the film Orvo Nights,\" Keltic Corp said.\n\
                    It said its stores would grow.\n";
        assert_eq!(linked(text, "It", 0).as_deref(), Some("Keltic Corp"));
    }
}
