//! A company and where it is from, read as one name: "bids from Orsanno of
//! Austria", "against Tarvik Scaffolding of Glasgow". News names a rival or
//! supplier by its home this way; the tagger glues the two. A name whose
//! last part is "of" and a listed place, and whose word before "of" heads no
//! name of a place ("Bank of Ireland", "University of Leeds", "Bay of
//! Biscay" stay whole), is split into the company and the place.

use crate::model::{EntityKind, Mention, Span};
use crate::pipeline::candidate::Candidate;

use super::Kinds;

impl Kinds {
    /// Splits "COMPANY of PLACE" organisation names into the company and
    /// the place (see the module documentation); returns how many split.
    pub fn split_places_of(&self, text: &str, candidates: &mut Vec<Candidate>) -> usize {
        let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
        let mut split = 0;
        for c in candidates.drain(..) {
            match self.place_of_split(text, &c) {
                Some((company, place)) => {
                    let m = &c.mention;
                    let mut first = c.clone();
                    first.mention = Mention::new(company, m.kind, m.source, m.confidence * 0.9);
                    let mut second = c.clone();
                    second.mention =
                        Mention::new(place, EntityKind::Loc, m.source, m.confidence * 0.9);
                    out.push(first);
                    out.push(second);
                    split += 1;
                }
                None => out.push(c),
            }
        }
        *candidates = out;
        split
    }

    /// True when `place`, listed nowhere, is still the home of the company
    /// `head` before "of": one capitalised word of letters, no company's
    /// word, after a company's name ("Velkwist Beteiligungen of Mirnau")
    /// or before a clause ("Orvasta of Mirnau, which …"). A town too
    /// small for the lists is named this way far more often than a
    /// company's own "of".
    fn unlisted_home(&self, text: &str, head: &str, place: &str, end: usize) -> bool {
        let which = text[end..]
            .strip_prefix(", ")
            .and_then(|rest| rest.split(' ').next())
            .is_some_and(|w| self.words.clause_pronouns.contains(w));
        !place.contains(' ')
            && place.chars().all(char::is_alphabetic)
            && !self.is_company_name(&format!("{head} {place}"))
            && !self.is_listed_org(place)
            && (which || self.is_company_name(head))
    }

    /// The company and place spans of an organisation's name "X of PLACE".
    fn place_of_split(&self, text: &str, c: &Candidate) -> Option<(Span, Span)> {
        let m = &c.mention;
        if m.nominal || !matches!(m.kind, EntityKind::Org | EntityKind::Misc) {
            return None;
        }
        let name = m.span.slice(text);
        let of = format!(" {} ", self.words.of);
        let at = name.rfind(&of)?;
        let (head, place) = (&name[..at], &name[at + of.len()..]);
        let last = head.rsplit(' ').next().unwrap_or(head);
        let capitalised = |s: &str| s.split(' ').all(|w| w.starts_with(char::is_uppercase));
        let sound = !head.contains(&of)
            && capitalised(head)
            && capitalised(place)
            && !self.words.of_place_heads.contains(last)
            && !self.words.feature_heads.contains(last)
            && !self.words.government_heads.contains_lowercase(last)
            && (self.is_place(place) || self.unlisted_home(text, head, place, m.span.end))
            && !self.is_region(place)
            // "Tarvik of Austria" named whole elsewhere stays as written.
            && !self.is_listed_org(name);
        sound.then(|| {
            let start = m.span.start;
            (
                Span::new(start, start + at),
                Span::new(start + at + of.len(), m.span.end),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_company_of_a_place_is_the_company_and_the_place() {
        let text = "The order was won against bids from Orsanno of Austria and Pellic \
                    of France. Velmar will compete with Tarvik Scaffolding of Glasgow.";
        assert_eq!(kind_of(text, "Orsanno"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Austria"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Tarvik Scaffolding"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Glasgow"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Orsanno of Austria"), None);
    }

    #[test]
    fn a_company_of_an_unlisted_town_is_the_company_and_the_town() {
        let text = "Velkwist Beteiligungen of Mirnau, which has held 74% of the company, \
                    is selling. Its rival is Orvasta of Kelmsby, whose globes sell well.";
        assert_eq!(
            kind_of(text, "Velkwist Beteiligungen"),
            Some(EntityKind::Org)
        );
        assert_eq!(kind_of(text, "Mirnau"), Some(EntityKind::Loc));
        assert_eq!(kind_of(text, "Orvasta"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Kelmsby"), Some(EntityKind::Loc));
    }

    #[test]
    fn a_bank_university_or_bay_of_a_place_stays_whole() {
        let text = "Velmar borrowed from the Bank of Ireland and hired staff from the \
                    University of Leeds before its ship crossed the Bay of Biscay.";
        assert_eq!(kind_of(text, "Bank of Ireland"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "University of Leeds"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Bay of Biscay"), Some(EntityKind::Loc));
    }
}
