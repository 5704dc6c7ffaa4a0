//! The analysis pipeline: segment → tag → resolve → relate → figures.
//! Each stage is a module with text in and sorted spans out.

pub mod dateline;
pub mod dates;
pub mod kinds;
pub mod money;
pub mod relate;
pub mod resolve;
pub mod rules;
pub mod segment;
pub mod tag;

use crate::lang::{LangError, Language};
use crate::model::{
    Analysis, DateFact, Document, Entity, EntityKind, Granularity, Mention, MoneyFact,
    RelationKind, Span,
};
use crate::ner::{NerError, NerModel};

/// Loaded resources (the NER model, the language's word lists) and the
/// stages that use them.
#[derive(Debug)]
pub struct Pipeline {
    ner: NerModel,
    lang: Language,
}

/// Why the pipeline's resources did not load.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// The tagger's model.
    #[error(transparent)]
    Model(#[from] NerError),
    /// The language's word lists.
    #[error(transparent)]
    Language(#[from] LangError),
}

impl Pipeline {
    /// The pipeline with the bundled model and English.
    pub fn new() -> Result<Self, PipelineError> {
        Ok(Self {
            ner: NerModel::embedded()?,
            lang: Language::english()?,
        })
    }

    /// A pipeline around a given model, for English.
    pub fn with_model(ner: NerModel) -> Result<Self, PipelineError> {
        Ok(Self {
            ner,
            lang: Language::english()?,
        })
    }

    /// The language whose word lists the stages read.
    pub fn language(&self) -> &Language {
        &self.lang
    }

    /// Runs every stage on a document.
    pub fn analyze(&self, mut document: Document) -> Analysis {
        let dateline = dateline::find(&document.text);
        if document.published.is_none()
            && let Some(d) = dateline.and_then(|d| d.date)
            && let (Some(day), Granularity::Day) = dates::normalize(d.slice(&document.text), None)
            && dates::is_iso_day(&day)
        {
            document.published = Some(day);
        }
        let text = document.text.as_str();
        let mut seg = segment::segment(text);
        if let Some(d) = dateline {
            split_after_dateline(&mut seg, d);
        }
        let names = tag::model_mentions(&self.ner, text, &seg);
        let rules = rules::find(text);
        let mut candidates = tag::merge(text, names, rules);
        if let Some(d) = dateline {
            candidates.retain(|c| !c.mention.span.overlaps(d.place));
            candidates.push(tag::Candidate {
                mention: Mention::new(
                    d.place,
                    EntityKind::Loc,
                    crate::model::Provenance::Rule,
                    0.9,
                ),
                head: None,
            });
            candidates.sort_by_key(|c| c.mention.span.start);
        }
        tag::drop_headline_only_names(text, &seg, &mut candidates);
        tag::propagate_names(text, &seg, &mut candidates);
        kinds::retype_by_context(text, &mut candidates);
        // Page furniture yields no mentions at all.
        candidates.retain(|c| !document.is_boilerplate(c.mention.span.start));
        let sentence_spans: Vec<Span> = seg.sentences.iter().map(|s| s.span).collect();
        // Headlines: title-case lines, and the first line of the article when
        // it reads as a headline in sentence case ("Reliance Jio in talks to
        // buy stake in Disney's India unit").
        let mut headlines = tag::title_case_sentences(text, &seg);
        headlines.extend(tag::first_line_headline(text));
        let resolved = resolve::resolve(text, candidates, &sentence_spans, &headlines);
        let mut mentions = resolved.mentions;
        let mut entities = resolved.entities;
        kinds::repair(text, &mut entities, &mut mentions);
        value_entities(text, &mut mentions, &mut entities);

        let skip: Vec<bool> = seg
            .sentences
            .iter()
            .map(|s| {
                document.is_boilerplate(s.span.start)
                    || dateline
                        .is_some_and(|d| s.span.start >= d.place.start && s.span.end <= d.end)
            })
            .collect();
        let kinds: Vec<EntityKind> = entities.iter().map(|e| e.kind).collect();
        // Pronouns that stand for a sentence's subject become mentions first,
        // so relations, highlights and resolution chains all see them.
        let pronouns = relate::pronoun_references(&relate::Context {
            text,
            seg: &seg,
            mentions: &mentions,
            kinds: &kinds,
            skip: &skip,
        });
        resolve::add_pronoun_mentions(&mut mentions, &mut entities, &pronouns);
        let ctx = relate::Context {
            text,
            seg: &seg,
            mentions: &mentions,
            kinds: &kinds,
            skip: &skip,
        };
        let related = relate::relate(&ctx);

        let anchor = document.published.as_deref().and_then(dates::Anchor::parse);
        let dates: Vec<DateFact> = mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == EntityKind::Date)
            .map(|(i, m)| {
                let (value, granularity) =
                    dates::normalize_in_context(text, m.span.start, m.span.end, anchor);
                DateFact {
                    mention: i,
                    value,
                    granularity,
                }
            })
            .collect();

        let mut relations = Vec::with_capacity(related.relations.len());
        let mut money_of_relation = Vec::with_capacity(related.relations.len());
        for (mut r, money) in related.relations {
            r.date = nearest_date(text, &dates, &mentions, r.evidence, r.trigger);
            relations.push(r);
            money_of_relation.push(money);
        }
        kinds::repair_from_relations(&relations, &mut entities, &mut mentions);
        let money = figures(
            text,
            &seg,
            &mentions,
            &dates,
            &mut relations,
            &money_of_relation,
            &related.subjects,
        );

        Analysis {
            sentences: sentence_spans,
            mentions,
            entities,
            relations,
            money,
            dates,
            model: self.ner.name().to_owned(),
            document,
        }
    }
}

/// Makes the dateline a sentence of its own.
fn split_after_dateline(seg: &mut segment::Segmentation, d: dateline::Dateline) {
    let Some(k) = seg
        .sentences
        .iter()
        .position(|s| s.span.contains(d.place.start))
    else {
        return;
    };
    let sentence = seg.sentences[k].clone();
    let Some(split) = sentence
        .tokens
        .clone()
        .find(|&t| seg.tokens[t].start >= d.end)
    else {
        return;
    };
    if split == sentence.tokens.start {
        return;
    }
    let head = segment::Sentence {
        span: Span::new(sentence.span.start, seg.tokens[split - 1].end),
        tokens: sentence.tokens.start..split,
    };
    let tail = segment::Sentence {
        span: Span::new(seg.tokens[split].start, sentence.span.end),
        tokens: split..sentence.tokens.end,
    };
    seg.sentences.splice(k..=k, [head, tail]);
}

/// Groups MONEY, DATE, PERCENT and TITLE mentions into entities by their
/// text, so that every mention can be selected and inspected.
fn value_entities(text: &str, mentions: &mut [Mention], entities: &mut Vec<Entity>) {
    let mut by_text: Vec<(EntityKind, String, usize)> = Vec::new();
    for (i, m) in mentions.iter_mut().enumerate() {
        if m.kind.is_name() || m.entity.is_some() {
            continue;
        }
        let surface = m.span.slice(text).to_owned();
        let key = (m.kind, surface.to_lowercase());
        let e = match by_text
            .iter()
            .find(|(k, s, _)| (*k, s.as_str()) == (key.0, key.1.as_str()))
        {
            Some(&(_, _, e)) => e,
            None => {
                entities.push(Entity {
                    kind: m.kind,
                    name: surface.clone(),
                    aliases: vec![surface],
                    mentions: Vec::new(),
                    links: Vec::new(),
                });
                by_text.push((key.0, key.1, entities.len() - 1));
                entities.len() - 1
            }
        };
        m.entity = Some(e);
        entities[e].mentions.push(i);
    }
}

/// The date in `sentence` nearest the trigger that names a point in time.
fn nearest_date(
    text: &str,
    dates: &[DateFact],
    mentions: &[Mention],
    sentence: Span,
    trigger: Span,
) -> Option<usize> {
    dates
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            let span = mentions[d.mention].span;
            if !span.within(sentence) {
                return false;
            }
            // "since 2007" opens a range; it does not date the event.
            let before = text[sentence.start..span.start]
                .split_whitespace()
                .last()
                .unwrap_or("");
            d.granularity != Granularity::Duration
                && d.year().is_some()
                && !matches!(
                    before.to_lowercase().as_str(),
                    "since" | "until" | "till" | "before" | "after" | "through"
                )
        })
        .min_by_key(|(_, d)| mentions[d.mention].span.start.abs_diff(trigger.start))
        .map(|(i, _)| i)
}

/// Money facts: each MONEY mention parsed, with its qualifier and year, and
/// attached to the investment or acquisition that carries it; failing that,
/// an investment trigger in the sentence makes the subject the investor.
fn figures(
    text: &str,
    seg: &segment::Segmentation,
    mentions: &[Mention],
    dates: &[DateFact],
    relations: &mut [crate::model::Relation],
    money_of_relation: &[Option<usize>],
    subjects: &[Option<usize>],
) -> Vec<MoneyFact> {
    let mut out = Vec::new();
    for (i, m) in mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == EntityKind::Money)
    {
        let Some(amount) = money::parse_amount(m.span.slice(text)) else {
            continue;
        };
        let qualifier = money::qualifier_before(&text[..m.span.start]).map(str::to_owned);
        let s = seg
            .sentences
            .partition_point(|s| s.span.end <= m.span.start);
        let sentence = seg.sentences.get(s).map_or(m.span, |s| s.span);
        let year =
            nearest_date(text, dates, mentions, sentence, m.span).and_then(|d| dates[d].year());
        let fact_index = out.len();
        let relation = (0..relations.len())
            .find(|&r| money_of_relation[r] == Some(i))
            .or_else(|| {
                // An unclaimed amount belongs to the sentence's one deal only
                // when it is the sentence's one amount.
                let amounts = mentions
                    .iter()
                    .filter(|x| x.kind == EntityKind::Money && x.span.within(sentence))
                    .count();
                if amounts != 1 {
                    return None;
                }
                (0..relations.len()).find(|&r| {
                    relations[r].evidence == sentence
                        && matches!(
                            relations[r].kind,
                            RelationKind::InvestedIn | RelationKind::Acquired
                        )
                        && relations[r].money.is_none()
                })
            });
        let (investor, recipient) = match relation {
            Some(r) => {
                relations[r].money = Some(fact_index);
                (Some(relations[r].source), Some(relations[r].target))
            }
            None => {
                let words = seg
                    .sentences
                    .get(s)
                    .map_or(&[][..], |s| &seg.tokens[s.tokens.clone()]);
                let invests = words.iter().any(|t| {
                    relate::INVEST_TRIGGERS.contains(&t.slice(text).to_lowercase().as_str())
                });
                (
                    if invests {
                        subjects.get(s).copied().flatten()
                    } else {
                        None
                    },
                    None,
                )
            }
        };
        out.push(MoneyFact {
            mention: i,
            value: amount.value,
            currency: amount.currency.to_owned(),
            qualifier,
            year,
            investor,
            recipient,
            relation,
            repeats: Vec::new(),
        });
    }
    merge_repeated_figures(out, relations)
}

/// One figure stated twice (headline and body) is one figure: the better
/// attached statement is kept and the other listed among its repeats; the
/// relation that carried the dropped one points at the kept one.
fn merge_repeated_figures(
    facts: Vec<MoneyFact>,
    relations: &mut [crate::model::Relation],
) -> Vec<MoneyFact> {
    let mut kept: Vec<MoneyFact> = Vec::with_capacity(facts.len());
    let mut new_index = vec![0; facts.len()];
    for (i, f) in facts.into_iter().enumerate() {
        if let Some(k) = kept.iter().position(|g| g.same_figure(&f)) {
            let g = &mut kept[k];
            if f.known_parts() > g.known_parts() {
                let old = std::mem::replace(g, f);
                g.repeats.push(old.mention);
                g.repeats.extend(old.repeats);
                g.qualifier = g.qualifier.take().or(old.qualifier);
            } else {
                g.repeats.push(f.mention);
            }
            new_index[i] = k;
        } else {
            new_index[i] = kept.len();
            kept.push(f);
        }
    }
    for r in relations.iter_mut() {
        r.money = r.money.map(|m| new_index[m]);
    }
    kept
}
