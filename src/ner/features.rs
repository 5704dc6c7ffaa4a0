//! Feature extraction: per-token keys and hashed feature buckets for both
//! stages of the tagger (token normalisation and hashing: `keys`).

use rustc_hash::FxHashMap;

use super::keys::mix;
use super::lexicon::{CLASS_LEVELS, Lexicon};
pub(crate) use super::stage_two::{DocStats, TagSums, stage2};
use super::token::{ALL_CAPS, HAS_LETTER, INIT_CAP, LOWER_FIRST, Tok};

/// A document prepared for feature extraction.
pub(crate) struct DocTokens {
    pub(crate) sentences: Vec<Vec<Tok>>,
    all_caps_sentence: Vec<bool>,
}

impl DocTokens {
    /// Computes token keys, gazetteer matches and document-level facts.
    pub(crate) fn new(sentences: &[Vec<&str>], lex: &Lexicon) -> Self {
        let mut scratch = Vec::new();
        let toks: Vec<Vec<Tok>> = sentences
            .iter()
            .map(|s| s.iter().map(|t| Tok::new(t, lex, &mut scratch)).collect())
            .collect();
        Self::from_tokens(toks, lex)
    }

    /// Adds gazetteer matches and document-level facts to the tokens' own keys.
    pub(crate) fn from_tokens(mut toks: Vec<Vec<Tok>>, lex: &Lexicon) -> Self {
        let mut gaz = Vec::new();
        let mut keys = Vec::new();
        let mut caps = Vec::new();
        let mut all_caps_sentence = Vec::with_capacity(toks.len());
        // Lower-case uses (not sentence-initial) and mixed-case spellings,
        // by key, with room for every token's at once: growing the maps
        // moved every entry made so far, a sixth of this pass.
        let n: usize = toks.iter().map(Vec::len).sum();
        let mut lower_seen: FxHashMap<u64, ()> =
            FxHashMap::with_capacity_and_hasher(n, Default::default());
        let mut mixed_seen: FxHashMap<u64, (u64, u64)> =
            FxHashMap::with_capacity_and_hasher(n, Default::default());
        for sent in &toks {
            let letters = sent.iter().filter(|t| t.is(HAS_LETTER)).count();
            let caps_n = sent.iter().filter(|t| t.is(ALL_CAPS)).count();
            let all_caps = letters >= 2 && caps_n * 10 >= letters * 7;
            all_caps_sentence.push(all_caps);
            for (i, t) in sent.iter().enumerate() {
                if i > 0 && t.is(LOWER_FIRST) {
                    lower_seen.insert(t.key, ());
                }
                if !all_caps && t.is(INIT_CAP) && !t.is(ALL_CAPS) {
                    mixed_seen.entry(t.key).or_insert((t.short, t.exact));
                }
            }
        }
        for (sent, &all_caps) in toks.iter_mut().zip(&all_caps_sentence) {
            keys.clear();
            caps.clear();
            keys.extend(sent.iter().map(|t| t.key));
            caps.extend(sent.iter().map(|t| t.phrase_head));
            lex.match_sentence(&keys, &caps, &mut gaz);
            for (t, &g) in sent.iter_mut().zip(&gaz) {
                t.gaz = g;
                if t.is(INIT_CAP) && lower_seen.contains_key(&t.key) {
                    t.lower_elsewhere = true;
                }
                if (all_caps || t.is(ALL_CAPS))
                    && let Some(&(shape, exact)) = mixed_seen.get(&t.key)
                {
                    t.doc_shape = shape;
                    t.doc_exact = exact;
                    if t.classes == [0; CLASS_LEVELS] {
                        t.classes = lex.classes_of(exact);
                    }
                }
            }
        }
        DocTokens {
            sentences: toks,
            all_caps_sentence,
        }
    }
}

/// Hashed features of one sentence: `feats[offs[i]..offs[i+1]]` are token `i`'s buckets.
#[derive(Clone, Debug, Default)]
pub(crate) struct SentFeats {
    pub(crate) feats: Vec<u32>,
    pub(crate) offs: Vec<u32>,
}

impl SentFeats {
    pub(crate) fn len(&self) -> usize {
        self.offs.len().saturating_sub(1)
    }

    pub(crate) fn token(&self, i: usize) -> &[u32] {
        &self.feats[self.offs[i] as usize..self.offs[i + 1] as usize]
    }
}

/// Positions, within a token's features, of the word-identity templates
/// (exact word, lower-case word, the two word bigrams): see [`stage1`].
const IDENTITY_SLOTS: [usize; 4] = [1, 2, 7, 8];

/// Copies `src` into `out`, leaving out the word-identity features of each
/// token for which `drop()` says so (training-time dropout).
pub(crate) fn drop_word_identity(
    src: &SentFeats,
    out: &mut SentFeats,
    mut drop: impl FnMut() -> bool,
) {
    out.feats.clear();
    out.offs.clear();
    out.offs.push(0);
    for i in 0..src.len() {
        let t = src.token(i);
        if drop() {
            out.feats.extend(
                t.iter()
                    .enumerate()
                    .filter(|(k, _)| !IDENTITY_SLOTS.contains(k))
                    .map(|(_, &b)| b),
            );
        } else {
            out.feats.extend_from_slice(t);
        }
        out.offs.push(out.feats.len() as u32);
    }
}

/// Turns feature hashes into table buckets.
pub(super) struct Emit<'a> {
    pub(super) out: &'a mut Vec<u32>,
    pub(super) shift: u32,
}

impl Emit<'_> {
    #[inline]
    pub(super) fn f(&mut self, template: u64, value: u64) {
        let h = mix(template.wrapping_add(0x1234_5678), value);
        self.out.push((h >> self.shift) as u32);
    }
}

const PAD_L: u64 = 0xdead_0001;
const PAD_R: u64 = 0xdead_0002;

/// Stage-one features of sentence `s` of a document.
pub(crate) fn stage1(doc: &DocTokens, s: usize, bits: u32, out: &mut SentFeats) {
    stage1_parts(doc, s, bits, out, true);
}

/// Stage-one features of sentence `s` without the features of single
/// words: each token's own ([`word_features`], [`class_features`]) and
/// those its neighbours' words give it ([`neighbour_features`],
/// [`neighbour_class_features`]); nor those of its shape in its context
/// ([`shape_features`]). Tagging adds their weights from a cache
/// (`words`), summed once per word and once per shape context.
pub(crate) fn stage1_context(doc: &DocTokens, s: usize, bits: u32, out: &mut SentFeats) {
    stage1_parts(doc, s, bits, out, false);
}

/// The features of a token that depend on its spelling alone (the bias,
/// the word, its affixes, shapes, camel-case parts and length): buckets
/// into `out`.
pub(crate) fn word_features(t: &Tok, bits: u32, out: &mut Vec<u32>) {
    let mut e = Emit {
        out,
        shift: 64 - bits,
    };
    word_head(&mut e, t);
    word_affixes(&mut e, t);
    word_tail(&mut e, t);
}

/// Per token of sentence `s`, the key of its shape in its context: the
/// short shapes of the token before it, itself and the one after it (the
/// padding past the sentence's ends), and its flags, with whether it
/// opens the sentence and whether the sentence is in capitals.
pub(crate) fn shape_keys(doc: &DocTokens, s: usize) -> impl Iterator<Item = [u64; 4]> + '_ {
    let sent = &doc.sentences[s];
    let caps = u64::from(doc.all_caps_sentence[s]) << 17;
    let short = |i: Option<usize>, pad: u64| i.and_then(|i| sent.get(i)).map_or(pad, |t| t.short);
    sent.iter().enumerate().map(move |(i, t)| {
        let first = u64::from(i == 0) << 16;
        [
            short(i.checked_sub(1), PAD_L),
            t.short,
            short(Some(i + 1), PAD_R),
            u64::from(t.flags) | first | caps,
        ]
    })
}

/// The features of a token's shape in its context, from its key
/// ([`shape_keys`]): templates 24, 25, 28 and 31 of [`stage1`], which
/// take a few thousand values in a corpus. Buckets into `out`.
pub(crate) fn shape_features(key: &[u64; 4], bits: u32, out: &mut Vec<u32>) {
    let [before, short, after, flags] = *key;
    let mut e = Emit {
        out,
        shift: 64 - bits,
    };
    e.f(24, mix(before, short));
    e.f(25, mix(short, after));
    e.f(28, mix(before, mix(short, after)));
    let (first, caps) = ((flags >> 16) & 1, (flags >> 17) & 1);
    e.f(31, mix(flags & 0xffff, first | (caps << 1)));
}

/// Offsets of the neighbours whose word alone gives a token features
/// (see [`neighbour_features`]).
pub(crate) const NEIGHBOURS: [isize; 4] = [-1, -2, 1, 2];

/// The features a token gets from the word at offset `off` from it (one of
/// [`NEIGHBOURS`]): its lower-case form and short shape, or the padding
/// past the sentence's ends when `word` is `None`. Buckets into `out`.
pub(crate) fn neighbour_features(off: isize, word: Option<&Tok>, bits: u32, out: &mut Vec<u32>) {
    let pad = if off < 0 { PAD_L } else { PAD_R };
    let (lower, short) = word.map_or((pad, pad), |t| (t.lower, t.short));
    let (lower_template, short_template) = match off {
        -1 => (3, 22),
        1 => (4, 23),
        -2 => (5, 26),
        _ => (6, 27),
    };
    let mut e = Emit {
        out,
        shift: 64 - bits,
    };
    e.f(lower_template, lower);
    e.f(short_template, short);
}

/// The features of a token's word classes (as the document sees them).
pub(crate) fn class_features(classes: &[u16; CLASS_LEVELS], bits: u32, out: &mut Vec<u32>) {
    class_part(
        &mut Emit {
            out,
            shift: 64 - bits,
        },
        classes,
    );
}

/// The features a token gets from the word classes of its neighbour at
/// `off` (-1 or 1; none from further away).
pub(crate) fn neighbour_class_features(
    off: isize,
    classes: &[u16; CLASS_LEVELS],
    bits: u32,
    out: &mut Vec<u32>,
) {
    if off.abs() == 1 {
        neighbour_class_part(
            &mut Emit {
                out,
                shift: 64 - bits,
            },
            off,
            classes,
        );
    }
}

#[inline]
fn class_part(e: &mut Emit<'_>, classes: &[u16; CLASS_LEVELS]) {
    for (lvl, &c) in classes.iter().enumerate() {
        if c != 0 {
            e.f(40 + lvl as u64, u64::from(c));
        } else {
            e.f(40 + lvl as u64, 0xffff_ffff);
        }
    }
}

#[inline]
fn neighbour_class_part(e: &mut Emit<'_>, off: isize, classes: &[u16; CLASS_LEVELS]) {
    let base = if off < 0 { 44 } else { 48 };
    for (lvl, &c) in classes.iter().enumerate() {
        if lvl > 0 && c != 0 {
            e.f(base + lvl as u64, u64::from(c));
        }
    }
}

/// Word features, first part: the bias and the word.
#[inline]
fn word_head(e: &mut Emit<'_>, t: &Tok) {
    e.f(0, 0);
    e.f(1, t.exact);
    e.f(2, t.lower);
}

/// Word features, second part: affixes and shapes.
#[inline]
fn word_affixes(e: &mut Emit<'_>, t: &Tok) {
    for k in 0..4 {
        if t.pre[k] != 0 {
            e.f(10 + k as u64, t.pre[k]);
            e.f(14 + k as u64, t.suf[k]);
        }
    }
    e.f(20, t.shape);
    e.f(21, t.short);
}

/// Word features, last part: camel-case parts and length.
#[inline]
fn word_tail(e: &mut Emit<'_>, t: &Tok) {
    if t.camel[0] != 0 {
        e.f(90, t.camel[0]);
        e.f(91, t.camel[1]);
    }
    let len = t.pre.iter().filter(|&&p| p != 0).count() as u64;
    e.f(38, mix(len, u64::from(t.flags & (INIT_CAP | ALL_CAPS))));
}

/// Stage-one features, with or without the word features, in one order
/// (training's word dropout finds the identity features by position).
fn stage1_parts(doc: &DocTokens, s: usize, bits: u32, out: &mut SentFeats, word: bool) {
    out.feats.clear();
    out.offs.clear();
    out.offs.push(0);
    let sent = &doc.sentences[s];
    let all_caps = doc.all_caps_sentence[s];
    let n = sent.len();
    let lower_at = |i: isize| -> u64 {
        if i < 0 {
            PAD_L
        } else if i as usize >= n {
            PAD_R
        } else {
            sent[i as usize].lower
        }
    };
    let short_at = |i: isize| -> u64 {
        if i < 0 {
            PAD_L
        } else if i as usize >= n {
            PAD_R
        } else {
            sent[i as usize].short
        }
    };
    let mut e = Emit {
        out: &mut out.feats,
        shift: 64 - bits,
    };
    for (i, t) in sent.iter().enumerate() {
        let ii = i as isize;
        if word {
            word_head(&mut e, t);
        }
        if word {
            e.f(3, lower_at(ii - 1));
            e.f(4, lower_at(ii + 1));
            e.f(5, lower_at(ii - 2));
            e.f(6, lower_at(ii + 2));
        }
        e.f(7, mix(lower_at(ii - 1), t.lower));
        e.f(8, mix(t.lower, lower_at(ii + 1)));
        if word {
            word_affixes(&mut e, t);
        }
        if word {
            e.f(22, short_at(ii - 1));
            e.f(23, short_at(ii + 1));
        }
        if word {
            e.f(24, mix(short_at(ii - 1), t.short));
            e.f(25, mix(t.short, short_at(ii + 1)));
            e.f(26, short_at(ii - 2));
            e.f(27, short_at(ii + 2));
            e.f(28, mix(short_at(ii - 1), mix(t.short, short_at(ii + 1))));
        }
        e.f(29, mix(lower_at(ii - 1), t.short));
        e.f(30, mix(t.short, lower_at(ii + 1)));
        if word {
            e.f(
                31,
                mix(
                    u64::from(t.flags),
                    u64::from(i == 0) | (u64::from(all_caps) << 1),
                ),
            );
        }
        if all_caps {
            e.f(32, t.short);
            e.f(33, t.lower);
        }
        if i == 0 {
            e.f(34, t.lower);
        }
        if t.lower_elsewhere {
            e.f(35, u64::from(i == 0) | (u64::from(all_caps) << 1));
        }
        if t.doc_shape != 0 {
            e.f(36, t.doc_shape);
            e.f(37, t.doc_exact);
        }
        if word {
            word_tail(&mut e, t);
        }
        // Word classes of the token and its neighbours.
        if word {
            class_part(&mut e, &t.classes);
            for off in [-1isize, 1] {
                if let Some(nb) = i.checked_add_signed(off).and_then(|j| sent.get(j)) {
                    neighbour_class_part(&mut e, off, &nb.classes);
                }
            }
        }
        if t.classes[1] != 0 && i > 0 {
            e.f(52, mix(u64::from(t.classes[1]), sent[i - 1].lower));
        }
        // Gazetteers of the token and its neighbours.
        let mut g = t.gaz;
        while g != 0 {
            let b = u64::from(g.trailing_zeros());
            g &= g - 1;
            e.f(60, b);
            e.f(61, mix(b, t.short));
        }
        if i > 0 {
            let mut g = sent[i - 1].gaz;
            while g != 0 {
                let b = u64::from(g.trailing_zeros());
                g &= g - 1;
                e.f(62, b);
            }
        }
        if i + 1 < n {
            let mut g = sent[i + 1].gaz;
            while g != 0 {
                let b = u64::from(g.trailing_zeros());
                g &= g - 1;
                e.f(63, b);
            }
        }
        out.offs.push(e.out.len() as u32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_and_straight_tokens_get_the_same_features() {
        let lex = Lexicon::default();
        let curly = DocTokens::new(&[vec!["Nadia", "\u{2019}s", "fund"]], &lex);
        let straight = DocTokens::new(&[vec!["Nadia", "'s", "fund"]], &lex);
        let (mut a, mut b) = (SentFeats::default(), SentFeats::default());
        stage1(&curly, 0, 20, &mut a);
        stage1(&straight, 0, 20, &mut b);
        assert_eq!(a.feats, b.feats);
    }

    #[test]
    fn all_caps_tokens_borrow_the_mixed_case_spelling() {
        let lex = Lexicon::default();
        let doc = DocTokens::new(
            &[
                vec!["ÉLAN", "WINS", "BIG"],
                vec!["The", "firm", "Élan", "won", "."],
            ],
            &lex,
        );
        assert_ne!(doc.sentences[0][0].doc_shape, 0);
        assert_eq!(doc.sentences[0][1].doc_shape, 0);
        let doc = DocTokens::new(&[vec!["Apple", "pie"], vec!["An", "apple", "."]], &lex);
        assert!(doc.sentences[0][0].lower_elsewhere);
    }
}
