//! Rule-based mentions: MONEY, PERCENT, DATE, TITLE, and nominal references
//! ("the startup", "this joint venture") that the resolver links to names.
//!
//! Takes the text; gives [`RuleMatch`]es, sorted, possibly overlapping
//! across kinds (the tag stage settles overlaps). The patterns are the
//! language's (`assets/lang/<code>/rules/`), compiled once in [`Rules`].

mod bare;
mod compound;
mod currency;
mod pattern;
mod prebuilt;
mod starts;
pub mod table;

use crate::lang::{RuleWords, lowercase};
use crate::load::needles::Presence;
use crate::model::{EntityKind, Span};
use compound::compound_head;
use pattern::Pattern;
use starts::Starts;

/// A mention found by a rule, before overlaps are settled.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleMatch {
    /// Where.
    pub span: Span,
    /// What.
    pub kind: EntityKind,
    /// For nominal references: the head noun ("startup", "venture").
    pub head: Option<String>,
}

fn compile(pattern: &str) -> Result<Pattern, regex::Error> {
    Pattern::new(&ascii_boundaries(pattern), false)
}

/// Word boundaries as ASCII ones: a Unicode `\b` keeps the fast DFA
/// engines off any text with a curly quote or a dash in it (all news), and
/// the slow one made a 1 MB article take seconds. The patterns are words
/// and digits, so only a letter outside ASCII glued to a match reads
/// differently.
fn ascii_boundaries(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

/// The patterns' places in [`Rules::starts`]: these, then the dates.
const MONEY: usize = 0;
const PERCENT: usize = 1;
const TITLE: usize = 2;
const NOMINAL: usize = 3;
const PRECEDED: usize = 4;
const DATES: usize = 5;

/// The rules: the language's patterns, compiled once.
#[derive(Debug, Clone)]
pub struct Rules {
    words: RuleWords,
    money: Pattern,
    percent: Pattern,
    title: Pattern,
    /// With groups.
    nominal: Pattern,
    /// Date, time and duration expressions, in the order of preference when
    /// two of them overlap (the longest wins; see [`Rules::find`]).
    dates: Vec<Pattern>,
    /// Expressions recognised by what precedes them, the first group being
    /// the expression: bare plural units after a preposition or verb of
    /// duration ("for years", "take weeks", "within minutes") and "the past"
    /// after "in". With groups.
    preceded: Pattern,
    /// The literals of the date patterns, then of `preceded`, then of
    /// `percent`: a pattern is searched for only in a text with its
    /// literals (most of them match nowhere in an article, and each search
    /// is a walk over every byte). One pass of the patterns as a set said
    /// which match at all, but its lazy DFA, following some twenty patterns
    /// at once, made new states on nearly every byte of a new article: 2 M
    /// instructions an article.
    sparse: Presence,
    /// Where each pattern's matches may start (money, percent, title,
    /// nominal, preceded, then the dates): each is tried there, anchored,
    /// rather than searched for through the text, which built lazy-DFA
    /// states on every new article (1.9 M instructions an article of the
    /// dev texts, two thirds of them building states).
    starts: Starts,
}

/// The places in one text where each pattern may start.
struct Places<'a> {
    starts: &'a Starts,
    places: Vec<Vec<usize>>,
}

impl Places<'_> {
    /// Where pattern `i` may start; `None`: anywhere.
    fn of(&self, i: usize) -> Option<&[usize]> {
        (!self.starts.is_everywhere(i)).then(|| self.places.get(i).map_or(&[][..], Vec::as_slice))
    }
}

impl Rules {
    /// Compiles the language's rule patterns.
    pub fn new(words: &RuleWords) -> Result<Self, regex::Error> {
        let with_groups = |p: &str| Pattern::new(&ascii_boundaries(p), true);
        let money = compile(&words.money)?;
        let percent = compile(&words.percent)?;
        let title = compile(&words.title)?;
        let nominal = with_groups(&words.nominal)?;
        let preceded = with_groups(&words.preceded)?;
        let dates: Vec<Pattern> = words
            .dates
            .iter()
            .map(|p| compile(p))
            .collect::<Result<_, _>>()?;
        let starts = Starts::new(
            [&money, &percent, &title, &nominal, &preceded]
                .into_iter()
                .chain(&dates)
                .map(Pattern::automaton),
        );
        Ok(Self {
            money,
            percent,
            title,
            nominal,
            dates,
            preceded,
            sparse: Presence::new(
                words
                    .dates
                    .iter()
                    .chain([&words.preceded, &words.percent])
                    .map(String::as_str),
            ),
            starts,
            words: words.clone(),
        })
    }

    /// The places in `text` where each pattern of `wanted` (bits, as in
    /// [`Rules::starts`]) may start.
    fn starts(&self, text: &str, wanted: u64) -> Vec<Vec<usize>> {
        self.starts.in_text(text, wanted)
    }

    /// Which of the sparse patterns may match somewhere in `text` (see
    /// [`Rules::sparse`]): the dates by index, then `preceded`, then
    /// `percent`.
    fn present(&self, text: &str) -> Vec<bool> {
        self.sparse.in_text(text)
    }

    /// DATE matches, overlaps among them settled leftmost-longest;
    /// `present` says which patterns match at all ([`Rules::present`]).
    fn date_matches(&self, text: &str, present: &[bool], places: &Places) -> Vec<Span> {
        let words = &self.words;
        let mut spans: Vec<(usize, usize)> = self
            .dates
            .iter()
            .zip(present)
            .enumerate()
            .filter(|(_, (_, here))| **here)
            .flat_map(|(i, (re, _))| {
                re.find_all(text, places.of(DATES + i))
                    .into_iter()
                    .map(|m| (m.start, m.end))
            })
            .collect();
        let preceded = present.get(self.dates.len()).copied().unwrap_or(true);
        let preceded = preceded.then(|| self.preceded.captures_all(text, places.of(PRECEDED)));
        for c in preceded.into_iter().flatten() {
            if let Some(unit) = c.get_group(1).or_else(|| c.get_group(2)) {
                let after = text[unit.end..].trim_start();
                // "for years of talks", "in days gone by" stay out; "years old" is an age.
                let kept_out = words
                    .unit_not_before_words
                    .iter()
                    .any(|w| after.starts_with(&format!("{w} ")))
                    || words
                        .unit_not_before_prefixes
                        .iter()
                        .any(|w| after.starts_with(w));
                if !kept_out {
                    spans.push((unit.start, unit.end));
                }
            }
        }
        // Ages are no durations: "22-year-old", "six years old".
        spans.retain(|&(_, e)| {
            let after = &text[e..];
            !words
                .age_words
                .iter()
                .any(|w| after.starts_with(&format!("-{w}")) || after.starts_with(&format!(" {w}")))
        });
        // Trim trailing spaces and a leading "on " the weekday patterns allow.
        for s in &mut spans {
            let t = &text[s.0..s.1];
            if let Some(rest) = words
                .leading_words
                .iter()
                .find_map(|w| t.strip_prefix(&format!("{w} ")))
            {
                s.0 += t.len() - rest.len();
            }
            s.1 = s.0 + text[s.0..s.1].trim_end().len();
        }
        spans.sort_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
        let mut out: Vec<Span> = Vec::with_capacity(spans.len());
        for (s, e) in spans {
            if s < e && out.last().is_none_or(|last| s >= last.end) {
                out.push(Span::new(s, e));
            }
        }
        out
    }

    /// Runs every rule over `text` (in `[from, to)`), returning sorted matches,
    /// possibly overlapping across kinds.
    pub fn find(&self, text: &str) -> Vec<RuleMatch> {
        let present = self.present(text);
        let percent = present.get(self.dates.len() + 1).copied().unwrap_or(true);
        let mut wanted = 1 << MONEY | 1 << TITLE | 1 << NOMINAL | u64::from(percent) << PERCENT;
        for (i, here) in present.iter().enumerate() {
            let bit = if i < self.dates.len() {
                DATES + i
            } else {
                PRECEDED
            };
            if *here && bit < starts::MAX_PATTERNS {
                wanted |= 1 << bit;
            }
        }
        let places = Places {
            starts: &self.starts,
            places: self.starts(text, wanted),
        };
        let mut out = Vec::new();
        let mut push = |re: &Pattern, i: usize, kind: EntityKind| {
            for m in re.find_all(text, places.of(i)) {
                out.push(RuleMatch {
                    span: Span::new(m.start, m.end),
                    kind,
                    head: None,
                });
            }
        };
        push(&self.money, MONEY, EntityKind::Money);
        if percent {
            push(&self.percent, PERCENT, EntityKind::Percent);
        }
        push(&self.title, TITLE, EntityKind::Title);
        // "between 4 and 5 billion euros": the range's span starts at its
        // first number.
        for m in out.iter_mut().filter(|m| m.kind == EntityKind::Money) {
            m.span = currency::past_range_word(&self.words.range, text, m.span);
        }
        out.extend(bare::bare_amounts(&self.words, text, &out));
        // "Net 249.53 vs 242.94" under "(in million HK$)": a results
        // table's figures, in the currency its unit line names.
        for cell in table::cells(&self.words, text) {
            if !out.iter().any(|m| m.span.overlaps(cell.number)) {
                out.push(RuleMatch {
                    span: cell.number,
                    kind: EntityKind::Money,
                    head: None,
                });
            }
        }
        for span in self.date_matches(text, &present, &places) {
            out.push(RuleMatch {
                span,
                kind: EntityKind::Date,
                head: None,
            });
        }
        for c in self.nominal.captures_all(text, places.of(NOMINAL)) {
            let head = c.get_group(1).or_else(|| c.get_group(3));
            if let (Some(all), Some(head)) = (c.get_match(), head) {
                // "the company’s" keeps its possessive outside the span; "the
                // Seattle-based planemaker" is only its part after the place
                // (group 2), so the place's name stays a name.
                let described = c.get_group(2);
                let all = described.unwrap_or(all.span());
                // Three words before the head only after a place glued to
                // its hyphened word ("the Boston-based real estate
                // investment trust"), never after a capital ("the U.S.
                // money market mutual fund" names no organisation).
                let glued = text[..all.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| w.contains('-'));
                if described.is_some()
                    && !glued
                    && text[all.start..head.start].split_whitespace().count() > 2
                {
                    continue;
                }
                // "the farm cooperative", "the local cooperative bank": a
                // head right before another is that one's modifier.
                let (end, head) = match compound_head(&self.words.nominal_heads, text, all.end) {
                    Some(next) => (next.end, next),
                    None => (all.end, head.range()),
                };
                out.push(RuleMatch {
                    span: Span::new(all.start, end),
                    kind: EntityKind::Org,
                    head: Some(lowercase(&text[head])),
                });
            }
        }
        out.retain(|m| self.is_plausible(text, m));
        out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        out
    }

    /// Filters matches that a regex alone cannot rule out.
    fn is_plausible(&self, text: &str, m: &RuleMatch) -> bool {
        let s = m.span.slice(text);
        let before = &text[..m.span.start];
        let after = &text[m.span.end..];
        match m.kind {
            EntityKind::Date => {
                // A bare year glued to other digits or used as an amount is no date.
                let bare_year = s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
                !(bare_year
                    && (before.ends_with(['$', '€', '£', '.', ',', '#'])
                        || after.starts_with(['%', ','])
                            && after.as_bytes().get(1).is_some_and(u8::is_ascii_digit)
                        || after.trim_start().starts_with(['%'])))
            }
            EntityKind::Org => {
                // Nominals: modifiers between determiner and head are adjectives or
                // acronyms ("the AI startup"), never function words ("the future of …").
                // Nor is the head the first part of a hyphenated word ("the
                // Tarsia farm-services group": no farm).
                let words: Vec<&str> = s.split_whitespace().collect();
                let inner = words.get(1..words.len().saturating_sub(1)).unwrap_or(&[]);
                !after.starts_with('-')
                    && !inner
                        .iter()
                        .any(|w| self.words.function_words.contains_lowercase(w))
            }
            EntityKind::Title if self.words.title_needs_frame.contains(s) => {
                self.in_title_frame(before, after)
            }
            EntityKind::Title => {
                // "President" / "Chair" capitalised only as a title, not at sentence start before a verb.
                !self.words.title_needs_name.contains(s)
                    || after.trim_start().starts_with(char::is_uppercase)
            }
            EntityKind::Money => {
                !currency::is_resolution(&self.words, s, after)
                    && !currency::is_year_and_verb(&self.words, s)
            }
            _ => true,
        }
    }

    /// "its chair, Ann Vik", "to become chair of Keltic", "becomes its
    /// chair.": a lower-case "chair" is the post before a name or "of", or
    /// after a possessive; never after a modal or "to" (the verb: "will
    /// chair the venture") nor after "a" (the furniture).
    fn in_title_frame(&self, before: &str, after: &str) -> bool {
        let word = before.split_whitespace().next_back().unwrap_or("");
        if self.words.title_frame_not_after.contains_lowercase(word) {
            return false;
        }
        let named = after
            .strip_prefix(", ")
            .or_else(|| after.strip_prefix(' '))
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        let possessive = self.words.title_frame_possessives.contains_lowercase(word)
            || word.ends_with("'s")
            || word.ends_with("\u{2019}s");
        let of = after
            .strip_prefix(' ')
            .and_then(|rest| rest.split_once(' '))
            .is_some_and(|(w, _)| self.words.title_frame_of.contains(w));
        named || of || possessive
    }
}

#[cfg(test)]
mod tests;
