//! The shipped NER model on the bundled sample article and on real-looking
//! text: names the tagger has to get right with nothing written for them.

use dossier::ner::{NerLabel, NerModel, NerTag};

/// A plain tokenizer for the test: whitespace, then punctuation and
/// possessive "’s" / "'s" split off, sentences ending at . ! ? or blank lines.
fn tokenize(text: &str) -> Vec<Vec<String>> {
    let mut sentences = Vec::new();
    for para in text.split("\n\n") {
        let mut sent: Vec<String> = Vec::new();
        for word in para.split_whitespace() {
            let mut w = word;
            let mut lead = Vec::new();
            while let Some(c) = w.chars().next().filter(|c| "\"“‘(['".contains(*c)) {
                lead.push(c.to_string());
                w = &w[c.len_utf8()..];
            }
            let mut trail = Vec::new();
            while let Some(c) = w.chars().last().filter(|c| "\"”’)],.:;!?".contains(*c)) {
                // Keep the period of abbreviations such as "U.S." or "Inc.".
                if c == '.' && w[..w.len() - 1].contains('.') {
                    break;
                }
                trail.insert(0, c.to_string());
                w = &w[..w.len() - c.len_utf8()];
            }
            sent.extend(lead);
            for poss in ["’s", "'s"] {
                if let Some(stem) = w.strip_suffix(poss).filter(|s| !s.is_empty()) {
                    sent.push(stem.to_string());
                    w = poss;
                }
            }
            if !w.is_empty() {
                sent.push(w.to_string());
            }
            let ends = trail.iter().any(|t| t == "." || t == "!" || t == "?");
            sent.extend(trail);
            if ends {
                sentences.push(std::mem::take(&mut sent));
            }
        }
        if !sent.is_empty() {
            sentences.push(sent);
        }
    }
    sentences
}

/// Entities as `(text, label)`, tokens joined by spaces.
fn entities(model: &NerModel, text: &str) -> Vec<(String, NerLabel)> {
    let sentences = tokenize(text);
    let refs: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.iter().map(String::as_str).collect())
        .collect();
    let tags = model.tag_document(&refs);
    let mut out = Vec::new();
    for (sent, tags) in sentences.iter().zip(&tags) {
        assert_eq!(sent.len(), tags.len());
        let mut cur: Option<(Vec<&str>, NerLabel)> = None;
        for (tok, (tag, conf)) in sent.iter().zip(tags) {
            assert!((0.0..=1.0).contains(conf), "confidence {conf} out of range");
            match tag {
                NerTag::I(l) if cur.as_ref().is_some_and(|c| c.1 == *l) => {
                    if let Some(c) = cur.as_mut() {
                        c.0.push(tok);
                    }
                }
                _ => {
                    if let Some((toks, l)) = cur.take() {
                        out.push((toks.join(" "), l));
                    }
                    if let Some(l) = tag.label() {
                        cur = Some((vec![tok.as_str()], l));
                    }
                }
            }
        }
        if let Some((toks, l)) = cur.take() {
            out.push((toks.join(" "), l));
        }
    }
    out
}

#[test]
fn sample_article_names_get_the_right_kind() {
    let model = NerModel::embedded().expect("the shipped model loads");
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/microsoft-openai.txt"
    ))
    .expect("sample article");
    let found = entities(&model, &text);
    let expected = [
        ("Microsoft", NerLabel::Org),
        ("OpenAI", NerLabel::Org),
        ("Oracle", NerLabel::Org),
        ("Softbank", NerLabel::Org),
        ("Sam Altman", NerLabel::Per),
        ("Larry Ellison", NerLabel::Per),
        ("Donald Trump", NerLabel::Per),
    ];
    let mut missing = Vec::new();
    for (name, label) in expected {
        if !found.iter().any(|(t, l)| t == name && *l == label) {
            missing.push(format!("{name} as {}", label.name()));
        }
    }
    assert!(missing.is_empty(), "missing {missing:?}; found {found:?}");
    // Known misses of the shipped model (docs/TAGGER.md): "Amazon" comes out
    // LOC (a river in 1996 news and in WordNet), "Amazon and Google" is joined
    // into one ORG, and "Microsoft CEO Satya Nadella" is one ORG span while the
    // bare "Altman" and "Sam Altman" are PER. The names must at least be
    // inside some mention, so the pipeline's role and coordination splitting
    // can recover them.
    for name in ["Amazon", "Google", "Satya Nadella"] {
        assert!(
            found.iter().any(|(t, _)| t.contains(name)),
            "{name} not in any mention: {found:?}"
        );
    }
}

#[test]
fn real_text_typography_and_brands() {
    let model = NerModel::embedded().expect("the shipped model loads");
    // Invented text in the style of a business article: curly quotes and
    // apostrophes, a possessive, an abbreviation, hyphenated and mixed-case names.
    let text = "“We are thrilled,” said Maria Gonzalez-Whitfield, chief executive of BrightPath Analytics, \
                after the company’s board approved the deal in Chicago on Tuesday.\n\n\
                Analysts at Deutsche Bank said the U.S. regulator would review the merger.";
    let found = entities(&model, text);
    let has = |name: &str, label: NerLabel| found.iter().any(|(t, l)| t == name && *l == label);
    assert!(has("Maria Gonzalez-Whitfield", NerLabel::Per), "{found:?}");
    assert!(has("Chicago", NerLabel::Loc), "{found:?}");
    assert!(has("Deutsche Bank", NerLabel::Org), "{found:?}");
    assert!(has("U.S.", NerLabel::Loc), "{found:?}");
    assert!(
        found
            .iter()
            .any(|(t, l)| t.starts_with("BrightPath") && *l == NerLabel::Org),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(t, _)| t.contains('’') || t.contains('“')),
        "{found:?}"
    );
}
