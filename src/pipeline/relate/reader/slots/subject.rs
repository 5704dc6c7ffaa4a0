//! The subject of a trigger's clause, walked back to: a relative pronoun's
//! antecedent, the nearest name no preposition governs (with the names
//! coordinated with it), or, past a conjunction that joins two verbs, the
//! sentence's subject.

use super::super::super::clause::relative_antecedent;
use super::super::super::item::Item;
use super::{APPOSITION_REACH, RELATIVE_REACH, Reader, SUBJECT_REACH};

impl Reader<'_, '_> {
    /// The subject of the trigger's clause: walking back, a relative
    /// pronoun's antecedent ("X, who came …"), the nearest name no
    /// preposition governs (with the names coordinated with it), or, past a
    /// conjunction that joins two verbs, the sentence's subject ("X is based
    /// in A and runs …").
    pub(super) fn subject(&self) -> Vec<usize> {
        let at = &self.at;
        let lang = at.ctx.lang;
        let clause = &lang.relate.clause;
        let mut j = at.i;
        while j > at.i.saturating_sub(SUBJECT_REACH) {
            j -= 1;
            match &at.items[j] {
                Item::Word { .. } if self.stops_subject(j) => break,
                Item::Word { word, .. } if clause.relative_pronouns.contains(word) => {
                    return self.antecedent(j);
                }
                // "T, which is controlled by S, already owns": past a
                // relative (or participle) clause set off by commas.
                Item::Word { word, .. } if word == "," => {
                    if let Some(open) = (j.saturating_sub(RELATIVE_REACH)..j)
                        .rev()
                        .find(|&p| self.word(p) == ",")
                        .filter(|&p| {
                            clause.relative_pronouns.contains(self.word(p + 1))
                                || self.participle_opens(p + 1)
                        })
                    {
                        return self.antecedent(open + 1);
                    }
                }
                // A subject pronoun no one resolved: the subject is unknown.
                Item::Word { word, .. }
                    if lang.relate.pronoun.wants(word).is_some()
                        && !lang.relate.pronoun.possessive.contains(word) =>
                {
                    break;
                }
                Item::Word { word, .. } if clause.list_conjunctions.contains(word) => {
                    let next = j + 1;
                    // ", and": another clause, its subject not named, unless
                    // the verb follows at once and the subject opens the
                    // sentence ("T pours …, and sells them …").
                    let verb = (next..at.i)
                        .all(|k| clause.between_subject_and_verb.contains(self.word(k)));
                    let opens = (at.items.iter().take(2))
                        .any(|it| it.entity().is_some() && it.entity() == at.subject);
                    if self.word(j.wrapping_sub(1)) == "," && !(verb && opens) {
                        break;
                    }
                    if !verb && let Some(holder) = self.stake_listed(j) {
                        return holder;
                    }
                    if !verb && (self.opens_phrase(next) || self.capitalised(next)) {
                        // "its brewery and a second plant", "A and B": one
                        // clause.
                        self.joint.set(self.capitalised(next));
                        continue;
                    }
                    // "X is based in A and runs …": the sentence's subject.
                    return at
                        .subject
                        .filter(|&s| at.items[..j].iter().any(|it| it.entity() == Some(s)))
                        .into_iter()
                        .collect();
                }
                Item::Ent {
                    entity,
                    possessive: false,
                    ..
                } if !self.governed(j) && !self.modifier(j) && !self.region(j) => {
                    let list = self.list_ending_at(j);
                    if list.len() > 1 {
                        self.joint.set(true);
                    }
                    return list;
                }
                _ => {}
            }
        }
        Vec::new()
    }

    /// "S bought A and a 60% stake in T": a stake listed after an object,
    /// behind the conjunction at `j`, is the sentence subject's (when it
    /// stands before); A holds none. `None` when the trigger is no stake
    /// noun or no small-letter phrase opens after `j`.
    fn stake_listed(&self, j: usize) -> Option<Vec<usize>> {
        let at = &self.at;
        let listed = self.opens_phrase(j + 1)
            && !self.capitalised(j + 1)
            && at.ctx.lang.relate.holdings.stake.contains(at.word());
        listed.then(|| {
            at.subject
                .filter(|&s| at.items[..j].iter().any(|it| it.entity() == Some(s)))
                .into_iter()
                .collect()
        })
    }

    /// The name a place at `k` after a preposition only homes: "Drautal
    /// Beteiligungen of Klagenfurt, which has held 74% of T" (Drautal
    /// holds it). Else `k`.
    fn past_home(&self, k: usize) -> usize {
        let at = &self.at;
        let place = |j: usize| {
            at.items
                .get(j)
                .and_then(Item::entity)
                .map(|e| at.kind(e) == crate::model::EntityKind::Loc)
        };
        let homed = k >= 2
            && place(k) == Some(true)
            && at.ctx.lang.resolve.prepositions.contains(self.word(k - 1))
            && place(k - 2) == Some(false);
        if homed { k - 2 } else { k }
    }

    /// The antecedent of the relative pronoun (or of the preposition
    /// before it: "in which") at `j`: the names right before it, or before
    /// its comma (past an age: "Jon Hale, 66, who"), or before a
    /// description set off by commas ("A and B, the two largest seat
    /// makers, with which …").
    pub(super) fn antecedent(&self, j: usize) -> Vec<usize> {
        let mut names = self.antecedents(j);
        // "A and B, which is owned by C": a singular verb makes the clause
        // the last name's alone ("which are owned" is both's).
        let clause = &self.at.ctx.lang.relate.clause;
        if clause.relative_pronouns.contains(self.word(j))
            && clause.singular_verbs.contains(self.word(j + 1))
            && names.len() > 1
        {
            names.drain(..names.len() - 1);
        }
        names
    }

    /// [`Self::antecedent`]'s names, every member of a list.
    fn antecedents(&self, j: usize) -> Vec<usize> {
        // At the sentence's start there is nothing before it.
        let before = if self.word(j.wrapping_sub(1)) == "," {
            relative_antecedent(self.at.ctx.lang, self.at.items, j)
        } else {
            j.checked_sub(1)
        };
        let Some(k) = before.map(|k| self.past_home(k)) else {
            return Vec::new();
        };
        if self.word(k + 1) != ","
            || (self.at.items.get(k).and_then(Item::entity).is_some() && !self.description(k))
        {
            return self.list_ending_at(k);
        }
        let mut m = k;
        while m > 0 && k - m < APPOSITION_REACH && self.in_apposition(m) {
            m -= 1;
        }
        if m < k && self.word(m) == "," {
            self.list_ending_at(m.wrapping_sub(1))
        } else if self.description(k) && self.word(m) != "," {
            // "The Kassel-based buyer, which ranks behind A": a description
            // no name stands before is the antecedent itself.
            self.list_ending_at(k)
        } else {
            Vec::new()
        }
    }
}
