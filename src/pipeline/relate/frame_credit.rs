//! Credit told over two sentences: "T has been thrown a $N lifeline … S is
//! leading a $M loan". A lender's amount whose own clause names no
//! borrower is lent to the subject of the sentence before when that subject
//! is the company the text tells of (its most named organisation), other
//! than the lender: a supplier named in passing borrows nothing. A clause
//! that names no subject at all ("The money replaces a $N credit line from
//! L") borrows for that company too.

use crate::model::EntityKind;

use super::context::Context;
use super::frame_refs::Framed;
use super::item::Item;

/// Gives each credit frame of a sentence that names its lender but no
/// borrower the subject of the sentence `before` as borrower (the caller
/// passes it only when it is the text's main organisation).
pub(super) fn borrower_before(ctx: &Context<'_>, frames: &mut [Framed], before: Option<usize>) {
    let Some(b) = before.filter(|&e| ctx.kinds.get(e) == Some(&EntityKind::Org)) else {
        return;
    };
    for f in frames.iter_mut().filter(|f| {
        f.credit
            && f.payee.is_none()
            && !f.several
            && !f.lenders
            && f.listed.is_none()
            && f.payer.is_some_and(|p| p != b)
    }) {
        f.payee = Some(b);
        f.before = true;
    }
}

/// How many items after the lender of a relative clause its verb of
/// getting may stand ("that T, its parent, received").
const RELATIVE_VERB_REACH: usize = 6;

/// The lender a relative clause right after a credit noun opens with: "a
/// $N loan that S has agreed to provide", "a $N loan that S approved for
/// T". A verb of getting after the name makes it the borrower ("a $N grant
/// that T received"), no lender.
pub(super) fn relative_lender(ctx: &Context<'_>, items: &[Item], behind: usize) -> Option<usize> {
    let Some(Item::Word { word, .. }) = items.get(behind) else {
        return None;
    };
    if !ctx.lang.relate.clause.relative_pronouns.contains(word) {
        return None;
    }
    let Some(&Item::Ent {
        entity,
        possessive: false,
        ..
    }) = items.get(behind + 1)
    else {
        return None;
    };
    let gets =
        items.iter().skip(behind + 2).take(RELATIVE_VERB_REACH).any(
            |x| matches!(x, Item::Word { word, .. } if ctx.lang.relate.frame.get.contains(word)),
        );
    (!gets).then_some(entity)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::check_money_figures as check;

    #[test]
    fn a_lender_with_no_borrower_lends_to_the_subject_before() {
        check(&[
            (
                "Velmar Foods packs honey in jars. \
                 Velmar Foods has secured a rescue package worth 62 million euros from its lenders. \
                 The state development bank Kordbank is providing a 25 million euro loan.",
                &[
                    ("62 million euros", None, Some("Velmar Foods")),
                    ("25 million euro", Some("Kordbank"), Some("Velmar Foods")),
                ],
            ),
            // A clause with no subject borrows for the company the text
            // tells of.
            (
                "Velmar Foods has secured 180 million crowns of new loans from three banks. \
                 Of the total, Tessel Bank is lending Velmar Foods 80 million crowns. \
                 The money replaces a 150 million crown credit line from Orrin Bank.",
                &[
                    ("180 million crowns", None, Some("Velmar Foods")),
                    (
                        "80 million crowns",
                        Some("Tessel Bank"),
                        Some("Velmar Foods"),
                    ),
                    (
                        "150 million crown",
                        Some("Orrin Bank"),
                        Some("Velmar Foods"),
                    ),
                ],
            ),
            // The lead bank of a loan and a bank that stretches a credit line.
            (
                "Velmar Foods has been thrown a 48 million euro lifeline by a group of banks. \
                 Tessel Bank is leading a 30 million euro working-capital loan, while \
                 Orrin Bank has agreed to stretch an existing 10 million euro credit line.",
                &[
                    ("48 million euro", None, Some("Velmar Foods")),
                    ("30 million euro", Some("Tessel Bank"), Some("Velmar Foods")),
                    ("10 million euro", Some("Orrin Bank"), Some("Velmar Foods")),
                ],
            ),
        ]);
    }

    #[test]
    fn a_borrower_the_clause_names_stays() {
        check(&[
            // The possessor of the credit borrows it.
            (
                "Quantix Bank has agreed to extend Velmar Foods' 1.2 billion euro credit facility by two years.",
                &[(
                    "1.2 billion euro",
                    Some("Quantix Bank"),
                    Some("Velmar Foods"),
                )],
            ),
            // "to T" names the borrower in the clause itself.
            (
                "Velmar Foods opened a plant in Lyon. Kordbank will provide a 20 million euro loan to Orrin Mills.",
                &[("20 million euro", Some("Kordbank"), Some("Orrin Mills"))],
            ),
            // A subject the text names in passing borrows nothing; with no
            // subject of its own the clause borrows for the company the
            // text tells of.
            (
                "Velmar Foods ordered six ships. Velmar Foods runs ferries. \
                 Orrin Engines will supply the engines. \
                 The ships will be financed by a 90 million euro loan from Kordbank.",
                &[("90 million euro", Some("Kordbank"), Some("Velmar Foods"))],
            ),
            // No credit noun: no borrower from the sentence before.
            (
                "Velmar Foods opened a plant in Lyon. Kordbank spent 20 million euros on new offices.",
                &[("20 million euros", Some("Kordbank"), None)],
            ),
        ]);
    }

    #[test]
    fn a_relative_clause_after_a_loan_names_its_lender() {
        for text in [
            "Brenmoor Cable will build the line with a 60 million euro loan that Castel Bank approved in October.",
            "Brenmoor Cable will build the line with a 60 million euro loan that Castel Bank, its house bank, has agreed to provide.",
        ] {
            let got = crate::pipeline::tests::money_parties(text);
            assert_eq!(got[0].1.as_deref(), Some("Castel Bank"), "{text}");
        }
        // The one who gets it is no lender.
        let text = "Brenmoor Cable will build the line with a 60 million euro grant that Tarvel Power received in May.";
        let got = crate::pipeline::tests::money_parties(text);
        assert_ne!(got[0].1.as_deref(), Some("Tarvel Power"), "{text}");
    }
}
