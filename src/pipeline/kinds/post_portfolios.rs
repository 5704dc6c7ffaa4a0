//! A portfolio that names a post, not a body: "Agriculture Secretary Dan
//! Glickman", "Minister of Defence and Aviation Prince Sultan". The tagger
//! reads the capitals as an organisation; the phrase says they are part of
//! the post's name. (A place before "dollar" names a currency too, yet
//! MEANTIME's mention annotation counts "U.S." of "the U.S. dollar" a
//! place: it is left as it is.)

use crate::lang::words_back;
use crate::model::{EntityKind, Span};
use crate::pipeline::candidate::Candidate;

use super::Kinds;

impl Kinds {
    /// Drops the portfolios of posts; a name that opens with a post's
    /// portfolio after "of" or "for" ("Commissioner for Competition Neelie
    /// Kroes") keeps the rest, the post's holder.
    pub fn drop_post_portfolios(&self, text: &str, candidates: &mut Vec<Candidate>) {
        for c in candidates.iter_mut() {
            let m = &mut c.mention;
            if !matches!(m.kind, EntityKind::Org | EntityKind::Misc) || m.nominal {
                continue;
            }
            if let Some(rest) = self.after_post_portfolio(text, m.span) {
                m.span = rest;
                m.kind = EntityKind::Person;
            }
        }
        candidates.retain(|c| {
            let m = &c.mention;
            !(matches!(m.kind, EntityKind::Org | EntityKind::Misc)
                && !m.nominal
                && self.is_post_portfolio(text, m.span))
        });
    }

    /// True when `span` holds portfolio words alone ("Defence and
    /// Aviation") and a post noun stands right after it ("Defence
    /// Secretary") or right before it with "of" or "for" ("Minister of
    /// Defence").
    fn is_post_portfolio(&self, text: &str, span: Span) -> bool {
        self.portfolio_words(span.slice(text)) && self.post_around(text, span)
    }

    /// The rest of a name that opens with a post's portfolio word after
    /// "POST of/for", when two capitalised words or more are left: the
    /// post's holder ("Competition Neelie Kroes" → "Neelie Kroes").
    fn after_post_portfolio(&self, text: &str, span: Span) -> Option<Span> {
        let name = span.slice(text);
        let (first, rest) = name.split_once(' ')?;
        let capitalised = rest.split(' ').all(|w| w.starts_with(char::is_uppercase));
        let post_before = self.post_before(&text[..span.start]);
        (self.is_post_topic(first) && post_before && capitalised && rest.split(' ').count() >= 2)
            .then(|| Span::new(span.end - rest.len(), span.end))
    }

    /// True for what a post may be about: a ministry's portfolio
    /// ("defence") or another topic ("competition").
    fn is_post_topic(&self, word: &str) -> bool {
        self.words.portfolios.contains_lowercase(word)
            || self.words.post_topics.contains_lowercase(word)
    }

    /// True when every word of `name` is a portfolio, "and" joining two.
    fn portfolio_words(&self, name: &str) -> bool {
        let joins = &self.words.list_joins;
        let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return false;
        };
        words
            .iter()
            .all(|w| joins.contains(w) || self.is_post_topic(w))
            && !joins.contains(first)
            && !joins.contains(last)
    }

    /// True when a post noun follows `span` after one space, or stands
    /// before it with "of" or "for".
    fn post_around(&self, text: &str, span: Span) -> bool {
        let after = text[span.end..]
            .strip_prefix(' ')
            .and_then(|a| a.split(|c: char| !c.is_alphanumeric() && c != '-').next())
            .is_some_and(|w| self.words.post_nouns.contains_lowercase(w));
        after || self.post_before(&text[..span.start])
    }

    /// True when `before` ends with "POST of " or "POST for ".
    fn post_before(&self, before: &str) -> bool {
        let mut words = words_back(before);
        words
            .next()
            .is_some_and(|w| self.words.post_links.contains(w))
            && words
                .next()
                .is_some_and(|w| self.words.post_nouns.contains_lowercase(w))
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::analysis;

    fn names(text: &str) -> Vec<String> {
        let a = analysis(text);
        a.entities
            .iter()
            .filter(|e| e.kind.is_name())
            .map(|e| format!("{} {}", e.name, e.kind.name()))
            .collect()
    }

    #[test]
    fn a_portfolio_names_a_post_not_a_body() {
        let text = "Agriculture Secretary Dan Glickman met Orvane Foods on Monday. \
                    Later he met the Minister of Defence and Aviation, Prince Sultan, \
                    and European Commissioner for Competition Neelie Kroes.";
        let got = names(text);
        for bad in ["Agriculture", "Defence and Aviation", "Competition"] {
            assert!(got.iter().all(|n| !n.starts_with(bad)), "{bad}: {got:?}");
        }
        assert!(got.contains(&"Dan Glickman PERSON".to_owned()), "{got:?}");
        assert!(got.contains(&"Neelie Kroes PERSON".to_owned()), "{got:?}");
    }

    #[test]
    fn a_body_named_before_a_post_stays_a_body() {
        // "Treasury" is a body, no portfolio; a ministry is named in full.
        let text = "Treasury Secretary Ann Tarr said the Ministry of Defence \
                    would buy the jets.";
        let got = names(text);
        assert!(got.contains(&"Treasury ORG".to_owned()), "{got:?}");
        assert!(
            got.contains(&"Ministry of Defence ORG".to_owned()),
            "{got:?}"
        );
    }
}
