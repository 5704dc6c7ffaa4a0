//! Typed, directed relations between entities, each with its evidence
//! sentence, trigger, status and confidence.
//!
//! Each sentence is seen as a sequence of [`Item`]s — entity references
//! (names, descriptions, subject pronouns), roles, amounts, dates and plain
//! words — and patterns over that sequence produce relations. Patterns are
//! about English news syntax ("X CEO Y", "rival competitors like A and B",
//! "poured $N into X"), never about particular names.

use crate::model::{EntityKind, Mention, Provenance, Relation, RelationKind, Span, Status};

use super::resolve::{PREPOSITIONS, sentence_subject};
use super::segment::Segmentation;

/// One element of a sentence view.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
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
        /// Lower-case text.
        word: String,
        /// Where.
        span: Span,
    },
}

impl Item {
    fn word(&self) -> &str {
        match self {
            Item::Word { word, .. } => word,
            _ => "",
        }
    }
    fn entity(&self) -> Option<usize> {
        match self {
            Item::Ent { entity, .. } => Some(*entity),
            _ => None,
        }
    }
    fn span(&self, mentions: &[Mention]) -> Span {
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
struct Found {
    kind: RelationKind,
    source: usize,
    target: usize,
    trigger: Span,
    money: Option<usize>,
    confidence: f32,
}

/// Everything `relate` needs to know about the document.
pub struct Context<'a> {
    /// Document text.
    pub text: &'a str,
    /// Tokens and sentences.
    pub seg: &'a Segmentation,
    /// Resolved mentions.
    pub mentions: &'a [Mention],
    /// Entity kinds by entity index.
    pub kinds: &'a [EntityKind],
    /// True for sentences inside boilerplate.
    pub skip: &'a [bool],
}

/// Pronouns read as possessive references ("its investment").
const POSSESSIVE_PRONOUNS: [&str; 3] = ["its", "his", "her"];

/// Words after which a pronoun opens a clause as its subject: punctuation,
/// conjunctions and subordinators (and the reporting verbs below: "said it
/// would").
const CLAUSE_OPENERS: &[&str] = &[
    ",", ";", ":", "—", "–", "(", "\"", "“", "and", "but", "while", "although", "though",
    "because", "as", "since", "if", "when", "after", "before", "so", "that", "whether", "once",
    "until", "unless",
];

/// Verbs of saying after which a pronoun is usually the speaker.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "announced",
    "added",
    "noted",
    "stated",
    "confirmed",
    "expects",
    "expected",
    "believes",
    "hopes",
    "thinks",
    "argued",
    "wrote",
    "claimed",
    "insisted",
    "warned",
    "indicated",
    "reported",
    "hinted",
    "signaled",
    "signalled",
];

/// Words that open a noun phrase ("this move", "the deal").
const DETERMINERS: &[&str] = &[
    "the", "this", "that", "these", "those", "such", "a", "an", "another",
];

/// Subordinators and sentence adverbs that may come before a clause's subject.
const LEADING_WORDS: &[&str] = &[
    "while", "although", "though", "because", "as", "since", "if", "when", "after", "before",
    "but", "and", "yet", "still", "however", ",",
];

/// The entity a pronoun (`word`, lower case) stands for, given the items
/// before it in its sentence, the words after it and the previous sentence's
/// subject: the sentence's own subject so far when it fits the pronoun's kind
/// ("Amazon said it would invest", "Anthropic will name AWS its partner"),
/// else the previous subject ("Back in 2019, it poured …"). Object pronouns
/// ("contextualising it"), pronouns after a preposition, expletive "it" ("it
/// is unclear whether") and pronouns after a clause whose subject is not an
/// entity ("While this move allows …, it …") stand for nothing.
fn pronoun_antecedent(
    ctx: &Context<'_>,
    word: &str,
    before: &[Item],
    after: &[String],
    prev_subject: Option<usize>,
) -> Option<usize> {
    let wants = match word {
        "it" | "its" => EntityKind::Org,
        "he" | "she" | "his" | "her" => EntityKind::Person,
        _ => return None,
    };
    let possessive = POSSESSIVE_PRONOUNS.contains(&word);
    let prev = match before.last() {
        None => None,
        Some(Item::Word { word, .. }) => Some(word.as_str()),
        // "said on Friday it would"
        Some(Item::Date { .. }) => Some(","),
        Some(_) if possessive => Some(""),
        Some(_) => return None,
    };
    if !possessive {
        if prev.is_some_and(|p| !CLAUSE_OPENERS.contains(&p) && !REPORTING_VERBS.contains(&p)) {
            return None;
        }
        let be = [
            "is", "was", "’s", "'s", "will", "would", "has", "had", "remains",
        ];
        let expletive = matches!(
            after.first().map(String::as_str),
            Some("seems" | "seemed" | "appears" | "appeared")
        ) || (word == "it"
            && after.first().is_some_and(|w| be.contains(&w.as_str()))
            && after.iter().skip(1).any(|w| {
                matches!(
                    w.as_str(),
                    "that"
                        | "whether"
                        | "unclear"
                        | "clear"
                        | "likely"
                        | "unlikely"
                        | "possible"
                        | "worth"
                        | "difficult"
                        | "hard"
                        | "easy"
                        | "important"
                )
            }));
        if expletive {
            return None;
        }
    } else if prev.is_some_and(|p| PREPOSITIONS.contains(&p)) {
        return None;
    }
    let fits = |e: &usize| ctx.kinds.get(*e) == Some(&wants);
    // "… after Exxon Mobil announced it would buy": the one who announced.
    let reporter = before
        .len()
        .checked_sub(1)
        .filter(|&v| REPORTING_VERBS.contains(&before[v].word()))
        .and_then(|v| clause_subject(before, v, ctx.kinds))
        .filter(fits);
    if reporter.is_some() {
        return reporter;
    }
    // A clause whose subject is a plain noun phrase ("this move") may be
    // what the pronoun means: do not guess.
    let lead = before
        .iter()
        .position(|item| !LEADING_WORDS.contains(&item.word()))
        .unwrap_or(before.len());
    if !possessive
        && matches!(before.get(lead), Some(Item::Word { word, .. }) if DETERMINERS.contains(&word.as_str()))
        && matches!(before.get(lead + 1), Some(Item::Word { .. }))
    {
        return None;
    }
    subject_of(before, ctx.kinds)
        .filter(fits)
        .or_else(|| prev_subject.filter(fits))
}

/// Builds the item view of sentence `s`, resolving subject pronouns through
/// `prev_subject` (the subject of the previous sentence).
fn items(ctx: &Context<'_>, s: usize, prev_subject: Option<usize>) -> Vec<Item> {
    let sentence = &ctx.seg.sentences[s];
    let mut out = Vec::new();
    let mut mi = ctx
        .mentions
        .partition_point(|m| m.span.end <= sentence.span.start);
    let mut ti = sentence.tokens.start;
    while ti < sentence.tokens.end {
        let tok = ctx.seg.tokens[ti];
        while mi < ctx.mentions.len() && ctx.mentions[mi].span.end <= tok.start {
            mi += 1;
        }
        if let Some(m) = ctx
            .mentions
            .get(mi)
            .filter(|m| m.span.start <= tok.start && tok.start < m.span.end)
        {
            // Absorb every token inside the mention.
            while ti < sentence.tokens.end && ctx.seg.tokens[ti].start < m.span.end {
                ti += 1;
            }
            let next_is_possessive = ti < sentence.tokens.end
                && matches!(ctx.seg.tokens[ti].slice(ctx.text), "’s" | "'s" | "’" | "'");
            let possessive_pronoun = m.nominal
                && POSSESSIVE_PRONOUNS.contains(&m.span.slice(ctx.text).to_lowercase().as_str());
            match m.kind {
                EntityKind::Money => out.push(Item::Money { mention: mi }),
                EntityKind::Date => out.push(Item::Date { mention: mi }),
                EntityKind::Title => out.push(Item::Title {
                    word: m.span.slice(ctx.text).to_lowercase(),
                    span: m.span,
                }),
                EntityKind::Percent => out.push(Item::Word {
                    word: "<percent>".into(),
                    span: m.span,
                }),
                _ => match m.entity {
                    Some(entity) => out.push(Item::Ent {
                        entity,
                        possessive: next_is_possessive || possessive_pronoun,
                        span: m.span,
                        pronoun: false,
                    }),
                    None => out.push(Item::Word {
                        word: m.span.slice(ctx.text).to_lowercase(),
                        span: m.span,
                    }),
                },
            }
            if next_is_possessive {
                ti += 1;
            }
            mi += 1;
            continue;
        }
        let word = tok.slice(ctx.text).to_lowercase();
        let next_words: Vec<String> = ctx.seg.tokens[ti + 1..sentence.tokens.end]
            .iter()
            .take(5)
            .map(|t| t.slice(ctx.text).to_lowercase())
            .collect();
        if let Some(entity) = pronoun_antecedent(ctx, &word, &out, &next_words, prev_subject) {
            out.push(Item::Ent {
                entity,
                possessive: POSSESSIVE_PRONOUNS.contains(&word.as_str()),
                span: tok,
                pronoun: true,
            });
        } else {
            out.push(Item::Word { word, span: tok });
        }
        ti += 1;
    }
    drop_repeated_parentheticals(&mut out);
    out
}

/// "Advanced Micro Devices (AMD) and TSMC": a parenthesis that only repeats
/// the entity before it (an acronym, a ticker's name) is left out of the
/// view, so lists and patterns read on as if it were not there.
fn drop_repeated_parentheticals(items: &mut Vec<Item>) {
    let mut i = 0;
    while i + 3 < items.len() {
        let repeats = matches!(
            (&items[i], &items[i + 1], &items[i + 2], &items[i + 3]),
            (
                Item::Ent { entity: a, .. },
                Item::Word { word: open, .. },
                Item::Ent { entity: b, .. },
                Item::Word { word: close, .. },
            ) if a == b && open == "(" && close == ")"
        );
        if repeats {
            items.drain(i + 1..i + 4);
        }
        i += 1;
    }
}

/// The subject of an item view: the first entity reference not after a
/// preposition and not possessive; else the first possessive one.
fn subject_of(items: &[Item], kinds: &[EntityKind]) -> Option<usize> {
    let mut possessive = None;
    for (i, item) in items.iter().enumerate() {
        if let Item::Ent {
            entity,
            possessive: p,
            ..
        } = item
            && kinds.get(*entity) != Some(&EntityKind::Loc)
        {
            let prev = if i > 0 { items[i - 1].word() } else { "" };
            if PREPOSITIONS.contains(&prev) {
                continue;
            }
            if *p {
                possessive = possessive.or(Some(*entity));
            } else {
                return Some(*entity);
            }
        }
    }
    possessive
}

fn role_kind(title: &str) -> RelationKind {
    let t = title.to_lowercase();
    if t == "ceo" || t.starts_with("chief executive") {
        RelationKind::CeoOf
    } else if t.starts_with("chair") || t.contains("chairman") || t.contains("chairwoman") {
        RelationKind::ChairmanOf
    } else if t.contains("founder") {
        RelationKind::FounderOf
    } else {
        RelationKind::EmployeeOf
    }
}

/// Titles that name public offices rather than posts in an organisation.
fn is_public_office(title: &str) -> bool {
    let t = title.to_lowercase();
    [
        "president",
        "prime minister",
        "minister",
        "senator",
        "governor",
        "mayor",
        "chancellor",
        "congressman",
        "congresswoman",
    ]
    .contains(&t.as_str())
        || t.ends_with("minister")
}

/// A list of entity references starting at `i`: "A, B and C", "A as well as B".
fn entity_list(items: &[Item], mut i: usize) -> (Vec<usize>, usize) {
    let mut out = Vec::new();
    while let Some(e) = items.get(i).and_then(Item::entity) {
        out.push(e);
        i += 1;
        match items.get(i).map(Item::word) {
            Some("," | "and" | "or") => {
                i += 1;
                if items.get(i).map(Item::word) == Some("and") {
                    i += 1;
                }
            }
            _ => break,
        }
    }
    (out, i)
}

/// Words that signal an investment.
pub const INVEST_TRIGGERS: &[&str] = &[
    "invest",
    "put",
    "puts",
    "bet",
    "bets",
    "invests",
    "invested",
    "investing",
    "investment",
    "investments",
    "poured",
    "pour",
    "pours",
    "pumped",
    "injected",
    "backed",
    "backs",
    "funded",
    "funds",
    "financed",
    "committed",
    "commitment",
    "stake",
];
const ACQUIRE_TRIGGERS: &[&str] = &[
    "acquired",
    "acquires",
    "acquire",
    "bought",
    "buys",
    "buy",
    "purchased",
    "purchase",
    "acquisition",
    "takeover",
];
const SUPPLY_TRIGGERS: &[&str] = &[
    "provide",
    "provides",
    "provided",
    "providing",
    "supply",
    "supplies",
    "supplied",
    "supplying",
    "deliver",
    "delivers",
    "sells",
    "sell",
    "sold",
];
const ANNOUNCE_TRIGGERS: &[&str] = &[
    "announced",
    "announces",
    "announce",
    "unveiled",
    "unveils",
    "launched",
    "launches",
    "introduced",
    "unveil",
    "launch",
];
const RIVAL_TRIGGERS: &[&str] = &[
    "rival",
    "rivals",
    "competitor",
    "competitors",
    "compete",
    "competes",
    "competing",
    "vie",
    "vies",
];
const PARTNER_NOUNS: &[&str] = &[
    "partnership",
    "alliance",
    "collaboration",
    "agreement",
    "deal",
    "tie-up",
];
const MEMBER_TRIGGERS: &[&str] = &[
    "include",
    "includes",
    "including",
    "included",
    "comprising",
    "comprises",
    "members",
];

/// The entity of a possessive right before item `i` ("Microsoft’s investment").
fn possessor_before(items: &[Item], i: usize) -> Option<usize> {
    match items.get(i.checked_sub(1)?)? {
        Item::Ent {
            entity,
            possessive: true,
            ..
        } => Some(*entity),
        _ => None,
    }
}

/// The nearest possessive entity within the three items before `i` ("OpenAI’s cloud partner").
fn possessor_near(items: &[Item], i: usize) -> Option<usize> {
    (i.saturating_sub(3)..i)
        .rev()
        .find_map(|j| possessor_before(items, j + 1))
}

fn find_word(items: &[Item], from: usize, to: usize, words: &[&str]) -> Option<usize> {
    (from..to.min(items.len())).find(|&i| words.contains(&items[i].word()))
}

/// The first entity reference after `from` (within `max` items), skipping determiners and adjectives.
fn next_entity(items: &[Item], from: usize, max: usize) -> Option<(usize, usize)> {
    (from..(from + max).min(items.len())).find_map(|i| items[i].entity().map(|e| (i, e)))
}

/// Auxiliaries, modals and adverbs that stand between a subject and its verb:
/// "Chevron agreed on Monday to acquire", "it would buy", "Exxon has also invested".
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "would",
    "will",
    "to",
    "agreed",
    "agrees",
    "agree",
    "plans",
    "planned",
    "plan",
    "has",
    "had",
    "have",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "also",
    "could",
    "may",
    "might",
    "can",
    "intends",
    "intended",
    "aims",
    "aimed",
    "wants",
    "wanted",
    "seeks",
    "sought",
    "expects",
    "expected",
    "already",
    "reportedly",
    "officially",
    "recently",
    "later",
    "finally",
    "formally",
    "on",
    "n't",
    "not",
    "now",
    "then",
    "first",
];

/// The entity right before the word at `i` with only auxiliaries, adverbs
/// and dates between: the subject of the trigger's own clause.
fn clause_subject(items: &[Item], i: usize, kinds: &[EntityKind]) -> Option<usize> {
    for j in (i.saturating_sub(7)..i).rev() {
        match &items[j] {
            Item::Date { .. } => {}
            Item::Word { word, .. } if BETWEEN_SUBJECT_AND_VERB.contains(&word.as_str()) => {}
            // "Rockwell Collins, which was acquired by …": the relative
            // pronoun stands for the name before the comma.
            Item::Word { word, .. } if matches!(word.as_str(), "which" | "that" | "who") => {
                return (j >= 2 && items[j - 1].word() == ",")
                    .then(|| items[j - 2].entity())
                    .flatten()
                    .filter(|e| kinds.get(*e) != Some(&EntityKind::Loc));
            }
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if kinds.get(*entity) != Some(&EntityKind::Loc) => {
                let governed = j > 0 && PREPOSITIONS.contains(&items[j - 1].word());
                return (!governed).then_some(*entity);
            }
            _ => return None,
        }
    }
    None
}

fn patterns(ctx: &Context<'_>, items: &[Item], subject: Option<usize>, out: &mut Vec<Found>) {
    let kind = |e: usize| ctx.kinds.get(e).copied().unwrap_or(EntityKind::Misc);
    // The tagger often calls a young company MISC; relations accept both and
    // `kinds::repair_from_relations` settles the kind afterwards.
    let is_org = |e: usize| matches!(kind(e), EntityKind::Org | EntityKind::Misc);
    let is_person = |e: usize| kind(e) == EntityKind::Person;
    let span = |i: usize| items[i].span(ctx.mentions);
    let n = items.len();
    let mut push = |kind: RelationKind,
                    source: usize,
                    target: usize,
                    trigger: Span,
                    money: Option<usize>,
                    confidence: f32| {
        if source != target {
            out.push(Found {
                kind,
                source,
                target,
                trigger,
                money,
                confidence,
            });
        }
    };

    for i in 0..n {
        // The subject of the clause the trigger is in, when it stands right
        // before it ("… after Exxon Mobil announced it would buy Pioneer"),
        // else the sentence's.
        let subject = clause_subject(items, i, ctx.kinds).or(subject);
        // Roles: "ORG(’s) TITLE PERSON".
        if let Item::Title { word, span: tspan } = &items[i]
            && !is_public_office(word)
        {
            if i > 0
                && let (Some(org), Some(person)) = (
                    items[i - 1].entity(),
                    items.get(i + 1).and_then(Item::entity),
                )
                && is_org(org)
                && is_person(person)
            {
                push(role_kind(word), person, org, *tspan, None, 0.9);
            }
            // "PERSON, (the|its) TITLE of|at ORG" and "TITLE of ORG, PERSON".
            if items
                .get(i + 1)
                .map(Item::word)
                .is_some_and(|w| w == "of" || w == "at")
                && let Some(org) = items
                    .get(i + 2)
                    .and_then(Item::entity)
                    .filter(|&o| is_org(o))
            {
                // Walk back over determiners and coordinated roles: "founder and CEO of".
                let mut j = i;
                let mut roles = vec![(word.clone(), *tspan)];
                loop {
                    if j > 0
                        && matches!(
                            items[j - 1].word(),
                            "the" | "its" | "a" | "former" | "new" | "current" | "co"
                                // "Ek, who is also chairman of Helsing"
                                | "who" | "is" | "was" | "also" | "now" | "still"
                        )
                    {
                        j -= 1;
                    } else if j >= 2
                        && matches!(items[j - 1].word(), "and" | ",")
                        && let Item::Title { word: w2, span: s2 } = &items[j - 2]
                    {
                        roles.push((w2.clone(), *s2));
                        j -= 2;
                    } else {
                        break;
                    }
                }
                if j >= 2
                    && items[j - 1].word() == ","
                    && let Some(person) = items[j - 2].entity().filter(|&p| is_person(p))
                {
                    for (w, sp) in roles {
                        push(role_kind(&w), person, org, sp, None, 0.85);
                    }
                } else if items.get(i + 3).map(Item::word) == Some(",")
                    && let Some(person) = items
                        .get(i + 4)
                        .and_then(Item::entity)
                        .filter(|&p| is_person(p))
                {
                    push(role_kind(word), person, org, *tspan, None, 0.85);
                }
            }
            // "Boeing named Kelly Ortberg (as) its new chief executive".
            let mut j = i;
            while j > 0
                && matches!(
                    items[j - 1].word(),
                    "as" | "its" | "new" | "the" | "a" | "interim"
                )
            {
                j -= 1;
            }
            // The verb may be a descriptor or two before the person:
            // "named aerospace veteran Kelly Ortberg".
            const APPOINT: &[&str] = &[
                "named",
                "names",
                "appointed",
                "appoints",
                "hired",
                "hires",
                "tapped",
                "taps",
                "picked",
                "picks",
                "chose",
                "selected",
                "promoted",
            ];
            let verb = if j >= 2 {
                (j.saturating_sub(4)..j - 1)
                    .rev()
                    .take_while(|&k| matches!(items[k], Item::Word { .. }))
                    .find(|&k| APPOINT.contains(&items[k].word()))
            } else {
                None
            };
            if let Some(v) = verb
                && let Some(person) = items[j - 1].entity().filter(|&p| is_person(p))
                && let Some(org) = clause_subject(items, v, ctx.kinds).filter(|&o| is_org(o))
            {
                push(role_kind(word), person, org, *tspan, None, 0.8);
            }
            // "PERSON, ORG’s TITLE".
            if i >= 3
                && let (Some(person), Some(org)) = (items[i - 3].entity(), items[i - 1].entity())
                && items[i - 2].word() == ","
                && is_person(person)
                && is_org(org)
                && matches!(
                    items[i - 1],
                    Item::Ent {
                        possessive: true,
                        ..
                    }
                )
            {
                push(role_kind(word), person, org, *tspan, None, 0.85);
            }
        }

        let w = items[i].word();
        // Investments: "S … invested|poured (MONEY) in|into T".
        if INVEST_TRIGGERS.contains(&w) {
            let owner = possessor_before(items, i);
            let end = (i + 12).min(n);
            // Passive: "X, which is backed by Y" — Y invested in X.
            let passive = items.get(i + 1).map(Item::word) == Some("by");
            let (source, target) = if passive {
                let by = next_entity(items, i + 2, 2).map(|t| t.1);
                let before = (i.saturating_sub(5)..i)
                    .rev()
                    .find_map(|j| items[j].entity().map(|e| (j, e)));
                (by, before.or(subject.map(|e| (0, e))))
            } else {
                let target = (i + 1..end).find_map(|j| {
                    let prep = items[j - 1].word();
                    items[j]
                        .entity()
                        .filter(|_| matches!(prep, "in" | "into" | "on" | "to"))
                        .map(|e| (j, e))
                });
                (owner.or(subject), target)
            };
            let money_in = |range: std::ops::Range<usize>| {
                range.into_iter().find_map(|j| match items[j] {
                    Item::Money { mention } => Some(mention),
                    _ => None,
                })
            };
            let money =
                money_in(i.saturating_sub(4)..target.map_or(end, |t| t.0.max(i))).or_else(|| {
                    // One amount in the sentence belongs to its one investment.
                    let all: Vec<usize> = (0..n)
                        .filter(|&j| matches!(items[j], Item::Money { .. }))
                        .collect();
                    if all.len() == 1 {
                        money_in(all[0]..all[0] + 1)
                    } else {
                        None
                    }
                });
            if let (Some(s), Some((_, t))) = (source, target)
                && (is_org(t) || kind(t) == EntityKind::Misc)
            {
                push(
                    RelationKind::InvestedIn,
                    s,
                    t,
                    span(i),
                    money,
                    if money.is_some() { 0.85 } else { 0.65 },
                );
            }
        }
        // "T raised MONEY from S".
        if w == "raised"
            && let Some(t) = subject
            && let Some(f) = find_word(items, i + 1, i + 10, &["from"])
            && let Some((j, s)) = next_entity(items, f + 1, 3)
        {
            let money = (i + 1..f).find_map(|j| match items[j] {
                Item::Money { mention } => Some(mention),
                _ => None,
            });
            // "from Spotify founder Daniel Ek": the person is the investor.
            let s = match (items.get(j + 1), items.get(j + 2).and_then(Item::entity)) {
                (Some(Item::Title { .. }), Some(p)) if is_person(p) => p,
                _ => s,
            };
            push(RelationKind::InvestedIn, s, t, span(i), money, 0.75);
        }
        // Acquisitions: "S acquired T", "S’s acquisition of T", "T was acquired by S".
        if ACQUIRE_TRIGGERS.contains(&w) {
            if items.get(i + 1).map(Item::word) == Some("by")
                && let (Some(t), Some((_, s))) = (subject, next_entity(items, i + 2, 2))
            {
                // Companies are acquired, people are not.
                if !is_person(t) {
                    push(RelationKind::Acquired, s, t, span(i), None, 0.8);
                }
            } else {
                let owner = possessor_before(items, i);
                let from = if matches!(w, "acquisition" | "takeover" | "purchase") {
                    find_word(items, i + 1, i + 2, &["of"]).map(|j| j + 1)
                } else {
                    Some(i + 1)
                };
                if let (Some(s), Some(from)) = (owner.or(subject), from)
                    && let Some((_, t)) = next_entity(items, from, 3)
                    && is_org(t)
                {
                    let money = (i.saturating_sub(2)..i)
                        .chain(i + 1..(i + 12).min(n))
                        .find_map(|j| match items[j] {
                            Item::Money { mention } => Some(mention),
                            _ => None,
                        });
                    push(RelationKind::Acquired, s, t, span(i), money, 0.75);
                }
            }
        }
        // Partnerships: "X’s (cloud) partner", "partnership with T", "partnered with T", "between A and B".
        if matches!(w, "partner" | "partners") {
            let owner = possessor_near(items, i);
            if let (Some(o), Some(s)) = (owner, subject) {
                push(RelationKind::PartnerOf, s, o, span(i), None, 0.8);
            } else if items.get(i + 1).map(Item::word) == Some("with")
                && let (Some(s), Some((_, t))) = (subject, next_entity(items, i + 2, 2))
            {
                push(RelationKind::PartnerOf, s, t, span(i), None, 0.75);
            }
        }
        if PARTNER_NOUNS.contains(&w) || matches!(w, "partnered" | "teamed" | "allied") {
            let owner = possessor_near(items, i);
            if let Some(with) = find_word(items, i + 1, i + 3, &["with"])
                && let Some((_, t)) = next_entity(items, with + 1, 2)
                && let Some(s) = owner.or(subject)
            {
                push(RelationKind::PartnerOf, s, t, span(i), None, 0.7);
            } else if items.get(i + 1).map(Item::word) == Some("between")
                && let (list, _) = entity_list(items, i + 2)
                && let [a, b] = list.as_slice()
            {
                push(RelationKind::PartnerOf, *a, *b, span(i), None, 0.7);
            }
        }
        // Supply: "S (will) provide … for|to T(’s)".
        if SUPPLY_TRIGGERS.contains(&w)
            && let Some(s) = subject
            && let Some(p) = find_word(items, i + 1, i + 6, &["for", "to"])
            && let Some((_, t)) = next_entity(items, p + 1, 1)
        {
            push(RelationKind::Supplies, s, t, span(i), None, 0.7);
        }
        // Competition: "rival competitors like A and B", "compete with A", "A as a competitor by B".
        if RIVAL_TRIGGERS.contains(&w) {
            // "X as a competitor by Y"
            if i >= 3
                && items[i - 1].word() == "a"
                && items[i - 2].word() == "as"
                && let Some(x) = items[i - 3].entity()
            {
                let by = find_word(items, i + 1, i + 3, &["by"])
                    .and_then(|b| next_entity(items, b + 1, 1))
                    .map(|t| t.1);
                if let Some(y) = by.or(subject.filter(|&s| s != x)) {
                    push(RelationKind::CompetitorOf, y, x, span(i), None, 0.75);
                }
            } else if let Some(s) = subject {
                let mut j = i + 1;
                while j < n && j <= i + 3 && items[j].entity().is_none() {
                    j += 1;
                }
                let intro = (i + 1..j).map(|k| items[k].word()).collect::<Vec<_>>();
                let listed = intro.is_empty()
                    || intro.iter().any(|w| {
                        matches!(
                            *w,
                            "like" | "such" | "including" | "with" | "as" | "against"
                        )
                    })
                    || intro
                        .iter()
                        .all(|w| RIVAL_TRIGGERS.contains(w) || matches!(*w, "its" | "the"));
                if listed {
                    let (list, _) = entity_list(items, j);
                    for t in list.into_iter().filter(|&t| is_org(t)) {
                        push(RelationKind::CompetitorOf, s, t, span(i), None, 0.75);
                    }
                }
            }
            // "Airbus, Boeing’s main rival, …"
            if let Some(y) = (i.saturating_sub(3)..i).rev().find_map(|j| match items[j] {
                Item::Ent {
                    entity,
                    possessive: true,
                    ..
                } if j >= 2 && items[j - 1].word() == "," => {
                    items[j - 2].entity().map(|x| (x, entity))
                }
                _ => None,
            }) {
                push(RelationKind::CompetitorOf, y.0, y.1, span(i), None, 0.75);
            }
            // "X’s rival Y"
            if i > 0
                && let Item::Ent {
                    entity: x,
                    possessive: true,
                    ..
                } = items[i - 1]
                && let Some(y) = items.get(i + 1).and_then(Item::entity)
            {
                push(RelationKind::CompetitorOf, x, y, span(i), None, 0.75);
            }
        }
        // Announcements: "S announced (the) E".
        if ANNOUNCE_TRIGGERS.contains(&w)
            && let Some(s) = subject
            && (is_person(s) || is_org(s))
            && let Some((j, t)) = next_entity(items, i + 1, 2)
            && (j == i + 1 || matches!(items[i + 1].word(), "the" | "a" | "an" | "its" | "their"))
            && !is_person(t)
        {
            push(RelationKind::Announced, s, t, span(i), None, 0.8);
        }
        // Founders: "P founded T", "T, founded by P".
        if matches!(w, "founded" | "co-founded" | "cofounded") {
            if items.get(i + 1).map(Item::word) == Some("by")
                && let Some(t) = (0..i)
                    .rev()
                    .find_map(|j| items[j].entity().filter(|&e| is_org(e)))
                && let Some((_, p)) = next_entity(items, i + 2, 1)
                && is_person(p)
            {
                push(RelationKind::FounderOf, p, t, span(i), None, 0.8);
            } else if let Some(p) = subject.filter(|&p| is_person(p))
                && let Some((_, t)) = next_entity(items, i + 1, 2)
                && is_org(t)
            {
                push(RelationKind::FounderOf, p, t, span(i), None, 0.8);
            }
        }
        // Location: "ORG, based|headquartered in LOC".
        if matches!(w, "based" | "headquartered")
            && items.get(i + 1).map(Item::word) == Some("in")
            && let Some((_, loc)) = next_entity(items, i + 2, 1)
            && kind(loc) == EntityKind::Loc
            && let Some(org) = (0..i)
                .rev()
                .find_map(|j| items[j].entity().filter(|&e| is_org(e)))
        {
            push(RelationKind::LocatedIn, org, loc, span(i), None, 0.7);
        }
        // Membership: "V, a collaboration … (to) include (tech giants like) A and B";
        // "… beyond A and B" (implied members, lower confidence); "A joined V".
        if MEMBER_TRIGGERS.contains(&w) || w == "beyond" || w == "joined" {
            let venture = (0..i).rev().find_map(|j| {
                items[j]
                    .entity()
                    .filter(|&e| is_org(e) && is_undertaking(ctx, items, j))
            });
            if w == "joined" {
                if let (Some(s), Some((_, v))) = (subject, next_entity(items, i + 1, 2))
                    && is_org(v)
                {
                    push(RelationKind::MemberOf, s, v, span(i), None, 0.75);
                }
            } else if let Some(v) = venture {
                let mut j = i + 1;
                while j < n && j <= i + 4 && items[j].entity().is_none() {
                    j += 1;
                }
                let (list, _) = entity_list(items, j);
                let confidence = if w == "beyond" { 0.5 } else { 0.8 };
                for m in list.into_iter().filter(|&m| is_org(m) && m != v) {
                    push(RelationKind::MemberOf, m, v, span(i), None, confidence);
                }
            }
        }
    }
}

/// "Anthropic, the San Francisco-based maker …", "the London-based bank
/// Barclays": a place glued to "-based" locates the organisation it describes
/// (the one before it in an apposition, else the next one).
fn based_in(ctx: &Context<'_>, sentence: Span, out: &mut Vec<Found>) {
    let in_sentence: Vec<&Mention> = ctx
        .mentions
        .iter()
        .filter(|m| m.span.within(sentence))
        .collect();
    for (k, m) in in_sentence.iter().enumerate() {
        let Some(loc) = m
            .entity
            .filter(|&e| ctx.kinds.get(e) == Some(&EntityKind::Loc))
        else {
            continue;
        };
        let after = &ctx.text[m.span.end..];
        let Some(suffix) = ["-based", "-headquartered"]
            .into_iter()
            .find(|x| after.starts_with(x))
        else {
            continue;
        };
        let is_org = |m: &&&Mention| {
            m.entity
                .is_some_and(|e| ctx.kinds.get(e) == Some(&EntityKind::Org))
        };
        // The organisation is next to the phrase: before it in apposition
        // ("Helsing, a Berlin-based startup") or right after it ("Berlin-based
        // defence startup Helsing"), never one a clause away.
        let words = |gap: &str| gap.split_whitespace().count();
        let before = in_sentence[..k].iter().rev().find(is_org).filter(|o| {
            let gap = &ctx.text[o.span.end..m.span.start];
            gap.trim_start().starts_with(',') && words(gap) <= 4 && !gap.contains(['.', ';'])
        });
        let after_phrase = m.span.end + suffix.len();
        let next = in_sentence[k + 1..].iter().find(is_org).filter(|o| {
            let gap = &ctx.text[after_phrase.min(o.span.start)..o.span.start];
            words(gap) <= 3 && !gap.contains([',', '.', ';'])
        });
        let org = before.or(next);
        if let Some(org) = org.and_then(|o| o.entity) {
            let trigger = Span::new(m.span.end, m.span.end + suffix.len());
            out.push(Found {
                kind: RelationKind::LocatedIn,
                source: org,
                target: loc,
                trigger,
                money: None,
                confidence: 0.75,
            });
        }
    }
}

/// True when the entity reference at `j` is described as an undertaking in
/// this sentence ("X, a collaboration …") or named like one.
fn is_undertaking(ctx: &Context<'_>, items: &[Item], j: usize) -> bool {
    const WORDS: &[&str] = &[
        "collaboration",
        "venture",
        "project",
        "initiative",
        "consortium",
        "alliance",
        "partnership",
        "coalition",
        "group",
    ];
    let Some(e) = items[j].entity() else {
        return false;
    };
    let by_name = ctx
        .mentions
        .iter()
        .filter(|m| m.entity == Some(e) && !m.nominal)
        .any(|m| {
            m.span
                .slice(ctx.text)
                .split_whitespace()
                .last()
                .is_some_and(|w| WORDS.contains(&w.to_lowercase().as_str()))
        });
    let by_apposition = items.get(j + 1).map(Item::word) == Some(",")
        && (j + 2..(j + 5).min(items.len())).any(|k| WORDS.contains(&items[k].word()));
    by_name || by_apposition
}

fn status_of(items: &[Item], trigger_at: usize, text: &str, mentions: &[Mention]) -> Status {
    let window: Vec<&str> = items[trigger_at.saturating_sub(6)..(trigger_at + 2).min(items.len())]
        .iter()
        .map(Item::word)
        .collect();
    let has = |ws: &[&str]| window.iter().any(|w| ws.contains(w));
    let sentence_words: Vec<&str> = items.iter().map(Item::word).collect();
    let qualifier_up_to = items.iter().any(|it| {
        if let Item::Money { mention } = it {
            let s = mentions.get(*mention).map_or(0, |m| m.span.start);
            let before = text[..s].trim_end();
            before
                .get(before.len().saturating_sub(5)..)
                .is_some_and(|t| t.eq_ignore_ascii_case("up to"))
        } else {
            false
        }
    });
    let negation = window
        .iter()
        .rposition(|w| matches!(*w, "not" | "never" | "n't" | "denied" | "denies" | "longer"));
    // "no longer has exclusive rights to provide": exclusivity ends, the relation does not.
    let exclusivity_only = negation.is_some_and(|k| {
        window[k..]
            .iter()
            .any(|w| matches!(*w, "exclusive" | "exclusively" | "sole" | "solely" | "only"))
    });
    if exclusivity_only {
        Status::Completed
    } else if negation.is_some() {
        Status::Negated
    } else if sentence_words
        .iter()
        .any(|w| matches!(*w, "reportedly" | "according" | "rumored" | "rumoured"))
    {
        Status::Reported
    } else if has(&[
        "will", "plans", "plan", "planned", "aims", "aim", "goal", "intends", "would", "could",
        "may", "expected", "proposed",
    ]) || qualifier_up_to
    {
        Status::Planned
    } else if has(&["announced", "announces", "unveiled"]) {
        Status::Announced
    } else {
        Status::Completed
    }
}

/// Relations found in the document, in text order, one per
/// (kind, source, target, sentence). `money` facts are attached later.
/// Calls `each(s, view, subject)` for every sentence outside the page
/// furniture, in order, each pronoun standing for the subject of the sentence
/// before. Returns the subject of each sentence, where one was found.
fn for_each_sentence(
    ctx: &Context<'_>,
    mut each: impl FnMut(usize, &[Item], Option<usize>),
) -> Vec<Option<usize>> {
    let mut subjects = vec![None; ctx.seg.sentences.len()];
    let mut prev_subject: Option<usize> = None;
    for (s, subject_slot) in subjects.iter_mut().enumerate() {
        if ctx.skip.get(s).copied().unwrap_or(false) {
            continue;
        }
        let sentence = ctx.seg.sentences[s].span;
        let view = items(ctx, s, prev_subject);
        let subject = subject_of(&view, ctx.kinds)
            .or_else(|| sentence_subject(ctx.text, sentence, ctx.mentions, None));
        each(s, &view, subject);
        *subject_slot = subject;
        if subject.is_some() {
            prev_subject = subject;
        }
    }
    subjects
}

/// Pronouns that stand for an entity — "it", "its", "he", "she", "his",
/// "her" not governed by a preposition, read as the previous sentence's
/// subject when its kind fits — as `(span, entity)`, in text order. The
/// pipeline makes them mentions, so each is highlighted and shows in its
/// entity's resolution chain.
pub fn pronoun_references(ctx: &Context<'_>) -> Vec<(Span, usize)> {
    let mut out = Vec::new();
    for_each_sentence(ctx, |_, view, _| {
        out.extend(view.iter().filter_map(|item| match item {
            Item::Ent {
                entity,
                span,
                pronoun: true,
                ..
            } => Some((*span, *entity)),
            _ => None,
        }));
    });
    out
}

/// Relations of every sentence outside the page furniture.
pub fn relate(ctx: &Context<'_>) -> Related {
    let mut out: Vec<(Relation, Option<usize>)> = Vec::new();
    let subjects = for_each_sentence(ctx, |s, view, subject| {
        let sentence = ctx.seg.sentences[s].span;
        let first_of_sentence = out.len();
        let mut found = Vec::new();
        patterns(ctx, view, subject, &mut found);
        based_in(ctx, sentence, &mut found);
        for f in found {
            let key = |r: &Relation| {
                let (a, b) = if f.kind.is_symmetric() && r.source > r.target {
                    (r.target, r.source)
                } else {
                    (r.source, r.target)
                };
                (r.kind, a, b, r.evidence)
            };
            let (fa, fb) = if f.kind.is_symmetric() && f.source > f.target {
                (f.target, f.source)
            } else {
                (f.source, f.target)
            };
            // Relations are one per kind, pair and sentence.
            if out[first_of_sentence..]
                .iter()
                .any(|(r, _)| key(r) == (f.kind, fa, fb, sentence))
            {
                continue;
            }
            let trigger_at = view
                .iter()
                .position(|it| it.span(ctx.mentions) == f.trigger)
                .unwrap_or(0);
            let relation = Relation {
                kind: f.kind,
                source: f.source,
                target: f.target,
                evidence: sentence,
                trigger: f.trigger,
                money: None,
                date: None,
                status: if f.kind.is_role() {
                    Status::Completed
                } else {
                    status_of(view, trigger_at, ctx.text, ctx.mentions)
                },
                confidence: f.confidence,
                provenance: Provenance::Rule,
            };
            out.push((relation, f.money));
        }
    });
    Related {
        relations: out,
        subjects,
    }
}

/// Output of [`relate`].
#[derive(Clone, Debug, Default)]
pub struct Related {
    /// Relations with the money mention their pattern saw, if any.
    pub relations: Vec<(Relation, Option<usize>)>,
    /// The subject entity of each sentence, where one was found.
    pub subjects: Vec<Option<usize>>,
}
