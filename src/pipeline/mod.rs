//! The analysis pipeline: dateline → segment → tag → resolve → values →
//! relate → dates → figures. Each stage is a module whose `//!` says what it
//! takes and what it gives; [`Pipeline::analyze`] is the list of them.

pub mod candidate;
mod cents;
mod contributions;
mod coordinations;
mod credits;
mod current_deal;
pub mod dateline;
pub mod dates;
pub mod deal_payee;
mod deal_refs;
pub mod dollars;
pub mod facilities;
mod families;
mod figure_year;
pub mod figures;
mod firm_names;
mod follow_up;
mod funding;
pub mod groups;
pub mod headline;
mod home_dollars;
pub mod indices;
mod investors;
mod issue_payee;
pub mod kinds;
mod lede_payee;
mod legal_forms;
mod lenders;
mod lending;
mod lot_prices;
mod maker_payee;
pub mod measures;
pub mod model_shape;
pub mod money;
mod money_parties;
pub mod name_spans;
pub mod names;
pub mod occurrences;
mod parts;
pub mod pay;
mod place_parties;
pub mod possessive_names;
pub mod possessors;
mod price_moves;
mod price_phrases;
pub mod prices;
mod proceeds;
pub mod products;
mod ranges;
mod rate_notes;
pub mod relate;
mod repeats;
pub mod resolve;
mod restated_entities;
mod restatements;
mod results_tables;
mod results_year;
pub mod rules;
pub mod segment;
mod seller_payee;
mod speaker_labels;
pub mod split_names;
mod stake_payee;
pub mod surnames;
pub mod tag;
mod title_holders;
pub mod valuations;
pub mod values;
mod venue_names;
mod withdrawn;
pub mod word_shape;
mod year_back;

use crate::lang::{LangError, Language};
use crate::model::{Analysis, Document, EntityKind, Span};
use crate::ner::{NerError, NerModel};

/// Loaded resources (the NER model, the language's word lists) and stages.
#[derive(Debug)]
pub struct Pipeline {
    ner: NerModel,
    /// The learned relation step's model.
    relations: RelationStep,
    lang: Language,
    stages: Stages,
}

/// Which model the learned relation step runs with.
#[derive(Clone, Debug)]
enum RelationStep {
    /// None: the rules alone.
    Off,
    /// The bundled one, when the process switched it on
    /// ([`relate::learned::set_bundled_enabled`]).
    Bundled,
    /// One given for training, cross-validation or `eval --relation-model`.
    Given(relate::learned::RelationModel),
}

/// The stages' compiled state: patterns built from the language's lists
/// and the gazetteer sets, built once in [`Pipeline::new`].
#[derive(Debug)]
struct Stages {
    dateline: dateline::Finder,
    kinds: kinds::Kinds,
    money: money::Money,
    rules: rules::Rules,
    relate: relate::Triggers,
}

impl Stages {
    /// Builds the stages on two threads: the gazetteer sets of [`kinds::Kinds`]
    /// take about as long as every pattern of the other stages together.
    fn new(lang: &Language) -> Result<Self, PipelineError> {
        std::thread::scope(|scope| {
            let kinds = scope
                .spawn(|| kinds::Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads));
            let dateline = dateline::Finder::new(&lang.dateline);
            let money = money::Money::new(&lang.money);
            let rules = rules::Rules::new(&lang.rules);
            let kinds = match kinds.join() {
                Ok(kinds) => kinds,
                Err(panic) => std::panic::resume_unwind(panic),
            };
            Ok(Self {
                dateline: dateline?,
                kinds,
                money: money?,
                rules: rules?,
                relate: relate::triggers(lang),
            })
        })
    }
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
    /// A relation model file.
    #[error(transparent)]
    Relations(#[from] relate::learned::ModelError),
    /// A pattern built from the language's lists does not compile.
    #[error(transparent)]
    Pattern(#[from] regex::Error),
}

impl Pipeline {
    /// The pipeline with the bundled model and English.
    pub fn new() -> Result<Self, PipelineError> {
        Self::with_model(NerModel::embedded()?)
    }

    /// A pipeline around a given model, for English.
    pub fn with_model(ner: NerModel) -> Result<Self, PipelineError> {
        // The loader's furniture lexicon is needed by the first article
        // opened: compile it meanwhile rather than then.
        std::thread::spawn(crate::load::warm_up);
        let lang = Language::english()?;
        let stages = Stages::new(&lang)?;
        Ok(Self {
            ner,
            relations: RelationStep::Bundled,
            lang,
            stages,
        })
    }

    /// Replaces the learned relation step's model (none: the rules alone,
    /// for rules-only figures, training and cross-validation). A new
    /// pipeline runs the bundled model when the process switched it on.
    pub fn set_relation_model(&mut self, model: Option<relate::learned::RelationModel>) {
        self.relations = model.map_or(RelationStep::Off, RelationStep::Given);
    }

    /// The learned relation step's model, if it runs: the bundled one
    /// when switched on, or the one given.
    pub fn relation_model(&self) -> Option<&relate::learned::RelationModel> {
        match &self.relations {
            RelationStep::Off => None,
            RelationStep::Bundled => relate::learned::bundled_enabled()
                .then(relate::learned::RelationModel::bundled)
                .and_then(Result::ok),
            RelationStep::Given(model) => Some(model),
        }
    }

    /// The language whose word lists the stages read.
    pub fn language(&self) -> &Language {
        &self.lang
    }

    /// The rule-based mentions of the pipeline's language (MONEY, PERCENT,
    /// DATE, TITLE, descriptions), for evaluation against annotated spans.
    pub fn rules(&self) -> &rules::Rules {
        &self.stages.rules
    }

    /// Kind repair of the pipeline's language (gazetteers, nationality
    /// words, government bodies), for scorers that map kinds onto a corpus.
    pub fn kinds(&self) -> &kinds::Kinds {
        &self.stages.kinds
    }

    /// The money parser of the pipeline's language (amounts, currencies,
    /// qualifiers), for evaluation against annotated values.
    pub fn money(&self) -> &money::Money {
        &self.stages.money
    }

    /// Runs every stage on a document.
    pub fn analyze(&self, document: Document) -> Analysis {
        self.run(document, false).0
    }

    /// Runs every stage on a document, and gives the learned relation
    /// step's candidate pairs (read with the rules' relations only), for
    /// training.
    pub fn analyze_traced(
        &self,
        document: Document,
    ) -> (Analysis, Vec<relate::learned::Candidate>) {
        self.run(document, true)
    }

    fn run(
        &self,
        mut document: Document,
        trace: bool,
    ) -> (Analysis, Vec<relate::learned::Candidate>) {
        // Dateline: where and when the story was filed.
        let lang = &self.lang;
        let stages = &self.stages;
        // Each name's key is made once for the document's stages.
        let _keys = names::KeyScope::enter(&[&lang.resolve, stages.kinds.names()]);
        let dateline = stages.dateline.find(&document.text);
        if document.published.is_none() {
            document.published = dateline::published(lang, &document.text, dateline);
        }
        let text = document.text.as_str();
        // Segment: tokens and sentences, the dateline a sentence of its own.
        let mut seg = segment::segment(&lang.segment, text);
        if let Some(d) = dateline {
            dateline::split_after(&mut seg, d);
        }
        // Tag: names, values, roles and descriptions.
        let furniture = |at: usize| document.is_boilerplate(at);
        let headings = headline::Headings::find(&lang.tag, text, &seg, &furniture);
        let candidates = tag::candidates(
            &self.ner,
            lang,
            &stages.rules,
            &stages.kinds,
            &document,
            &seg,
            tag::Page {
                dateline,
                headings: &headings,
            },
        );
        // Resolve: mentions → entities, kinds repaired on the whole document.
        let sentence_spans: Vec<Span> = seg.sentences.iter().map(|s| s.span).collect();
        let resolved = resolve::resolve(
            &lang.resolve,
            &stages.kinds,
            text,
            candidates,
            &sentence_spans,
            &headings.headlines,
        );
        let mut mentions = resolved.mentions;
        let mut entities = resolved.entities;
        stages.kinds.repair(text, &mut entities, &mut mentions);
        stages.kinds.agree_lists(text, &mut entities, &mut mentions);
        stages.kinds.mark_events(&mut entities, &mut mentions);
        resolve::name_with_makers(text, &mentions, &mut entities);
        // "the bindery", "the grower": a word the text gave one organisation.
        let trades = resolve::trade_descriptions(&lang.resolve, text, &mentions, &entities);
        resolve::add_reference_mentions(
            &mut mentions,
            &mut entities,
            &trades,
            crate::model::AliasRule::Description,
        );
        // Values: MONEY, DATE, PERCENT and TITLE mentions as entities.
        values::value_entities(text, &mut mentions, &mut entities);

        // Relate: statements between entities.
        let skip: Vec<bool> = seg
            .sentences
            .iter()
            .map(|s| {
                document.is_boilerplate(s.span.start) || dateline.is_some_and(|d| d.covers(s.span))
            })
            .collect();
        let kinds: Vec<EntityKind> = entities.iter().map(|e| e.kind).collect();
        // Pronouns that stand for a sentence's subject become mentions first,
        // so relations, highlights and resolution chains all see them.
        // The pass keeps what it read before the first pronoun for the
        // relate pass: the mentions it read stay as they are, the pronouns
        // are added to a copy.
        let pronouns = relate::read_pronouns(&relate::Context {
            text,
            seg: &seg,
            mentions: &mentions,
            kinds: &kinds,
            skip: &skip,
            lang: &self.lang,
            triggers: &stages.relate,
        });
        let mut mentions = mentions.clone();
        resolve::add_pronoun_mentions(&mut mentions, &mut entities, &pronouns.references);
        let ctx = relate::Context {
            text,
            seg: &seg,
            mentions: &mentions,
            kinds: &kinds,
            skip: &skip,
            lang: &self.lang,
            triggers: &stages.relate,
        };
        let mut related = relate::relate_after(&ctx, Some(pronouns));
        // Frames read off the dependency parse: pairs the rules left unrelated.
        relate::deps::add(&ctx, &mut related);
        // Partners of a consortium are its members.
        relate::memberships(&ctx, &mut related);
        // The learned step: pairs the rules left unrelated.
        let mut traced = Vec::new();
        let model = self.relation_model();
        if trace || model.is_some() {
            let bits = model.map_or(relate::learned::BITS, |m| m.bits);
            // Traced for training: every pair; else only those the model
            // has a label for.
            let only = if trace { None } else { model };
            let candidates = relate::learned::candidates(&ctx, &related.relations, bits, only);
            if let Some(model) = model {
                relate::learned::add_learned(
                    &ctx,
                    model,
                    &candidates,
                    &mut related.relations,
                    &mut related.payees,
                );
            }
            if trace {
                traced = candidates;
            }
        }
        // A correction's report of what an earlier version said states
        // nothing (read all the same: its subject is what "it" means next).
        let withdrawn = withdrawn::withdrawn(&lang.relate.status, text, &seg);
        withdrawn::drop_withdrawn(&withdrawn, &seg, &mut related);
        // A speaker's label says who speaks, not who did what is told.
        speaker_labels::drop_label_ends(text, &mentions, &mut related);

        // Dates: every DATE normalised, every relation dated.
        let anchor = document.published.as_deref().and_then(dates::Anchor::parse);
        let dates = dates::facts(lang, text, &mentions, anchor);
        let (mut relations, money_of_relation) =
            dates::date_relations(&lang.dates, text, &dates, &mentions, related.relations);
        kinds::repair_from_relations(&relations, &mut entities, &mut mentions);
        // Figures: money facts attached to the deals that carry them.
        let money = figures::figures(
            &stages.money,
            lang,
            text,
            &seg,
            &mentions,
            &dates,
            &mut relations,
            figures::Deals {
                money_of_relation: &money_of_relation,
                payees: &related.payees,
                payments: &related.payments,
                frames: &related.frames,
                investors: &related.investors,
            },
            dateline.and_then(|d| d.place).map(|p| p.slice(text)),
        );
        let mut money = money;
        let published = anchor.map(|a| a.year);
        money::redenominate(&lang.money.redenominations, published, &mut money);
        money_parties::complete(
            (lang, text, &seg, &mentions),
            (&entities, &withdrawn),
            &mut relations,
            &mut money,
        );
        funding::funding_relations(
            lang,
            text,
            &seg,
            &mentions,
            &entities,
            &mut relations,
            &mut money,
        );
        figure_year::restated_years(&mut money);
        // A figure no date of its sentence places is the article's news: of
        // its year of publication (or the one before, for January results).
        if let Some(anchor) = anchor {
            for f in &mut money {
                if f.year.is_none() {
                    let year = results_year::undated_year(lang, text, &seg, &mentions, anchor, f);
                    f.year = Some(year);
                }
            }
        }
        year_back::years_back(
            &lang.money.year_back,
            &lang.money.restatements,
            text,
            &seg,
            &mentions,
            &mut money,
        );
        results_year::results_years(&lang.money, text, &seg, &mentions, &mut money);
        let mut analysis = Analysis {
            sentences: sentence_spans,
            mentions,
            entities,
            relations,
            money,
            dates,
            model: self.ner.name().to_owned(),
            document,
        };
        // A figure stated twice is one MONEY entity, as it is one money fact.
        restated_entities::join_restated_figures(&mut analysis);
        (analysis, traced)
    }
}

#[cfg(test)]
mod tests {
    //! What the stages' unit tests share: the bundled pipeline with the rules
    //! alone (the stages' own behaviour, without the learned relation step),
    //! loaded once per test binary, on invented texts, and tagging
    //! candidates built from names.

    use std::sync::OnceLock;

    use super::Pipeline;
    use super::candidate::Candidate;
    use crate::model::{Analysis, Document, EntityKind, Mention, Provenance, Span};

    /// The bundled pipeline with the rules alone, loaded once.
    pub(crate) fn pipeline() -> &'static Pipeline {
        static P: OnceLock<Pipeline> = OnceLock::new();
        P.get_or_init(|| {
            let mut p = Pipeline::new().expect("bundled resources load");
            p.set_relation_model(None);
            p
        })
    }

    #[test]
    fn a_new_pipeline_runs_the_bundled_relation_model_only_when_switched_on() {
        use crate::pipeline::relate::learned::{RelationModel, bundled_enabled};
        let mut p = Pipeline::new().expect("bundled resources load");
        let bundled = RelationModel::bundled().expect("the bundled relation model decodes");
        // No test switches the process flag (tests share the process):
        // off, the rules alone, as `dossier` without --learned-relations.
        assert!(!bundled_enabled());
        assert!(p.relation_model().is_none());
        p.set_relation_model(Some(bundled.clone()));
        assert_eq!(
            p.relation_model().map(|m| m.threshold),
            Some(bundled.threshold)
        );
        p.set_relation_model(None);
        assert!(p.relation_model().is_none());
    }

    #[test]
    fn a_figure_no_date_places_is_of_the_year_its_article_was_published() {
        let text = "Quarrow Ltd has raised $5 million. \
                    In 2017 it paid $3 million for Tessmoor Mill.";
        let mut doc = Document::from_text("invented.txt", text);
        doc.published = Some("2019-05-02".to_owned());
        let a = pipeline().analyze(doc);
        let years: Vec<Option<i32>> = a.money.iter().map(|f| f.year).collect();
        assert_eq!(years, vec![Some(2019), Some(2017)]);
        // No publication date: no year the text does not give.
        let a = analysis(text);
        let years: Vec<Option<i32>> = a.money.iter().map(|f| f.year).collect();
        assert_eq!(years, vec![None, Some(2017)]);
    }

    /// The analysis of an invented text.
    pub(crate) fn analysis(text: &str) -> Analysis {
        pipeline().analyze(Document::from_text("invented.txt", text))
    }

    /// The entity the description `surface` (its first occurrence) was
    /// resolved to, by name.
    pub(crate) fn resolved(text: &str, surface: &str) -> Option<String> {
        let a = analysis(text);
        let start = text.find(surface).expect("the description is in the text");
        a.mentions
            .iter()
            .find(|m| m.span.start == start || m.span.end == start + surface.len())
            .and_then(|m| m.entity)
            .map(|e| a.entities[e].name.clone())
    }

    /// The name of the entity of the mention that starts at byte `start`.
    pub(crate) fn resolved_at(text: &str, start: usize) -> Option<String> {
        let a = analysis(text);
        let m = a.mentions.iter().find(|m| m.span.start == start)?;
        m.entity.map(|e| a.entities[e].name.clone())
    }

    /// The kind of the entity named `name` in the analysis of `text`.
    pub(crate) fn kind_of(text: &str, name: &str) -> Option<EntityKind> {
        let a = analysis(text);
        a.entities.iter().find(|e| e.name == name).map(|e| e.kind)
    }

    /// `(amount, payer, payee)` of every money figure of an invented text.
    pub(crate) fn money_parties(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let a = analysis(text);
        let name = |e: Option<usize>| e.map(|e| a.entities[e].name.clone());
        a.money
            .iter()
            .map(|f| {
                (
                    a.mention_text(f.mention).to_owned(),
                    name(f.investor),
                    name(f.recipient),
                )
            })
            .collect()
    }

    /// One figure as a money-party table writes it: `(amount, payer, payee)`.
    pub(crate) type WantParties<'a> = (&'a str, Option<&'a str>, Option<&'a str>);

    /// Checks that each invented text has exactly the one figure given,
    /// with its payer and payee.
    pub(crate) fn check_money_parties(table: &[(&str, WantParties<'_>)]) {
        for (text, (m, p, q)) in table {
            let want = vec![((*m).to_owned(), p.map(str::to_owned), q.map(str::to_owned))];
            assert_eq!(money_parties(text), want, "{text}");
        }
    }

    /// Checks each invented text's figures, all of them in order, against
    /// `(amount, payer, payee)`.
    pub(crate) fn check_money_figures(table: &[(&str, &[WantParties<'_>])]) {
        for (text, want) in table {
            let want: Vec<(String, Option<String>, Option<String>)> = want
                .iter()
                .map(|(m, p, q)| ((*m).to_owned(), p.map(str::to_owned), q.map(str::to_owned)))
                .collect();
            assert_eq!(money_parties(text), want, "{text}");
        }
    }

    /// The tagger's names as candidates: each `(text, kind)` found in `text` in
    /// the order given, each after the one before.
    pub(crate) fn candidates_in_order(text: &str, names: &[(&str, EntityKind)]) -> Vec<Candidate> {
        let mut from = 0;
        names
            .iter()
            .map(|(n, k)| {
                let start = from + text[from..].find(n).expect("name in text");
                from = start + n.len();
                Candidate {
                    mention: Mention::new(
                        Span::new(start, start + n.len()),
                        *k,
                        Provenance::Model,
                        0.9,
                    ),
                    head: None,
                }
            })
            .collect()
    }

    /// `(text, kind)` of each candidate, in order.
    pub(crate) fn named_kinds(text: &str, candidates: &[Candidate]) -> Vec<(String, EntityKind)> {
        candidates
            .iter()
            .map(|c| (c.mention.span.slice(text).to_owned(), c.mention.kind))
            .collect()
    }
}
