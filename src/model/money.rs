//! `MoneyFact`: an amount of money, parsed and attached to who pays whom.

use serde::{Deserialize, Serialize};

/// A parsed money figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MoneyFact {
    /// Index of the MONEY mention.
    pub mention: usize,
    /// The amount in units of `currency`.
    pub value: f64,
    /// ISO 4217 code (`"USD"`, `"EUR"`…).
    pub currency: String,
    /// "up to", "more than", "about"… as written, lower case.
    pub qualifier: Option<String>,
    /// Year the money moved or is meant to, where the text says.
    pub year: Option<i32>,
    /// Entity index of who pays.
    pub investor: Option<usize>,
    /// Entity index of who receives.
    pub recipient: Option<usize>,
    /// Relation index the figure belongs to.
    pub relation: Option<usize>,
    /// Other MONEY mentions that repeat this figure (a headline and the body).
    #[serde(default)]
    pub repeats: Vec<usize>,
    /// Set when the figure is a price per share or per item, not an amount
    /// that moves between parties: it has no investor or recipient.
    #[serde(default)]
    pub per: Option<Per>,
}

/// What a per-item price is per.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Per {
    /// A share price ("shares fell $1.20 to $35.50").
    Share,
    /// A price per item ("$250 million each", "per aircraft").
    Unit,
}

impl Per {
    /// The schema name (`"share"`, `"unit"`).
    pub const fn name(self) -> &'static str {
        match self {
            Self::Share => "share",
            Self::Unit => "unit",
        }
    }
}

impl MoneyFact {
    /// True when `other` states the same figure: same amount and currency,
    /// and no contradiction in investor, recipient or year.
    pub fn same_figure(&self, other: &MoneyFact) -> bool {
        fn agree<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            a.is_none() || b.is_none() || a == b
        }
        self.currency == other.currency
            && (self.value - other.value).abs() <= 1e-9 * self.value.abs().max(1.0)
            && agree(self.investor, other.investor)
            && agree(self.recipient, other.recipient)
            && agree(self.year, other.year)
            && (self.investor.is_some() || other.investor.is_some())
    }

    /// How many of investor, recipient and year are known.
    pub fn known_parts(&self) -> usize {
        usize::from(self.investor.is_some())
            + usize::from(self.recipient.is_some())
            + usize::from(self.year.is_some())
    }
}
