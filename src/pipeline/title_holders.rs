//! A post's holder glued to the body after the title: "Secretary of the
//! Coast Guard Ivo Lund", "Speaker of the House of Commons Ola Berg",
//! "Commissioner for Trade Ana Ruiz". After "TITLE of (the)" or "TITLE for
//! (the)" the tagger reads the body (or the portfolio) and the person who
//! holds the post as one name; here they are two again, the body an
//! organisation and the holder a person.

use crate::lang::TagWords;
use crate::model::{EntityKind, Mention, Span};

use super::kinds::Kinds;

/// Most words of a holder's name read after a listed body or a portfolio.
const MAX_HOLDER_WORDS: usize = 3;

/// "Secretary of the Coast Guard Ivo Lund", "Director of Orvo Labs Ana
/// Ruiz": after "TITLE of (the)" or "TITLE for (the)" the tagger reads the
/// organisation and the person who holds the post as one name. Where a
/// listed first name starts the name's last two or three words, or a
/// listed organisation or a portfolio opens it and one to three
/// capitalised words follow ("Speaker of the House of Commons Wirando",
/// "Commissioner for Trade Zorvi Bråten"), the name is two: the
/// organisation (a portfolio names none), then the person. `titles` are
/// the TITLE matches, in text order.
pub fn split_title_holders(
    words: &TagWords,
    kinds: &Kinds,
    text: &str,
    titles: &[Span],
    names: Vec<Mention>,
) -> Vec<Mention> {
    let mut out = Vec::with_capacity(names.len());
    for m in names {
        match holder_split(words, kinds, text, titles, m.span) {
            Some((org, person)) => {
                // A portfolio ("Trade") names no body of its own.
                if let Some(org) = org {
                    out.push(Mention::new(
                        org,
                        EntityKind::Org,
                        m.source,
                        m.confidence * 0.9,
                    ));
                }
                out.push(Mention::new(
                    person,
                    EntityKind::Person,
                    m.source,
                    m.confidence * 0.9,
                ));
            }
            None => out.push(m),
        }
    }
    out
}

/// The organisation (none for a portfolio) and person spans of a name
/// glued after "TITLE of (the)" or "TITLE for (the)".
fn holder_split(
    words: &TagWords,
    kinds: &Kinds,
    text: &str,
    titles: &[Span],
    span: Span,
) -> Option<(Option<Span>, Span)> {
    // Only a title, "of" or "for" and an article may stand between the
    // title and the name.
    let before = titles.iter().rev().find(|t| t.end <= span.start)?;
    let mut gap = text.get(before.end..span.start)?.split_whitespace();
    let link = gap.next().filter(|w| kinds.links_body_purpose(w))?;
    if !gap.all(|w| words.articles.contains(w)) {
        return None;
    }
    let name = span.slice(text);
    let parts: Vec<(usize, &str)> = name
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let n = parts.len();
    // The person: a first name, then one or two capitalised words, ending the name.
    // After "for" only a portfolio opens the name: "analyst for Orvo
    // Tarnex" is no post at Orvo held by Tarnex.
    let first_name = link == kinds.of_word();
    let k = (n.saturating_sub(3).max(1)..n.saturating_sub(1))
        .filter(|_| first_name)
        .find(|&k| {
            kinds.is_first_name(parts[k].1)
                && !kinds.is_first_name(parts[k - 1].1)
                && parts[k..]
                    .iter()
                    .all(|(_, w)| w.starts_with(char::is_uppercase))
        })
        .or_else(|| holder_after_body(kinds, link, name, &parts))?;
    let cut = span.start + parts[k].0;
    let body = Span::new(span.start, cut - 1);
    let portfolio = !first_name && k == 1 && kinds.is_portfolio(body.slice(text));
    Some(((!portfolio).then_some(body), Span::new(cut, span.end)))
}

/// Where the holder starts in a name glued after a title and `link` ("of"
/// or "for"): after "of", the opening words are a listed organisation or
/// end in a body's head ("House of Commons", "Foreign Affairs Committee")
/// and one to three capitalised words follow; after "for", one word is a
/// portfolio ("Trade") and two or three follow, a given name and a surname
/// ("analyst for Energy Aspects" has no holder). No word of the holder is
/// a company word, and the holder is no listed place or organisation. The
/// index of the holder's first word in `parts` (each word with its offset
/// in `name`); the shortest opening that fits.
fn holder_after_body(
    kinds: &Kinds,
    link: &str,
    name: &str,
    parts: &[(usize, &str)],
) -> Option<usize> {
    let n = parts.len();
    let of = link == kinds.of_word();
    (1..n).find(|&k| {
        let (body, holder) = (&name[..parts[k].0 - 1], &name[parts[k].0..]);
        let opens = if of {
            n - k <= MAX_HOLDER_WORDS
                && (kinds.is_listed_org(body) || kinds.is_body_word(parts[k - 1].1))
        } else {
            k == 1 && (2..=MAX_HOLDER_WORDS).contains(&(n - k)) && kinds.is_portfolio(body)
        };
        opens
            && parts[k..].iter().all(|(_, w)| {
                w.starts_with(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
                    && !kinds.is_org_word(w)
            })
            && !kinds.is_place(holder)
            && !kinds.is_listed_org(holder)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Provenance;
    use crate::pipeline::name_spans::tests::english;

    /// Splits the organisations `names` of `text` after the titles
    /// `titles` (each the first place its words stand) and gives back what
    /// is left, with its kind.
    fn split<'t>(text: &'t str, titles: &[&str], names: &[&str]) -> Vec<(&'t str, EntityKind)> {
        let (lang, kinds) = english();
        let span = |s: &str| {
            let at = text.find(s).expect("in text");
            Span::new(at, at + s.len())
        };
        let titles: Vec<Span> = titles.iter().map(|t| span(t)).collect();
        let names = names
            .iter()
            .map(|s| Mention::new(span(s), EntityKind::Org, Provenance::Model, 0.9))
            .collect();
        split_title_holders(&lang.tag, &kinds, text, &titles, names)
            .iter()
            .map(|m| (m.span.slice(text), m.kind))
            .collect()
    }

    #[test]
    fn a_post_holder_glued_to_the_organisation_after_title_of_splits() {
        let text = "Secretary of the Coast Guard Peter Lund spoke. Director of Orvo Field Labs Susan Vik agreed, as did Marks Spencer Lee.";
        let got = split(
            text,
            &["Secretary", "Director"],
            &[
                "Coast Guard Peter Lund",
                "Orvo Field Labs Susan Vik",
                "Marks Spencer Lee",
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Coast Guard", EntityKind::Org),
                ("Peter Lund", EntityKind::Person),
                ("Orvo Field Labs", EntityKind::Org),
                ("Susan Vik", EntityKind::Person),
                ("Marks Spencer Lee", EntityKind::Org),
            ]
        );
    }

    #[test]
    fn a_holder_after_a_listed_body_or_a_portfolio_splits() {
        let text = "Speaker of the House of Representatives Wirando spoke. Commissioner for \
                    Trade Zorvi Bråten agreed. Director of the Orvo Kelmsby Labs Vik said \
                    no, and so did Secretary of the Treasury Tarn Holdings. Chairman of the \
                    Foreign Affairs Committee Ilse Vark, an analyst for Trade Orvik, and the \
                    director of Housing Studies spoke.";
        let got = split(
            text,
            &[
                "Speaker",
                "Commissioner",
                "Director",
                "Secretary",
                "Chairman",
                "analyst",
                "director",
            ],
            &[
                "House of Representatives Wirando",
                "Trade Zorvi Bråten",
                "Orvo Kelmsby Labs Vik",
                "Treasury Tarn Holdings",
                "Foreign Affairs Committee Ilse Vark",
                "Trade Orvik",
                "Housing Studies",
            ],
        );
        assert_eq!(
            got,
            vec![
                ("House of Representatives", EntityKind::Org),
                ("Wirando", EntityKind::Person),
                // A portfolio names no body of its own.
                ("Zorvi Bråten", EntityKind::Person),
                // No listed body opens the name: left whole.
                ("Orvo Kelmsby Labs Vik", EntityKind::Org),
                // A company word closes it: no holder.
                ("Treasury Tarn Holdings", EntityKind::Org),
                // A body's head word closes the organisation.
                ("Foreign Affairs Committee", EntityKind::Org),
                ("Ilse Vark", EntityKind::Person),
                // After "for" a holder has two words at least; after "of"
                // only a listed body or a body's head opens the name.
                ("Trade Orvik", EntityKind::Org),
                ("Housing Studies", EntityKind::Org),
            ]
        );
    }
}
