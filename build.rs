//! Turns the committed NER and parser model files into the tables the
//! tagger and parser read in place (`src/ner/layout.rs`,
//! `src/syntax/blob.rs`), so loading the shipped models costs nothing at
//! run time: no inflating, no hash tables to fill.

use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/ner/byte_order.rs"]
mod byte_order;

#[allow(dead_code)]
#[path = "src/ner/layout.rs"]
mod layout;

#[allow(dead_code)]
#[path = "src/syntax/perceptron.rs"]
mod perceptron;

#[allow(dead_code)]
#[path = "src/syntax/blob.rs"]
mod blob;

#[path = "build/rule_dfas.rs"]
mod rule_dfas;

#[path = "build/lexicon_dfas.rs"]
mod lexicon_dfas;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let big_endian = std::env::var("CARGO_CFG_TARGET_ENDIAN").is_ok_and(|e| e == "big");
    let model = root.join("assets/models/ner-conll2003.bin");
    println!("cargo::rerun-if-changed={}", model.display());
    println!("cargo::rerun-if-changed=src/ner/layout.rs");
    println!("cargo::rerun-if-changed=src/ner/byte_order.rs");
    let bytes = read(&model);
    let parts = layout::Parts::from_file_bytes(&bytes)
        .unwrap_or_else(|e| panic!("{}: {e}", model.display()));
    let blob = layout::Tables::new(&parts).to_blob(big_endian);
    write(&out_dir.join("ner-model.tables"), &blob);

    let model = root.join("assets/models/parser-en.bin");
    println!("cargo::rerun-if-changed={}", model.display());
    println!("cargo::rerun-if-changed=src/syntax/perceptron.rs");
    println!("cargo::rerun-if-changed=src/syntax/blob.rs");
    let (name, tagger, parser) =
        blob::read_model_file(&read(&model)).unwrap_or_else(|e| panic!("{}: {e}", model.display()));
    let blob = blob::model_blob(&name, &tagger, &parser, big_endian);
    write(&out_dir.join("parser-model.tables"), &blob);

    println!("cargo::rerun-if-changed=build/rule_dfas.rs");
    rule_dfas::write(&root, &out_dir, big_endian);

    println!("cargo::rerun-if-changed=build/lexicon_dfas.rs");
    lexicon_dfas::write(&root, &out_dir, big_endian);
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
