//! Leases on invented sentences: a lease is an ongoing supply by the lessor
//! (`supplies` lessor → lessee, as the wire sets' gold reads it), told from
//! the lessee's side: "leased from S", "the jets it leases from S".

use crate::model::RelationKind::{BuysFrom, Supplies};
use crate::pipeline::relate::tests::check;

#[test]
fn the_lessor_supplies_the_lessee() {
    check(
        &[Supplies, BuysFrom],
        &[
            (
                "Keltic Airways flies 30 jets, most of them leased from Orla Aviation Capital.",
                &[("Orla Aviation Capital", Supplies, "Keltic Airways")],
            ),
            (
                "Keltic Airways will hand back 20 of the locomotives it leases from Orla Rail Leasing.",
                &[("Orla Rail Leasing", Supplies, "Keltic Airways")],
            ),
            // A lease from no lessor named is no order from the maker the
            // story deals with.
            (
                "Brightwater Aerospace makes jets. Keltic Airways will lease 12 more of them next year.",
                &[],
            ),
        ],
    );
}

#[test]
fn leasing_and_chartering_from_a_lessor() {
    check(
        &[Supplies, BuysFrom],
        &[
            (
                "Keltic Railways leases its locomotives from Orla Rail Leasing.",
                &[("Orla Rail Leasing", Supplies, "Keltic Railways")],
            ),
            (
                "Zephyr Medical will lease a 12,000 square metre building at the business park \
                 from the developer Brask Properties.",
                &[("Brask Properties", Supplies, "Zephyr Medical")],
            ),
            (
                "Nordvik Grid, which runs 9,000 km of lines, inspects them with helicopters \
                 chartered from Orla Helicopters.",
                &[("Orla Helicopters", Supplies, "Nordvik Grid")],
            ),
            // A landlord's rents are drawn from its tenants, who supply it
            // nothing.
            (
                "Brask Properties collects rents from Keltic Foods and Zephyr Stores.",
                &[],
            ),
        ],
    );
}
