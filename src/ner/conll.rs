//! Reading CoNLL-2003 style files (IOB1 or IOB2) into documents.

use std::path::Path;

use rayon::prelude::*;

use super::{NerError, NerLabel, NerModel, NerTag};

/// One sentence: its input lines, tokens (first column) and gold tags (last column).
#[derive(Clone, Debug, Default)]
pub struct ConllSentence {
    /// The input lines, unchanged.
    pub lines: Vec<String>,
    /// The first column of each line.
    pub tokens: Vec<String>,
    /// Gold tags normalised to IOB2, when the file has a tag column.
    pub gold: Vec<NerTag>,
}

/// One document (the sentences between two `-DOCSTART-` lines).
#[derive(Clone, Debug, Default)]
pub struct ConllDocument {
    /// The sentences, in order.
    pub sentences: Vec<ConllSentence>,
}

impl ConllDocument {
    /// Tokens as the `&str` slices that [`super::NerModel::tag_document`] takes.
    pub fn token_refs(&self) -> Vec<Vec<&str>> {
        self.sentences
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect()
    }

    /// Number of tokens in the document.
    pub fn token_count(&self) -> usize {
        self.sentences.iter().map(|s| s.tokens.len()).sum()
    }
}

/// Tags every document with `model`: per document, sentence and token, the
/// tag and its confidence.
pub fn tag(model: &NerModel, docs: &[ConllDocument]) -> Vec<Vec<Vec<(NerTag, f32)>>> {
    docs.iter()
        .map(|d| model.tag_document(&d.token_refs()))
        .collect()
}

/// Documents read before they are tagged (side by side with a thread pool)
/// and written: bounds what is held in memory.
const BATCH: usize = 64;

/// Tags CoNLL text as it is read, a batch of documents (the lines between
/// two `-DOCSTART-` lines) at a time, on `pool`'s threads when given, and
/// hands each input line, in input order, to `emit` with its predicted tag
/// (`None` for blank and `-DOCSTART-` lines). Documents and sentences split
/// as [`parse`] splits them, so the tags are those of [`tag`] over
/// [`parse`]'s documents, without copying any line.
pub fn tag_text<E>(
    model: &NerModel,
    text: &str,
    pool: Option<&rayon::ThreadPool>,
    mut emit: impl FnMut(&str, Option<NerTag>) -> Result<(), E>,
) -> Result<(), E> {
    // Each document's lines, and the `-DOCSTART-` line after it.
    let mut docs: Vec<(Vec<&str>, Option<&str>)> = Vec::new();
    let mut doc: Vec<&str> = Vec::new();
    let mut lines = text.lines().map(|l| l.trim_end_matches('\r'));
    loop {
        let line = lines.next();
        if !line.is_none_or(|l| l.starts_with("-DOCSTART-")) {
            doc.extend(line);
            continue;
        }
        docs.push((std::mem::take(&mut doc), line));
        if docs.len() < BATCH && line.is_some() {
            continue;
        }
        let tags: Vec<Vec<NerTag>> = match pool {
            Some(pool) => pool.install(|| {
                docs.par_iter()
                    .map(|(lines, _)| doc_tags(model, lines))
                    .collect()
            }),
            None => docs
                .iter()
                .map(|(lines, _)| doc_tags(model, lines))
                .collect(),
        };
        for ((lines, start), tags) in docs.drain(..).zip(tags) {
            let mut tags = tags.into_iter();
            for line in lines {
                let tag = (!is_blank(line)).then(|| tags.next().unwrap_or(NerTag::O));
                emit(line, tag)?;
            }
            if let Some(start) = start {
                emit(start, None)?;
            }
        }
        if line.is_none() {
            return Ok(());
        }
    }
}

/// Whether a line separates sentences.
fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// The tags of one document's lines (no `-DOCSTART-` among them), one per
/// token line.
fn doc_tags(model: &NerModel, lines: &[&str]) -> Vec<NerTag> {
    let mut sentences: Vec<Vec<&str>> = Vec::new();
    let mut sent: Vec<&str> = Vec::new();
    for &line in lines {
        if is_blank(line) {
            if !sent.is_empty() {
                sentences.push(std::mem::take(&mut sent));
            }
        } else {
            sent.push(line.split_whitespace().next().unwrap_or_default());
        }
    }
    if !sent.is_empty() {
        sentences.push(sent);
    }
    if sentences.is_empty() {
        return Vec::new();
    }
    model
        .tag_document(&sentences)
        .iter()
        .flatten()
        .map(|&(t, _)| t)
        .collect()
}

/// Reads a CoNLL file. With `with_tags`, the last column must be a tag.
pub fn read_file(path: &Path, with_tags: bool) -> Result<Vec<ConllDocument>, NerError> {
    let text = std::fs::read_to_string(path).map_err(|e| NerError::io(e, path))?;
    parse(&text, with_tags).map_err(|(line, reason)| NerError::Conll {
        line,
        reason,
        path: path.to_path_buf(),
    })
}

/// Parses CoNLL text. Errors are `(line number, reason)`.
pub fn parse(text: &str, with_tags: bool) -> Result<Vec<ConllDocument>, (usize, String)> {
    let mut docs: Vec<ConllDocument> = Vec::new();
    let mut doc = ConllDocument::default();
    let mut sent = ConllSentence::default();
    let mut raw_tags: Vec<&str> = Vec::new();
    let flush_sentence =
        |doc: &mut ConllDocument, sent: &mut ConllSentence, raw: &mut Vec<&str>| {
            if !sent.tokens.is_empty() {
                sent.gold = to_iob2(raw);
                doc.sentences.push(std::mem::take(sent));
            }
            raw.clear();
        };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush_sentence(&mut doc, &mut sent, &mut raw_tags);
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            flush_sentence(&mut doc, &mut sent, &mut raw_tags);
            if !doc.sentences.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        let mut cols = line.split_whitespace();
        let token = cols.next().unwrap_or_default();
        if with_tags {
            let tag = line.split_whitespace().last().unwrap_or_default();
            if line.split_whitespace().count() < 2 || !valid_tag(tag) {
                return Err((
                    n + 1,
                    format!(
                        "expected a tag such as O, B-PER or I-ORG in the last column, found {tag:?}"
                    ),
                ));
            }
            raw_tags.push(tag);
        }
        sent.lines.push(line.to_string());
        sent.tokens.push(token.to_string());
    }
    flush_sentence(&mut doc, &mut sent, &mut raw_tags);
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    Ok(docs)
}

fn valid_tag(tag: &str) -> bool {
    tag == "O" || parse_tag(tag).is_some()
}

fn parse_tag(tag: &str) -> Option<(char, NerLabel)> {
    let (prefix, label) = tag.split_once('-')?;
    let label = NerLabel::from_name(label)?;
    match prefix {
        "B" => Some(('B', label)),
        "I" => Some(('I', label)),
        _ => None,
    }
}

/// Converts IOB1 or IOB2 tags to IOB2: an `I-X` after `O` or another type starts an entity.
pub fn to_iob2(tags: &[&str]) -> Vec<NerTag> {
    let mut out = Vec::with_capacity(tags.len());
    let mut prev: Option<NerLabel> = None;
    for tag in tags {
        let t = match parse_tag(tag) {
            Some(('B', l)) => NerTag::B(l),
            Some((_, l)) if prev == Some(l) => NerTag::I(l),
            Some((_, l)) => NerTag::B(l),
            None => NerTag::O,
        };
        prev = t.label();
        out.push(t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob1_and_iob2_read_the_same() {
        let iob1 = ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"];
        let iob2 = ["B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG"];
        assert_eq!(to_iob2(&iob1), to_iob2(&iob2));
        assert_eq!(to_iob2(&iob1)[2], NerTag::B(NerLabel::Per));
    }

    #[test]
    fn documents_and_sentences_split() {
        let text = "-DOCSTART- -X- -X- O\n\nZürich NNP B-NP I-LOC\nliegt VB O O\n\nÉmile NNP O B-PER\r\n\n-DOCSTART- -X- -X- O\n\nx y z O\n";
        let docs = parse(text, true).expect("parses");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences.len(), 2);
        assert_eq!(docs[0].sentences[0].tokens, vec!["Zürich", "liegt"]);
        assert_eq!(docs[0].sentences[0].gold[0], NerTag::B(NerLabel::Loc));
        assert_eq!(docs[0].sentences[1].gold[0], NerTag::B(NerLabel::Per));
    }

    #[test]
    fn tagging_as_read_gives_the_tags_of_the_parsed_documents() {
        let model = NerModel::embedded().expect("model");
        let text = "Orvel NNP\nQuist NNP\nvisited VBD\nLumbria NNP\n\n \r\n-DOCSTART- -X- O\n\n\
                    Varix NNP\nHoldings NNP\nbought VBD\nOrvel NNP\n.\n-DOCSTART-\nTalla NNP\r\nrose VBD\n";
        let docs = parse(text, false).expect("parses");
        let expected: Vec<NerTag> = tag(&model, &docs)
            .iter()
            .flatten()
            .flatten()
            .map(|&(t, _)| t)
            .collect();
        let input: Vec<&str> = text.lines().map(|l| l.trim_end_matches('\r')).collect();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .expect("pool");
        for pool in [None, Some(&pool)] {
            let mut lines = Vec::new();
            let mut tags = Vec::new();
            tag_text(&model, text, pool, |line, t| {
                lines.push(line.to_string());
                tags.extend(t);
                Ok::<(), ()>(())
            })
            .expect("tags");
            assert_eq!(tags, expected);
            assert_eq!(lines, input);
        }
    }

    #[test]
    fn bad_tag_is_an_error_with_its_line() {
        let err = parse("a B-FOO\n", true).expect_err("bad tag");
        assert_eq!(err.0, 1);
    }
}
