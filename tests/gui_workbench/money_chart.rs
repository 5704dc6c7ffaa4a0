//! The money chart: a headline figure and its restatement in the lead are
//! one bar, and the panel's header says how many mentions it stands for.

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
    let hkd = a.money.iter().filter(|f| f.currency == "HKD").count();
    assert_eq!(hkd, 2, "both statements are kept: {:?}", a.money);
    assert!(
        shows(&h, "Money (1 figure, 2 mentions)"),
        "one bar for the two statements"
    );
    // The chart draws the amount once, as the body's statement.
    let bars = money_bars(a);
    assert_eq!(bars.len(), 1, "{bars:?}");
    assert_eq!(bars[0].1.len(), 1, "{bars:?}");
    assert_eq!(bars[0].1[0].facts.len(), 2, "{bars:?}");
}
