//! A maker's name before a model code is part of the product's name:
//! "Boeing 767", "Airbus A330", "Northrop Grumman KC-45".
//!
//! Product recognition keeps the maker a name of its own (an organisation,
//! so that "ordered ten Acme K350s" still names the seller) and the product
//! starts at the model code. News names the product with its maker, so the
//! product entity takes the longer name when the text writes the maker
//! right before its model code; its mentions keep their spans.
//!
//! Takes the resolved entities and mentions; renames products.

use crate::model::{Entity, EntityKind, Mention};
use crate::pipeline::model_shape::is_model;

/// Names each product after "maker model" when the text has the maker's
/// name right before one of its mentions that opens with a model code;
/// returns how many were renamed.
pub fn name_with_makers(text: &str, mentions: &[Mention], entities: &mut [Entity]) -> usize {
    let mut renamed = 0;
    for e in entities.iter_mut() {
        if e.kind != EntityKind::Product {
            continue;
        }
        let maker_named = e.mentions.iter().find_map(|&m| {
            let mention = &mentions[m];
            let own = mention.span.slice(text);
            let opens_with_model = own
                .split_whitespace()
                .next()
                .is_some_and(|w| is_model(w, false));
            let maker = m.checked_sub(1).map(|p| &mentions[p]).filter(|p| {
                p.kind == EntityKind::Org
                    && !p.nominal
                    && p.span.end + 1 == mention.span.start
                    && text.get(p.span.end..mention.span.start) == Some(" ")
            })?;
            (!mention.nominal && opens_with_model && e.name.starts_with(own))
                .then(|| format!("{} {}", maker.span.slice(text), e.name))
        });
        if let Some(name) = maker_named {
            if !e.aliases.contains(&name) {
                e.aliases.insert(0, name.clone());
            }
            e.name = name;
            renamed += 1;
        }
    }
    renamed
}

#[cfg(test)]
mod tests {
    /// `(name, kind)` of every product in the analysis of `text`.
    fn products(text: &str) -> Vec<String> {
        let a = crate::pipeline::tests::analysis(text);
        a.entities
            .iter()
            .filter(|e| e.kind == crate::model::EntityKind::Product)
            .map(|e| e.name.clone())
            .collect()
    }

    #[test]
    fn a_maker_before_a_model_code_names_the_product() {
        let text = "Norvale Air said it would buy twelve Korvin K350 jets. The K350 \
                    replaces the airline's older Korvin K200 fleet.";
        let names = products(text);
        assert!(names.contains(&"Korvin K350".to_owned()), "{names:?}");
        assert!(names.contains(&"Korvin K200".to_owned()), "{names:?}");
        let a = crate::pipeline::tests::analysis(text);
        assert!(
            a.entities
                .iter()
                .any(|e| e.name == "Korvin" && e.kind == crate::model::EntityKind::Org),
            "the maker stays an organisation"
        );
    }

    #[test]
    fn a_product_without_a_maker_keeps_its_name() {
        assert!(products("Norvale Air flies the new K350 from May.").contains(&"K350".to_owned()));
    }
}
