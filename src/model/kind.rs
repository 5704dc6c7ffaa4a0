//! Kinds of mentions and entities, and where a mention came from.

use serde::{Deserialize, Serialize};

/// What a mention or entity is. Serialised in upper case (`"PERSON"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, institution, project or other organisation.
    Org,
    /// A place: country, city, region.
    Loc,
    /// Other names: nationalities, events, products.
    Misc,
    /// An amount of money.
    Money,
    /// A date, time or duration.
    Date,
    /// A percentage.
    Percent,
    /// A role or office: CEO, Chairman, President.
    Title,
}

impl EntityKind {
    /// Every kind, in the order the legend shows them.
    pub const ALL: [EntityKind; 8] = [
        Self::Person,
        Self::Org,
        Self::Loc,
        Self::Misc,
        Self::Money,
        Self::Date,
        Self::Percent,
        Self::Title,
    ];

    /// The schema name (`"PERSON"`, `"ORG"`, …).
    pub const fn name(self) -> &'static str {
        match self {
            Self::Person => "PERSON",
            Self::Org => "ORG",
            Self::Loc => "LOC",
            Self::Misc => "MISC",
            Self::Money => "MONEY",
            Self::Date => "DATE",
            Self::Percent => "PERCENT",
            Self::Title => "TITLE",
        }
    }

    /// A human label for legends and headings.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Person => "People",
            Self::Org => "Organisations",
            Self::Loc => "Places",
            Self::Misc => "Other names",
            Self::Money => "Money",
            Self::Date => "Dates",
            Self::Percent => "Percentages",
            Self::Title => "Roles",
        }
    }

    /// Parses a schema name; also accepts CoNLL's `PER` and gold files' `GPE`.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name.to_ascii_uppercase().as_str() {
            "PERSON" | "PER" => Self::Person,
            "ORG" | "ORGANIZATION" | "ORGANISATION" | "PROJECT" => Self::Org,
            "LOC" | "GPE" | "LOCATION" => Self::Loc,
            "MISC" => Self::Misc,
            "MONEY" => Self::Money,
            "DATE" | "TIME" => Self::Date,
            "PERCENT" => Self::Percent,
            "TITLE" => Self::Title,
            _ => return None,
        })
    }

    /// True for kinds that name something (people, organisations, places,
    /// other names), as opposed to values (money, dates, percentages) and roles.
    pub const fn is_name(self) -> bool {
        matches!(self, Self::Person | Self::Org | Self::Loc | Self::Misc)
    }
}

/// Where a mention came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Provenance {
    /// The statistical tagger.
    #[default]
    Model,
    /// A hand-written rule (money, dates, titles, nominal references).
    Rule,
    /// A list of known names.
    Gazetteer,
    /// Added or corrected by the user.
    Manual,
}

impl Provenance {
    /// The schema name (`"model"`, `"rule"`, …).
    pub const fn name(self) -> &'static str {
        match self {
            Self::Model => "model",
            Self::Rule => "rule",
            Self::Gazetteer => "gazetteer",
            Self::Manual => "manual",
        }
    }
}
