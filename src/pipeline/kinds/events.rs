//! Events named like organisations: "the Orvane Developers Conference",
//! "the Tarsia Air Show", "the 2012 Winter Games". The tagger reads a
//! capitalised phrase ending in an event noun as a company or place; the
//! gold and an analyst call it an other name (MISC).

use crate::model::{Entity, EntityKind, Mention};

use super::Kinds;

impl Kinds {
    /// Retypes organisations, places and people whose name ends in an
    /// event noun ("Conference", "Summit", "Expo") as other names; returns
    /// how many changed.
    pub fn mark_events(&self, entities: &mut [Entity], mentions: &mut [Mention]) -> usize {
        let mut changed = 0;
        for e in entities.iter_mut() {
            if !matches!(
                e.kind,
                EntityKind::Org | EntityKind::Loc | EntityKind::Person
            ) || !self.is_event_name(&e.name)
            {
                continue;
            }
            e.kind = EntityKind::Misc;
            for &m in &e.mentions {
                mentions[m].kind = EntityKind::Misc;
            }
            changed += 1;
        }
        changed
    }

    /// Two words or more, the last an event noun, none listed as an
    /// organisation as a whole.
    pub(crate) fn is_event_name(&self, name: &str) -> bool {
        let mut words = name.split_whitespace();
        let last = words.next_back().unwrap_or("");
        words.next().is_some() && self.words.event_heads.contains(last) && !self.is_listed_org(name)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_name_ending_in_an_event_noun_is_an_other_name() {
        let text = "Keltic Inc. showed the Z9 at the Orvane Developers Conference in Oslo, \
                    and Brisk Systems will attend the Tarsia Air Show in June.";
        assert_eq!(kind_of(text, "Orvane Developers Conference"), Some(Misc));
        assert_eq!(kind_of(text, "Tarsia Air Show"), Some(Misc));
        assert_eq!(kind_of(text, "Keltic Inc."), Some(Org));
    }
}
