//! A nationality word opening a name the tagger read as one: "the South
//! Korean Hyundai Motor Company", "a cargo of Ecuadorian Oriente". The word
//! says where the company or product is from; the name is the rest, and
//! the nationality word is a name of its own. The rest stands alone when
//! the article writes it alone elsewhere ("… buys Oriente") or it opens
//! with a listed organisation ("Hyundai"). A nation's own company
//! ("Korean Air", "British Airways": company words alone after the
//! nationality word), a government body ("the Yemeni Ministry of Oil") and
//! a name listed whole stay one name.

use crate::model::{EntityKind, Provenance, Span};
use crate::pipeline::candidate::Candidate;

use super::Kinds;

/// Most words of a nationality word opening a name ("South Korean").
const MAX_OPENING_WORDS: usize = 2;

/// True when `text` writes the one word `name` as a name alone somewhere:
/// at a word's bounds, with no capitalised word right before or after it
/// ("… buys Oriente."; not "Polish Maritime Institute" for "Maritime").
fn written_alone(text: &str, name: &str) -> bool {
    let capitalised = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
    text.match_indices(name).any(|(at, _)| {
        let (before, after) = (&text[..at], &text[at + name.len()..]);
        !before.ends_with(char::is_alphanumeric)
            && !after.starts_with(char::is_alphanumeric)
            && before.ends_with(' ')
            && after.starts_with([' ', '.', ',', ';', ':'])
            && !capitalised(before.split_whitespace().next_back())
            && !capitalised(after.trim_start_matches([' ']).split([' ', '\n']).next())
    })
}

impl Kinds {
    /// Where the name after a nationality word of one or two words starts
    /// in `name` ("South Korean Hyundai" → at "Hyundai"), the longer
    /// opening first; `None` when no nationality word opens it.
    fn nationality_opening(&self, name: &str) -> Option<usize> {
        let spaces: Vec<usize> = name
            .match_indices(' ')
            .map(|(i, _)| i)
            .take(MAX_OPENING_WORDS)
            .collect();
        spaces
            .iter()
            .rev()
            .find(|&&end| self.is_nationality(&name[..end]))
            .map(|&end| end + 1)
    }

    /// Whether the rest of `name` from `rest_at` is a name of its own in
    /// `text`: capitalised, not company words alone, no government body,
    /// and opened by a listed organisation ("Hyundai Motor Company") or one
    /// word written alone elsewhere ("Oriente"). A rest of several words
    /// the article writes alone is the whole name's short form ("Swiss
    /// National Bank … the National Bank"), not another name.
    fn rest_stands_alone(&self, text: &str, span: Span, rest_at: usize) -> bool {
        let name = span.slice(text);
        let rest = &name[rest_at..];
        let first = rest.split(' ').next().unwrap_or(rest);
        rest.starts_with(char::is_uppercase)
            && !rest.split(' ').all(|w| self.is_org_word(w))
            && !self.is_government_body(text, Span::new(span.start + rest_at, span.end))
            && !self.is_listed_org(name)
            && !self.is_place(name)
            && (self.is_listed_org(first) && !self.is_place(first)
                || !rest.contains(' ') && written_alone(text, rest))
    }

    /// Cuts the nationality word off the organisation, "other", product or
    /// place names it opens where the rest stands alone (see
    /// [`Kinds::rest_stands_alone`]): two candidates, the nationality word
    /// and the name; keeps `candidates` sorted by start.
    pub(super) fn split_nationality_openings(&self, text: &str, candidates: &mut Vec<Candidate>) {
        let kinds = [
            EntityKind::Org,
            EntityKind::Misc,
            EntityKind::Product,
            EntityKind::Loc,
        ];
        let cuts: Vec<(usize, usize)> = candidates
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.mention.nominal && kinds.contains(&c.mention.kind))
            .filter_map(|(i, c)| {
                let span = c.mention.span;
                let rest_at = self.nationality_opening(span.slice(text))?;
                self.rest_stands_alone(text, span, rest_at)
                    .then_some((i, rest_at))
            })
            .collect();
        for &(i, rest_at) in cuts.iter().rev() {
            let span = candidates[i].mention.span;
            let mut word = candidates[i].clone();
            word.mention.span = Span::new(span.start, span.start + rest_at - 1);
            word.mention.kind = EntityKind::Nationality;
            word.mention.source = Provenance::Gazetteer;
            word.head = None;
            candidates[i].mention.span = Span::new(span.start + rest_at, span.end);
            candidates.insert(i, word);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::*;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_nationality_word_before_a_name_written_alone_is_cut_off() {
        let text = "Tarvo Trading bought a cargo of Ecuadorian Oriente on Monday. \
                    Traders said Oriente was in demand.";
        assert_eq!(kind_of(text, "Ecuadorian"), Some(Nationality));
        assert_eq!(kind_of(text, "Ecuadorian Oriente"), None);
    }

    #[test]
    fn a_nations_company_and_a_government_body_stay_whole() {
        let text = "Korean Air flew the delegates to talks with the Yemeni Ministry \
                    of Petroleum and Minerals. Air Tarvo and the Ministry of \
                    Petroleum and Minerals declined to comment.";
        assert_eq!(kind_of(text, "Korean Air"), Some(Org));
        assert_eq!(kind_of(text, "Korean"), None);
    }
}
