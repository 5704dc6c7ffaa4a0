//! Other names the tagger reads in part: a provision with its number
//! ("Chapter 11") and a law's or event's whole name ("the Kestrel and
//! Science Act", "the Gold Standard Act of 1934"). Each is one other name
//! (MISC), whatever pieces of it the tagger read as companies, places or
//! products. A service's number ("Tarsia Air Flight 212") is no part of its
//! operator's name: the operator stays a name of its own, as MEANTIME marks
//! it, and the flight is left unnamed. A numbered branch ("Ironworkers Local
//! 12", a union's local) is one organisation with the name before it,
//! whatever pieces of it the tagger read (the number as a product's model).

use crate::model::{EntityKind, Mention, Provenance, Span};

use super::super::candidate::Candidate;
use super::super::occurrences::each_needle;
use super::Kinds;

/// Bytes of a year after "of" ("1934").
const YEAR_LEN: usize = 4;

/// The end of a number of digits that starts `rest`, standing alone.
fn number_end(rest: &str) -> Option<usize> {
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let after = rest[end..].chars().next();
    (end > 0 && !after.is_some_and(char::is_alphanumeric)).then_some(end)
}

impl Kinds {
    /// Marks numbered provisions and services, and widens laws' and events'
    /// names (see the module documentation); returns how many other names
    /// were made or widened.
    pub fn mark_numbered_names(&self, text: &str, candidates: &mut Vec<Candidate>) -> usize {
        fn is_name(c: &Candidate) -> bool {
            c.mention.kind.is_name() && !c.mention.nominal
        }
        let mut made: Vec<Span> = Vec::new();
        let heads: Vec<(&str, bool)> = self
            .words
            .numbered_heads
            .iter()
            .map(|h| (h, false))
            .chain(self.words.service_heads.iter().map(|h| (h, true)))
            .chain(self.words.branch_heads.iter().map(|h| (h, true)))
            .collect();
        let mut branches: Vec<Span> = Vec::new();
        let found = each_needle(text, &heads.iter().map(|&(h, _)| h).collect::<Vec<_>>());
        for (&(head, service), found) in heads.iter().zip(found) {
            for at in found {
                if text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                let digits = at + head.len() + 1;
                let Some(len) = text[at + head.len()..]
                    .starts_with(' ')
                    .then(|| number_end(&text[digits..]))
                    .flatten()
                else {
                    continue;
                };
                if !service {
                    made.push(Span::new(at, digits + len));
                    continue;
                }
                if self.words.branch_heads.contains(head) {
                    // The name before, whether the tagger read the head
                    // word with it or not.
                    if let Some(c) = candidates.iter().find(|c| {
                        is_name(c)
                            && c.mention.span.start + 1 < at
                            && (c.mention.span.end == at + head.len()
                                || c.mention.span.end + 1 == at
                                    && text[c.mention.span.end..at] == *" ")
                    }) {
                        branches.push(Span::new(c.mention.span.start, digits + len));
                    }
                    continue;
                }
                // "Tarsia Air Flight 212": the operator's name the tagger
                // read with the head word ends before it.
                if let Some(c) = candidates.iter_mut().find(|c| {
                    is_name(c)
                        && c.mention.span.start + 1 < at
                        && c.mention.span.end == at + head.len()
                }) {
                    c.mention.span.end = at - 1;
                }
            }
        }
        // "the Kestrel and Science Act", "the Gold Standard Act of 1934".
        let of_year = format!(" {} ", self.words.of);
        for c in candidates.iter().filter(|c| is_name(c)) {
            let span = c.mention.span;
            let last = span.slice(text).rsplit(' ').next().unwrap_or("");
            if !self.words.event_heads.contains(last) {
                continue;
            }
            let mut wide = span;
            if let Some(year) = text[span.end..].strip_prefix(of_year.as_str())
                && number_end(year) == Some(YEAR_LEN)
            {
                wide.end = span.end + of_year.len() + YEAR_LEN;
            }
            let before = &text[..span.start];
            let coordinated = self.words.list_joins.iter().find_map(|join| {
                let first = before
                    .strip_suffix(' ')?
                    .strip_suffix(join)?
                    .strip_suffix(' ')?;
                let word_start = first
                    .rfind(|c: char| !c.is_alphanumeric())
                    .map_or(0, |i| i + 1);
                let word = &first[word_start..];
                let article = first[..word_start].strip_suffix(' ')?;
                (word.starts_with(char::is_uppercase)
                    && article
                        .rsplit(' ')
                        .next()
                        .is_some_and(|a| self.words.determiners.contains_lowercase(a)))
                .then_some(word_start)
            });
            if let Some(start) = coordinated {
                wide.start = start;
            }
            if wide != span {
                made.push(wide);
            }
        }
        made.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
        made.dedup_by(|b, a| b.start < a.end);
        for span in &made {
            if candidates.iter().any(|c| {
                c.mention.span.overlaps(*span) && !is_name(c) && c.mention.kind != EntityKind::Date
            }) {
                continue;
            }
            candidates.retain(|c| !c.mention.span.overlaps(*span));
            candidates.push(Candidate {
                mention: Mention::new(*span, EntityKind::Misc, Provenance::Rule, 0.9),
                head: None,
            });
        }
        for span in &branches {
            if candidates
                .iter()
                .any(|c| c.mention.span.overlaps(*span) && !is_name(c))
            {
                continue;
            }
            candidates.retain(|c| !c.mention.span.overlaps(*span));
            candidates.push(Candidate {
                mention: Mention::new(*span, EntityKind::Org, Provenance::Rule, 0.9),
                head: None,
            });
        }
        candidates.sort_by_key(|c| c.mention.span.start);
        made.len() + branches.len()
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn numbered_provisions_and_laws_are_other_names_and_a_flight_no_part_of_its_airline() {
        let text = "Brisk Motors filed for Chapter 11 protection on Monday, after Tarsia Air \
                    Flight 212 was lost. Orvo Semi won grants under the KELP and Science Act \
                    and the Zélie Reserve Act of 1961, and Brisk Motors said so.";
        assert_eq!(kind_of(text, "Chapter 11"), Some(Misc));
        assert_eq!(kind_of(text, "Tarsia Air"), Some(Org));
        assert_eq!(kind_of(text, "Tarsia Air Flight"), None);
        assert_eq!(kind_of(text, "KELP and Science Act"), Some(Misc));
        assert_eq!(kind_of(text, "Zélie Reserve Act of 1961"), Some(Misc));
        assert_eq!(kind_of(text, "Brisk Motors"), Some(Org));
    }

    #[test]
    fn a_numbered_branch_is_one_organisation_with_the_name_before_it() {
        let text = "Ada Brisk, president of UAW Local 3047, said the strike would go on. \
                    Orvo Semi signed an agreement with Tarsia Here Local 1 in August.";
        assert_eq!(kind_of(text, "UAW Local 3047"), Some(Org));
        assert_eq!(kind_of(text, "3047"), None);
        assert_eq!(kind_of(text, "Tarsia Here Local 1"), Some(Org));
        assert_eq!(kind_of(text, "Tarsia Here Local"), None);
    }
}
