//! Direct speech: an "it" inside a quotation is the speaker's word, and
//! stands for a thing or a state of affairs ("“It's carnage,” he said",
//! "“It is the first step in our commitment”") far more often than for an
//! organisation the reporter named outside the quotation marks.

use crate::model::Span;

use super::context::Context;

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
}
