//! Every loader on arbitrary bytes: the first byte picks the format. Loading
//! may fail, never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 6] = ["a.txt", "a.md", "a.html", "a.htm", "a.docx", "a.pdf"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    if let Ok(doc) = dossier::load::load_bytes(name, bytes) {
        // Regions must cover the text on char boundaries.
        for r in &doc.regions {
            assert!(doc.text.is_char_boundary(r.span.start) && doc.text.is_char_boundary(r.span.end));
        }
    }
});
