//! Names whose first half is common words: "Credit Rating and Information
//! Systems Ltd", "the Engineering and Allied Trades Union". Before "and"
//! stand capitalised words the article itself writes in small letters
//! elsewhere ("a credit rating company", "engineering jobs"): common nouns,
//! which name nothing on their own, so they open the name after "and" and
//! are no company of their own. The tagger splits such names, or reads the
//! first half as a name of another kind; the list splitter
//! (`coordinations.rs`) would make two companies of one.
//!
//! A first half with a listed person's name in it, a company word after
//! other words ("Zephyr Motors and Quantix Inc."), a listed place,
//! nationality or organisation, or one named on its own elsewhere, is a
//! name of its own: the list stays a list.

use crate::model::{EntityKind, Span};
use crate::pipeline::candidate::{Candidate, join_linked_names};

use super::Kinds;

/// Most words before "and" in a name opened by common words.
const MAX_COMMON_WORDS: usize = 3;

impl Kinds {
    /// True when a name read across "and" or "&" (`left` before it, `right`
    /// after it, the whole at `start..end` of `text`) is one organisation
    /// whose first half is common words: `left` is one to three capitalised
    /// words that `text` also writes in small letters, none of them a listed
    /// person's name, nor a company word unless it stands alone
    /// ("Engineering"), the whole of it no listed place,
    /// nationality or organisation and named nowhere else on its own; and
    /// `right` is two words or more ending in a company word, a legal form
    /// or a body's head ("Union", "Ltd", "Board").
    pub fn common_words_across_and(
        &self,
        text: &str,
        (start, end): (usize, usize),
        left: &str,
        right: &str,
    ) -> bool {
        let right_words: Vec<&str> = right.split(' ').collect();
        // The right half first: its test is cheap, while the left's looks
        // through the whole text for each word written small.
        let headed = right_words.len() >= 2
            && right_words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
            && right_words.last().is_some_and(|w| {
                let w = w.trim_end_matches('.');
                self.is_org_word(w) || self.words.body_words.contains(w)
            })
            && !self.is_place(right);
        if !headed {
            return false;
        }
        let left_words: Vec<&str> = left.split(' ').collect();
        // A company word after other words closes a company's name
        // ("Zephyr Motors"); alone it names no company ("Engineering").
        let company = left_words.len() > 1 && left_words.iter().any(|w| self.is_org_word(w));
        let common = (1..=MAX_COMMON_WORDS).contains(&left_words.len())
            && !company
            && left_words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
                    && !self.is_person_word(w)
                    && written_small(text, w)
            })
            && !self.is_listed_org(left)
            && !self.is_place(left)
            && !self.is_nationality(left);
        common && !crate::pipeline::firm_names::named_alone(self, text, start, end, left)
    }

    /// "the Engineering and Allied Trades Union" read as "Engineering" (no
    /// person or place) and the organisation "Allied Trades Union": one
    /// organisation when its first half is common words (see
    /// [`Self::common_words_across_and`]).
    pub fn join_common_word_names(&self, text: &str, candidates: &mut Vec<Candidate>) {
        self.open_common_word_names(text, candidates);
        join_linked_names(text, candidates, |a, gap, c| {
            let (left, right) = (a.mention.span.slice(text), c.mention.span.slice(text));
            matches!(a.mention.kind, EntityKind::Org | EntityKind::Misc)
                && c.mention.kind == EntityKind::Org
                && self.is_list_join(gap.trim())
                && self.common_words_across_and(
                    text,
                    (a.mention.span.start, c.mention.span.end),
                    left,
                    right,
                )
        });
    }
}

impl Kinds {
    /// "the Engineering and Allied Trades Union" with "Engineering" read as
    /// no name at all: an organisation after "and" or "&" opens over the
    /// capitalised words before the joint when a determiner ("the") stands
    /// before them, no other name does, and the whole passes
    /// [`Self::common_words_across_and`].
    fn open_common_word_names(&self, text: &str, candidates: &mut [Candidate]) {
        for i in 0..candidates.len() {
            let m = &candidates[i].mention;
            if m.kind != EntityKind::Org || m.nominal {
                continue;
            }
            let Some((before, joint)) = text[..m.span.start]
                .strip_suffix(' ')
                .and_then(|b| b.rsplit_once(' '))
            else {
                continue;
            };
            if !self.is_list_join(joint) {
                continue;
            }
            // The capitalised words before the joint, back to a determiner.
            let mut start = before.len();
            let mut opened = false;
            for _ in 0..=MAX_COMMON_WORDS {
                let word = text[..start].rsplit(' ').next().unwrap_or("");
                if self.words.determiners.contains(word) {
                    opened = start < before.len();
                    break;
                }
                if !word.starts_with(char::is_uppercase) || word.len() == start {
                    break;
                }
                start -= word.len() + 1;
            }
            let start = start + usize::from(start < before.len());
            let free = i == 0 || candidates[i - 1].mention.span.end < start;
            let (left, right) = (&text[start..before.len()], m.span.slice(text));
            if opened
                && free
                && self.common_words_across_and(text, (start, m.span.end), left, right)
            {
                candidates[i].mention.span = Span::new(start, m.span.end);
            }
        }
    }
}

/// True when `text` writes `word` in small letters as a word of its own
/// ("credit" of "a credit rating company").
fn written_small(text: &str, word: &str) -> bool {
    let small = word.to_lowercase();
    text.match_indices(small.as_str()).any(|(i, _)| {
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !text[i + small.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::{candidates_in_order, named_kinds, pipeline};

    fn one(text: &str, left: &str, right: &str) -> bool {
        let whole = format!("{left} and {right}");
        let start = text.find(&whole).expect("in text");
        pipeline()
            .kinds()
            .common_words_across_and(text, (start, start + whole.len()), left, right)
    }

    #[test]
    fn common_words_before_and_open_one_name() {
        let text = "Tarsia's only credit rating company, Credit Rating and Information \
                    Systems Ltd, will sign next month.";
        assert!(one(text, "Credit Rating", "Information Systems Ltd"));
        let text = "Jobs in mining went, said Ona Virt of the Mining and Allied Workers \
                    Union in Zürich.";
        assert!(one(text, "Mining", "Allied Workers Union"));
    }

    #[test]
    fn names_of_their_own_before_and_stay_a_list() {
        // No word written in small letters: a name, not a common noun.
        let text = "Orvik and Tarnex Holdings Ltd agreed.";
        assert!(!one(text, "Orvik", "Tarnex Holdings Ltd"));
        // A company word: a company of its own.
        let text = "Zephyr Motors and Quantix Systems Inc. agreed; motors and zephyr sold.";
        assert!(!one(text, "Zephyr Motors", "Quantix Systems Inc."));
        // A listed person's name.
        let text = "Morgan and Tarn Partners Ltd agreed; morgan is a word here.";
        assert!(!one(text, "Morgan", "Tarn Partners Ltd"));
        // Named on its own elsewhere.
        let text = "Mining and Allied Workers Union backed it. Mining said so; mining fell.";
        assert!(!one(text, "Mining", "Allied Workers Union"));
        // No company word or body's head closing the right half.
        let text = "Credit and Orvik Tarnex agreed on credit.";
        assert!(!one(text, "Credit", "Orvik Tarnex"));
    }

    #[test]
    fn a_common_word_read_apart_joins_the_organisation() {
        let text = "\"We will hold,\" said Ona Virt, an officer of the Engineering and \
                    Allied Trades Union, of the engineering plant in Łódź.";
        assert!(pipeline().kinds().is_org_word("Engineering"));
        let mut c = candidates_in_order(
            text,
            &[
                ("Ona Virt", EntityKind::Person),
                ("Engineering", EntityKind::Misc),
                ("Allied Trades Union", EntityKind::Org),
                ("Łódź", EntityKind::Loc),
            ],
        );
        pipeline().kinds().join_common_word_names(text, &mut c);
        let names: Vec<String> = named_kinds(text, &c).into_iter().map(|(n, _)| n).collect();
        assert_eq!(
            names,
            ["Ona Virt", "Engineering and Allied Trades Union", "Łódź"]
        );
        // Read as no name at all: the organisation opens over it, after
        // "the" only.
        let text = "Ona Virt of the Engineering and Allied Trades Union spoke, and \
                    Engineering and Allied Trades Union members struck at the engineering \
                    plant.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Ona Virt", EntityKind::Person),
                ("Allied Trades Union", EntityKind::Org),
                ("Allied Trades Union", EntityKind::Org),
            ],
        );
        pipeline().kinds().join_common_word_names(text, &mut c);
        let names: Vec<String> = named_kinds(text, &c).into_iter().map(|(n, _)| n).collect();
        assert_eq!(
            names,
            [
                "Ona Virt",
                "Engineering and Allied Trades Union",
                "Allied Trades Union"
            ]
        );
        // A place before "and" is a place of its own.
        let text = "Paris and Allied Trades Union, said the paris office.";
        let mut c = candidates_in_order(
            text,
            &[
                ("Paris", EntityKind::Loc),
                ("Allied Trades Union", EntityKind::Org),
            ],
        );
        pipeline().kinds().join_common_word_names(text, &mut c);
        assert_eq!(c.len(), 2);
    }
}
