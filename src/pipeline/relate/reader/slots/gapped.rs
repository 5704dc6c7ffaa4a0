//! Gapped passive clauses after a passive trigger's agent: "T was advised
//! by A, and U by B", "T is owned by the fund A and U by the bank B" — the
//! verb left out, each gapped clause names its own subject and agent.

use super::super::super::item::Item;
use super::Reader;

/// How many describing words may open a gapped clause's subject ("and the
/// seller U by B").
const GAPPED_LEAD: usize = 3;

impl Reader<'_, '_> {
    /// True when the name at `k` opens a gapped passive clause: the
    /// trigger is passive and its agent's preposition follows the name
    /// ("… and U by B").
    pub(super) fn opens_gapped_passive(&self, k: usize) -> bool {
        self.passive
            && !self.reduced
            && matches!(
                self.at.items.get(k),
                Some(Item::Ent {
                    possessive: false,
                    ..
                })
            )
            && self.word(k + 1) == self.agent_word()
    }

    /// The gapped passive clauses after the trigger's own, to the end of
    /// its clause: each its subject and its agents ("T was advised by A,
    /// and U by B and C": U, [B, C]). Empty unless the trigger is passive.
    pub(in crate::pipeline::relate::reader) fn gapped_passives(&self) -> Vec<(usize, Vec<usize>)> {
        let at = &self.at;
        let lang = at.ctx.lang;
        let clause = &lang.relate.clause;
        let mut out = Vec::new();
        if !self.passive || self.reduced {
            return out;
        }
        let agent = self.agent_word();
        let Some(by) = (at.i + 1..at.items.len()).find(|&k| self.word(k) == agent) else {
            return out;
        };
        for k in by + 1..at.items.len() {
            let w = self.word(k);
            if lang.relate.reader.stops.contains(w) || w == "." {
                break;
            }
            if !clause.list_conjunctions.contains(w) {
                continue;
            }
            let mut s = k + 1;
            while s < k + 1 + GAPPED_LEAD && self.describing(s) && self.word(s) != agent {
                s += 1;
            }
            if !self.opens_gapped_passive(s) {
                continue;
            }
            let agents = self.names(s + 2, Some(agent));
            if let (Some(subject), false) = (at.items[s].entity(), agents.is_empty()) {
                out.push((subject, agents));
            }
        }
        out
    }
}
