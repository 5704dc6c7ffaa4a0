//! A legal name with a bracketed country or form before its legal suffix:
//! "Velmar Communications (Tarsia) Ltd", "Orvo Holdings (Pty) Ltd". The
//! tagger ends the name at the bracket and reads the suffix alone as a
//! name; the whole, from the name to its last legal suffix, is the one
//! company.
//!
//! Takes the tagging stage's candidates (sorted by start); gives them back
//! with such names widened and the names inside them dropped.

use crate::model::{EntityKind, Span};
use crate::pipeline::candidate::Candidate;

use super::Kinds;

/// Most words inside the bracket.
const BRACKET_WORDS: usize = 3;

impl Kinds {
    /// Widens company names over a bracket and the legal suffixes after it
    /// (see the module documentation); returns how many were widened.
    pub fn join_bracketed_legal_names(&self, text: &str, candidates: &mut Vec<Candidate>) -> usize {
        let mut widened: Vec<Span> = Vec::new();
        for c in candidates.iter_mut() {
            let m = &c.mention;
            if m.nominal || m.kind != EntityKind::Org {
                continue;
            }
            if let Some(end) = self.bracketed_legal_end(&text[m.span.end..]) {
                c.mention.span = Span::new(m.span.start, m.span.end + end);
                widened.push(c.mention.span);
            }
        }
        if !widened.is_empty() {
            candidates.retain(|c| {
                !widened
                    .iter()
                    .any(|w| c.mention.span != *w && c.mention.span.within(*w))
            });
        }
        widened.len()
    }

    /// Where " (Tarsia) Ltd" ends in `rest`, the text right after a name:
    /// a bracket of capitalised words, then one or more legal suffixes
    /// written with a capital.
    fn bracketed_legal_end(&self, rest: &str) -> Option<usize> {
        let inner_start = rest.strip_prefix(" (")?;
        let close = inner_start.find(')')?;
        let inner = &inner_start[..close];
        let words: Vec<&str> = inner.split(' ').collect();
        if inner.is_empty()
            || words.len() > BRACKET_WORDS
            || !words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        {
            return None;
        }
        let mut end = 2 + close + 1;
        let mut suffixes = 0;
        while let Some(after) = rest[end..].strip_prefix(' ') {
            let word = after
                .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '"' | ')'))
                .next()
                .unwrap_or("");
            let bare = word.trim_end_matches('.');
            if bare.is_empty() || !self.is_written_legal_suffix(bare) {
                break;
            }
            // A full stop before a line's end or a capital closes the
            // sentence too: the name keeps the word without it.
            let next = &rest[end + 1 + word.len()..];
            let closes = next.is_empty()
                || next.starts_with('\n')
                || next.starts_with(' ') && next.trim_start().starts_with(char::is_uppercase);
            let taken = if closes { bare.len() } else { word.len() };
            end += 1 + taken;
            suffixes += 1;
            if taken < word.len() {
                break;
            }
        }
        (suffixes > 0).then_some(end)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::{candidates_in_order, named_kinds, pipeline};

    #[test]
    fn a_bracketed_country_before_a_legal_suffix_is_part_of_the_name() {
        let text = "Velmar Communications (Tarsia) Ltd will buy Orvo Holdings (Pty) Ltd, \
                    a unit of Kelmsby Group (Tarsia).";
        let mut c = candidates_in_order(
            text,
            &[
                ("Velmar Communications", EntityKind::Org),
                ("Tarsia", EntityKind::Loc),
                ("Ltd", EntityKind::Org),
                ("Orvo Holdings", EntityKind::Org),
                ("Ltd", EntityKind::Org),
                ("Kelmsby Group", EntityKind::Org),
                ("Tarsia", EntityKind::Loc),
            ],
        );
        assert_eq!(
            pipeline().kinds().join_bracketed_legal_names(text, &mut c),
            2
        );
        let want: Vec<(String, EntityKind)> = [
            ("Velmar Communications (Tarsia) Ltd", EntityKind::Org),
            ("Orvo Holdings (Pty) Ltd", EntityKind::Org),
            ("Kelmsby Group", EntityKind::Org),
            ("Tarsia", EntityKind::Loc),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }
}
