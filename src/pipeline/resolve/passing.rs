//! Companies named in passing ("a bid led by the Galway dealer C",
//! "S's project director"): no referent a description falls back on for
//! want of a better one.

use crate::lang::ResolveWords;
use crate::model::{Mention, Span};

use super::subject::{governed, possessive_after};

/// True when entity `e` is named (not described) exactly once in `before`,
/// and that once in passing: as a possessive, or under a preposition, in a
/// sentence before that of the description at `at`. A name in the
/// description's own sentence is near enough to be meant ("bought a stake
/// in the exporter C, and buys its beans from the company"), and so is
/// any name a demonstrative points back at ("that company").
pub(super) fn named_once_in_passing(
    lang: &ResolveWords,
    text: &str,
    before: &[Mention],
    sentences: &[Span],
    (e, at): (usize, Span),
) -> bool {
    let demonstrative = at
        .slice(text)
        .split_whitespace()
        .next()
        .is_some_and(|w| lang.demonstratives.contains_lowercase(w));
    let mut named = before
        .iter()
        .filter(|m| m.entity == Some(e) && !m.nominal && m.kind.is_name());
    let (Some(m), None, false) = (named.next(), named.next(), demonstrative) else {
        return false;
    };
    let s = sentences.partition_point(|s| s.end <= m.span.start);
    if s >= sentences.partition_point(|s| s.end <= at.start) {
        return false;
    }
    let from = sentences.get(s).map_or(0, |s| s.start);
    possessive_after(text, m.span).is_some() || governed(lang, text, from, m)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::resolved_at;

    /// The name of the entity of the mention at the last `surface`.
    fn resolved_last(text: &str, surface: &str) -> Option<String> {
        resolved_at(text, text.rfind(surface)?)
    }

    #[test]
    fn a_company_named_once_in_passing_is_no_fallback_for_a_description() {
        // The losing bidder, named once under "by", is not "the company"
        // whose founder's son runs it.
        let text = "Keltic Fire Engines Sp. z o.o. will build six fire engines for the Connacht \
                    fire service. Losing out were two rivals and a bid led by the Galway dealer \
                    Brask Fleet Commercials. The founder's son, Jon Hale, runs the company.";
        assert_ne!(
            resolved_last(text, "the company").as_deref(),
            Some("Brask Fleet Commercials")
        );
        // In the description's own sentence, or pointed back at by a
        // demonstrative, a name in passing is still meant.
        let text = "Montella Caffè roasts coffee in Trieste. Montella, for its part, bought a \
                    stake in the Colombian exporter Cafetales Ruiz in 2023, and it buys most of its \
                    beans from that company.";
        assert_eq!(
            resolved_last(text, "that company").as_deref(),
            Some("Cafetales Ruiz")
        );
        let text = "Montella Caffè roasts coffee in Trieste. It bought a stake in the Colombian \
                    exporter Cafetales Ruiz in 2023. It buys most of its beans from that company.";
        assert_eq!(
            resolved_last(text, "that company").as_deref(),
            Some("Cafetales Ruiz")
        );
        // A possessive named once is as much in passing.
        let text = "Orvo Chains SA forged the chains for the wind farm. Tarn Power's project \
                    director, Lena Vogt, said other makers had bid as well. \
                    Founded in 1961, the company is run by a granddaughter of its founder.";
        assert_ne!(
            resolved_last(text, "the company").as_deref(),
            Some("Tarn Power")
        );
    }
}
