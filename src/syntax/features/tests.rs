//! The parser's features: the five kept parts are the whole set, and a
//! word's keys are the ones the model was trained on.

use super::*;

/// The keys as first written: every suffix and the shape built as a
/// string, then hashed (the model was trained on these values).
fn keys_by_strings(raw: &str) -> WordKeys {
    let norm = normalize(raw);
    let lower = norm.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let suffix = |k: usize| {
        let from = chars.len().saturating_sub(k);
        hash_str(&chars[from..].iter().collect::<String>())
    };
    let mut shape = String::new();
    let (mut last, mut run) = ('\0', 0);
    for c in norm.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        run = if s == last { run + 1 } else { 1 };
        last = s;
        if run <= 2 {
            shape.push(s);
        }
    }
    WordKeys {
        lower: hash_str(&lower),
        form: hash_str(&norm),
        suf1: suffix(1),
        suf2: suffix(2),
        suf3: suffix(3),
        suf4: suffix(4),
        pre1: chars.first().map_or(0, |&c| u64::from(c)),
        shape: hash_str(&shape),
    }
}

#[test]
fn the_five_parts_are_the_parser_features_and_kept_ones_stay_put() {
    use crate::syntax::transition::{REDUCE, SHIFT, left, right};
    let words: Vec<WordKeys> = ["Talvo", "Works", "hired", "two", "Brenn", "engineers", "."]
        .iter()
        .map(|w| WordKeys::new(w))
        .collect();
    let tags = [3u8, 3, 7, 11, 3, 5, 1];
    let mut state = State::new(words.len());
    let moves = [
        SHIFT,
        left(12),
        SHIFT,
        SHIFT,
        left(14),
        right(3),
        REDUCE,
        SHIFT,
        left(1),
        right(3),
        SHIFT,
    ];
    let mut parts: [Vec<u32>; 6] = Default::default();
    let mut fronts: Vec<(usize, Vec<u32>)> = Vec::new();
    let mut lefts: Vec<(usize, u64, Vec<u32>)> = Vec::new();
    let mut stacks: Vec<(usize, u64, Vec<u32>, Vec<u32>)> = Vec::new();
    let (mut front_kept, mut right_kept, mut fixed_kept, mut left_kept) = (0, 0, 0, 0);
    for m in moves {
        assert!(state.valid(m), "move {m}");
        state.apply(m);
        let [all, front, fixed, right, left, pairs] = &mut parts;
        parser_features(&state, &words, &tags, 18, all);
        front_features(&state, &words, &tags, 18, front);
        stack_fixed_features(&state, &words, &tags, 18, fixed);
        stack_right_features(&state, &words, &tags, 18, right);
        front_left_features(&state, &words, &tags, 18, left);
        pair_features(&state, &words, &tags, 18, pairs);
        assert_eq!(all.len(), NT);
        let mut five: Vec<u32> = [&*front, &*fixed, &*right, &*left, &*pairs]
            .into_iter()
            .flatten()
            .copied()
            .collect();
        let mut sorted = all.clone();
        five.sort_unstable();
        sorted.sort_unstable();
        assert_eq!(five, sorted);
        for (templates, part) in [
            (&FRONT[..], &*front),
            (&STACK_FIXED[..], &*fixed),
            (&STACK_RIGHT[..], &*right),
            (&FRONT_LEFT[..], &*left),
        ] {
            for (k, &t) in templates.iter().enumerate() {
                assert_eq!(all[t], part[k], "template {t}");
            }
        }
        let n0 = state.n0();
        if let Some((_, before)) = fronts.iter().find(|(at, _)| *at == n0) {
            assert_eq!(before, front, "the front's features, front {n0}");
            front_kept += 1;
        }
        fronts.push((n0, front.clone()));
        let nl = state.nl(n0);
        if let Some((_, _, before)) = lefts.iter().find(|(at, k, _)| (*at, *k) == (n0, nl)) {
            assert_eq!(before, left, "the front's left side's, front {n0}");
            left_kept += 1;
        }
        lefts.push((n0, nl, left.clone()));
        let (s0, nr) = (state.s0(), state.nr(state.s0()));
        for (w, r, before_fixed, before_right) in &stacks {
            if *w != s0 {
                continue;
            }
            assert_eq!(before_fixed, fixed, "the stack top's features, top {s0}");
            // Kept while the top gained right children.
            fixed_kept += usize::from(*r != nr);
            if *r == nr {
                assert_eq!(before_right, right, "its right side's, top {s0}");
                right_kept += 1;
            }
        }
        stacks.push((s0, nr, fixed.clone(), right.clone()));
    }
    assert!(
        front_kept >= 3 && right_kept >= 2 && fixed_kept >= 1 && left_kept >= 1,
        "{front_kept} {right_kept} {fixed_kept} {left_kept}"
    );
}

#[test]
fn word_keys_match_the_keys_the_model_was_trained_on() {
    for w in [
        "",
        "a",
        "Zürich",
        "ZÜRICH",
        "Ölvarn's",
        "ΟΔΟΣ",
        "€5",
        "млн",
        "Talvo",
        "U.S.",
        "1,250.5",
        "’s",
        "—",
        "“Keltic”",
        "naïve",
        "🙂x",
        "İstanbul",
        "ß",
        "Ab",
        "XXXyyy99",
    ] {
        assert_eq!(WordKeys::new(w), keys_by_strings(w), "{w:?}");
    }
}
