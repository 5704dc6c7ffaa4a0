//! A sentence as the parser reads it: its words (Penn-Treebank-like: the
//! possessive "'s" and punctuation split off), each with its byte span in
//! the document, the parse, and every mention aligned to its head word;
//! with the queries the frames ask of it.

use crate::lang::{WordList, lowered};
use crate::model::{EntityKind, Span};
use crate::syntax::{
    Label, Parse, Parser, Tagged, is_common_noun_tag, is_finite_verb_tag, is_plural_noun_tag,
    is_proper_noun_tag, is_punct_tag, is_verb_tag,
};

use super::super::context::Context;

/// Characters split off the front of a token as words of their own.
const OPENERS: &[char] = &['"', '“', '‘', '(', '[', '{', '«'];
/// Characters split off the end of a token as words of their own (a
/// final "." stays: "Inc.", "U.S.").
const CLOSERS: &[char] = &['"', '”', ')', ']', '}', '»', ',', ';', ':', '!', '?'];

/// The possessive endings split off a word's end ("Keltic's" → "Keltic", "'s").
const POSSESSIVES: &[&str] = &["'s", "’s", "'S", "’S"];

/// A reference in the sentence: an entity mention and the word it heads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchor {
    /// The mention's index in the document's mentions.
    pub mention: usize,
    /// Its head word: the word of the span whose head lies outside it.
    pub word: usize,
}

/// A parsed sentence and its mentions' head words.
#[derive(Clone, Debug)]
pub struct Tree {
    /// Each word's byte span in the document.
    pub spans: Vec<Span>,
    /// Each word's lower-case form.
    pub lower: Vec<String>,
    /// The parse, one entry per word.
    pub parse: Parse,
    /// Every mention of the sentence that has an entity or is a title, in
    /// text order, with its head word.
    pub anchors: Vec<Anchor>,
    /// The words' tags and keys, as the parser read them.
    tagged: Tagged,
}

/// The byte spans of the words of the tokens `tokens` of `text`.
pub fn words_of(text: &str, tokens: &[Span]) -> Vec<Span> {
    let mut out = Vec::with_capacity(tokens.len() + 4);
    for tok in tokens {
        let (mut start, mut end) = (tok.start, tok.end);
        let mut tail = Vec::new();
        // Openers off the front.
        while let Some(c) = text[start..end].chars().next() {
            if !OPENERS.contains(&c) || start + c.len_utf8() >= end {
                break;
            }
            out.push(Span::new(start, start + c.len_utf8()));
            start += c.len_utf8();
        }
        // Closers, then a possessive, off the end.
        loop {
            let s = &text[start..end];
            // A final "." after a closer ("yes\".") is the sentence's.
            let closes = |c: &char| {
                CLOSERS.contains(c)
                    || (*c == '.'
                        && s[..s.len() - 1]
                            .chars()
                            .next_back()
                            .is_some_and(|b| CLOSERS.contains(&b)))
            };
            if let Some(c) = s.chars().next_back().filter(closes)
                && s.len() > c.len_utf8()
            {
                end -= c.len_utf8();
                tail.push(Span::new(end, end + c.len_utf8()));
                continue;
            }
            if let Some(p) = POSSESSIVES
                .iter()
                .find(|p| s.len() > p.len() && s.ends_with(*p))
            {
                end -= p.len();
                tail.push(Span::new(end, end + p.len()));
            }
            break;
        }
        out.push(Span::new(start, end));
        out.extend(tail.into_iter().rev());
    }
    out
}

/// A sentence's words, tagged and not yet parsed: what the second gate
/// reads (`gate`). Before the tagger has run ([`Words::untagged`]) every
/// word may be of any part of speech: a gate then gives every kind it
/// could give once the words are tagged, and more.
pub struct Words {
    /// Each word's byte span in the document.
    pub spans: Vec<Span>,
    /// Each word's lower-case form.
    pub lower: Vec<String>,
    /// The words' tags (none before [`Words::tagged`]).
    pub tagged: Tagged,
    /// False until the words are tagged: every part of speech possible.
    is_tagged: bool,
}

impl Words {
    /// The words of sentence `s`, tagged.
    pub fn of(ctx: &Context<'_>, s: usize, parser: &Parser) -> Words {
        Words::untagged(ctx, s).tagged(ctx.text, parser)
    }

    /// The words of sentence `s`, not yet tagged: each may be a verb or a
    /// common noun, so the second gate can turn a sentence away before
    /// paying for the tagger (the tags only take kinds away).
    pub fn untagged(ctx: &Context<'_>, s: usize) -> Words {
        let sentence = &ctx.seg.sentences[s];
        let tokens = &ctx.seg.tokens[sentence.tokens.clone()];
        let spans = words_of(ctx.text, tokens);
        let lower = spans
            .iter()
            .map(|w| lowered(w.slice(ctx.text)).into_owned())
            .collect();
        Words {
            spans,
            lower,
            tagged: Tagged::default(),
            is_tagged: false,
        }
    }

    /// The same words with their tags forgotten (for tests of the gates).
    #[cfg(test)]
    pub fn untagged_from(words: Words) -> Words {
        Words {
            tagged: Tagged::default(),
            is_tagged: false,
            ..words
        }
    }

    /// These words of `text`, tagged (as they are when they already were).
    pub fn tagged(self, text: &str, parser: &Parser) -> Words {
        if self.is_tagged {
            return self;
        }
        let words: Vec<&str> = self.spans.iter().map(|w| w.slice(text)).collect();
        Words {
            tagged: parser.tag(&words),
            is_tagged: true,
            ..self
        }
    }

    /// The words at `spans` of `text`, tagged.
    pub fn tag(text: &str, spans: Vec<Span>, parser: &Parser) -> Words {
        let words: Vec<&str> = spans.iter().map(|w| w.slice(text)).collect();
        let tagged = parser.tag(&words);
        let lower = words.iter().map(|w| lowered(w).into_owned()).collect();
        Words {
            spans,
            lower,
            tagged,
            is_tagged: true,
        }
    }

    /// True when some word is `word` (lower case).
    pub fn has(&self, word: &str) -> bool {
        self.lower.iter().any(|w| w == word)
    }

    /// True when some word is in `list`.
    pub fn has_any(&self, list: &WordList) -> bool {
        self.lower.iter().any(|w| list.contains(w))
    }

    /// True when word `w` is tagged a verb (any word, untagged).
    pub fn is_verb(&self, w: usize) -> bool {
        !self.is_tagged || is_verb_tag(self.tagged.tag(w))
    }

    /// True when word `w` is tagged a common noun (any word, untagged).
    pub fn is_common_noun(&self, w: usize) -> bool {
        !self.is_tagged || is_common_noun_tag(self.tagged.tag(w))
    }
}

/// Marks a word that stands alone, without its conjuncts: the noun a
/// relative clause modifies.
pub const ALONE: usize = 1 << (usize::BITS - 1);

/// The relatable entities whose mentions head at word `w`.
pub fn ents_at(ctx: &Context<'_>, tree: &Tree, w: usize) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for m in tree.anchored_at(w) {
        if let Some(e) = ctx.mentions[m].entity
            && ctx.kinds.get(e).is_some_and(|&k| relatable(k))
            && !out.contains(&e)
        {
            out.push(e);
        }
    }
    out
}

/// True for the entity kinds a frame may relate.
pub fn relatable(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Person | EntityKind::Org | EntityKind::Loc | EntityKind::Product
    )
}

impl Tree {
    /// Parses sentence `s` of the document.
    pub fn build(ctx: &Context<'_>, s: usize, parser: &Parser) -> Tree {
        Tree::build_from(ctx, s, Words::of(ctx, s, parser), parser)
    }

    /// Parses sentence `s` of the document, its words already tagged
    /// ([`Words::of`]).
    pub fn build_from(ctx: &Context<'_>, s: usize, words: Words, parser: &Parser) -> Tree {
        let sentence = &ctx.seg.sentences[s];
        let mut tree = Tree::from_words(words.tagged(ctx.text, parser), parser);
        for i in ctx.mentions_in(sentence.span) {
            let m = &ctx.mentions[i];
            if (m.entity.is_none() && m.kind != EntityKind::Title) || m.span.end > sentence.span.end
            {
                continue;
            }
            if let Some(word) = tree.head_in(m.span) {
                tree.anchors.push(Anchor { mention: i, word });
            }
        }
        tree
    }

    /// Parses the words at `spans` of `text`; no mention is aligned yet.
    pub fn parse(text: &str, spans: Vec<Span>, parser: &Parser) -> Tree {
        Tree::from_words(Words::tag(text, spans, parser), parser)
    }

    /// Parses tagged words; no mention is aligned yet.
    fn from_words(words: Words, parser: &Parser) -> Tree {
        let parse = parser.parse_tags(&words.tagged);
        Tree {
            spans: words.spans,
            lower: words.lower,
            parse,
            anchors: Vec::new(),
            tagged: words.tagged,
        }
    }

    /// The tree's words, tagged, as [`Words::of`] gives them.
    pub fn words(&self) -> Words {
        Words {
            spans: self.spans.clone(),
            lower: self.lower.clone(),
            tagged: self.tagged.clone(),
            is_tagged: true,
        }
    }

    /// The head word of the words inside `span` (overlapping it): the
    /// last whose head lies outside the span.
    pub fn head_in(&self, span: Span) -> Option<usize> {
        let inside = |w: usize| self.spans[w].start < span.end && span.start < self.spans[w].end;
        let words: Vec<usize> = (0..self.spans.len()).filter(|&w| inside(w)).collect();
        words
            .iter()
            .rev()
            .copied()
            .find(|&w| self.head(w).is_none_or(|h| !inside(h)))
            .or(words.last().copied())
    }

    /// The tree as lines "index word tag label head" (a listing for
    /// reading parses).
    pub fn show(&self, text: &str) -> String {
        let mut out = String::new();
        for (w, span) in self.spans.iter().enumerate() {
            let head = self.head(w).map_or(-1, |h| h as i64);
            let mark = if self.anchors.iter().any(|a| a.word == w) {
                "*"
            } else {
                ""
            };
            out.push_str(&format!(
                "{w}\t{}{mark}\t{}\t{}\t{head}\n",
                span.slice(text),
                self.tag(w),
                self.label(w).name()
            ));
        }
        out
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// True for a sentence of no words.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The head of word `w` (`None` at the root).
    pub fn head(&self, w: usize) -> Option<usize> {
        self.parse.words.get(w).and_then(|p| p.head)
    }

    /// The label of word `w`'s arc to its head (`nsubj`, `appos`, …).
    pub fn label(&self, w: usize) -> Label {
        self.parse.words.get(w).map_or(Label::DEP, |p| p.label)
    }

    /// The Penn tag of word `w`.
    pub fn tag(&self, w: usize) -> &'static str {
        self.parse.words.get(w).map_or("", |p| p.tag)
    }

    /// True when word `w` is a common noun (NN, NNS).
    pub fn is_common_noun(&self, w: usize) -> bool {
        is_common_noun_tag(self.tag(w))
    }

    /// True when word `w` is a plural noun (NNS, NNPS).
    pub fn is_plural(&self, w: usize) -> bool {
        is_plural_noun_tag(self.tag(w))
    }

    /// The dependents of `w` with label `label`, left to right.
    pub fn children(&self, w: usize, label: Label) -> impl Iterator<Item = usize> + '_ {
        self.parse
            .children(w)
            .filter(move |&c| self.label(c) == label)
    }

    /// The first dependent of `w` with label `label`.
    pub fn child(&self, w: usize, label: Label) -> Option<usize> {
        self.children(w, label).next()
    }

    /// The first conjunct of the coordination `w` is in (`w` itself when
    /// it is none's conjunct).
    pub fn first_conjunct(&self, mut w: usize) -> usize {
        let mut steps = 0;
        while self.label(w) == Label::CONJ
            && let Some(h) = self.head(w)
            && steps < self.len()
        {
            w = h;
            steps += 1;
        }
        w
    }

    /// The common nouns coordinated with common noun `n`, `n` not among
    /// them, in text order: "owner" for "chairman" in "the chairman and
    /// owner of X"; none when `n` is no common noun.
    pub fn noun_conjuncts(&self, n: usize) -> Vec<usize> {
        if !self.is_common_noun(n) {
            return Vec::new();
        }
        let mut out = self.conj_members(n);
        out.retain(|&m| m != n && self.is_common_noun(m));
        out
    }

    /// True when word `n` has a possessor or a prepositional phrase of its
    /// own: then it shares none of its coordination's.
    fn has_own_owner(&self, n: usize) -> bool {
        self.child(n, Label::POSS).is_some() || self.child(n, Label::PREP).is_some()
    }

    /// The possessors coordinated common noun `n` shares with the nouns
    /// before it, when it has no possessor or preposition of its own: "X"
    /// for "customer" in "X's parent and biggest customer" (the possessor
    /// opens the phrase), none for "owner" in "X's distributor and owner
    /// of Y".
    pub fn shared_possessors(&self, n: usize) -> Vec<usize> {
        if self.has_own_owner(n) {
            return Vec::new();
        }
        self.noun_conjuncts(n)
            .into_iter()
            .filter(|&m| m < n)
            .flat_map(|m| self.children(m, Label::POSS))
            .collect()
    }

    /// The objects of `preps` coordinated common noun `n` shares with the
    /// nearest noun after it that has any, when it has no possessor or
    /// preposition of its own: "X" for "chairman" in "the chairman and
    /// owner of X" (the phrase closes on the preposition).
    pub fn shared_prep_objects(&self, n: usize, preps: &WordList) -> Vec<usize> {
        if self.has_own_owner(n) {
            return Vec::new();
        }
        self.noun_conjuncts(n)
            .into_iter()
            .filter(|&m| m > n)
            .map(|m| self.prep_objects(m, preps).collect::<Vec<usize>>())
            .find(|objects| !objects.is_empty())
            .unwrap_or_default()
    }

    /// The members of the coordination `w` is in, `w` among them, in text
    /// order: "A, B and C" gives all three from any of them.
    pub fn conj_members(&self, w: usize) -> Vec<usize> {
        let first = self.first_conjunct(w);
        let mut out = vec![first];
        let mut i = 0;
        while i < out.len() && out.len() <= self.len() {
            let c: Vec<usize> = self.children(out[i], Label::CONJ).collect();
            out.extend(c);
            i += 1;
        }
        out.sort_unstable();
        out.dedup();
        // "X acquired A, and B grew": a member after ", and" with a finite
        // verb right after it is the subject of a clause the parse joined
        // to the object, not one of its members.
        if !matches!(self.label(first), Label::NSUBJ | Label::NSUBJPASS) {
            out.retain(|&c| c == first || !self.opens_clause(c));
        }
        out
    }

    /// Whether conjunct `c` (a name's head word) follows ", and" and a
    /// finite verb follows it: "…, and B grew".
    fn opens_clause(&self, c: usize) -> bool {
        let mut start = c;
        while start > 0 && self.head(start - 1) == Some(c) {
            start -= 1;
        }
        start >= 2
            && self.label(start - 1) == Label::CC
            && is_punct_tag(self.tag(start - 2))
            && c + 1 < self.len()
            && is_finite_verb_tag(self.tag(c + 1))
    }

    /// The object of preposition `p` ("of" → the noun after it).
    pub fn prep_object(&self, p: usize) -> Option<usize> {
        self.child(p, Label::POBJ)
    }

    /// The word a preposition `p` attaches to (its head), when `p` is one.
    pub fn prep_attachment(&self, p: usize) -> Option<usize> {
        (self.label(p) == Label::PREP)
            .then(|| self.head(p))
            .flatten()
    }

    /// The objects of the prepositions of `w` whose word is in `preps`:
    /// "analyst for X" → X.
    pub fn prep_objects<'t>(
        &'t self,
        w: usize,
        preps: &'t WordList,
    ) -> impl Iterator<Item = usize> + 't {
        self.children(w, Label::PREP)
            .filter(|&p| preps.contains(&self.lower[p]))
            .filter_map(|p| self.prep_object(p))
    }

    /// True when word `w`'s lower-case form, or that form without a
    /// plural "s", is in `list`.
    pub fn is_in(&self, w: usize, list: &WordList) -> bool {
        let Some(word) = self.lower.get(w) else {
            return false;
        };
        list.contains(word)
            || word
                .strip_suffix('s')
                .is_some_and(|s| !s.is_empty() && list.contains(s))
    }

    /// The mentions whose head word is `w`.
    pub fn anchored_at(&self, w: usize) -> impl Iterator<Item = usize> + '_ {
        self.anchors
            .iter()
            .filter(move |a| a.word == w)
            .map(|a| a.mention)
    }

    /// True when the noun phrase word `w` heads is wider than mention
    /// `mention`: a proper noun compounded to it outside the mention and
    /// inside no other ("Jorun Dali Vik" parsed whole, the name found
    /// "Dali Vik"): the name was cut, and a frame through it would name
    /// a part. An honorific ("Sir") is no part of a name.
    pub fn cut(&self, ctx: &Context<'_>, mention: usize, w: usize) -> bool {
        let span = ctx.mentions[mention].span;
        self.children(w, Label::COMPOUND).any(|c| {
            is_proper_noun_tag(self.tag(c))
                && !self.spans[c].overlaps(span)
                // "Sir P": an honorific is no part of the name.
                && !ctx.lang.resolve.honorifics.contains_lowercase(self.spans[c].slice(ctx.text))
                && !self
                    .anchors
                    .iter()
                    .any(|a| ctx.mentions[a.mention].span.overlaps(self.spans[c]))
        })
    }

    /// The entity of kind `kind` whose mention's head word is `w`, unless
    /// the mention was [`cut`](Tree::cut).
    pub fn entity_at(&self, ctx: &Context<'_>, w: usize, kind: EntityKind) -> Option<usize> {
        self.anchored_at(w)
            .filter(|&m| !self.cut(ctx, m, w))
            .filter_map(|m| ctx.mentions[m].entity)
            .find(|&e| ctx.kinds.get(e) == Some(&kind))
    }

    /// True when `w` is `a` or lies under it (a descendant).
    pub fn dominates(&self, a: usize, mut w: usize) -> bool {
        for _ in 0..=self.len() {
            if w == a {
                return true;
            }
            match self.head(w) {
                Some(h) => w = h,
                None => return false,
            }
        }
        false
    }
}
