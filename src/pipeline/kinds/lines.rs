//! A maker's model named with an article before it: "the Korvin Aspen",
//! "a Korvin Taurus". A company's own name rarely takes an article before
//! its maker's word ("Korvin Motors", not "the Korvin Motors"), so an
//! article, then a company the text names on its own, then capitalised
//! words that are no company word, place or unit ("the Korvin Europe
//! unit") make a product, whatever kind the tagger gave it.
//!
//! The model may carry the article instead: "Korvin Taurus" is a product
//! when the text also says "the Taurus". Once a maker's model is a
//! product, the model named alone ("the Taurus", "Taurus") is that product
//! too, and so are the names listed right after it under one article ("the
//! Korvin Aspen, Cruiser and Durango").
//!
//! Takes the tagging stage's candidates; gives them back with such names
//! retyped to PRODUCT.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::{EntityKind, Provenance};

use super::super::candidate::Candidate;
use super::Kinds;

impl Kinds {
    /// Retypes "the <maker> <Model>" names to products (see the module
    /// documentation); returns how many.
    pub(super) fn join_determined_lines(&self, text: &str, candidates: &mut [Candidate]) -> usize {
        let makers: FxHashSet<&str> = candidates
            .iter()
            .filter(|c| c.mention.kind == EntityKind::Org && !c.mention.nominal)
            .map(|c| c.mention.span.slice(text))
            .collect();
        // Each model's search of the whole text, once per model.
        let mut with_article: FxHashMap<&str, bool> = FxHashMap::default();
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
                    && !self.unit_after(text, m.span.end)
                    && self.maker_and_model(name, &makers).is_some_and(|model| {
                        self.article_before(text, m.span.start)
                            || *with_article
                                .entry(model)
                                .or_insert_with(|| self.model_with_article(text, model))
                    })
            })
            .collect();
        let mut products: Vec<usize> = lines.clone();
        // The models alone, and the lists each product opens.
        let models: Vec<&str> = lines
            .iter()
            .filter_map(|&i| {
                let name = candidates[i].mention.span.slice(text);
                self.maker_and_model(name, &makers)
            })
            .collect();
        for (i, c) in candidates.iter().enumerate() {
            let m = &c.mention;
            let free = m.kind.is_name()
                && !m.nominal
                && !matches!(
                    m.kind,
                    EntityKind::Nationality | EntityKind::Product | EntityKind::Person
                );
            if free && models.contains(&m.span.slice(text)) && !self.unit_after(text, m.span.end) {
                products.push(i);
            }
        }
        for &i in &lines {
            let mut at = i;
            while let Some(next) = candidates.get(at + 1)
                && self.listed_model(text, &candidates[at], next)
            {
                at += 1;
                products.push(at);
            }
        }
        for &i in &products {
            let m = &mut candidates[i].mention;
            m.kind = EntityKind::Product;
            m.source = Provenance::Rule;
        }
        products.sort_unstable();
        products.dedup();
        products.len()
    }

    /// True when `model` stands alone after an article somewhere in the
    /// text ("the Taurus was …"), with no company noun after it.
    fn model_with_article(&self, text: &str, model: &str) -> bool {
        text.match_indices(model).any(|(at, _)| {
            let end = at + model.len();
            let rest = &text[end..];
            // A word ends there, and no capitalised word runs the name on.
            !rest.starts_with(char::is_alphanumeric)
                && !rest
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
                && self.article_before(text, at)
                && !self.unit_after(text, end)
        })
    }

    /// True when `next` is listed right after `prev` ("Aspen, Cruiser, and
    /// Durango"): a name no company word ends and that is no company the
    /// text names, no person, no place.
    fn listed_model(&self, text: &str, prev: &Candidate, next: &Candidate) -> bool {
        let gap = text
            .get(prev.mention.span.end..next.mention.span.start)
            .unwrap_or("");
        let name = next.mention.span.slice(text);
        let m = &next.mention;
        let joint = gap.trim_start_matches(',').trim();
        (gap == ", "
            || (gap.starts_with([' ', ','])
                && gap.ends_with(' ')
                && self.words.list_joins.contains(joint)))
            && m.kind.is_name()
            && !m.nominal
            && !matches!(m.kind, EntityKind::Person | EntityKind::Nationality)
            && name.split(' ').all(|w| !self.is_org_word(w))
            && !self.is_listed_org(name)
            && !self.is_place(name)
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

    /// The model of `name` when `name` is a maker named on its own in the
    /// text (or listed as a company), then one or two capitalised words
    /// that are no company word, no first name and no place.
    fn maker_and_model<'n>(&self, name: &'n str, makers: &FxHashSet<&str>) -> Option<&'n str> {
        let words: Vec<&str> = name.split(' ').collect();
        // A model of one word or two: the last two places to split.
        (1..words.len()).rev().take(2).find_map(|k| {
            let model = &words[k..];
            let model_at = name.len() - model.iter().map(|w| w.len() + 1).sum::<usize>() + 1;
            // The words before the model, as they stand in the name.
            let maker = &name[..model_at - 1];
            if (makers.contains(&maker) || self.is_listed_org(maker))
                && model.iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars().all(char::is_alphabetic)
                        && w.chars().any(char::is_lowercase)
                        && !self.is_org_word(w)
                        && !self.words.body_words.contains(w)
                        && !self.is_place(w)
                })
                && !self.is_place(&model.join(" "))
                && !self.is_club(maker, model)
            {
                Some(&name[model_at..])
            } else {
                None
            }
        })
    }

    /// True when `maker` is a place and `model` one plural word: a club's
    /// or a team's name ("the Tarnow Mariners", "the Kestrel City Royals"),
    /// no maker's model, whatever kind the tagger gave the place.
    fn is_club(&self, maker: &str, model: &[&str]) -> bool {
        let [word] = model else { return false };
        let plural = word
            .strip_suffix('s')
            .is_some_and(|stem| !stem.is_empty() && !stem.ends_with('s'));
        plural && self.is_place(maker)
    }

    /// True when a company noun follows: "the Korvin Europe unit".
    fn unit_after(&self, text: &str, end: usize) -> bool {
        let after = text[end..]
            .trim_start_matches(['’', '\'', 's'])
            .trim_start();
        let word = &after[..after
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(after.len())];
        self.is_company_noun(word)
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

    #[test]
    fn a_place_with_one_plural_word_after_the_article_is_a_club() {
        // The tagger reads the town alone as a company, its maker.
        let text = "Bo Lind agreed to a contract with the Denver Pumas on Monday.\n\n\
                    Denver also has been talking with the Oulu Kings about a trade.\n";
        assert_eq!(kind_of(text, "Denver Pumas"), Some(EntityKind::Org));
        // One word, singular: still a maker's model.
        let text = "Korvin Motors said on Monday that the Korvin Aspen will be built in Ohio. \
                    Korvin sold 20,000 cars.";
        assert_eq!(kind_of(text, "Korvin Aspen"), Some(EntityKind::Product));
    }

    #[test]
    fn the_model_alone_with_an_article_makes_the_makers_model_a_product() {
        let text = "Korvin Motors will rename Korvin Pallas for 2008. \
                    The Pallas sold well in the 1990s, Korvin said.";
        assert_eq!(kind_of(text, "Korvin Pallas"), Some(EntityKind::Product));
        assert_eq!(kind_of(text, "Pallas"), Some(EntityKind::Product));
        // No article before the model anywhere: a business of the maker's.
        let text = "Korvin Motors will rename Korvin Pallas for 2008. \
                    Pallas sold well in the 1990s, Korvin said.";
        assert_ne!(kind_of(text, "Korvin Pallas"), Some(EntityKind::Product));
        // "the Pallas Group": a company named after the article.
        let text = "Korvin Motors will merge Korvin Pallas with the Pallas Group, Korvin said.";
        assert_ne!(kind_of(text, "Korvin Pallas"), Some(EntityKind::Product));
    }

    #[test]
    fn names_listed_after_a_model_under_its_article_are_models() {
        let text = "Korvin Motors said the Korvin Aspen, Cruiser, and Marauder will be cut from production. \
                    Korvin employs 9,000 people.";
        assert_eq!(kind_of(text, "Korvin Aspen"), Some(EntityKind::Product));
        assert_eq!(kind_of(text, "Marauder"), Some(EntityKind::Product));
        // Companies and places in the list stay what they are.
        let text = "Korvin Motors said the Korvin Aspen and Brannock Motors were rivals in Ohio. \
                    Korvin sold 20,000 cars.";
        assert_ne!(kind_of(text, "Brannock Motors"), Some(EntityKind::Product));
    }
}
