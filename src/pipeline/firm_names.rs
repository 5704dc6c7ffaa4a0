//! Firms' names the tagger reads whole across "and" and commas, kept
//! whole: partners' surnames ("a portfolio manager at Kessel, Ambry and
//! Lohr", "Tarvin and Pole of the U.S."). Without this the list
//! splitter (`coordinations.rs`) makes two or three companies of one, and
//! each of them a party of whatever the one firm did.

use super::candidate::{Candidate, join_linked_names};
use super::kinds::Kinds;
use super::possessors::POSSESSIVES;
use crate::model::EntityKind;
use crate::model::Span;

/// The most partners' surnames a firm's name is read as having.
const MAX_PARTNERS: usize = 4;

/// True when `name`, one organisation as the tagger read it with "and"
/// or commas inside, is one firm's name and not a list:
/// its parts are single capitalised words (the partners' surnames of a
/// firm: "Kessel, Ambry and Lohr"), no more than four, none a listed
/// company or place, the first no first name; and no part is named on its
/// own anywhere else in the
/// text (`at` is where the name starts): "Tarvin and Pole … Tarvin said"
/// is a list after all.
pub fn one_firm_across_and(kinds: &Kinds, text: &str, at: usize, name: &str) -> bool {
    let Some(parts) = parts(kinds, name) else {
        return false;
    };
    let plain = |p: &str| !kinds.is_listed_org(p) && !kinds.is_place(p);
    // Only the first partner is read for a first name: many surnames are
    // listed as first names too ("Kessel, Ambry and Lloyd").
    // After a list's closing ", and" ("Banco Orvia, Tellus Data, and Dean
    // and Pole") a second "and" joins one item's words: no pair of people.
    let after_list = text[..at]
        .trim_end()
        .rsplit_once(' ')
        .is_some_and(|(before, w)| kinds.is_list_and(w) && before.ends_with(','));
    let partners = (2..=MAX_PARTNERS).contains(&parts.len())
        && (after_list || !kinds.is_first_name(parts[0]))
        && parts
            .iter()
            .all(|p| !p.contains(' ') && plain(p) && p.chars().any(char::is_lowercase));
    // Two names of several words across "and" whose second closes with a
    // legal form ("Zephyr Motors and Quantix Inc.") are as often two
    // companies as one ("Credit Scoring and Data Services Ltd"): left a list.
    partners
        && !parts
            .iter()
            .any(|p| named_alone(kinds, text, at, at + name.len(), p))
}

/// "Bailard, Biehl and Kaiser" the tagger reads as "Bailard, Biehl" and
/// "Kaiser": a firm already named by partners across a comma, "and", and
/// one more capitalised word are one firm when the whole passes
/// [`one_firm_across_and`] (so the last partner is named nowhere else
/// alone).
pub fn join_last_partner(kinds: &Kinds, text: &str, candidates: &mut Vec<Candidate>) {
    join_linked_names(text, candidates, |a, gap, c| {
        let (first, last) = (a.mention.span.slice(text), c.mention.span.slice(text));
        let whole = &text[a.mention.span.start..c.mention.span.end];
        a.mention.kind == EntityKind::Org
            && first.contains(", ")
            && gap.starts_with(' ')
            && gap.ends_with(' ')
            && kinds.is_list_and(gap.trim())
            && !last.contains(' ')
            && one_firm_across_and(kinds, text, a.mention.span.start, whole)
    });
}

/// "Keefe, Bruyette & Woods", "Clayton, Dubilier & Rice": one capitalised
/// word, a comma, and partners' surnames the tagger read as one firm
/// across "&" are one firm: the ampersand writes a firm's name, and a
/// list would close with "and". The first word stays apart when it is a
/// place no list of surnames or given names holds ("in Montreal, Linden &
/// Cole's home"), a listed company, or named alone elsewhere in the text
/// ("Tarvin, Pole & Marsh … Tarvin said").
pub fn join_first_partner(kinds: &Kinds, text: &str, candidates: &mut Vec<Candidate>) {
    let partners = |c: &Candidate| {
        let name = c.mention.span.slice(text);
        c.mention.kind == EntityKind::Org
            && !c.mention.nominal
            && name.contains(" & ")
            && name
                .split(" & ")
                .all(|p| !p.contains(' ') && is_surname_shaped(p))
    };
    let mut i = 0;
    while i + 1 < candidates.len() {
        let (a, c) = (&candidates[i].mention, &candidates[i + 1]);
        let first = a.span.slice(text);
        let joined = a.kind.is_name()
            && !a.nominal
            && text.get(a.span.end..c.mention.span.start) == Some(", ")
            && is_surname_shaped(first)
            && partners(c)
            && (!kinds.is_place(first) || kinds.is_person_word(first))
            && !kinds.is_listed_org(first)
            && !named_alone(kinds, text, a.span.start, c.mention.span.end, first);
        if joined {
            let end = c.mention.span.end;
            let m = &mut candidates[i].mention;
            m.span = Span::new(m.span.start, end);
            m.kind = EntityKind::Org;
            candidates.remove(i + 1);
        }
        i += 1;
    }
}

/// One word written as a surname: a capital, then letters with a small
/// one among them ("Dubilier", "McKinsey"; not "USA" or "3M").
fn is_surname_shaped(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && word.chars().any(char::is_lowercase)
}

/// "the ministry's CHIPS Program Office", "the government's Development
/// Bank of Tarsia": a capitalised word between a possessive and an
/// organisation's name, read by the tagger as neither, opens the name (a
/// possessive stands before a noun phrase, whose first word this is).
/// A place, a nationality or a listed company there stays out ("Orvo's
/// German Bank Ltd").
pub fn open_after_possessive(kinds: &Kinds, text: &str, candidates: &mut [Candidate]) {
    for i in 0..candidates.len() {
        let m = &candidates[i].mention;
        if m.kind != EntityKind::Org || m.nominal {
            continue;
        }
        let Some(before) = text[..m.span.start].strip_suffix(' ') else {
            continue;
        };
        let word = before
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '-'))
            .next()
            .unwrap_or("");
        let start = m.span.start - 1 - word.len();
        let opened = POSSESSIVES.iter().any(|p| text[..start].ends_with(p));
        let free = i == 0 || candidates[i - 1].mention.span.end <= start;
        if opened
            && free
            && word.starts_with(char::is_uppercase)
            && !kinds.is_place(word)
            && !kinds.is_nationality(word)
            && !kinds.is_listed_org(word)
        {
            let m = &mut candidates[i].mention;
            m.span = Span::new(start, m.span.end);
        }
    }
}

/// The capitalised parts of a name joined by ", ", "and" or ", and", in
/// order; None when some part does not open with a capital or the name
/// has no joint.
fn parts<'a>(kinds: &Kinds, name: &'a str) -> Option<Vec<&'a str>> {
    let mut out = Vec::new();
    for piece in name.split(", ") {
        let mut start = 0;
        let mut offset = 0;
        for word in piece.split(' ') {
            if kinds.is_list_and(word) {
                if offset > start {
                    out.push(&piece[start..offset - 1]);
                }
                start = offset + word.len() + 1;
            }
            offset += word.len() + 1;
        }
        out.push(piece.get(start..).unwrap_or(""));
    }
    let capitalised = out.iter().all(|p| p.starts_with(char::is_uppercase));
    (out.len() >= 2 && capitalised).then_some(out)
}

/// True when `part` stands in `text` as a name of its own outside
/// `start..end`: a whole word (or words) that no capitalised word
/// touches on either side ("Tarvin said", "at Tarvin."); inside another
/// name ("the Tarvin Trust", "Bank of Tarvin Securities") it does not.
pub(super) fn named_alone(kinds: &Kinds, text: &str, start: usize, end: usize, part: &str) -> bool {
    text.match_indices(part).any(|(i, _)| {
        if i >= start && i < end {
            return false;
        }
        let before = &text[..i];
        let after = &text[i + part.len()..];
        if before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            || after.starts_with(char::is_alphanumeric)
        {
            return false;
        }
        let after = POSSESSIVES
            .iter()
            .find_map(|p| after.strip_prefix(p.trim_end()))
            .unwrap_or(after);
        let next_capital = after
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        let prev_word = before.trim_end_matches(' ');
        let prev_capital = before.ends_with(' ')
            && prev_word.rsplit(' ').next().is_some_and(|w| {
                w.starts_with(char::is_uppercase) && !w.ends_with(['.', '!', '?', '"'])
            });
        // "Bank of Tarvin", "Orvo & Tarvin": the tail of another name.
        let prev_joiner = before.ends_with(' ')
            && prev_word
                .rsplit(' ')
                .next()
                .is_some_and(|w| w == kinds.of_word() || kinds.is_list_join(w));
        !next_capital && !prev_capital && !prev_joiner
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str, name: &str) -> bool {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let at = text.find(name).expect("in text");
        one_firm_across_and(&kinds, text, at, name)
    }

    #[test]
    fn the_first_partner_before_an_ampersand_firm_joins_it() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let joined = |text: &str, names: &[(&str, EntityKind)]| {
            let mut c = crate::pipeline::tests::candidates_in_order(text, names);
            join_first_partner(&kinds, text, &mut c);
            crate::pipeline::tests::named_kinds(text, &c)
        };
        let text =
            "Harwick, Ossery & Pell advised Velmar, and Tarn Sköld of Kessel, Ambry & Lohr agreed.";
        let names = [
            ("Harwick", EntityKind::Person),
            ("Ossery & Pell", EntityKind::Org),
            ("Velmar", EntityKind::Org),
            ("Tarn Sköld", EntityKind::Person),
            ("Kessel", EntityKind::Loc),
            ("Ambry & Lohr", EntityKind::Org),
        ];
        let got = joined(text, &names);
        assert_eq!(
            got[0],
            ("Harwick, Ossery & Pell".to_owned(), EntityKind::Org)
        );
        assert_eq!(got[3], ("Kessel, Ambry & Lohr".to_owned(), EntityKind::Org));
        // A town no surname list holds, or a first word named alone: apart.
        let text = "It keeps an office in Montreal, Linden & Cole's home for decades.";
        let names = [
            ("Montreal", EntityKind::Loc),
            ("Linden & Cole", EntityKind::Org),
        ];
        assert_eq!(joined(text, &names).len(), 2);
        let text = "Harwick, Ossery & Pell bid first. Harwick said it would bid again.";
        let names = [
            ("Harwick", EntityKind::Org),
            ("Ossery & Pell", EntityKind::Org),
            ("Harwick", EntityKind::Org),
        ];
        assert_eq!(joined(text, &names).len(), 3);
    }

    #[test]
    fn the_last_partner_read_apart_joins_the_firm() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let joined = |text: &str, names: &[(&str, EntityKind)]| {
            let mut c = crate::pipeline::tests::candidates_in_order(text, names);
            join_last_partner(&kinds, text, &mut c);
            crate::pipeline::tests::named_kinds(text, &c)
        };
        let text = "Ona Virt, a manager at Kessel, Ambry and Lohr, said the bonds would hold.";
        let names = [
            ("Ona Virt", EntityKind::Person),
            ("Kessel, Ambry", EntityKind::Org),
            ("Lohr", EntityKind::Org),
        ];
        assert_eq!(
            joined(text, &names)[1],
            ("Kessel, Ambry and Lohr".to_owned(), EntityKind::Org)
        );
        // The last named alone elsewhere: a list after all.
        let text = "Kessel, Ambry and Lohr bid for the mine. Lohr said it would pay more.";
        let names = [
            ("Kessel, Ambry", EntityKind::Org),
            ("Lohr", EntityKind::Org),
            ("Lohr", EntityKind::Org),
        ];
        assert_eq!(joined(text, &names).len(), 3);
    }

    #[test]
    fn a_capitalised_word_after_a_possessive_opens_the_organisation() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let text = "The ministry's QVR Program Office and the state's Development Bank of \
                    Velmar agreed, as did Orvo's German Bank Ltd and Orvo's Paris Office.";
        let mut c = crate::pipeline::tests::candidates_in_order(
            text,
            &[
                ("Program Office", EntityKind::Org),
                ("Bank of Velmar", EntityKind::Org),
                ("Orvo", EntityKind::Org),
                ("Bank Ltd", EntityKind::Org),
                ("Orvo", EntityKind::Org),
                ("Office", EntityKind::Org),
            ],
        );
        open_after_possessive(&kinds, text, &mut c);
        let names: Vec<String> = crate::pipeline::tests::named_kinds(text, &c)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(
            names,
            [
                "QVR Program Office",
                "Development Bank of Velmar",
                "Orvo",
                "Bank Ltd",
                "Orvo",
                "Office"
            ]
        );
    }

    #[test]
    fn partners_surnames_are_one_firm() {
        let text = "\"It will hold,\" said Ona Virt, a portfolio manager at Kessel, \
                    Ambry and Lohr, which manages $2 billion.";
        assert!(whole(text, "Kessel, Ambry and Lohr"));
        // A surname listed as a first name too may close the firm.
        let text = "Ona Virt of Kessel, Ambry and Dean said so.";
        assert!(whole(text, "Kessel, Ambry and Dean"));
        let text = "Banco Orvia, Tellus Data, and Tarvin and Pole of the U.S. will join.";
        assert!(whole(text, "Tarvin and Pole"));
        // A first name after a list's closing ", and" opens one item.
        let text = "Banco Orvia, Tellus Data, and Dean and Pole of the U.S. will join.";
        assert!(whole(text, "Dean and Pole"));
    }

    #[test]
    fn companies_of_several_words_across_and_stay_a_list() {
        let text = "Zephyr Motors and Quantix Inc. will receive loans from Helio Bank.";
        assert!(!whole(text, "Zephyr Motors and Quantix Inc."));
    }

    #[test]
    fn a_part_named_alone_elsewhere_makes_a_list() {
        let text = "Tarvin and Pole bid for the mine. Tarvin said on Monday it would pay more.";
        assert!(!whole(text, "Tarvin and Pole"));
        let text = "Ortel and Vesk Holdings Ltd bid. Ortel's offer was higher.";
        assert!(!whole(text, "Ortel and Vesk Holdings Ltd"));
    }

    #[test]
    fn a_part_inside_another_name_is_not_named_alone() {
        let text = "Tarvin and Pole advised. The Tarvin Trust and Bank of Pole Securities did not.";
        assert!(whole(text, "Tarvin and Pole"));
    }

    #[test]
    fn first_names_places_and_longer_parts_stay_a_list() {
        assert!(!whole("Anna and Pole said so.", "Anna and Pole"));
        assert!(!whole("Tarvin and Paris said so.", "Tarvin and Paris"));
        assert!(!whole(
            "Orvik Motors and Tarnex agreed.",
            "Orvik Motors and Tarnex"
        ));
        // A legal form on both sides: two companies.
        assert!(!whole(
            "Orvik Ltd and Tarnex Ltd agreed.",
            "Orvik Ltd and Tarnex Ltd"
        ));
        // Five surnames are a list.
        assert!(!whole(
            "A met Orl, Vesk, Tamm, Lohr and Pask.",
            "Orl, Vesk, Tamm, Lohr and Pask"
        ));
    }
}
