//! The gold JSON reader (format: shared/eval/README.md): entities,
//! relations, money figures and page-clutter names of one article.

use std::path::Path;

use serde::Deserialize;

use crate::eval::error::EvalError;

/// A gold file.
#[derive(Debug, Deserialize)]
pub struct Gold {
    /// Article path relative to the gold file.
    pub file: String,
    /// Entities.
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    /// Money figures.
    #[serde(default)]
    pub money: Vec<GoldMoney>,
    /// Relations.
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
    /// Whole lines of page clutter.
    #[serde(default)]
    pub boilerplate: Vec<String>,
    /// Names that occur only in page clutter.
    #[serde(default)]
    pub boilerplate_entities: Vec<String>,
    /// Publication date, when the gold gives one.
    #[serde(default)]
    pub published: Option<String>,
}

/// A gold entity.
#[derive(Debug, Deserialize)]
pub struct GoldEntity {
    /// Canonical name.
    pub name: String,
    /// Type: PERSON, ORG, GPE/LOC, PROJECT.
    #[serde(rename = "type")]
    pub kind: String,
    /// Other accepted types.
    #[serde(default)]
    pub alt_types: Vec<String>,
    /// Surface forms.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A gold money figure.
#[derive(Debug, Deserialize)]
pub struct GoldMoney {
    /// As written.
    pub text: String,
    /// Value in US dollars (the sample's gold); optional where `value` and
    /// `currency` say it as written.
    #[serde(default)]
    pub value_usd: Option<f64>,
    /// Value in units of `currency`, as written.
    #[serde(default)]
    pub value: Option<f64>,
    /// ISO 4217 code of `value`.
    #[serde(default)]
    pub currency: Option<String>,
    /// `"share"` or `"unit"` for a price per share or per item.
    #[serde(default)]
    pub per: Option<String>,
    /// Year, where the text says.
    #[serde(default)]
    pub year: Option<i32>,
    /// Investor name.
    #[serde(default)]
    pub investor: Option<String>,
    /// Recipient name.
    #[serde(default)]
    pub recipient: Option<String>,
}

/// A gold relation.
#[derive(Debug, Deserialize)]
pub struct GoldRelation {
    /// Relation kind name.
    #[serde(rename = "type")]
    pub kind: String,
    /// Source entity name.
    pub source: String,
    /// Target entity name.
    pub target: String,
    /// May be found or not.
    #[serde(default)]
    pub implicit: bool,
    /// The sentence that states it, as in the text.
    #[serde(default)]
    pub evidence: Option<String>,
}

impl GoldMoney {
    /// The amount and, when the gold gives it, its currency: `value` with
    /// `currency`, else `value_usd` in any currency (the sample's gold).
    pub fn amount(&self) -> Option<(f64, Option<&str>)> {
        match (self.value, self.currency.as_deref(), self.value_usd) {
            (Some(v), Some(c), _) => Some((v, Some(c))),
            (_, _, Some(v)) => Some((v, None)),
            (Some(v), None, None) => Some((v, None)),
            (None, _, None) => None,
        }
    }
}

/// Reads a gold file.
pub fn read_gold(path: &Path) -> Result<Gold, EvalError> {
    let bad = |reason: String| EvalError::Gold {
        reason,
        path: path.to_owned(),
    };
    let bytes = std::fs::read(path).map_err(|e| bad(e.to_string()))?;
    let gold: Gold = serde_json::from_slice(&bytes).map_err(|e| bad(e.to_string()))?;
    if let Some(m) = gold.money.iter().find(|m| m.amount().is_none()) {
        return Err(bad(format!(
            "money figure {:?} has neither value nor value_usd",
            m.text
        )));
    }
    Ok(gold)
}
