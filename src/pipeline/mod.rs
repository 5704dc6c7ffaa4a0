//! The analysis pipeline: dateline → segment → tag → resolve → values →
//! relate → dates → figures. Each stage is a module whose `//!` says what it
//! takes and what it gives; [`Pipeline::analyze`] is the list of them.

pub mod candidate;
pub mod dateline;
pub mod dates;
pub mod figures;
pub mod kinds;
pub mod money;
pub mod names;
pub mod relate;
pub mod resolve;
pub mod rules;
pub mod segment;
pub mod tag;
pub mod values;

use crate::lang::{LangError, Language};
use crate::model::{Analysis, Document, EntityKind, Span};
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
        // Dateline: where and when the story was filed.
        let dateline = dateline::find(&document.text);
        if document.published.is_none() {
            document.published = dateline::published(&document.text, dateline);
        }
        let text = document.text.as_str();
        // Segment: tokens and sentences, the dateline a sentence of its own.
        let mut seg = segment::segment(text);
        if let Some(d) = dateline {
            dateline::split_after(&mut seg, d);
        }
        // Tag: names, values, roles and descriptions.
        let candidates = tag::candidates(&self.ner, &document, &seg, dateline);
        // Resolve: mentions → entities, kinds repaired on the whole document.
        let sentence_spans: Vec<Span> = seg.sentences.iter().map(|s| s.span).collect();
        let headlines = tag::headlines(text, &seg);
        let resolved = resolve::resolve(text, candidates, &sentence_spans, &headlines);
        let mut mentions = resolved.mentions;
        let mut entities = resolved.entities;
        kinds::repair(text, &mut entities, &mut mentions);
        // Values: MONEY, DATE, PERCENT and TITLE mentions as entities.
        values::value_entities(text, &mut mentions, &mut entities);

        // Relate: statements between entities.
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
            lang: &self.lang,
        });
        resolve::add_pronoun_mentions(&mut mentions, &mut entities, &pronouns);
        let ctx = relate::Context {
            text,
            seg: &seg,
            mentions: &mentions,
            kinds: &kinds,
            skip: &skip,
            lang: &self.lang,
        };
        let related = relate::relate(&ctx);

        // Dates: every DATE normalised, every relation dated.
        let anchor = document.published.as_deref().and_then(dates::Anchor::parse);
        let dates = dates::facts(text, &mentions, anchor);
        let (mut relations, money_of_relation) =
            dates::date_relations(text, &dates, &mentions, related.relations);
        kinds::repair_from_relations(&relations, &mut entities, &mut mentions);
        // Figures: money facts attached to the deals that carry them.
        let money = figures::figures(
            text,
            &seg,
            &mentions,
            &dates,
            &mut relations,
            &money_of_relation,
            &related.investors,
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
