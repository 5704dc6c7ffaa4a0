//! The item view of a sentence — entity references, roles, amounts, dates
//! and plain words — and the small searches patterns make over it.

use std::borrow::Cow;

use crate::lang::WordList;
use crate::model::{Mention, RelationKind, Span};

/// One element of a sentence view; `'t`: the text a plain word may
/// borrow.
#[derive(Clone, Debug, PartialEq)]
pub enum Item<'t> {
    /// A reference to an entity.
    Ent {
        /// Entity index.
        entity: usize,
        /// Whether a possessive follows ("Microsoft’s"), or the reference is
        /// a possessive pronoun ("its").
        possessive: bool,
        /// Where.
        span: Span,
        /// True when a pronoun not yet a mention stands for the entity.
        pronoun: bool,
    },
    /// A role word (CEO, Chairman).
    Title {
        /// Lower-case text.
        word: String,
        /// Where.
        span: Span,
    },
    /// An amount of money (mention index).
    Money {
        /// Mention index.
        mention: usize,
    },
    /// A date (mention index).
    Date {
        /// Mention index.
        mention: usize,
    },
    /// Any other token, lower case.
    Word {
        /// Lower-case text, borrowed where the token is already lower case
        /// (most words: a copy of each was a tenth of building a view).
        word: Cow<'t, str>,
        /// Where.
        span: Span,
    },
}

impl Item<'_> {
    /// The lower-case word of a plain word, else "".
    pub(super) fn word(&self) -> &str {
        match self {
            Item::Word { word, .. } => word,
            _ => "",
        }
    }

    /// The entity of an entity reference.
    pub(super) fn entity(&self) -> Option<usize> {
        match self {
            Item::Ent { entity, .. } => Some(*entity),
            _ => None,
        }
    }

    /// Where the item is in the text.
    pub(super) fn span(&self, mentions: &[Mention]) -> Span {
        match self {
            Item::Ent { span, .. } | Item::Title { span, .. } | Item::Word { span, .. } => *span,
            Item::Money { mention } | Item::Date { mention } => mentions
                .get(*mention)
                .map_or_else(Span::default, |m| m.span),
        }
    }
}

/// A relation found in one sentence, before deduplication.
#[derive(Clone, Debug)]
pub(super) struct Found {
    pub(super) kind: RelationKind,
    pub(super) source: usize,
    pub(super) target: usize,
    pub(super) trigger: Span,
    pub(super) money: Option<usize>,
    pub(super) confidence: f32,
    /// Who is paid, when not the relation's payee end (the seller of a
    /// business sold to the source).
    pub(super) payee: Option<usize>,
    /// Whether the other members of a coordinated end share the relation
    /// (false for a phrase that attaches to the nearest name only: "A and
    /// B of Kuwait").
    pub(super) spreads: bool,
}

/// The relations the patterns found in one sentence, in the order found.
#[derive(Debug, Default)]
pub(super) struct Finds(pub(super) Vec<Found>);

impl Finds {
    /// Adds a relation, unless it would link an entity to itself.
    pub(super) fn add(
        &mut self,
        kind: RelationKind,
        source: usize,
        target: usize,
        trigger: Span,
        money: Option<usize>,
        confidence: f32,
    ) {
        if source != target {
            self.0.push(Found {
                kind,
                source,
                target,
                trigger,
                money,
                confidence,
                payee: None,
                spreads: true,
            });
        }
    }

    /// Marks the relation added last as holding for its own ends only, not
    /// for the names coordinated with them.
    pub(super) fn nearest_only(&mut self) {
        if let Some(f) = self.0.last_mut() {
            f.spreads = false;
        }
    }

    /// Names the payee of the relation added last ("X sold its unit Y to
    /// Z": Z pays X). Callers make sure that add did add (its ends differ).
    pub(super) fn paid_to(&mut self, payee: usize) {
        if let Some(f) = self.0.last_mut() {
            f.payee = Some(payee);
        }
    }
}

/// The entity of a possessive right before item `i` ("Microsoft’s investment").
pub(super) fn possessor_before(items: &[Item], i: usize) -> Option<usize> {
    match items.get(i.checked_sub(1)?)? {
        Item::Ent {
            entity,
            possessive: true,
            ..
        } => Some(*entity),
        _ => None,
    }
}

/// The last entity in `items` not written as a possessive that `ok`
/// accepts: the nearest plain name before a point, read backwards.
pub(super) fn last_plain_entity(items: &[Item], ok: impl Fn(&usize) -> bool) -> Option<usize> {
    items.iter().rev().find_map(|item| match item {
        Item::Ent {
            entity,
            possessive: false,
            ..
        } if ok(entity) => Some(*entity),
        _ => None,
    })
}

/// The nearest possessive entity within the three items before `i` ("OpenAI’s cloud partner").
pub(super) fn possessor_near(items: &[Item], i: usize) -> Option<usize> {
    (i.saturating_sub(3)..i)
        .rev()
        .find_map(|j| possessor_before(items, j + 1))
}

/// The last position of the name at `j` with the name in brackets that
/// restates it ("America Online (AOL)", "the Polish Development Bank
/// (PBR)"): `j + 3` past "( Name )", else `j`. A list goes on after it.
pub(super) fn past_restatement(items: &[Item], j: usize) -> usize {
    let word = |k: usize| items.get(k).map_or("", Item::word);
    let named = items.get(j + 2).and_then(Item::entity).is_some();
    if word(j + 1) == "(" && named && word(j + 3) == ")" {
        j + 3
    } else {
        j
    }
}

/// True when the amount at `p` stands in brackets with only amounts and
/// commas beside it ("C$N (US$M) to T", "US$N ($M, £K) for T"): it
/// restates the amount before the brackets, and the clause reads on past it.
pub(super) fn restated_amount(items: &[Item], p: usize) -> bool {
    let inside = |k: &usize| matches!(items[*k], Item::Money { .. }) || items[*k].word() == ",";
    let open = (0..p).rev().find(|k| !inside(k));
    let close = (p + 1..items.len()).find(|k| !inside(k));
    matches!(items.get(p), Some(Item::Money { .. }))
        && open.is_some_and(|k| {
            items[k].word() == "(" && k > 0 && matches!(items[k - 1], Item::Money { .. })
        })
        && close.is_some_and(|k| items[k].word() == ")")
}

/// The first item in `from..to` whose word is in `words`.
pub(super) fn find_word(items: &[Item], from: usize, to: usize, words: &WordList) -> Option<usize> {
    (from..to.min(items.len())).find(|&i| words.contains(items[i].word()))
}

/// The first entity reference after `from` (within `max` items), skipping determiners and adjectives.
pub(super) fn next_entity(items: &[Item], from: usize, max: usize) -> Option<(usize, usize)> {
    (from..(from + max).min(items.len())).find_map(|i| items[i].entity().map(|e| (i, e)))
}

/// True when the item at `k` is a verb's "-ing" form whose object is the
/// name right after it ("started covering T", "began selling T"): that
/// name is no object of the verb before.
/// `progressive` holds the form's endings (`relate/frame/progressive.txt`).
pub(super) fn gerund_object(progressive: &WordList, items: &[Item], k: usize) -> bool {
    matches!(items.get(k), Some(Item::Word { word, .. })
        if word.len() > 4
            && progressive.iter().any(|end| word.ends_with(end))
            && word.chars().all(char::is_lowercase))
        && items.get(k + 1).and_then(Item::entity).is_some()
}

/// The first amount of money among the items at `range`.
pub(super) fn money_in(items: &[Item], range: impl IntoIterator<Item = usize>) -> Option<usize> {
    range.into_iter().find_map(|j| match items[j] {
        Item::Money { mention } => Some(mention),
        _ => None,
    })
}

/// The name an apposition gives the description at `j` when it closes its
/// clause ("from the local savings bank, Holm Sparkasse."): the
/// description alone stands for whatever company the text spoke of
/// before, the name after its comma for this one. `(position, entity)`.
pub(super) fn apposed_name(
    text: &str,
    mentions: &[Mention],
    items: &[Item],
    j: usize,
) -> Option<(usize, usize)> {
    let Some(Item::Ent {
        possessive: false,
        pronoun: false,
        span,
        ..
    }) = items.get(j)
    else {
        return None;
    };
    // A description opens in lower case; a name does not.
    if !span.slice(text).starts_with(char::is_lowercase) || items.get(j + 1)?.word() != "," {
        return None;
    }
    let Some(&Item::Ent {
        entity,
        possessive: false,
        pronoun: false,
        span: name,
    }) = items.get(j + 2)
    else {
        return None;
    };
    // "…, Holm Sparkasse said" opens the next clause.
    let closes = items
        .get(j + 3)
        .is_none_or(|it| matches!(it.word(), "." | "," | ";" | ")"));
    let named = mentions
        .iter()
        .any(|m| m.span == name && m.entity == Some(entity) && !m.nominal);
    (closes && named).then_some((j + 2, entity))
}
