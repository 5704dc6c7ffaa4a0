//! Works and the towns they stand in: "the Orvo Assembly Plant of Tarsia,
//! Ohio" is a plant and a town, two names the tagger reads as one; "Kestrel
//! City Assembly" is one plant the tagger reads as a town and a word.
//!
//! Takes the tagging stage's candidates (sorted by start, non-overlapping);
//! gives them back with such names split or joined.

use memchr::memmem;

use crate::model::{EntityKind, Mention, Provenance, Span};

use super::candidate::Candidate;
use super::kinds::Kinds;

/// Mends works' names among `candidates`:
/// - "Orvo Assembly Plant of Tarsia": a name whose words before "of" end in
///   a works word ("Plant", "Assembly") and whose words after it are a
///   listed place, or a town followed by ", " and a listed place ("Tarsia,
///   Ohio"), is the works (an organisation) and the place;
/// - "Kestrel City Assembly": a place right before a lone works word the
///   tagger read as a name of its own is one works, an organisation.
pub fn mend_facilities(kinds: &Kinds, text: &str, candidates: &mut Vec<Candidate>) {
    let is_name = |c: &Candidate| c.mention.kind.is_name() && !c.mention.nominal;
    // Its searcher is built once for every name (not once a name).
    let of = format!(" {} ", kinds.of_word());
    let of = memmem::Finder::new(of.as_bytes());
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for mut c in candidates.drain(..) {
        if !is_name(&c) {
            out.push(c);
            continue;
        }
        let name = c.mention.span.slice(text);
        if kinds.is_facility_word(name)
            && let Some(place) = out.last_mut().filter(|p| {
                is_name(p)
                    && p.mention.kind == EntityKind::Loc
                    && p.mention.span.end + 1 == c.mention.span.start
                    && text[p.mention.span.end..].starts_with(' ')
            })
        {
            place.mention.span = Span::new(place.mention.span.start, c.mention.span.end);
            place.mention.kind = EntityKind::Org;
            continue;
        }
        if let Some((works_end, split)) = works_of_place(kinds, text, &of, c.mention.span) {
            c.mention.span = Span::new(c.mention.span.start, works_end);
            c.mention.kind = EntityKind::Org;
            out.push(c);
            out.push(Candidate {
                mention: Mention::new(split, EntityKind::Loc, Provenance::Rule, 0.9),
                head: None,
            });
            continue;
        }
        out.push(c);
    }
    *candidates = out;
}

/// The end of the works and the span of the place of "<works> of <place>"
/// (`of` finds "of" with a space either side), when the name at `span` is one.
fn works_of_place(
    kinds: &Kinds,
    text: &str,
    of: &memmem::Finder<'_>,
    span: Span,
) -> Option<(usize, Span)> {
    let name = span.slice(text);
    let at = of.find(name.as_bytes())?;
    let of_len = of.needle().len();
    let works = &name[..at];
    let place = &name[at + of_len..];
    let last = works.split_whitespace().next_back()?;
    let state_after = || {
        text[span.end..].strip_prefix(", ").is_some_and(|rest| {
            let word_end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '.'))
                .unwrap_or(rest.len());
            let words: Vec<&str> = rest[..word_end].split_whitespace().collect();
            (1..=words.len().min(3)).any(|n| kinds.is_place(&words[..n].join(" ")))
        })
    };
    (works.contains(' ')
        && kinds.is_facility_word(last)
        && place.starts_with(char::is_uppercase)
        && (kinds.is_place(place) || state_after()))
    .then(|| {
        (
            span.start + at,
            Span::new(span.start + at + of_len, span.end),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::tests::{candidates_in_order, named_kinds};

    #[test]
    fn a_works_and_its_town_are_two_names_and_a_town_with_a_works_word_one() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let text = "Plants: * Orvo Assembly Plant of Tarsiaville, Ohio * Boston Assembly of Boston, \
                    Massachusetts * Bank of Kestrel, Ohio * Zélie Works of Lyon";
        let mut c = candidates_in_order(
            text,
            &[
                ("Orvo Assembly Plant of Tarsiaville", EntityKind::Org),
                ("Ohio", EntityKind::Loc),
                ("Boston", EntityKind::Loc),
                ("Assembly", EntityKind::Org),
                ("Boston", EntityKind::Loc),
                ("Massachusetts", EntityKind::Loc),
                ("Bank of Kestrel", EntityKind::Org),
                ("Ohio", EntityKind::Loc),
                ("Zélie Works of Lyon", EntityKind::Org),
            ],
        );
        mend_facilities(&kinds, text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Orvo Assembly Plant", EntityKind::Org),
            ("Tarsiaville", EntityKind::Loc),
            ("Ohio", EntityKind::Loc),
            ("Boston Assembly", EntityKind::Org),
            ("Boston", EntityKind::Loc),
            ("Massachusetts", EntityKind::Loc),
            ("Bank of Kestrel", EntityKind::Org),
            ("Ohio", EntityKind::Loc),
            ("Zélie Works", EntityKind::Org),
            ("Lyon", EntityKind::Loc),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }
}
