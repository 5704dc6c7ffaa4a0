//! Compound description heads: a nominal's head right before another head
//! is that one's modifier ("the farm cooperative", "the local cooperative
//! bank"), so the description runs on to the second.

use std::ops::Range;

use crate::lang::WordList;

/// Where the description head of `heads` right after a nominal's head
/// (ending at `end`, one space on) lies, when one follows: "cooperative"
/// after "the farm".
pub(super) fn compound_head(heads: &WordList, text: &str, end: usize) -> Option<Range<usize>> {
    let rest = text[end..].strip_prefix(' ')?;
    let len = rest
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(rest.len());
    let word = &rest[..len];
    (!word.is_empty() && heads.contains(word)).then(|| end + 1..end + 1 + len)
}

#[cfg(test)]
mod tests {
    use super::compound_head;
    use crate::pipeline::rules::Rules;

    #[test]
    fn a_head_before_another_head_is_its_modifier() {
        let lang = crate::lang::Language::english().expect("English loads");
        let heads = &lang.rules.nominal_heads;
        let text = "from the farm cooperative Brask Gemüse eG";
        assert_eq!(
            compound_head(heads, text, "from the farm".len()).map(|r| &text[r]),
            Some("cooperative")
        );
        assert_eq!(
            compound_head(heads, text, "from the farm cooperative".len()),
            None
        );
        // The whole description is found: "the local cooperative bank".
        let text = "a loan from the local cooperative bank Tarn Raiffeisen";
        let found: Vec<&str> = Rules::new(&lang.rules)
            .expect("patterns compile")
            .find(text)
            .into_iter()
            .map(|m| m.span.slice(text))
            .collect();
        assert!(found.contains(&"the local cooperative bank"), "{found:?}");
    }
}
