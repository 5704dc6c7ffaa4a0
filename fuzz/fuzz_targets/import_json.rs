//! Annotated JSON import on arbitrary bytes: errors or problems, never a
//! panic; whatever imports exports again without panicking and re-imports
//! to the same JSON.
#![no_main]

use dossier::export::{import_json_v1, json_bytes, to_json_v1};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((analysis, _problems)) = import_json_v1(data) {
        let once = json_bytes(&to_json_v1(&analysis), false);
        if let Ok((again, problems)) = import_json_v1(&once) {
            assert!(problems.is_empty(), "a fresh export has no bad spans: {problems:?}");
            assert_eq!(json_bytes(&to_json_v1(&again), false), once);
        }
    }
});
