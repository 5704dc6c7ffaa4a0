//! Orders whose sentence names no seller ("Launch customer T have ordered
//! 55"): once every sentence is read, the seller is the one the document's
//! other orders and sales name, or the maker of the goods it names.

use crate::model::{EntityKind, Mention, Relation, RelationKind};

use super::Context;

/// The seller of an order whose sentence names none ("T ordered 55 jets"),
/// until [`settle_unnamed_sellers`] names it.
pub(super) const UNNAMED_SELLER: usize = usize::MAX;

/// How many describing words ("its first", "the new") may stand between a
/// verb of selling and the product it delivers.
const DELIVERED_REACH: usize = 3;

/// The organisation that sells or delivers the product `k` ("Nordvik
/// delivers first N540", "Nordvik sells its new N540"): the name before
/// the product, when only a verb of selling right after that name and a
/// few lower-case describing words stand between them. Who delivers the
/// goods made them, in a story about their first deliveries.
fn delivering_maker(ctx: &Context<'_>, k: usize) -> Option<usize> {
    let product = &ctx.mentions[k];
    let maker = ctx.mentions[..k]
        .iter()
        .rev()
        .find(|m| m.span.end <= product.span.start)?;
    let between = ctx.text.get(maker.span.end..product.span.start)?;
    let mut words = between.split_whitespace();
    let verb = words.next()?;
    let describing: Vec<&str> = words.collect();
    let plain = |w: &&str| w.chars().all(|c| c.is_lowercase());
    (ctx.lang.relate.orders.sell.contains(verb)
        && describing.len() <= DELIVERED_REACH
        && describing.iter().all(plain))
    .then_some(maker.entity?)
}

/// The maker of the goods the document names: the organisation whose name
/// opens a product's or stands right before it ("Nordvik 540", "Nordvik
/// N540s"), that delivers a product ([`delivering_maker`]) or that launched
/// one (`launched`, the sources of the document's announcements of
/// products: "Nordvik rolls out first N540"), the most mentioned when
/// several do and it is mentioned more often than any other.
fn document_maker(ctx: &Context<'_>, launched: &[usize]) -> Option<usize> {
    let product = |m: &Mention| {
        m.entity
            .is_some_and(|e| ctx.kinds[e] == EntityKind::Product)
    };
    let org = |e: usize| ctx.kinds.get(e) == Some(&EntityKind::Org);
    let mut makers: Vec<usize> = launched.iter().copied().filter(|&e| org(e)).collect();
    for (k, m) in ctx.mentions.iter().enumerate() {
        if !product(m) {
            continue;
        }
        makers.extend(delivering_maker(ctx, k).filter(|&e| org(e)));
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

/// The sources of the relations that announce a product: who launched the
/// goods the document names.
fn launchers(ctx: &Context<'_>, relations: &[(Relation, Option<usize>)]) -> Vec<usize> {
    relations
        .iter()
        .filter(|(r, _)| {
            r.kind == RelationKind::Announced
                && ctx.kinds.get(r.target) == Some(&EntityKind::Product)
        })
        .map(|(r, _)| r.source)
        .collect()
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
        [] => document_maker(ctx, &launchers(ctx, relations)),
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
                // The maker that rolled the goods out (an announcement of
                // a product), the article's only one.
                (
                    "Brightwater Aerospace rolls out first 797 Skyliner\n\
                     Brightwater Aerospace has rolled out the first 797 Skyliner to be delivered. \
                     Launch customer Keltic Airways has ordered 55.",
                    &[("Keltic Airways", BuysFrom, "Brightwater Aerospace")],
                ),
                // The maker that delivers them ("delivers first T-50").
                (
                    "Norvane Aviation delivers first T-50 turboprop\n\
                     The Irish carrier Keltic Airways had ordered twelve of the aircraft in 2007.",
                    &[("Keltic Airways", BuysFrom, "Norvane Aviation")],
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
