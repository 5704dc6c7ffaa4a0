//! Annotated JSON Lines: one compact annotated JSON v1 object a line.

use super::json_v1::json_v1_bytes;
use crate::model::Analysis;

/// One line per document.
pub fn write(analyses: &[Analysis]) -> Vec<u8> {
    if let [one] = analyses {
        return json_v1_bytes(one, false);
    }
    let mut out = Vec::new();
    for a in analyses {
        out.extend_from_slice(&json_v1_bytes(a, false));
    }
    out
}
