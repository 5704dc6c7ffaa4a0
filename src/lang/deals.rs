//! The words of the deal families of relation extraction that news writes
//! most: orders of goods (`relate/orders/`), holdings and mergers
//! (`relate/holdings/`), loans and contracts (`relate/credit/`).

use super::{LangError, Source, WordList};

/// `relate/orders/`.
#[derive(Debug, Clone)]
pub struct OrderWords {
    /// Order verbs and nouns ("ordered", "an order for").
    pub order: WordList,
    /// The word between an order noun and the goods ("for").
    pub order_for: WordList,
    /// The word before the other party of an order ("from").
    pub order_from: WordList,
    /// Verbs before an order noun whose subject is the seller ("won").
    pub seller_verbs: WordList,
    /// Nouns of goods ("aircraft", "jets").
    pub goods: WordList,
    /// Verbs and nouns of selling ("sold", "sale").
    pub sell: WordList,
    /// The word before the buyer of a sale ("to").
    pub sell_to: WordList,
}

impl OrderWords {
    /// Reads `relate/orders/` from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let list = |path: &str| WordList::load(source, &format!("relate/orders/{path}.txt"));
        Ok(Self {
            order: list("order")?,
            order_for: list("order_for")?,
            order_from: list("order_from")?,
            seller_verbs: list("seller_verbs")?,
            goods: list("goods")?,
            sell: list("sell")?,
            sell_to: list("sell_to")?,
        })
    }
}
