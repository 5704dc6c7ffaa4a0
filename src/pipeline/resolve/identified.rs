//! A description a copula identifies with a name ("the buyer is Fornello
//! Brands"): that name, whatever came before.

use crate::lang::ResolveWords;
use crate::model::{EntityKind, Mention, Span};

use super::subject::possessive_after;

/// The entity of the name right after a copula right after the description
/// at `span`, when the description opens its clause (the sentence, or after
/// a semicolon): "The buyer is Keltic Foods, which …", "…; the winner was
/// Brask". Not a possessive ("The deal is Keltic's third") nor the first of
/// a list ("The buyers are A and B"). `after`: the mentions after the
/// description, in text order.
pub(super) fn named_by_copula(
    lang: &ResolveWords,
    text: &str,
    sentence: Span,
    span: Span,
    after: &[Mention],
) -> Option<usize> {
    let before = text[sentence.start.min(span.start)..span.start].trim_end();
    if !(before.is_empty() || before.ends_with(';')) {
        return None;
    }
    let m = after.first()?;
    let between = text.get(span.end..m.span.start)?.trim();
    let after_name = text[m.span.end..].trim_start();
    let listed = after_name
        .split_whitespace()
        .next()
        .is_some_and(|w| lang.list_joiners.contains_lowercase(w));
    (!m.nominal
        && matches!(m.kind, EntityKind::Org | EntityKind::Misc)
        && lang.copulas.contains_lowercase(between)
        && possessive_after(text, m.span).is_none()
        && !listed)
        .then_some(m.entity)
        .flatten()
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::resolved_at;

    /// The name of the entity of the mention at the first `surface`.
    fn entity_at(text: &str, surface: &str) -> Option<String> {
        resolved_at(text, text.find(surface)?)
    }

    #[test]
    fn a_description_a_copula_identifies_is_the_name_after_it() {
        let text = "Brask Retail S.A., the Spanish garden chain, is selling its charcoal unit, \
                    Orvo Carbones S.L.; the buyer is Keltic Grills, a Dutch maker of barbecues.";
        assert_eq!(
            entity_at(text, "the buyer").as_deref(),
            Some("Keltic Grills")
        );
        // A possessive after the copula describes, it does not identify.
        let text = "Keltic Grills makes barbecues in Eindhoven. \
                    The company is Brask Retail's largest supplier.";
        assert_ne!(
            entity_at(text, "The company").as_deref(),
            Some("Brask Retail")
        );
    }
}
