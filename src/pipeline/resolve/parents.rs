//! A group and its company of the same name: "Tarn Corp and Tarn
//! Information are units of Tarn Group". Both keys are "tarn" once the
//! legal suffixes are left out, but where a text writes the name with a
//! parent's suffix ("Group", "Holdings") and also with a company's ("Corp",
//! "Ltd"), the two are the parent and its unit: two entities.

use crate::lang::ResolveWords;
use crate::model::{EntityKind, Mention};
use crate::pipeline::names::strip_possessive;

use super::shared::Cluster;

/// How a name's trailing legal suffixes end it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Suffix {
    /// No legal suffix ("Tarn", "Tarn Information").
    None,
    /// A parent's suffix among them ("Tarn Group", "Tarn Holdings Ltd").
    Parent,
    /// Only a company's ("Tarn Corp", "Tarn Co Ltd").
    Company,
}

fn suffix_of(lang: &ResolveWords, name: &str) -> Suffix {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut n = words.len();
    let mut parent = false;
    while n > 1 && lang.legal_suffixes.contains_lowercase(words[n - 1]) {
        parent |= lang.parent_suffixes.contains_lowercase(words[n - 1]);
        n -= 1;
    }
    match (n == words.len(), parent) {
        (true, _) => Suffix::None,
        (false, true) => Suffix::Parent,
        (false, false) => Suffix::Company,
    }
}

/// Moves out of each cluster, into a cluster of their own, the
/// organisation mentions whose name a parent's suffix ends, when the
/// cluster also holds the name with a company's suffix. The bare name
/// ("Tarn") stays with the company, the text's usual short form for it.
pub(super) fn split_parent_groups(
    lang: &ResolveWords,
    text: &str,
    mentions: &[Mention],
    clusters: &mut Vec<Cluster>,
) {
    let suffix = |m: usize| {
        if mentions[m].kind == EntityKind::Org {
            suffix_of(lang, strip_possessive(mentions[m].span.slice(text)))
        } else {
            Suffix::None
        }
    };
    for c in 0..clusters.len() {
        let of = |s: Suffix| clusters[c].mentions.iter().any(|&m| suffix(m) == s);
        if !(of(Suffix::Parent) && of(Suffix::Company)) {
            continue;
        }
        let (parent, rest): (Vec<usize>, Vec<usize>) = (0..clusters[c].mentions.len())
            .partition(|&i| suffix(clusters[c].mentions[i]) == Suffix::Parent);
        let group = clusters[c].part(&parent, None);
        clusters[c] = clusters[c].part(&rest, None);
        clusters.push(group);
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::analysis;

    /// The name of the entity each mention written `surface` resolved to.
    fn entities_of(text: &str, surface: &str) -> Vec<String> {
        let a = analysis(text);
        (0..a.mentions.len())
            .filter(|&m| a.mention_text(m) == surface)
            .filter_map(|m| a.mentions[m].entity.map(|e| a.entities[e].name.clone()))
            .collect()
    }

    #[test]
    fn a_group_is_not_its_company_of_the_same_name() {
        let text = "Tamsin Corp and Tamsin Information said on Monday they would merge. \
                    Tamsin Corp and Tamsin Information are units of Tamsin Group. \
                    Tamsin said the deal would close in May.";
        assert_eq!(entities_of(text, "Tamsin Group"), ["Tamsin Group"]);
        assert_eq!(
            entities_of(text, "Tamsin Corp"),
            ["Tamsin Corp", "Tamsin Corp"]
        );
        assert_eq!(entities_of(text, "Tamsin"), ["Tamsin Corp"]);
    }

    #[test]
    fn a_group_named_alone_keeps_its_short_forms() {
        // No company of the name: "Tamsin" and "Tamsin Holdings Ltd" are the group.
        let text = "Tamsin Group said profits rose. Tamsin Holdings Ltd is its listed arm. \
                    Tamsin said sales were flat.";
        assert_eq!(
            entities_of(text, "Tamsin"),
            entities_of(text, "Tamsin Group")
        );
    }
}
