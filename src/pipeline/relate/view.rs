//! The item view of each sentence: mentions become entity references,
//! roles, amounts and dates; subject pronouns become references to the
//! entity they stand for.

use crate::lang::{lowercase, lowered};
use crate::model::{EntityKind, Span};
use crate::pipeline::resolve::subject_of as sentence_subject;

use super::clause::subject_of;
use super::context::Context;
use super::item::Item;
use super::object_pronoun::object_reference;
use super::pair;
use super::posts;
use super::pronoun::{Previous, pronoun_antecedent, ungoverned};
use super::quoted::quoted_speaker;
use super::quoted::unnamed_in_quotation;

/// The word a percentage stands as: no word of any list.
pub(super) const PERCENT: &str = "<%>";

/// Builds the item view of sentence `s`, resolving subject pronouns through
/// `prev` (the subject and names of the previous sentence).
pub(super) fn items<'t>(ctx: &Context<'t>, s: usize, prev: &Previous) -> Vec<Item<'t>> {
    let sentence = &ctx.seg.sentences[s];
    let possessive_pronouns = &ctx.lang.relate.pronoun.possessive;
    // About an item a token: the room is made once.
    let mut out = Vec::with_capacity(sentence.tokens.len());
    let mut mi = ctx
        .mentions
        .partition_point(|m| m.span.end <= sentence.span.start);
    let mut ti = sentence.tokens.start;
    // The token at `ti` is the sentence's and a possessive mark ("'s").
    let possessive_mark = |ti: usize| {
        ti < sentence.tokens.end
            && ctx
                .lang
                .relate
                .view
                .possessive_marks
                .contains(ctx.seg.tokens[ti].slice(ctx.text))
    };
    while ti < sentence.tokens.end {
        let tok = ctx.seg.tokens[ti];
        while mi < ctx.mentions.len() && ctx.mentions[mi].span.end <= tok.start {
            mi += 1;
        }
        // "the electronics retailer Keltic": a description right before the
        // name it describes reads as its words, the name being the reference.
        if ctx.mentions.get(mi).is_some_and(|m| {
            m.nominal
                && m.span.start <= tok.start
                && m.entity.is_some_and(|e| describes_next(ctx, mi, e))
        }) {
            mi += 1;
        }
        // "ex-CEO": a mention that starts inside a token leaves its start a word.
        if let Some(m) = ctx
            .mentions
            .get(mi)
            .filter(|m| tok.start < m.span.start && m.span.start < tok.end)
        {
            let prefix = Span::new(tok.start, m.span.start);
            out.push(Item::Word {
                word: lowered(prefix.slice(ctx.text)),
                span: prefix,
            });
        }
        let tok = match ctx.mentions.get(mi) {
            Some(m) if tok.start < m.span.start && m.span.start < tok.end => {
                Span::new(m.span.start, tok.end)
            }
            _ => tok,
        };
        if let Some(m) = ctx
            .mentions
            .get(mi)
            .filter(|m| m.span.start <= tok.start && tok.start < m.span.end)
        {
            // Absorb every token inside the mention.
            while ti < sentence.tokens.end && ctx.seg.tokens[ti].start < m.span.end {
                ti += 1;
            }
            let next_is_possessive = possessive_mark(ti);
            let possessive_pronoun =
                m.nominal && possessive_pronouns.contains_lowercase(m.span.slice(ctx.text));
            match m.kind {
                EntityKind::Money => out.push(Item::Money { mention: mi }),
                EntityKind::Date => out.push(Item::Date { mention: mi }),
                EntityKind::Title => match out.last_mut() {
                    // Two role words with only a space between are one post:
                    // "head trader", "senior economist".
                    Some(Item::Title { word, span })
                        if ctx.text[span.end..m.span.start].trim().is_empty() =>
                    {
                        *word = lowercase(&ctx.text[span.start..m.span.end]);
                        *span = Span::new(span.start, m.span.end);
                    }
                    _ => out.push(Item::Title {
                        word: lowercase(m.span.slice(ctx.text)),
                        span: m.span,
                    }),
                },
                EntityKind::Percent => {
                    out.push(Item::Word {
                        word: PERCENT.into(),
                        span: m.span,
                    });
                    out.extend(glued_tail(ctx, m.span, ctx.seg.tokens[ti - 1].end));
                }
                // "the York company", "the U.S. firm, Keltic": a place
                // naming a description is a word of it; the description
                // is the party ([`description_place`]).
                EntityKind::Loc
                    if !next_is_possessive
                        && m.entity.is_some()
                        && description_place(ctx, mi + 1) == m.entity =>
                {
                    out.push(Item::Word {
                        word: lowered(m.span.slice(ctx.text)),
                        span: m.span,
                    });
                }
                // A nationality word reads as a word: "the Russian
                // carrier" relates the carrier, never "Russian".
                _ => match m
                    .entity
                    .filter(|&e| ctx.kinds.get(e).is_none_or(|k| k.can_relate()))
                {
                    Some(entity) => out.push(Item::Ent {
                        entity,
                        possessive: next_is_possessive || possessive_pronoun,
                        span: m.span,
                        pronoun: false,
                    }),
                    None => out.push(Item::Word {
                        word: lowered(m.span.slice(ctx.text)),
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
        let word = lowered(tok.slice(ctx.text));
        // "Both firms", "the partners", "Together they", "A and B … their
        // rival": the pair the text named, read as "A and B". Most words
        // open no plural: asked here, inlined, before any call.
        if ctx.triggers.opens_pair(&word)
            && let Some((pair, n)) = pair::taken_up(
                ctx,
                prev,
                &out,
                &word,
                &ctx.seg.tokens[ti..sentence.tokens.end],
            )
            // No name of the text may start inside the plural, nor right
            // after it: "the tyre retailers Vianor and Euromaster" names
            // its own.
            .filter(|&(_, n)| {
                let end = ctx.seg.tokens[ti + n - 1].end;
                ctx.mentions.get(mi).is_none_or(|m| {
                    m.span.start >= end
                        && !(m.kind.is_name()
                            && !m.nominal
                            && ctx.text[end..m.span.start].trim().is_empty())
                })
            })
        {
            let mut span = Span::new(tok.start, ctx.seg.tokens[ti + n - 1].end);
            ti += n;
            let marked = possessive_mark(ti);
            if marked {
                span.end = ctx.seg.tokens[ti].end;
                ti += 1;
            }
            let possessive = marked || ctx.lang.relate.pronoun.pair_possessives.contains(&word);
            out.extend(pair::expansion(ctx, pair, span, possessive));
            continue;
        }
        // The words after are read only for a pronoun: most tokens are none.
        let antecedent = ctx.lang.relate.pronoun.wants(&word).and_then(|_| {
            let next_words: Vec<String> = ctx.seg.tokens[ti + 1..sentence.tokens.end]
                .iter()
                .take(5)
                .map(|t| lowercase(t.slice(ctx.text)))
                .collect();
            object_reference(ctx, &word, &out, prev)
                .unwrap_or_else(|| pronoun_antecedent(ctx, &word, &out, &next_words, prev))
                // "“It's carnage,” he said": the speaker's "it".
                .filter(|&e| {
                    ctx.kinds.get(e) == Some(&EntityKind::Person)
                        || !unnamed_in_quotation(ctx, tok, e)
                })
        });
        if let Some(entity) = antecedent {
            out.push(Item::Ent {
                entity,
                possessive: possessive_pronouns.contains(&word),
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

/// The word a share is glued to by a hyphen, after the share's mention in
/// one token ending at `end`: "45%-owned", "a 30 percent-held unit" read
/// as the share and "owned", "held".
fn glued_tail<'t>(ctx: &Context<'t>, share: Span, end: usize) -> Option<Item<'t>> {
    let rest = ctx.text.get(share.end..end)?.strip_prefix('-')?;
    let word = Span::new(end - rest.len(), end);
    (!rest.is_empty() && rest.chars().all(char::is_lowercase)).then(|| Item::Word {
        word: lowered(word.slice(ctx.text)),
        span: word,
    })
}

/// True when the mention after `mi` is a name of `entity` with only space
/// between: mention `mi` is a description in front of it.
fn describes_next(ctx: &Context<'_>, mi: usize, entity: usize) -> bool {
    let (m, next) = match (ctx.mentions.get(mi), ctx.mentions.get(mi + 1)) {
        (Some(m), Some(next)) => (m, next),
        _ => return false,
    };
    !next.nominal
        && next.entity == Some(entity)
        && next.span.start >= m.span.end
        && ctx.text[m.span.end..next.span.start].trim().is_empty()
}

/// The place a description names its organisation by: the entity of the
/// place right before mention `n` ("the York company", "the U.S. firm,
/// Keltic"), when `n` is a description that stands for an organisation on
/// its own (no name of it right after), only a space parts the two, an
/// article opens the phrase and another sentence names the organisation
/// with that place ("Ostby Foods makes crisps in York"): the resolution
/// agrees with what the text says of the company. Such a place is no party
/// to the sentence: "Tarn Bank will lend the York company £5m" lends to
/// the company, and the place only locates it (`place_before_org`). A
/// public body's noun ("the U.S. government") is left as it was.
pub(super) fn description_place(ctx: &Context<'_>, n: usize) -> Option<usize> {
    let d = ctx.mentions.get(n)?;
    let org = d.entity?;
    let p = ctx.mentions.get(n.checked_sub(1)?)?;
    let head = d.span.slice(ctx.text).rsplit(' ').next().unwrap_or("");
    let described = d.nominal
        && ctx.kinds.get(org) == Some(&EntityKind::Org)
        && head.starts_with(char::is_lowercase)
        && !ctx.lang.resolve.government_nouns.contains_lowercase(head)
        && !describes_next(ctx, n, org);
    let placed = p.kind == EntityKind::Loc
        && p.span.end <= d.span.start
        && ctx.text[p.span.end..d.span.start].trim().is_empty();
    let article = ctx.text[..p.span.start]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| ctx.lang.resolve.determiners.contains_lowercase(w));
    let loc = p.entity.filter(|_| described && placed && article)?;
    let names = |s: Span, e: usize| {
        ctx.mentions_within(s)
            .any(|m| m.entity == Some(e) && !m.nominal)
    };
    ctx.seg
        .sentences
        .iter()
        .any(|s| !d.span.within(s.span) && names(s.span, loc) && names(s.span, org))
        .then_some(loc)
}

/// "Advanced Micro Devices (AMD) and TSMC": a parenthesis that only repeats
/// the entity before it (an acronym, a ticker's name) is left out of the
/// view, so lists and patterns read on as if it were not there.
fn drop_repeated_parentheticals(items: &mut Vec<Item<'_>>) {
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

/// Pronouns that stand for an entity — "it", "its", "he", "she", "his",
/// "her" not governed by a preposition, read as the previous sentence's
/// subject when its kind fits — as `(span, entity)`, in text order. The
/// pipeline makes them mentions, so each is highlighted and shows in its
/// entity's resolution chain.
pub fn pronoun_references(ctx: &Context<'_>) -> Vec<(Span, usize)> {
    read_pronouns(ctx).references
}

/// What the pronoun pass found: the pronouns' references
/// ([`pronoun_references`]), and what it read of the sentences before the
/// first of them, which [`super::relate_after`] need not read again.
pub struct PronounPass<'t> {
    /// `(span, entity)` of each pronoun, in text order.
    pub references: Vec<(Span, usize)>,
    pub(super) reading: Option<Reading<'t>>,
}

/// The pronoun pass ([`PronounPass`]).
pub fn read_pronouns<'t>(ctx: &Context<'t>) -> PronounPass<'t> {
    let mut references = Vec::new();
    let (_, reading) = walk(ctx, None, true, |_, view, _| {
        references.extend(view.iter().filter_map(|item| match item {
            Item::Ent {
                entity,
                span,
                pronoun: true,
                ..
            } => Some((*span, *entity)),
            _ => None,
        }));
    });
    PronounPass {
        references,
        reading,
    }
}

/// Calls `each(s, view, subject)` for every sentence outside the page
/// furniture, in order, each pronoun standing for the subject of the sentence
/// before. Returns the subject of each sentence, where one was found.
pub(super) fn for_each_sentence(
    ctx: &Context<'_>,
    each: impl FnMut(usize, &[Item], Option<usize>),
) -> Vec<Option<usize>> {
    walk(ctx, None, false, each).0
}

/// What the pronoun pass read before the first sentence in which it
/// resolved a pronoun: those sentences' views and subjects (`None` for
/// page furniture), and the state they leave for the next sentence. The
/// pronouns it resolved become mentions after them, so the relate pass
/// reads those sentences the same (their own mentions keep their indices,
/// a pronoun mention is no name a description is before nor a percentage),
/// unless the added mentions changed the article's main company: it
/// takes them from here rather than build each view twice.
pub(super) struct Reading<'t> {
    main: Option<usize>,
    read: Vec<Option<(Vec<Item<'t>>, Option<usize>)>>,
    prev: Previous,
}

/// [`for_each_sentence`], taking the sentences `reuse` read (when its main
/// company is still the article's) from there; with `record`, also what it
/// read before the first pronoun it resolved ([`Reading`]).
pub(super) fn walk<'t>(
    ctx: &Context<'t>,
    reuse: Option<Reading<'_>>,
    record: bool,
    mut each: impl FnMut(usize, &[Item], Option<usize>),
) -> (Vec<Option<usize>>, Option<Reading<'t>>) {
    let mut subjects = vec![None; ctx.seg.sentences.len()];
    let mut prev = Previous::default();
    let main = posts::main_org(ctx);
    let mut start = 0;
    if let Some(reading) = reuse.filter(|r| r.main == main) {
        if cfg!(debug_assertions) {
            check_reading(ctx, &reading);
        }
        start = reading.read.len();
        for (s, read) in reading.read.into_iter().enumerate() {
            if let Some((view, subject)) = read {
                each(s, &view, subject);
                subjects[s] = subject;
            }
        }
        prev = reading.prev;
    }
    let mut reading = record.then(|| Reading {
        main,
        read: Vec::new(),
        prev: Previous::default(),
    });
    // Whether `reading` still takes each sentence: until one has a pronoun.
    let mut recording = record;
    for (s, slot) in subjects.iter_mut().enumerate().skip(start) {
        if ctx.skip.get(s).copied().unwrap_or(false) {
            if let Some(r) = reading.as_mut().filter(|_| recording) {
                r.read.push(None);
            }
            continue;
        }
        let view = items(ctx, s, &prev);
        let subject = view_subject(ctx, s, &view);
        each(s, &view, subject);
        *slot = subject;
        if recording
            && let Some(r) = reading.as_mut()
            && view
                .iter()
                .any(|item| matches!(item, Item::Ent { pronoun: true, .. }))
        {
            r.prev = prev.clone();
            recording = false;
        }
        advance(ctx, &view, subject, main, &mut prev);
        if let Some(r) = reading.as_mut().filter(|_| recording) {
            r.read.push(Some((view, subject)));
        }
    }
    (subjects, reading)
}

/// The subject of sentence `s`, its view `view`.
fn view_subject(ctx: &Context<'_>, s: usize, view: &[Item]) -> Option<usize> {
    subject_of(ctx.lang, view, ctx.kinds).or_else(|| {
        let sentence = ctx.seg.sentences[s].span;
        sentence_subject(&ctx.lang.resolve, ctx.text, sentence, ctx.mentions, None)
    })
}

/// Debug builds check what a [`Reading`] hands the relate pass: each
/// sentence it read reads the same again with the pronouns as mentions,
/// and leaves the same state.
fn check_reading(ctx: &Context<'_>, reading: &Reading<'_>) {
    let mut prev = Previous::default();
    for (s, read) in reading.read.iter().enumerate() {
        let skipped = ctx.skip.get(s).copied().unwrap_or(false);
        assert_eq!(skipped, read.is_none(), "{s}");
        let Some((view, subject)) = read else {
            continue;
        };
        let fresh = items(ctx, s, &prev);
        assert_eq!(&fresh[..], &view[..], "{s}");
        assert_eq!(view_subject(ctx, s, &fresh), *subject, "{s}");
        advance(ctx, &fresh, *subject, reading.main, &mut prev);
    }
    if reading.read.len() < ctx.seg.sentences.len() {
        assert_eq!(prev, reading.prev);
    }
}

/// What sentence `view` (its subject `subject`) leaves a pronoun of the
/// next sentence: `prev` updated; `main`: the article's main company.
fn advance(
    ctx: &Context<'_>,
    view: &[Item],
    subject: Option<usize>,
    main: Option<usize>,
    prev: &mut Previous,
) {
    // "\"…,\" Keltic said.": the speaker, not a name quoted.
    let speaker = quoted_speaker(ctx, view);
    match fronted_owner(ctx, view, subject) {
        _ if speaker.is_some() => prev.subject = speaker,
        Some(owner) => prev.subject = owner.or(prev.subject),
        None if subject.is_some() => prev.subject = subject,
        None => {}
    }
    // "Keltic's director, P, will join B's board": a sentence about a
    // person leaves the article's main company what it was about, when
    // it names that company and reports no one else's words.
    prev.owner = main.filter(|&m| {
        subject.is_some_and(|s| ctx.kinds.get(s) == Some(&EntityKind::Person))
            && view.iter().any(|item| item.entity() == Some(m))
            && !view.iter().any(|item| {
                ctx.lang
                    .relate
                    .pronoun
                    .reporting_verbs
                    .contains(item.word())
            })
    });
    prev.named = view.iter().filter_map(Item::entity).collect();
    prev.free = ungoverned(ctx, view);
    // Only a pair the sentence opens with: two names an object lists
    // ("sold through the chains A and B") are no parties.
    let pair = pair::coordinated(ctx, view, subject).filter(|&(_, _, led)| led);
    if let Some((a, b, _)) = pair {
        prev.pair = Some((a, b));
    }
    prev.pair_led = pair.is_some();
}

/// "Among its customers is X, which …": a sentence that opens with a
/// preposition and puts its subject after a copula is still about what the
/// fronted phrase's possessive names, not about X (nor about X's owner in
/// "Among the apps shown were X's Y"). The owner that phrase
/// names (`Some(None)` when it names none), or `None` when the sentence
/// is not so inverted.
fn fronted_owner(
    ctx: &Context<'_>,
    view: &[Item],
    subject: Option<usize>,
) -> Option<Option<usize>> {
    let words = &ctx.lang.resolve;
    if !view
        .first()
        .is_some_and(|item| words.prepositions.contains(item.word()))
    {
        return None;
    }
    let subject = subject?;
    // The subject may be a possessive's owner too ("Among the apps shown
    // were X's Y"): the thing owned is the subject, not X.
    let at = view
        .iter()
        .position(|item| matches!(item, Item::Ent { entity, .. } if *entity == subject))?;
    let mut k = at;
    while k > 0 && words.determiners.contains(view[k - 1].word()) {
        k -= 1;
    }
    let copula = k.checked_sub(1)?;
    if !words.copulas.contains(view[copula].word()) {
        return None;
    }
    Some(view[..copula].iter().find_map(|item| match item {
        Item::Ent {
            entity,
            possessive: true,
            ..
        } => Some(*entity),
        _ => None,
    }))
}
