//! What every evaluation command prints: one report, rendered the same way.

/// A scored corpus or gold set that prints as a table.
pub trait Report {
    /// Human-readable report; `verbose` adds one line per miss, false alarm
    /// and disagreement.
    fn render(&self, verbose: bool) -> String;
}
