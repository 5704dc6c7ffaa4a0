//! The tagger's internal tags: BILOU per label (Ratinov & Roth 2009), which
//! tag may follow which, and the conversion from and to IOB2.

use super::{NerLabel, NerTag};

/// Number of internal tags: O, then B, I, L (last), U (unit) for each label
/// (BILOU: Ratinov & Roth 2009 found it better than BIO).
pub(crate) const NT: usize = 1 + 4 * 4;
/// Row of the transition matrix used for the sentence start.
pub(crate) const START: usize = NT;

// The table layout (shared with build.rs) counts the same tags.
const _: () = assert!(NT == super::layout::NT);

/// `(kind, label index)`: kind 0 = O, 1 = B, 2 = I, 3 = L, 4 = U.
#[inline]
const fn parts(tag: usize) -> (usize, usize) {
    if tag == 0 || tag >= NT {
        (0, 0)
    } else {
        (1 + (tag - 1) % 4, (tag - 1) / 4)
    }
}

/// Whether tag `cur` may follow `prev` (`START` for the first token) in BILOU.
#[inline]
pub(crate) const fn allowed(prev: usize, cur: usize) -> bool {
    let (pk, pl) = parts(prev);
    let (ck, cl) = parts(cur);
    let open = pk == 1 || pk == 2;
    let continues = ck == 2 || ck == 3;
    if open {
        continues && cl == pl
    } else {
        !continues
    }
}

/// Whether a sentence may end with `tag` (not inside an open entity).
#[inline]
pub(crate) const fn can_end(tag: usize) -> bool {
    let (k, _) = parts(tag);
    k != 1 && k != 2
}

/// Entity type of an internal tag: 0 for O, 1 + label index otherwise.
pub(crate) fn type_of(tag: u8) -> usize {
    let (k, l) = parts(usize::from(tag));
    if k == 0 { 0 } else { 1 + l }
}

/// IOB2 tags to internal BILOU indices.
pub(crate) fn encode(tags: &[NerTag]) -> Vec<u8> {
    let label_index = |l: NerLabel| NerLabel::ALL.iter().position(|&x| x == l).unwrap_or(0);
    (0..tags.len())
        .map(|i| {
            let next_continues =
                |l: NerLabel| matches!(tags.get(i + 1), Some(NerTag::I(n)) if *n == l);
            let (kind, l) = match tags[i] {
                NerTag::O => return 0,
                NerTag::B(l) => (if next_continues(l) { 1 } else { 4 }, l),
                NerTag::I(l) => (if next_continues(l) { 2 } else { 3 }, l),
            };
            (1 + 4 * label_index(l) + kind - 1) as u8
        })
        .collect()
}

/// An internal tag as IOB2.
pub(crate) fn decode(tag: u8) -> NerTag {
    let (k, l) = parts(usize::from(tag));
    let label = NerLabel::ALL[l.min(3)];
    match k {
        0 => NerTag::O,
        1 | 4 => NerTag::B(label),
        _ => NerTag::I(label),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_constraints_and_round_trip() {
        use NerLabel::*;
        let iob = [
            NerTag::B(Per),
            NerTag::I(Per),
            NerTag::I(Per),
            NerTag::O,
            NerTag::B(Loc),
            NerTag::B(Loc),
        ];
        let bilou = encode(&iob);
        assert_eq!(bilou, vec![1, 2, 3, 0, 12, 12]);
        assert_eq!(bilou.iter().map(|&t| decode(t)).collect::<Vec<_>>(), iob);
        assert!(allowed(START, 0) && allowed(START, 1) && allowed(START, 4));
        assert!(!allowed(START, 2) && !allowed(START, 3));
        assert!(allowed(1, 2) && allowed(1, 3) && allowed(2, 3));
        assert!(!allowed(1, 0) && !allowed(1, 7) && !allowed(3, 3));
        assert!(can_end(3) && can_end(4) && !can_end(1));
        assert_eq!(type_of(12), 3);
    }
}
