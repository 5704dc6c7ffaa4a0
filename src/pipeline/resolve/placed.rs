//! Descriptions with a place or nationality before their noun ("the Lyon
//! group", "the Czech drinks group"): the organisation the text placed
//! there before, the name nearest that place's last earlier mention ("Orvo
//! Drinks, based in Lyon"; "Orvo Drinks AG, a Czech juice maker").

use crate::model::{EntityKind, Mention, Span};

/// The organisation `fits` accepts that description `i` places by the
/// place or nationality named right before its noun: of the sentence that
/// last named that place before, the name nearest it.
pub(super) fn placed(
    text: &str,
    mentions: &[Mention],
    sentences: &[Span],
    i: usize,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    let span = mentions[i].span;
    let p = i.checked_sub(1)?;
    let place = &mentions[p];
    if !matches!(place.kind, EntityKind::Loc | EntityKind::Nationality)
        || !text[place.span.end..span.start].trim().is_empty()
    {
        return None;
    }
    let where_ = place.entity?;
    let earlier = mentions[..p]
        .iter()
        .rev()
        .find(|m| m.entity == Some(where_))?
        .span;
    let sentence = sentences.iter().find(|s| earlier.within(**s))?;
    let distance = |m: &Mention| {
        if m.span.end <= earlier.start {
            earlier.start - m.span.end
        } else {
            m.span.start.saturating_sub(earlier.end)
        }
    };
    mentions
        .iter()
        .filter(|m| m.span.within(*sentence) && !m.nominal && m.kind.is_name())
        .filter(|m| m.entity.is_some_and(&fits))
        .min_by_key(|m| distance(m))
        .and_then(|m| m.entity)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::resolved;

    #[test]
    fn a_place_before_the_noun_is_where_the_text_placed_the_company() {
        let text = "Keltic Foods agreed to buy Orvo Drinks AG, based in Lyon, for $90 million. \
                    Keltic Foods makes bread. The Lyon group has 400 staff.";
        assert_eq!(
            resolved(text, "group has").as_deref(),
            Some("Orvo Drinks AG")
        );
        let text = "Keltic Foods agreed to buy Orvo Drinks AG, a Czech juice maker, for $90 million. \
                    Keltic Foods makes bread in Oslo. The Czech drinks group has a loan from Tarn Bank.";
        assert_eq!(
            resolved(text, "drinks group").as_deref(),
            Some("Orvo Drinks AG")
        );
        // An apposition describes the name before it.
        let text = "Keltic Foods agreed to buy Orvo Drinks AG, a Czech juice maker. \
                    Brask Invest, the Czech pension insurer that owns 12% of Orvo Drinks AG, backs the deal.";
        assert_eq!(
            resolved(text, "pension insurer").as_deref(),
            Some("Brask Invest")
        );
    }
}
