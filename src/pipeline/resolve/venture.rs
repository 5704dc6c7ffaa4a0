//! Undertakings (joint ventures, projects, alliances): descriptions and
//! names that refer to one rather than to a company.

use crate::lang::{ResolveWords, words_back};
use crate::model::{Entity, EntityKind, Mention, Span};
use crate::pipeline::kinds::Kinds;
use crate::pipeline::occurrences::each_needle;

pub(super) fn is_venture_name(lang: &ResolveWords, name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| lang.venture_name_ends.contains_lowercase(w))
}

/// True when the entity is an undertaking: by its name, or by an apposition
/// after one of its mentions ("X, a collaboration that …").
pub(super) fn is_venture(
    lang: &ResolveWords,
    text: &str,
    entity: &Entity,
    mentions: &[Mention],
) -> bool {
    is_venture_name(lang, &entity.name)
        || entity.mentions.iter().any(|&m| {
            let after = text[mentions[m].span.end..].trim_start_matches(['’', '\'', 's']);
            let Some(rest) = after.strip_prefix(", ") else {
                return false;
            };
            let words: Vec<String> = rest
                .split_whitespace()
                .take(4)
                .map(str::to_lowercase)
                .collect();
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            words.first().is_some_and(|w| lang.determiners.contains(w))
                && lang.venture_appositions.iter().any(|v| {
                    let joined = words[1..].join(" ");
                    joined.starts_with(v)
                        || words[1..]
                            .iter()
                            .take(2)
                            .any(|w| w.trim_end_matches([',', '.']) == v)
                })
        })
}

/// True when the description `m` names a company a deal creates: a word of
/// `merged_modifiers` between its article and its head ("the merged
/// company", "the combined group").
pub(super) fn is_merged(lang: &ResolveWords, text: &str, m: &Mention) -> bool {
    // A name is none: asked first, so its words are not split.
    if !m.nominal {
        return false;
    }
    let words: Vec<&str> = m.span.slice(text).split_whitespace().collect();
    words.len() > 2
        && words[1..words.len() - 1]
            .iter()
            .any(|w| lang.merged_modifiers.contains_lowercase(w))
}

/// True when the merged description `m` needs a name the text gives to
/// stand for anything: a word of `naming_modifiers` between its article
/// and its head ("the new group").
pub(super) fn needs_name(lang: &ResolveWords, text: &str, m: &Mention) -> bool {
    let words: Vec<&str> = m.span.slice(text).split_whitespace().collect();
    words.len() > 2
        && words[1..words.len() - 1]
            .iter()
            .any(|w| lang.naming_modifiers.contains_lowercase(w))
}

/// The one organisation the text names right after such a description
/// with a naming verb ("The merged company will be called Tarn Foods"),
/// when it names just one. In a text with such a description, a plain
/// company description given a name so counts too ("the merged group" …
/// "The group, to be called Tarn Foods,").
pub(super) fn created_name(
    lang: &ResolveWords,
    kinds: &Kinds,
    text: &str,
    mentions: &[Mention],
    entities: &[Entity],
) -> Option<usize> {
    let any_merged = mentions.iter().any(|m| is_merged(lang, text, m));
    // "The merged company will be called Alpavol": a name a merged
    // description is given in the passive is a company's whatever the
    // tagger read ("named Jo Tarn its chief" names a person).
    let passive = |end: usize, start: usize| text[end..start].split_whitespace().count() >= 2;
    let mut created: Vec<usize> = mentions
        .iter()
        .filter_map(|m| {
            if is_merged(lang, text, m) {
                let named = kinds.named_after(text, m.span.end);
                named
                    .map(|start| (start, passive(m.span.end, start)))
                    .or_else(|| set_off_name(text, mentions, m.span.end).map(|s| (s, false)))
            } else if any_merged && is_company_description(lang, text, m) {
                kinds.named_after(text, m.span.end).map(|s| (s, false))
            } else {
                None
            }
        })
        .chain(formed_names(lang, kinds, text).map(|s| (s, false)))
        .chain(
            mentions
                .iter()
                .filter(|m| is_merged(lang, text, m))
                .filter_map(|m| kept_name_after(lang, text, mentions, m.span.end))
                .map(|s| (s, false)),
        )
        .filter_map(|(start, passive)| {
            let e = mentions
                .iter()
                .find(|n| n.span.start == start && !n.nominal)
                .and_then(|n| n.entity)?;
            let kind = entities[e].kind;
            (matches!(kind, EntityKind::Org | EntityKind::Misc)
                || passive && matches!(kind, EntityKind::Person | EntityKind::Product))
            .then_some(e)
        })
        .collect();
    created.sort_unstable();
    created.dedup();
    match created.as_slice() {
        [e] => Some(*e),
        _ => None,
    }
}

/// Most words between a merged description and its verb of keeping
/// (", which will keep").
const KEEPING_GAP: usize = 3;

/// Where the name starts that a verb of keeping, "the" and a name noun
/// give right after a merged description ending at `end`: "The combined
/// bank will take the Tarn name", "the enlarged group, which will keep the
/// Tarn name". The company the deal creates is the party so named; a name
/// kept by anything else ("the branches will keep the Orvo name") says
/// nothing of it.
fn kept_name_after(
    lang: &ResolveWords,
    text: &str,
    mentions: &[Mention],
    end: usize,
) -> Option<usize> {
    let rest = &text[end..];
    let mut words = rest
        .split(' ')
        .scan(end, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty() && *w != ",")
        .map(|(start, w)| (start, w.trim_start_matches(',')));
    for _ in 0..=KEEPING_GAP {
        let (_, word) = words.next()?;
        let bare = word.trim_end_matches(',');
        if lang.kept_name_verbs.contains_lowercase(bare) && bare == word {
            let (_, article) = words.next()?;
            if !lang.determiners.contains_lowercase(article) {
                return None;
            }
            let (start, _) = words.next()?;
            let name = mentions
                .iter()
                .find(|n| n.span.start == start && !n.nominal && n.kind.is_name())?;
            let noun = text[name.span.end..]
                .strip_prefix(' ')?
                .split(|c: char| !c.is_alphanumeric())
                .next()?;
            return lang.name_nouns.contains_lowercase(noun).then_some(start);
        }
        if !word.starts_with(char::is_lowercase) || word.contains(['.', ';']) {
            return None;
        }
    }
    None
}

/// Where the names the text gives a company it describes with a naming
/// modifier and an article start: "formed a new company, dubbed Tarn
/// Labs," (no description of its own: an indefinite article opens it).
fn formed_names<'a>(
    lang: &'a ResolveWords,
    kinds: &'a Kinds,
    text: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    let heads = lang.generic_heads.as_slice();
    heads
        .iter()
        .zip(each_needle(text, heads))
        .flat_map(move |(head, found)| {
            found.into_iter().filter_map(move |at| {
                let end = at + head.len();
                if text[end..].starts_with(char::is_alphanumeric) {
                    return None;
                }
                let mut before = words_back(&text[..at]);
                let modifier = before.next()?;
                let article = before.next()?;
                (lang.naming_modifiers.contains_lowercase(modifier)
                    && lang.determiners.contains_lowercase(article)
                    && text[..at].ends_with(' '))
                .then(|| kinds.named_after(text, end))
                .flatten()
            })
        })
}

/// True when `m` is a description of a company, not of an undertaking,
/// and no pronoun: an article and a head ("the group").
fn is_company_description(lang: &ResolveWords, text: &str, m: &Mention) -> bool {
    let slice = m.span.slice(text);
    m.nominal
        && slice.split_whitespace().nth(1).is_some()
        && !lang
            .venture_heads
            .iter()
            .any(|h| slice.to_lowercase().ends_with(h))
}

/// Where a name starts that follows `end` right after a space, or set off
/// by commas ("new venture Tarn Freight", "a new company, Tarn Freight, in which";
/// not "To pay for the project, Tarn Freight has"), when a named mention starts
/// there.
pub(super) fn set_off_name(text: &str, mentions: &[Mention], end: usize) -> Option<usize> {
    let rest = &text[end..];
    let gap = [", ", " "].into_iter().find(|g| rest.starts_with(g))?;
    let start = end + gap.len();
    mentions
        .iter()
        .any(|m| {
            m.span.start == start
                && !m.nominal
                && m.kind.is_name()
                && (gap == " " || text[m.span.end..].starts_with([',', '.']))
        })
        .then_some(start)
}

/// Where the name starts that opens the sentence after the one a venture
/// word ending at `end` stands in, when the text names it there first and
/// its name shares a word with an organisation that sentence named, a
/// parent ("A and B have set up a joint venture … . A B Communications
/// Ltd, which was set up …"): the venture, named as its own subject.
pub(super) fn named_next(
    text: &str,
    mentions: &[Mention],
    entities: &[Entity],
    sentences: &[Span],
    end: usize,
) -> Option<usize> {
    let s = sentences.partition_point(|s| s.end <= end);
    let (here, next) = (sentences.get(s)?, sentences.get(s + 1)?);
    let name = mentions
        .iter()
        .find(|m| m.span.start >= next.start && !m.nominal && m.kind.is_name())
        .filter(|m| text[next.start..m.span.start].trim().is_empty())?;
    let e = name
        .entity
        .filter(|&e| entities[e].kind == EntityKind::Org)?;
    let first = mentions.iter().find(|m| m.entity == Some(e))?;
    let words = |span: Span| -> Vec<&str> {
        span.slice(text)
            .split_whitespace()
            .filter(|w| w.len() > 2 && w.starts_with(char::is_uppercase))
            .collect()
    };
    let own = words(name.span);
    let parent = mentions.iter().any(|m| {
        m.span.within(*here)
            && m.entity
                .is_some_and(|p| p != e && entities[p].kind == EntityKind::Org)
            && words(m.span).iter().any(|w| own.contains(w))
    });
    (first.span.start == name.span.start && parent).then_some(name.span.start)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::resolved;

    #[test]
    fn the_company_a_deal_creates_is_its_buyer_or_its_main_party() {
        // Unnamed, the merged company is the party the article is about,
        // not the adviser named last; after a purchase, the buyer.
        let text = "Keltic Foods and Orvo Dairy agreed to merge on Monday. \
                    Keltic Foods shareholders will hold 55% of the shares. \
                    The deal was arranged by the adviser Brask Partners, which also advised Tarn Mills in 2021. \
                    The combined group will be based in Oslo.";
        assert_eq!(
            resolved(text, "The combined group").as_deref(),
            Some("Keltic Foods")
        );
        let text = "Keltic Foods agreed to buy Orvo Dairy for $1 billion on Monday. \
                    Orvo Dairy will be run by Brask Partners until then. \
                    The enlarged group will employ 9,000 people.";
        assert_eq!(
            resolved(text, "The enlarged group").as_deref(),
            Some("Keltic Foods")
        );
    }

    #[test]
    fn a_venture_set_off_by_commas_is_what_the_venture_means() {
        // Set off by commas after "a joint venture": the undertaking "the
        // venture" means.
        let text = "Keltic Rail and Brask Wagons will pool their fleets in a joint venture, Tarn Freight, \
                    in which Keltic Rail will own 51%. Tarn Freight will be based in Oslo. \
                    The venture has also lined up a loan from Orvo Bank.";
        assert_eq!(
            resolved(text, "The venture").as_deref(),
            Some("Tarn Freight")
        );
    }

    #[test]
    fn the_group_a_merger_later_names_is_what_the_merged_group_means() {
        // "the merged group" before "The group, to be called X": X, not the
        // party whose shareholders hold most of it.
        let text = "Keltic Plc and Orvo AG are to combine in an all-share deal. \
                    Keltic Plc's shareholders will own 58% of the merged group. \
                    The group, to be called Keltic Orvo, will keep its head office in Basel.";
        assert_eq!(
            resolved(text, "the merged group").as_deref(),
            Some("Keltic Orvo")
        );
        // With no merged description, a group given a name creates none.
        let text = "Keltic Plc bought Orvo AG in 2019. \
                    The group, renamed Keltic Orvo in 2021, is based in Basel. \
                    Keltic Plc's chief executive is Jon Hale.";
        assert_ne!(
            resolved(text, "Keltic Plc's chief").as_deref(),
            Some("Keltic Orvo")
        );
    }

    #[test]
    fn the_merged_company_that_keeps_a_partys_name_is_that_party() {
        // "will take the X name": the party so named, not the one named last.
        let text = "Keltic Bancorp and Orvo Financial Corp. agreed to merge on Monday. \
                    The combined bank will take the Keltic name and be based in Tarnby, \
                    while Orvo Financial's home city of Brask will host its card arm. \
                    Orvo Financial chief executive Jon Hale will chair the combined bank.";
        assert_eq!(
            resolved(text, "The combined bank").as_deref(),
            Some("Keltic Bancorp")
        );
        assert_eq!(
            resolved(text, "the combined bank").as_deref(),
            Some("Keltic Bancorp")
        );
        // A name kept by no merged company says nothing of one: the buyer.
        let text = "Keltic Bancorp agreed to buy Orvo Financial Corp. on Monday. \
                    Orvo Financial's branches will keep the Orvo name for a year. \
                    The enlarged group will employ 9,000 people.";
        assert_eq!(
            resolved(text, "The enlarged group").as_deref(),
            Some("Keltic Bancorp")
        );
    }

    #[test]
    fn a_name_a_merged_company_is_given_is_a_company_whatever_its_reading() {
        // A name said again as a subject may read as a person's; given to
        // the merged company in the passive, it is the company.
        let text = "Tournesol Parapentes SAS and Gleitwerk Lechtal GmbH agreed to merge \
                    on Monday. Tournesol's shareholders will get 11 of every 20 shares in \
                    the combined company, which is to be called Alvenza, and Gleitwerk's the \
                    other nine. Alvenza will be run from Doussard.";
        assert_eq!(
            resolved(text, "the combined company").as_deref(),
            Some("Alvenza")
        );
    }

    #[test]
    fn the_new_company_a_merger_names_is_that_name() {
        // "The new company, to be called X": the name the deal gives it.
        let text = "Keltic Plc and Orvo AG agreed to merge on Monday. \
                    The new company, to be called Keltic Orvo Group, will be based in Basel.";
        assert_eq!(
            resolved(text, "The new company").as_deref(),
            Some("Keltic Orvo Group")
        );
        // Unnamed, "the new group" is no guess at one of the parties.
        let text = "Keltic Plc and Orvo AG agreed to merge on Monday. \
                    Keltic Plc shareholders will own 55% of the combined company. \
                    The new group will be based in Basel.";
        assert_eq!(resolved(text, "The new group"), None);
    }
}
