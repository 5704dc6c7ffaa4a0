//! Annotated JSON Lines: one compact annotated JSON v1 object a line.

use super::bytes::lines;
use super::json_v1::to_json_v1;
use crate::model::Analysis;

/// One line per document.
pub fn write(analyses: &[Analysis]) -> Vec<u8> {
    lines(analyses.iter().map(to_json_v1))
}
