//! The user's query → a valid FTS5 query.
//!
//! Whatever is typed, the result parses: every word and every "quoted
//! phrase" becomes an FTS5 string (double quotes doubled inside), so `AND`,
//! `NEAR`, `-`, `:`, `^` or a stray quote are plain text, never syntax. The
//! terms are joined by FTS5's implicit AND; a word ending in `*` stays a
//! prefix search. Terms without a letter or digit are dropped (the tokenizer
//! would make an empty phrase of them).

/// One term of a query: a word or a phrase, and whether it is a prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The text as typed (without the quotes or the trailing `*`).
    pub text: String,
    /// True for `word*`: matches every word starting so.
    pub prefix: bool,
}

/// Splits a query into words and "quoted phrases"; an unclosed quote runs
/// to the end. Terms without a letter or digit are dropped.
pub fn terms(input: &str) -> Vec<Term> {
    let mut out = Vec::new();
    let mut rest = input;
    while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
        rest = &rest[start..];
        let (raw, quoted, next) = if let Some(inner) = rest.strip_prefix('"') {
            let end = inner.find('"').unwrap_or(inner.len());
            let after = inner.get(end + 1..).unwrap_or("");
            (&inner[..end], true, after)
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '"')
                .unwrap_or(rest.len());
            (&rest[..end], false, &rest[end..])
        };
        rest = next;
        let prefix = !quoted && raw.ends_with('*');
        let text = if prefix {
            raw.trim_end_matches('*')
        } else {
            raw
        };
        if text.chars().any(char::is_alphanumeric) {
            out.push(Term {
                text: text.to_owned(),
                prefix,
            });
        }
    }
    out
}

/// The FTS5 query for what the user typed, or `None` when nothing in it can
/// match (empty, only punctuation).
pub fn to_fts(input: &str) -> Option<String> {
    let parts: Vec<String> = terms(input)
        .iter()
        .map(|t| {
            let quoted = format!("\"{}\"", t.text.replace('"', "\"\""));
            if t.prefix { quoted + "*" } else { quoted }
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_phrases_and_prefixes() {
        assert_eq!(
            to_fts(r#"harbour "Norvale Systems" cran*"#).as_deref(),
            Some(r#""harbour" "Norvale Systems" "cran"*"#)
        );
        assert_eq!(terms("a\"b c\"d").len(), 3, "a, the phrase 'b c', d");
    }

    #[test]
    fn operators_and_odd_input_are_plain_text() {
        assert_eq!(
            to_fts("NEAR(a b) AND -x OR col:y ^z").as_deref(),
            Some(r#""NEAR(a" "b)" "AND" "-x" "OR" "col:y" "^z""#)
        );
        assert_eq!(to_fts(r#"say "it"#).as_deref(), Some(r#""say" "it""#));
        assert_eq!(to_fts(r#"o"neil"#).as_deref(), Some(r#""o" "neil""#));
        assert_eq!(to_fts(r#"x""y"#).as_deref(), Some(r#""x" "y""#));
        assert_eq!(to_fts("don't").as_deref(), Some(r#""don't""#));
    }

    #[test]
    fn nothing_to_match_is_none() {
        for q in [
            "",
            "   ",
            "*",
            "-",
            "\"",
            "\"\"",
            "* - ( ) ^ :",
            "😀",
            "\u{0}",
        ] {
            assert_eq!(to_fts(q), None, "{q:?}");
        }
    }

    #[test]
    fn unicode_is_kept() {
        assert_eq!(
            to_fts("Zürich \"€5 млн\" 東京").as_deref(),
            Some("\"Zürich\" \"€5 млн\" \"東京\"")
        );
    }
}
