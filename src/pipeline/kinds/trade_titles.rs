//! A trade the title rules read ("trader", "consultant") right before a
//! company's name describes the company: "the Hamburg fruit trader Nordvik
//! Handelshaus", "the IT consultant Orvo Systems". No one holds a post
//! there, so the title goes, and no relation reads a post, or a person
//! in the place before it, from it.

use rustc_hash::FxHashSet;

use crate::model::EntityKind;
use crate::pipeline::candidate::Candidate;

use super::Kinds;

impl Kinds {
    /// Drops each title of `kinds/trade-titles.txt` that one space parts
    /// from an organisation's name after it.
    pub fn drop_trade_titles(&self, text: &str, candidates: &mut Vec<Candidate>) {
        let companies: FxHashSet<usize> = candidates
            .iter()
            .filter(|c| c.mention.kind == EntityKind::Org && !c.mention.nominal)
            .map(|c| c.mention.span.start)
            .collect();
        if companies.is_empty() {
            return;
        }
        candidates.retain(|c| {
            let m = &c.mention;
            !(m.kind == EntityKind::Title
                && text.get(m.span.end..m.span.end + 1) == Some(" ")
                && companies.contains(&(m.span.end + 1))
                && self
                    .words
                    .trade_titles
                    .contains_lowercase(m.span.slice(text)))
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::{analysis, kind_of};

    #[test]
    fn a_trade_before_a_company_is_no_title() {
        let text = "The stake was bought by the Hamburg fruit trader Nordvik Handelshaus, \
                    and the oil trader Jo Tarnby said prices rose.";
        let a = analysis(text);
        // The oil trader's title stays, the fruit trader's goes.
        let titles = a.mentions.iter().filter(|m| m.kind == Title).count();
        assert_eq!(titles, 1);
        assert_eq!(kind_of(text, "Nordvik Handelshaus"), Some(Org));
        assert_eq!(kind_of(text, "Hamburg"), Some(Loc));
        assert!(
            a.relations
                .iter()
                .all(|r| a.entities[r.source].name != "Hamburg"),
            "no relation of Hamburg"
        );
    }
}
