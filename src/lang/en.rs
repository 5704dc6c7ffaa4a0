//! English: the files of `assets/lang/en/`, compiled in.
//!
//! One row per file; the path is the one the stage's words struct asks for.

use super::Embedded;

/// Every English language file.
pub(super) const FILES: Embedded = Embedded(&[]);
