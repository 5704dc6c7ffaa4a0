//! A company and where it is from, read as one name: "bids from Orsanno of
//! Austria", "against Tarvik Scaffolding of Glasgow". News names a rival or
//! supplier by its home this way; the tagger glues the two. A name whose
//! last part is "of" and a listed place, and whose word before "of" heads no
//! name of a place ("Bank of Ireland", "University of Leeds", "Bay of
//! Biscay" stay whole), is split into the company and the place. A head
//! that ends in a possessive ("Merrow's of Glasgow") is no company and its
//! home: no possessive of English is followed by "of", so the name is one,
//! unless the text writes "Merrow's" without "of" too (its short form).
//!
//! Some companies are named with their place: a name of company words
//! alone ("Health Insurance of Tarsia", "Mutual Savings Co of Mirnau") or
//! one a legal form closes after the place ("Tin Fields of Kelmsby Ltd").
//! Such a name stays whole, and where the tagger read it as a company and
//! a place, the two are joined.

use crate::model::{EntityKind, Mention, Span};
use crate::pipeline::candidate::{Candidate, join_linked_names};

use super::Kinds;
use crate::pipeline::possessive_names::only_before_of;
use crate::pipeline::possessors::POSSESSIVES;

/// The keys of the places the gazetteer `lists` name, a line each (less
/// any bracketed note after the name: "Georgia [country]").
pub(super) fn place_keys(
    names: &crate::lang::ResolveWords,
    lists: &[&'static str],
) -> rustc_hash::FxHashSet<String> {
    lists
        .iter()
        .flat_map(|l| super::lines(l))
        .map(|l| super::name_key(names, l.split(" [").next().unwrap_or(l)))
        .collect()
}

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

    /// Joins a company named with its place that the tagger read as a
    /// company and a place (see the module documentation).
    pub fn join_companies_of_places(&self, text: &str, candidates: &mut Vec<Candidate>) {
        let of = format!(" {} ", self.words.of);
        join_linked_names(text, candidates, |a, gap, c| {
            gap == of
                && matches!(a.mention.kind, EntityKind::Org | EntityKind::Misc)
                && c.mention.kind == EntityKind::Loc
                && self.named_with_place(a.mention.span.slice(text), c.mention.span.slice(text))
        });
    }

    /// True when the company `head` is named with its `place`: its words
    /// are all company words ("Health Insurance"), or an institution's
    /// head word closes it ("Technical University"), or a legal form closes
    /// the place ("Kelmsby Ltd"), or a legal form closes the head after a
    /// word that heads names with their place and a first word no listed
    /// company or place holds ("Harvest Insurance Co of Tarsia"; "Orvo
    /// Motor Co of Tarsia" is the company and its home).
    fn named_with_place(&self, head: &str, place: &str) -> bool {
        let capitalised = |s: &str| s.split(' ').all(|w| w.starts_with(char::is_uppercase));
        let words: Vec<&str> = head.split(' ').collect();
        let business_form = matches!(
            words.as_slice(),
            [first, .., business, form]
                if self.is_written_legal_suffix(form.trim_end_matches('.'))
                    && self.words.of_place_heads.contains(business)
                    && !self.is_listed_org(first)
                    && !self.is_place(first)
                    && !self.is_nationality(first)
        );
        // "the Technical University of Liberec", "the Stock Exchange of
        // Tarsia": an institution's head word before "of" (as in "Bank of
        // Ireland", which is never split) joins the place it is of, unless
        // a place opens the head ("Tarsby Assembly of Tarsby" is a plant
        // and its town).
        let institution = words.len() >= 2
            && words
                .last()
                .is_some_and(|w| self.words.of_place_heads.contains(w))
            && !self.is_place(words[0]);
        capitalised(head)
            && capitalised(place)
            && (business_form
                || institution
                || head.split(' ').all(|w| self.is_org_word(w))
                || place.contains(' ')
                    && place
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| self.is_written_legal_suffix(w.trim_end_matches('.'))))
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
            && !POSSESSIVES.iter().any(|p| {
                head.ends_with(p.trim_end()) && only_before_of(self, text, head)
            })
            && !self.words.feature_heads.contains(last)
            && !self.words.government_heads.contains_lowercase(last)
            && (self.is_place(place) || self.unlisted_home(text, head, place, m.span.end))
            && !self.is_region(place)
            && !self.named_with_place(head, place)
            // "Tarvik of Austria" named whole elsewhere stays as written.
            && !self.is_listed_org(name)
            // "Orvo Motors of Canada" written whole again is a unit's name.
            && !named_again(text, name, m.span.start);
        sound.then(|| {
            let start = m.span.start;
            (
                Span::new(start, start + at),
                Span::new(start + at + of.len(), m.span.end),
            )
        })
    }
}

/// True when `name`, found at `start`, is written whole once more in
/// `text`: a company and its home are named together once ("bids from
/// Orsanno of Austria"), a unit named after its country each time ("Orvo
/// Motors of Canada … Orvo Motors of Canada must keep …").
fn named_again(text: &str, name: &str, start: usize) -> bool {
    text.match_indices(name).any(|(at, _)| {
        at != start
            && !text[at + name.len()..].starts_with(char::is_alphanumeric)
            && !text[..at].ends_with(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::{candidates_in_order, kind_of, named_kinds, pipeline};

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
    fn a_company_named_with_its_place_stays_whole() {
        let text = "Velmar bought Health Insurance of Tarsia from Tin Fields of Kelmsby Ltd, \
                    which also sold Mutual Savings Co of Mirnau and Harvest Insurance Co of \
                    Tarsia.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Velmar", EntityKind::Org),
                ("Health Insurance", EntityKind::Org),
                ("Tarsia", EntityKind::Loc),
                ("Tin Fields", EntityKind::Org),
                ("Kelmsby Ltd", EntityKind::Loc),
                ("Mutual Savings Co of Mirnau", EntityKind::Org),
                ("Harvest Insurance Co", EntityKind::Org),
                ("Tarsia", EntityKind::Loc),
            ],
        );
        let kinds = pipeline();
        kinds.kinds().join_companies_of_places(text, &mut c);
        assert_eq!(kinds.kinds().split_places_of(text, &mut c), 0);
        let want: Vec<(String, EntityKind)> = [
            ("Velmar", EntityKind::Org),
            ("Health Insurance of Tarsia", EntityKind::Org),
            ("Tin Fields of Kelmsby Ltd", EntityKind::Org),
            ("Mutual Savings Co of Mirnau", EntityKind::Org),
            ("Harvest Insurance Co of Tarsia", EntityKind::Org),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }

    #[test]
    fn a_name_with_a_possessive_before_of_stays_whole() {
        let text = "Brokers at Merrow's of Glasgow and at Tarvik of Glasgow agreed, and \
                    Kelby's of Glasgow too; Kelby's staff said so.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Merrow's of Glasgow", EntityKind::Org),
                ("Tarvik of Glasgow", EntityKind::Org),
                ("Kelby's of Glasgow", EntityKind::Org),
            ],
        );
        // "Kelby's" alone elsewhere: its short form; the whole splits.
        assert_eq!(pipeline().kinds().split_places_of(text, &mut c), 2);
        assert_eq!(
            named_kinds(text, &c)[0],
            ("Merrow's of Glasgow".to_owned(), EntityKind::Org)
        );
    }

    #[test]
    fn a_bank_university_or_bay_of_a_place_stays_whole() {
        let text = "Velmar borrowed from the Bank of Ireland and hired staff from the \
                    University of Leeds before its ship crossed the Bay of Biscay.";
        assert_eq!(kind_of(text, "Bank of Ireland"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "University of Leeds"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Bay of Biscay"), Some(EntityKind::Loc));
    }

    #[test]
    fn a_unit_named_after_its_country_each_time_stays_whole() {
        let text = "Ottawa will lend C$2 billion to Orvane Motors of Canada, the Canadian \
                    arm of the carmaker Orvane Motors. In return, Orvane Motors of Canada \
                    must keep its plants open, and Orsanno of Austria will supply them.";
        assert_eq!(
            kind_of(text, "Orvane Motors of Canada"),
            Some(EntityKind::Org)
        );
        assert_eq!(kind_of(text, "Orvane Motors"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Orsanno"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Orsanno of Austria"), None);
    }

    #[test]
    fn an_institution_and_the_place_it_is_of_join() {
        let text = "Velmar hired staff from the Technical University of Liberec and \
                    listed its shares on the Stock Exchange of Mauritius. Its cars are \
                    built at the Leeds Assembly of Leeds.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Velmar", EntityKind::Org),
                ("Technical University", EntityKind::Org),
                ("Liberec", EntityKind::Loc),
                ("Stock Exchange", EntityKind::Org),
                ("Mauritius", EntityKind::Loc),
                ("Leeds Assembly", EntityKind::Org),
                ("Leeds", EntityKind::Loc),
            ],
        );
        pipeline().kinds().join_companies_of_places(text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Velmar", EntityKind::Org),
            ("Technical University of Liberec", EntityKind::Org),
            ("Stock Exchange of Mauritius", EntityKind::Org),
            ("Leeds Assembly", EntityKind::Org),
            ("Leeds", EntityKind::Loc),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }
}
