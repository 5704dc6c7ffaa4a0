//! "The venture, to be called Bluegrass Cell", "a new company named
//! Corvane": a description that a naming verb ties to the name after it.

use super::Kinds;

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
            let lower = bare.to_lowercase();
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
}
