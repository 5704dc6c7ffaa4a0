//! Acronyms: the initials of a name ("General Motors" → "GM") and the
//! acronym a text gives in brackets after a name ("Federal Trade Commission
//! (FTC)").

use crate::lang::ResolveWords;
use crate::model::Span;

/// The initials of a name of two words or more, stop words left out, when
/// every word is capitalised: "Federal Trade Commission" → "FTC".
pub(super) fn acronym_of(lang: &ResolveWords, name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !lang.acronym_stops.contains(&w.to_lowercase()))
        .collect();
    if words.len() < 2 {
        return None;
    }
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    initials.chars().all(char::is_uppercase).then_some(initials)
}

/// True for two to six capital letters.
pub(super) fn is_acronym(s: &str) -> bool {
    let n = s.chars().count();
    (2..=6).contains(&n) && s.chars().all(|c| c.is_ascii_uppercase())
}

/// The acronym in brackets right after the name at `span`: "FTC" of
/// "Federal Trade Commission (FTC)". A line opening with a name and
/// brackets before a dash is a dateline crediting its agency ("RIGA (AP)
/// —"): no acronym.
pub(super) fn bracketed_acronym(text: &str, span: Span) -> Option<String> {
    let after = &text[span.end..];
    let rest = after
        .strip_prefix(" (")
        .or_else(|| after.strip_prefix('('))?;
    let inner: String = rest.chars().take_while(|ch| *ch != ')').collect();
    let line_start = text[..span.start]
        .rsplit('\n')
        .next()
        .is_some_and(|l| l.trim().is_empty());
    let dateline = line_start
        && rest[inner.len()..]
            .strip_prefix(')')
            .is_some_and(|r| r.trim_start_matches(' ').starts_with(['—', '–', '-']));
    (is_acronym(&inner) && !dateline).then_some(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bracketed_acronyms_but_not_a_datelines_agency() {
        let text =
            "RIGA (AP) — The Federal Trade Commission (FTC) sued Tarsia Air (TA) - its rival.";
        let at = |name: &str| {
            let start = text.find(name).expect("in text");
            Span::new(start, start + name.len())
        };
        assert_eq!(bracketed_acronym(text, at("RIGA")), None);
        assert_eq!(
            bracketed_acronym(text, at("Federal Trade Commission")).as_deref(),
            Some("FTC")
        );
        assert_eq!(
            bracketed_acronym(text, at("Tarsia Air")).as_deref(),
            Some("TA")
        );
    }
}
