//! Nominal references ("the startup", "this joint venture") linked to the
//! organisation they stand for.

use rustc_hash::FxHashMap;

use crate::lang::{ResolveWords, lowercase, words_back};
use crate::model::{AliasLink, AliasRule, Entity, EntityKind, Mention, Provenance, Span};
use crate::pipeline::kinds::Kinds;
use crate::pipeline::occurrences::each_needle;

use super::before::{
    governed_by_preposition, home_of, name_set_off_after, opens_coordinated_clause, phrase_start,
    set_off_after_name, starts_with_subject_pronoun,
};
use super::homes::{at_home, home_key, told_homes};
use super::identified::named_by_copula;
use super::introduced::introduced;
use super::members::listed_subject;
use super::passing::named_once_in_passing;
use super::placed::placed;
use super::salience::{Salience, credited, deal_buyer};
use super::sense::{Sense, most_mentioned};
use super::subject::{
    object_of_subject, possessive_after, post_holder, relative_antecedent, reported_by, subject_of,
    subject_sentence,
};
use super::venture::{created_name, is_merged, is_venture, named_next, needs_name, set_off_name};

/// Where a text's sentences and its title-case headlines are.
pub(super) struct Layout<'a> {
    /// The sentences, in text order.
    pub(super) sentences: &'a [Span],
    /// The headlines, whose names weigh more in what the text is about.
    pub(super) headlines: &'a [Span],
}

pub(super) fn resolve_nominals(
    lang: &ResolveWords,
    kinds: &Kinds,
    text: &str,
    mentions: &mut [Mention],
    heads: &[Option<String>],
    entities: &mut [Entity],
    layout: Layout<'_>,
) {
    let Layout {
        sentences,
        headlines,
    } = layout;
    // What follows is read for the descriptions alone: a text with none
    // (most short ones) reads nothing.
    let described = |i: usize| mentions[i].nominal && heads.get(i).is_some_and(Option::is_some);
    if !(0..mentions.len()).any(described) {
        return;
    }
    // Products, and other names the rules made ("Chapter 11", "FTSE 100"),
    // are no company a description stands for.
    let product: Vec<bool> = entities
        .iter()
        .map(|e| {
            kinds.is_product(text, e, mentions)
                || (e.kind == EntityKind::Misc
                    && e.mentions
                        .iter()
                        .all(|&m| mentions[m].source == Provenance::Rule))
        })
        .collect();
    // An agency credited in a dateline's brackets is no party to the news.
    let agency: Vec<bool> = entities
        .iter()
        .map(|e| {
            e.mentions
                .iter()
                .all(|&m| mentions[m].nominal || credited(text, mentions[m].span))
        })
        .collect();
    // "the chief executive told Reuters": a listener only ever told is no
    // party to the news.
    let listener: Vec<bool> = entities
        .iter()
        .map(|e| {
            e.mentions.iter().any(|&m| !mentions[m].nominal)
                && e.mentions.iter().all(|&m| {
                    mentions[m].nominal
                        || words_back(&text[..mentions[m].span.start])
                            .next()
                            .is_some_and(|w| lang.telling_verbs.contains_lowercase(w))
                })
        })
        .collect();
    let mut venture: Vec<bool> = entities
        .iter()
        .map(|e| is_venture(lang, text, e, mentions))
        .collect();
    // "a 60-40 venture, to be called Tarn Cells": the name an undertaking
    // is given is one, whatever its determiner.
    let venture_heads = lang.venture_heads.as_slice();
    for (head, found) in venture_heads.iter().zip(each_needle(text, venture_heads)) {
        for at in found {
            let end = at + head.len();
            let bounded = !text[..at].ends_with(char::is_alphanumeric)
                && !text[end..].starts_with(char::is_alphanumeric);
            // "new venture Tarn Freight", "a venture, Tarn Freight,": the name right
            // after it, or set off by a comma.
            let start = kinds
                .named_after(text, end)
                .or_else(|| set_off_name(text, mentions, end))
                .or_else(|| named_next(text, mentions, entities, sentences, end));
            let Some(start) = start.filter(|_| bounded) else {
                continue;
            };
            if let Some(e) = mentions
                .iter()
                .find(|m| m.span.start == start && !m.nominal)
                .and_then(|m| m.entity)
            {
                venture[e] = true;
            }
        }
    }
    // "the merged company" … "The merged company will be called Tarn
    // Foods": the one name the text gives a company a deal creates.
    let merged_at = |m: &Mention| is_merged(lang, text, m);
    let created = created_name(lang, kinds, text, mentions, entities);
    let mut sense = Sense::new(lang, text, mentions, entities);
    let introduced = introduced(text, mentions, entities);
    let mut memory: FxHashMap<String, usize> = FxHashMap::default();
    // The home each company's description gave ("the Munich-based company").
    let mut homes: FxHashMap<usize, String> = FxHashMap::default();
    // The home the text told by name ("X, a Perth-based developer").
    let told = told_homes(lang, text, mentions);
    // The nationality each company's description gave ("the Estonian group").
    let mut nations: FxHashMap<usize, String> = FxHashMap::default();
    let mut salience = Salience::default();
    for i in 0..mentions.len() {
        let Some(head) = heads[i].clone() else {
            continue;
        };
        if !mentions[i].nominal {
            continue;
        }
        salience.advance(text, mentions, headlines, i);
        let span = mentions[i].span;
        let s_idx = sentences.partition_point(|s| s.end <= span.start);
        let window_start = sentences
            .get(s_idx.saturating_sub(3))
            .map_or(0, |s| s.start);
        let sentence = sentences.get(s_idx).copied().unwrap_or(span);
        let wants_venture = lang.venture_heads.contains(&head);
        // "The venture, to be called Tarn Cells,": the name it is given.
        let named = kinds
            .named_after(text, span.end)
            .and_then(|start| {
                mentions[i + 1..]
                    .iter()
                    .find(|m| m.span.start == start && m.kind.is_name())
                    .and_then(|m| m.entity)
                    .filter(|&e| matches!(entities[e].kind, EntityKind::Org | EntityKind::Misc))
            })
            // "the buyer is Keltic Foods": the name a copula gives it.
            .or_else(|| named_by_copula(lang, text, sentence, span, &mentions[i + 1..]));
        if let Some(e) = named {
            venture[e] |= wants_venture;
        }
        // "the Japanese electronics group Sanwa Holdings": a description
        // right before a name describes that name, never an earlier one.
        // "The Dongguan contractor, Jinhe, …": so does one set off after
        // it by commas.
        let apposed = mentions
            .get(i + 1)
            .filter(|m| {
                !m.nominal
                    && matches!(m.kind, EntityKind::Org | EntityKind::Misc)
                    && m.span.start >= span.end
                    && text[span.end..m.span.start].trim().is_empty()
            })
            .and_then(|m| m.entity)
            .or_else(|| name_set_off_after(text, span.end, mentions.get(i + 1)));
        // The subject of this sentence is not what a description later in it refers to.
        // A subject pronoun ("Back in 2019, it poured … into the startup")
        // stands for the previous sentence's subject.
        let pronoun_subject =
            starts_with_subject_pronoun(lang, text, Span::new(sentence.start, span.start))
                .then(|| s_idx.checked_sub(1).and_then(|p| sentences.get(p)))
                .flatten()
                .and_then(|prev| subject_of(lang, text, *prev, mentions, None));
        let subject = pronoun_subject
            .or_else(|| subject_of(lang, text, sentence, mentions, Some(span.start)));
        // "Tarn Bank has lent the workshop …": a description that is the
        // object of its subject's verb is some other company.
        let object = subject
            .is_some_and(|s| object_of_subject(lang, text, &mentions[..i], sentence, span, s));
        // "… with the AI startup", "into the startup": a prepositional object is
        // not the subject; "would strengthen the company's business" after
        // "Siemens Chief Executive Roland Busch said" is the subject's company.
        // "of the Verona company": a place named right before the noun.
        let place_before = mentions[..i].last().is_some_and(|m| {
            m.kind == EntityKind::Loc && text[m.span.end..span.start].trim().is_empty()
        });
        let after_preposition =
            governed_by_preposition(lang, &text[sentence.start..span.start], place_before);
        // "…, the Portuguese company said": past the capitals to the article.
        let phrase = phrase_start(lang, text, span.start);
        // "Ostlind, the Stuttgart publisher of the Merrow games": so does one
        // set off after a name.
        let apposed =
            apposed.or_else(|| set_off_after_name(lang, text, &mentions[..i], phrase, span.end));
        // A description in subject position continues the previous sentence's
        // subject ("Amazon said … . The e-commerce giant first put …").
        // In a copula's complement ("The deal is the London-based firm's
        // third"), the home the description gives is no name before it.
        let complement = text[sentence.start.min(span.start)..span.start]
            .split_whitespace()
            .any(|w| lang.copulas.contains_lowercase(w));
        let home_word = |m: &Mention| {
            complement
                && lang
                    .home_suffixes
                    .iter()
                    .any(|suffix| text[m.span.end..].starts_with(suffix))
        };
        // "The Swiss group …", "The Oslo-based group …": a name inside a
        // description that opens the sentence only describes it.
        let opens = text[sentence.start.min(phrase)..phrase].trim().is_empty();
        let in_subject_position = subject.is_none()
            && !mentions[..i].iter().any(|m| {
                m.span.within(sentence)
                    && (m.span.start < phrase || !opens)
                    && m.entity.is_some()
                    && m.kind.is_name()
                    && !home_word(m)
            })
            && !after_preposition;
        // A name inside the opening description was passed over above; then
        // the sentence before must open with its subject ("Nordvik … . The
        // Oslo-based group …"), not merely hold one ("The round was led by
        // A, with B …").
        let inner_name = opens
            && mentions[..i]
                .iter()
                .any(|m| m.span.within(sentence) && m.span.start >= phrase && m.kind.is_name());
        let previous_subject = in_subject_position
            .then(|| s_idx.checked_sub(1))
            .flatten()
            .and_then(|p| subject_sentence(lang, text, sentences, p))
            .and_then(|prev| {
                let e = subject_of(lang, text, prev, mentions, None)?;
                // "A and B had both told the board. The company, …": no
                // one member of a list.
                if listed_subject(lang, text, mentions, prev, e) {
                    return None;
                }
                let opens_prev = || {
                    mentions
                        .iter()
                        .find(|m| m.span.within(prev))
                        .is_some_and(|m| {
                            m.entity == Some(e) && text[prev.start..m.span.start].trim().is_empty()
                        })
                };
                (!inner_name || opens_prev()).then_some(e)
            });
        let class = sense.class_of(&head);
        let public_head = lang.public_heads.contains(&head);
        // "the Minneapolis-based company" is no company an earlier
        // description placed elsewhere ("the Boise-based company").
        // "the Tokyo company": so is a place right before the noun.
        let based = home_of(lang, &text[sentence.start.min(span.start)..span.start]);
        let home = based.clone().or_else(|| {
            place_before
                .then(|| mentions[..i].last())
                .flatten()
                .map(|m| home_key(m.span.slice(text)))
        });
        // "the Finnish company" is no company a description called Estonian.
        let nation = mentions[..i]
            .last()
            .filter(|m| {
                m.kind == EntityKind::Nationality && text[m.span.end..span.start].trim().is_empty()
            })
            .map(|m| lowercase(m.span.slice(text)));
        let home_fits = |e: usize| {
            home.as_ref().is_none_or(|h| {
                homes
                    .get(&e)
                    .or_else(|| told.get(&e))
                    .is_none_or(|g| g == h)
            }) && nation
                .as_ref()
                .is_none_or(|n| nations.get(&e).is_none_or(|g| g == n))
        };
        let compatible = |e: usize| {
            matches!(entities[e].kind, EntityKind::Org | EntityKind::Misc)
                && (venture[e] == wants_venture || Some(e) == created)
                && !product[e]
                && !agency[e]
                && !listener[e]
                && sense.fits(e, class, public_head)
                && home_fits(e)
                && !(object && Some(e) == subject)
        };
        // "the bank", "the planemaker": the organisation most referred to so
        // far that the text types as that kind of business.
        let of_kind = class
            .and_then(|c| most_mentioned(&mentions[..i], |e| compatible(e) && sense.has(e, c)));
        let mut key = lowercase(mentions[i].span.slice(text));
        for d in lang.description_determiners.iter() {
            key = key.trim_start_matches(format!("{d} ").as_str()).to_owned();
        }
        // "Finnish drone maker Volantis … the drone maker": the one the
        // text introduced with these words.
        let introduced_as = introduced
            .by_words
            .get(&key)
            .filter(|&&(e, at)| at < span.start && compatible(e))
            .map(|&(e, _)| e);
        // "the Lyon group": the company the text placed in Lyon; after a
        // comma an apposition's or a speaker's ("X, the Finnish insurer").
        let placed_in = (!text[..phrase].trim_end().ends_with(','))
            .then(|| placed(text, mentions, sentences, i, compatible))
            .flatten()
            .or_else(|| at_home(home.as_deref(), &told, &mentions[..i], compatible));
        let remembered = memory
            .get(&key)
            .or_else(|| memory.get(&head))
            .copied()
            .filter(|&e| home_fits(e));
        let recent = mentions[..i]
            .iter()
            .rev()
            .take_while(|m| m.span.start >= window_start)
            .filter_map(|m| m.entity)
            .find(|&e| compatible(e) && Some(e) != subject);
        // The organisation the last sentences were about: the nearest
        // earlier subject of the window that fits ("Paketto runs … . Frey,
        // who co-founded the company").
        let salient = (s_idx.saturating_sub(3)..s_idx)
            .rev()
            .filter_map(|p| subject_of(lang, text, sentences[p], mentions, None))
            .find(|&e| compatible(e) && Some(e) != subject);
        let times_named = |e: usize| {
            mentions[..i]
                .iter()
                .filter(|m| m.entity == Some(e) && !m.nominal)
                .count()
        };
        let recent_window_has = |e: usize| {
            mentions[..i]
                .iter()
                .rev()
                .take_while(|m| m.span.start >= window_start)
                .any(|m| m.entity == Some(e))
        };
        let own_subject = (!after_preposition && pronoun_subject.is_none() && !object)
            .then_some(subject)
            .flatten()
            .filter(|&e| compatible(e));
        // "Keltic's chairman, P, whose grandfather founded the company":
        // the company whose post introduced the person.
        let post = (class.is_none() && lang.generic_heads.contains(&head))
            .then(|| post_holder(lang, text, &mentions[..i], sentence, span.start))
            .flatten()
            .filter(|&e| compatible(e));
        let own_kind = own_subject.filter(|&e| class.is_some_and(|c| sense.has(e, c)));
        // "General Motors stated that the company would …": in the clause
        // its reporting verb opens, the speaker's company.
        let speaker = subject
            .filter(|_| {
                named.is_none()
                    && apposed.is_none()
                    && introduced_as.is_none()
                    && placed_in.is_none()
            })
            .filter(|&e| compatible(e))
            .filter(|&e| reported_by(lang, text, &mentions[..i], sentence, span, e));
        let choice = match (remembered, previous_subject) {
            _ if named.is_some() => named,
            _ if apposed.is_some() => apposed,
            _ if introduced_as.is_some() => introduced_as,
            _ if placed_in.is_some() => placed_in,
            _ if post.is_some() => post,
            _ if speaker.is_some() => speaker,
            _ if own_kind.is_some() => own_kind,
            // "Oslo's utility M … The utility": a name of the kind said in
            // passing, never described, yields to the untyped subject the
            // last sentences were about when that subject is named more
            // often.
            _ if of_kind.is_some() => match (salient, of_kind) {
                (Some(s), Some(k))
                    if !sense.typed(s)
                        && times_named(s) > times_named(k)
                        && !memory.values().any(|&v| v == k) =>
                {
                    Some(s)
                }
                _ => of_kind,
            },
            _ if own_subject.is_some() => own_subject,
            (Some(e), _)
                if Some(e) != subject
                    && recent_window_has(e)
                    && previous_subject.is_none_or(|p| p == e) =>
            {
                Some(e)
            }
            (_, Some(p)) if compatible(p) => Some(p),
            (Some(e), _) if Some(e) != subject && recent_window_has(e) => Some(e),
            // A venture named once is "the venture" however far on.
            (Some(e), _) if recent.is_none() && wants_venture && venture[e] => Some(e),
            // The nearest fit yields to the subject the text was about when
            // that subject is named more often ("counts the retailer Aral
            // among its hosts. Frey, who co-founded the company").
            _ => match (salient, recent) {
                (Some(s), Some(r)) if times_named(s) > times_named(r) => Some(s),
                // A company named once, and that in passing, is no
                // referent a head of no kind ("the company") found:
                // nothing.
                _ => recent.filter(|&r| {
                    class.is_some()
                        || !named_once_in_passing(lang, text, &mentions[..i], sentences, (r, span))
                }),
            },
        };
        // A generic description ("the company") that nothing nearer
        // decides is the organisation the article is about, when that one
        // clearly outweighs the nearer choice; the sentence's subject only
        // when the description is its possessive or a tag after a comma
        // ("…, the company said").
        let generic = class.is_none()
            && !wants_venture
            && !public_head
            && based.is_none()
            && named.is_none()
            && apposed.is_none()
            && introduced_as.is_none()
            && placed_in.is_none();
        // In a relative clause ("S …, X, which holds 8% of the company")
        // the clause's own subject is the name before the pronoun, not S.
        let antecedent = relative_antecedent(lang, text, &mentions[..i], sentence, span.start);
        let subject_allowed = antecedent.is_some()
            || possessive_after(text, span).is_some()
            || text[..phrase].trim_end().ends_with(',');
        let excluded = antecedent.or(subject.filter(|_| !subject_allowed || object));
        // "X's staff will join Y, and the company will keep …": the subject
        // of the clause before, not the article's protagonist.
        let coordinated =
            opens_coordinated_clause(lang, &text[sentence.start.min(span.start)..span.start])
                .then_some(subject)
                .flatten()
                .filter(|&s| generic && compatible(s));
        // "X took a loan from Y, which also holds 8% of the company": the
        // main clause's subject, whoever the article is most about.
        let main_subject = antecedent
            .and(subject)
            .filter(|&s| generic && Some(s) != antecedent && compatible(s));
        // The previous subject yields to the article's protagonist only
        // when it was named once, there ("The dominant maker, Zamboni,
        // builds … . The company is owned by …": the article's company).
        let passing_subject = previous_subject.is_some_and(|p| times_named(p) == 1);
        let lead = (generic && (choice.is_none() || choice != previous_subject || passing_subject))
            .then(|| salience.protagonist(|e| compatible(e) && Some(e) != excluded, choice))
            .flatten();
        // "…, the company said" after a clause whose subject is no
        // company: the article's protagonist, the first named on a tie, not
        // whichever company the sentence named last.
        // "In the first half, the company said": a phrase a preposition
        // opens, set off by the sentence's first comma, is no clause a tag
        // closes; the description is the sentence's subject.
        let opener = &text[sentence.start.min(phrase)..phrase];
        let introductory = opener.matches(',').count() == 1
            && opener
                .split_whitespace()
                .next()
                .is_some_and(|w| lang.prepositions.contains_lowercase(w));
        let tag = (generic
            && own_subject.is_none()
            && !introductory
            && text[..phrase].trim_end().ends_with(','))
        .then(|| text[span.end..].split_whitespace().next())
        .flatten()
        .filter(|w| lang.reporting_verbs.contains_lowercase(w))
        .and_then(|_| salience.tag_source(|e| compatible(e) && Some(e) != excluded, choice));
        let lead = post
            .or(speaker)
            .or(main_subject)
            .or(coordinated)
            .or(tag)
            .or(lead);
        let merged = merged_at(&mentions[i]) && !wants_venture;
        // "The Düsseldorf-based buyer": the one who buys in the deal.
        let buyer = lang
            .buyer_heads
            .contains(&head)
            .then(|| deal_buyer(lang, text, mentions, entities, sentences, span.start))
            .flatten()
            .filter(|&e| compatible(e));
        let choice = if let Some(b) = buyer.filter(|_| named.is_none() && apposed.is_none()) {
            Some(b)
        } else if merged {
            // With no name given, the company a deal creates is its buyer
            // grown larger, else the party the article is most about, not
            // whichever company was named last.
            named
                .or(created)
                .or_else(|| {
                    deal_buyer(lang, text, mentions, entities, sentences, span.start)
                        .filter(|&e| compatible(e))
                })
                .or_else(|| salience.protagonist(compatible, None))
        } else if named.is_some()
            || apposed.is_some()
            || lang.generic_heads.contains(&head)
            || text[..phrase].trim_end().ends_with(',')
        {
            lead.or(choice)
        } else {
            // A head the text introduced one other company with, and never
            // this one: that company, when the last sentences named it;
            // not when the text already called this one by these very
            // words ("the miner said" … "the gold miner Tarcoola" … "advised
            // the miner": still the first).
            lead.or(choice).map(|c| {
                if memory.get(&key) == Some(&c) {
                    return c;
                }
                introduced
                    .agreeing(&head, c, span.start, |e| {
                        compatible(e) && Some(e) != excluded && recent_window_has(e)
                    })
                    .unwrap_or(c)
            })
        };
        // "Sierra Corp jumped on the expectation the company would …",
        // "… despite a forecast by the group": a generic description that
        // is no object of its sentence's subject, when that subject is the
        // only organisation it could be, is that subject; not in a relative
        // clause, nor before a comma and a name of its own ("including the
        // current supplier, Kelm GmbH").
        let own_name = text[span.end..]
            .strip_prefix(", ")
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        let choice = choice.or_else(|| {
            subject.filter(|&s| {
                generic
                    && !object
                    && !own_name
                    && antecedent.is_none()
                    && !merged
                    && compatible(s)
                    && mentions[..i]
                        .iter()
                        .filter_map(|m| m.entity)
                        .all(|e| e == s || !compatible(e))
            })
        });
        let unnamed = merged && named.or(created).is_none() && needs_name(lang, text, &mentions[i]);
        if let Some(e) = choice.filter(|_| !unnamed) {
            if let Some(c) = class {
                sense.learn(e, c);
            }
            if let Some(h) = home.clone() {
                homes.entry(e).or_insert(h);
            }
            if let Some(n) = nation {
                nations.entry(e).or_insert(n);
            }
            mentions[i].entity = Some(e);
            mentions[i].kind = entities[e].kind;
            // "the Tokyo company" read by no name of its own teaches
            // nothing of what "the company" is.
            let self_named = named.or(apposed).or(introduced_as).is_some();
            if home.is_none() || based.is_some() || self_named {
                memory.insert(key, e);
                if !merged {
                    memory.entry(head).or_insert(e);
                }
            }
            let entity = &mut entities[e];
            entity.mentions.push(i);
            entity.links.push(AliasLink {
                mention: i,
                rule: AliasRule::Description.label().to_owned(),
            });
            let mut alias = span.slice(text).to_owned();
            if let Some(p) = possessive_after(text, span) {
                alias.push_str(p);
            }
            if !entity.aliases.contains(&alias) {
                entity.aliases.push(alias);
            }
        }
    }
}

#[cfg(test)]
mod tests;
