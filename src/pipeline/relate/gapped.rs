//! Gapped stakes: "S took 20% of T and U 10%", "S bought 20% of T, U 15%
//! and V 10%" — each holder of a gapped clause after a stake holds a share
//! of the company the stake is in, whatever pattern found the stake (the
//! reader's frames of owning find their own gaps).

use crate::model::RelationKind;

use super::context::Context;
use super::item::{Finds, Found, Item};
use super::pattern::At;
use super::reader::gapped_holders;

/// Gives every stake found in a sentence to the holders of the gapped
/// clauses after its trigger.
pub(super) fn gapped_stakes(ctx: &Context<'_>, items: &[Item], found: &mut Finds) {
    let mut extra: Vec<Found> = Vec::new();
    for f in found.0.iter().filter(|f| f.kind == RelationKind::StakeIn) {
        let Some(i) = items
            .iter()
            .position(|it| it.span(ctx.mentions) == f.trigger)
        else {
            continue;
        };
        let at = At {
            ctx,
            items,
            i,
            subject: None,
        };
        for g in gapped_holders(&at) {
            let known = found
                .0
                .iter()
                .chain(&extra)
                .any(|x| x.kind == f.kind && x.source == g && x.target == f.target);
            if g != f.source && g != f.target && !known {
                extra.push(Found {
                    source: g,
                    money: None,
                    payee: None,
                    ..f.clone()
                });
            }
        }
    }
    found.0.extend(extra);
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::StakeIn;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn every_holder_of_a_gapped_clause_holds_a_share() {
        check(
            &[StakeIn],
            &[
                (
                    "Zephyr Corp. bought 20% of Keltic Energy and Nordvik Holdings 10%.",
                    &[
                        ("Zephyr Corp.", StakeIn, "Keltic Energy"),
                        ("Nordvik Holdings", StakeIn, "Keltic Energy"),
                    ],
                ),
                (
                    "Zephyr Corp. owns 20% of Keltic Energy, Nordvik Holdings 15% and Brightwater Corp. 10%.",
                    &[
                        ("Zephyr Corp.", StakeIn, "Keltic Energy"),
                        ("Nordvik Holdings", StakeIn, "Keltic Energy"),
                        ("Brightwater Corp.", StakeIn, "Keltic Energy"),
                    ],
                ),
                // A name with no share after it holds nothing.
                (
                    "Zephyr Corp. owns 20% of Keltic Energy, and Nordvik Holdings runs 15 stores.",
                    &[("Zephyr Corp.", StakeIn, "Keltic Energy")],
                ),
            ],
        );
    }
}
