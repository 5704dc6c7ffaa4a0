//! Analyses for the tests: the real pipeline (loaded once per test binary)
//! on a text, and a hand-built analysis over given spans.

#![allow(dead_code)]

use std::sync::OnceLock;

use dossier::model::{
    Analysis, Document, Entity, EntityKind, Mention, Provenance, Relation, RelationKind, Span,
    Status,
};
use dossier::pipeline::Pipeline;

/// The bundled pipeline, loaded once.
pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new().expect("bundled model loads"))
}

/// The pipeline's analysis of `text`, as the file `name`.
pub fn analyze(name: &str, text: &str) -> Analysis {
    pipeline().analyze(Document::from_text(name, text))
}

/// An analysis with one mention per span, entities pairing them up and a
/// relation between the first two, evidence over the whole text.
pub fn spans_analysis(text: &str, spans: &[Span]) -> Analysis {
    let mut a = Analysis {
        document: Document::from_text("prop.txt", text),
        sentences: vec![Span::new(0, text.len())],
        ..Analysis::default()
    };
    for (i, s) in spans.iter().enumerate() {
        let mut m = Mention::new(
            *s,
            EntityKind::ALL[i % EntityKind::ALL.len()],
            Provenance::Rule,
            0.5,
        );
        m.entity = Some(i / 2);
        a.mentions.push(m);
        if i % 2 == 0 {
            a.entities.push(Entity {
                kind: EntityKind::ALL[i % EntityKind::ALL.len()],
                name: s.slice(text).to_owned(),
                aliases: vec![s.slice(text).to_owned()],
                mentions: Vec::new(),
                links: Vec::new(),
            });
        }
        a.entities[i / 2].mentions.push(i);
    }
    if a.entities.len() >= 2 {
        a.relations.push(Relation {
            kind: RelationKind::PartnerOf,
            source: 0,
            target: 1,
            evidence: Span::new(0, text.len()),
            trigger: spans[0],
            money: None,
            date: None,
            status: Status::Completed,
            confidence: 0.5,
            provenance: Provenance::Rule,
        });
    }
    a
}
