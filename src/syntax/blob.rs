//! The model file's layout, and the tables blob `build.rs` makes of the
//! bundled model so that loading it costs nothing at run time: the file is
//! inflated and its tables built (dense buckets expanded) when Dossier is
//! compiled, and `model::Parser::bundled` borrows the arrays in place.
//!
//! Blob: `HEADER_WORDS` u64 words (the magic; per table its
//! `Table::scalars`; per section its offset and length in bytes), then the
//! sections, each starting on an 8-byte boundary: the model's name, then
//! per table (tagger, parser) its starts, rows and dense rows, in the
//! target's byte order.

use super::byte_order::ordered;
use super::perceptron::{Reader, Table};

/// Magic of the model file.
pub(crate) const FILE_MAGIC: &[u8; 8] = b"DOSPAR\x01\n";

/// Magic of the tables blob.
pub(crate) const BLOB_MAGIC: u64 = u64::from_le_bytes(*b"DOSPART3");

/// Sections of the blob: the name, then three arrays per table.
pub(crate) const SECTIONS: usize = 1 + 2 * 3;

/// Header words: the magic, four scalars per table, two words per section.
pub(crate) const HEADER_WORDS: usize = 1 + 2 * 4 + 2 * SECTIONS;

/// Reads a model file's bytes: its name, the tagger's table and the parser's.
pub(crate) fn read_model_file(bytes: &[u8]) -> Result<(String, Table, Table), String> {
    let body = bytes
        .strip_prefix(FILE_MAGIC.as_slice())
        .ok_or("not a dossier parser model (bad magic)")?;
    let p = miniz_oxide::inflate::decompress_to_vec(body)
        .map_err(|e| format!("corrupt data: {e:?}"))?;
    let mut r = Reader { p: &p, at: 0 };
    let name = r.string()?;
    let tagger = Table::read(&mut r)?;
    let parser = Table::read(&mut r)?;
    if r.at != p.len() {
        return Err("trailing bytes".into());
    }
    Ok((name, tagger, parser))
}

/// The tables blob of a model, in the byte order of the target.
#[allow(dead_code)] // build.rs and the tests make blobs; Dossier only reads them
pub(crate) fn model_blob(name: &str, tagger: &Table, parser: &Table, big_endian: bool) -> Vec<u8> {
    let mut sections = vec![name.as_bytes().to_vec()];
    for t in [tagger, parser] {
        let (starts, rows, dense) = t.arrays();
        sections.push(ordered(
            starts,
            u32::to_be_bytes,
            u32::to_le_bytes,
            big_endian,
        ));
        sections.push(ordered(
            rows,
            i16::to_be_bytes,
            i16::to_le_bytes,
            big_endian,
        ));
        sections.push(ordered(
            dense,
            i32::to_be_bytes,
            i32::to_le_bytes,
            big_endian,
        ));
    }
    let mut header = vec![BLOB_MAGIC];
    header.extend(tagger.scalars());
    header.extend(parser.scalars());
    let mut at = HEADER_WORDS * 8;
    for s in &sections {
        header.extend([at as u64, s.len() as u64]);
        at += s.len().next_multiple_of(8);
    }
    let mut out = ordered(&header, u64::to_be_bytes, u64::to_le_bytes, big_endian);
    for s in &sections {
        out.extend_from_slice(s);
        out.resize(out.len().next_multiple_of(8), 0);
    }
    out
}
