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
        .filter(|w| !lang.acronym_stops.contains_lowercase(w))
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

/// What the brackets right after the name at `span` hold, as a span:
/// "FTC" of "Federal Trade Commission (FTC)", "Dutch Tarn" of "Koninklijke
/// Tarn NV's (Dutch Tarn)" (a possessive may come between; the flag says
/// one did). A line opening with a name and brackets before a dash is a
/// dateline crediting its agency ("RIGA (AP) —", "RIGA, Latvia (AP) —"):
/// none.
pub(super) fn bracket_after(text: &str, span: Span) -> Option<(Span, bool)> {
    let after = &text[span.end..];
    let owner = ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|p| after.strip_prefix(p));
    let after = owner.unwrap_or(after);
    let rest = after
        .strip_prefix(" (")
        .or_else(|| after.strip_prefix('('))?;
    let inner = &rest[..rest.find(')')?];
    // The line before the name holds nothing in lower case: none, or a
    // dateline's place ("COLUMBUS, Ohio (AP) —").
    let line_start = text[..span.start]
        .rsplit('\n')
        .next()
        .is_some_and(|l| !l.contains(char::is_lowercase));
    let dateline = line_start
        && rest[inner.len() + 1..]
            .trim_start_matches(' ')
            .starts_with(['—', '–', '-']);
    let start = text.len() - rest.len();
    (!inner.is_empty() && !dateline)
        .then(|| (Span::new(start, start + inner.len()), owner.is_some()))
}

/// An acronym as a bracket gives it: two to six capitals, an ampersand
/// allowed between two of them ("S&P" of "Standard & Poor's").
pub(super) fn is_written_acronym(s: &str) -> bool {
    is_acronym(s)
        || s.chars().count() <= 6
            && s.split_once('&').is_some_and(|(a, b)| {
                [a, b]
                    .iter()
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_uppercase()))
            })
}

/// True for a short form written like an acronym though not all capitals:
/// "MoD", "DfT" — two to six letters, the first and at least one more a
/// capital, never two small letters in a row.
pub(super) fn is_mixed_acronym(s: &str) -> bool {
    let n = s.chars().count();
    let capitals = s.chars().filter(char::is_ascii_uppercase).count();
    (2..=6).contains(&n)
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && capitals >= 2
        && s.chars().all(|c| c.is_ascii_alphabetic())
        && !s
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_lowercase())
}

/// True when `short` abbreviates the name `words` the looser ways news
/// does: "SIA" of "Singapore Airlines" (a word may give its first two or
/// three letters), "MoD" of "Ministry of Defence" (a small word may give
/// its initial), "EADS" of "European Aeronautic Defence and Space Company"
/// (company words at the end may be left out). Every other word gives its
/// initial, in order, and at least two words give letters.
pub(super) fn abbreviates(
    lang: &ResolveWords,
    short: &str,
    words: &[String],
    optional_tail: &dyn Fn(&str) -> bool,
) -> bool {
    let letters: Vec<char> = short.chars().map(|c| c.to_ascii_lowercase()).collect();
    let written: Vec<&str> = words
        .iter()
        .map(|w| w.trim_end_matches([',', ';']))
        .collect();
    let words: Vec<Vec<char>> = written
        .iter()
        .map(|w| w.chars().map(|c| c.to_ascii_lowercase()).collect())
        .collect();
    // Words that may give no letter: small words, and company words from
    // the end back.
    let mut skippable: Vec<bool> = written
        .iter()
        .map(|w| lang.acronym_stops.contains_lowercase(w))
        .collect();
    for w in (1..written.len()).rev() {
        if !optional_tail(written[w]) {
            break;
        }
        skippable[w] = true;
    }
    // A short legal suffix ("Inc.", "AG") is no part of an acronym: "AI" is
    // no short form of "Anvil Inc.".
    let mute: Vec<bool> = written
        .iter()
        .map(|w| w.len() <= 4 && lang.legal_suffixes.contains_lowercase(w))
        .collect();
    words.len() >= 2 && matches_from(&letters, &words, &skippable, &mute, 0, 0, 0)
}

/// Letters `l..` spelled by words `w..`; `used` counts the words that gave letters.
fn matches_from(
    letters: &[char],
    words: &[Vec<char>],
    skippable: &[bool],
    mute: &[bool],
    l: usize,
    w: usize,
    used: usize,
) -> bool {
    if l == letters.len() {
        return used >= 2 && skippable[w..].iter().all(|&s| s);
    }
    let Some(word) = words.get(w) else {
        return false;
    };
    // The word gives its first one to three letters ...
    let gives = !mute[w]
        && (1..=3)
            .take_while(|&k| l + k <= letters.len() && word.get(..k) == Some(&letters[l..l + k]))
            .any(|k| matches_from(letters, words, skippable, mute, l + k, w + 1, used + 1));
    // ... or, a small or trailing company word, none.
    gives || (skippable[w] && matches_from(letters, words, skippable, mute, l, w + 1, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The acronym in brackets right after the name at `span`, as the
    /// resolver reads it.
    fn bracketed_acronym(text: &str, span: Span) -> Option<String> {
        let inner = bracket_after(text, span)?.0.slice(text);
        is_written_acronym(inner).then(|| inner.to_owned())
    }

    #[test]
    fn loose_acronyms_of_names() {
        let lang = crate::lang::Language::english().expect("english").resolve;
        let words = |s: &str| s.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
        let company = |w: &str| matches!(w, "Company" | "Group" | "Inc.");
        let cases = [
            ("SKA", "Sorland Kyst Airways", true),
            ("MoT", "Ministry of Transport", true),
            ("NTW", "Norvel Trade and Widgets Company", true),
            ("VEG", "Velten Energy Group", true),
            ("SIA", "Sinmark Airways", true),
            // Every word that is no small or company word gives a letter.
            ("SA", "Sorland Kyst Airways", false),
            // Letters in order, from the words' starts.
            ("AS", "Sorland Airways", false),
            // One word alone is no acronym of the name.
            ("SOR", "Sorland Group", false),
            // A short legal suffix gives no letter.
            ("AI", "Anvil Inc.", false),
        ];
        for (short, name, want) in cases {
            assert_eq!(
                abbreviates(&lang, short, &words(name), &company),
                want,
                "{short} {name}"
            );
        }
        assert!(is_mixed_acronym("MoT") && is_mixed_acronym("DfT") && is_mixed_acronym("SKA"));
        assert!(!is_mixed_acronym("Mot") && !is_mixed_acronym("Sorland") && !is_mixed_acronym("M"));
    }

    #[test]
    fn bracketed_acronyms_but_not_a_datelines_agency() {
        let text =
            "RIGA (AP) — The Federal Trade Commission (FTC) sued Tarsia Air (TA) - its rival.";
        let at = |name: &str| {
            let start = text.find(name).expect("in text");
            Span::new(start, start + name.len())
        };
        assert_eq!(bracketed_acronym(text, at("RIGA")), None);
        // A dateline's region before the agency gets none either.
        let dateline = "LUNDBY, Ostmark (AP) — The council voted.";
        let ostmark = Span::new(8, 15);
        assert_eq!(ostmark.slice(dateline), "Ostmark");
        assert_eq!(bracketed_acronym(dateline, ostmark), None);
        assert_eq!(
            bracketed_acronym(text, at("Federal Trade Commission")).as_deref(),
            Some("FTC")
        );
        assert_eq!(
            bracketed_acronym(text, at("Tarsia Air")).as_deref(),
            Some("TA")
        );
    }

    #[test]
    fn a_bracket_after_a_possessive_and_an_ampersand_acronym() {
        let text = "Orvane & Tell's 400 (O&T) fell as Koninklijke Tarn NV's \
                    (Dutch Tarn) results (late) came.";
        let at = |name: &str| {
            let start = text.find(name).expect("in text");
            Span::new(start, start + name.len())
        };
        assert_eq!(
            bracketed_acronym(text, at("Orvane & Tell's 400")).as_deref(),
            Some("O&T")
        );
        let (inner, owner) = bracket_after(text, at("Koninklijke Tarn NV")).expect("bracket");
        assert_eq!(inner.slice(text), "Dutch Tarn");
        assert!(owner);
        assert_eq!(bracket_after(text, at("Dutch Tarn")), None);
        assert!(is_written_acronym("S&P") && is_written_acronym("FTC"));
        assert!(
            !is_written_acronym("&P") && !is_written_acronym("S&") && !is_written_acronym("S&p")
        );
    }
}
