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

/// Two values within this share of the larger are one amount stated in
/// other words ("43 mln" and "43 million", "1.5 billion" and "1,500
/// million").
pub const SAME_VALUE: f64 = 0.005;

/// True when two values are one figure: within [`SAME_VALUE`] of the
/// larger. What the figures stage joins as one amount (a headline and its
/// restatement, a currency's two markers) and the money chart draws as one
/// bar.
pub fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= SAME_VALUE * a.abs().max(b.abs())
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

#[cfg(test)]
mod tests {
    use super::same_value;

    #[test]
    fn one_amount_in_other_words_is_the_same_value() {
        for (a, b, same) in [
            (43e6, 43e6, true),
            // "$1.5bn" and "$1,497 million": within half a percent.
            (1.5e9, 1.497e9, true),
            (1.497e9, 1.5e9, true),
            // "€43 million" and "€44 million" are two amounts.
            (43e6, 44e6, false),
            (0.0, 0.0, true),
            (5.0, f64::NAN, false),
        ] {
            assert_eq!(same_value(a, b), same, "{a} {b}");
        }
    }
}
