//! "The venture, to be called Bluegrass Cell", "a new company named
//! Corvane": a description that a naming verb ties to the name after it.

use crate::lang::lowercase;

use super::Kinds;

/// Most words from a description's noun to the name its naming verb gives
/// ("company, to be called").
const NAMING_GAP_WORDS: usize = 5;

impl Kinds {
    /// Where the name starts that a naming verb after `end` introduces:
    /// an optional comma, linking words ("to be"), a naming verb, then a
    /// capitalised word. `None` when no naming verb follows.
    pub fn named_after(&self, text: &str, end: usize) -> Option<usize> {
        let rest = text.get(end..)?;
        let rest = rest.strip_prefix(',').unwrap_or(rest);
        let mut offset = text.len() - rest.len();
        let mut named = false;
        for word in rest.split_inclusive(char::is_whitespace) {
            let bare = word.trim();
            let lower = lowercase(bare);
            if named && bare.starts_with(char::is_uppercase) {
                return Some(offset + (word.len() - word.trim_start().len()));
            }
            if bare.is_empty() || (!named && self.words.naming_links.contains(&lower)) {
                offset += word.len();
                continue;
            }
            if named || !self.words.naming_verbs.contains(&lower) {
                return None;
            }
            named = true;
            offset += word.len();
        }
        None
    }

    /// "The combined company, to be called Orvo Lines": a company noun a
    /// few words before the name, tied to it by a naming verb.
    pub(super) fn named_as_company(&self, text: &str, span: crate::model::Span) -> bool {
        let mut before = text[..span.start].trim_end();
        for _ in 0..NAMING_GAP_WORDS {
            // Past the whole space, a wide one ("\u{a0}") too.
            let start = before
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            let word = before[start..].trim_end_matches(',');
            // A comma or a link word between noun and verb: "Orvo Bank
            // named Jo Tarn its chief" appoints a person.
            // Read only after a company noun: most words are none.
            let linked = || {
                let gap = &text[start + word.len()..span.start];
                gap.contains(',')
                    || gap
                        .split_whitespace()
                        .any(|w| self.words.naming_links.contains(w))
            };
            if word.starts_with(char::is_lowercase)
                && self.is_company_noun(word)
                && linked()
                && self.named_after(text, start + word.len()) == Some(span.start)
            {
                return true;
            }
            if start == 0 {
                break;
            }
            before = before[..start].trim_end();
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::kinds::Kinds;

    fn kinds() -> Kinds {
        let lang = crate::lang::Language::english().expect("english");
        Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads)
    }

    #[test]
    fn a_naming_verb_ties_a_description_to_the_name_after_it() {
        let k = kinds();
        let text = "The venture, to be called Tarn Cells, will open. A unit named Orvo Labs. The firm said.";
        let after = |d: &str| {
            let end = text.find(d).expect("in text") + d.len();
            k.named_after(text, end).map(|s| &text[s..s + 4])
        };
        assert_eq!(after("The venture"), Some("Tarn"));
        assert_eq!(after("A unit"), Some("Orvo"));
        assert_eq!(after("The firm"), None);
    }

    #[test]
    fn a_company_named_by_a_naming_verb_is_a_company() {
        use crate::model::EntityKind;
        for name in ["Tuuli Serrano", "Karla Mirando"] {
            let text = format!(
                "Transbus Alvito and Kaarivaunu Oy will merge. The combined company, to \
                 be called {name}, will have sales of 1.3 billion euros. {name} will be \
                 based in Lisbon."
            );
            assert_eq!(
                crate::pipeline::tests::kind_of(&text, name),
                Some(EntityKind::Org),
                "{name}"
            );
        }
    }
}
