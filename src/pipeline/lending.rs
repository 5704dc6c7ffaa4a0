//! Lending: the lender and borrower of an amount a noun of credit governs
//! ("a $N loan from L"), read from its money frame, for the figures stage.
//! A borrower the frame took from the sentence before is no party of the
//! clause: such a figure is left to the deal or payment its sentence names.

use crate::model::RelationKind;

use super::relate::Framed;

/// The lender of mention `i` when a noun of credit governs it and its
/// frame names a lender who is neither party of the deal its sentence refers
/// to (`deal`), and the deal names its buyer.
pub(super) fn lent_for(
    frames: &[Framed],
    i: usize,
    deal: (Option<usize>, Option<usize>),
) -> Option<usize> {
    let f = frames.iter().find(|f| f.mention == i && f.credit)?;
    let lender = f.payer?;
    (deal.0.is_some() && deal.0 != Some(lender) && deal.1 != Some(lender)).then_some(lender)
}

/// True when a noun of credit governs mention `i` and its frame names no
/// lender ("a $N loan from a group of banks").
pub(super) fn unnamed_lender(frames: &[Framed], i: usize) -> bool {
    frames
        .iter()
        .any(|f| f.mention == i && f.credit && f.payer.is_none())
}

/// The party a further credit for a deal of `kind` with `(payer, payee)`
/// `deal` funds: a loan's borrower ("The loan comes on top of a $N grant
/// from G": G pays the borrower, not the first lender), else the deal's
/// buyer ("The purchase is financed with a $N loan from L").
pub(super) fn funded(kind: RelationKind, deal: (Option<usize>, Option<usize>)) -> Option<usize> {
    if kind == RelationKind::LendsTo {
        deal.1
    } else {
        deal.0
    }
}

/// `(lender, borrower)` of mention `i` when a noun of credit governs it and
/// its own clause names both.
pub(super) fn lent(frames: &[Framed], i: usize) -> Option<(usize, usize)> {
    let f = frames.iter().find(|f| f.mention == i && f.credit)?;
    f.payer.zip(f.payee).filter(|_| !f.before)
}
