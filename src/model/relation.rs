//! `Relation`: a typed, directed link between two entities with its evidence.

use serde::{Deserialize, Serialize};

use super::{EntityKind, Provenance, Span};

/// The kinds of link Dossier extracts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// Source put money into target.
    InvestedIn,
    /// Source bought target.
    Acquired,
    /// Source and target work together (symmetric).
    PartnerOf,
    /// Source and target compete (symmetric).
    CompetitorOf,
    /// Source takes part in target (a project, alliance, consortium).
    MemberOf,
    /// Source is chief executive of target.
    CeoOf,
    /// Source chairs target.
    ChairmanOf,
    /// Source founded target.
    FounderOf,
    /// Source works for target.
    EmployeeOf,
    /// Source announced target.
    Announced,
    /// Source supplies target with goods or services.
    Supplies,
    /// Source is located in target.
    LocatedIn,
    /// Source orders or buys goods or services from target.
    BuysFrom,
    /// Source sells goods or services to target (a purchase seen from the
    /// seller's side: `sells_to(A, B)` states what `buys_from(B, A)` does).
    SellsTo,
    /// Source holds a stake in or owns target.
    StakeIn,
    /// Source and target merge (symmetric).
    MergedWith,
    /// Source holds a contract awarded by target (contractor → client).
    ContractWith,
    /// Source lends to, bails out or grants money to target.
    LendsTo,
    /// Source (a person) no longer holds a post at target: stepped down,
    /// resigned, left, retired, former.
    Left,
}

/// What a relation kind means, beyond its name: one row per kind in
/// [`RelationKind::props`], the one table every stage and view reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindProps {
    /// The schema name (`"invested_in"`), as in the JSON schema's enum.
    pub name: &'static str,
    /// A short human phrase ("invested in").
    pub label: &'static str,
    /// True when direction carries no meaning (partner, competitor).
    pub symmetric: bool,
    /// True when the relation may carry an amount of money (an investment,
    /// an acquisition): a sentence's one unclaimed amount attaches to it.
    pub carries_money: bool,
    /// True when the target pays the money the relation carries (the
    /// buyer of `sells_to`, the client of `contract_with`); else the source
    /// pays (buyer, investor, lender, holder). Symmetric kinds name no payer.
    pub paid_by_target: bool,
    /// True for a person's post in an organisation (CEO, chairman, founder,
    /// employee): the text states it as a fact, so it has no status cue.
    pub role: bool,
    /// The kind a source end the tagger called MISC is repaired to.
    pub source_implies: Option<EntityKind>,
    /// The kind a target end the tagger called MISC is repaired to.
    pub target_implies: Option<EntityKind>,
}

impl KindProps {
    /// A row with the defaults: directed, no money, not a role, implies nothing.
    const fn new(name: &'static str, label: &'static str) -> Self {
        Self {
            name,
            label,
            symmetric: false,
            carries_money: false,
            paid_by_target: false,
            role: false,
            source_implies: None,
            target_implies: None,
        }
    }

    /// Both ends are organisations.
    const fn between_orgs(self) -> Self {
        Self {
            source_implies: Some(EntityKind::Org),
            target_implies: Some(EntityKind::Org),
            ..self
        }
    }

    /// A person's post in an organisation.
    const fn role(self) -> Self {
        Self {
            role: true,
            target_implies: Some(EntityKind::Org),
            ..self
        }
    }

    /// Direction carries no meaning.
    const fn symmetric(self) -> Self {
        Self {
            symmetric: true,
            ..self
        }
    }

    /// The target pays the money it carries.
    const fn paid_by_target(self) -> Self {
        Self {
            paid_by_target: true,
            ..self
        }
    }

    /// May carry an amount of money.
    const fn money(self) -> Self {
        Self {
            carries_money: true,
            ..self
        }
    }
}

const INVESTED_IN: KindProps = KindProps::new("invested_in", "invested in")
    .between_orgs()
    .money();
const ACQUIRED: KindProps = KindProps::new("acquired", "acquired")
    .between_orgs()
    .money();
const PARTNER_OF: KindProps = KindProps::new("partner_of", "partner of")
    .between_orgs()
    .symmetric();
const COMPETITOR_OF: KindProps = KindProps::new("competitor_of", "competitor of")
    .between_orgs()
    .symmetric();
const MEMBER_OF: KindProps = KindProps::new("member_of", "member of").between_orgs();
const CEO_OF: KindProps = KindProps::new("ceo_of", "CEO of").role();
const CHAIRMAN_OF: KindProps = KindProps::new("chairman_of", "chairman of").role();
const FOUNDER_OF: KindProps = KindProps::new("founder_of", "founder of").role();
const EMPLOYEE_OF: KindProps = KindProps::new("employee_of", "works for").role();
const ANNOUNCED: KindProps = KindProps::new("announced", "announced");
const SUPPLIES: KindProps = KindProps::new("supplies", "supplies").between_orgs();
const LOCATED_IN: KindProps = KindProps::new("located_in", "located in");
const BUYS_FROM: KindProps = KindProps::new("buys_from", "buys from")
    .between_orgs()
    .money();
const SELLS_TO: KindProps = KindProps::new("sells_to", "sells to")
    .between_orgs()
    .money()
    .paid_by_target();
const STAKE_IN: KindProps = KindProps::new("stake_in", "holds a stake in")
    .between_orgs()
    .money();
const MERGED_WITH: KindProps = KindProps::new("merged_with", "merged with")
    .between_orgs()
    .symmetric()
    .money();
const CONTRACT_WITH: KindProps = KindProps::new("contract_with", "has a contract from")
    .between_orgs()
    .money()
    .paid_by_target();
const LENDS_TO: KindProps = KindProps::new("lends_to", "lends to")
    .between_orgs()
    .money();
const LEFT: KindProps = KindProps::new("left", "left").role();

impl RelationKind {
    /// Every kind, in the order DESIGN.md lists them.
    pub const ALL: [RelationKind; 19] = [
        Self::InvestedIn,
        Self::Acquired,
        Self::PartnerOf,
        Self::CompetitorOf,
        Self::MemberOf,
        Self::CeoOf,
        Self::ChairmanOf,
        Self::FounderOf,
        Self::EmployeeOf,
        Self::Announced,
        Self::Supplies,
        Self::LocatedIn,
        Self::BuysFrom,
        Self::SellsTo,
        Self::StakeIn,
        Self::MergedWith,
        Self::ContractWith,
        Self::LendsTo,
        Self::Left,
    ];

    /// The kind's row in the table of what kinds mean. Adding a kind adds a
    /// variant and a row here; the compiler points at this match.
    pub const fn props(self) -> &'static KindProps {
        match self {
            Self::InvestedIn => &INVESTED_IN,
            Self::Acquired => &ACQUIRED,
            Self::PartnerOf => &PARTNER_OF,
            Self::CompetitorOf => &COMPETITOR_OF,
            Self::MemberOf => &MEMBER_OF,
            Self::CeoOf => &CEO_OF,
            Self::ChairmanOf => &CHAIRMAN_OF,
            Self::FounderOf => &FOUNDER_OF,
            Self::EmployeeOf => &EMPLOYEE_OF,
            Self::Announced => &ANNOUNCED,
            Self::Supplies => &SUPPLIES,
            Self::LocatedIn => &LOCATED_IN,
            Self::BuysFrom => &BUYS_FROM,
            Self::SellsTo => &SELLS_TO,
            Self::StakeIn => &STAKE_IN,
            Self::MergedWith => &MERGED_WITH,
            Self::ContractWith => &CONTRACT_WITH,
            Self::LendsTo => &LENDS_TO,
            Self::Left => &LEFT,
        }
    }

    /// The schema name (`"invested_in"`, …).
    pub const fn name(self) -> &'static str {
        self.props().name
    }

    /// A short human phrase ("invested in").
    pub const fn label(self) -> &'static str {
        self.props().label
    }

    /// Parses a schema name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    /// True when direction carries no meaning (partner, competitor).
    pub const fn is_symmetric(self) -> bool {
        self.props().symmetric
    }

    /// True when the relation may carry an amount of money.
    pub const fn carries_money(self) -> bool {
        self.props().carries_money
    }

    /// Who pays and who is paid the money a relation of this kind carries,
    /// as `(payer, payee)` from its `(source, target)`: none for symmetric
    /// kinds.
    pub const fn payer_payee(self, source: usize, target: usize) -> Option<(usize, usize)> {
        let p = self.props();
        if p.symmetric || !p.carries_money {
            None
        } else if p.paid_by_target {
            Some((target, source))
        } else {
            Some((source, target))
        }
    }

    /// True for a person's post in an organisation.
    pub const fn is_role(self) -> bool {
        self.props().role
    }
}

impl Relation {
    /// The entity kinds the relation implies for its ends, as `(entity,
    /// kind)`, source first: an end the tagger called MISC is repaired to it.
    pub fn implied_kinds(&self) -> impl Iterator<Item = (usize, EntityKind)> {
        let p = self.kind.props();
        [
            (self.source, p.source_implies),
            (self.target, p.target_implies),
        ]
        .into_iter()
        .filter_map(|(e, k)| k.map(|k| (e, k)))
    }
}

/// How firmly the text states a relation. Declared firmest first, so the
/// order compares firmness: what happened, what was announced, what is
/// planned, what is reported, what is denied.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// It happened.
    #[default]
    Completed,
    /// Someone announced it.
    Announced,
    /// It is intended: "aims to", "up to", "will".
    Planned,
    /// Second-hand: "reportedly", "according to".
    Reported,
    /// The text says it does not (or no longer) hold.
    Negated,
}

impl Status {
    /// The schema name.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::Announced => "announced",
            Self::Planned => "planned",
            Self::Reported => "reported",
            Self::Negated => "negated",
        }
    }
}

/// A typed, directed link between two entities.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// What kind of link.
    pub kind: RelationKind,
    /// Entity index of the subject.
    pub source: usize,
    /// Entity index of the object.
    pub target: usize,
    /// The sentence that states it.
    pub evidence: Span,
    /// The word or phrase that signals it ("poured", "CEO", "rival").
    pub trigger: Span,
    /// Money fact index, for investments and acquisitions.
    pub money: Option<usize>,
    /// Date fact index, where the sentence dates it.
    pub date: Option<usize>,
    /// How firmly it is stated.
    pub status: Status,
    /// How sure the extractor is, in `[0, 1]`.
    pub confidence: f32,
    /// Which stage produced it.
    pub provenance: Provenance,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The relation kinds of the annotated-JSON schema, in its order.
    fn schema_kinds() -> Vec<String> {
        let schema: serde_json::Value = serde_json::from_str(include_str!(
            "../../assets/schema/annotated-article-v1.schema.json"
        ))
        .expect("the schema is JSON");
        schema
            .pointer("/properties/relations/items/properties/kind/enum")
            .and_then(serde_json::Value::as_array)
            .expect("the schema lists relation kinds")
            .iter()
            .map(|k| k.as_str().expect("a kind is a string").to_owned())
            .collect()
    }

    #[test]
    fn the_schema_lists_the_kinds_of_the_table() {
        let table: Vec<&str> = RelationKind::ALL.iter().map(|k| k.name()).collect();
        assert_eq!(schema_kinds(), table);
    }

    #[test]
    fn every_kind_is_listed_once_and_serialises_as_its_name() {
        for (i, k) in RelationKind::ALL.into_iter().enumerate() {
            assert_eq!(RelationKind::ALL.iter().position(|x| *x == k), Some(i));
            assert_eq!(RelationKind::from_name(k.name()), Some(k));
            assert_eq!(
                serde_json::to_string(&k).expect("serialises"),
                format!("\"{}\"", k.name())
            );
        }
        assert_eq!(RelationKind::from_name("owns"), None);
    }

    #[test]
    fn the_table_says_what_each_kind_means() {
        use RelationKind::*;
        let org = Some(EntityKind::Org);
        // kind, label, symmetric, money, role, source implies, target implies
        let rows = [
            (InvestedIn, "invested in", false, true, false, org, org),
            (Acquired, "acquired", false, true, false, org, org),
            (PartnerOf, "partner of", true, false, false, org, org),
            (CompetitorOf, "competitor of", true, false, false, org, org),
            (MemberOf, "member of", false, false, false, org, org),
            (CeoOf, "CEO of", false, false, true, None, org),
            (ChairmanOf, "chairman of", false, false, true, None, org),
            (FounderOf, "founder of", false, false, true, None, org),
            (EmployeeOf, "works for", false, false, true, None, org),
            (Announced, "announced", false, false, false, None, None),
            (Supplies, "supplies", false, false, false, org, org),
            (LocatedIn, "located in", false, false, false, None, None),
            (BuysFrom, "buys from", false, true, false, org, org),
            (SellsTo, "sells to", false, true, false, org, org),
            (StakeIn, "holds a stake in", false, true, false, org, org),
            (MergedWith, "merged with", true, true, false, org, org),
            (
                ContractWith,
                "has a contract from",
                false,
                true,
                false,
                org,
                org,
            ),
            (LendsTo, "lends to", false, true, false, org, org),
            (Left, "left", false, false, true, None, org),
        ];
        assert_eq!(rows.len(), RelationKind::ALL.len());
        for (kind, label, symmetric, money, role, source, target) in rows {
            let p = kind.props();
            assert_eq!(
                (p.label, p.symmetric, p.carries_money, p.role),
                (label, symmetric, money, role),
                "{kind:?}"
            );
            assert_eq!((p.source_implies, p.target_implies), (source, target));
            assert_eq!(
                (kind.is_symmetric(), kind.carries_money(), kind.is_role()),
                (symmetric, money, role)
            );
        }
    }
}
