//! The mapping from MEANTIME's semantic roles to Dossier relation classes:
//! the rule table `assets/eval/srl-map.tsv`, the irregular forms of
//! `assets/eval/srl-forms.tsv`, and how an event mention's words are brought
//! to a lemma when MEANTIME left its `pred` empty.

use crate::model::RelationKind;

const MAP: &str = include_str!("../../../assets/eval/srl-map.tsv");
const FORMS: &str = include_str!("../../../assets/eval/srl-forms.tsv");

/// The class name under which ceo_of, chairman_of and employee_of are
/// scored together.
pub const ROLE: &str = "role";

/// A relation class of this measure: a kind's schema name, or [`ROLE`].
pub type Class = &'static str;

/// The class a predicted kind is scored as, and whether its ends are
/// swapped to reach it (`sells_to(A, B)` is `buys_from(B, A)`).
pub fn class_of(kind: RelationKind) -> (Class, bool) {
    match kind {
        RelationKind::CeoOf | RelationKind::ChairmanOf | RelationKind::EmployeeOf => (ROLE, false),
        RelationKind::SellsTo => (RelationKind::BuysFrom.props().name, true),
        k => (k.props().name, false),
    }
}

/// True when the class's direction carries no meaning.
pub fn symmetric(class: Class) -> bool {
    RelationKind::ALL
        .iter()
        .any(|k| k.props().name == class && k.props().symmetric)
}

/// Where an end of a rule is found: a role, or the maker of the Arg1
/// product.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    /// A PropBank role (`Arg0`, …).
    Role(String),
    /// The organisation named inside a mention of the event's Arg1 product.
    Maker,
}

/// One end of a rule: alternatives tried in order, and the entity types
/// allowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct End {
    /// Slots, the first that gives a participant is used.
    pub slots: Vec<Slot>,
    /// MEANTIME `ent_type`s allowed (`ORG`, `LOC`, `PER`).
    pub types: Vec<String>,
}

/// A condition on the event's participants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Require {
    /// The role looked at.
    pub role: String,
    /// The types it must (or must not) have.
    pub types: Vec<String>,
    /// True for `!`: no participant in that role has one of the types.
    pub absent: bool,
}

/// One row of the table.
#[derive(Clone, Debug)]
pub struct Rule {
    /// The class it gives (a schema kind name, `buys_from` for `sells_to`
    /// rows after their ends are swapped, or [`ROLE`]).
    pub class: Class,
    /// Event lemmas it applies to.
    pub predicates: Vec<String>,
    /// Where the source end is found.
    pub source: End,
    /// Where the target end is found.
    pub target: End,
    /// Conditions on the participants.
    pub requires: Vec<Require>,
    /// True for a `sells_to` row: source and target are swapped into
    /// `buys_from`.
    pub swap: bool,
}

fn types(s: &str) -> Vec<String> {
    s.split(',').map(|t| t.trim().to_owned()).collect()
}

fn end(s: &str) -> End {
    let (slots, allowed) = s.split_once(':').unwrap_or((s, "ORG,LOC,PER"));
    End {
        slots: slots
            .split('|')
            .map(|x| match x.trim() {
                "maker" => Slot::Maker,
                r => Slot::Role(r.to_owned()),
            })
            .collect(),
        types: types(allowed),
    }
}

fn class_named(name: &str) -> Option<(Class, bool)> {
    if name == ROLE {
        return Some((ROLE, false));
    }
    RelationKind::ALL
        .iter()
        .find(|k| k.props().name == name)
        .map(|k| class_of(*k))
}

/// The rule table, parsed from `text` (the format of `srl-map.tsv`).
/// Panics on a malformed row: the table is part of the build.
pub fn parse_rules(text: &str) -> Vec<Rule> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 5, "srl-map row needs 5 columns: {line}");
            let (class, swap) =
                class_named(cols[0]).unwrap_or_else(|| panic!("unknown kind in srl-map: {line}"));
            let requires = cols[4]
                .split_whitespace()
                .filter(|c| *c != "-")
                .map(|c| {
                    let absent = c.starts_with('!');
                    let (role, allowed) =
                        c.trim_start_matches('!').split_once(':').unwrap_or((c, ""));
                    Require {
                        role: role.to_owned(),
                        types: types(allowed),
                        absent,
                    }
                })
                .collect();
            Rule {
                class,
                predicates: cols[1].split(',').map(|p| p.trim().to_owned()).collect(),
                source: end(cols[2]),
                target: end(cols[3]),
                requires,
                swap,
            }
        })
        .collect()
}

/// The bundled rule table.
pub fn rules() -> Vec<Rule> {
    parse_rules(MAP)
}

/// The lemmas a word may stand for: itself, its irregular lemma, and the
/// word without a regular ending (-s, -es, -ed, -d, -ing, doubled
/// consonants undone, a dropped -e restored).
pub fn lemmas(word: &str) -> Vec<String> {
    let w = word.to_lowercase();
    let mut out = vec![w.clone()];
    for line in FORMS.lines().filter(|l| !l.starts_with('#')) {
        if let Some((form, lemma)) = line.split_once('\t')
            && form == w
        {
            out.push(lemma.trim().to_owned());
        }
    }
    for suffix in ["s", "es", "ed", "d", "ing"] {
        if let Some(stem) = w.strip_suffix(suffix)
            && stem.len() >= 2
        {
            out.push(stem.to_owned());
            if suffix == "ing" || suffix == "ed" {
                out.push(format!("{stem}e"));
                let b = stem.as_bytes();
                if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
                    out.push(stem[..stem.len() - 1].to_owned());
                }
            }
        }
    }
    out
}

/// True when an event mention with MEANTIME lemma `pred` (maybe empty)
/// and surface `words` stands for `predicate` (one or more words).
pub fn stands_for(pred: &str, words: &[String], predicate: &str) -> bool {
    if pred.eq_ignore_ascii_case(predicate) {
        return true;
    }
    let want: Vec<&str> = predicate.split_whitespace().collect();
    if want.is_empty() || words.len() < want.len() {
        return false;
    }
    let forms: Vec<Vec<String>> = words.iter().map(|w| lemmas(w)).collect();
    forms
        .windows(want.len())
        .any(|run| run.iter().zip(&want).all(|(f, w)| f.iter().any(|x| x == w)))
}
