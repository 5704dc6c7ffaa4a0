//! Test kit of the resolution step: candidates for invented sentences, and
//! the entity a surface ended in; and the resolution of shared short forms.

use crate::model::{Entity, EntityKind, Mention, Provenance, Span};
use crate::pipeline::candidate::Candidate;
use crate::pipeline::kinds::Kinds;

use super::{Resolution, resolve};

/// Candidates for every occurrence of each `(surface, kind)` in `text`.
pub(super) fn candidates(text: &str, names: &[(&str, EntityKind)]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (name, kind) in names {
        for (start, _) in text.match_indices(name) {
            let span = Span::new(start, start + name.len());
            if out
                .iter()
                .any(|c: &Candidate| c.mention.span.overlaps(span))
            {
                continue;
            }
            out.push(Candidate {
                mention: Mention::new(span, *kind, Provenance::Model, 0.9),
                head: None,
            });
        }
    }
    out.sort_by_key(|c| c.mention.span.start);
    out
}

pub(super) fn entity_of<'a>(r: &'a Resolution, text: &str, surface: &str) -> &'a Entity {
    let m = r
        .mentions
        .iter()
        .position(|m| m.span.slice(text) == surface)
        .unwrap_or_else(|| panic!("{surface}"));
    &r.entities[r.mentions[m]
        .entity
        .unwrap_or_else(|| panic!("{surface} unresolved"))]
}

#[test]
fn a_bare_name_two_companies_share_goes_to_the_most_named() {
    let lang = crate::lang::Language::english().expect("English loads");
    let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
    let text = "Orvell Cell Systems and Kiran Motor will build a plant. Orvell will own 40%. \
                Orvell, a unit of Orvell Group, supplies Kiran. Orvell Cell Systems said \
                Orvell would hire. Pell Group said Pell would grow. Tamber Inc. and Tamber \
                Stores said Tamber would grow.";
    let c = candidates(
        text,
        &[
            ("Orvell Cell Systems", EntityKind::Org),
            ("Orvell Group", EntityKind::Org),
            ("Kiran Motor", EntityKind::Org),
            ("Pell Group", EntityKind::Org),
            ("Tamber Inc.", EntityKind::Org),
            ("Tamber Stores", EntityKind::Org),
            ("Orvell", EntityKind::Org),
            ("Kiran", EntityKind::Org),
            ("Pell", EntityKind::Org),
            ("Tamber", EntityKind::Org),
        ],
    );
    let sentences = vec![Span::new(0, text.len())];
    let r = resolve(&lang.resolve, &kinds, text, c, &sentences, &[]);
    let orvell = entity_of(&r, text, "Orvell");
    assert_eq!(orvell.name, "Orvell Cell Systems", "{:?}", orvell.aliases);
    assert_eq!(orvell.mentions.len(), 5, "{:?}", orvell.aliases);
    let group = entity_of(&r, text, "Orvell Group");
    assert_eq!(group.mentions.len(), 1, "{:?}", group.aliases);
    // With no other company of the word, the bare name is the group's.
    assert_eq!(entity_of(&r, text, "Pell").name, "Pell Group");
    // A company's own legal suffix is no parent: "Tamber" is Tamber Inc.
    assert_eq!(entity_of(&r, text, "Tamber").name, "Tamber Inc.");
}
