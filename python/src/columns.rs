//! The Arrow columns of `analyze_arrow`: one row per article with its
//! `source`, `title`, `published` and `error`, and a list of structs for
//! each of mentions, entities, relations, money and dates (an entity also
//! has its corpus `key`, kind and normalised name, to group on). Field names,
//! ids (`m1`, `e1`, `r1`, `f1`, `d1`), kind names and offsets (Unicode code
//! points, `start`/`end`) are those of the annotated JSON v1; an article
//! that failed has its `error` and null lists.

use std::sync::Arc;

use arrow_array::builder::{
    BooleanBuilder, Float64Builder, Int32Builder, Int64Builder, ListBuilder, StringBuilder,
};
use arrow_array::{Array, ArrayRef, ListArray, RecordBatch, StructArray};
use arrow_buffer::{NullBuffer, OffsetBuffer};
use arrow_schema::{ArrowError, Field, Fields, Schema};
use dossier::corpus::link::entity_key;
use dossier::lang::ResolveWords;
use dossier::model::{Analysis, OffsetMap, Span};
use serde::Serialize;

/// One analysed article.
pub struct Row {
    /// The source it is named by.
    pub source: String,
    /// Its analysis or what went wrong.
    pub outcome: Result<Analysis, String>,
    /// Its JSON Lines line, when asked for.
    pub json: Option<String>,
}

/// The JSON name of a model enum (`"ORG"`, `"invested_in"`, `"year"`).
fn name<T: Serialize>(value: &T) -> Option<String> {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
}

fn id(prefix: char, index: usize) -> String {
    format!("{prefix}{}", index + 1)
}

fn opt_id(prefix: char, index: Option<usize>) -> Option<String> {
    index.map(|i| id(prefix, i))
}

/// Confidence rounded as the JSON writes it.
fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// Code-point offsets of a span, as the JSON's `start`/`end`.
fn offsets(map: &OffsetMap, span: Span) -> (i64, i64) {
    let start = map.convert(span.start).0;
    let end = map.convert(span.end).0;
    (start as i64, end as i64)
}

/// The fields of a struct, in order, from their finished arrays (every
/// field nullable, as pyarrow's defaults, so schemas compare equal).
fn structs(columns: Vec<(&'static str, ArrayRef)>) -> StructArray {
    let (fields, arrays): (Vec<Field>, Vec<ArrayRef>) = columns
        .into_iter()
        .map(|(name, array)| (Field::new(name, array.data_type().clone(), true), array))
        .unzip();
    StructArray::new(Fields::from(fields), arrays, None)
}

/// A list column over the rows from one struct of all their items.
fn list(values: StructArray, lengths: &[Option<usize>]) -> ArrayRef {
    let item = Arc::new(Field::new("item", values.data_type().clone(), true));
    let offsets = OffsetBuffer::from_lengths(lengths.iter().map(|l| l.unwrap_or(0)));
    let valid = NullBuffer::from(lengths.iter().map(Option::is_some).collect::<Vec<_>>());
    Arc::new(ListArray::new(item, offsets, Arc::new(values), Some(valid)))
}

fn strings() -> ListBuilder<StringBuilder> {
    ListBuilder::new(StringBuilder::new())
}

fn mentions(rows: &[Option<(&Analysis, &OffsetMap)>]) -> ArrayRef {
    let (mut ids, mut kinds, mut texts, mut entities, mut sources) = (
        StringBuilder::new(),
        StringBuilder::new(),
        StringBuilder::new(),
        StringBuilder::new(),
        StringBuilder::new(),
    );
    let (mut starts, mut ends) = (Int64Builder::new(), Int64Builder::new());
    let mut confidences = Float64Builder::new();
    let mut nominals = BooleanBuilder::new();
    let mut lengths = Vec::with_capacity(rows.len());
    for row in rows {
        lengths.push(row.map(|(a, _)| a.mentions.len()));
        let Some((a, map)) = row else { continue };
        for (i, m) in a.mentions.iter().enumerate() {
            let (start, end) = offsets(map, m.span);
            ids.append_value(id('m', i));
            kinds.append_option(name(&m.kind));
            starts.append_value(start);
            ends.append_value(end);
            texts.append_value(a.text(m.span));
            entities.append_option(opt_id('e', m.entity));
            sources.append_option(name(&m.source));
            confidences.append_value(round3(m.confidence));
            nominals.append_value(m.nominal);
        }
    }
    let values = structs(vec![
        ("id", Arc::new(ids.finish())),
        ("kind", Arc::new(kinds.finish())),
        ("start", Arc::new(starts.finish())),
        ("end", Arc::new(ends.finish())),
        ("text", Arc::new(texts.finish())),
        ("entity", Arc::new(entities.finish())),
        ("source", Arc::new(sources.finish())),
        ("confidence", Arc::new(confidences.finish())),
        ("nominal", Arc::new(nominals.finish())),
    ]);
    list(values, &lengths)
}

fn entities(rows: &[Option<(&Analysis, &OffsetMap)>], lang: Option<&ResolveWords>) -> ArrayRef {
    let (mut ids, mut kinds, mut names, mut keys) = (
        StringBuilder::new(),
        StringBuilder::new(),
        StringBuilder::new(),
        StringBuilder::new(),
    );
    let (mut aliases, mut mentions) = (strings(), strings());
    let mut lengths = Vec::with_capacity(rows.len());
    for row in rows {
        lengths.push(row.map(|(a, _)| a.entities.len()));
        let Some((a, _)) = row else { continue };
        for (i, e) in a.entities.iter().enumerate() {
            ids.append_value(id('e', i));
            kinds.append_option(name(&e.kind));
            names.append_value(&e.name);
            keys.append_option(lang.map(|lang| entity_key(lang, e.kind, &e.name)));
            for alias in &e.aliases {
                aliases.values().append_value(alias);
            }
            aliases.append(true);
            for &m in &e.mentions {
                mentions.values().append_value(id('m', m));
            }
            mentions.append(true);
        }
    }
    let values = structs(vec![
        ("id", Arc::new(ids.finish())),
        ("kind", Arc::new(kinds.finish())),
        ("name", Arc::new(names.finish())),
        ("key", Arc::new(keys.finish())),
        ("aliases", Arc::new(aliases.finish())),
        ("mentions", Arc::new(mentions.finish())),
    ]);
    list(values, &lengths)
}

fn relations(rows: &[Option<(&Analysis, &OffsetMap)>]) -> ArrayRef {
    let mut text_columns: [StringBuilder; 9] = std::array::from_fn(|_| StringBuilder::new());
    let mut number_columns: [Int64Builder; 4] = std::array::from_fn(|_| Int64Builder::new());
    let mut confidences = Float64Builder::new();
    let mut lengths = Vec::with_capacity(rows.len());
    for row in rows {
        lengths.push(row.map(|(a, _)| a.relations.len()));
        let Some((a, map)) = row else { continue };
        for (i, r) in a.relations.iter().enumerate() {
            let (evidence_start, evidence_end) = offsets(map, r.evidence);
            let (trigger_start, trigger_end) = offsets(map, r.trigger);
            let texts = [
                Some(id('r', i)),
                name(&r.kind),
                Some(id('e', r.source)),
                Some(id('e', r.target)),
                Some(a.text(r.evidence).to_owned()),
                Some(a.text(r.trigger).to_owned()),
                opt_id('f', r.money),
                opt_id('d', r.date),
                name(&r.status),
            ];
            for (column, value) in text_columns.iter_mut().zip(texts) {
                column.append_option(value);
            }
            let numbers = [evidence_start, evidence_end, trigger_start, trigger_end];
            for (column, value) in number_columns.iter_mut().zip(numbers) {
                column.append_value(value);
            }
            confidences.append_value(round3(r.confidence));
        }
    }
    let [
        ids,
        kinds,
        sources,
        targets,
        evidence,
        trigger,
        money,
        dates,
        status,
    ] = text_columns.map(|mut c| Arc::new(c.finish()) as ArrayRef);
    let [evidence_start, evidence_end, trigger_start, trigger_end] =
        number_columns.map(|mut c| Arc::new(c.finish()) as ArrayRef);
    let mut provenance = StringBuilder::new();
    for (a, _) in rows.iter().flatten() {
        for r in &a.relations {
            provenance.append_option(name(&r.provenance));
        }
    }
    let values = structs(vec![
        ("id", ids),
        ("kind", kinds),
        ("source", sources),
        ("target", targets),
        ("evidence_start", evidence_start),
        ("evidence_end", evidence_end),
        ("evidence", evidence),
        ("trigger_start", trigger_start),
        ("trigger_end", trigger_end),
        ("trigger", trigger),
        ("money", money),
        ("date", dates),
        ("status", status),
        ("confidence", Arc::new(confidences.finish())),
        ("source_kind", Arc::new(provenance.finish())),
    ]);
    list(values, &lengths)
}

fn money(rows: &[Option<(&Analysis, &OffsetMap)>]) -> ArrayRef {
    let mut text_columns: [StringBuilder; 9] = std::array::from_fn(|_| StringBuilder::new());
    let mut values = Float64Builder::new();
    let mut years = Int32Builder::new();
    let mut lengths = Vec::with_capacity(rows.len());
    for row in rows {
        lengths.push(row.map(|(a, _)| a.money.len()));
        let Some((a, _)) = row else { continue };
        for (i, f) in a.money.iter().enumerate() {
            let texts = [
                Some(id('f', i)),
                Some(id('m', f.mention)),
                Some(a.mention_text(f.mention).to_owned()),
                Some(f.currency.clone()),
                f.qualifier.clone(),
                opt_id('e', f.investor),
                opt_id('e', f.recipient),
                opt_id('r', f.relation),
                f.per.map(|p| p.name().to_owned()),
            ];
            for (column, value) in text_columns.iter_mut().zip(texts) {
                column.append_option(value);
            }
            values.append_value(f.value);
            years.append_option(f.year);
        }
    }
    let [
        ids,
        mentions,
        texts,
        currency,
        qualifier,
        investor,
        recipient,
        relation,
        per,
    ] = text_columns.map(|mut c| Arc::new(c.finish()) as ArrayRef);
    let values = structs(vec![
        ("id", ids),
        ("mention", mentions),
        ("text", texts),
        ("value", Arc::new(values.finish())),
        ("currency", currency),
        ("qualifier", qualifier),
        ("year", Arc::new(years.finish())),
        ("investor", investor),
        ("recipient", recipient),
        ("relation", relation),
        ("per", per),
    ]);
    list(values, &lengths)
}

fn dates(rows: &[Option<(&Analysis, &OffsetMap)>]) -> ArrayRef {
    let mut text_columns: [StringBuilder; 5] = std::array::from_fn(|_| StringBuilder::new());
    let mut lengths = Vec::with_capacity(rows.len());
    for row in rows {
        lengths.push(row.map(|(a, _)| a.dates.len()));
        let Some((a, _)) = row else { continue };
        for (i, d) in a.dates.iter().enumerate() {
            let texts = [
                Some(id('d', i)),
                Some(id('m', d.mention)),
                Some(a.mention_text(d.mention).to_owned()),
                d.value.clone(),
                name(&d.granularity),
            ];
            for (column, value) in text_columns.iter_mut().zip(texts) {
                column.append_option(value);
            }
        }
    }
    let [ids, mentions, texts, values, granularity] =
        text_columns.map(|mut c| Arc::new(c.finish()) as ArrayRef);
    list(
        structs(vec![
            ("id", ids),
            ("mention", mentions),
            ("text", texts),
            ("value", values),
            ("granularity", granularity),
        ]),
        &lengths,
    )
}

/// The record batch of a batch's rows; `json` adds the `json` column;
/// `lang` makes the entities' corpus keys.
pub fn batch(
    rows: &[Row],
    json: bool,
    lang: Option<&ResolveWords>,
) -> Result<RecordBatch, ArrowError> {
    let maps: Vec<Option<OffsetMap>> = rows
        .iter()
        .map(|r| {
            r.outcome
                .as_ref()
                .ok()
                .map(|a| OffsetMap::new(&a.document.text))
        })
        .collect();
    let analysed: Vec<Option<(&Analysis, &OffsetMap)>> = rows
        .iter()
        .zip(&maps)
        .map(|(r, map)| r.outcome.as_ref().ok().zip(map.as_ref()))
        .collect();
    let mut top: [StringBuilder; 4] = std::array::from_fn(|_| StringBuilder::new());
    let mut lines = StringBuilder::new();
    for row in rows {
        let document = row.outcome.as_ref().ok().map(|a| &a.document);
        let values = [
            Some(row.source.as_str()),
            document.and_then(|d| d.title.as_deref()),
            document.and_then(|d| d.published.as_deref()),
            row.outcome.as_ref().err().map(String::as_str),
        ];
        for (column, value) in top.iter_mut().zip(values) {
            column.append_option(value);
        }
        lines.append_option(row.json.as_deref());
    }
    let [source, title, published, error] = top.map(|mut c| Arc::new(c.finish()) as ArrayRef);
    let mut columns: Vec<(&'static str, ArrayRef)> = vec![
        ("source", source),
        ("title", title),
        ("published", published),
        ("error", error),
        ("mentions", mentions(&analysed)),
        ("entities", entities(&analysed, lang)),
        ("relations", relations(&analysed)),
        ("money", money(&analysed)),
        ("dates", dates(&analysed)),
    ];
    if json {
        columns.push(("json", Arc::new(lines.finish())));
    }
    let (fields, arrays): (Vec<Field>, Vec<ArrayRef>) = columns
        .into_iter()
        .map(|(name, array)| (Field::new(name, array.data_type().clone(), true), array))
        .unzip();
    RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays)
}
