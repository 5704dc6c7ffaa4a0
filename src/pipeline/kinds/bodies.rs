//! Public bodies named for their purpose: "Federal Service for the
//! Financial Markets", "District Court for the Northern District of
//! Tarsia". The tagger reads the body and its purpose as two names; a name
//! ending in a body's head word, a purpose link ("for", "for the") and a
//! capitalised name that is no listed place are one organisation; so is a
//! body "of" its branch before "for" ("Court of Appeals for the Ninth
//! Circuit").
//!
//!
//! A stock exchange written in lower case after its place ("the Tarsby
//! stock exchange", "the Tarsby bourse") is the exchange's name: an
//! organisation, not the place.
//!
//! A body "of" a list of purposes ("Department of Housing, Local Government
//! and Heritage") that the tagger read as several names is one too.
//!
//! Takes the tagging stage's candidates (sorted by start, non-overlapping);
//! gives them back with such names joined.

use crate::lang::lowercase;
use crate::model::{EntityKind, Span};
use crate::pipeline::candidate::{Candidate, join_linked_names};
use crate::pipeline::word_shape::with_capital;

use super::Kinds;

/// Most words on either side of "and" in a body named for its purpose
/// ("Securities and Exchange Commission").
const MAX_PURPOSE_WORDS: usize = 3;

/// Most names in a body's list of purposes after its "of".
const MAX_PURPOSES: usize = 4;

impl Kinds {
    /// Joins public bodies and their purposes among `candidates` (see the
    /// module documentation).
    pub fn join_purpose_bodies(&self, text: &str, candidates: &mut Vec<Candidate>) {
        join_linked_names(text, candidates, |a, gap, c| {
            let body = a.mention.span.slice(text);
            let purpose = c.mention.span.slice(text);
            let link = gap.trim();
            let head = body.rsplit(' ').next().unwrap_or(body);
            // "the Committee on Foreign Investment", not "the Senate on
            // Obamacare", "the Commission on Velmar's bid".
            let topic = self.words.topic_links.contains(link)
                && self.words.topic_bodies.contains(head)
                && self.is_purpose(text, c)
                && !text[c.mention.span.end..].starts_with(['\'', '’']);
            // "the Court of Appeals for the Ninth Circuit": a body "of" its
            // branch is headed by its body word too, when its purpose is no
            // company's nor anyone's ("the Ministry of Finance for Velmar's").
            let body_of = || {
                let words: Vec<&str> = body.split(' ').collect();
                words
                    .windows(2)
                    .any(|w| self.words.body_words.contains(w[0]) && w[1] == self.of_word())
                    && self.is_purpose(text, c)
                    && !text[c.mention.span.end..].starts_with(['\'', '’'])
            };
            (self.words.purpose_links.contains(link) || topic)
                && (self.words.body_words.contains(head) || body_of())
                && purpose.starts_with(char::is_uppercase)
                && c.mention.kind != EntityKind::Person
                && !self.is_place(purpose)
        });
        self.join_listed_purposes(text, candidates);
    }

    /// "the Department of Housing, Local Government and Heritage": a body
    /// "of" its first purpose, then more purposes after commas and a last
    /// one after "and", that the tagger read as names of their own, is one
    /// organisation.
    fn join_listed_purposes(&self, text: &str, candidates: &mut Vec<Candidate>) {
        let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
        let mut i = 0;
        while let Some(c) = candidates.get(i) {
            let mut c = c.clone();
            let n = self.listed_purposes(text, candidates, i);
            if let Some(last) = candidates.get(i + n).filter(|_| n > 0) {
                c.mention.span = Span::new(c.mention.span.start, last.mention.span.end);
                c.mention.kind = EntityKind::Org;
            }
            out.push(c);
            i += n + 1;
        }
        *candidates = out;
    }

    /// How many names after candidate `i` list the purposes of the body it
    /// names (see [`Self::join_listed_purposes`]); 0 when it names none or
    /// they are no list of purposes.
    fn listed_purposes(&self, text: &str, candidates: &[Candidate], i: usize) -> usize {
        let body = &candidates[i].mention;
        if body.nominal || body.kind == EntityKind::Person {
            return 0;
        }
        let words: Vec<&str> = body.span.slice(text).split(' ').collect();
        let Some(of_at) = words
            .windows(2)
            .position(|w| self.words.body_words.contains(w[0]) && self.links_body_purpose(w[1]))
        else {
            return 0;
        };
        if !(1..=MAX_PURPOSE_WORDS).contains(&(words.len() - of_at - 2)) {
            return 0;
        }
        let mut end = body.span.end;
        for k in 1..=MAX_PURPOSES {
            let Some(c) = candidates.get(i + k).filter(|c| self.is_purpose(text, c)) else {
                return 0;
            };
            let Some(gap) = text.get(end..c.mention.span.start) else {
                return 0;
            };
            if gap == ", " {
                end = c.mention.span.end;
                continue;
            }
            // The last purpose, after "and" (or ", and") past one comma at least.
            let join = gap.trim_start_matches(',');
            let last = join.starts_with(' ')
                && join.ends_with(' ')
                && self.words.list_joins.contains(join.trim());
            // Purposes the tagger read into the body count: "Department
            // for Culture, Media" and "Sport".
            let listed = k + body.span.slice(text).matches(", ").count();
            return if last && listed >= 2 { k } else { 0 };
        }
        0
    }

    /// "of" or a purpose link ("for") between a body's head word and its
    /// purpose: "Department of Housing", "Department for Business".
    pub fn links_body_purpose(&self, word: &str) -> bool {
        word == self.of_word() || self.words.purpose_links.contains(word)
    }

    /// A name that may be a body's purpose: a few capitalised words, no
    /// person's, and no listed place or organisation nor a company's name
    /// ("the Ministry of Finance, Orvo Bank and Tarsa" stays a list).
    fn is_purpose(&self, text: &str, c: &Candidate) -> bool {
        let m = &c.mention;
        let part = m.span.slice(text);
        m.kind.is_name()
            && !m.nominal
            && m.kind != EntityKind::Person
            && part.split(' ').count() <= MAX_PURPOSE_WORDS
            && part.split(' ').all(|w| w.starts_with(char::is_uppercase))
            && !self.is_place(part)
            && !self.is_listed_org(part)
            && !self.is_company_name(part)
    }

    /// True when the right part of a name the tagger read across "and" is
    /// legal forms alone: one company's name ("Kestrin Lund and Co Inc").
    pub fn legal_forms_alone(&self, right: &str) -> bool {
        right
            .split(' ')
            .all(|w| self.is_written_legal_suffix(w.trim_end_matches('.')))
    }

    /// True when a name the tagger read across "and" (`left`, `right`) is
    /// one body named for its purpose, not a list: the right part ends in
    /// a body's head word and the left part, no listed place or
    /// organisation and no body itself, is its purpose ("Securities and
    /// Markets Board", "Tarsian Fisheries and Forests Commission"); or the
    /// left part is a body "of" its purpose and the right part one more word
    /// of it ("Department of Enterprise and Employment"), or an
    /// institution "for" its purpose ("Tarsian Bank for Reconstruction and
    /// Development": "Bank of Orvia and Velmar" may be a list).
    pub fn purpose_body_across_and(&self, left: &str, right: &str) -> bool {
        let body = |w: &str| self.words.body_words.contains(w);
        let left_words: Vec<&str> = left.split(' ').collect();
        let right_words: Vec<&str> = right.split(' ').collect();
        let purpose = right_words.len() >= 2
            && right_words.len() <= MAX_PURPOSE_WORDS
            && left_words.len() <= MAX_PURPOSE_WORDS
            && right_words.last().is_some_and(|w| body(w))
            && !left_words.iter().any(|w| body(w))
            && !self.is_listed_org(left)
            && !self.is_place(left);
        let body_of = right_words.len() == 1
            && !self.is_place(right)
            && left_words.windows(2).any(|w| {
                body(w[0]) && self.links_body_purpose(w[1])
                    || self.words.of_place_heads.contains(w[0])
                        && self.words.purpose_links.contains(w[1])
            });
        purpose || body_of
    }

    /// Widens a place after a determiner ("the") and before a lower-case exchange noun
    /// ("the Tarsby stock exchange") to the exchange, an organisation; and
    /// a regional word before a plural of nations, or a compass word
    /// before a continent, to the region (see [`Self::join_region_groups`]
    /// and [`Self::join_compass_regions`]).
    pub fn join_place_exchanges(&self, text: &str, candidates: &mut [Candidate]) {
        for c in candidates.iter_mut() {
            let m = &c.mention;
            if m.nominal || m.kind != EntityKind::Loc {
                continue;
            }
            let Some(rest) = text[m.span.end..].strip_prefix(' ') else {
                continue;
            };
            let Some(noun) = self.words.exchange_nouns.iter().find(|n| {
                rest.strip_prefix(n)
                    .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
            }) else {
                continue;
            };
            let after_the = text[..m.span.start]
                .trim_end_matches(' ')
                .rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| self.words.determiners.contains(&lowercase(w)));
            if !after_the {
                continue;
            }
            // "the Tarsby bourse" beside "the Tarsby Stock Exchange": the
            // capitalised name is the exchange's; the place stays the place.
            let capitalised =
                |n: &str| n.split(' ').map(with_capital).collect::<Vec<_>>().join(" ");
            let place = m.span.slice(text);
            let named_in_capitals = self
                .words
                .exchange_nouns
                .iter()
                .any(|n| text.contains(&format!("{place} {}", capitalised(n))));
            if !named_in_capitals {
                let end = m.span.end + 1 + noun.len();
                c.mention.span = Span::new(m.span.start, end);
                c.mention.kind = EntityKind::Org;
            }
        }
        // "the Baltic states", "eastern Europe": a region, read the same way.
        self.join_region_groups(text, candidates);
        self.join_compass_regions(text, candidates);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::{candidates_in_order, named_kinds, pipeline};

    #[test]
    fn a_body_and_its_purpose_are_one_organisation() {
        let text = "The Federal Service for the Fish Markets and the District Court for the \
                    Western District of Tarsia agreed; the Office for Oslo said nothing.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Federal Service", EntityKind::Org),
                ("Fish Markets", EntityKind::Misc),
                ("District Court", EntityKind::Org),
                ("Western District of Tarsia", EntityKind::Loc),
                ("Office", EntityKind::Org),
                ("Oslo", EntityKind::Loc),
            ],
        );
        pipeline().kinds().join_purpose_bodies(text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Federal Service for the Fish Markets", EntityKind::Org),
            (
                "District Court for the Western District of Tarsia",
                EntityKind::Org,
            ),
            ("Office", EntityKind::Org),
            ("Oslo", EntityKind::Loc),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }

    #[test]
    fn a_body_of_its_branch_for_a_district_is_one_organisation() {
        let text = "The Tarsian Court of Appeals for the Fifth Circuit upheld it; Velmar \
                    asked the Ministry of Trade for Orvane's licence.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Tarsian Court of Appeals", EntityKind::Org),
                ("Fifth Circuit", EntityKind::Org),
                ("Velmar", EntityKind::Org),
                ("Ministry of Trade", EntityKind::Org),
                ("Orvane", EntityKind::Org),
            ],
        );
        pipeline().kinds().join_purpose_bodies(text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            (
                "Tarsian Court of Appeals for the Fifth Circuit",
                EntityKind::Org,
            ),
            ("Velmar", EntityKind::Org),
            ("Ministry of Trade", EntityKind::Org),
            ("Orvane", EntityKind::Org),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }

    #[test]
    fn a_body_for_its_purposes_joined_by_and_is_one_organisation() {
        let text = "The Department for Harbours and Fisheries said on Monday it would \
                    give Orvane Tools a grant. The Department for Culture, Lakes and Sport \
                    agreed. The Department for Roads and Kelmar Rail said nothing.";
        use crate::pipeline::tests::kind_of;
        for body in [
            "Department for Harbours and Fisheries",
            "Department for Culture, Lakes and Sport",
        ] {
            assert_eq!(kind_of(text, body), Some(EntityKind::Org), "{body}");
        }
        // A company of two words after "and" is the body's partner, not its purpose.
        assert_eq!(kind_of(text, "Kelmar Rail"), Some(EntityKind::Org));
    }

    #[test]
    fn a_committee_and_its_topic_after_on_are_one_organisation() {
        let text = "The deal needs approval from the Committee on Foreign Trade; the \
                    Council on Tuesday, the Senate on Velmarcare and the Commission on \
                    Tarvo's bid said nothing.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Committee", EntityKind::Org),
                ("Foreign Trade", EntityKind::Misc),
                ("Council", EntityKind::Org),
                ("Tuesday", EntityKind::Date),
                ("Senate", EntityKind::Org),
                ("Velmarcare", EntityKind::Misc),
                ("Commission", EntityKind::Org),
                ("Tarvo", EntityKind::Org),
            ],
        );
        pipeline().kinds().join_purpose_bodies(text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Committee on Foreign Trade", EntityKind::Org),
            ("Council", EntityKind::Org),
            ("Tuesday", EntityKind::Date),
            ("Senate", EntityKind::Org),
            ("Velmarcare", EntityKind::Misc),
            ("Commission", EntityKind::Org),
            ("Tarvo", EntityKind::Org),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }

    #[test]
    fn a_place_before_a_lower_case_exchange_is_the_exchange() {
        let text = "Velmar shares rose on the Tarsby stock exchange and fell on the \
                    Kelmsby bourse; Tarsby stock exchange rules apply. The Mirnau bourse \
                    is the Mirnau Stock Exchange.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Velmar", EntityKind::Org),
                ("Tarsby", EntityKind::Loc),
                ("Kelmsby", EntityKind::Loc),
                ("Tarsby", EntityKind::Loc),
                ("Mirnau", EntityKind::Loc),
                ("Mirnau Stock Exchange", EntityKind::Org),
            ],
        );
        pipeline().kinds().join_place_exchanges(text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            ("Velmar", EntityKind::Org),
            ("Tarsby stock exchange", EntityKind::Org),
            ("Kelmsby bourse", EntityKind::Org),
            ("Tarsby", EntityKind::Loc),
            ("Mirnau", EntityKind::Loc),
            ("Mirnau Stock Exchange", EntityKind::Org),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }

    #[test]
    fn a_body_of_a_list_of_purposes_is_one_organisation() {
        let text = "The grant comes from the Department of Tillage, Upland Grazing and \
                    Heritage. The Ministry of Finance, Orvo Bank and Tarsa Capital agreed.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Department of Tillage", EntityKind::Org),
                ("Upland Grazing", EntityKind::Org),
                ("Heritage", EntityKind::Loc),
                ("Ministry of Finance", EntityKind::Org),
                ("Orvo Bank", EntityKind::Org),
                ("Tarsa Capital", EntityKind::Org),
            ],
        );
        pipeline().kinds().join_purpose_bodies(text, &mut c);
        let want: Vec<(String, EntityKind)> = [
            (
                "Department of Tillage, Upland Grazing and Heritage",
                EntityKind::Org,
            ),
            ("Ministry of Finance", EntityKind::Org),
            ("Orvo Bank", EntityKind::Org),
            ("Tarsa Capital", EntityKind::Org),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(named_kinds(text, &c), want);
    }
}
