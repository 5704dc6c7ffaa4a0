//! Every export format on a real analysis of arbitrary text: renders without
//! panicking, and annotated JSON reads back with no span problems.
#![no_main]

use std::sync::OnceLock;

use dossier::export::{Format, json_bytes, render, to_json_v1};
use dossier::load::read_annotated;
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
    for f in Format::ALL {
        let _ = render(f, &a);
    }
    let bytes = json_bytes(&to_json_v1(&a), false);
    let back = read_annotated(&bytes).expect("own export imports");
    assert!(back.problems.is_empty(), "{:?}", back.problems);
});
