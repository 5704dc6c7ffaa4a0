//! The money chart: a headline figure and its restatement in the lead are
//! one bar (here one figure with a repeat), and the panel's header counts it once.

use dossier::app::panels::money_bars::money_bars;

use crate::corpus_graph::opened;
use crate::gui::shows;

#[test]
fn a_headline_figure_and_its_restatement_are_one_bar() {
    let h = opened(&[(
        "notes.txt",
        "Tervane Bank sets HK$ 43 mln notes.\n\
         HONG KONG 1996-08-22\n\
         Tervane Bank's HK$ 43 million floating rate note issue has been privately \
         placed, the bank said.\n",
    )]);
    let a = &h.state().doc().expect("doc").analysis;
    // The wire headline (ending in a full stop over its dateline) is read as
    // a headline: its figure is one fact with the body's statement as its
    // repeat, not a second fact.
    let hkd: Vec<_> = a.money.iter().filter(|f| f.currency == "HKD").collect();
    assert_eq!(
        hkd.len(),
        1,
        "one figure for both statements: {:?}",
        a.money
    );
    assert_eq!(
        hkd[0].repeats.len(),
        1,
        "the other statement is its repeat: {hkd:?}"
    );
    assert!(shows(&h, "Money (1)"), "the header counts one figure");
    // The chart draws the amount once.
    let bars = money_bars(a);
    assert_eq!(bars.len(), 1, "{bars:?}");
    assert_eq!(bars[0].1.len(), 1, "{bars:?}");
}
