//! Turns the committed NER model file into the tables the tagger reads in
//! place (`src/ner/layout.rs`), so loading the shipped model costs nothing
//! at run time: no inflating, no hash tables to fill.

use std::path::PathBuf;

#[allow(dead_code)]
#[path = "src/ner/layout.rs"]
mod layout;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let model = root.join("assets/models/ner-conll2003.bin");
    println!("cargo::rerun-if-changed={}", model.display());
    println!("cargo::rerun-if-changed=src/ner/layout.rs");
    let bytes = std::fs::read(&model).unwrap_or_else(|e| panic!("{}: {e}", model.display()));
    let parts = layout::Parts::from_file_bytes(&bytes)
        .unwrap_or_else(|e| panic!("{}: {e}", model.display()));
    let big_endian = std::env::var("CARGO_CFG_TARGET_ENDIAN").is_ok_and(|e| e == "big");
    let blob = layout::Tables::new(&parts).to_blob(big_endian);
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("ner-model.tables");
    std::fs::write(&out, blob).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
