//! The English rule patterns' DFAs that `build.rs` builds
//! (`build/rule_dfas.rs`), compiled in: each pattern's source and its
//! serialised DFA, read in place by `pipeline::rules`.

/// 64-byte alignment for the compiled-in DFAs (read as `u32` words).
#[repr(C, align(64))]
struct Aligned<T: ?Sized>(T);

static BLOB: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/rule-dfas.bin")));

/// Each pattern's source, and where its DFA lies in [`BLOB`].
static TABLE: &[(&str, usize, usize)] = include!(concat!(env!("OUT_DIR"), "/rule-dfas.rs"));

/// The serialised DFA built for the rule pattern `source` (aligned for
/// `u32` words), when there is one.
pub fn rule_dfa(source: &str) -> Option<&'static [u8]> {
    let &(_, at, len) = TABLE.iter().find(|(s, _, _)| *s == source)?;
    BLOB.0.get(at..at + len)
}

/// The sources of the patterns built.
#[cfg(test)]
pub fn rule_dfa_sources() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|(s, _, _)| *s)
}
