//! Serialised output shared by the JSON-based writers: one value or an
//! array, one value a line, always ending in a newline.

use serde_json::Value;

/// Serialises JSON with a trailing newline.
pub fn json_bytes(value: &Value, pretty: bool) -> Vec<u8> {
    let mut out = if pretty {
        serde_json::to_vec_pretty(value).unwrap_or_default()
    } else {
        serde_json::to_vec(value).unwrap_or_default()
    };
    out.push(b'\n');
    out
}

/// One pretty object for one document, a pretty array for several.
pub(super) fn one_or_array(values: Vec<Value>) -> Vec<u8> {
    match <[Value; 1]>::try_from(values) {
        Ok([v]) => json_bytes(&v, true),
        Err(values) => json_bytes(&Value::Array(values), true),
    }
}

/// One compact object a line.
pub(super) fn lines(values: impl IntoIterator<Item = Value>) -> Vec<u8> {
    let mut out = Vec::new();
    for v in values {
        out.extend_from_slice(&json_bytes(&v, false));
    }
    out
}
