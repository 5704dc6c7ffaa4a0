//! The features of a candidate pair: what lies between, before and after
//! its two mentions, never the names themselves — an entity reference is
//! only its kind. Each feature is a template number and a payload hashed
//! into a fixed number of buckets.

use crate::lang::Language;
use crate::model::{EntityKind, RelationKind};

use super::super::item::Item;

/// The templates: one number per kind of feature, so equal payloads of
/// different templates hash apart.
#[derive(Clone, Copy)]
#[repr(u8)]
enum T {
    Bias,
    Kinds,
    Between,
    BetweenPrefix,
    BetweenClass,
    BetweenClassKinds,
    BetweenWordKinds,
    FirstBetween,
    LastBetween,
    Before,
    BeforeClass,
    After,
    AfterClass,
    Distance,
    Flag,
    Rule,
    Adjacent,
    EntitiesBetween,
    SentenceEntities,
}

/// Flags of the stretch between the two mentions, and of the ends.
#[derive(Clone, Copy)]
#[repr(u8)]
enum F {
    EntityBetween,
    CommaBetween,
    ConjunctionBetween,
    FirstPossessive,
    SecondPossessive,
    MoneyBetween,
    PercentBetween,
    DateBetween,
    TitleBetween,
    FirstSubject,
    SecondSubject,
    NoRule,
    MoneyInSentence,
}

/// What the features of one pair are read from.
pub(crate) struct PairView<'a> {
    /// The language: its word classes and list conjunctions.
    pub lang: &'a Language,
    /// The sentence's items.
    pub items: &'a [Item<'a>],
    /// Entity kinds by entity index.
    pub kinds: &'a [EntityKind],
    /// Item index of the first mention.
    pub a: usize,
    /// Item index of the second mention.
    pub b: usize,
    /// The sentence's subject entity, if found.
    pub subject: Option<usize>,
    /// Rule relations between the pair in this sentence: kind and whether
    /// the first mention is the source.
    pub rules: &'a [(RelationKind, bool)],
}

/// Lower-case form of an item for features: a word, a role word, or a
/// placeholder for an entity (its kind), an amount, a date.
fn token(item: &Item, kinds: &[EntityKind]) -> (u8, String) {
    match item {
        Item::Word { word, .. } => (0, word.to_string()),
        Item::Title { word, .. } => (1, word.clone()),
        Item::Ent { entity, .. } => (2, kind_of(kinds, *entity).name().to_owned()),
        Item::Money { .. } => (3, String::new()),
        Item::Date { .. } => (4, String::new()),
    }
}

fn kind_of(kinds: &[EntityKind], e: usize) -> EntityKind {
    kinds.get(e).copied().unwrap_or(EntityKind::Misc)
}

/// The first characters of a word: a crude stem, the same for "acquired"
/// and "acquisition", in any language.
fn prefix(word: &str) -> &str {
    word.char_indices().nth(5).map_or(word, |(i, _)| &word[..i])
}

/// Buckets for a distance in items.
fn distance_bucket(d: usize) -> u8 {
    match d {
        0..=1 => 0,
        2 => 1,
        3 => 2,
        4..=5 => 3,
        6..=8 => 4,
        9..=12 => 5,
        13..=20 => 6,
        _ => 7,
    }
}

/// Collects hashed features.
struct Out {
    bits: u32,
    feats: Vec<u32>,
}

impl Out {
    fn add(&mut self, t: T, parts: &[&[u8]]) {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(t as u8);
        for p in parts {
            for &b in *p {
                h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
            }
            h = (h ^ 0xff).wrapping_mul(0x0000_0100_0000_01b3);
        }
        h ^= h >> 29;
        h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
        h ^= h >> 32;
        let bucket = (h & ((1u64 << self.bits) - 1)) as u32;
        self.feats.push(bucket);
    }

    fn flag(&mut self, f: F) {
        self.add(T::Flag, &[&[f as u8]]);
    }
}

/// The hashed features of a pair, sorted and without repeats.
pub(crate) fn features(p: &PairView<'_>, bits: u32) -> Vec<u32> {
    let mut out = Out {
        bits,
        feats: Vec::with_capacity(64),
    };
    let (Some(ea), Some(eb)) = (p.items[p.a].entity(), p.items[p.b].entity()) else {
        return Vec::new();
    };
    let ka = kind_of(p.kinds, ea).name();
    let kb = kind_of(p.kinds, eb).name();
    let pair = format!("{ka}>{kb}");
    let pair = pair.as_bytes();
    out.add(T::Bias, &[]);
    out.add(T::Kinds, &[pair]);
    out.add(T::Distance, &[pair, &[distance_bucket(p.b - p.a)]]);
    if p.b == p.a + 1 {
        out.add(T::Adjacent, &[pair]);
    }
    let between = &p.items[p.a + 1..p.b];
    // A list of names ("plants in A, B, C and D") puts many between; a
    // relation seldom spans one.
    let ents = |items: &[Item]| items.iter().filter(|i| i.entity().is_some()).count();
    let crowd = |n: usize| n.min(4) as u8;
    out.add(T::EntitiesBetween, &[pair, &[crowd(ents(between))]]);
    out.add(T::SentenceEntities, &[&[crowd(ents(p.items) / 2)]]);
    let classes = p.lang.classes();
    for item in between {
        let (tag, w) = token(item, p.kinds);
        out.add(T::Between, &[&[tag], w.as_bytes()]);
        out.add(T::BetweenWordKinds, &[pair, &[tag], w.as_bytes()]);
        if tag == 0 {
            out.add(T::BetweenPrefix, &[prefix(&w).as_bytes()]);
        }
        for c in classes.of(&w) {
            out.add(T::BetweenClass, &[&c.to_le_bytes()]);
            out.add(T::BetweenClassKinds, &[pair, &c.to_le_bytes()]);
        }
        match item {
            Item::Ent { .. } => out.flag(F::EntityBetween),
            Item::Money { .. } => out.flag(F::MoneyBetween),
            Item::Date { .. } => out.flag(F::DateBetween),
            Item::Title { .. } => out.flag(F::TitleBetween),
            Item::Word { word, .. } => {
                if word == "," {
                    out.flag(F::CommaBetween);
                } else if word == super::super::view::PERCENT {
                    out.flag(F::PercentBetween);
                } else if p.lang.relate.clause.list_conjunctions.contains(word) {
                    out.flag(F::ConjunctionBetween);
                }
            }
        }
    }
    for (k, item) in between.iter().take(2).enumerate() {
        let (tag, w) = token(item, p.kinds);
        out.add(T::FirstBetween, &[pair, &[k as u8, tag], w.as_bytes()]);
    }
    for (k, item) in between.iter().rev().take(2).enumerate() {
        let (tag, w) = token(item, p.kinds);
        out.add(T::LastBetween, &[pair, &[k as u8, tag], w.as_bytes()]);
    }
    for (k, item) in p.items[..p.a].iter().rev().take(2).enumerate() {
        let (tag, w) = token(item, p.kinds);
        out.add(T::Before, &[&[k as u8, tag], w.as_bytes()]);
        for c in classes.of(&w) {
            out.add(T::BeforeClass, &[pair, &c.to_le_bytes()]);
        }
    }
    for (k, item) in p.items[p.b + 1..].iter().take(2).enumerate() {
        let (tag, w) = token(item, p.kinds);
        out.add(T::After, &[&[k as u8, tag], w.as_bytes()]);
        for c in classes.of(&w) {
            out.add(T::AfterClass, &[pair, &c.to_le_bytes()]);
        }
    }
    let possessive = |i: usize| {
        matches!(
            p.items[i],
            Item::Ent {
                possessive: true,
                ..
            }
        )
    };
    if possessive(p.a) {
        out.flag(F::FirstPossessive);
    }
    if possessive(p.b) {
        out.flag(F::SecondPossessive);
    }
    if p.subject == Some(ea) {
        out.flag(F::FirstSubject);
    }
    if p.subject == Some(eb) {
        out.flag(F::SecondSubject);
    }
    if p.items.iter().any(|i| matches!(i, Item::Money { .. })) {
        out.flag(F::MoneyInSentence);
    }
    if p.rules.is_empty() {
        out.flag(F::NoRule);
    }
    for &(kind, forward) in p.rules {
        out.add(T::Rule, &[kind.name().as_bytes(), &[u8::from(forward)]]);
    }
    out.feats.sort_unstable();
    out.feats.dedup();
    out.feats
}
