//! Amounts of a year before: "$3 million a year earlier", "up from
//! year-earlier earnings of $4.7 million on sales of $285.7 million" are of
//! the year before the figure they are compared with.
//!
//! Takes the money facts with their years, the mentions and the sentences;
//! gives the facts back with such amounts a year earlier. Run once every
//! fact has a year.

use crate::lang::{WordList, lowercase};
use crate::model::{Mention, MoneyFact};

use super::segment::Segmentation;

/// How many words after an amount may tell it is of a year before.
const AFTER_WORDS: usize = 4;

/// The indices of `facts` in the order their amounts stand in the text.
pub(super) fn in_text_order(mentions: &[Mention], facts: &[MoneyFact]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..facts.len()).collect();
    order.sort_by_key(|&i| mentions.get(facts[i].mention).map_or(0, |m| m.span.start));
    order
}

/// True when `stretch` (lower case) holds one of the phrases as words.
fn says_year_back(phrases: &WordList, stretch: &str) -> bool {
    phrases.iter().any(|p| {
        let as_words = |i: usize| {
            let before = stretch[..i].chars().next_back();
            let after = stretch[i + p.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        };
        occurrences(stretch, p).any(as_words)
    })
}

/// Where `needle` occurs in `hay`, leftmost first and not overlapping, as
/// `str::match_indices` finds them: a stretch is a few words, too short to
/// repay setting up a substring search for each phrase asked about.
fn occurrences<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (hay_b, pat) = (hay.as_bytes(), needle.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || {
        let Some(&head) = pat.first() else {
            // The empty needle is found at every character boundary.
            let i = (from..=hay.len()).find(|&i| hay.is_char_boundary(i))?;
            from = i + 1;
            return Some(i);
        };
        while let Some(k) = hay_b.get(from..)?.iter().position(|&b| b == head) {
            // `head` opens a character, so `i` is a character boundary.
            let i = from + k;
            if hay_b[i..].starts_with(pat) {
                from = i + pat.len();
                return Some(i);
            }
            from = i + 1;
        }
        None
    })
}

/// Moves each amount a year before the figure it is compared with one year
/// back: one a phrase of `phrases` follows within a few words (before the
/// next amount and the clause's end), or one it follows since the amount before it in its
/// sentence, or one joined with no comma to such an amount before it.
pub fn years_back(
    phrases: &WordList,
    restatements: &WordList,
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    facts: &mut [MoneyFact],
) {
    let order = in_text_order(mentions, facts);
    // The previous amount of the same sentence: its end and whether it was
    // of a year before.
    let mut previous: Option<(usize, usize, bool)> = None;
    // Each fact in text order, and whether it is of a year before.
    let mut backs: Vec<(usize, bool)> = Vec::with_capacity(order.len());
    for (k, &i) in order.iter().enumerate() {
        let Some(m) = mentions.get(facts[i].mention) else {
            continue;
        };
        let s = seg.sentence_index(m.span.start);
        let Some(sentence) = seg.sentences.get(s).map(|x| x.span) else {
            continue;
        };
        let next_start = order
            .get(k + 1)
            .and_then(|&j| mentions.get(facts[j].mention))
            .map_or(sentence.end, |n| {
                n.span.start.clamp(m.span.end, sentence.end.max(m.span.end))
            });
        // Up to the next amount or the clause's end, whichever comes first;
        // and the clause after a comma ("97 cents a share, a year earlier").
        let rest = text
            .get(m.span.end..next_start.max(m.span.end))
            .unwrap_or("");
        // "fell to 27.5 million from a year-earlier 41.4 million": a phrase
        // right before the next amount is that amount's.
        let rest = if next_start < sentence.end {
            before_next_amounts(phrases, rest)
        } else {
            rest
        };
        let mut clauses = rest.split([',', ';', '(']);
        let words = |clause: Option<&str>| {
            clause
                .unwrap_or("")
                .split_whitespace()
                .take(AFTER_WORDS)
                .collect::<Vec<_>>()
                .join(" ")
        };
        let after = words(clauses.next());
        let next_clause = lowercase(&words(clauses.next()));
        let from = previous
            .filter(|&(t, ..)| t == s)
            .map_or(sentence.start, |(_, end, _)| end.min(m.span.start));
        let before = text.get(from..m.span.start).unwrap_or("");
        let joined = previous.is_some_and(|(t, _, back)| t == s && back)
            && !before.contains([',', ';', '(']);
        let back = says_year_back(phrases, &lowercase(&after))
            || opens_with(phrases, &next_clause)
            || says_year_back(phrases, &lowercase(before))
            || joined;
        backs.push((i, back));
        previous = Some((s, m.span.end, back));
    }
    // "a loss of $45.3 million, or 97 cents a share, a year earlier": an
    // amount restated by the next ("or") is of the same year.
    for k in 1..backs.len() {
        let ((a, back_a), (b, back_b)) = (backs[k - 1], backs[k]);
        let (Some(ma), Some(mb)) = (
            mentions.get(facts[a].mention),
            mentions.get(facts[b].mention),
        ) else {
            continue;
        };
        let restated = ma.span.end <= mb.span.start
            && seg.sentence_index(ma.span.start) == seg.sentence_index(mb.span.start)
            && text
                .get(ma.span.end..mb.span.start)
                .is_some_and(|t| restatements.contains_lowercase(t.trim_matches([',', ' '])));
        if restated && back_a != back_b {
            backs[k - 1].1 = true;
            backs[k].1 = true;
        }
    }
    for (i, back) in backs {
        if back && let Some(y) = facts[i].year.as_mut() {
            *y -= 1;
        }
    }
}

/// `rest` without a phrase of `phrases` that closes it: the words up to the
/// next amount, whose modifier such a phrase is ("from a year-earlier").
fn before_next_amounts<'a>(phrases: &WordList, rest: &'a str) -> &'a str {
    let trimmed = rest.trim_end();
    let lower = lowercase(trimmed);
    phrases
        .iter()
        .filter(|p| lower.ends_with(*p))
        .filter(|p| {
            let cut = trimmed.len() - p.len();
            trimmed.is_char_boundary(cut) && !trimmed[..cut].ends_with(char::is_alphanumeric)
        })
        .map(|p| &trimmed[..trimmed.len() - p.len()])
        .next()
        .unwrap_or(rest)
}

/// True when `clause` (lower case) opens with one of the phrases.
fn opens_with(phrases: &WordList, clause: &str) -> bool {
    phrases.iter().any(|p| {
        clause
            .strip_prefix(p)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    })
}

#[cfg(test)]
pub(super) mod tests {
    use crate::model::Document;

    #[test]
    fn occurrences_are_the_matches_str_finds() {
        for (hay, needle) in [
            ("a year ago, a year earlier", "a year"),
            ("aaaa", "aa"),
            ("up from last year", "last year"),
            ("réal — année", "é"),
            ("réal", ""),
            ("", ""),
            ("", "ago"),
            ("ago", "year ago"),
        ] {
            let want: Vec<usize> = hay.match_indices(needle).map(|(i, _)| i).collect();
            let got: Vec<usize> = super::occurrences(hay, needle).collect();
            assert_eq!(got, want, "{hay:?} {needle:?}");
        }
    }

    /// `(amount, year)` of every figure of `text`, published on `published`
    /// (the money-year tests of this module and `figure_year`'s).
    pub(in crate::pipeline) fn years(text: &str, published: &str) -> Vec<(String, Option<i32>)> {
        let mut doc = Document::from_text("invented.txt", text);
        doc.published = Some(published.to_owned());
        let a = crate::pipeline::tests::pipeline().analyze(doc);
        a.money
            .iter()
            .map(|f| (a.mention_text(f.mention).to_owned(), f.year))
            .collect()
    }

    #[test]
    fn an_amount_compared_from_a_year_before_is_of_that_year() {
        let got = years(
            "Holvard Mills earned $11.2 million on sales of $299 million, up from \
             year-earlier earnings of $4.7 million on sales of $285.7 million.",
            "2003-08-22",
        );
        let want: Vec<(String, Option<i32>)> = [
            ("$11.2 million", 2003),
            ("$299 million", 2003),
            ("$4.7 million", 2002),
            ("$285.7 million", 2002),
        ]
        .iter()
        .map(|&(m, y)| (m.to_owned(), Some(y)))
        .collect();
        assert_eq!(got, want);
        let got = years(
            "Its network was valued at $52 million, up from $48 million a year earlier.",
            "2003-08-22",
        );
        assert_eq!(
            got,
            vec![
                ("$52 million".to_owned(), Some(2003)),
                ("$48 million".to_owned(), Some(2002))
            ]
        );
    }

    #[test]
    fn an_amount_restated_per_share_a_year_earlier_is_of_that_year() {
        let got = years(
            "Tarnfield had a loss of $45.3 million, or 97 cents a share, a year earlier.",
            "2003-08-22",
        );
        let want: Vec<(String, Option<i32>)> = vec![
            ("$45.3 million".to_owned(), Some(2002)),
            ("97 cents".to_owned(), Some(2002)),
        ];
        assert_eq!(got, want);
        let got = years(
            "In the same quarter a year earlier, Tarnfield had earned $70 million, \
             or fifteen cents per share.",
            "2003-08-22",
        );
        let want: Vec<(String, Option<i32>)> = vec![
            ("$70 million".to_owned(), Some(2002)),
            ("fifteen cents".to_owned(), Some(2002)),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn a_phrase_before_the_next_amount_is_that_amounts() {
        let got = years(
            "Quennel reported 2003 first-half net profit fell to 27.5 million \
             guilders from a year-earlier 41.4 million.",
            "2003-08-23",
        );
        assert_eq!(
            got,
            vec![
                ("27.5 million guilders".to_owned(), Some(2003)),
                ("41.4 million".to_owned(), Some(2002))
            ]
        );
    }
}
