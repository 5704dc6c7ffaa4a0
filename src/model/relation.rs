//! `Relation`: a typed, directed link between two entities with its evidence.

use serde::{Deserialize, Serialize};

use super::{Provenance, Span};

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
}

impl RelationKind {
    /// Every kind, in the order DESIGN.md lists them.
    pub const ALL: [RelationKind; 12] = [
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
    ];

    /// The schema name (`"invested_in"`, …).
    pub const fn name(self) -> &'static str {
        match self {
            Self::InvestedIn => "invested_in",
            Self::Acquired => "acquired",
            Self::PartnerOf => "partner_of",
            Self::CompetitorOf => "competitor_of",
            Self::MemberOf => "member_of",
            Self::CeoOf => "ceo_of",
            Self::ChairmanOf => "chairman_of",
            Self::FounderOf => "founder_of",
            Self::EmployeeOf => "employee_of",
            Self::Announced => "announced",
            Self::Supplies => "supplies",
            Self::LocatedIn => "located_in",
        }
    }

    /// A short human phrase ("invested in").
    pub const fn label(self) -> &'static str {
        match self {
            Self::InvestedIn => "invested in",
            Self::Acquired => "acquired",
            Self::PartnerOf => "partner of",
            Self::CompetitorOf => "competitor of",
            Self::MemberOf => "member of",
            Self::CeoOf => "CEO of",
            Self::ChairmanOf => "chairman of",
            Self::FounderOf => "founder of",
            Self::EmployeeOf => "works for",
            Self::Announced => "announced",
            Self::Supplies => "supplies",
            Self::LocatedIn => "located in",
        }
    }

    /// Parses a schema name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    /// True when direction carries no meaning (partner, competitor).
    pub const fn is_symmetric(self) -> bool {
        matches!(self, Self::PartnerOf | Self::CompetitorOf)
    }
}

/// How firmly the text states a relation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
