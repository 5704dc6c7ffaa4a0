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
    /// Other names: events, laws, indices, programmes.
    Misc,
    /// A product, model or product line: "Boeing 787", "iPhone 4".
    Product,
    /// A nationality or group word: "American", "Russian", "Kremlin-owned".
    /// Never an organisation and never a relation end.
    Nationality,
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
    pub const ALL: [EntityKind; 10] = [
        Self::Person,
        Self::Org,
        Self::Loc,
        Self::Product,
        Self::Nationality,
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
            Self::Product => "PRODUCT",
            Self::Nationality => "NATIONALITY",
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
            Self::Product => "Products",
            Self::Nationality => "Nationalities",
            Self::Money => "Money",
            Self::Date => "Dates",
            Self::Percent => "Percentages",
            Self::Title => "Roles",
        }
    }

    /// Parses a schema name; also accepts CoNLL's `PER`, gold files' `GPE`,
    /// MEANTIME's `PRO` and OntoNotes' `NORP`.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name.to_ascii_uppercase().as_str() {
            "PERSON" | "PER" => Self::Person,
            "ORG" | "ORGANIZATION" | "ORGANISATION" | "PROJECT" => Self::Org,
            "LOC" | "GPE" | "LOCATION" => Self::Loc,
            "MISC" => Self::Misc,
            "PRODUCT" | "PRO" => Self::Product,
            "NATIONALITY" | "NORP" => Self::Nationality,
            "MONEY" => Self::Money,
            "DATE" | "TIME" => Self::Date,
            "PERCENT" => Self::Percent,
            "TITLE" => Self::Title,
            _ => return None,
        })
    }

    /// True for kinds that name something (people, organisations, places,
    /// products, nationalities, other names), as opposed to values (money,
    /// dates, percentages) and roles.
    pub const fn is_name(self) -> bool {
        matches!(
            self,
            Self::Person | Self::Org | Self::Loc | Self::Misc | Self::Product | Self::Nationality
        )
    }

    /// True for kinds that may be a relation's end: everything named except
    /// nationality and group words ("Russian" never buys anything).
    pub const fn can_relate(self) -> bool {
        self.is_name() && !matches!(self, Self::Nationality)
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
