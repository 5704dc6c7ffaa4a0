//! Orders whose sentence names no seller ("Launch customer T have ordered
//! 55"): once every sentence is read, the seller is the one the document's
//! other orders and sales name, or the maker of the goods it names.

use crate::model::{EntityKind, Mention, RelationKind};

use super::Context;

/// The seller of an order whose sentence names none ("T ordered 55 jets"),
/// until [`settle_unnamed_sellers`] names it.
pub(super) const UNNAMED_SELLER: usize = usize::MAX;

/// The maker of the goods the document names: the organisation whose name
/// opens a product's or stands right before it ("Nordvik 540", "Nordvik
/// N540s"), the most mentioned when several do and it is mentioned more
/// often than any other.
fn document_maker(ctx: &Context<'_>) -> Option<usize> {
    let product = |m: &Mention| {
        m.entity
            .is_some_and(|e| ctx.kinds[e] == EntityKind::Product)
    };
    let org = |e: usize| ctx.kinds[e] == EntityKind::Org;
    let mut makers: Vec<usize> = Vec::new();
    for (k, m) in ctx.mentions.iter().enumerate() {
        if !product(m) {
            continue;
        }
        let name = m.span.slice(ctx.text);
        // The maker's name right before the product's, one space between.
        let before = k.checked_sub(1).map(|p| &ctx.mentions[p]).filter(|p| {
            p.span.end + 1 == m.span.start && ctx.text[p.span.end..m.span.start] == *" "
        });
        let opening = ctx.mentions.iter().find(|o| {
            let n = o.span.slice(ctx.text);
            o.span.start == m.span.start && n.len() < name.len() && name[n.len()..].starts_with(' ')
        });
        for o in before.into_iter().chain(opening) {
            if let Some(e) = o.entity.filter(|&e| org(e)) {
                makers.push(e);
            }
        }
    }
    makers.sort_unstable();
    makers.dedup();
    let count = |e: usize| ctx.mentions.iter().filter(|m| m.entity == Some(e)).count();
    let mut ranked: Vec<(usize, usize)> = makers.iter().map(|&e| (count(e), e)).collect();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    match ranked.as_slice() {
        [(_, one)] => Some(*one),
        [(first, e), (second, _), ..] if first > second => Some(*e),
        _ => None,
    }
}

/// Gives orders without a named seller the one seller the document's other
/// orders and sales name or, where they name none, the maker of the goods
/// the document names; drops them where neither settles it.
pub(super) fn settle_unnamed_sellers(
    ctx: &Context<'_>,
    relations: &mut Vec<(crate::model::Relation, Option<usize>)>,
    payees: &mut Vec<Option<usize>>,
) {
    // Most documents have no such order: nothing to settle, no maker to seek.
    if !relations.iter().any(|(r, _)| r.target == UNNAMED_SELLER) {
        return;
    }
    let mut sellers: Vec<usize> = relations
        .iter()
        .filter_map(|(r, _)| match r.kind {
            RelationKind::BuysFrom if r.target != UNNAMED_SELLER => Some(r.target),
            RelationKind::SellsTo => Some(r.source),
            _ => None,
        })
        .collect();
    sellers.sort_unstable();
    sellers.dedup();
    let seller = match sellers.as_slice() {
        [one] => Some(*one),
        [] => document_maker(ctx),
        _ => None,
    };
    let mut k = 0;
    relations.retain_mut(|(r, _)| {
        let keep = r.target != UNNAMED_SELLER
            || seller.is_some_and(|s| {
                r.target = s;
                s != r.source
            });
        if !keep {
            payees.remove(k);
        } else {
            k += 1;
        }
        keep
    });
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::BuysFrom;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn an_order_naming_no_seller_goes_to_the_maker_of_the_goods() {
        check(
            &[BuysFrom],
            &[
                (
                    "Brightwater Aerospace flew its first Brightwater 797 on Monday. \
                     Keltic Airways has ordered 40 jets.",
                    &[("Keltic Airways", BuysFrom, "Brightwater Aerospace")],
                ),
                // Two makers, each named once: no seller is settled.
                (
                    "Brightwater Aerospace showed the Brightwater 797 and Nordvik showed the Nordvik N540. \
                     Keltic Airways has ordered 40 jets.",
                    &[],
                ),
            ],
        );
    }
}
