//! Product evidence around a name, beyond a product noun after it: the
//! grammar news uses to present a product whatever kind the tagger gave it.
//!
//! - a product noun introduces it, in apposition or with a naming verb:
//!   "the web browser Vista", "its operating system, Orbit", "a task
//!   manager called Relay";
//! - it is counted in the plural: "sold 13.7 million Zephyrs", "bought 20
//!   Skylarks";
//! - (a name the tagger called "other" or a person without a first name)
//!   it stands in a list with a product known by its shape ("the zPad,
//!   Orbit and Relay"; an organisation there may be a clause's subject:
//!   "showed the zPad and Acme showed…"), or a launch or novelty word
//!   stands before it ("the new Orbit", "unveiled Orbit")
//!   or (an "other" name) a company's possessive: "Korvin's Orbit".

use crate::lang::words_back;
use crate::model::{Entity, EntityKind, Mention, Provenance};

use super::Kinds;

/// Characters around a word that say nothing of its grammar: quotes, commas.
const WRAPPERS: &[char] = &['"', '“', '”', '‘', '’', '\'', ',', '(', ')'];

impl Kinds {
    /// True when the text around some mention of `e` presents it as a
    /// product (see the module documentation).
    pub(super) fn presented_as_product(
        &self,
        text: &str,
        e: &Entity,
        mentions: &[Mention],
    ) -> bool {
        // Read for a person alone.
        let first_name = || {
            e.name
                .split_whitespace()
                .next()
                .is_some_and(|w| self.is_first_name(w))
        };
        // Places, people with a first name and the indices marked by rule
        // ("FTSE 100") are no products, whatever stands around them.
        let index = e.mentions.iter().any(|&m| {
            mentions[m].kind == EntityKind::Misc && mentions[m].source == Provenance::Rule
        });
        if (e.kind == EntityKind::Person && (first_name() || self.titled(text, e, mentions)))
            || self.titled_name(text, e, mentions)
            || self.is_place(&e.name)
            || index
        {
            return false;
        }
        // "Orvex, a synthetic thyroid hormone,": whatever the tagger read.
        if e.mentions
            .iter()
            .any(|&m| self.product_apposition_after(text, mentions[m].span))
        {
            return true;
        }
        if e.kind == EntityKind::Loc {
            return false;
        }
        self.presented_as_software(text, e, mentions)
            || e.mentions.iter().any(|&m| {
                let span = mentions[m].span;
                let before = words_before(text, span.start, 4);
                self.introduced_by_product_noun(&before)
                    || self.in_product_apposition(text, span)
                    || self.counted(&before, span.slice(text))
                    || (matches!(e.kind, EntityKind::Misc | EntityKind::Person)
                        && (self.cued(&before) || self.listed_with_product(text, mentions, m)))
                    || (e.kind == EntityKind::Misc
                        && possessive_of_org(text, mentions, m)
                        && !self.owned_by_place(text, mentions, m))
            })
    }

    /// True when a title the rules read stands right before some mention of
    /// `e`, one space between: "general manager Vukasin Filipovic" holds a
    /// post, and the title's last word ("manager", a product's head in "the
    /// password manager Vaultly") introduces no product. A trade that is a
    /// company's too ("lead manager Toronto Dominion", see
    /// `kinds/trade-titles.txt`) says nothing of a person.
    fn titled(&self, text: &str, e: &Entity, mentions: &[Mention]) -> bool {
        e.mentions.iter().any(|&m| {
            let start = mentions[m].span.start;
            text.get(start.saturating_sub(1)..start) == Some(" ")
                && mentions.iter().any(|t| {
                    t.kind == EntityKind::Title
                        && t.span.end + 1 == start
                        && !self
                            .words
                            .trade_titles
                            .contains_lowercase(t.span.slice(text))
                })
        })
    }

    /// True when `e` has a person's shape (two or three capitalised words of
    /// letters, as "Qiao Minghui" or "Leocadia Cabañeros-Anane") and a title
    /// the rules read stands right before one of its mentions, a space or a
    /// comma between: "its purchasing manager, Qiao Minghui," names the
    /// holder of a post, whatever kind the tagger gave the name; the title's
    /// last word ("manager") introduces no product there. A one-word name
    /// ("its password manager, Vaultly") is left to the product grammar, and
    /// so is a company's ("the wealth manager Tarsby Capital"); right before
    /// a name, a trade that is a company's too ("lead manager Toronto
    /// Dominion", see `kinds/trade-titles.txt`) says nothing of a person.
    fn titled_name(&self, text: &str, e: &Entity, mentions: &[Mention]) -> bool {
        let words: Vec<&str> = e.name.split_whitespace().collect();
        let person_shaped = (2..=3).contains(&words.len())
            && !self.is_company_name(&e.name)
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
            });
        person_shaped
            && e.mentions.iter().any(|&m| {
                let start = mentions[m].span.start;
                mentions.iter().any(|t| {
                    t.kind == EntityKind::Title
                        && match text.get(t.span.end..start) {
                            Some(", ") => true,
                            Some(" ") => !self
                                .words
                                .trade_titles
                                .contains_lowercase(t.span.slice(text)),
                            _ => false,
                        }
                })
            })
    }

    /// "California's X": the possessor of mention `m` is a listed place
    /// and no listed company, whatever kind the tagger gave it.
    fn owned_by_place(&self, text: &str, mentions: &[Mention], m: usize) -> bool {
        possessor(text, mentions, m)
            .is_some_and(|o| self.is_unlisted_org_place(&self.key(o.span.slice(text))))
    }

    /// "the web browser X", "a task manager called X", "the feature is
    /// called X": a product noun right before, past naming verbs (and a
    /// form of "be" before a naming verb).
    fn introduced_by_product_noun(&self, before: &[&str]) -> bool {
        let verbs = &self.words.naming_verbs;
        let mut words = before.iter().peekable();
        let mut named = false;
        while words.peek().is_some_and(|w| verbs.contains_lowercase(w)) {
            named = true;
            words.next();
        }
        while named
            && words
                .peek()
                .is_some_and(|w| self.words.naming_links.contains_lowercase(w))
        {
            words.next();
        }
        // "the asset manager Orvik": a company's head of two words, no
        // product's ("the password manager Vaultly").
        words.next().is_some_and(|w| {
            self.words.product_heads.contains(w)
                && !words
                    .next()
                    .is_some_and(|modifier| self.is_company_compound_head(modifier, w))
        })
    }

    /// "its newest handset, the Z9 Nova,": an apposition to a product noun,
    /// opened by a determiner and closed by punctuation ("… system, the
    /// Pentagon said" is a clause, not an apposition).
    fn in_product_apposition(&self, text: &str, span: crate::model::Span) -> bool {
        let mut words = words_back(&text[..span.start]);
        let (Some(det), Some(noun)) = (words.next(), words.next()) else {
            return false;
        };
        let closed = text[span.end..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ';' | ')' | '\n'));
        closed
            && self.words.determiners.contains_lowercase(det)
            && noun
                .strip_suffix(',')
                .is_some_and(|n| self.words.product_heads.contains(n))
    }

    /// "Orvex, a synthetic thyroid hormone for …": an apposition after the
    /// name, opened by a determiner, whose head (its last lower-case word
    /// before a preposition, a clause or punctuation) is a product noun.
    fn product_apposition_after(&self, text: &str, span: crate::model::Span) -> bool {
        let Some(rest) = text[span.end..].strip_prefix(", ") else {
            return false;
        };
        let mut words = rest.split(' ');
        if !words
            .next()
            .is_some_and(|d| self.words.determiners.contains_lowercase(d))
        {
            return false;
        }
        let mut head = None;
        for w in words.take(6) {
            let bare = w.trim_end_matches([',', '.', ';', ')']);
            let lower = !bare.is_empty() && bare.chars().all(|c| c.is_lowercase() || c == '-');
            if !lower
                || self.words.apposition_stops.contains(bare)
                || self.words.place_prepositions.contains(bare)
                || self.words.apposition_head_stops.contains(bare)
            {
                break;
            }
            head = Some(bare);
            if bare.len() != w.len() {
                break;
            }
        }
        head.is_some_and(|h| self.words.product_heads.contains(h))
    }

    /// "13.7 million Zephyrs", "20 Skylarks": a count before a plural name.
    fn counted(&self, before: &[&str], name: &str) -> bool {
        let plural = !name.contains(' ')
            && name
                .strip_suffix('s')
                .is_some_and(|stem| !stem.ends_with('s'));
        let count = before.first().is_some_and(|w| {
            self.words.count_words.contains_lowercase(w)
                || (w.starts_with(|c: char| c.is_ascii_digit())
                    && w.chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == ','))
        });
        plural && count
    }

    /// "the new X", "unveiled the X": a launch or novelty word before it,
    /// past an article or possessive determiner.
    fn cued(&self, before: &[&str]) -> bool {
        let mut words = before.iter();
        let Some(first) = words.next() else {
            return false;
        };
        let cue = |w: &str| self.words.product_cues.contains_lowercase(w);
        cue(first)
            || (self.words.determiners.contains_lowercase(first)
                && words.next().is_some_and(|w| cue(w)))
    }

    /// "the zPad and X", "X, Orbit and the zPad": a product beside it in a list.
    fn listed_with_product(&self, text: &str, mentions: &[Mention], m: usize) -> bool {
        // A comma or a joining word: "An Acme Air 777" lists nothing.
        let joins = |gap: &str| {
            let words = gap.trim().trim_start_matches(',').trim();
            (words.is_empty() && gap.trim() == ",") || self.words.list_joins.contains(words)
        };
        // A product by its shape ("zPad", "K350"), not one this stage retyped.
        let product = |i: usize| {
            mentions.get(i).is_some_and(|n| {
                n.kind == EntityKind::Product && !n.nominal && n.source == Provenance::Rule
            })
        };
        let span = mentions[m].span;
        let before = m
            .checked_sub(1)
            .filter(|&i| product(i))
            .and_then(|i| text.get(mentions[i].span.end..span.start))
            .is_some_and(joins);
        let after = product(m + 1)
            && text
                .get(span.end..mentions[m + 1].span.start)
                .is_some_and(joins);
        before || after
    }
}

/// Up to `n` words before `pos`, nearest first, without quotes and commas.
pub(super) fn words_before(text: &str, pos: usize, n: usize) -> Vec<&str> {
    words_back(&text[..pos])
        .map(|w| w.trim_matches(WRAPPERS))
        .filter(|w| !w.is_empty())
        .take(n)
        .collect()
}

/// "Korvin's X": an organisation's possessive right before mention `m`.
fn possessive_of_org(text: &str, mentions: &[Mention], m: usize) -> bool {
    possessor(text, mentions, m).is_some_and(|o| o.kind == EntityKind::Org && !o.nominal)
}

/// The mention right before mention `m` when it owns it ("Korvin's X", "the
/// company's X").
pub(super) fn possessor<'m>(text: &str, mentions: &'m [Mention], m: usize) -> Option<&'m Mention> {
    m.checked_sub(1).and_then(|i| mentions.get(i)).filter(|o| {
        text.get(o.span.end..mentions[m].span.start)
            .is_some_and(|gap| matches!(gap, "'s " | "’s "))
    })
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_name_presented_as_a_product_is_one() {
        let text = "Korvin Systems showed its new desktop operating system, Velora, on Monday. \
                    It also added a task manager called Quillstream to the Tamsett browser. \
                    The company sold 4.2 million Brindles last year, and the Brindle, Velora \
                    and zPad will ship in May.";
        assert_eq!(kind_of(text, "Velora"), Some(EntityKind::Product));
        assert_eq!(kind_of(text, "Quillstream"), Some(EntityKind::Product));
        assert_eq!(kind_of(text, "Korvin Systems"), Some(EntityKind::Org));
    }

    #[test]
    fn a_titled_person_is_no_product_of_the_titles_last_word() {
        let text = "\"The crews keep coming,\" the yard's general manager Radomir Kostelic \
                    told reporters. Kostelic said he would not resign.";
        assert_eq!(kind_of(text, "Radomir Kostelic"), Some(EntityKind::Person));
    }

    #[test]
    fn a_persons_name_after_a_title_is_no_product_of_the_titles_last_word() {
        let text = "Tarvik Mills picked the Orrin stones after a year of tests, its \
                    purchasing manager, Wenhui Dzhao, said. Its sales director Tomasz \
                    Wielgosz-Amari said output would double. Korvin Systems also updated \
                    its password manager, Vaultly, on Monday.";
        assert_eq!(kind_of(text, "Wenhui Dzhao"), Some(EntityKind::Person));
        assert_eq!(
            kind_of(text, "Tomasz Wielgosz-Amari"),
            Some(EntityKind::Person)
        );
        assert_eq!(kind_of(text, "Vaultly"), Some(EntityKind::Product));
    }

    #[test]
    fn a_name_apposed_to_a_product_noun_is_a_product() {
        let text = "Tamsett Labs said its largest seller is Orvexil, a synthetic thyroid \
                    hormone for treating fatigue. Orvexil sold well in Velmar last year.";
        assert_eq!(kind_of(text, "Orvexil"), Some(EntityKind::Product));
    }

    #[test]
    fn a_product_noun_named_past_a_form_of_be_introduces_a_product() {
        let text = "Korvin Systems added video calls to the zPad. This feature is called \
                    Brenwick, and it links zPads over radio. The service was named Ostrava Link.";
        assert_eq!(kind_of(text, "Brenwick"), Some(EntityKind::Product));
        assert_eq!(kind_of(text, "Ostrava Link"), Some(EntityKind::Product));
    }

    #[test]
    fn a_name_in_apposition_to_a_product_noun_is_a_product() {
        let text = "Keltic Inc. announced its newest handset, the Z9 Nova, on Monday. \
                    Brisk Labs will upgrade the radar system, the Velmar Agency said.";
        assert_eq!(kind_of(text, "Z9 Nova"), Some(EntityKind::Product));
        assert_ne!(kind_of(text, "Velmar Agency"), Some(EntityKind::Product));
    }

    #[test]
    fn people_and_companies_stay_what_they_are() {
        let text = "Anna Velder, the chief executive of Korvin Systems, said the company \
                    is the leader in Europe; Korvin Systems and Brisk Labs will merge.";
        assert_eq!(kind_of(text, "Anna Velder"), Some(EntityKind::Person));
        assert_eq!(kind_of(text, "Brisk Labs"), Some(EntityKind::Org));
    }
}
