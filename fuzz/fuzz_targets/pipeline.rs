//! The analysis pipeline on arbitrary UTF-8 text: spans stay on char
//! boundaries, nothing panics.
#![no_main]

use std::sync::OnceLock;

use dossier::model::Document;
use dossier::pipeline::Pipeline;
use libfuzzer_sys::fuzz_target;

fn pipeline() -> Option<&'static Pipeline> {
    static P: OnceLock<Option<Pipeline>> = OnceLock::new();
    P.get_or_init(|| Pipeline::new().ok()).as_ref()
}

fuzz_target!(|text: &str| {
    let Some(p) = pipeline() else { return };
    let a = p.analyze(Document::from_text("fuzz.txt", text));
    for m in &a.mentions {
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
    }
});
