//! Words joined into one: a trade's compound that is a company noun
//! ("wagonmaker", "yachtbuilder") and a name joined by a hyphen to a
//! participle that makes an adjective of it ("Paris-listed").

use super::Kinds;

impl Kinds {
    /// "Wagonmaker", "lawmaker": a lower-case word of four letters or more
    /// before a compound head ("maker") is a common noun of a trade (a
    /// company's or a person's), no name.
    pub fn is_trade_compound(&self, word: &str) -> bool {
        self.words.compound_heads.iter().any(|head| {
            word.strip_suffix(head).is_some_and(|trade| {
                trade.chars().count() >= 4 && trade.chars().all(|c| c.is_lowercase())
            })
        })
    }

    /// "Paris-listed", "German-speaking": a capitalised word joined by a
    /// hyphen to a lower-case participle is an adjective, no name. Group
    /// adjectives ("Kremlin-backed") are left to the groups' reading.
    pub fn is_hyphenated_adjective(&self, name: &str) -> bool {
        let Some((head, tail)) = name.split_once('-') else {
            return false;
        };
        head.starts_with(char::is_uppercase)
            && !head.contains(char::is_whitespace)
            && tail.chars().count() > 3
            && tail.chars().all(char::is_lowercase)
            && self
                .words
                .adjective_endings
                .iter()
                .any(|e| tail.ends_with(e))
            && !self.words.group_suffixes.iter().any(|s| name.ends_with(s))
    }
}

#[cfg(test)]
mod tests {
    fn kinds() -> super::Kinds {
        let lang = crate::lang::Language::english().expect("English loads");
        super::Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads)
    }

    #[test]
    fn a_trade_before_maker_or_builder_is_a_trade_noun() {
        let k = kinds();
        for word in ["wagonmaker", "yachtbuilder", "truckmakers"] {
            assert!(k.is_trade_compound(word), "{word}");
        }
        // A short or capitalised first part is no trade.
        for word in ["tomaker", "Velmaker", "makeshift", "maker"] {
            assert!(!k.is_trade_compound(word), "{word}");
        }
    }
}
