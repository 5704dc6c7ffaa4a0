//! Reading offsets back in the test: the text at code-point offsets.

#![allow(dead_code)]

/// The code points `start..end` of `text`, when they are in it.
pub fn cp_slice(text: &str, start: usize, end: usize) -> Option<String> {
    (start <= end && end <= text.chars().count())
        .then(|| text.chars().skip(start).take(end - start).collect())
}
