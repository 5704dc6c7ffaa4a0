//! Arrays as bytes in a chosen byte order, for the model tables `build.rs`
//! compiles in (`ner/layout.rs`, `syntax/blob.rs`, both reaching it as
//! `super::byte_order`). Std only: `build.rs` includes this file as a
//! module beside theirs.

/// `words` as bytes, each word big-endian (`be`) or little-endian (`le`).
#[allow(dead_code)] // build.rs and the tests write blobs; Dossier only reads them
pub(crate) fn ordered<T: Copy, const N: usize>(
    words: &[T],
    be: fn(T) -> [u8; N],
    le: fn(T) -> [u8; N],
    big_endian: bool,
) -> Vec<u8> {
    let bytes = if big_endian { be } else { le };
    words.iter().flat_map(|&w| bytes(w)).collect()
}

#[cfg(test)]
mod tests {
    use super::ordered;

    #[test]
    fn words_in_either_order() {
        let w = [0x0102_u16, 0x0304];
        assert_eq!(
            ordered(&w, u16::to_be_bytes, u16::to_le_bytes, true),
            [1, 2, 3, 4]
        );
        assert_eq!(
            ordered(&w, u16::to_be_bytes, u16::to_le_bytes, false),
            [2, 1, 4, 3]
        );
        assert!(ordered::<u64, 8>(&[], u64::to_be_bytes, u64::to_le_bytes, true).is_empty());
    }
}
