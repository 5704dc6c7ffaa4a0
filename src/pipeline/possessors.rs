//! Possessors read into a name: "Orvo's Zephyr OS". The tagger sometimes
//! reads the owner, its possessive and the thing owned as one name; they
//! are two, the owner a company (or a person, by a first name) and the
//! thing what the tagger called the whole. A bare apostrophe ("Tarsia
//! Airways' Delivery Centre") is left whole, as MEANTIME reads it: a
//! place's or unit's name may carry its owner; but a thing a legal form
//! closes is a company of its own ("Tarsia Mines' Velkop Mining Co").
//!
//! Takes the tagging stage's candidates (sorted by start, non-overlapping);
//! gives them back with such names split. Names whose possessive is their
//! own ("Brodie's Restaurants") stay whole: the owner must be a listed
//! company or be named elsewhere on its own, or be a person by a first name
//! and a surname whose company a legal form closes ("Ingrid Lund's Velmar
//! Corp").

use crate::model::{EntityKind, Mention, Provenance, Span};

use super::candidate::Candidate;
use super::kinds::Kinds;

/// The possessive endings, with the space after them, that join an owner
/// to what follows ("Orvo's Zephyr", "Tarsia’s Lund"): inside a name here,
/// and read the same way by `possessive_names` and `place_parties`.
pub(super) const POSSESSIVES: [&str; 2] = ["'s ", "’s "];

/// The bare apostrophe after an owner ending in "s" ("Tarsia Mines' …").
const BARE_POSSESSIVE: &str = "' ";

/// Splits names with a possessor inside them (see the module documentation).
pub fn split_possessors(kinds: &Kinds, text: &str, candidates: &mut Vec<Candidate>) {
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates.drain(..) {
        let m = &c.mention;
        let split = (m.kind.is_name() && !m.nominal)
            .then(|| owner_split(kinds, text, m.span))
            .flatten();
        let Some((owner, owned)) = split else {
            out.push(c);
            continue;
        };
        let name = owner.slice(text);
        let (kind, source) = if kinds.is_listed_org(name) {
            (EntityKind::Org, Provenance::Gazetteer)
        } else if name
            .split(' ')
            .next()
            .is_some_and(|w| kinds.is_first_name(w))
            && name.contains(' ')
        {
            (EntityKind::Person, Provenance::Model)
        } else {
            (EntityKind::Org, Provenance::Model)
        };
        out.push(Candidate {
            mention: Mention::new(owner, kind, source, m.confidence),
            head: None,
        });
        let mut thing = c;
        thing.mention.span = owned;
        out.push(thing);
    }
    *candidates = out;
}

/// True when a unit noun follows the name ending at `end` ("… unit",
/// "… subsidiary"): a possessive inside or before the name is its owner's.
pub(super) fn unit_noun_after(kinds: &Kinds, text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|w| kinds.is_unit_noun(w))
}

/// "Ingrid Lund": a person by a first name and a surname, both capitalised,
/// who may own a company a legal form closes ("Ingrid Lund's Velmar Corp").
pub(super) fn is_full_person_name(kinds: &Kinds, name: &str) -> bool {
    let mut words = name.split(' ');
    matches!(
        (words.next(), words.next(), words.next()),
        (Some(first), Some(last), None)
            if first.starts_with(char::is_uppercase)
                && kinds.is_first_name(first)
                && last.starts_with(char::is_uppercase)
    )
}

/// The owner's and the owned thing's spans of a name with a possessive
/// inside, when the owner is a listed company or named on its own elsewhere
/// and the thing starts with a capital.
fn owner_split(kinds: &Kinds, text: &str, span: Span) -> Option<(Span, Span)> {
    let name = span.slice(text);
    // Every possessive ends in "s " or "' " (most names hold none: the
    // searches for each possessive were a tenth of the stage).
    if !name.as_bytes().windows(2).any(|w| w == b"s " || w == b"' ") {
        return None;
    }
    // A thing a legal form closes is a company ("… Mining Co", "… Ltd.").
    let company = name
        .rsplit(' ')
        .next()
        .is_some_and(|w| kinds.is_written_legal_suffix(w.trim_end_matches('.')));
    let (at, ending) = POSSESSIVES
        .iter()
        .chain(company.then_some(&BARE_POSSESSIVE))
        .filter_map(|p| name.find(p).map(|i| (i, *p)))
        .min_by_key(|&(i, _)| i)?;
    let owner = &name[..at];
    if owner.is_empty() || ending == BARE_POSSESSIVE && !owner.ends_with('s') {
        return None;
    }
    let owned_start = at + ending.len();
    let owned = &name[owned_start..];
    let person = company && ending != BARE_POSSESSIVE && is_full_person_name(kinds, owner);
    let alone = text.match_indices(owner).any(|(i, _)| {
        let after = &text[i + owner.len()..];
        !text[..i].ends_with(char::is_alphanumeric)
            && !after.starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’')
    });
    // "X's Y unit": a unit noun after the name makes the possessor the
    // unit's owner, whether or not the text names it again.
    let unit = unit_noun_after(kinds, text, span.end);
    (owned.starts_with(char::is_uppercase)
        && (kinds.is_listed_org(owner) || alone || person || unit))
        .then(|| {
            (
                Span::new(span.start, span.start + at),
                Span::new(span.start + owned_start, span.end),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::tests::{candidates_in_order, named_kinds};

    #[test]
    fn an_owner_read_into_a_name_is_split_off_unless_the_possessive_is_the_name() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let text = "Orvo's Zephyr OS rivals Tarsia Airways' Delivery Centre and Brodie's \
                    Restaurants. Orvo and Tarsia Airways said so; Zoë Lund's Velmar won. \
                    Tarsia Airways' Velkop Mining Co and Ingrid Lund's Velmar Corp and \
                    Brodie's Restaurants Inc";
        let mut c = candidates_in_order(
            text,
            &[
                ("Orvo's Zephyr OS", EntityKind::Product),
                ("Tarsia Airways' Delivery Centre", EntityKind::Misc),
                ("Brodie's Restaurants", EntityKind::Org),
                ("Orvo", EntityKind::Org),
                ("Tarsia Airways", EntityKind::Org),
                ("Zoë Lund's Velmar", EntityKind::Org),
                ("Tarsia Airways' Velkop Mining Co", EntityKind::Org),
                ("Ingrid Lund's Velmar Corp", EntityKind::Org),
                ("Brodie's Restaurants Inc", EntityKind::Org),
            ],
        );
        split_possessors(&kinds, text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Orvo", EntityKind::Org),
            ("Zephyr OS", EntityKind::Product),
            ("Tarsia Airways' Delivery Centre", EntityKind::Misc),
            ("Brodie's Restaurants", EntityKind::Org),
            ("Orvo", EntityKind::Org),
            ("Tarsia Airways", EntityKind::Org),
            ("Zoë Lund's Velmar", EntityKind::Org),
            ("Tarsia Airways", EntityKind::Org),
            ("Velkop Mining Co", EntityKind::Org),
            ("Ingrid Lund", EntityKind::Person),
            ("Velmar Corp", EntityKind::Org),
            ("Brodie's Restaurants Inc", EntityKind::Org),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }
    #[test]
    fn a_possessor_before_a_named_unit_is_split_off_though_named_once() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        // The owners are named nowhere else: the unit noun after the name
        // splits the first two; the third has no unit noun and stays whole.
        let text = "Kelvaro Corp's Ostrin Inc unit grew. Velmar Ltd's Brisk Foods \
                    subsidiary, too. Tarnby's Orvo Bakery won.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Kelvaro Corp's Ostrin Inc", EntityKind::Org),
                ("Velmar Ltd's Brisk Foods", EntityKind::Org),
                ("Tarnby's Orvo Bakery", EntityKind::Org),
            ],
        );
        split_possessors(&kinds, text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Kelvaro Corp", EntityKind::Org),
            ("Ostrin Inc", EntityKind::Org),
            ("Velmar Ltd", EntityKind::Org),
            ("Brisk Foods", EntityKind::Org),
            ("Tarnby's Orvo Bakery", EntityKind::Org),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }
}
