//! A maker's model named with an article before it: "the Korvin Aspen",
//! "a Korvin Taurus". A company's own name rarely takes an article before
//! its maker's word ("Korvin Motors", not "the Korvin Motors"), so an
//! article, then a company the text names on its own, then capitalised
//! words that are no company word, place or unit ("the Korvin Europe
//! unit") make a product, whatever kind the tagger gave it.
//!
//! Takes the tagging stage's candidates; gives them back with such names
//! retyped to PRODUCT.

use crate::model::{EntityKind, Provenance};

use super::super::candidate::Candidate;
use super::Kinds;

impl Kinds {
    /// Retypes "the <maker> <Model>" names to products (see the module
    /// documentation); returns how many.
    pub(super) fn join_determined_lines(&self, text: &str, candidates: &mut [Candidate]) -> usize {
        let makers: Vec<&str> = candidates
            .iter()
            .filter(|c| c.mention.kind == EntityKind::Org && !c.mention.nominal)
            .map(|c| c.mention.span.slice(text))
            .collect();
        let lines: Vec<usize> = (0..candidates.len())
            .filter(|&i| {
                let m = &candidates[i].mention;
                let name = m.span.slice(text);
                m.kind.is_name()
                    && !m.nominal
                    && !matches!(m.kind, EntityKind::Nationality | EntityKind::Product)
                    // Stock indices ("the Dow Jones Industrial Average") are
                    // marked by rule before.
                    && (m.kind != EntityKind::Misc || m.source != Provenance::Rule)
                    && self.article_before(text, m.span.start)
                    && self.maker_and_model(name, &makers)
                    && !self.unit_after(text, m.span.end)
            })
            .collect();
        for &i in &lines {
            let m = &mut candidates[i].mention;
            m.kind = EntityKind::Product;
            m.source = Provenance::Rule;
        }
        lines.len()
    }

    /// True when the word right before `start` is an article ("the", "a").
    fn article_before(&self, text: &str, start: usize) -> bool {
        let Some(before) = text[..start].strip_suffix(' ') else {
            return false;
        };
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        // "another" opens a description ("another Korvin unit"), not a model.
        matches!(word.len(), 1..=3) && self.words.determiners.contains_lowercase(word)
    }

    /// True when `name` is a maker named on its own in the text (or listed
    /// as a company), then one or two capitalised words that are no company
    /// word, no first name and no place.
    fn maker_and_model(&self, name: &str, makers: &[&str]) -> bool {
        let words: Vec<&str> = name.split(' ').collect();
        (1..words.len()).rev().any(|k| {
            let maker = words[..k].join(" ");
            let model = &words[k..];
            (makers.contains(&maker.as_str()) || self.is_listed_org(&maker))
                && model.len() <= 2
                && model.iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars().all(char::is_alphabetic)
                        && w.chars().any(char::is_lowercase)
                        && !self.is_org_word(w)
                        && !self.words.body_words.contains(w)
                        && !self.is_place(w)
                })
                && !self.is_place(&model.join(" "))
        })
    }

    /// True when a company noun follows: "the Korvin Europe unit".
    fn unit_after(&self, text: &str, end: usize) -> bool {
        let after = text[end..]
            .trim_start_matches(['’', '\'', 's'])
            .trim_start();
        let word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
        self.is_company_noun(&word)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Document, EntityKind};
    use crate::pipeline::Pipeline;

    fn kind_of(text: &str, name: &str) -> Option<EntityKind> {
        let p = Pipeline::new().expect("bundled model loads");
        let a = p.analyze(Document::from_text("lines.txt", text));
        a.find_entity(name).map(|e| a.entities[e].kind)
    }

    #[test]
    fn an_article_before_a_makers_name_and_a_word_makes_a_product() {
        let text = "Korvin Motors said on Monday that the Korvin Aspen will be built in Ohio. \
                    Korvin sold 20,000 cars.";
        assert_eq!(kind_of(text, "Korvin Aspen"), Some(EntityKind::Product));
        // A maker the text does not show to be a company gives no product:
        // "Brandt" here is the speaker, a person.
        let text = "The Brandt Falcon was introduced in 1986, Brandt said.";
        assert_ne!(kind_of(text, "Brandt Falcon"), Some(EntityKind::Product));
    }

    #[test]
    fn companies_units_and_places_after_the_article_stay_what_they_are() {
        // A company word: the name is the company's.
        let text = "Korvin said the Korvin Foundation will fund schools.";
        assert_ne!(
            kind_of(text, "Korvin Foundation"),
            Some(EntityKind::Product)
        );
        // A unit named by the company noun after it.
        let text = "Korvin said the Korvin Rotary unit will be sold.";
        assert_ne!(kind_of(text, "Korvin Rotary"), Some(EntityKind::Product));
        // A place after the maker.
        let text = "Korvin said the Korvin Europe plans were cut.";
        assert_ne!(kind_of(text, "Korvin Europe"), Some(EntityKind::Product));
        // No article: a business is named.
        let text = "Korvin said Korvin Aspen will be sold.";
        assert_ne!(kind_of(text, "Korvin Aspen"), Some(EntityKind::Product));
        // A stock index after its publisher's name.
        let text = "Shares of Korvin fell and the Korvin Composite Index lost 2%.";
        assert_ne!(
            kind_of(text, "Korvin Composite Index"),
            Some(EntityKind::Product)
        );
    }
}
