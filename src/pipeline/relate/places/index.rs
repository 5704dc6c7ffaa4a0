//! A stock index is in no place: "Germany's DAX fell", "the All Ordinaries
//! in Sydney" name the market an index measures, not where a business is,
//! and the gold gives an index no `located_in` (at most an implicit one).

use crate::lang::KindWords;
use crate::model::RelationKind;

use super::super::context::Context;
use super::super::item::Found;

/// True when `f` places a stock index: a `located_in` whose source is
/// named, every time, as the index lists (`kinds/index-names.txt`,
/// `kinds/index-heads.txt`) write an index. A company whose short name is
/// one ("Dow" for "Dow Chemical Co") is named in full somewhere too.
pub(in super::super) fn places_an_index(ctx: &Context<'_>, f: &Found) -> bool {
    if f.kind != RelationKind::LocatedIn {
        return false;
    }
    let mut names = ctx
        .mentions
        .iter()
        .filter(|m| m.entity == Some(f.source))
        .map(|m| m.span.slice(ctx.text))
        .peekable();
    let determiners = &ctx.lang.resolve.determiners;
    names.peek().is_some()
        && names.all(|n| {
            // A name the tagger took with its article ("the All Ordinaries").
            let n = match n.split_once(' ') {
                Some((first, rest)) if determiners.contains_lowercase(first) => rest,
                _ => n,
            };
            index_name(&ctx.lang.kinds, n)
        })
}

/// True when `name` is a stock index's as written: a listed name or head
/// ("DAX", "All Ordinaries"), or a listed name followed by numbers and heads
/// only ("FTSE 100", "Nasdaq Composite", "S&P 500 Index").
fn index_name(words: &KindWords, name: &str) -> bool {
    if words.index_names.contains(name) || words.index_heads.contains(name) {
        return true;
    }
    name.match_indices(' ').any(|(k, _)| {
        words.index_names.contains(&name[..k])
            && name[k + 1..]
                .split(' ')
                .all(|w| w.chars().all(|c| c.is_ascii_digit()) || words.index_heads.contains(w))
    })
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::*;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_stock_index_is_in_no_place() {
        check(
            &[LocatedIn],
            &[
                (
                    "Stocks fell in Europe, where Germany's DAX lost 2.7% and the FTSE 100 index in London shed 1.2%.",
                    &[],
                ),
                (
                    "Australian shares were lower, pushing the All Ordinaries in Sydney to their lowest level since 2004.",
                    &[],
                ),
                // A company with an index's short name is named in full.
                (
                    "The Dow Chemical Co will build a plant in Tianjin. Dow said the plant in Tianjin would open in 2019.",
                    &[
                        ("Dow Chemical Co", LocatedIn, "Tianjin"),
                        ("Dow Chemical Co", LocatedIn, "Tianjin"),
                    ],
                ),
            ],
        );
    }
}
