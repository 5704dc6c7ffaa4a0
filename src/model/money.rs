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
}
