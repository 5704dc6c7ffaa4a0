//! Workplaces: the names a job or a deal is "of" or "at" ("chairman of
//! Helsing", "an analyst at Morningstar", "Analyst Jo Tarn of Orvo", "the
//! leasing arm of Japan's Mizuho") are organisations; the names a company
//! is "headquartered in" are places.

use crate::lang::{lowered, with_lowercase, words_back};
use crate::model::Span;

use super::Kinds;

/// Most words of a person's name between a job and "of" ("Analyst Jo Tarn
/// of Orvo").
const NAME_WORDS: usize = 3;

/// Most words between a verb of joining and the "from" of the employer
/// left ("joined Velmar in 2016 from Orvo").
const JOIN_GAP_WORDS: usize = 6;

/// Most words between ", where she" and the verb of the job held there
/// ("where she had run").
const FORMER_JOB_GAP_WORDS: usize = 2;

impl Kinds {
    /// True for the place of a job or a deal: "chairman of Helsing", "a
    /// subsidiary of Jio", "an analyst at Morningstar", "the purchase of
    /// Orvo Surgical", "the leasing arm of Japan's Orvo" (past a place's
    /// possessive), "Analyst Jo Tarn of Orvo" (past the person holding the
    /// job), the head of a unit at it ("a former product head at
    /// Tarnkart"), or a company noun in apposition before it ("its wealth arm,
    /// Orvo Private."). No person is worked at or bought, so this outweighs
    /// a first name ("an analyst at Morgan Stanley"); a name that owns the
    /// next noun ("chairman of Jo Tarn's firm") is no place.
    pub(super) fn is_role_place(&self, text: &str, span: Span) -> bool {
        let after = &text[span.end..];
        if after.starts_with(['\'', '’']) {
            return false;
        }
        let back = words_back(&text[..span.start]).take(NAME_WORDS + 3);
        let possessor = back.clone().next().is_some_and(|w| {
            w.starts_with(char::is_uppercase) && (w.ends_with("'s") || w.ends_with("’s"))
        });
        let words = back.skip(usize::from(possessor));
        let mut near = words.clone();
        let prev = lowered(near.next().unwrap_or_default());
        let word_before = lowered(near.next().map_or("", |w| w.trim_end_matches(',')));
        let of = *prev == self.words.of;
        let at = self.words.at.contains(&prev);
        // The words further back only where a job before may be read (most
        // names have neither "of" nor "at" before them).
        let words: Vec<&str> = if (of || at) && !possessor {
            words.collect()
        } else {
            Vec::new()
        };
        (of && self.words.org_roles_of.contains(&word_before))
            || (at && self.words.org_roles_at.contains(&word_before))
            || (*prev == self.words.at_itself && self.words.heads_at.contains(&word_before))
            || ((of || at) && !possessor && self.job_holder_before(&words[1.min(words.len())..]))
            || (at && !possessor && self.job_named_before(&words[1.min(words.len())..]))
            || self.company_noun_before(text, span)
            || self.left_employer(text, span)
    }

    /// "joined in 2022 from Orvo", "came to Velmar from Orvo, where she ran
    /// the leasing arm": the employer a person left, after "from", with a
    /// verb of joining before it in its clause or a job held there after
    /// it; never a listed place that no list gives as a company ("moved
    /// from Tarnow, where she ran a bakery").
    fn left_employer(&self, text: &str, span: Span) -> bool {
        let Some((from_at, from)) = super::word_start_before(text, span.start) else {
            return false;
        };
        if !self.words.supply_from.contains_lowercase(from) {
            return false;
        }
        let joined = words_back(&text[..from_at])
            .take(JOIN_GAP_WORDS)
            .take_while(|w| !w.ends_with([',', '.', ';', ':']))
            .any(|w| self.words.join_verbs.contains_lowercase(w));
        // "joined in 2019 from London": a listed place is left to the
        // words that put it somewhere, unless a list names a company so.
        let name = span.slice(text);
        (joined || self.former_job_after(text, span.end))
            && (!self.is_place(name) || self.is_listed_org(name))
    }

    /// ", where she ran …", ", where he had been …": a clause of a job held
    /// at the name ending at `end`.
    fn former_job_after(&self, text: &str, end: usize) -> bool {
        let Some(rest) = text[end..].strip_prefix(", ") else {
            return false;
        };
        let mut words = rest.split_whitespace();
        words
            .next()
            .is_some_and(|w| self.words.former_job_where.contains(w))
            && words
                .next()
                .is_some_and(|w| self.words.clause_pronouns.contains(w))
            && words
                .take(FORMER_JOB_GAP_WORDS)
                .any(|w| self.words.former_job_verbs.contains(w))
    }

    /// "Analyst Jo Tarn" before "of": a capitalised name of a few words
    /// (`words` nearest first) right after a job held at a company.
    fn job_holder_before(&self, words: &[&str]) -> bool {
        for k in 1..=NAME_WORDS {
            let Some(word) = words.get(k - 1) else {
                return false;
            };
            if !word.starts_with(char::is_uppercase) || word.ends_with([',', '.', ';']) {
                return false;
            }
            if words
                .get(k)
                .is_some_and(|job| self.words.org_roles_at.contains_lowercase(job))
            {
                return true;
            }
        }
        false
    }

    /// "worked as a distiller at": a lower-case job after "as a" (`words`
    /// nearest first, from the job), whatever the job.
    fn job_named_before(&self, words: &[&str]) -> bool {
        let [job, determiner, link, ..] = words else {
            return false;
        };
        job.chars().all(char::is_lowercase)
            && self.words.determiners.contains_lowercase(determiner)
            && self.words.job_as.contains_lowercase(link)
    }

    /// "headquartered in Palma": a verb that puts a company somewhere and a
    /// place preposition right before the name.
    pub(super) fn based_in_before(&self, text: &str, span: Span) -> bool {
        let mut before = words_back(&text[..span.start]);
        before
            .next()
            .is_some_and(|w| self.words.place_prepositions.contains_lowercase(w))
            && before
                .next()
                .is_some_and(|w| self.words.based_verbs.contains(w.trim_end_matches(',')))
    }

    /// "its European division, Orvo.": the name closes an apposition to a
    /// company noun (a comma or stop right after it), and is no first name
    /// and surname ("the company, Jo Tarn, said").
    pub(super) fn company_noun_before(&self, text: &str, span: crate::model::Span) -> bool {
        let closes = text[span.end..]
            .chars()
            .next()
            .is_none_or(|c| ",.;:)".contains(c));
        let name = span.slice(text);
        let full_name = self.starts_with_first_name(name)
            && name.contains(' ')
            && name
                .rsplit(' ')
                .next()
                .is_some_and(|w| with_lowercase(w, |w| self.person_names.contains(w)));
        closes
            && !full_name
            && text[..span.start].strip_suffix(", ").is_some_and(|before| {
                before
                    .rsplit(' ')
                    .next()
                    .is_some_and(|noun| with_lowercase(noun, |n| self.is_company_noun(n)))
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_job_holders_employer_and_a_headquarters_town() {
        let text = "Analyst Mirek Tannhaus of Quellmark said the deal was fair. Jo Marr, \
                    who ran the leasing arm of Japan's Sorvato, joined in 2019. Velmar \
                    Hoteles, headquartered in Santa Vellena de Orro, runs 61 hotels.";
        assert_eq!(kind_of(text, "Quellmark"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Sorvato"), Some(EntityKind::Org));
        assert_eq!(
            kind_of(text, "Santa Vellena de Orro"),
            Some(EntityKind::Loc)
        );
        // A listed town a job is held at, where nothing is put, is the employer.
        let text = "Analyst Mirek Tannhaus of Zwolle said the price was fair.";
        assert_eq!(kind_of(text, "Zwolle"), Some(EntityKind::Org));
        let text = "Analyst Mirek Tannhaus of Zwolle said the plant in Zwolle would close.";
        assert_eq!(kind_of(text, "Zwolle"), Some(EntityKind::Loc));
        let text = "Tarnvelle was founded in 2004 by Jo Marr, a former agronomist at INRAV, \
                    and his wife.";
        assert_eq!(kind_of(text, "INRAV"), Some(EntityKind::Org));
    }

    #[test]
    fn the_employer_a_person_left_is_an_organisation() {
        let text = "Its chief executive, Ida Brenn, joined in 2022 from Halvorsen Keane, \
                    where she ran the leasing arm.";
        assert_eq!(kind_of(text, "Halvorsen Keane"), Some(EntityKind::Org));
        let text = "Ida Brenn joined Velmar Aero in 2016 from Corrow Re and now runs sales.";
        assert_eq!(kind_of(text, "Corrow Re"), Some(EntityKind::Org));
        let text = "Ida Brenn came to Velmar Aero in 2021 from Ostravia, where she had \
                    run the drone programme.";
        assert_eq!(kind_of(text, "Ostravia"), Some(EntityKind::Org));
        // A listed town a person moved from, with no verb of joining, is the town.
        let text = "Ida Brenn came to Velmar Aero from Zwolle, where she ran a bakery.";
        assert_eq!(kind_of(text, "Zwolle"), Some(EntityKind::Loc));
    }
}
