//! Descriptions by a word the text itself gave one organisation: the head
//! of its name ("Tarnby Bindery Ltd" … "the bindery"), the noun right
//! before its name ("saffron grower Vorsana" … "the grower") or the head of
//! an apposition after it ("Vorsana, a foundry in Arles" … "the foundry").
//! The fixed description heads cannot list every trade; the text names the
//! one it means. A noun written right after the name says what it is too
//! ("the Allied Motor Workers union" … "the union"), and a body of members
//! is "the union" or "the association" whichever of those its name ends on.

use rustc_hash::FxHashMap;

use crate::lang::{ResolveWords, lowercase, words_back};
use crate::model::{Entity, EntityKind, Mention, Span};
use crate::pipeline::word_shape::{is_describing_word, with_capital};

/// How many words an apposition's noun phrase may run to its head ("a
/// family-owned glass workshop").
const APPOSITION_WORDS: usize = 4;

/// Shortest head word taken (no "co", "arm").
const MIN_HEAD_LEN: usize = 4;

/// How strongly a word names an organisation's trade: the text's own
/// description outranks a word of the name.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    /// Another last word of a body of members than its name's own ("the
    /// union" for "… Pilots' Association"): the weakest, yielding to any
    /// organisation the text gave the word itself.
    Member,
    Name,
    Described,
}

/// True for a head worth taking: small letters (a hyphen allowed), not a
/// plural ("partners", "works" name several), not a generic head.
fn usable(lang: &ResolveWords, word: &str) -> bool {
    let mut last = word.chars().rev();
    let plural = last.next() == Some('s') && last.next() != Some('s');
    word.chars().count() >= MIN_HEAD_LEN
        && is_describing_word(word)
        && word.chars().any(char::is_alphabetic)
        && !plural
        && !lang.generic_heads.contains(word)
        && !lang.prepositions.contains(word)
        && !lang.determiners.contains(word)
        && !lang.relative_pronouns.contains(word)
}

/// The head of an organisation's name: its last word before "of" or a
/// legal suffix, when the name has another word before it ("Tarnby
/// Observatory", "National Library of Arden").
fn name_head(lang: &ResolveWords, name: &str) -> Option<String> {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    if let Some(of) = words.iter().position(|w| lang.prepositions.contains(w)) {
        words.truncate(of);
    }
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| lang.legal_suffixes.contains_lowercase(w))
    {
        words.pop();
    }
    if words.len() < 2 {
        return None;
    }
    let last = words.last()?;
    let mut chars = last.chars();
    let first = chars.next()?;
    (first.is_uppercase() && chars.clone().all(|c| c.is_lowercase()))
        .then(|| lowercase(last))
        .filter(|w| usable(lang, w))
}

/// True for a word that opens or describes a noun phrase before its head:
/// a capitalised word with no punctuation ("Walsall", "Danish") that is no
/// determiner.
fn capitalised_modifier(lang: &ResolveWords, word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !lang.determiners.contains_lowercase(word)
}

/// The noun right before a name that describes it ("Walsall saddler X",
/// "the saffron grower X"): a small-letter word after a capitalised
/// modifier, or after a small-letter modifier that itself follows a
/// determiner or a capitalised modifier. A bare "the price X" (a clause
/// after a noun), "a former X" or a verb after an auxiliary ("the Orvo
/// Council has fined X") describes nothing.
fn premodifier<'t>(lang: &ResolveWords, before: &'t str) -> Option<&'t str> {
    let before = before.strip_suffix(' ')?;
    if before.ends_with(char::is_whitespace) {
        return None;
    }
    let mut words = words_back(before);
    let head = words.next().filter(|w| usable(lang, w))?;
    let modifier = words.next()?;
    if capitalised_modifier(lang, modifier) {
        return Some(head);
    }
    let opener = words.next()?;
    let described = is_describing_word(modifier)
        && !lang.determiners.contains(modifier)
        && !lang.prepositions.contains(modifier)
        && !lang.finite_auxiliaries.contains(modifier)
        && (lang.determiners.contains_lowercase(opener) || capitalised_modifier(lang, opener));
    described.then_some(head)
}

/// The noun right after a name that says what the organisation is ("the
/// Allied Motor Workers union", "Zastava arms factory"), at most one
/// small-letter word between: a noun of `body_nouns` or a last word of a
/// body of members, then no more word of the phrase. Most nouns after a
/// name are something of the organisation's ("the Boeing jet", "Apple
/// shares"), never the organisation itself: only the listed nouns count.
fn postnoun(lang: &ResolveWords, after: &str) -> Option<String> {
    // The small-letter word at the start of `s`, and what follows it.
    fn word(s: &str) -> (&str, &str) {
        let end = s
            .find(|c: char| !(c.is_lowercase() || c == '-'))
            .unwrap_or(s.len());
        s.split_at(end)
    }
    let body = |w: &str| lang.body_nouns.contains(w) || lang.member_heads.contains(w);
    let (first, rest) = word(after.strip_prefix(' ')?);
    let (head, rest) = if body(first) {
        (first, rest)
    } else {
        let modifier = !first.is_empty()
            && !lang.determiners.contains(first)
            && !lang.prepositions.contains(first)
            && !lang.finite_auxiliaries.contains(first)
            && !lang.relative_pronouns.contains(first)
            && !lang.reporting_verbs.contains(first);
        let (second, rest) = word(rest.strip_prefix(' ').filter(|_| modifier)?);
        (second, rest)
    };
    let closed = !rest.starts_with(|c: char| c.is_alphanumeric());
    (body(head) && closed && usable(lang, head)).then(|| head.to_owned())
}

/// The head of an apposition right after a name (", a foundry in …", ", an
/// Arles workshop that …", ", the tannery in …"): its last small-letter
/// word before a preposition, a relative pronoun or punctuation. A
/// definite one must end on a noun of trade: not on a reporting verb ("X,
/// the company said"), a word that ranks ("X, the second in Europe"), a
/// superlative ("the largest") or a participle ("the so-called").
fn apposition_head(lang: &ResolveWords, after: &str) -> Option<String> {
    let rest = after.strip_prefix(", ")?;
    // Any determiner but the demonstratives a description opens with.
    // A determiner that opens descriptions too ("the") makes it definite.
    let (definite, rest) = lang.determiners.iter().find_map(|d| {
        let definite = lang.description_determiners.contains(d);
        Some((definite, rest.strip_prefix(d)?.strip_prefix(' ')?))
    })?;
    let mut head = None;
    // A definite one must close within its words: "X, the two rivals
    // that both …" ends at "that", "X, the water and sewage company" is a
    // coordination whose head is past the "and".
    let mut closed = false;
    for word in rest.split_whitespace().take(APPOSITION_WORDS) {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        let low = lowercase(bare);
        // "X, the buyer said": a reporting tag, no apposition.
        if definite
            && (lang.reporting_verbs.contains(&low) || lang.clause_conjunctions.contains(&low))
        {
            return None;
        }
        if lang.prepositions.contains(&low)
            || lang.relative_pronouns.contains(&low)
            || lang.complementisers.contains(&low)
        {
            closed = true;
            break;
        }
        head = Some(low);
        if bare.len() != word.len() {
            closed = true;
            break;
        }
    }
    // A rank word, or an ending of one ("-est") the list gives after a hyphen.
    let ranks = |h: &str| {
        lang.rank_words.contains(h)
            || lang
                .rank_words
                .iter()
                .any(|w| w.strip_prefix('-').is_some_and(|end| h.ends_with(end)))
    };
    head.filter(|h| usable(lang, h) && !(definite && (ranks(h) || !closed)))
}

/// Fills in where each of `articles` stands before a space in `text`, in
/// text order: every such place, overlapping ones too.
fn article_starts(text: &str, articles: &mut [(String, Vec<usize>)]) {
    let bytes = text.as_bytes();
    // The last byte of some article: most words end in none.
    let mut last = [false; 256];
    for (article, _) in articles.iter() {
        if let Some(&b) = article.as_bytes().last() {
            last[usize::from(b)] = true;
        }
    }
    // Byte by byte: a search for each space (one word in six) and a
    // library compare for each candidate cost more than the compares.
    for (space, &b) in bytes.iter().enumerate() {
        if b != b' ' || space == 0 || !last[usize::from(bytes[space - 1])] {
            continue;
        }
        for (article, at) in articles.iter_mut() {
            let a = article.as_bytes();
            if space >= a.len()
                && a.iter()
                    .rev()
                    .zip(bytes[..space].iter().rev())
                    .all(|(x, y)| x == y)
            {
                at.push(space - a.len());
            }
        }
    }
}

/// The descriptions ("the bindery") that stand for the one organisation
/// the text gave their head word, as `(span, entity)` in text order: each
/// after that organisation's first mention, inside no other mention, and
/// not itself right before a name ("the grower Vorsana" is the name's own
/// apposition).
pub fn trade_descriptions(
    lang: &ResolveWords,
    text: &str,
    mentions: &[Mention],
    entities: &[Entity],
) -> Vec<(Span, usize)> {
    // Head word → (strength, organisations), the strongest kept.
    let mut heads: FxHashMap<String, (Source, Vec<usize>)> = FxHashMap::default();
    let add = |heads: &mut FxHashMap<String, (Source, Vec<usize>)>,
               word: String,
               source: Source,
               e: usize| {
        let slot = heads.entry(word).or_insert((source, Vec::new()));
        if source > slot.0 {
            *slot = (source, Vec::new());
        }
        if source == slot.0 && !slot.1.contains(&e) {
            slot.1.push(e);
        }
    };
    let mut first_at: Vec<Option<usize>> = vec![None; entities.len()];
    for (e, entity) in entities.iter().enumerate() {
        if entity.kind != EntityKind::Org {
            continue;
        }
        if let Some(h) = name_head(lang, &entity.name) {
            add(&mut heads, h, Source::Name, e);
        }
        for m in entity.mentions.iter().filter_map(|&i| mentions.get(i)) {
            if m.nominal {
                continue;
            }
            first_at[e] = Some(first_at[e].map_or(m.span.start, |f| f.min(m.span.start)));
            if let Some(word) = premodifier(lang, &text[..m.span.start]) {
                add(&mut heads, word.to_owned(), Source::Described, e);
            }
            if let Some(h) = apposition_head(lang, &text[m.span.end..]) {
                add(&mut heads, h, Source::Described, e);
            }
            if let Some(h) = postnoun(lang, &text[m.span.end..]) {
                add(&mut heads, h, Source::Described, e);
            }
        }
    }
    // "The walkout was called by the … Pilots' Association. The union
    // had rejected …": a body of members goes by any of their last words.
    let members: Vec<usize> = heads
        .iter()
        .filter(|(h, _)| lang.member_heads.contains(h))
        .flat_map(|(_, (_, es))| es.iter().copied())
        .collect();
    for e in members {
        for word in lang.member_heads.iter().filter(|w| usable(lang, w)) {
            add(&mut heads, word.to_owned(), Source::Member, e);
        }
    }
    if heads.values().all(|(_, es)| es.len() != 1) {
        return Vec::new();
    }
    // Each article as written and capitalised, with everywhere it stands
    // before a space: found in one pass over the text's spaces, not in a
    // scan of the text per head and article (3% of a batch).
    let mut articles: Vec<(String, Vec<usize>)> = lang
        .description_determiners
        .iter()
        .flat_map(|d| [d.to_owned(), with_capital(d)])
        .filter(|article| !article.is_empty())
        .map(|article| (article, Vec::new()))
        .collect();
    article_starts(text, &mut articles);
    let mut out = Vec::new();
    for (head, (_, es)) in &heads {
        let [e] = es[..] else {
            continue;
        };
        let Some(first) = first_at[e] else {
            continue;
        };
        for (article, starts) in &articles {
            // The matches of "{article} {head}" left to right, none
            // overlapping the one before (as `match_indices` gives them).
            let mut taken = 0;
            for &at in starts {
                let from = at + article.len() + 1;
                if at < taken || !text[from..].starts_with(head.as_str()) {
                    continue;
                }
                let end = from + head.len();
                taken = end;
                let bounded = !text[..at].ends_with(char::is_alphanumeric)
                    && !text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
                let before_name = text[end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_uppercase));
                // "X, the owner of Y": the apposition is the name's own.
                let apposition = text[..at].strip_suffix(", ").is_some_and(|b| {
                    mentions
                        .iter()
                        .any(|m| !m.nominal && m.entity == Some(e) && m.span.end == b.len())
                });
                let span = Span::new(at, end);
                let inside = mentions
                    .iter()
                    .any(|m| m.span.start < span.end && span.start < m.span.end);
                if bounded && !before_name && !apposition && at > first && !inside {
                    out.push((span, e));
                }
            }
        }
    }
    out.sort_by_key(|&(s, _)| s.start);
    out
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::resolved;

    #[test]
    fn a_name_s_head_word_stands_for_it() {
        let text = "Quorvane Bindery Ltd will repair 900 books for Halvex Books. \
                    The bindery's leather comes from Trenlow Tannery.";
        assert_eq!(
            resolved(text, "The bindery").as_deref(),
            Some("Quorvane Bindery Ltd")
        );
    }

    #[test]
    fn a_noun_before_a_name_or_an_apposition_gives_the_head() {
        let text = "Halvex Foods bought the saffron grower Vorsana Campo for $9 million. \
                    The grower's founders keep 30%.";
        assert_eq!(
            resolved(text, "The grower").as_deref(),
            Some("Vorsana Campo")
        );
        let text = "Drennick Leather, a tannery in Arles, won the order from Halvex Foods. \
                    Halvex Foods said the tannery would deliver in May.";
        assert_eq!(
            resolved(text, "the tannery").as_deref(),
            Some("Drennick Leather")
        );
    }

    #[test]
    fn a_definite_apposition_gives_the_head() {
        let text = "Maroquinerie Vézelay now owns 51% of Conceria Orsolina S.p.A., the tannery in \
                    Pisa that dyes its calfskin, after buying 21% from the tannery's chairman, \
                    Lapo Orsolini.";
        assert_eq!(
            resolved(text, "the tannery's").as_deref(),
            Some("Conceria Orsolina S.p.A.")
        );
        let text = "Quellby Ltd, the Zürich bakery, sold bread to Halvex Foods. \
                    The bakery's owners keep 30%.";
        assert_eq!(resolved(text, "The bakery").as_deref(), Some("Quellby Ltd"));
    }

    #[test]
    fn a_definite_apposition_that_ranks_or_reports_gives_no_head() {
        let text = "Halvex Foods bought Quellby Farms, the second in Spain. \
                    Sales in the second quarter rose.";
        assert_eq!(resolved(text, "the second"), None);
        let text = "Halvex Foods bought Quellby Farms, the largest in Spain. \
                    It made the largest offer.";
        assert_eq!(resolved(text, "the largest"), None);
        let text = "Halvex Foods will buy Quellby Ltd, the bakery said. \
                    The bakery will keep its staff.";
        assert_eq!(resolved(text, "The bakery"), None);
        // Coordinated modifiers and an unfinished phrase give no head.
        let text = "Halvex Foods lends to Quellby Ltd, the water and sewage company serving Arles. \
                    The water is clean.";
        assert_eq!(resolved(text, "The water"), None);
        let text = "Halvex Foods lost ground to Quellby Ltd, the two rivals that both firms \
                    feared. Sales of that both rose.";
        assert_eq!(resolved(text, "that both"), None);
    }

    #[test]
    fn a_definite_apposition_is_no_description_of_its_name() {
        // Set off after another name, the description is still one.
        let text = "Halvex Foods bought Quellby Dairy AG on Monday. Jon Hale, the dairy's \
                    chairman, will join the board.";
        assert_eq!(
            resolved(text, "the dairy").as_deref(),
            Some("Quellby Dairy AG")
        );
        // "Quellby Ltd, the owner of Orvo Park": the apposition itself
        // stays the name's, not a second mention of it.
        let text = "Halvex Foods ranks behind Quellby Ltd, the owner of Orvo Park, and Tarn Parks. \
                    The owner of Orvo Park bought it in 2019.";
        let a = crate::pipeline::tests::analysis(text);
        let first = text.find("the owner").expect("in the text");
        assert!(!a.mentions.iter().any(|m| m.span.start == first));
    }

    #[test]
    fn a_verb_after_an_auxiliary_is_no_trade() {
        let text = "The Velmar Council has fined Quorvane Bindery Ltd. \
                    The firm will pay, and this fined sum is its largest.";
        assert_eq!(resolved(text, "this fined"), None);
    }

    #[test]
    fn a_noun_after_a_name_gives_the_head() {
        let text = "Halvex Foods will close its bakery in Arles. Most of the 400 bakers \
                    there belong to the Provence Bakery Workers union. The union's \
                    secretary, Jean Morel, said it would strike.";
        assert_eq!(
            resolved(text, "The union").as_deref(),
            Some("Provence Bakery Workers")
        );
        let text = "Workers at Velmar's Quorvane arms factory went on strike on Monday. \
                    The factory's director, Ivo Brandt, said he would not resign.";
        assert_eq!(resolved(text, "The factory").as_deref(), Some("Quorvane"));
        // A noun of what a company makes is no noun of the company.
        let text = "Halvex Foods said the Quorvane chip would ship in May. \
                    The chip's maker did not comment.";
        assert_eq!(resolved(text, "The chip"), None);
    }

    #[test]
    fn a_body_of_members_goes_by_any_of_their_last_words() {
        let text = "The strike was called by the Orvo Train Drivers' Association, which \
                    represents 900 drivers. The union rejected a 2% rise, said its \
                    president, Lena Holm.";
        assert_eq!(
            resolved(text, "The union").as_deref(),
            Some("Orvo Train Drivers' Association")
        );
        // The body the text itself calls a union, not the association.
        let text = "The Orvo Train Drivers' Association and the Tarn Rail Workers Union \
                    met Halvex Rail on Monday. The union rejected a 2% rise.";
        assert_eq!(
            resolved(text, "The union").as_deref(),
            Some("Tarn Rail Workers Union")
        );
        // Two associations: "the union" is either, so neither.
        let text = "The Orvo Train Drivers' Association and the Tarn Rail Guards' \
                    Association met Halvex Rail on Monday. The union rejected a 2% rise.";
        assert_eq!(resolved(text, "The union"), None);
    }

    #[test]
    fn a_head_two_organisations_share_stands_for_neither() {
        let text = "The saffron grower Vorsana Campo and the saffron grower Quellby Farms merged. \
                    The grower's founders keep 30%.";
        assert_eq!(resolved(text, "The grower"), None);
    }
}
