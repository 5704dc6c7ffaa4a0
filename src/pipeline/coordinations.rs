//! Model names that are lists: "Amazon and Google" read as one name is
//! two, and so is "Orvo unit Tarnex" (a company noun in small letters
//! between two names). Takes the tagger's names, gives them back split.

use crate::lang::TagWords;
use crate::model::{EntityKind, Mention, Span};

use super::kinds::Kinds;

/// "Amazon and Google" read as one name is two: a span joining capitalised
/// parts with "and" splits, unless the whole is a listed organisation
/// ("Procter and Gamble"); "&" joins one company's name ("Tarn & Lowe").
pub fn split_coordinations(
    words: &TagWords,
    kinds: &Kinds,
    text: &str,
    names: Vec<Mention>,
) -> Vec<Mention> {
    let separators: Vec<String> = words
        .coordinators
        .iter()
        .filter(|w| !words.name_joiners.contains(w))
        .map(|w| format!(" {w} "))
        .chain([", ".to_owned()])
        .collect();
    let mut out = Vec::with_capacity(names.len());
    for m in names {
        let s = m.span.slice(text);
        // "Orvo unit Tarnex": a company noun between two names parts them.
        let noun = company_noun_between(kinds, s);
        // "Kessel, Ambry and Lohr": one firm's partners.
        if noun.is_none()
            && m.kind == EntityKind::Org
            && super::firm_names::one_firm_across_and(kinds, text, m.span.start, s)
        {
            out.push(m);
            continue;
        }
        // Every separator holds a space: a name of one word has none.
        let joint = noun.or_else(|| {
            separators
                .iter()
                .filter(|_| s.contains(' '))
                .find_map(|sep| s.find(sep.as_str()).map(|i| (i, sep.len())))
        });
        match joint {
            Some((i, len))
                if !kinds.is_listed_org(s)
                    && (s[i..i + len].trim() == ","
                        || noun.is_some()
                        || !super::split_names::one_coordinated_name(
                            kinds,
                            text,
                            m.span,
                            m.span.start + i,
                        ))
                    && s[..i].starts_with(char::is_uppercase)
                    && s[i + len..].starts_with(char::is_uppercase)
                    && !company_words_joined(kinds, &s[..i], &s[i + len..])
                    && (s[i..i + len].trim() == ","
                        || !one_name_across_and(kinds, text, m.span, &s[..i], &s[i..])) =>
            {
                let left = Mention::new(
                    Span::new(m.span.start, m.span.start + i),
                    m.kind,
                    m.source,
                    m.confidence,
                );
                let right = Mention::new(
                    Span::new(m.span.start + i + len, m.span.end),
                    m.kind,
                    m.source,
                    m.confidence,
                );
                // The right part may itself be a list: "A, B and C".
                out.extend(split_coordinations(words, kinds, text, vec![left, right]));
            }
            _ => out.push(m),
        }
    }
    out
}

/// "Kestrin Lund and Co Inc", "Securities and Exchange Commission": one
/// name across "and" (`left`, then `rest` from the "and" on), unless the
/// left part of a body's name is named on its own elsewhere ("Korvin and
/// Trade Commission officials … Korvin said").
/// A word of the left part inside another name ("National Association of
/// Securities Dealers") is not named on its own. Common words before "and"
/// open one name too ("Credit Rating and Information Systems Ltd", see
/// [`Kinds::common_words_across_and`]).
fn one_name_across_and(kinds: &Kinds, text: &str, span: Span, left: &str, rest: &str) -> bool {
    let right = rest
        .split_once(|c: char| c.is_uppercase())
        .map_or("", |(gap, _)| &rest[gap.len()..]);
    kinds.legal_forms_alone(right)
        || kinds.purpose_body_across_and(left, right)
            && !super::firm_names::named_alone(kinds, text, span.start, span.end, left)
        || kinds.common_words_across_and(text, (span.start, span.end), left, right)
}

/// "Orvo Defence and Space", "Tarn Oil and Gas": a company's name of two
/// words or more joined to one company word is one name.
fn company_words_joined(kinds: &Kinds, left: &str, right: &str) -> bool {
    left.contains(' ') && !right.contains(' ') && kinds.is_org_word(right)
}

/// Where a lower-case company noun stands between two words of a name
/// ("Orvo unit Tarnex": the unit is Tarnex, Orvo its owner), as the offset
/// of the space before it and the length up to the next word.
fn company_noun_between(kinds: &Kinds, name: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    let mut found = None;
    for (n, word) in name.split(' ').enumerate() {
        if n > 0 && found.is_none() && kinds.is_company_noun(word) {
            found = Some((offset - 1, word.len() + 2));
        }
        offset += word.len() + 1;
    }
    found.filter(|&(i, len)| i + len < name.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, Provenance};

    /// The names as the tagger gave them (organisations), split.
    fn split(text: &str, names: &[&str]) -> Vec<String> {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let names = names
            .iter()
            .map(|n| {
                let start = text.find(n).expect("in text");
                let span = Span::new(start, start + n.len());
                Mention::new(span, EntityKind::Org, Provenance::Model, 0.9)
            })
            .collect();
        split_coordinations(&lang.tag, &kinds, text, names)
            .iter()
            .map(|m| m.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn a_company_noun_between_two_names_parts_them() {
        let text = "Its rivals include the Velkor unit Tarnex and Bank of Orvia.";
        assert_eq!(
            split(text, &["Velkor unit Tarnex", "Bank of Orvia"]),
            ["Velkor", "Tarnex", "Bank of Orvia"]
        );
    }

    #[test]
    fn a_body_named_for_its_purpose_or_a_firm_and_co_is_one_name() {
        let text = "The Fisheries and Forests Commission, the Department of Trade and \
                    Shipping, Kestrin Lund and Co Inc, and Orvik and Tarnex agreed. \
                    Orvik said the terms were fair.";
        let names = [
            "Fisheries and Forests Commission",
            "Department of Trade and Shipping",
            "Kestrin Lund and Co Inc",
            "Orvik and Tarnex",
        ];
        assert_eq!(
            split(text, &names),
            [
                "Fisheries and Forests Commission",
                "Department of Trade and Shipping",
                "Kestrin Lund and Co Inc",
                "Orvik",
                "Tarnex"
            ]
        );
    }

    #[test]
    fn a_firm_of_partners_stays_whole() {
        let text = "Ona Virt, an analyst at Kessel, Ambry and Lohr, agreed; Velkor and \
                    Tarnex did not. Velkor said so.";
        let names = ["Kessel, Ambry and Lohr", "Velkor and Tarnex"];
        assert_eq!(
            split(text, &names),
            ["Kessel, Ambry and Lohr", "Velkor", "Tarnex"]
        );
    }

    #[test]
    fn a_purpose_word_inside_another_name_is_not_named_alone() {
        let text = "The Fisheries and Forests Commission fined the Association of Fisheries \
                    Brokers.";
        assert_eq!(
            split(text, &["Fisheries and Forests Commission"]),
            ["Fisheries and Forests Commission"]
        );
    }

    #[test]
    fn an_institution_for_its_purpose_is_one_name_and_one_of_a_place_a_list() {
        let text = "Loans from the Tarsian Bank for Reconstruction and Development and \
                    from the Bank of Orvia and Velmar were agreed.";
        let names = [
            "Tarsian Bank for Reconstruction and Development",
            "Bank of Orvia and Velmar",
        ];
        assert_eq!(
            split(text, &names),
            [
                "Tarsian Bank for Reconstruction and Development",
                "Bank of Orvia",
                "Velmar"
            ]
        );
    }
}
