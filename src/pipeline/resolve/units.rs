//! Units named beside their owner: "Lusacom Torres, the mast-owning arm of
//! Lusacom", "Tarn Shareholder Systems, a subsidiary of Tarn Data
//! Systems". A one-word name that opens both the unit's name and the
//! owner's (or is the owner's name itself) stands for the owner: the text
//! has told that the two are different companies, and the unit is the one
//! it names in full. So does a unit noun right before a name ("its U.S.
//! unit Tarn Inc", "the unit, which trades as Tarn Seating"): beside
//! another fuller name the word opens, the word is that other company's,
//! and "Tarn Inc" so introduced after "Tarn" is no legal form of "Tarn".

use crate::lang::{ResolveWords, words_back};
use crate::model::{EntityKind, Mention, Span};
use crate::pipeline::kinds::Kinds;
use crate::pipeline::names::strip_possessive;

use super::shared::Cluster;

/// Most words between the article of an apposition and its unit noun
/// ("the mast-owning arm", "an Orvik Marine subsidiary").
const DESCRIPTION_WORDS: usize = 5;

/// Most bytes after "of" in which the owner is named ("a unit of the
/// Madrid-listed construction group Tarn").
const OWNER_REACH: usize = 80;

/// For each cluster, the clusters an apposition after one of its names
/// gives as its owner ("Y, a unit of X", "Y, an X subsidiary", "Y, the
/// freight arm of X"); empty for a cluster no apposition calls a unit.
/// A unit whose owner is not named ("Y, a unit that …") has itself as its
/// only owner.
pub(super) fn unit_owners(
    lang: &ResolveWords,
    kinds: &Kinds,
    text: &str,
    mentions: &[Mention],
    clusters: &[Cluster],
) -> Vec<Vec<usize>> {
    let cluster_of = |at: usize, end: usize| -> Vec<usize> {
        (0..clusters.len())
            .filter(|&c| {
                clusters[c].mentions.iter().any(|&m| {
                    let s = mentions[m].span;
                    s.start >= at && s.end <= end && mentions[m].kind.is_name()
                })
            })
            .collect()
    };
    let mut owners = vec![Vec::new(); clusters.len()];
    for (c, cluster) in clusters.iter().enumerate() {
        for &m in &cluster.mentions {
            let mention = &mentions[m];
            if mention.nominal || mention.kind != EntityKind::Org {
                continue;
            }
            let Some((described, of)) = unit_apposition(lang, kinds, text, mention.span.end) else {
                if introduced_as_unit(lang, kinds, text, mention.span) {
                    owners[c].push(c);
                }
                continue;
            };
            let mut found = cluster_of(described.0, described.1);
            if let Some(of) = of {
                let end = owner_end(text, of);
                found.extend(cluster_of(of, end));
            }
            found.retain(|&o| o != c);
            if found.is_empty() {
                found.push(c);
            }
            owners[c].extend(found);
        }
        owners[c].sort_unstable();
        owners[c].dedup();
    }
    owners
}

/// Where the owner's words after "of" at `at` end: at the first comma,
/// full stop, semicolon, bracket or line break, at most [`OWNER_REACH`]
/// bytes on.
fn owner_end(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    let mut end = rest
        .find([',', ';', '(', '\n'])
        .unwrap_or(rest.len())
        .min(rest.find(". ").unwrap_or(rest.len()));
    end = end.min(OWNER_REACH);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    at + end
}

/// After a name ending at `end`: a comma, an article, at most
/// [`DESCRIPTION_WORDS`] words and a unit noun ending the apposition or
/// followed by "of" or a relative pronoun. Gives the span of the words
/// between the article and the noun (an owner named there: "an X
/// subsidiary") and where the words after "of" start, if it follows.
fn unit_apposition(
    lang: &ResolveWords,
    kinds: &Kinds,
    text: &str,
    end: usize,
) -> Option<((usize, usize), Option<usize>)> {
    let rest = text[end..].strip_prefix(", ")?;
    let mut at = text.len() - rest.len();
    let mut words = rest.split(' ');
    let article = words.next()?;
    if !lang.determiners.contains_lowercase(article) {
        return None;
    }
    at += article.len() + 1;
    let described = at;
    for _ in 0..=DESCRIPTION_WORDS {
        let word = words.next()?;
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        if bare.is_empty() || bare.contains(['(', ')', '"', '“', '”']) {
            return None;
        }
        let noun = strip_possessive(bare);
        if kinds.is_unit_noun(&noun.to_lowercase()) && noun.starts_with(char::is_lowercase) {
            let span = (described, at);
            if word.len() > bare.len() {
                // The apposition ends at the noun: "Y, a Tarn subsidiary, said".
                return Some((span, None));
            }
            let next = words.next().unwrap_or("");
            if next == kinds.of_word() {
                return Some((span, Some(at + word.len() + 1 + next.len() + 1)));
            }
            return lang
                .relative_pronouns
                .contains_lowercase(next)
                .then_some((span, None));
        }
        if word.len() > bare.len() {
            // A comma or full stop before any unit noun ends the apposition.
            return None;
        }
        at += word.len() + 1;
    }
    None
}

/// Most small words between a unit noun and the name it introduces
/// ("unit, which trades as").
const LINK_WORDS: usize = 3;

/// True when a unit noun introduces the name at `span`, on its line: right
/// before it ("its U.S. unit Tarn Inc"), set off by a comma when a comma
/// or full stop closes the name too ("its wealth arm, Tarn Private,"), or
/// through a naming link ("the unit, known as Tarn Seating", "the unit,
/// which trades as Tarn Seating"). Not "the unit of Tarn": "of" names the
/// owner.
fn introduced_as_unit(lang: &ResolveWords, kinds: &Kinds, text: &str, span: Span) -> bool {
    let line = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line..span.start];
    if !before.ends_with(' ') {
        return false;
    }
    let unit = |w: &str| w.starts_with(char::is_lowercase) && kinds.is_unit_noun(&w.to_lowercase());
    let mut back = words_back(before);
    let mut links: Vec<&str> = Vec::new();
    for _ in 0..=LINK_WORDS {
        let Some(word) = back.next() else {
            return false;
        };
        if let Some(noun) = word.strip_suffix(',') {
            if !unit(noun) {
                return false;
            }
            links.reverse();
            let link = links.join(" ");
            let closed = text[span.end..].starts_with([',', '.', ';']);
            return (links.is_empty() && closed)
                || lang.alias_links.contains_lowercase(&link)
                || matches!(links.as_slice(), [pronoun, _, last]
                    if lang.relative_pronouns.contains_lowercase(pronoun)
                        && lang.alias_links.iter().any(|l| l.ends_with(&format!(" {last}"))));
        }
        if links.is_empty() && unit(word) {
            return true;
        }
        if !word.starts_with(char::is_lowercase) || !word.chars().all(char::is_alphabetic) {
            return false;
        }
        links.push(word);
    }
    false
}

/// Moves out of each organisation's cluster, into one of its own, the
/// mentions of a name with a legal suffix that a unit noun introduces
/// after the cluster's shorter name was said ("Danish group Tarn said it
/// would sell its U.S. unit Tarn Inc"): the owner and its unit, two
/// companies the exact keys had joined. Gives each unit cluster made with
/// its owner's cluster.
pub(super) fn split_introduced_units(
    lang: &ResolveWords,
    kinds: &Kinds,
    text: &str,
    mentions: &[Mention],
    clusters: &mut Vec<Cluster>,
) -> Vec<(usize, usize)> {
    let surface = |m: usize| strip_possessive(mentions[m].span.slice(text));
    let mut made = Vec::new();
    for c in 0..clusters.len() {
        let ms = &clusters[c].mentions;
        let Some(&unit) = ms.iter().find(|&&m| {
            mentions[m].kind == EntityKind::Org
                && surface(m).contains(' ')
                && introduced_as_unit(lang, kinds, text, mentions[m].span)
        }) else {
            continue;
        };
        let name = surface(unit);
        let owner_before = ms
            .iter()
            .any(|&m| mentions[m].span.end <= mentions[unit].span.start && surface(m) != name);
        if !owner_before {
            continue;
        }
        let (units, rest): (Vec<usize>, Vec<usize>) =
            (0..ms.len()).partition(|&i| surface(ms[i]) == name);
        let unit_cluster = clusters[c].part(&units, None);
        clusters[c] = clusters[c].part(&rest, None);
        made.push((clusters.len(), c));
        clusters.push(unit_cluster);
    }
    made
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
    fn an_owner_named_by_the_word_that_opens_its_units_name_stays_apart() {
        let text = "Harwell Telecom Towers, the mast-owning arm of the Welsh operator \
                    Harwell, was sold to Orvik Masts for 90 million pounds. Harwell Telecom \
                    Towers owns 900 masts. Harwell will rent space on them.";
        assert_eq!(entities_of(text, "Harwell"), ["Harwell", "Harwell"]);
        assert_eq!(
            entities_of(text, "Harwell Telecom Towers"),
            ["Harwell Telecom Towers", "Harwell Telecom Towers"]
        );
    }

    #[test]
    fn the_word_both_names_open_with_is_the_owners() {
        let text = "Tarnwick Shareholder Services Inc, a subsidiary of Tarnwick Data Systems \
                    Inc, said it would buy a unit of Keltic Corp. The purchase will not \
                    change Tarnwick's results, Tarnwick said.";
        assert_eq!(
            entities_of(text, "Tarnwick"),
            ["Tarnwick Data Systems Inc", "Tarnwick Data Systems Inc"]
        );
        // An owner of another name leaves the unit its short form.
        let text = "Orvo Marine Systems, a unit of Keltic Corp, said on Monday it would \
                    build two ferries. Orvo will hire 40 welders.";
        assert_eq!(entities_of(text, "Orvo"), ["Orvo Marine Systems"]);
    }

    #[test]
    fn a_unit_a_unit_noun_introduces_is_not_the_words_company() {
        // Beside another name the word opens, the introduced unit is not it.
        let text = "The administrator of Brenwick Automotive will sell its seat business. \
                    The unit, which trades as Brenwick Sitztechnik, has two plants. \
                    Brenwick Sitztechnik employs 900 people. Brenwick's main lender is \
                    Orvo Bank.";
        assert_eq!(entities_of(text, "Brenwick"), ["Brenwick Automotive"]);
        // A unit with a legal suffix introduced after its owner's word.
        let text = "Danish cleaning group Tessvik said it would sell its troubled U.S. \
                    unit Tessvik Inc to Keltic Corp on Monday. The managers of Tessvik Inc \
                    will stay on. Tessvik said the deal would close in May.";
        assert_eq!(entities_of(text, "Tessvik"), ["Tessvik", "Tessvik"]);
        assert_eq!(
            entities_of(text, "Tessvik Inc"),
            ["Tessvik Inc", "Tessvik Inc"]
        );
        // "the unit of X" introduces no unit named after it.
        let text = "Keltic Corp agreed to buy the lens unit of Tessvik Optics. Tessvik \
                    said the price was fair.";
        assert_eq!(entities_of(text, "Tessvik"), ["Tessvik Optics"]);
    }

    #[test]
    fn an_apposition_that_is_no_unit_keeps_the_short_form() {
        // "unit" that does not end the description names no unit.
        let text = "Brennor Trust Managers, a unit trust house in Leeds, gained clients. \
                    Brennor said fees rose.";
        assert_eq!(entities_of(text, "Brennor"), ["Brennor Trust Managers"]);
    }
}
