//! The subject of a clause: the first reference not governed by a
//! preposition and not a possessive.

use crate::lang::ResolveWords;
use crate::model::{EntityKind, Mention, Span};
use crate::pipeline::word_shape::is_describing_word;

/// Text right after a span, with a possessive clitic if one follows.
pub(super) fn possessive_after(text: &str, span: Span) -> Option<&'static str> {
    let after = &text[span.end..];
    ["’s", "'s", "’", "'"]
        .into_iter()
        .find(|p| after.starts_with(p) && !after[p.len()..].starts_with(char::is_alphanumeric))
}

/// How many compound describing words may stand between an article and the
/// name it opens ("from the state-backed X").
pub const MODIFIERS: usize = 2;

/// True when the words before a name, nearest first, put it under a
/// preposition: right before it ("in X"), or before an article and at most
/// [`MODIFIERS`] small-letter compound words ("on the London exchange",
/// "from the state-backed X"; not "In the new version X", a head noun).
pub fn governed_by<S: AsRef<str>>(words: &ResolveWords, before: &[S]) -> bool {
    let word = |k: usize| before.get(k).map_or("", AsRef::as_ref);
    if words.prepositions.contains(word(0)) {
        return true;
    }
    (0..=MODIFIERS)
        .take_while(|&k| {
            k == 0 || {
                let w = word(k - 1);
                w.contains('-') && is_describing_word(w)
            }
        })
        .any(|k| words.determiners.contains(word(k)) && words.prepositions.contains(word(k + 1)))
}

/// The entity that is the subject of the clause containing `sentence`, from
/// resolved mentions: the first reference not governed by a preposition and
/// not a possessive; failing that, the first possessive. An article between
/// the preposition and the name ("trade on the London Stock Exchange") still
/// leaves the name governed.
pub fn subject_of(
    words: &ResolveWords,
    text: &str,
    sentence: Span,
    mentions: &[Mention],
    before: Option<usize>,
) -> Option<usize> {
    subject_with(words, text, sentence, mentions, before)
}

fn subject_with(
    words: &ResolveWords,
    text: &str,
    sentence: Span,
    mentions: &[Mention],
    before: Option<usize>,
) -> Option<usize> {
    let limit = before.unwrap_or(sentence.end);
    // Mentions are in text order: start at the sentence, stop at its end.
    let first = mentions.partition_point(|m| m.span.start < sentence.start);
    let refs = mentions[first..]
        .iter()
        .take_while(|m| m.span.start < sentence.end)
        .filter(|m| {
            m.span.within(sentence)
                && m.span.start < limit
                && m.entity.is_some()
                && matches!(
                    m.kind,
                    EntityKind::Person | EntityKind::Org | EntityKind::Misc | EntityKind::Loc
                )
        });
    let preceded_by_prep = |m: &Mention| governed(words, text, sentence.start, m);
    // The first free possessive before the first free name, and that
    // name: the references past it are never read, so their words are
    // never looked at.
    let mut owner: Option<&Mention> = None;
    let mut named: Option<&Mention> = None;
    // Where the possessive of a governed name ends: "from Keltic's Orvo
    // unit" puts Orvo under the preposition too.
    let mut governed_owner: Option<usize> = None;
    for m in refs {
        let owned = governed_owner
            .take()
            .is_some_and(|end| end <= m.span.start && text[end..m.span.start].trim().is_empty());
        if owned || preceded_by_prep(m) {
            governed_owner = possessive_after(text, m.span).map(|clitic| m.span.end + clitic.len());
            continue;
        }
        // A place is no subject; read only to put the name it owns under
        // its preposition ("buys it from China's Keltic").
        if m.kind == EntityKind::Loc {
            continue;
        }
        if possessive_after(text, m.span).is_none() {
            named = Some(m);
            break;
        }
        owner = owner.or(Some(m));
    }
    match (owner, named) {
        // "Keltic's rivals are A and B": the possessive's phrase was the
        // subject, and the names after the verb are the predicate's.
        (Some(o), Some(n))
            if possessor_leads(
                words,
                text[o.span.end..n.span.start]
                    .split(|c: char| !c.is_alphanumeric())
                    .map(str::to_lowercase),
            ) =>
        {
            o.entity
        }
        (_, Some(n)) => n.entity,
        // "Among the games shown were Keltic's Orvo, …": after a fronted
        // phrase and a copula, the possessive's thing is the subject, not
        // its owner.
        (Some(o), None) if inverted_after(words, &text[sentence.start..o.span.start]) => None,
        (o, None) => o.and_then(|o| o.entity),
    }
}

/// True when a preposition governs mention `m` of the clause or sentence
/// starting at `from`: right before it, past an article and hyphenated
/// words ("from the state-backed X"), past an article and a description
/// ("to the Lyon spice merchant X"), or, for a description, past capitals
/// ("owned by the Veronese group").
pub(super) fn governed(words: &ResolveWords, text: &str, from: usize, m: &Mention) -> bool {
    let before = text[from.min(m.span.start)..m.span.start].trim_end();
    let prev: Vec<String> = before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(MODIFIERS + 2)
        .map(str::to_lowercase)
        .collect();
    governed_by(words, &prev)
        || described_object(words, before)
        || (m.nominal && governed_past_capitals(words, before))
}

/// True when `before`, the words of a sentence before a name, opens with a
/// preposition and ends with a copula and any determiners: the name opens
/// the subject a fronted phrase inverted ("Among the products shown were
/// X's …").
fn inverted_after(words: &ResolveWords, before: &str) -> bool {
    let lower: Vec<String> = before.split_whitespace().map(str::to_lowercase).collect();
    let Some(first) = lower.first() else {
        return false;
    };
    let last = lower
        .iter()
        .rev()
        .find(|w| !words.determiners.contains(w.as_str()));
    words.prepositions.contains(first.as_str())
        && last.is_some_and(|w| words.copulas.contains(w.as_str()))
}

/// True when a preposition and an article govern a description past at
/// most [`MODIFIERS`] capitalised words ("owned by the Veronese group"):
/// the description is that preposition's object, no subject.
fn governed_past_capitals(words: &ResolveWords, before: &str) -> bool {
    let tokens: Vec<&str> = before.split_whitespace().rev().collect();
    let capitals = tokens
        .iter()
        .take(MODIFIERS)
        .take_while(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        .count();
    let rest: Vec<String> = tokens[capitals..]
        .iter()
        .take(2)
        .map(|w| w.to_lowercase())
        .collect();
    capitals > 0
        && rest.len() == 2
        && words.determiners.contains(&rest[0])
        && words.prepositions.contains(&rest[1])
}

/// How many words a description between an article and the name it
/// introduces may hold after a preposition ("to the Lyon spice merchant X").
const DESCRIPTION_WORDS: usize = 4;

/// True when `before` (a clause's text up to a name) ends in a preposition
/// past its clause's first word, an article and a description whose last
/// word is a small-letter noun: "goes to cafés and to the Lyon spice
/// merchant X", "belongs to the Oslo sporting-goods company X". The name is that preposition's object, no subject. A preposition
/// that opens the clause ("In the new version X …") is left out: what
/// follows may be the clause's subject.
fn described_object(words: &ResolveWords, before: &str) -> bool {
    let tokens: Vec<&str> = before.split_whitespace().collect();
    let n = tokens.len();
    // The noun right before the name: "merchant" of "the spice merchant X".
    if !tokens
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase) && w.chars().all(is_description_char))
    {
        return false;
    }
    for k in 1..=DESCRIPTION_WORDS.min(n) {
        if !tokens[n - k].chars().all(is_description_char) {
            return false;
        }
        // `k` description words, the article before them, and before that
        // the preposition, past the clause's first word; "and" joins.
        let (Some(article), Some(preposition)) = (
            n.checked_sub(k + 1).map(|p| tokens[p].to_lowercase()),
            n.checked_sub(k + 2).filter(|&p| p > 0).map(|p| tokens[p]),
        ) else {
            continue;
        };
        if words.determiners.contains(&article)
            && words.prepositions.contains(preposition)
            && !words.clause_conjunctions.contains(preposition)
        {
            return true;
        }
    }
    false
}

/// A letter of a description's word, or its hyphen ("sporting-goods").
fn is_description_char(c: char) -> bool {
    c.is_alphabetic() || c == '-'
}

/// True when the words from a possessive name that opens a clause to the
/// next name hold a finite auxiliary ("Keltic's rivals are A and B",
/// "Keltic's food is sold through A"): the possessive's phrase is the
/// subject, so that name is no subject. Shared by resolution and relation
/// extraction, which read a clause's subject alike.
pub fn possessor_leads<S: AsRef<str>>(
    words: &ResolveWords,
    between: impl IntoIterator<Item = S>,
) -> bool {
    between
        .into_iter()
        .any(|w| words.finite_auxiliaries.contains(w.as_ref()))
}

/// How many words a verb group between a subject and its object may hold
/// ("has agreed to lend").
const VERB_GROUP_WORDS: usize = 4;

/// True when the description at `span` is the object of the verb right
/// after `subject`, the nearest name before it in `sentence`: only a short
/// verb group of small-letter words stands between them ("Tarn Bank has
/// lent the workshop …", "… that Tarn Bank agreed to lend the spa
/// company"). A description cannot be its own clause's subject in object
/// position; a reporting verb or a complementiser ("said that the company
/// …") opens a clause whose subject it may be.
pub(super) fn object_of_subject(
    lang: &ResolveWords,
    text: &str,
    before: &[Mention],
    sentence: Span,
    span: Span,
    subject: usize,
) -> bool {
    let Some(last) = before
        .iter()
        .rev()
        .find(|m| m.entity.is_some() && m.kind.is_name() && m.span.end <= span.start)
        .filter(|m| m.span.start >= sentence.start && m.entity == Some(subject))
    else {
        return false;
    };
    if possessive_after(text, last.span).is_some() {
        return false;
    }
    let words: Vec<&str> = text[last.span.end..span.start].split_whitespace().collect();
    (1..=VERB_GROUP_WORDS).contains(&words.len())
        && words.iter().all(|w| w.chars().all(|c| c.is_lowercase()))
        && !words.iter().any(|w| {
            lang.reporting_verbs.contains(w)
                || lang.complementisers.contains(w)
                || lang.relative_pronouns.contains(w)
                || lang.clause_conjunctions.contains(w)
                || lang.copulas.contains(w) && words.len() == 1
        })
        && !words.last().is_some_and(|w| lang.prepositions.contains(w))
}

/// How many words may stand between a clause's subject and the reporting
/// verb after it ("It also said", "General Motors has said").
const BEFORE_REPORTING: usize = 3;

/// True when the description at `span` stands in the clause a reporting
/// verb opens right after `subject`, the speaker ("General Motors stated
/// that the company would …", "It said Jon Hale has joined the company"),
/// and that clause names no organisation of its own and no "it" before
/// the description ("… said Brask would buy the company", "… said it would
/// invest in the company" mean another). The speaker's last mention in
/// the sentence is where it stands; with none (a subject pronoun), the
/// sentence's start.
pub(super) fn reported_by(
    lang: &ResolveWords,
    text: &str,
    before: &[Mention],
    sentence: Span,
    span: Span,
    subject: usize,
) -> bool {
    let from = sentence.start.min(span.start);
    let speaker_end = before
        .iter()
        .rev()
        .take_while(|m| m.span.start >= from)
        .find(|m| m.entity == Some(subject) && m.span.end <= span.start)
        .map_or(from, |m| m.span.end);
    let mut at = speaker_end;
    let mut verb_end = None;
    for (k, piece) in text[speaker_end..span.start]
        .split_inclusive(char::is_whitespace)
        .enumerate()
    {
        at += piece.len();
        let word = piece.trim().trim_matches(|c: char| !c.is_alphanumeric());
        if k > BEFORE_REPORTING || piece.contains(',') {
            break;
        }
        if lang.reporting_verbs.contains_lowercase(word) {
            verb_end = Some(at);
            break;
        }
    }
    let Some(verb_end) = verb_end else {
        return false;
    };
    let own_org = before.iter().any(|m| {
        m.span.start >= verb_end
            && m.span.end <= span.start
            && m.entity.is_some_and(|e| e != subject)
            && matches!(m.kind, EntityKind::Org | EntityKind::Misc)
    });
    let own_it = text[verb_end..span.start]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(&lang.subject_pronoun));
    !own_org && !own_it
}

/// The entity a relative clause that holds the description at `at` is
/// about: the name right before ", which" (or another relative pronoun)
/// when that clause runs, comma-free, up to the description.
pub(super) fn relative_antecedent(
    lang: &ResolveWords,
    text: &str,
    before: &[Mention],
    sentence: Span,
    at: usize,
) -> Option<usize> {
    let m = &before[before_relative(lang, text, before, sentence, at)?];
    (m.span.start >= sentence.start.min(at))
        .then_some(m.entity)
        .flatten()
}

/// The mention right before the ", which" (or another relative pronoun)
/// that opens the clause holding `at`, with nothing but space between
/// them: its index in `before`.
fn before_relative(
    lang: &ResolveWords,
    text: &str,
    before: &[Mention],
    sentence: Span,
    at: usize,
) -> Option<usize> {
    let from = sentence.start.min(at);
    let comma = from + text[from..at].rfind(", ")?;
    let pronoun = text[comma + 2..at].split_whitespace().next()?;
    if !lang.relative_pronouns.contains_lowercase(pronoun) {
        return None;
    }
    let p = before
        .iter()
        .rposition(|m| m.span.end <= comma && m.entity.is_some())?;
    text[before[p].span.end..comma]
        .trim()
        .is_empty()
        .then_some(p)
}

/// The organisation whose post introduced the person a relative clause
/// holding `at` is about: "Keltic's chairman, Jon Hale, whose grandfather
/// founded the company" — Keltic, the company that clause means.
pub(super) fn post_holder(
    lang: &ResolveWords,
    text: &str,
    before: &[Mention],
    sentence: Span,
    at: usize,
) -> Option<usize> {
    let from = sentence.start.min(at);
    let p = before_relative(lang, text, before, sentence, at)?;
    let person = &before[p];
    if person.kind != EntityKind::Person {
        return None;
    }
    // The post's own words may be a title mention ("chairman").
    let owner = before[..p]
        .iter()
        .rev()
        .find(|m| m.kind != EntityKind::Title)?;
    let clitic = possessive_after(text, owner.span)?;
    let post = text[owner.span.end + clitic.len()..person.span.start].trim_end();
    let post = post.strip_suffix(',')?;
    let is_post = !post.trim().is_empty()
        && post
            .split_whitespace()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    (is_post
        && owner.span.start >= from
        && matches!(owner.kind, EntityKind::Org | EntityKind::Misc))
    .then_some(owner.entity)
    .flatten()
}

/// How many sentences a pronoun opens ("It buys … . Its largest customer
/// is …") the subject a description continues may stand back past.
const PRONOUN_SENTENCES: usize = 2;

/// The sentence whose subject a description opening the sentence after
/// sentence `p` continues: sentence `p`, or, past the sentences the subject
/// pronoun or its possessive opens ("X makes … . It buys … from Y. Its
/// largest customer is Z. The company …": X, not Y or Z), the one before
/// them.
pub(super) fn subject_sentence(
    words: &ResolveWords,
    text: &str,
    sentences: &[Span],
    p: usize,
) -> Option<Span> {
    let opened = |s: Span| {
        s.slice(text).split_whitespace().next().is_some_and(|w| {
            w.eq_ignore_ascii_case(&words.subject_pronoun)
                || w.eq_ignore_ascii_case(&words.possessive_pronoun)
        })
    };
    let mut k = p;
    for _ in 0..PRONOUN_SENTENCES {
        if !opened(*sentences.get(k)?) {
            break;
        }
        k = k.checked_sub(1)?;
    }
    sentences.get(k).copied()
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::resolved;

    #[test]
    fn a_possessive_before_a_finite_verb_is_the_subject_not_the_names_after() {
        // "Keltic Foods' bread is sold through A and B": the list after the
        // verb is the predicate's, so "the company" next is Keltic Foods.
        let text = "Keltic Foods bakes bread in Oslo. \
                    Keltic Foods' bread is sold through Brask Markets and the online grocer Orvo Shop. \
                    The company also has a credit line from Tarn Bank.";
        assert_eq!(
            resolved(text, "The company").as_deref(),
            Some("Keltic Foods")
        );
    }

    #[test]
    fn a_name_after_a_preposition_an_article_and_a_description_is_no_subject() {
        // "goes to the Lyon spice merchant Orvo Trading": the merchant is
        // the preposition's object, so "The company" next is the grower.
        let text = "Keltic Saffran AB grows saffron near Visby. \
                    Keltic Saffran AB owns 40 hectares of fields. \
                    Most of the crop goes to cafés and to the Lyon spice merchant \
                    Orvo Trading, which sells it in Seoul. \
                    The company's chief executive, Ana Berg, said the fields would grow.";
        assert_eq!(
            resolved(text, "The company").as_deref(),
            Some("Keltic Saffran AB")
        );
    }
}
