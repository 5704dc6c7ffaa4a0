//! Legal forms of several words that close a company's name ("Sp. z
//! o.o.", "GmbH & Co. KG"), read when a name runs on over the company
//! words after it (see [`super::name_spans::extend_over_company_words`]).

use crate::model::Span;

use super::candidate::Candidate;
use super::kinds::Kinds;

/// The end of the name `candidates[i]` closed by a legal form of several
/// words (see [`legal_phrase_end`]), marking the names read inside the
/// form `swallowed`; none when no form follows or a name runs past it.
pub(super) fn close_with_legal_phrase(
    kinds: &Kinds,
    text: &str,
    candidates: &[Candidate],
    i: usize,
    swallowed: &mut [bool],
) -> Option<usize> {
    let phrase_end = legal_phrase_end(kinds, text, candidates[i].mention.span)?;
    let inside = candidates[i + 1..]
        .iter()
        .take_while(|n| n.mention.span.start < phrase_end)
        .count();
    let within = candidates[i + 1..i + 1 + inside]
        .iter()
        .all(|n| n.mention.span.end <= phrase_end);
    within.then(|| {
        swallowed[i + 1..i + 1 + inside].fill(true);
        phrase_end
    })
}

/// The end of a legal form of several words ("Sp. z o.o.") that opens
/// right after the name at `span`, or at its last word when the tagger
/// ended the name inside the form ("Wozny Olbar Sp").
fn legal_phrase_end(kinds: &Kinds, text: &str, span: Span) -> Option<usize> {
    let after = text[span.end..]
        .strip_prefix(' ')
        .and_then(|rest| kinds.legal_phrase_opening(rest))
        .map(|len| span.end + 1 + len);
    after.or_else(|| {
        let last = span.start + span.slice(text).rfind(' ')? + 1;
        let len = kinds.legal_phrase_opening(&text[last..])?;
        (last + len > span.end).then_some(last + len)
    })
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::name_spans::tests::{english, mended, owned};

    #[test]
    fn a_legal_form_in_small_letters_or_of_several_words_closes_a_company() {
        let (_, kinds) = english();
        let text = "The lamps came from Lustrava Hradek s.r.o., Tarnik Bělov a.s. \
                    and Izvor Kamen d.o.o.; Wozny Olbar Sp. z o.o. and Henner Geflug \
                    GmbH & Co. KG bid, as did Pekar Svob spol. s r.o. in Brno.";
        let got = mended(
            text,
            &[
                ("Lustrava Hradek", EntityKind::Person),
                ("Tarnik Bělov", EntityKind::Person),
                ("Izvor Kamen", EntityKind::Loc),
                ("Wozny Olbar Sp", EntityKind::Person),
                ("Henner Geflug", EntityKind::Person),
                ("KG", EntityKind::Org),
                ("Pekar Svob", EntityKind::Person),
                ("Brno", EntityKind::Loc),
            ],
            |c| crate::pipeline::name_spans::extend_over_company_words(&kinds, text, c),
        );
        let want = owned(&[
            ("Lustrava Hradek s.r.o.", EntityKind::Org),
            ("Tarnik Bělov a.s.", EntityKind::Org),
            ("Izvor Kamen d.o.o.", EntityKind::Org),
            ("Wozny Olbar Sp. z o.o.", EntityKind::Org),
            ("Henner Geflug GmbH & Co. KG", EntityKind::Org),
            ("Pekar Svob spol. s r.o.", EntityKind::Org),
            ("Brno", EntityKind::Loc),
        ]);
        assert_eq!(got, want);
        // "as" and "co" in small letters without stops are other words.
        let text = "Orvo Tarn as chair and Velma Holt co signed.";
        let got = mended(
            text,
            &[
                ("Orvo Tarn", EntityKind::Person),
                ("Velma Holt", EntityKind::Person),
            ],
            |c| crate::pipeline::name_spans::extend_over_company_words(&kinds, text, c),
        );
        let want = owned(&[
            ("Orvo Tarn", EntityKind::Person),
            ("Velma Holt", EntityKind::Person),
        ]);
        assert_eq!(got, want);
    }
}
