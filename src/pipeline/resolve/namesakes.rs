//! A person and the company named after them: "Anna Lindqvist" and
//! "Anna Lindqvist Holdings" share a key once the legal suffix is left
//! out, but they are two entities.

use crate::lang::ResolveWords;
use crate::model::{AliasRule, EntityKind, Mention};
use crate::pipeline::kinds::Kinds;
use crate::pipeline::names::strip_possessive;

use super::shared::Cluster;

/// Moves out of each cluster, into a cluster of their own, the mentions
/// typed a person whose name opens with a listed first name and ends in no
/// legal suffix ("Anna Lindqvist"), when the cluster also holds an
/// organisation's name that a legal suffix closes ("Anna Lindqvist
/// Holdings"). A company's short form typed an organisation stays.
pub(super) fn split_namesakes(
    lang: &ResolveWords,
    kinds: &Kinds,
    text: &str,
    mentions: &[Mention],
    clusters: &mut Vec<Cluster>,
) {
    let suffixed = |m: usize| {
        let name = strip_possessive(mentions[m].span.slice(text));
        let mut words = name.split_whitespace().rev();
        words
            .next()
            .is_some_and(|w| lang.legal_suffixes.contains_lowercase(w))
            && words.count() >= 2
    };
    let namesake = |m: usize| {
        mentions[m].kind == EntityKind::Person
            && !suffixed(m)
            && mentions[m]
                .span
                .slice(text)
                .split_whitespace()
                .next()
                .is_some_and(|w| kinds.is_first_name(w))
    };
    for c in 0..clusters.len() {
        let company = clusters[c]
            .mentions
            .iter()
            .any(|&m| mentions[m].kind == EntityKind::Org && suffixed(m));
        if !company {
            continue;
        }
        let (people, rest): (Vec<usize>, Vec<usize>) =
            (0..clusters[c].mentions.len()).partition(|&i| namesake(clusters[c].mentions[i]));
        if people.is_empty() || rest.is_empty() {
            continue;
        }
        let part = |idx: &[usize]| Cluster {
            mentions: idx.iter().map(|&i| clusters[c].mentions[i]).collect(),
            rules: idx
                .iter()
                .enumerate()
                .map(|(k, &i)| match k {
                    0 => AliasRule::FirstMention,
                    _ if clusters[c].rules[i] == AliasRule::FirstMention => AliasRule::Exact,
                    _ => clusters[c].rules[i],
                })
                .collect(),
        };
        let alone = part(&people);
        clusters[c] = part(&rest);
        clusters.push(alone);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_person_and_the_company_named_after_them_are_two_entities() {
        let text = "Anna Lindqvist Holdings bought 12% of Tarvo Oyj on Monday. Anna \
                    Lindqvist, who set up the holding company in 2004, said the stake \
                    was a long-term one.";
        assert_eq!(kind_of(text, "Anna Lindqvist Holdings"), Some(Org));
        assert_eq!(kind_of(text, "Anna Lindqvist"), Some(Person));
    }

    #[test]
    fn a_company_and_its_short_form_stay_one_entity() {
        let text = "Morvane Stanley Group bought 12% of Tarvo Oyj. Morvane Stanley \
                    said the stake was a long-term one.";
        assert_eq!(kind_of(text, "Morvane Stanley Group"), Some(Org));
        assert_eq!(kind_of(text, "Morvane Stanley"), None);
    }
}
