//! Name spans the tagger's clean-up mends or keeps whatever the layout
//! says: company names split at "&" or "and" joined again (the lines that
//! credit an article's reporters are [`super::credits`]).

use crate::lang::TagWords;
use crate::model::{EntityKind, Span};

use super::candidate::{Candidate, join_linked_names};
use super::kinds::Kinds;

/// "Acme & Co", "Brandt and Associates", "Aviation Lease & Finance": two
/// names read apart across "&" or "and" are one company when the second
/// ends in a company word and is named nowhere else on its own (so "Acme
/// and Beta Capital", with "Beta Capital" named again on its own, stays
/// two; "Brandt & Co" may recur); after
/// "and", only a lone company word joins.
pub fn join_company_names(
    words: &TagWords,
    kinds: &Kinds,
    text: &str,
    candidates: &mut Vec<Candidate>,
) {
    join_linked_names(text, candidates, |a, gap, c| {
        let (link, second) = (gap.trim(), c.mention.span.slice(text));
        second.split_whitespace().next_back().is_some_and(|last| {
            words.coordinators.contains(link)
                && kinds.is_org_word(last)
                // "Europe and Asia" is two places; "& Co" is no place.
                && (!kinds.is_place(second) || (link == AMPERSAND && second == last))
                && !kinds.is_region(second)
                // "and" lists investors: only "and Associates", "and Sons" joins.
                && (link == AMPERSAND || second == last)
                && !named_alone(text, &text[a.mention.span.start..c.mention.span.start], second)
        })
    });
    // "Bailard, Biehl" and "Kaiser": a firm's last partner after "and".
    super::firm_names::join_last_partner(kinds, text, candidates);
    // "Keefe" and "Bruyette & Woods": a firm's first partner before a comma.
    super::firm_names::join_first_partner(kinds, text, candidates);
    super::firm_names::open_after_possessive(kinds, text, candidates);
}

/// "Securities and Exchange Commission", "Food and Drug Administration":
/// a lone capitalised word (or up to three that end in no company word:
/// "International Tarn and Sledge Federation") the tagger reads as a name
/// of its own, "and", then a name ending in a public body's head are one
/// organisation, when
/// the word is named nowhere else on its own and is no listed company or
/// place ("Korvin and Trade Commission officials", with "Korvin" named
/// again, stay two) and the first name is no body itself ("Trade
/// Commission and Justice Department" are two).
pub fn join_public_bodies(
    words: &TagWords,
    kinds: &Kinds,
    text: &str,
    candidates: &mut Vec<Candidate>,
) {
    join_linked_names(text, candidates, |a, gap, c| {
        let first = a.mention.span.slice(text);
        let second = c.mention.span.slice(text);
        // "International Tarn and Sledge Federation": a first name of up to
        // three words, read as no person's, that ends in no company word.
        // A first name that ends in a body's head is a body of its own
        // ("the Tarsian Trade Commission and Justice Department").
        let first_ok = !first.contains(' ')
            || first.split(' ').count() <= 3
                && a.mention.kind != EntityKind::Person
                && first
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| !kinds.is_org_word(w) && !words.body_heads.contains(w));
        words.coordinators.contains(gap.trim())
            && first_ok
            && first.starts_with(char::is_uppercase)
            && second.contains(' ')
            && second
                .rsplit(' ')
                .next()
                .is_some_and(|head| words.body_heads.contains(head))
            && !kinds.is_listed_org(first)
            && !kinds.is_place(first)
            && !alone_before_other_than(text, first, &format!("{gap}{second}"))
    });
}

/// True when `name` occurs as a whole word not followed by `rest`.
pub(super) fn alone_before_other_than(text: &str, name: &str, rest: &str) -> bool {
    text.match_indices(name).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = &text[i + name.len()..];
        !before.is_some_and(char::is_alphanumeric)
            && !after.starts_with(char::is_alphanumeric)
            && !after.starts_with(rest)
    })
}

/// "zFinance Investments", "Orvo Holdings": a name the tagger ended before
/// the company words that follow it runs on over them and is a company.
/// People keep their names ("told Jo Tarn Capital was …" is rare; "Jo Tarn
/// Foundation" the tagger reads whole), but not before a legal form written
/// with a capital ("Tejidos Marbán SL", "Kornhof Gemüse eG"): no person
/// has one. A legal form the tagger read as a name of its own (one that is
/// also some company's short name) is swallowed by the name before it.
pub fn extend_over_company_words(kinds: &Kinds, text: &str, candidates: &mut Vec<Candidate>) {
    let mut swallowed = vec![false; candidates.len()];
    for i in 0..candidates.len() {
        let m = &candidates[i].mention;
        if !m.kind.is_name() || m.nominal || swallowed[i] {
            continue;
        }
        let person = m.kind == EntityKind::Person;
        let next_start = candidates
            .get(i + 1)
            .map_or(text.len(), |n| n.mention.span.start);
        let mut end = m.span.end;
        // "Sp. z o.o.", "GmbH & Co. KG": a legal form of several words
        // closes the name, swallowing the names read inside it.
        let closed =
            super::legal_forms::close_with_legal_phrase(kinds, text, candidates, i, &mut swallowed);
        if let Some(phrase_end) = closed {
            end = phrase_end;
        }
        while let Some(rest) = text[end..].strip_prefix(' ').filter(|_| closed.is_none()) {
            let word_len = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '.'))
                .unwrap_or(rest.len());
            // "A/S", "K/S": a legal form written with a slash.
            let slashed_len = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '.' || c == '/'))
                .unwrap_or(rest.len());
            let slashed = &rest[..slashed_len];
            let written = if slashed_len > word_len && kinds.is_written_legal_suffix(slashed) {
                slashed
            } else {
                &rest[..word_len]
            };
            // "S.L." keeps its stops; "Capital." ends a sentence.
            let (word, legal) = if kinds.is_written_legal_suffix(written) {
                (written, true)
            } else {
                let word = written.trim_end_matches('.');
                (word, kinds.is_written_legal_suffix(word))
            };
            let word_end = end + 1 + word.len();
            // "Voilerie Tarnec SAS" with "SAS" a name of its own; "Swiss
            // Re", "Hannover Re": a company word the tagger read alone
            // after a nationality or a place.
            let own_name = (legal || kinds.is_org_word(word))
                && candidates.get(i + 1).is_some_and(|n| {
                    n.mention.kind.is_name() && n.mention.span == Span::new(end + 1, word_end)
                });
            if word.is_empty()
                || !(legal || word.starts_with(char::is_uppercase) && kinds.is_org_word(word))
                || person && !legal
                || word_end > next_start && !own_name
            {
                break;
            }
            if own_name {
                swallowed[i + 1] = true;
            }
            end = word_end;
            if person {
                break;
            }
        }
        if end > m.span.end {
            let m = &mut candidates[i].mention;
            m.span = Span::new(m.span.start, end);
            m.kind = EntityKind::Org;
        }
    }
    let mut keep = swallowed.into_iter().map(|s| !s);
    candidates.retain(|_| keep.next().unwrap_or(true));
}

/// "Park Ji-hoon", "Kim Sun-woo": a person's name the tagger cut before a
/// hyphenated given name ("Ji-hoon": capital, lower case, hyphen, lower
/// case) runs on over it.
pub fn extend_hyphenated_names(text: &str, candidates: &mut [Candidate]) {
    for i in 0..candidates.len() {
        let m = &candidates[i].mention;
        if m.kind != EntityKind::Person || m.nominal {
            continue;
        }
        let Some(rest) = text[m.span.end..].strip_prefix(' ') else {
            continue;
        };
        let word_len = rest
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        let Some((head, tail)) = word.split_once('-') else {
            continue;
        };
        let given = head.chars().next().is_some_and(char::is_uppercase)
            && head.chars().skip(1).all(char::is_lowercase)
            && head.chars().count() >= 2
            && !tail.is_empty()
            && tail.chars().all(char::is_lowercase);
        let end = m.span.end + 1 + word_len;
        let free = candidates
            .get(i + 1)
            .is_none_or(|n| n.mention.span.start >= end);
        if given && free {
            candidates[i].mention.span.end = end;
        }
    }
}

/// "Pieter-Jan Van Damme", "the Export-Import Bank of Korea": a person's
/// or organisation's name the tagger began after a hyphenated word of two
/// capitalised parts right before it ("Pieter-Jan": capital, small
/// letters, hyphen, capital, small letters) opens with that word. A
/// nationality compound ("Anglo-Dutch Shell"), a place ("Schleswig-Holstein")
/// or a word with a nationality or a place for a part says where the name
/// is from and stays out. The word read alone as an "other" name
/// ("Pieter-Jan" and "Van Damme") is swallowed.
pub fn open_hyphenated_names(kinds: &Kinds, text: &str, candidates: &mut Vec<Candidate>) {
    let mut swallowed = vec![false; candidates.len()];
    let part_shape = |p: &str| {
        let mut cs = p.chars();
        cs.next().is_some_and(char::is_uppercase)
            && p.chars().count() >= 2
            && cs.all(char::is_lowercase)
    };
    for i in 0..candidates.len() {
        let m = &candidates[i].mention;
        if !matches!(m.kind, EntityKind::Person | EntityKind::Org) || m.nominal {
            continue;
        }
        let Some(before) = text[..m.span.start].strip_suffix(' ') else {
            continue;
        };
        let word = before
            .rsplit(|c: char| !(c.is_alphabetic() || c == '-'))
            .next()
            .unwrap_or("");
        let Some((head, tail)) = word.split_once('-') else {
            continue;
        };
        let start = m.span.start - 1 - word.len();
        let word_span = Span::new(start, start + word.len());
        let read_alone = i > 0
            && candidates[i - 1].mention.span == word_span
            && candidates[i - 1].mention.kind == EntityKind::Misc;
        let free = i == 0 || candidates[i - 1].mention.span.end <= start || read_alone;
        let opens = free
            && part_shape(head)
            && part_shape(tail)
            && !kinds.is_nationality(word)
            && !kinds.is_place(word)
            && [head, tail]
                .iter()
                .all(|p| !kinds.is_nationality(p) && !kinds.is_place(p));
        if opens {
            candidates[i].mention.span = Span::new(start, m.span.end);
            if read_alone {
                swallowed[i - 1] = true;
            }
        }
    }
    let mut keep = swallowed.into_iter().map(|s| !s);
    candidates.retain(|_| keep.next().unwrap_or(true));
}

/// "Canadian Auto Workers CAW", "Nordic Rail Union NRU": a name that ends in
/// the acronym of the words before it (its brackets lost) is the name and
/// its acronym, two mentions that resolution joins again as one entity.
pub fn split_trailing_acronyms(text: &str, candidates: &mut Vec<Candidate>) {
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates.drain(..) {
        let name = c.mention.span.slice(text);
        let split = name.rsplit_once(' ').filter(|(head, last)| {
            let initials: String = head
                .split(' ')
                .filter_map(|w| w.chars().next())
                .filter(|ch| ch.is_uppercase())
                .collect();
            (2..=6).contains(&last.len())
                && last.chars().all(|ch| ch.is_ascii_uppercase())
                && initials == *last
        });
        match split {
            Some((head, _)) if c.mention.kind.is_name() && !c.mention.nominal => {
                let span = c.mention.span;
                let mut first = c.clone();
                first.mention.span = Span::new(span.start, span.start + head.len());
                let mut second = c;
                second.mention.span = Span::new(span.start + head.len() + 1, span.end);
                out.push(first);
                out.push(second);
            }
            _ => out.push(c),
        }
    }
    *candidates = out;
}

/// The sign that joins two names into one far more often than it lists two.
const AMPERSAND: &str = "&";

/// True when `name` occurs in `text` as whole words other than right after
/// `joined` (the first name and the sign that join it): "Beta Capital"
/// named again on its own is a company of its own.
fn named_alone(text: &str, joined: &str, name: &str) -> bool {
    let alone = |(i, _): &(usize, &str)| {
        let before = text[..*i].chars().next_back();
        let after = text[i + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric)
            && !after.is_some_and(char::is_alphanumeric)
            && !text[..*i].ends_with(joined)
    };
    text.match_indices(name).any(|m| alone(&m))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::pipeline::tests::{candidates_in_order, named_kinds};

    /// The English language and its kinds, as the clean-up stages read them.
    pub(in crate::pipeline) fn english() -> (crate::lang::Language, Kinds) {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        (lang, kinds)
    }

    /// `names` of `text` as candidates in text order, mended by `stage`,
    /// read back as (name, kind) pairs.
    pub(in crate::pipeline) fn mended(
        text: &str,
        names: &[(&str, EntityKind)],
        stage: impl FnOnce(&mut Vec<Candidate>),
    ) -> Vec<(String, EntityKind)> {
        let mut c = candidates_in_order(text, names);
        stage(&mut c);
        named_kinds(text, &c)
    }

    /// A want list of (name, kind) pairs, owned as [`mended`] returns them.
    pub(in crate::pipeline) fn owned(want: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        want.iter().map(|&(n, k)| (n.to_owned(), k)).collect()
    }

    #[test]
    fn a_hyphenated_word_of_two_capitalised_parts_opens_the_name_after_it() {
        let text = "It is led by Jan-Willem Boskamp, with a loan from the Export-Import Bank \
                    of Tarsia; Anglo-Dutch Velmar and the Baden-Württemberg Orvo Bank lent too.";
        let mut c = crate::pipeline::tests::candidates_in_order(
            text,
            &[
                ("Jan-Willem", EntityKind::Misc),
                ("Boskamp", EntityKind::Person),
                ("Bank of Tarsia", EntityKind::Org),
                ("Velmar", EntityKind::Org),
                ("Orvo Bank", EntityKind::Org),
            ],
        );
        open_hyphenated_names(crate::pipeline::tests::pipeline().kinds(), text, &mut c);
        let names: Vec<&str> = c.iter().map(|c| c.mention.span.slice(text)).collect();
        assert_eq!(
            names,
            [
                "Jan-Willem Boskamp",
                "Export-Import Bank of Tarsia",
                "Velmar",
                "Orvo Bank"
            ]
        );
    }

    #[test]
    fn a_name_runs_on_over_the_company_words_after_it() {
        let (_, kinds) = english();
        let text = "zFinance Investments hired Jo Tarn. Orvo said Tuesday.";
        let got = mended(
            text,
            &[
                ("zFinance", EntityKind::Misc),
                ("Jo Tarn", EntityKind::Person),
                ("Orvo", EntityKind::Org),
            ],
            |c| extend_over_company_words(&kinds, text, c),
        );
        let want = owned(&[
            ("zFinance Investments", EntityKind::Org),
            ("Jo Tarn", EntityKind::Person),
            ("Orvo", EntityKind::Org),
        ]);
        assert_eq!(got, want);
    }

    #[test]
    fn a_legal_form_read_as_a_name_of_its_own_joins_the_name_before_it() {
        let (_, kinds) = english();
        let text = "Sails made by Velerie Tarnec SAS in Brest; Orvo AG and SAS said so.";
        let got = mended(
            text,
            &[
                ("Velerie Tarnec", EntityKind::Person),
                ("SAS", EntityKind::Org),
                ("Brest", EntityKind::Loc),
                ("Orvo AG", EntityKind::Org),
                ("SAS", EntityKind::Org),
            ],
            |c| extend_over_company_words(&kinds, text, c),
        );
        let want = owned(&[
            ("Velerie Tarnec SAS", EntityKind::Org),
            ("Brest", EntityKind::Loc),
            ("Orvo AG", EntityKind::Org),
            ("SAS", EntityKind::Org),
        ]);
        assert_eq!(got, want);
    }

    #[test]
    fn a_person_before_a_legal_form_is_a_company() {
        let (_, kinds) = english();
        let text = "Tejidos Marbán SL and Kornhof Gemüse eG sued Helga Brandt Capital, \
                    said Orvo Velez S.L. in Toledo, Tarnvagt A/S in Ribe and Holm Sørby A/Sx.";
        let got = mended(
            text,
            &[
                ("Tejidos Marbán", EntityKind::Person),
                ("Kornhof Gemüse", EntityKind::Person),
                ("Helga Brandt", EntityKind::Person),
                ("Orvo Velez", EntityKind::Person),
                ("Tarnvagt", EntityKind::Person),
                ("Holm Sørby", EntityKind::Person),
            ],
            |c| extend_over_company_words(&kinds, text, c),
        );
        let want = owned(&[
            ("Tejidos Marbán SL", EntityKind::Org),
            ("Kornhof Gemüse eG", EntityKind::Org),
            ("Helga Brandt", EntityKind::Person),
            ("Orvo Velez S.L.", EntityKind::Org),
            ("Tarnvagt A/S", EntityKind::Org),
            ("Holm Sørby", EntityKind::Person),
        ]);
        assert_eq!(got, want);
    }

    #[test]
    fn a_company_word_after_and_joins_the_name_unless_named_alone() {
        let (lang, kinds) = english();
        let text = "Brandt & Associates advised Orvo and Pell Capital. Pell Capital paid Brandt & Associates.";
        let got = mended(
            text,
            &[
                ("Brandt", EntityKind::Person),
                ("Associates", EntityKind::Org),
                ("Orvo", EntityKind::Org),
                ("Pell Capital", EntityKind::Org),
                ("Pell Capital", EntityKind::Org),
                ("Brandt", EntityKind::Person),
                ("Associates", EntityKind::Org),
            ],
            |c| join_company_names(&lang.tag, &kinds, text, c),
        );
        let want = owned(&[
            ("Brandt & Associates", EntityKind::Org),
            ("Orvo", EntityKind::Org),
            ("Pell Capital", EntityKind::Org),
            ("Pell Capital", EntityKind::Org),
            ("Brandt & Associates", EntityKind::Org),
        ]);
        assert_eq!(got, want);
    }

    #[test]
    fn regions_after_and_stay_places() {
        let (lang, kinds) = english();
        let text = "Tarsia Air flies to Asia and Africa, and Zélie & Europe to Latin America.";
        let names = [
            ("Tarsia Air", EntityKind::Org),
            ("Asia", EntityKind::Loc),
            ("Africa", EntityKind::Loc),
            ("Zélie", EntityKind::Person),
            ("Europe", EntityKind::Loc),
            ("Latin America", EntityKind::Loc),
        ];
        let got = mended(text, &names, |c| {
            join_company_names(&lang.tag, &kinds, text, c)
        });
        assert_eq!(got, owned(&names));
    }

    #[test]
    fn a_trailing_acronym_of_the_name_is_a_mention_of_its_own() {
        let text = "The Nordic Rail Union NRU and Orvo Labs GmbH met Bay Area Transit.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Nordic Rail Union NRU", EntityKind::Org),
                ("Orvo Labs GmbH", EntityKind::Org),
                ("Bay Area Transit", EntityKind::Org),
            ],
        );
        split_trailing_acronyms(text, &mut c);
        let got: Vec<&str> = c.iter().map(|c| c.mention.span.slice(text)).collect();
        assert_eq!(
            got,
            vec![
                "Nordic Rail Union",
                "NRU",
                "Orvo Labs GmbH",
                "Bay Area Transit"
            ]
        );
    }

    #[test]
    fn a_hyphenated_given_name_joins_the_family_name() {
        let text = "CEO Moon Ha-eun said Lee cut-price deals.";
        let mut c = candidates_in_order(
            text,
            &[("Moon", EntityKind::Person), ("Lee", EntityKind::Person)],
        );
        extend_hyphenated_names(text, &mut c);
        assert_eq!(c[0].mention.span.slice(text), "Moon Ha-eun");
        assert_eq!(c[1].mention.span.slice(text), "Lee");
    }

    fn named_in(a: &crate::model::Analysis, n: &str) -> bool {
        a.entities.iter().any(|e| e.kind.is_name() && e.name == n)
    }

    #[test]
    fn a_byline_dimmed_as_furniture_keeps_its_reporter_but_not_its_place() {
        let p = crate::pipeline::Pipeline::new().expect("bundled model loads");
        let text = "Ostra Marine to build two tugs for Quayside Ferries\n\nEdda Moravik · Trollvik · 4 May 2025\n\nOstra Marine will build two electric tugs for Quayside Ferries at its yard in Lund, the companies said on Tuesday.\n\nShare this article\n";
        let mut doc = crate::model::Document::from_text("b.txt", text);
        doc.regions = crate::load::detect_regions(text);
        let at = text.find("Edda").unwrap_or(0);
        assert!(doc.is_boilerplate(at), "{:?}", doc.regions);
        let a = p.analyze(doc);
        let named = |n: &str| a.entities.iter().any(|e| e.kind.is_name() && e.name == n);
        assert!(named("Edda Moravik"), "{:?}", a.entities);
        assert!(!named("Trollvik"), "{:?}", a.entities);
        // A wire's closing thanks to a helper, dimmed too, keeps its person.
        let text = "Ostra Marine will build two electric tugs for Quayside Ferries at its yard in Lund, the companies said on Tuesday.\n--With assistance from Edda Moravik-Sund.\n";
        let mut doc = crate::model::Document::from_text("b.txt", text);
        doc.regions = crate::load::detect_regions(text);
        assert!(doc.is_boilerplate(text.find("--With").unwrap_or(0)));
        let a = p.analyze(doc);
        assert!(
            a.entities.iter().any(|e| e.name == "Edda Moravik-Sund"),
            "{:?}",
            a.entities
        );
        // A byline dimmed under a standfirst: the standfirst begins no body.
        let text = "Subscribe\nOstra Marine to build two tugs\nThe Lund yard wins its first order from a ferry group in five years.\nEdda Moravik\nMar 05, 2026\nShare\nOstra Marine will build two electric tugs for Quayside Ferries at its yard in Lund, the companies said on Tuesday.\n";
        let mut doc = crate::model::Document::from_text("b.txt", text);
        doc.regions = crate::load::detect_regions(text);
        assert!(doc.is_boilerplate(text.find("Edda").unwrap_or(0)));
        let a = p.analyze(doc);
        assert!(named_in(&a, "Edda Moravik"), "{:?}", a.entities);
    }

    #[test]
    fn a_word_and_a_public_body_are_one_organisation() {
        let p = crate::pipeline::Pipeline::new().expect("bundled model loads");
        let names = |text: &str| {
            let a = p.analyze(crate::model::Document::from_text("b.txt", text));
            a.entities
                .iter()
                .filter(|e| e.kind.is_name())
                .map(|e| e.name.clone())
                .collect::<Vec<_>>()
        };
        let got = names("The Timber and Mining Commission fined Korvin Motors on Monday.");
        assert!(
            got.iter().any(|n| n == "Timber and Mining Commission"),
            "{got:?}"
        );
        let got = names("The International Velk and Sledge Federation banned the wax.");
        assert!(
            got.iter()
                .any(|n| n == "International Velk and Sledge Federation"),
            "{got:?}"
        );
        // The first word named on its own: two names.
        let got = names(
            "Korvin and Trade Commission officials met on Monday. Korvin said the talks went well.",
        );
        assert!(!got.iter().any(|n| n.starts_with("Korvin and")), "{got:?}");
        // A body before "and" is a body of its own: two names.
        let got = names("The Velkian Trade Commission and Justice Department issued rules.");
        assert!(!got.iter().any(|n| n.contains(" and ")), "{got:?}");
    }
}
