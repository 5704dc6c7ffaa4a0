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
    // "Verrimont Labs, a small wireless charging company": a name the
    // tagger read as some other thing, that an apposition describes as a
    // company, is one here (its kind is repaired on the whole text later).
    let kinds_of: Vec<EntityKind> = (0..clusters.len())
        .map(|c| {
            let described = || {
                clusters[c].mentions.iter().any(|&m| {
                    !mentions[m].nominal
                        && kinds.describes_company_after(text, mentions[m].span.end)
                })
            };
            if kinds_of[c] == EntityKind::Misc && described() {
                EntityKind::Org
            } else {
                kinds_of[c]
            }
        })
        .collect();
    let kinds_of = kinds_of.as_slice();
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
            // first line, its headline, or in the few lines above the lead
            // that names it in full (a standfirst, a dateline).
            let first_line_end = text.find('\n').unwrap_or(text.len());
            // Read once for the pair, when one of the rules below asks.
            let above_lead = std::cell::OnceCell::new();
            let said_above = || {
                *above_lead.get_or_init(|| said_above_lead(text, mentions, &clusters[a], first_b))
            };
            let before_in_first_line = || {
                clusters[a].mentions.iter().all(|&m| {
                    mentions[m].span.start >= first_b || mentions[m].span.end <= first_line_end
                }) || said_above()
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
                (later || (before_in_first_line() && !is_acronym(single)))
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
                && (later
                    || wb[1..].iter().all(|w| kinds.is_org_word(w))
                    || said_above())
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

/// Most lines above the lead in which a short form may be said before the
/// full name: a headline, a standfirst, a dateline and a byline.
const TOP_LINES: usize = 4;

/// True when every mention of `short` before `full_at`, where the full
/// name is first said, lies on the lines above that line, and those are
/// at most [`TOP_LINES`] lines with words, each shorter than the line of
/// the full name: a headline and standfirst above the lead ("Best sees
/// loss." … "Best Products Co said"), not a lead and a paragraph before
/// it. Each such mention is on the text's first line, or a short line
/// that is no sentence (a byline, a dateline) stands between it and the
/// lead: a sentence right above the lead is the body's.
pub(super) fn said_above_lead(
    text: &str,
    mentions: &[Mention],
    short: &Cluster,
    full_at: usize,
) -> bool {
    let lead_line = text[..full_at].rfind('\n').map_or(0, |i| i + 1);
    let lead_end = text[full_at..]
        .find('\n')
        .map_or(text.len(), |i| full_at + i);
    let lead_words = text[lead_line..lead_end].split_whitespace().count();
    let mut above = text[..lead_line].lines().filter(|l| !l.trim().is_empty());
    let first_line_end = text
        .trim_start()
        .find('\n')
        .map_or(text.len(), |i| text.len() - text.trim_start().len() + i);
    let top = |span: Span| {
        span.end <= first_line_end || {
            let line_end = text[span.end..]
                .find('\n')
                .map_or(text.len(), |i| span.end + i);
            text[line_end..lead_line]
                .lines()
                .any(|l| !l.trim().is_empty() && reads_as_headline(l, LEAD_GAP_WORDS))
        }
    };
    lead_line > 0
        && above.clone().count() <= TOP_LINES
        && above.all(|l| l.split_whitespace().count() < lead_words)
        && short.mentions.iter().all(|&m| {
            let span = mentions[m].span;
            span.start >= full_at || span.end <= lead_line && top(span)
        })
}

/// A word without the quotes around it ("“Dreamliner”").
fn unquoted(w: &str) -> &str {
    w.trim_matches(['"', '“', '”', '‘', '’', '\''])
}

#[cfg(test)]
mod tests;
