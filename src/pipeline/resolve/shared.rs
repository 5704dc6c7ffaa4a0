//! A bare name that two fuller names share: "Daeyang" beside "Daeyang
//! Group" and "Daeyang Energy Solution". The exact keys (legal suffixes
//! left out) would give it to "X Group" at once; when another company's
//! name opens with the same word, which of the two it stands for is the
//! short-form step's to decide (the most named, then the first named).

use crate::lang::ResolveWords;
use crate::model::{AliasRule, EntityKind, Mention};
use crate::pipeline::names::{resolve_key, strip_possessive};

/// Mentions joined into one entity so far, each with the rule that joined it.
pub(super) struct Cluster {
    pub(super) mentions: Vec<usize>,
    pub(super) rules: Vec<AliasRule>,
}

impl Cluster {
    /// The mentions at `idx` (positions in this cluster) as a cluster of
    /// their own: the first is its first mention, the others keep their
    /// rule, or all take `later` when given.
    pub(super) fn part(&self, idx: &[usize], later: Option<AliasRule>) -> Cluster {
        Cluster {
            mentions: idx.iter().map(|&i| self.mentions[i]).collect(),
            rules: idx
                .iter()
                .enumerate()
                .map(|(k, &i)| match (k, later) {
                    (0, _) => AliasRule::FirstMention,
                    (_, Some(r)) => r,
                    (_, None) => self.rules[i],
                })
                .collect(),
        }
    }
}

/// Moves each cluster's one-word mentions ("Daeyang") that share their
/// key with its fuller name ("Daeyang Group": a legal suffix left out) into
/// a cluster of their own when another organisation's name of several words
/// opens with that word ("Daeyang Energy Solution"). Only a parent's suffix
/// ("Group", "Holdings") parts them: "Apple" of "Apple Inc." beside "Apple
/// Stores" is the company.
pub(super) fn split_shared_short_forms(
    lang: &ResolveWords,
    text: &str,
    mentions: &[Mention],
    clusters: &mut Vec<Cluster>,
) {
    let surface = |m: usize| strip_possessive(mentions[m].span.slice(text));
    // Each cluster's fullest organisation name of several words, with its first word.
    let fullest: Vec<Option<(&str, &str)>> = clusters
        .iter()
        .map(|c| {
            let name = c
                .mentions
                .iter()
                .filter(|&&m| mentions[m].kind == EntityKind::Org)
                .map(|&m| surface(m))
                .max_by_key(|s| s.split_whitespace().count())?;
            let mut words = name.split_whitespace();
            let first = words.next()?;
            words.next()?;
            Some((first, name))
        })
        .collect();
    let parent = |name: &str| {
        name.split_whitespace()
            .last()
            .is_some_and(|w| lang.parent_suffixes.contains_lowercase(w))
    };
    for c in 0..fullest.len() {
        let Some((word, _)) = fullest[c].filter(|&(_, name)| parent(name)) else {
            continue;
        };
        let shared = fullest
            .iter()
            .enumerate()
            .any(|(b, f)| b != c && f.is_some_and(|(w, _)| w == word));
        if !shared {
            continue;
        }
        let (bare, full): (Vec<usize>, Vec<usize>) = (0..clusters[c].mentions.len())
            .partition(|&i| surface(clusters[c].mentions[i]) == word);
        if bare.is_empty() || full.is_empty() {
            continue;
        }
        let alone = clusters[c].part(&bare, Some(AliasRule::Exact));
        let kept = clusters[c].part(&full, None);
        clusters[c] = kept;
        clusters.push(alone);
    }
}

/// A name's words without the legal suffixes that end it ("Tarn Veld
/// Marine Ltd" → "Tarn Veld Marine").
pub(super) fn without_legal_suffixes<'w>(lang: &ResolveWords, words: &'w [String]) -> &'w [String] {
    let mut n = words.len();
    while n > 1 && lang.legal_suffixes.contains_lowercase(&words[n - 1]) {
        n -= 1;
    }
    &words[..n]
}

/// The key mentions are grouped by: [`resolve_key`], less a legal form
/// spelt out at the end of a name of three words or more ("Tarn Motor
/// Company" is "tarn motor", as "Tarn Motor Co." is).
pub(super) fn grouping_key(lang: &ResolveWords, surface: &str) -> String {
    let key = resolve_key(lang, surface);
    match key.rsplit_once(' ') {
        Some((rest, last)) if rest.contains(' ') && lang.spelt_suffixes.contains(last) => {
            rest.to_owned()
        }
        _ => key,
    }
}
