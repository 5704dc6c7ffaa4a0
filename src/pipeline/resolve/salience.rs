//! Salience: which organisation an article is about so far, for a generic
//! description ("the company", "the group") that nothing nearer decides.

use crate::lang::{ResolveWords, lowercase};
use crate::model::{Entity, EntityKind, Mention, Span};

use super::subject::subject_of;

/// True when the mention at `span` is an agency credited in brackets
/// ("AMSTERDAM, May 4 (Wirebeam) -"): a byline, no party to the news.
pub(super) fn credited(text: &str, span: Span) -> bool {
    text[..span.start].ends_with('(') && text[span.end..].starts_with(')')
}

/// How prominent each entity is in the mentions before a description,
/// kept up to date as the descriptions are met in text order: each time an
/// entity is named counts once, and once more in a headline. An entity
/// named only as a credited agency counts nothing. One pass over the
/// mentions for the whole text: a count per description and entity was
/// cubic on a long article.
#[derive(Default)]
pub(super) struct Salience {
    /// The mentions before this one are counted.
    upto: usize,
    /// Per entity: how often named, a headline's naming twice.
    count: Vec<usize>,
    /// Per entity: named once at least outside a credit's brackets.
    uncredited: Vec<bool>,
    /// Per entity: met in a mention (a description's too).
    met: Vec<bool>,
    /// The entities met, in the order first met.
    order: Vec<usize>,
}

impl Salience {
    /// Counts the mentions before `i` not yet counted. A mention before the
    /// one the caller resolves must no longer change.
    pub(super) fn advance(
        &mut self,
        text: &str,
        mentions: &[Mention],
        headlines: &[Span],
        i: usize,
    ) {
        let end = i.min(mentions.len());
        for m in mentions.get(self.upto..end).unwrap_or_default() {
            let Some(e) = m.entity else { continue };
            if e >= self.met.len() {
                self.count.resize(e + 1, 0);
                self.uncredited.resize(e + 1, false);
                self.met.resize(e + 1, false);
            }
            if !self.met[e] {
                self.met[e] = true;
                self.order.push(e);
            }
            if !m.nominal {
                self.count[e] += 1 + usize::from(headlines.iter().any(|h| m.span.within(*h)));
                if !self.uncredited[e] && !credited(text, m.span) {
                    self.uncredited[e] = true;
                }
            }
        }
        self.upto = self.upto.max(end);
    }

    /// How prominent entity `e` is: 0 when never named but as a credited agency.
    fn of(&self, e: usize) -> usize {
        if self.uncredited.get(e).copied().unwrap_or(false) {
            self.count[e]
        } else {
            0
        }
    }

    /// The organisation the article is about so far: among those `fits`
    /// accepts, the most prominent before the description, when it is more
    /// prominent than any other and than `rival` (the nearer choice, which it
    /// must outweigh by more than one naming).
    pub(super) fn protagonist(
        &self,
        fits: impl Fn(usize) -> bool,
        rival: Option<usize>,
    ) -> Option<usize> {
        // The most prominent (the last entity on a tie, as a sort of the
        // pairs would put first) and how many share its prominence: one
        // pass, no sort per description.
        let mut best: Option<(usize, usize)> = None;
        let mut tied = 0;
        for (p, e) in self.order.iter().map(|&e| (self.of(e), e)) {
            if p == 0 || !fits(e) {
                continue;
            }
            match best {
                Some((top, _)) if p < top => {}
                Some((top, _)) if p == top => tied += 1,
                _ => tied = 1,
            }
            best = best.max(Some((p, e)));
        }
        let (top, e) = best?;
        if tied > 1 {
            return None;
        }
        let beaten = rival
            .filter(|&r| r != e)
            .is_none_or(|r| top > self.of(r) + 1);
        beaten.then_some(e)
    }

    /// The source a reporting tag names ("…, the company said"): among
    /// those `fits` accepts, the most prominent before the description, the
    /// first named on a tie, when it is at least as prominent as `rival`
    /// (the nearer choice).
    pub(super) fn tag_source(
        &self,
        fits: impl Fn(usize) -> bool,
        rival: Option<usize>,
    ) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for &e in &self.order {
            let p = self.of(e);
            // In text order: a later one must be more prominent to win.
            if p > 0 && best.is_none_or(|(top, _)| p > top) && fits(e) {
                best = Some((p, e));
            }
        }
        let (top, e) = best?;
        rival
            .is_none_or(|r| r == e || top >= self.of(r))
            .then_some(e)
    }
}

/// The buyer of the article's deal, for "the buyer": the subject of the
/// first active buy verb before `before` ("X is buying", "X agreed to
/// acquire") when that subject is an organisation; with none, the agent of
/// the first passive one ("T was bought by X": a passive is as often a
/// purchase told in passing, "bought by K in 2015").
pub(super) fn deal_buyer(
    lang: &ResolveWords,
    text: &str,
    mentions: &[Mention],
    entities: &[Entity],
    sentences: &[Span],
    before: usize,
) -> Option<usize> {
    let mut agent = None;
    for sentence in sentences.iter().filter(|s| s.start < before) {
        let end = sentence.end.min(before);
        let mut at = sentence.start;
        let mut prev = String::new();
        for piece in text[sentence.start..end].split_inclusive(char::is_whitespace) {
            let start = at;
            at += piece.len();
            let word = lowercase(piece.trim().trim_matches(|c: char| !c.is_alphanumeric()));
            let passive =
                lang.passive_auxiliaries.contains(&prev) && lang.buy_participles.contains(&word);
            if passive {
                agent = agent
                    .or_else(|| passive_agent(lang, text, mentions, entities, Span::new(at, end)));
            } else if lang.buy_words.contains(&word) {
                let subject = subject_of(lang, text, *sentence, mentions, Some(start))
                    .filter(|&e| entities[e].kind == EntityKind::Org);
                if subject.is_some() {
                    return subject;
                }
            }
            prev = word;
        }
    }
    agent
}

/// How many words may stand between a passive's "by" and its agent's name
/// ("by the Oslo-based group X").
const AGENT_REACH: usize = 4;

/// The organisation a passive's "by" names at the start of `rest`: "by
/// X", "by the Oslo-based group X" — a name after "by" and at most a few
/// words with no clause mark among them.
fn passive_agent(
    lang: &ResolveWords,
    text: &str,
    mentions: &[Mention],
    entities: &[Entity],
    rest: Span,
) -> Option<usize> {
    let slice = rest.slice(text);
    let by = slice.trim_start();
    let first = by.split_whitespace().next()?;
    if !lang.passive_agents.contains_lowercase(first) {
        return None;
    }
    let from = rest.start + (slice.len() - by.len()) + first.len();
    // A place or nationality before the name only describes it.
    mentions
        .iter()
        .skip_while(|m| m.span.start < from)
        .take_while(|m| {
            let between = &text[from..m.span.start.max(from)];
            m.span.end <= rest.end
                && between.split_whitespace().count() <= AGENT_REACH
                && !between.contains([',', ';', '.', '('])
        })
        .filter(|m| !m.nominal)
        .find_map(|m| m.entity.filter(|&e| entities[e].kind == EntityKind::Org))
}

#[cfg(test)]
mod tests {
    use super::Salience;
    use crate::pipeline::tests::resolved;

    #[test]
    fn the_protagonist_is_the_one_most_prominent_and_no_tie() {
        let salience = Salience {
            upto: 0,
            count: vec![3, 5, 5, 2, 0],
            uncredited: vec![true, true, true, true, false],
            met: vec![true; 5],
            order: vec![3, 0, 2, 1, 4],
        };
        // Two named five times: no protagonist, unless one does not fit.
        assert_eq!(salience.protagonist(|_| true, None), None);
        assert_eq!(salience.protagonist(|e| e != 2, None), Some(1));
        assert_eq!(salience.protagonist(|e| e != 1, None), Some(2));
        // A rival must be outweighed by more than one naming.
        assert_eq!(salience.protagonist(|e| e < 2, Some(0)), Some(1));
        assert_eq!(salience.protagonist(|e| e != 1, Some(3)), Some(2));
        assert_eq!(salience.protagonist(|e| e == 0 || e == 3, Some(3)), None);
        assert_eq!(salience.protagonist(|e| e == 4, None), None);
    }

    #[test]
    fn the_buyer_is_a_passive_s_agent() {
        let text = "Keltic Energy, the oil producer, was bought by the Swiss group Nordvik Holdings. \
                    The buyer also took a stake in Orla Capital.";
        assert_eq!(
            resolved(text, "The buyer").as_deref(),
            Some("Nordvik Holdings")
        );
    }

    #[test]
    fn a_generic_description_is_the_company_the_article_is_about() {
        // The seller named once in passing is not "the company", though
        // the last sentences' subjects are people.
        let text = "Zephyrine Labs said on Monday that chief executive Jon Hale would retire. \
                    Hale joined Zephyrine Labs in 2009. \
                    Lena Vogt, who runs the German arm of Zephyrine Labs, will succeed him. \
                    Under Hale, Zephyrine Labs bought Quantix Testing from the engineering group Orvo Werke in 2021. \
                    The company competes with Sundmere Inspection.";
        assert_eq!(
            resolved(text, "The company").as_deref(),
            Some("Zephyrine Labs")
        );
    }

    #[test]
    fn a_description_in_a_relative_clause_is_not_the_clause_s_own_subject() {
        let text = "Keltic Motors makes vans in Bergen. Keltic Motors sells them in Norway. \
                    To pay for a new plant, Keltic Motors took a loan from the regional lender Orvo Credit, \
                    which also holds 8% of the company.";
        assert_eq!(
            resolved(text, "the company").as_deref(),
            Some("Keltic Motors")
        );
    }

    #[test]
    fn a_description_in_a_relative_clause_is_the_main_subject_not_the_protagonist() {
        // The buyer named most is not "the company" the lender holds 8% of.
        let text = "Orvo Retail orders 400 trucks from Keltic Motors\n\
                    Orvo Retail ordered 400 trucks from Keltic Motors on Monday. Orvo Retail runs 600 stores. \
                    Orvo Retail will pay in cash. Orvo Retail's depots are in Bergen and Oslo. \
                    To pay for a new plant, Keltic Motors took a loan from the regional lender Brask Credit, \
                    which also holds 8% of the company.";
        assert_eq!(
            resolved(text, "the company").as_deref(),
            Some("Keltic Motors")
        );
    }

    #[test]
    fn a_credited_agency_is_no_description_s_company() {
        let text = "OSLO, May 4 (Wirebeam) -\n\
                    Keltic Motors said chief executive Jon Hale would retire, making way for the group's finance chief, Lena Vogt.";
        assert_eq!(
            resolved(text, "the group").as_deref(),
            Some("Keltic Motors")
        );
    }

    #[test]
    fn a_merged_company_is_the_name_the_deal_gives_it() {
        let text = "Keltic Foods and Orvo Dairy agreed to merge on Monday. \
                    Keltic Foods shareholders will hold 55% of the combined company. \
                    The combined company will be called Sundmere Nutrition and will be based in Oslo.";
        assert_eq!(
            resolved(text, "the combined company").as_deref(),
            Some("Sundmere Nutrition")
        );
    }

    #[test]
    fn the_buyer_is_who_buys_in_the_deal() {
        // A passive buy verb names no buyer; the active one does.
        let text = "Zephyrine Tools was bought by Keltic Capital in 2015. \
                    Orvo Werke is buying Quantix Lifts from the Hale family for $40 million, the two sides said. \
                    Quantix Lifts makes 4,000 lifts a year in Bergen. \
                    The Oslo-based buyer ranks behind Sundmere Elevators in Europe.";
        assert_eq!(resolved(text, "buyer").as_deref(), Some("Orvo Werke"));
    }
}
