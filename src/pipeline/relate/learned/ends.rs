//! The entity kinds each relation kind allows at its ends, for the learned
//! step (eval/meantime-dev/GUIDE.md, "Relations"): a post (chief
//! executive, chairman, founder, employee, left) joins a person to an
//! organisation; a company is located in a place; deals, rivalry and
//! supply join organisations. A state (named by its country, a place)
//! may act as an organisation where it buys, lends, invests, holds, joins
//! or awards a contract; a person may buy, invest, hold or announce; a
//! product is only announced. The model never gives a kind between ends
//! it does not allow, and a pair no kind allows is no candidate.

use crate::model::{EntityKind, RelationKind};

use EntityKind::{Loc, Org, Person, Product};

/// The kinds allowed at `(source, target)` of a relation kind.
fn allowed(kind: RelationKind) -> (&'static [EntityKind], &'static [EntityKind]) {
    use RelationKind as K;
    match kind {
        K::CeoOf | K::ChairmanOf | K::FounderOf | K::EmployeeOf | K::Left => (&[Person], &[Org]),
        K::LocatedIn => (&[Org], &[Loc]),
        K::Announced => (&[Org, Person], &[Product, Org]),
        K::Acquired => (&[Org, Person], &[Org]),
        K::InvestedIn | K::StakeIn => (&[Org, Person, Loc], &[Org]),
        K::BuysFrom | K::LendsTo | K::MemberOf => (&[Org, Loc], &[Org]),
        K::SellsTo => (&[Org], &[Org, Loc]),
        K::ContractWith => (&[Org], &[Org, Loc]),
        K::Supplies | K::PartnerOf | K::CompetitorOf | K::MergedWith => (&[Org], &[Org]),
    }
}

/// True when a relation of `kind` may run from an entity of kind `source`
/// to one of kind `target` (either way for a symmetric kind).
pub fn fits(kind: RelationKind, source: EntityKind, target: EntityKind) -> bool {
    let (s, t) = allowed(kind);
    let one_way = |a: EntityKind, b: EntityKind| s.contains(&a) && t.contains(&b);
    one_way(source, target) || (kind.is_symmetric() && one_way(target, source))
}

/// True when some relation kind may join entities of these two kinds, in
/// either direction: the pair is a candidate.
pub fn any_fits(a: EntityKind, b: EntityKind) -> bool {
    RelationKind::ALL
        .into_iter()
        .any(|k| fits(k, a, b) || fits(k, b, a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posts_join_a_person_to_an_organisation() {
        assert!(fits(RelationKind::EmployeeOf, Person, Org));
        assert!(!fits(RelationKind::EmployeeOf, Person, Loc));
        assert!(!fits(RelationKind::CeoOf, Org, Org));
        assert!(fits(RelationKind::LocatedIn, Org, Loc));
        assert!(!fits(RelationKind::LocatedIn, Loc, Loc));
    }

    #[test]
    fn a_state_may_lend_and_a_product_is_only_announced() {
        assert!(fits(RelationKind::LendsTo, Loc, Org));
        assert!(!fits(RelationKind::Supplies, Loc, Org));
        assert!(fits(RelationKind::Announced, Org, Product));
        assert!(!fits(RelationKind::Acquired, Org, Product));
        assert!(fits(RelationKind::BuysFrom, Loc, Org));
        assert!(fits(RelationKind::SellsTo, Org, Loc));
    }

    #[test]
    fn pairs_no_kind_allows_are_no_candidates() {
        assert!(!any_fits(Loc, Loc));
        assert!(!any_fits(Person, Person));
        assert!(!any_fits(Person, Loc));
        assert!(!any_fits(Product, Product));
        assert!(!any_fits(Product, Loc));
        assert!(any_fits(Loc, Org));
        assert!(any_fits(Product, Person));
    }
}
