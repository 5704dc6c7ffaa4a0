//! Text decoding: UTF-8 (± BOM), UTF-16 LE/BE with a BOM, and legacy
//! single-byte encodings (Windows-1252, Latin-1, …) guessed by chardetng.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::LoadError;

/// Decodes bytes that should be text. The BOM is not part of the text.
///
/// Policy for bytes that are not valid UTF-8: when they hold valid multi-byte
/// UTF-8 sequences as well (a damaged UTF-8 file), they are refused with
/// [`LoadError::InvalidUtf8`] rather than turned into mojibake; otherwise the
/// legacy encoding is guessed with chardetng (Windows-1252 / Latin-1 for
/// Western text) and recorded in the returned name.
pub fn decode_text(bytes: &[u8]) -> Result<(String, &'static str), LoadError> {
    decode_with_hint(bytes, None)
}

/// Like [`decode_text`], with a declared encoding (e.g. an HTML `<meta charset>`)
/// used when the bytes are not valid UTF-8 and carry no BOM.
pub fn decode_with_hint(
    bytes: &[u8],
    hint: Option<&'static Encoding>,
) -> Result<(String, &'static str), LoadError> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(rest, UTF_16LE, "UTF-16LE (BOM)");
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(rest, UTF_16BE, "UTF-16BE (BOM)");
    }
    let (body, utf8_name) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, "UTF-8 (BOM)"),
        None => (bytes, "UTF-8"),
    };
    if looks_binary(body) {
        return Err(LoadError::Binary {
            path: Default::default(),
        });
    }
    let err = match std::str::from_utf8(body) {
        Ok(s) => return Ok((s.to_owned(), utf8_name)),
        Err(e) => e,
    };
    if utf8_name == "UTF-8 (BOM)" || is_damaged_utf8(body) {
        return Err(LoadError::InvalidUtf8 {
            offset: err.valid_up_to(),
            path: Default::default(),
        });
    }
    let encoding = hint.filter(|e| *e != UTF_8).unwrap_or_else(|| {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(body, true);
        detector.guess(None, chardetng::Utf8Detection::Deny)
    });
    let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(body) else {
        return Err(LoadError::UnknownEncoding {
            guess: encoding.name().to_owned(),
            path: Default::default(),
        });
    };
    Ok((text.into_owned(), legacy_name(encoding, body)))
}

fn decode_utf16(
    body: &[u8],
    encoding: &'static Encoding,
    name: &'static str,
) -> Result<(String, &'static str), LoadError> {
    match encoding.decode_without_bom_handling_and_without_replacement(body) {
        Some(text) if body.len().is_multiple_of(2) => Ok((text.into_owned(), name)),
        _ => Err(LoadError::InvalidUtf16 {
            encoding: name,
            path: Default::default(),
        }),
    }
}

/// The recorded name of a legacy encoding. WHATWG decodes ISO-8859-1 as
/// Windows-1252; the two differ only in bytes 0x80–0x9F, so text without
/// those bytes is reported as Latin-1.
fn legacy_name(encoding: &'static Encoding, body: &[u8]) -> &'static str {
    if encoding == WINDOWS_1252 {
        if body.iter().any(|b| (0x80..0xA0).contains(b)) {
            "windows-1252"
        } else {
            "ISO-8859-1"
        }
    } else {
        encoding.name()
    }
}

/// True when invalid bytes sit among valid multi-byte UTF-8 sequences: the
/// file was meant to be UTF-8 and is damaged.
fn is_damaged_utf8(bytes: &[u8]) -> bool {
    let mut multibyte = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    multibyte > 0 && multibyte >= invalid
}

/// True when the bytes hold NULs or many control characters: an image, an
/// archive, an executable — not an article.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    controls * 20 > head.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, bom: &[u8], be: bool) -> Vec<u8> {
        let mut out = bom.to_vec();
        for u in text.encode_utf16() {
            let b = if be { u.to_be_bytes() } else { u.to_le_bytes() };
            out.extend_from_slice(&b);
        }
        out
    }

    #[test]
    fn every_supported_encoding_decodes_and_is_named() {
        let text = "Zürich: €5 млн — 😀 deal\r\n";
        let cases: Vec<(Vec<u8>, &str, &str)> = vec![
            (text.as_bytes().to_vec(), text, "UTF-8"),
            (
                [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
                text,
                "UTF-8 (BOM)",
            ),
            (utf16(text, b"\xFF\xFE", false), text, "UTF-16LE (BOM)"),
            (utf16(text, b"\xFE\xFF", true), text, "UTF-16BE (BOM)"),
            (
                b"Caf\xE9 cr\xE8me co\xFBte 5 \x80 \x96 na\xEFve r\xE9sum\xE9s for M\xFCller"
                    .to_vec(),
                "Café crème coûte 5 € – naïve résumés for Müller",
                "windows-1252",
            ),
            (
                b"Caf\xE9 cr\xE8me in Z\xFCrich, na\xEFve r\xE9sum\xE9s and \xE0 la carte".to_vec(),
                "Café crème in Zürich, naïve résumés and à la carte",
                "ISO-8859-1",
            ),
        ];
        for (bytes, want, name) in cases {
            let (got, enc) = decode_text(&bytes).expect("decodes");
            assert_eq!(got, want);
            assert_eq!(enc, name, "{want}");
        }
    }

    #[test]
    fn damaged_utf8_and_odd_utf16_are_refused() {
        let damaged = "Zürich € naïve \u{2014} "
            .as_bytes()
            .iter()
            .copied()
            .chain([0xFF, b'x']);
        let damaged: Vec<u8> = damaged.collect();
        assert!(matches!(
            decode_text(&damaged),
            Err(LoadError::InvalidUtf8 { .. })
        ));
        assert!(matches!(
            decode_text(b"\xFF\xFEa\0b"),
            Err(LoadError::InvalidUtf16 { .. })
        ));
        assert!(matches!(
            decode_text(b"\xFF\xFE\x00\xD8a\0"),
            Err(LoadError::InvalidUtf16 { .. })
        ));
    }
}
