//! Short forms: a one-word name that stands for a fuller name of the
//! document: a person's surname or first name, an organisation's first
//! word, a product's line name, an acronym.

use rustc_hash::FxHashSet;

use crate::lang::ResolveWords;
use crate::model::{AliasRule, EntityKind, Mention, Provenance, Span};
use crate::pipeline::headline::{HEADLINE_WORDS, reads_as_headline};
use crate::pipeline::kinds::Kinds;
use crate::pipeline::model_shape::{is_lower_camel, is_model};

use super::acronyms::{abbreviates, acronym_of, is_acronym, is_mixed_acronym};
use super::shared::Cluster;
use crate::pipeline::names::strip_possessive;

/// What the short-form step reads: the clusters of exact names, each with
/// its fullest name's words and its kind.
pub(super) struct ShortForms<'a> {
    pub(super) lang: &'a ResolveWords,
    pub(super) kinds: &'a Kinds,
    pub(super) text: &'a str,
    pub(super) mentions: &'a [Mention],
    pub(super) clusters: &'a [Cluster],
    /// The fullest name's words of each cluster.
    pub(super) words: &'a [Vec<String>],
    /// The kind of each cluster.
    pub(super) kinds_of: &'a [EntityKind],
    /// Clusters that name a government body ("US government").
    pub(super) government: &'a [bool],
    /// Clusters whose name has several words.
    pub(super) multi_word: &'a [usize],
    /// Title-case sentences, where a short form may precede the full name.
    pub(super) headlines: &'a [Span],
    /// The owners an apposition gives each cluster named as a unit
    /// ([`super::units::unit_owners`]).
    pub(super) unit_owners: &'a [Vec<usize>],
}

/// The cluster each one-word cluster stands for, with the rule that says so.
pub(super) fn short_forms(s: &ShortForms<'_>) -> Vec<Option<(usize, AliasRule)>> {
    let ShortForms {
        lang,
        kinds,
        text,
        mentions,
        clusters,
        words,
        kinds_of,
        government,
        multi_word,
        headlines,
        unit_owners,
    } = *s;
    let mut merged_into: Vec<Option<(usize, AliasRule)>> = vec![None; clusters.len()];
    // Words of people named in full: "Harcourt" alone is not a company's
    // short form when a "Jane Harcourt" is in the text.
    let person_words: FxHashSet<&str> = multi_word
        .iter()
        .filter(|&&b| kinds_of[b] == EntityKind::Person)
        .filter_map(|&b| words[b].last().map(String::as_str))
        .collect();
    let first_at = |c: usize| mentions[clusters[c].mentions[0]].span.start;
    for a in 0..clusters.len() {
        let wa = &words[a];
        let [single] = wa.as_slice() else { continue };
        let first_a = first_at(a);
        let kind_a = kinds_of[a];
        // "Strand's shares", "Strand's chairman": the word acts as a company.
        let ms_a = &clusters[a].mentions;
        let acts = || kinds.acts_as_company(text, mentions, ms_a);
        let ruled_place = ms_a.iter().any(|&m| {
            mentions[m].kind == EntityKind::Loc && mentions[m].source == Provenance::Rule
        });
        let possessor = || {
            ms_a.iter().any(|&m| {
                let span = mentions[m].span;
                strip_possessive(span.slice(text)).len() < span.len()
                    || text[span.end..].starts_with("'s")
                    || text[span.end..].starts_with("’s")
            })
        };
        let mut found: Vec<(usize, AliasRule)> = Vec::new();
        let bare = unquoted(single);
        // A word shorter than the bare word cannot be it, quotes trimmed.
        let shares = |w: &String| w.len() >= bare.len() && unquoted(w) == bare;
        let mixed_acronym = is_mixed_acronym(single);
        // "kelOS" beside "kelOS 4" and no other "kelOS" version: the line said
        // alone is that version's short form ("zPhone" beside "zPhone 3"
        // and "zPhone 4" stays the line).
        let version_of =
            |wb: &[String]| matches!(wb, [line, v] if line == single && is_model(v, true));
        let versions = multi_word
            .iter()
            .filter(|&&b| kinds_of[b] == EntityKind::Product && version_of(&words[b]))
            .count();
        for &b in multi_word {
            let wb = &words[b];
            // Only names that share the word (or could be its acronym) matter.
            if !wb.iter().any(shares) && !mixed_acronym {
                continue;
            }
            let kind_b = kinds_of[b];
            let first_b = first_at(b);
            // The short form said before the full name only in the text's
            // first line, its headline.
            let first_line_end = text.find('\n').unwrap_or(text.len());
            let before_in_first_line = |b: usize| {
                let first_b = first_at(b);
                clusters[a].mentions.iter().all(|&m| {
                    mentions[m].span.start >= first_b || mentions[m].span.end <= first_line_end
                })
            };
            // The full name comes first, except in a headline: "Altair" … "Altair Engineering Inc.",
            // a sentence-case one right above the lead among a page's lines too.
            let later = first_b <= first_a
                || clusters[a].mentions.iter().all(|&m| {
                    mentions[m].span.start >= first_b
                        || headlines.iter().any(|h| mentions[m].span.within(*h))
                        || headline_above_lead(text, mentions[m].span, first_b)
                });
            // "Orvalda" … "Grupo Orvalda", "Tarnholm" … "Boligforeningen
            // Tarnholm": after a company word that opens a name, or a
            // compound one, the word is the company's in any order, even
            // read alone as a surname no person named in full bears; but
            // "France" of "Air France" said alone is the country.
            let leading_word_form = |wb: &[String]| {
                wb.len() == 2
                    && (kinds.opens_company_name(&wb[0]) || kinds.is_compound_org_word(&wb[0]))
                    && wb[1] == *single
                    && (matches!(kind_a, EntityKind::Org | EntityKind::Misc)
                        || kind_a == EntityKind::Person && !person_words.contains(single.as_str()))
                    && (!kinds.is_place(single) || acts())
            };
            // "Morandi" of "Acciaierie Morandi SpA": the last word before the
            // legal suffixes, said after the full name or first in a
            // sentence-case headline, when it acts as the company, or is
            // read as one and is no person's name nor a maker's model
            // ("Korvin Pallas" beside "Korvin Motors"). The tagger reads
            // such a word alone as a surname too: said with a possessive
            // ("Morandi's engineering director") and borne by no person
            // named in full, it is the company's.
            let last_word_form = |b: usize, wb: &[String]| {
                (later || (before_in_first_line(b) && !is_acronym(single)))
                    && kinds
                        .without_legal_phrase(wb)
                        .iter()
                        .rev()
                        .find(|w| !lang.legal_suffixes.contains_lowercase(w))
                        == Some(single)
                    && !kinds.is_org_word(single)
                    && (acts()
                        || ((kind_a == EntityKind::Org
                            || (kind_a == EntityKind::Person && possessor()))
                            && !person_words.contains(single.as_str())
                            && !is_acronym(single)
                            && !(0..words.len()).any(|c| {
                                c != b
                                    && c != a
                                    && !words[c].is_empty()
                                    && words[c].first() == wb.first()
                            })))
            };
            if kind_b == EntityKind::Person && later && wb.last() == Some(single) {
                found.push((b, AliasRule::Surname));
            } else if kind_b == EntityKind::Person
                && later
                && wb.first() == Some(single)
                && kind_a == EntityKind::Person
            {
                found.push((b, AliasRule::FirstName));
            } else if kind_b == EntityKind::Org
                // "Ford" … "Ford Motor Co": a maker's word and company words may come in any order.
                && (later || wb[1..].iter().all(|w| kinds.is_org_word(w)))
                && wb.first() == Some(single)
                // The tagger often reads a company's first word alone as a
                // surname: it is the company's unless a person bears it.
                && kind_a != EntityKind::Nationality
                && (kind_a != EntityKind::Person || !person_words.contains(single.as_str()) || acts())
                // A listed place, or one a rule made (a works' town, a
                // dateline's), is no company's short form, unless it acts as one.
                && !(kind_a == EntityKind::Loc
                    && (clusters[a].mentions.iter().all(|&m| mentions[m].source == Provenance::Rule)
                        || (kinds.is_place(single) && !acts())))
                && !government[b]
                // "a laboratory in Dundee" beside "Dundee Scientific": the
                // town, listed or a dateline's.
                && !((kinds.is_place(single) || ruled_place)
                    && kinds.placed_not_company(text, mentions, ms_a))
            {
                found.push((b, AliasRule::ShortForm));
            } else if kind_b == EntityKind::Org
                && !government[b]
                && (leading_word_form(wb) || last_word_form(b, wb))
            {
                // "Morandi" of "Acciaierie Morandi": a company named by its
                // last word; "Orvalda" of "Grupo Orvalda" likewise.
                found.push((b, AliasRule::ShortForm));
            } else if kind_b == EntityKind::Product
                && kind_a == EntityKind::Product
                && versions == 1
                && version_of(wb)
                && ms_a.iter().all(|&m| mentions[m].span.start >= first_b)
            {
                found.push((b, AliasRule::ShortForm));
            } else if kind_b == EntityKind::Product
                && kind_a != EntityKind::Nationality
                && single.chars().count() >= 3
                && !is_lower_camel(single)
                && wb.last().map(|w| unquoted(w)) == Some(bare)
            {
                // "Dreamliner" of "787 Dreamliner": a product's line name said
                // alone; a lower-camel line stays the line ("zPhone" beside
                // "the 3G zPhone").
                found.push((b, AliasRule::ShortForm));
            } else if is_acronym(single)
                && acronym_of(lang, &wb.join(" ")).as_deref() == Some(single.as_str())
            {
                found.push((b, AliasRule::Acronym));
            } else if mixed_acronym
                && matches!(kind_b, EntityKind::Org | EntityKind::Misc)
                && !matches!(kind_a, EntityKind::Person | EntityKind::Nationality)
                && abbreviates(lang, single, wb, &|w| kinds.is_org_word(w))
            {
                // "SIA" of "Singapore Airlines", "MoD" of "Ministry of Defence".
                found.push((b, AliasRule::Acronym));
            }
        }
        // "Lusacom Torres, the mast-owning arm of Lusacom": a unit whose
        // owner the word names too is none of the word's fuller names.
        let unit_b = |b: usize| {
            unit_owners[b]
                .iter()
                .any(|&o| o != b && (o == a || words[o].contains(single)))
        };
        let units: Vec<usize> = found
            .iter()
            .filter(|&&(b, r)| r == AliasRule::ShortForm && kinds_of[b] == EntityKind::Org)
            .map(|&(b, _)| b)
            .filter(|&b| {
                unit_b(b)
                    // "Tarn Automotive" beside "Tarn Seating, a unit …": the
                    // one no apposition calls a unit.
                    || !unit_owners[b].is_empty()
                        && found.iter().any(|&(c, r)| {
                            c != b && r == AliasRule::ShortForm && unit_owners[c].is_empty()
                        })
            })
            .collect();
        found.retain(|(b, _)| !units.contains(b));
        // "Morandi's chairman, Giulia Morandi": a word that acts as a company
        // is the company's, not its namesake's.
        if found.iter().any(|&(_, r)| r == AliasRule::Surname)
            && found
                .iter()
                .any(|&(b, r)| r == AliasRule::ShortForm && kinds_of[b] == EntityKind::Org)
            && acts()
        {
            found.retain(|&(_, r)| r != AliasRule::Surname);
        }
        // "GM" beside "General Motors" and "GM Europe": a name that opens
        // with the acronym is a unit named by it, the acronym the full name's.
        let acronyms: Vec<(usize, AliasRule)> = found
            .iter()
            .copied()
            .filter(|&(_, r)| r == AliasRule::Acronym)
            .collect();
        if let [one] = acronyms.as_slice()
            && is_acronym(single)
            && found.iter().all(|&(b, r)| {
                r == AliasRule::Acronym
                    || (r == AliasRule::ShortForm && words[b].first() == Some(single))
            })
        {
            found = vec![*one];
        }
        merged_into[a] = match found.as_slice() {
            [one] => Some(*one),
            // "Harcourt" beside "Harcourt Bank" and its unit "Harcourt
            // Private": the most named, then the first named.
            [_, _, ..] if found.iter().all(|&(_, r)| r == AliasRule::ShortForm) => found
                .into_iter()
                .min_by_key(|&(b, _)| (std::cmp::Reverse(clusters[b].mentions.len()), first_at(b))),
            _ => None,
        };
    }
    merged_into
}

/// Most words a line between a headline and its lead may hold: a dateline
/// ("PORTO, May 4 (Wirebeam) -"), a byline, a date.
const LEAD_GAP_WORDS: usize = 12;

/// True when `span` lies on a line that reads as a headline
/// ([`reads_as_headline`]) above the line at `lead`, with nothing but
/// short lines that are no sentences between them: a page's headline below
/// its masthead and menus, which gives a company's short name before the
/// lead's full one.
fn headline_above_lead(text: &str, span: Span, lead: usize) -> bool {
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    if line_end >= lead {
        return false;
    }
    let lead_line = text[..lead].rfind('\n').map_or(0, |i| i + 1);
    reads_as_headline(&text[line_start..line_end], HEADLINE_WORDS)
        && text[line_end..lead_line.max(line_end)]
            .lines()
            .all(|l| reads_as_headline(l, LEAD_GAP_WORDS))
}

/// A word without the quotes around it ("“Dreamliner”").
fn unquoted(w: &str) -> &str {
    w.trim_matches(['"', '“', '”', '‘', '’', '\''])
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::analysis;

    /// The name of the entity a mention with this text belongs to, and its kind.
    fn entity_of(text: &str, surface: &str) -> Option<(String, EntityKind)> {
        let a = analysis(text);
        let m = a.mentions.iter().find(|m| m.span.slice(text) == surface)?;
        let e = &a.entities[m.entity?];
        Some((e.name.clone(), e.kind))
    }

    #[test]
    fn a_product_line_alone_is_its_one_version_named() {
        let text = "Keltic Inc. unveiled the kelOS 4 system. Developers said kelOS is fast.";
        assert_eq!(
            entity_of(text, "kelOS"),
            Some(("kelOS 4".to_owned(), EntityKind::Product))
        );
        let text = "Keltic Inc. sold the zPhone 3 and the zPhone 4. The zPhone is popular.";
        assert_eq!(
            entity_of(text, "zPhone"),
            Some(("zPhone".to_owned(), EntityKind::Product))
        );
        // Said before the version, or beside a code before it, it is the line.
        let text = "Keltic Inc. sells the zPhone. It unveiled the 3G zPhone and kelOS 4 today.";
        assert_eq!(
            entity_of(text, "zPhone"),
            Some(("zPhone".to_owned(), EntityKind::Product))
        );
    }

    #[test]
    fn a_place_word_that_acts_as_the_company_is_its_short_form() {
        let text = "Harwich Photonics named Ana Berg chief executive on Monday. Harwich, \
                    headquartered in Oslo, makes lasers. Shares of Harwich rose 6%.";
        assert_eq!(
            entity_of(text, "Harwich"),
            Some(("Harwich Photonics".to_owned(), EntityKind::Org))
        );
        // The town a company is named for, where something is put, stays the town.
        let text = "Dundee Scientific said it will open a laboratory in Dundee next year. \
                    The laboratory in Dundee will hire 40 people.";
        assert_eq!(
            entity_of(text, "Dundee"),
            Some(("Dundee".to_owned(), EntityKind::Loc))
        );
    }

    #[test]
    fn a_word_after_a_leading_company_word_is_that_company_even_said_first() {
        // "Orvalda" in the lead before "Grupo Orvalda": one company.
        let text = "Forklift maker Keltic Lifts wins order from Spain's Orvalda\n\
                    Keltic Lifts will supply 400 trucks to the Spanish chain Grupo Orvalda. \
                    Orvalda runs 300 stores.";
        assert_eq!(
            entity_of(text, "Orvalda"),
            Some(("Grupo Orvalda".to_owned(), EntityKind::Org))
        );
    }

    #[test]
    fn a_word_after_a_compound_company_word_is_that_company() {
        // "Tarnvik" alone after "Boligselskabet Tarnvik": the association's.
        let text = "The flats owned by the housing association Boligselskabet Tarnvik will be \
                    painted by Orlen Farver. Tarnvik, whose estates stand in Harbourton, had \
                    used local painters. Tarnvik's director, Mette Sandvold, said so.";
        assert_eq!(
            entity_of(text, "Tarnvik"),
            Some(("Boligselskabet Tarnvik".to_owned(), EntityKind::Org))
        );
        // A person named in full with the word keeps it.
        let text = "The housing association Boligselskabet Tarnvik hired a roofer. Its \
                    director, Jens Tarnvik, chose him. Tarnvik said he was pleased.";
        assert_eq!(
            entity_of(text, "Tarnvik"),
            Some(("Jens Tarnvik".to_owned(), EntityKind::Person))
        );
    }

    #[test]
    fn a_sentence_case_headline_may_give_the_last_word_first() {
        let text = "Portugal's Vareiro lands fabric deal with Swedish label Keltic Outdoor\n\
                    PORTO, May 4 (Wirebeam) -\n\
                    Fiação Vareiro SA has won a 38 million euro order from Keltic Outdoor AB. \
                    To handle the work Vareiro will buy 40 looms.";
        assert_eq!(
            entity_of(text, "Vareiro"),
            Some(("Fiação Vareiro SA".to_owned(), EntityKind::Org))
        );
    }

    #[test]
    fn a_headline_below_a_masthead_may_give_the_last_word_first() {
        // The headline is no first line: a masthead and a price line stand above it.
        let text = "THE VALLEY LEDGER — business news of the Tarn hills\n\
                    Wool price index, May: 4.10 per kilo, unchanged\n\
                    Wool mill Vareiro names new chief executive\n\
                    Fiação Vareiro SA, which spins wool in Tarnby, has named Ana Kessel \
                    as its chief executive. Vareiro will buy 40 looms.";
        assert_eq!(
            entity_of(text, "Vareiro"),
            Some(("Fiação Vareiro SA".to_owned(), EntityKind::Org))
        );
        // A sentence between them is the body's: the short form said there is no headline's.
        let text = "Tarn wool prices rise\n\
                    Vareiro said in May that it would hire.\n\
                    Fiação Vareiro SA, which spins wool in Tarnby, has named Ana Kessel \
                    as its chief executive.";
        assert_ne!(
            entity_of(text, "Vareiro").map(|(n, _)| n),
            Some("Fiação Vareiro SA".to_owned())
        );
    }

    #[test]
    fn a_company_named_by_its_last_word_beside_a_namesake_is_the_company() {
        let text = "The government will give steelmaker Officine Varesco a loan. Varesco's \
                    chairman, Lucia Varesco, welcomed it. Varesco's chief executive, Jon \
                    Hale, said the mill would be rebuilt.";
        assert_eq!(
            entity_of(text, "Varesco"),
            Some(("Officine Varesco".to_owned(), EntityKind::Org))
        );
        assert_eq!(
            entity_of(text, "Lucia Varesco"),
            Some(("Lucia Varesco".to_owned(), EntityKind::Person))
        );
        // Said of the person, the surname stays hers.
        let text = "Lucia Varesco chairs Officine Varesco. Varesco said she would stay.";
        assert_eq!(
            entity_of(text, "Varesco").map(|(_, k)| k),
            Some(EntityKind::Person)
        );
    }

    #[test]
    fn a_company_named_by_its_last_word_before_a_legal_suffix_is_the_company() {
        let text = "The Italian coffee roaster Officine Bellandi SpA will merge with \
                    Kaffeverk. Bellandi's chief executive, Marco Tessi, is to leave. Nino \
                    Bellandi, whose grandfather Ugo Bellandi founded it, will chair the board.";
        assert_eq!(
            entity_of(text, "Bellandi"),
            Some(("Officine Bellandi SpA".to_owned(), EntityKind::Org))
        );
    }

    #[test]
    fn a_company_named_by_its_last_word_before_a_legal_form_of_words_is_the_company() {
        let text = "The fire engines will be built by Wozny Olbar Sp. z o.o., a family \
                    company in Kalisz. Olbar builds the bodies and ladders itself.";
        assert_eq!(
            entity_of(text, "Olbar"),
            Some(("Wozny Olbar Sp. z o.o.".to_owned(), EntityKind::Org))
        );
    }

    #[test]
    fn two_words_of_a_company_read_as_a_person_are_its_short_form() {
        // "Van Kelmerhout" reads as a Dutch surname; its chief executive
        // shows it to be the company named in full before.
        let text = "The Rotterdam delicatessen group Van Kelmerhout Fijnkost said on Tuesday \
                    it had paid 7.4 million euros for the farm. Van Kelmerhout, controlled by \
                    the Hazel family, already takes half its output. Van Kelmerhout's chief \
                    executive, Jan Terwel, said the group wanted to grow.";
        assert_eq!(
            entity_of(text, "Van Kelmerhout").map(|(name, _)| name),
            Some("Van Kelmerhout Fijnkost".to_owned())
        );
        // A person of the company's name, with no company's mark, stays a person.
        let text = "The Oslo property group Anna Lindqvist Fastigheter bought a farm. Anna \
                    Lindqvist said she was pleased with the price.";
        assert_eq!(
            entity_of(text, "Anna Lindqvist"),
            Some(("Anna Lindqvist".to_owned(), EntityKind::Person))
        );
    }

    #[test]
    fn a_company_word_read_as_a_surname_but_possessing_is_the_company() {
        let text = "Trattori Brevan SAS of Lyon and Officina Tessarollo S.p.A. of Padua will \
                    each hold half of a new company, they said on Tuesday.\n\
                    The venture will be led by Tessarollo's engineering director, Marta \
                    Quintaviva-Bello.\nTessarollo is putting in 9 million euros.";
        assert_eq!(
            entity_of(text, "Tessarollo").map(|(name, _)| name),
            Some("Officina Tessarollo S.p.A.".to_owned())
        );
    }
}
