//! A product named in the plural is the product: "iPhones" and "iPhone",
//! "A330s" and "A330", "777-300ERs" and "777-300ER" are one entity. So is a
//! nationality or group word and its plural noun: "Canadian" and
//! "Canadians", "Republican" and "Republicans" (the annotation guide's
//! NATIONALITY is the word, adjective or noun).
//!
//! Takes a mention's kind, surface and resolution key; gives the key of its
//! singular when the surface is a product's plural.

use crate::model::EntityKind;
use crate::pipeline::model_shape::is_lower_camel;

/// The resolution key of a product mention without its plural "s" when
/// its last word is a model code or a lower-camel name with an "s" added
/// ("KC-30s", "iPods"), and of a nationality word's plural ("Canadians");
/// otherwise `key` as it is. Names of other kinds keep their key
/// ("Airbus", "Siemens").
pub(super) fn singular_key(kind: EntityKind, surface: &str, key: String) -> String {
    // "Canadians", "Saudis'", "North Americans"; not "Swiss".
    if kind == EntityKind::Nationality {
        return match key.strip_suffix('s') {
            Some(stem) if stem.chars().count() >= 3 && !stem.ends_with('s') => stem.to_owned(),
            _ => key,
        };
    }
    let last = surface.rsplit(' ').next().unwrap_or(surface);
    let Some(stem) = last.strip_suffix('s') else {
        return key;
    };
    let before = stem.chars().next_back();
    let coded = before.is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && stem.chars().any(|c| c.is_ascii_digit());
    let plural =
        kind == EntityKind::Product && (coded || is_lower_camel(stem) && is_lower_camel(last));
    match key.strip_suffix('s') {
        Some(singular) if plural => singular.to_owned(),
        _ => key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_products_share_their_singulars_key() {
        let cases: &[(EntityKind, &str, &str)] = &[
            (EntityKind::Product, "zPhones", "zphone"),
            (EntityKind::Product, "Korvin K350s", "korvin k350"),
            (EntityKind::Product, "777-300ERs", "777-300er"),
            (EntityKind::Product, "KC-30s", "kc-30"),
            (EntityKind::Product, "zPhone", "zphone"),
            // No model code, no lower-camel name: left alone.
            (EntityKind::Product, "Skyliners", "skyliners"),
            (EntityKind::Product, "Series", "series"),
            // Other kinds keep their key.
            (EntityKind::Org, "zSystems", "zsystems"),
            (EntityKind::Org, "Boeing 787s", "boeing 787s"),
            // A nationality word's plural is the word.
            (EntityKind::Nationality, "Canadians", "canadian"),
            (EntityKind::Nationality, "Saudis", "saudi"),
            (EntityKind::Nationality, "Swiss", "swiss"),
            (EntityKind::Nationality, "North Americans", "north american"),
        ];
        for &(kind, surface, want) in cases {
            let key = surface.to_lowercase();
            assert_eq!(singular_key(kind, surface, key), want, "{surface}");
        }
    }
}
