//! The general reader on invented sentences: frames whose other end is the
//! trigger's direct object ("S will supply T", "X will run T after the
//! merger").

use crate::model::RelationKind::{CeoOf, Supplies};
use crate::pipeline::relate::tests::check;

#[test]
fn a_customer_supplied_as_the_object() {
    check(
        &[Supplies],
        &[
            (
                "Kestrin Optics will supply Ketterby Systems with lenses.",
                &[("Kestrin Optics", Supplies, "Ketterby Systems")],
            ),
            (
                "Ketterby Systems is supplied by Kestrin Optics.",
                &[("Kestrin Optics", Supplies, "Ketterby Systems")],
            ),
        ],
    );
}

#[test]
fn running_the_whole_organisation_until_a_time() {
    check(
        &[CeoOf],
        &[
            (
                "Petra Volk will run Marrowfield Group after the merger.",
                &[("Petra Volk", CeoOf, "Marrowfield Group")],
            ),
            (
                "Petra Volk will lead Marrowfield Group until 2028.",
                &[("Petra Volk", CeoOf, "Marrowfield Group")],
            ),
        ],
    );
}
