//! The shapes of product models: model codes ("787", "A380-800F", "3GS"),
//! versions ("4", "10.6", "X"), lower-camel product words ("iPod") and the
//! words that may follow a model ("XWB", "Dreamliners"). Pure functions of a
//! token, shared by product recognition and resolution.

use crate::lang::WordList;

/// A year, not a model: 1900–2099.
pub fn is_year(s: &str) -> bool {
    s.len() == 4
        && (s.starts_with("19") || s.starts_with("20"))
        && s.bytes().all(|b| b.is_ascii_digit())
}

/// Lower-camel case: "iPod", "iOS", "webOS", "eReader" (not units and
/// terms such as "kWh", "mRNA").
pub fn is_lower_camel(s: &str) -> bool {
    let lower = s.chars().take_while(char::is_ascii_lowercase).count();
    let rest = &s[lower..];
    (1..=4).contains(&lower)
        && rest.starts_with(|c: char| c.is_ascii_uppercase())
        && s.chars().all(|c| c.is_ascii_alphanumeric())
        && ((s.len() >= 4 && rest.chars().any(|c| c.is_ascii_lowercase()))
            || &s[..lower] == "i"
            || lower >= 3)
}

/// A lower-camel line with a release year after an apostrophe: "zLife'11",
/// "zWork’09".
pub fn is_lower_camel_release(s: &str) -> bool {
    s.split_once(['\'', '’']).is_some_and(|(line, year)| {
        is_lower_camel(line) && year.len() == 2 && year.bytes().all(|b| b.is_ascii_digit())
    })
}

/// A compound-capital word: "KeltSync", "ZephyrPad" (a lower-case run
/// between two capitals), which names a product line or a brand.
pub fn is_upper_camel(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 4
        && b[0].is_ascii_uppercase()
        && b.iter().all(u8::is_ascii_alphanumeric)
        && b.windows(2)
            .skip(1)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

/// A dotted version: "4.0", "10.5", "1.1.1" — parts of digits, the first
/// of at most two, the last of one (a price's cents, "12.50", are two).
pub fn is_dotted_version(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        && parts[0].len() <= 2
        && parts.last().is_some_and(|p| p.len() == 1)
}

/// True for a model token: "787", "787s", "A380-800F", "3GS", "G5", "MD-11";
/// with `weak`, also a single digit or a version ("4", "10.6", "X") — after
/// a product line only.
pub fn is_model(s: &str, weak: bool) -> bool {
    if weak
        && (s == "X"
            || (!s.is_empty()
                && s.split('.')
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))))
    {
        return true;
    }
    let core = s
        .strip_suffix('s')
        .filter(|c| c.ends_with(|ch: char| ch.is_ascii_digit()))
        .unwrap_or(s);
    // The digit first: most words have none, and are told at once.
    if core.is_empty()
        || !core.bytes().any(|b| b.is_ascii_digit())
        || is_year(core)
        || is_split(core)
        || is_number_chain(core)
        || is_tally(core)
    {
        return false;
    }
    if !core.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        || core.starts_with('-')
        || core.ends_with('-')
    {
        return false;
    }
    let leading_letters = core.bytes().take_while(u8::is_ascii_alphabetic).count();
    let digits_only = core.bytes().all(|b| b.is_ascii_digit());
    // Quarters and halves ("Q3", "H1") are no models, nor thousands
    // ("figures in 000s").
    let period = core.len() == 2 && matches!(core.as_bytes()[0], b'Q' | b'H');
    let zeros = core.bytes().all(|b| b == b'0');
    leading_letters <= 3
        && !period
        && !zeros
        && core.bytes().all(|b| !b.is_ascii_lowercase())
        && (!digits_only || (2..=4).contains(&core.len()))
}

/// A split, no model: two numbers joined by a hyphen that add up to a
/// hundred ("a 60-40 venture", "50-50").
fn is_split(s: &str) -> bool {
    s.split_once('-')
        .and_then(|(a, b)| Some(a.parse::<u32>().ok()? + b.parse::<u32>().ok()?))
        == Some(100)
}

/// Two numbers of one or two digits joined by a hyphen, no model: a score
/// or a vote ("won 24-17", "approved in a 4-0 vote"; "787-9" is a model).
fn is_tally(s: &str) -> bool {
    s.split_once('-').is_some_and(|(a, b)| {
        [a, b]
            .iter()
            .all(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Three numbers or more joined by hyphens, no model: a telephone number
/// ("212-555-0100") or a list of denominations ("1-10-100").
fn is_number_chain(s: &str) -> bool {
    let mut groups = 0;
    for part in s.split('-') {
        if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        groups += 1;
    }
    groups >= 3
}

/// An amount, no model: a number before a count word ("35 million each").
pub fn is_amount(number: &str, next: &str, count_words: &WordList) -> bool {
    number
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && count_words.contains_lowercase(next)
}

/// True when a digit-led code ends in a unit: "16GB", "300km".
pub fn ends_in_unit(s: &str, units: &WordList) -> bool {
    let letters = s.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    letters.len() < s.len() && units.contains(letters)
}

/// True for a word that may follow a model: "XWB", "Dreamliner(s)", "Max".
pub fn is_tail_shape(s: &str) -> bool {
    let caps = s.chars().filter(char::is_ascii_uppercase).count();
    s.chars().all(char::is_alphabetic)
        && s.starts_with(char::is_uppercase)
        && (caps == s.len() && (2..=4).contains(&caps) || s.chars().count() >= 3)
}

/// The model inside a product's name, singular: "787" of "Boeing 787
/// Dreamliners" and of "787s", "A380" of "Airbus A380". Products that share
/// it are one product.
pub fn model_key(name: &str) -> Option<&str> {
    let model = name
        .split(' ')
        .find(|w| w.bytes().any(|b| b.is_ascii_digit()))?;
    Some(
        model
            .strip_suffix('s')
            .filter(|m| m.ends_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(model),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_shapes() {
        for yes in [
            "787",
            "787s",
            "A380",
            "A380-800F",
            "3GS",
            "MD-11",
            "F-35",
            "G5",
            "737-800",
            "777-300",
            "787-9",
            "787-10",
        ] {
            assert!(is_model(yes, false), "{yes}");
        }
        for no in [
            "2009",
            "Q3",
            "H1",
            "4",
            "Boeing",
            "787-",
            "a380",
            "COVID-19",
            "60-40",
            "50-50",
            "000s",
            "212-555-0100",
            "1-10-100",
            "4-0",
            "24-17",
        ] {
            assert!(!is_model(no, false), "{no}");
        }
        assert!(is_model("4", true) && is_model("10.6", true) && is_model("X", true));
        for yes in ["iPod", "iOS", "webOS", "eReader"] {
            assert!(is_lower_camel(yes), "{yes}");
        }
        for no in ["kWh", "mRNA", "Boeing", "ipod"] {
            assert!(!is_lower_camel(no), "{no}");
        }
        assert!(is_lower_camel_release("zLife'11") && is_lower_camel_release("zWork’09"));
        assert!(!is_lower_camel_release("zLife's") && !is_lower_camel_release("Zlife'11"));
        for yes in ["KeltSync", "ZephyrPad", "PowerXC"] {
            assert!(is_upper_camel(yes), "{yes}");
        }
        for no in ["Keltsync", "KELT", "iPod", "Kel-Sync", "Ab"] {
            assert!(!is_upper_camel(no), "{no}");
        }
        for yes in ["4.0", "10.5", "1.1.1"] {
            assert!(is_dotted_version(yes), "{yes}");
        }
        for no in ["4", "12.50", "4.", "1,5", "2010.1", "v4.0"] {
            assert!(!is_dotted_version(no), "{no}");
        }
        assert_eq!(model_key("Korvin K350 Skyliners"), Some("K350"));
        assert_eq!(model_key("787s"), Some("787"));
        assert_eq!(model_key("Zephyr Tab"), None);
        let counts = WordList::from_entries(["million".to_owned()]);
        assert!(is_amount("35", "million", &counts) && is_amount("2.5", "Million", &counts));
        assert!(!is_amount("35", "jets", &counts) && !is_amount("A35", "million", &counts));
    }
}
