//! Wider vector instructions, chosen when the program runs: the tagger's
//! and the parser's weight sums are compiled twice, once for any x86-64
//! (SSE2, four 32-bit lanes) and once with AVX2 (eight lanes, and a
//! sign-extending load that widens eight i16 weights in one instruction),
//! and the second is taken where the processor has AVX2. The binary stays
//! portable; the sums are integer sums, so both give the same numbers.
//!
//! [`Avx2`] is a token that exists only where the processor was found to
//! have AVX2 (and POPCNT, which every AVX2 processor has, for the
//! tagger's bucket ranks): a kernel compiled for them is called only
//! through one.

/// Proof that the processor running the program has AVX2 and POPCNT.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Avx2(());

impl Avx2 {
    /// The token, when the processor has AVX2 and POPCNT (detected once
    /// per process by the standard library, then a load and a test).
    #[inline]
    pub(crate) fn detect() -> Option<Avx2> {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2")
            && std::arch::is_x86_feature_detected!("popcnt")
        {
            return Some(Avx2(()));
        }
        None
    }
}

/// The vector width a sum is compiled for: the portable one, or AVX2
/// (only where [`Avx2::detect`] found it).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Lanes {
    /// Any x86-64 (or other) processor.
    Plain,
    /// AVX2.
    Avx2(Avx2),
}

impl Lanes {
    /// AVX2 where the processor has it, else the portable path.
    #[inline]
    pub(crate) fn best() -> Lanes {
        Avx2::detect().map_or(Lanes::Plain, Lanes::Avx2)
    }
}

impl Default for Lanes {
    fn default() -> Self {
        Lanes::best()
    }
}
