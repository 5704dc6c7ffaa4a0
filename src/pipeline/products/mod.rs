//! Products and models: "Boeing 787", "787 Dreamliner", "A350 XWB",
//! "iPhone 4", "Mac OS X", "Saturn Vue" — by their shape, never by a list of
//! products.
//!
//! Signals: a maker's name (any name the tagger found) followed by a model
//! token (a number or a letters-and-digits code: 787, A380-800F, 3GS, G5)
//! and up to two capitalised or upper-case words after it ("Dreamliners",
//! "XWB"); a model token with such a word or a product noun after it ("787
//! Dreamliner", "737 aircraft"); a word in lower-camel case ("iPod",
//! "webOS") with its version; and a name whose first word is a maker and
//! whose rest is no company word, with a product noun after it or a cue
//! before it ("the new Saturn Vue", "Vortex Skylark jets"). Whatever kind the
//! tagger gave the parts (the "Dreamliners" it calls a person, the
//! "Superjet" it calls a place), the whole becomes one PRODUCT.
//!
//! Takes the tagging stage's candidates and the tokens; gives the candidates
//! back with products joined. [`Products`] holds the lists.

use rustc_hash::FxHashSet;

use crate::lang::{KindWords, WordList};
use crate::model::{EntityKind, Mention, Provenance, Span};

use super::candidate::Candidate;
use super::model_shape::{
    ends_in_unit, is_amount, is_dotted_version, is_lower_camel, is_lower_camel_release, is_model,
    is_tail_shape, is_upper_camel, model_key,
};

/// The lists that tell a product from a company or a number.
#[derive(Debug, Clone)]
pub struct Products {
    model_nouns: WordList,
    cues: WordList,
    variants: WordList,
    number_heads: WordList,
    index_names: WordList,
    org_words: WordList,
    determiners: WordList,
    units: WordList,
    index_nouns: WordList,
    count_words: WordList,
}

impl Products {
    /// The lists of `words`; `legal_suffixes` (Inc, Ltd) count as company words.
    pub fn new(words: &KindWords, legal_suffixes: &WordList) -> Self {
        Self {
            model_nouns: words.model_nouns.clone(),
            cues: words.product_cues.clone(),
            variants: words.variant_words.clone(),
            number_heads: words.number_heads.clone(),
            index_names: words.index_names.clone(),
            org_words: WordList::from_entries(
                words
                    .org_words
                    .iter()
                    .chain(legal_suffixes.iter())
                    .map(str::to_owned),
            ),
            determiners: words.determiners.clone(),
            units: words.units.clone(),
            index_nouns: words.index_nouns.clone(),
            count_words: words.count_words.clone(),
        }
    }

    /// Joins products among `candidates` (sorted by start, non-overlapping)
    /// over `tokens`; `is_org` says whether a name is a listed organisation.
    /// Returns how many products were made.
    pub fn join(
        &self,
        text: &str,
        tokens: &[Span],
        candidates: &mut Vec<Candidate>,
        is_org: &dyn Fn(&str) -> bool,
    ) -> usize {
        let word = |t: usize| tokens[t].slice(text);
        let adjacent = |a: usize, b: usize| {
            b < tokens.len()
                && tokens[a].end + 1 == tokens[b].start
                && text.as_bytes()[tokens[a].end] == b' '
        };
        let counted = |t| adjacent(t, t + 1) && is_amount(word(t), word(t + 1), &self.count_words);
        let tok_at = |pos: usize| tokens.binary_search_by_key(&pos, |t| t.start).ok();
        let tok_ending = |pos: usize| tokens.binary_search_by_key(&pos, |t| t.end).ok();
        // What covers each token: a name candidate, another candidate,
        // nothing. The candidates do not change until the products are
        // applied, so every step asks once.
        let covers = covering_each(candidates, tokens);
        let makers: FxHashSet<&str> = candidates
            .iter()
            .filter(|c| c.mention.kind == EntityKind::Org && !c.mention.nominal)
            .map(|c| c.mention.span.slice(text))
            .collect();
        let mut made = 0;
        let mut products: Vec<Span> = Vec::new();
        let units = &self.units;
        let is_model = |w: &str, weak: bool| is_model(w, weak) && !ends_in_unit(w, units);
        // (a candidate's span, its maker's span, where its product starts)
        let mut split: Vec<(Span, Span, usize)> = Vec::new();
        // Extends a product from token `t` on: a model (once), then tails.
        let extend =
            |cands: &[Candidate], mut t: usize, mut has_model: bool, weak: bool| -> Option<usize> {
                let mut end = None;
                let mut tails = 0;
                while adjacent(t, t + 1) {
                    let next = t + 1;
                    let w = word(next);
                    let free = covers[next].is_none_or(|c| {
                        let m = &cands[c].mention;
                        m.kind.is_name() && !m.nominal && m.kind != EntityKind::Nationality
                    });
                    if !free {
                        break;
                    }
                    if !has_model && is_model(w, weak) && !counted(next) {
                        has_model = true;
                    } else if has_model
                        && tails < 2
                        && is_tail_shape(w)
                        && !is_org(w)
                        && !units.contains(w)
                        && !in_capitals_line(text, tokens[next])
                    {
                        tails += 1;
                    } else {
                        break;
                    }
                    end = Some(tokens[next].end);
                    t = next;
                }
                has_model.then_some(end).flatten()
            };
        // "zPod nano": a lower-camel line's variant word ends its product.
        let variant_end = |t: usize| {
            (adjacent(t, t + 1)
                && self.variants.contains_lowercase(word(t + 1))
                && covers[t + 1].is_none())
            .then(|| tokens[t + 1].end)
        };
        // 1. A maker's name with a model after it; a model with a tail.
        for i in 0..candidates.len() {
            let m = &candidates[i].mention;
            // Stock indices ("FTSE 100") are marked before: no product.
            let index = m.kind == EntityKind::Misc && m.source == Provenance::Rule;
            if !m.kind.is_name() || m.nominal || m.kind == EntityKind::Nationality || index {
                continue;
            }
            let name = m.span.slice(text);
            if self.index_names.contains(name)
                || self
                    .number_heads
                    .contains(name.rsplit(' ').next().unwrap_or(""))
            {
                continue;
            }
            let Some(last) = tok_ending(m.span.end) else {
                continue;
            };
            let camel = name
                .split(' ')
                .any(|w| is_lower_camel(w) || is_lower_camel_release(w));
            // A version right after a name: "Zephyr 4.0"; a compound-capital
            // word's number, "KeltSync 7".
            let versioned = adjacent(last, last + 1) && !counted(last + 1) && {
                let v = word(last + 1);
                is_dotted_version(v)
                    || (name.split(' ').any(is_upper_camel)
                        && v.len() <= 2
                        && v.bytes().all(|b| b.is_ascii_digit()))
            };
            // "Zephyr OS X Falcon", "Zephyr OS 10.5 Falcon": a version inside
            // an other name, a release's name after it: the whole is one product.
            if m.kind == EntityKind::Misc
                && let Some(first) = tok_at(m.span.start)
                && (first + 1..last).any(|t| word(t) == "X" || is_dotted_version(word(t)))
            {
                products.push(m.span);
                continue;
            }
            // A model code inside a name read whole: "Korvin K350 Skyliners".
            if let Some(first) = tok_at(m.span.start).filter(|_| !camel)
                && let Some(t) =
                    (first + 1..last).find(|&t| is_model(word(t), false) && adjacent(t - 1, t))
            {
                let end = extend(candidates, last, true, false).unwrap_or(m.span.end);
                split.push((
                    m.span,
                    Span::new(m.span.start, tokens[t - 1].end),
                    tokens[t].start,
                ));
                products.push(Span::new(tokens[t].start, end));
                continue;
            }
            // "Airbus A350" or a lone "A380-800F" read as a name; a version
            // ends an "other name" ("Mac OS X").
            let weak_end = m.kind == EntityKind::Misc && name.contains(' ');
            // A lone code needs a model's length: "A380", "F-35"; not "3M", "G7".
            let lone = word(last);
            let long_code =
                lone.bytes().filter(u8::is_ascii_digit).count() >= 3 || lone.contains('-');
            let ends_in_model = (name.contains(' ')
                || long_code && !lone.bytes().all(|b| b.is_ascii_digit()))
                && is_model(word(last), weak_end);
            let lead = if ends_in_model {
                name.rsplit_once(' ').map_or("", |(l, _)| l)
            } else {
                name
            };
            // A maker's (or an operator's) name before a model code stays a
            // name of its own, an organisation: "Boeing" + "787 Dreamliners".
            // A product line with a version is one name: "Mac OS X", "iPhone 4".
            let model_tok = if ends_in_model {
                Some(last)
            } else {
                adjacent(last, last + 1).then_some(last + 1)
            };
            let code = model_tok.is_some_and(|t| is_model(word(t), false) && !counted(t));
            let start = if code && !camel && !lead.is_empty() {
                let lead_span = Span::new(m.span.start, m.span.start + lead.len());
                let Some(t) = model_tok else { continue };
                if ends_in_model || extend(candidates, last, false, false).is_some() {
                    split.push((m.span, lead_span, tokens[t].start));
                }
                tokens[t].start
            } else {
                m.span.start
            };
            if let Some(end) = extend(candidates, last, ends_in_model, camel || versioned) {
                products.push(Span::new(start, end));
            } else if let Some(end) = variant_end(last).filter(|_| camel) {
                products.push(Span::new(start, end));
            } else if ends_in_model || camel && !is_org(name) {
                products.push(Span::new(start, m.span.end));
            }
        }
        // Which tokens a product found so far covers.
        let mut in_product = InProduct::new(tokens);
        // 2. Model tokens and lower-camel words outside any name.
        for t in 0..tokens.len() {
            let span = tokens[t];
            let w = word(t);
            // Most tokens are plain words, told by their bytes alone: no
            // model (it holds a digit) and no lower-camel word (a
            // lower-case letter first, a capital after).
            let b = w.as_bytes();
            let camel_shape = b.first().is_some_and(u8::is_ascii_lowercase)
                && b.iter().any(u8::is_ascii_uppercase);
            if !camel_shape && !b.iter().any(u8::is_ascii_digit) {
                continue;
            }
            if covers[t].is_some() || in_product.covers(&products, t) {
                continue;
            }
            if (is_lower_camel(w) || is_lower_camel_release(w))
                && (!is_org(w) || variant_end(t).is_some())
            {
                let end = extend(candidates, t, false, true);
                let end = end.or(variant_end(t)).unwrap_or(span.end);
                products.push(Span::new(span.start, end));
                continue;
            }
            // Most tokens are no model: the words after are read only for one.
            if !is_model(w, false) {
                continue;
            }
            let letter_led = w.starts_with(|c: char| c.is_ascii_alphabetic());
            let digits = w.bytes().filter(u8::is_ascii_digit).count();
            // "the 3G zPhone": a short code before a lower-camel line is its model.
            let line_after = (t + 1 < tokens.len() && adjacent(t, t + 1))
                .then_some(t + 1)
                .filter(|&n| is_lower_camel(word(n)) && !is_org(word(n)));
            if !(letter_led || digits >= 3 || w.contains('-') || line_after.is_some()) {
                continue;
            }
            // The word before, past an article: "Flight" 447, "the new" A350.
            let prev = t.checked_sub(1).filter(|&p| adjacent(p, t));
            if prev.is_some_and(|p| self.number_heads.contains(word(p))) {
                continue;
            }
            let before_article = prev
                .filter(|&p| self.determiners.contains_lowercase(word(p)))
                .and_then(|p| p.checked_sub(1).filter(|&q| adjacent(q, p)));
            let cue = prev
                .into_iter()
                .chain(before_article)
                .any(|p| self.cues.contains_lowercase(word(p)));
            let after_article_or_possessive = prev.is_some_and(|p| {
                self.determiners.contains_lowercase(word(p)) || matches!(word(p), "'s" | "’s")
            });
            let next = (t + 1 < tokens.len() && adjacent(t, t + 1)).then_some(t + 1);
            let noun_after = next.is_some_and(|n| self.model_nouns.contains(word(n)));
            let tail_after = next.is_some_and(|n| {
                is_tail_shape(word(n))
                    && !is_org(word(n))
                    && !in_capitals_line(text, tokens[n])
                    && covers[n].is_none_or(|c| {
                        let m = &candidates[c].mention;
                        m.kind.is_name() && !m.nominal && !makers.contains(m.span.slice(text))
                    })
            });
            let plural = w.ends_with('s');
            let digits_only = w.bytes().all(|b| b.is_ascii_digit());
            // "the A350", "the KC-30", "the 787-9": a code of a model's
            // length after an article is the model; "the G7", "the A1" are
            // too short to say.
            let model_length = digits >= 2 && (letter_led || w.contains('-'));
            // "a similar aircraft, the A350": in apposition to a model noun.
            let apposed = before_article.is_some_and(|c| {
                word(c) == ","
                    && c.checked_sub(1)
                        .is_some_and(|n| self.model_nouns.contains(word(n)))
            });
            // A bare number before a name is a quantity ("300 Acme jets")
            // unless an article or a possessive stands before it.
            if let Some(n) = line_after.filter(|_| !digits_only) {
                products.push(Span::new(span.start, tokens[n].end));
                continue;
            }
            let ok = if digits_only {
                (after_article_or_possessive || cue) && (tail_after || noun_after)
            } else {
                cue || noun_after
                    || tail_after
                    || plural
                    || apposed
                    || after_article_or_possessive && model_length
            };
            if ok {
                let end = if tail_after {
                    extend(candidates, t, true, false).unwrap_or(span.end)
                } else {
                    span.end
                };
                products.push(Span::new(span.start, end));
            }
        }
        // 3. A maker's product line with a product noun after it or a cue before it.
        for c in candidates.iter() {
            let m = &c.mention;
            let name = m.span.slice(text);
            if !m.kind.is_name()
                || m.nominal
                || m.kind == EntityKind::Nationality
                || !name.contains(' ')
            {
                continue;
            }
            let words: Vec<&str> = name.split(' ').collect();
            let maker_len = (1..words.len()).rev().find(|&k| {
                let maker = words[..k].join(" ");
                is_org(&maker) || makers.contains(maker.as_str())
            });
            let Some(k) = maker_len else { continue };
            if words[k..]
                .iter()
                .any(|w| self.org_words.contains(w) || !w.starts_with(char::is_uppercase))
            {
                continue;
            }
            let (Some(first), Some(last)) = (tok_at(m.span.start), tok_ending(m.span.end)) else {
                continue;
            };
            let noun_after = adjacent(last, last + 1) && self.model_nouns.contains(word(last + 1));
            let mut p = first.checked_sub(1);
            if let Some(d) =
                p.filter(|&d| adjacent(d, first) && self.determiners.contains_lowercase(word(d)))
            {
                p = d.checked_sub(1).filter(|&q| adjacent(q, d));
            }
            let cue_before = p.is_some_and(|q| self.cues.contains_lowercase(word(q)));
            if noun_after || cue_before {
                products.push(m.span);
            }
        }
        // 4. Every other occurrence of a product's model: "A380" after "Airbus A380".
        let keys: FxHashSet<String> = products
            .iter()
            .filter_map(|p| model_key(p.slice(text)).map(str::to_owned))
            .filter(|k| k.starts_with(|c: char| c.is_ascii_alphabetic()) || k.len() >= 3)
            .collect();
        // Most articles name no product: then no token is asked.
        for (t, span) in tokens.iter().enumerate().filter(|_| !keys.is_empty()) {
            let w = word(t);
            if covers[t].is_some() || !model_key(w).is_some_and(|k| keys.contains(k)) {
                continue;
            }
            let covered = in_product.covers(&products, t);
            // A bare number is the model only as "the 787" or "787s".
            let bare = w.bytes().all(|b| b.is_ascii_digit());
            let the = || {
                t.checked_sub(1)
                    .is_some_and(|p| adjacent(p, t) && self.determiners.contains_lowercase(word(p)))
            };
            if !covered && (!bare || the()) {
                products.push(*span);
            }
        }
        // Apply: every candidate inside a product goes, the product comes in.
        products.sort_by_key(|p| (p.start, std::cmp::Reverse(p.end)));
        let mut kept: Vec<Span> = Vec::new();
        for p in products {
            if kept.last().is_none_or(|k| k.end <= p.start) {
                kept.push(p);
            }
        }
        for p in kept {
            // "the Ostra 500 index" is an index.
            let after = text[p.end..].strip_prefix(' ').unwrap_or("");
            let next: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
            if self.index_nouns.contains(&next) {
                continue;
            }
            for &(whole, lead, _) in split.iter().filter(|s| s.2 == p.start) {
                let Some(c) = candidates.iter_mut().find(|c| c.mention.span == whole) else {
                    continue;
                };
                let m = &mut c.mention;
                m.span = lead;
                if m.kind != EntityKind::Org {
                    m.kind = EntityKind::Org;
                    m.source = Provenance::Rule;
                }
            }
            let inside =
                |c: &Candidate| c.mention.span.start >= p.start && c.mention.span.end <= p.end;
            let crossing = candidates
                .iter()
                .any(|c| c.mention.span.overlaps(p) && !inside(c));
            if crossing {
                continue;
            }
            let confidence = candidates
                .iter()
                .filter(|c| inside(c))
                .map(|c| c.mention.confidence)
                .fold(0.8, f32::max);
            candidates.retain(|c| !inside(c));
            candidates.push(Candidate {
                mention: Mention::new(p, EntityKind::Product, Provenance::Rule, confidence),
                head: None,
            });
            made += 1;
        }
        candidates.sort_by_key(|c| c.mention.span.start);
        made
    }
}

/// Which tokens the products found so far cover, kept up to date as
/// products are added: asking every product for every token was quadratic
/// on a long article.
struct InProduct<'t> {
    /// The text's tokens, sorted by start.
    tokens: &'t [Span],
    /// Per token: inside a product marked so far.
    marks: Vec<bool>,
    /// How many products are marked.
    marked: usize,
}

impl<'t> InProduct<'t> {
    fn new(tokens: &'t [Span]) -> Self {
        Self {
            tokens,
            marks: vec![false; tokens.len()],
            marked: 0,
        }
    }

    /// Whether one of `products` (those marked before and any added since)
    /// covers token `t`.
    fn covers(&mut self, products: &[Span], t: usize) -> bool {
        for p in products.get(self.marked..).unwrap_or_default() {
            // Only tokens starting inside the product can lie inside it.
            let from = self.tokens.partition_point(|s| s.start < p.start);
            for (k, s) in self.tokens.iter().enumerate().skip(from) {
                if s.start > p.end {
                    break;
                }
                if s.end <= p.end {
                    self.marks[k] = true;
                }
            }
        }
        self.marked = products.len();
        self.marks[t]
    }
}

/// For each token, the first candidate (in `candidates`' order) whose span
/// covers it. Candidates sorted by start (as tagging keeps them) are
/// searched by halving, on the running maximum of their ends; others one
/// by one.
/// Whether the line around `span` is written in capitals ("LAST MOODY AA3
/// ISS PRICE 99.956", a wire's terms table; a headline in capitals): there
/// every word has a model's tail's shape, so none says it is one ("AA3"
/// and "1-10-100" are a rating and denominations, not products). Read
/// outwards from the span, stopping at the first lower-case letter.
fn in_capitals_line(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().rev().take_while(|&c| c != '\n');
    let after = text[span.end..].chars().take_while(|&c| c != '\n');
    !before.chain(after).any(char::is_lowercase)
}

fn covering_each(candidates: &[Candidate], tokens: &[Span]) -> Vec<Option<usize>> {
    let linear = |span: Span| {
        candidates
            .iter()
            .position(|c| c.mention.span.start <= span.start && span.end <= c.mention.span.end)
    };
    if !candidates.is_sorted_by_key(|c| c.mention.span.start) {
        return tokens.iter().map(|&t| linear(t)).collect();
    }
    // max_end[k]: the furthest end among the first k + 1 candidates.
    let max_end: Vec<usize> = candidates
        .iter()
        .scan(0, |m, c| {
            *m = (*m).max(c.mention.span.end);
            Some(*m)
        })
        .collect();
    // Only candidates starting at or before the token can cover it; the
    // first whose running end reaches the token's end is the one. Tokens
    // in order of start and of end (as segmentation gives them) move both
    // bounds forward only: one walk over the candidates, not two halvings
    // a token.
    let in_order = tokens.is_sorted_by_key(|t| t.start) && tokens.is_sorted_by_key(|t| t.end);
    let (mut before, mut first) = (0, 0);
    tokens
        .iter()
        .map(|&span| {
            if !in_order {
                before = candidates.partition_point(|c| c.mention.span.start <= span.start);
                first = max_end.partition_point(|&e| e < span.end);
            }
            while before < candidates.len() && candidates[before].mention.span.start <= span.start {
                before += 1;
            }
            while first < max_end.len() && max_end[first] < span.end {
                first += 1;
            }
            (first < before).then_some(first)
        })
        .collect()
}

#[cfg(test)]
mod tests;
