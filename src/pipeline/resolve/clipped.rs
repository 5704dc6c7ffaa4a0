//! Clipped forms: a company's name said again with its words cut short —
//! "Orvo Techs" of "Orvo Technologies Group Inc", "NoVel Power" of
//! "Northern Velland Power Co", "Tarnz" of "Tarnwick Zinc Holdings",
//! "Kestrava Z" of "Kestrava Zlotnik SA" — or by the word after a legal
//! prefix ("Orvalda" of "PT Orvalda Jaya Prima").

use rustc_hash::FxHashMap;

use crate::model::{AliasRule, EntityKind};
use crate::pipeline::kinds::Kinds;

/// True when `piece` (lower case) is the first letters of `full[at]`, or
/// of several words from there, each cut to two letters or more ("socal"
/// of "southern california"); gives where the pieces end.
fn cut_ends(piece: &str, full: &[String], at: usize, ends: &mut Vec<usize>) {
    let Some(word) = full.get(at) else { return };
    let word = word.to_lowercase();
    let common = piece
        .chars()
        .zip(word.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum::<usize>();
    if common == piece.len() && common > 0 {
        ends.push(at + 1);
    }
    // The piece goes on into the next word: at least two letters of each.
    for cut in (2..=common.min(piece.len().saturating_sub(2))).rev() {
        if piece.is_char_boundary(cut) {
            let mut more = Vec::new();
            cut_ends(&piece[cut..], full, at + 1, &mut more);
            // Only multi-letter pieces past the first cut.
            ends.extend(more);
        }
    }
}

/// The ends of `full` that `short`'s words reach from `at`, each word the
/// first letters of one word of `full` or more, a plural "s" allowed
/// ("Techs" of "Technologies").
fn reach(short: &[String], full: &[String], at: usize) -> Vec<usize> {
    let Some((word, rest)) = short.split_first() else {
        return vec![at];
    };
    let lower = word.to_lowercase();
    let mut ends = Vec::new();
    cut_ends(&lower, full, at, &mut ends);
    if let Some(one) = lower.strip_suffix('s').filter(|one| one.len() >= 2) {
        cut_ends(one, full, at, &mut ends);
    }
    ends.sort_unstable();
    ends.dedup();
    ends.into_iter()
        .flat_map(|end| reach(rest, full, end))
        .collect()
}

/// True when `short` clips `full`: its words are the first letters of
/// `full`'s words in order (after a legal prefix), one word at least cut
/// short, and whatever of `full` is left is company words ("Group Inc").
pub(super) fn clips(
    short: &[String],
    full: &[String],
    company_word: impl Fn(&str) -> bool,
    legal_prefix: impl Fn(&str) -> bool,
) -> bool {
    if short.len() > full.len() {
        return false;
    }
    let start = usize::from(full.first().is_some_and(|w| legal_prefix(w)));
    // Every reach of `short` opens with its first letter, as the word
    // after the prefix does: most pairs of names asked have two first
    // letters, told apart before either is lower-cased whole.
    if !same_first_letter(short.first(), full.get(start)) {
        return false;
    }
    let letters: usize = short.iter().map(|w| w.chars().count()).sum();
    if letters < 3 || !short.iter().all(|w| starts_upper(w)) {
        return false;
    }
    // "Orvalda" of "PT Orvalda Jaya Prima": the word after the prefix.
    if start == 1 && matches!(short, [one] if full.get(1) == Some(one)) {
        return !company_word(&full[1]);
    }
    if short == &full[start..(start + short.len()).min(full.len())] {
        return false;
    }
    // One word cut alone is too loose ("Fed" of "Federated Stores"): it
    // must clip two words of the name at least.
    let least = start + if short.len() == 1 { 2 } else { 1 };
    reach(short, full, start)
        .into_iter()
        .any(|end| end >= least && full[end..].iter().all(|w| company_word(w)))
}

/// Whether both words lower-cased open with the same character (the
/// first of what their first characters lower to, as `str::to_lowercase`
/// gives it).
fn same_first_letter(a: Option<&String>, b: Option<&String>) -> bool {
    matches!((first_letter(a), first_letter(b)), (Some(x), Some(y)) if x == y)
}

/// The first two characters of a lower-cased word.
fn first_two(lower: &str) -> Option<[char; 2]> {
    let mut chars = lower.chars();
    Some([chars.next()?, chars.next()?])
}

/// The first of what a word's first character lowers to.
fn first_letter(w: Option<&String>) -> Option<char> {
    w.and_then(|w| w.chars().next())
        .and_then(|c| c.to_lowercase().next())
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Joins each cluster not yet merged to the one organisation whose name
/// it clips, if only one.
pub(super) fn join(
    merged_into: &mut [Option<(usize, AliasRule)>],
    words: &[Vec<String>],
    kinds_of: &[EntityKind],
    kinds: &Kinds,
) {
    let company_word = |w: &str| kinds.is_org_word(w);
    let legal_prefix = |w: &str| kinds.is_legal_prefix(w);
    // The organisations a name may clip, by the first letter and by the
    // first two letters of the word its clipping opens with (after a legal
    // prefix), in order: a short name is compared only with those opening
    // as it does, not with every name of a long article.
    let mut by_letter: FxHashMap<char, Vec<usize>> = FxHashMap::default();
    let mut by_two: FxHashMap<[char; 2], Vec<usize>> = FxHashMap::default();
    for (b, full) in words.iter().enumerate() {
        if kinds_of[b] != EntityKind::Org || full.len() < 2 {
            continue;
        }
        let start = usize::from(full.first().is_some_and(|w| legal_prefix(w)));
        if let Some(letter) = first_letter(full.get(start)) {
            by_letter.entry(letter).or_default().push(b);
        }
        if let Some(two) = full.get(start).and_then(|w| first_two(&w.to_lowercase())) {
            by_two.entry(two).or_default().push(b);
        }
    }
    for a in 0..words.len() {
        if merged_into[a].is_some()
            || matches!(kinds_of[a], EntityKind::Loc | EntityKind::Nationality)
            || words[a].is_empty()
        {
            continue;
        }
        // A first word of three letters or more opening with an ASCII one
        // clips only a word opening with its first two (its pieces are cut
        // after two bytes at the least, and it may lose a plural "s").
        let lower = words[a][0].to_lowercase();
        let two = first_two(&lower).filter(|_| {
            lower.starts_with(|c: char| c.is_ascii()) && lower.chars().nth(2).is_some()
        });
        let same = match two {
            Some(two) => by_two.get(&two),
            None => first_letter(words[a].first()).and_then(|c| by_letter.get(&c)),
        };
        let Some(same) = same else {
            continue;
        };
        let fuller: Vec<usize> = same
            .iter()
            .copied()
            .filter(|&b| b != a && clips(&words[a], &words[b], company_word, legal_prefix))
            .collect();
        if let [b] = fuller.as_slice() {
            merged_into[a] = Some((*b, AliasRule::ShortForm));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{clips, join, same_first_letter};
    use crate::model::EntityKind;

    #[test]
    fn a_clipped_name_joins_the_one_name_it_clips() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = crate::pipeline::kinds::Kinds::new(
            &lang.kinds,
            &lang.resolve,
            &lang.rules.nominal_heads,
        );
        let names = [
            "Orla Media",
            "Orvo Technologies Group Inc",
            "Orvo Techs",
            "Éclat Technologies Group",
            "Éclat Techs",
            "Kestra Zlotnik Group",
            "Kestra Zorn Group",
            "Kestra Z",
            "Tarnwick Platinum Holdings Ltd",
            "Tarnplats",
        ];
        let words: Vec<Vec<String>> = names.iter().map(|n| w(n)).collect();
        let kinds_of = vec![EntityKind::Org; names.len()];
        let mut merged_into = vec![None; names.len()];
        join(&mut merged_into, &words, &kinds_of, &kinds);
        let joined: Vec<Option<usize>> = merged_into.iter().map(|m| m.map(|(b, _)| b)).collect();
        // "Kestra Z" clips two names: neither.
        assert_eq!(
            joined,
            [
                None,
                None,
                Some(1),
                None,
                Some(3),
                None,
                None,
                None,
                None,
                Some(8)
            ]
        );
    }

    fn w(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    fn company(w: &str) -> bool {
        matches!(
            w,
            "Group" | "Inc" | "Holdings" | "Holding" | "SA" | "Co" | "Ltd" | "Stores"
        )
    }

    fn prefix(w: &str) -> bool {
        w == "PT"
    }

    fn clip(short: &str, full: &str) -> bool {
        clips(&w(short), &w(full), company, prefix)
    }

    #[test]
    fn cut_words_clip_the_name() {
        assert!(clip("Orvo Techs", "Orvo Technologies Group Inc"));
        assert!(clip("NoVel Power", "Northern Velland Power Co"));
        assert!(clip("Kestrava Z", "Kestrava Zlotnik Holding SA"));
        assert!(clip("Tarnplats", "Tarnwick Platinum Holdings Ltd"));
        assert!(clip("Orvalda", "PT Orvalda Jaya Prima"));
    }

    #[test]
    fn first_letters_compare_lower_cased() {
        let same = |a: &str, b: &str| same_first_letter(Some(&a.to_string()), Some(&b.to_string()));
        assert!(same("Orvo", "orvalda"));
        assert!(same("Éclat", "éon"));
        assert!(same("Σigma", "σ"));
        assert!(!same("Orvo", "Velland"));
        assert!(!same("", "Orvo"));
        assert!(!same_first_letter(None, Some(&"Orvo".to_string())));
        assert!(clip("Éclat Techs", "Éclat Technologies Group"));
    }

    #[test]
    fn other_names_do_not() {
        // The same words: the short-form step's to judge.
        assert!(!clip("Orvo Technologies", "Orvo Technologies Group"));
        // Words of the name left over that are no company words.
        assert!(!clip("Orvo", "Orvo Velland Power"));
        assert!(!clip("Orvo Tech", "Orvo Technologies Velland"));
        // Letters that are not the words' first.
        assert!(!clip("Velo", "Orvo Velland Group"));
        assert!(!clip("Ov", "Orvo Velland Group"));
        assert!(!clip("PT", "PT Orvalda Jaya"));
        assert!(!clip("Fed", "Federated Stores Group"));
    }
}
