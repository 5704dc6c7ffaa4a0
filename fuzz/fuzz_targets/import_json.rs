//! Annotated JSON import on arbitrary bytes: errors or problems, never a
//! panic; whatever imports exports again without panicking and re-imports
//! to the same JSON.
#![no_main]

use dossier::export::{json_bytes, to_json_v1};
use dossier::load::read_annotated;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(first) = read_annotated(data) {
        let once = json_bytes(&to_json_v1(&first.analysis), false);
        if let Ok(again) = read_annotated(&once) {
            assert!(again.problems.is_empty(), "a fresh export has no bad spans: {:?}", again.problems);
            assert_eq!(json_bytes(&to_json_v1(&again.analysis), false), once);
        }
    }
});
