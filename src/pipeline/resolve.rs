//! Mentions → entities: exact and case variants, possessives, legal suffixes,
//! surnames and first names, acronyms, and nominal references ("the startup",
//! "this joint venture") linked to the organisation they stand for. Each link
//! records the rule that made it.

use rustc_hash::FxHashMap;

use crate::model::{AliasLink, Entity, EntityKind, Mention, Provenance, Span};

use super::tag::Candidate;

/// Heads of descriptions that refer to a joint undertaking rather than a company.
const VENTURE_HEADS: &[&str] = &[
    "venture",
    "joint venture",
    "project",
    "initiative",
    "consortium",
    "alliance",
];

/// Last words of names that make them undertakings (projects, funds, alliances).
const VENTURE_NAME_ENDS: &[&str] = &[
    "project",
    "initiative",
    "program",
    "programme",
    "fund",
    "alliance",
    "consortium",
    "venture",
    "partnership",
    "coalition",
];

/// Words after a name and a comma that describe it as an undertaking: "X, a collaboration…".
const VENTURE_APPOSITIONS: &[&str] = &[
    "collaboration",
    "joint venture",
    "venture",
    "project",
    "initiative",
    "consortium",
    "alliance",
    "partnership",
    "coalition",
];

/// Legal-form suffixes dropped when comparing organisation names.
const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "co",
    "co.",
    "ltd",
    "ltd.",
    "limited",
    "llc",
    "plc",
    "ag",
    "sa",
    "s.a.",
    "nv",
    "n.v.",
    "se",
    "gmbh",
    "group",
    "holdings",
];

/// Small words ignored when forming acronyms.
const ACRONYM_STOP: &[&str] = &["of", "and", "the", "for", "&", "de", "on", "in"];

/// Prepositions: a name right after one is not the subject of its clause.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "in",
    "of",
    "with",
    "for",
    "to",
    "into",
    "from",
    "by",
    "as",
    "beyond",
    "like",
    "between",
    "on",
    "at",
    "about",
    "regarding",
    "than",
    "over",
    "against",
    "among",
    "including",
    "and",
    "or",
    "toward",
    "towards",
    "via",
];

/// Output of resolution.
#[derive(Clone, Debug, Default)]
pub struct Resolution {
    /// Mentions, sorted, each with its entity.
    pub mentions: Vec<Mention>,
    /// Entities in order of first mention.
    pub entities: Vec<Entity>,
}

/// The surface of a name with a possessive clitic and surrounding "the" removed.
pub fn strip_possessive(s: &str) -> &str {
    let s = s.trim();
    let s = s
        .strip_suffix("’s")
        .or_else(|| s.strip_suffix("'s"))
        .unwrap_or(s);
    s.trim_end_matches(['’', '\''])
}

/// Comparison key of a name: lower case, no possessive, no legal suffix, no leading "the".
pub fn name_key(s: &str) -> String {
    let s = strip_possessive(s);
    let mut words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
    if words.first().is_some_and(|w| w == "the") && words.len() > 1 {
        words.remove(0);
    }
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| LEGAL_SUFFIXES.contains(&w.as_str()))
    {
        words.pop();
    }
    words.join(" ")
}

fn acronym_of(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !ACRONYM_STOP.contains(&w.to_lowercase().as_str()))
        .collect();
    if words.len() < 2 {
        return None;
    }
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    initials.chars().all(char::is_uppercase).then_some(initials)
}

fn is_acronym(s: &str) -> bool {
    let n = s.chars().count();
    (2..=6).contains(&n) && s.chars().all(|c| c.is_ascii_uppercase())
}

/// Text right after a span, with a possessive clitic if one follows.
fn possessive_after(text: &str, span: Span) -> Option<&'static str> {
    let after = &text[span.end..];
    ["’s", "'s", "’", "'"]
        .into_iter()
        .find(|p| after.starts_with(p) && !after[p.len()..].starts_with(char::is_alphanumeric))
}

struct Cluster {
    mentions: Vec<usize>,
    rules: Vec<&'static str>,
}

/// Groups candidate mentions into entities. `sentences` are sorted sentence spans.
/// `headlines` are title-case sentences, where a short form may precede the full name.
pub fn resolve(
    text: &str,
    candidates: Vec<Candidate>,
    sentences: &[Span],
    headlines: &[Span],
) -> Resolution {
    let mut mentions: Vec<Mention> = Vec::with_capacity(candidates.len());
    let mut heads: Vec<Option<String>> = Vec::with_capacity(candidates.len());
    for c in candidates {
        mentions.push(c.mention);
        heads.push(c.head);
    }
    let names: Vec<usize> = (0..mentions.len())
        .filter(|&i| mentions[i].kind.is_name() && !mentions[i].nominal)
        .collect();

    // 1. Exact keys (case, possessive, legal suffix variants).
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
    for &m in &names {
        let surface = mentions[m].span.slice(text);
        let key = name_key(surface);
        if key.is_empty() {
            continue;
        }
        let possessive = possessive_after(text, mentions[m].span).is_some();
        match by_key.get(&key) {
            Some(&c) => {
                let first = mentions[clusters[c].mentions[0]].span.slice(text);
                let rule = if first == surface {
                    if possessive { "possessive" } else { "exact" }
                } else if first.eq_ignore_ascii_case(surface) {
                    "case variant"
                } else {
                    "legal suffix"
                };
                clusters[c].mentions.push(m);
                clusters[c].rules.push(rule);
            }
            None => {
                by_key.insert(key, clusters.len());
                clusters.push(Cluster {
                    mentions: vec![m],
                    rules: vec!["first mention"],
                });
            }
        }
    }

    let kind_of =
        |c: &Cluster, mentions: &[Mention]| majority_kind(c.mentions.iter().map(|&m| &mentions[m]));
    let words_of = |c: &Cluster, mentions: &[Mention]| -> Vec<String> {
        let longest = c
            .mentions
            .iter()
            .map(|&m| strip_possessive(mentions[m].span.slice(text)))
            .max_by_key(|s| s.split_whitespace().count())
            .unwrap_or("");
        longest.split_whitespace().map(str::to_owned).collect()
    };

    // 2. Short forms: surname / first name of a person, first word of an organisation, acronyms.
    let mut merged_into: Vec<Option<(usize, &'static str)>> = vec![None; clusters.len()];
    // Computed once: names of several words, with their kind and first offset.
    let cluster_words: Vec<Vec<String>> = clusters.iter().map(|c| words_of(c, &mentions)).collect();
    let cluster_kinds: Vec<EntityKind> = clusters.iter().map(|c| kind_of(c, &mentions)).collect();
    let multi_word: Vec<usize> = (0..clusters.len())
        .filter(|&b| cluster_words[b].len() >= 2)
        .collect();
    for a in 0..clusters.len() {
        let wa = &cluster_words[a];
        let [single] = wa.as_slice() else { continue };
        let first_a = mentions[clusters[a].mentions[0]].span.start;
        let kind_a = cluster_kinds[a];
        let mut found: Vec<(usize, &'static str)> = Vec::new();
        for &b in &multi_word {
            let wb = &cluster_words[b];
            // Only names that share the word (or could be its acronym) matter.
            if !wb.contains(single) && !is_acronym(single) {
                continue;
            }
            let kind_b = cluster_kinds[b];
            let first_b = mentions[clusters[b].mentions[0]].span.start;
            // The full name comes first, except in a headline: "Altair" … "Altair Engineering Inc.".
            let later = first_b <= first_a
                || clusters[a].mentions.iter().all(|&m| {
                    mentions[m].span.start >= first_b
                        || headlines.iter().any(|h| mentions[m].span.within(*h))
                });
            if kind_b == EntityKind::Person && later && wb.last() == Some(single) {
                found.push((b, "surname"));
            } else if kind_b == EntityKind::Person
                && later
                && wb.first() == Some(single)
                && kind_a == EntityKind::Person
            {
                found.push((b, "first name"));
            } else if kind_b == EntityKind::Org
                && later
                && wb.first() == Some(single)
                && kind_a != EntityKind::Person
            {
                found.push((b, "short form"));
            } else if is_acronym(single)
                && acronym_of(&wb.join(" ")).as_deref() == Some(single.as_str())
            {
                found.push((b, "acronym"));
            }
        }
        if let [(b, rule)] = found.as_slice() {
            merged_into[a] = Some((*b, rule));
        }
    }
    // Explicit parenthetical acronyms: "Federal Trade Commission (FTC)".
    for (c, cluster) in clusters.iter().enumerate() {
        for &m in &cluster.mentions {
            let after = &text[mentions[m].span.end..];
            if let Some(rest) = after.strip_prefix(" (").or_else(|| after.strip_prefix('(')) {
                let inner: String = rest.chars().take_while(|ch| *ch != ')').collect();
                if is_acronym(&inner)
                    && let Some(&other) = by_key.get(&inner.to_lowercase())
                    && other != c
                    && merged_into[other].is_none()
                {
                    merged_into[other] = Some((c, "acronym"));
                }
            }
        }
    }

    // 3. Entities from root clusters.
    let root = |mut c: usize| {
        let mut hops = 0;
        while let Some((next, _)) = merged_into[c] {
            c = next;
            hops += 1;
            if hops > clusters.len() {
                break;
            }
        }
        c
    };
    let mut entity_of_cluster: Vec<Option<usize>> = vec![None; clusters.len()];
    let mut entities: Vec<Entity> = Vec::new();
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    order.sort_by_key(|&c| mentions[clusters[c].mentions[0]].span.start);
    let mut members: Vec<Vec<(usize, &'static str)>> = vec![Vec::new(); clusters.len()];
    for &c in &order {
        let r = root(c);
        let via = merged_into[c].map(|(_, rule)| rule);
        for (&m, &rule) in clusters[c].mentions.iter().zip(&clusters[c].rules) {
            let rule = match (via, rule) {
                (Some(v), "first mention") => v,
                _ => rule,
            };
            members[r].push((m, rule));
        }
    }
    for &c in &order {
        if merged_into[c].is_some() {
            continue;
        }
        let mut ms = std::mem::take(&mut members[c]);
        ms.sort_by_key(|&(m, _)| mentions[m].span.start);
        let merged_person = ms.iter().any(|&(_, r)| r == "surname" || r == "first name");
        let mut kind = majority_kind(ms.iter().map(|&(m, _)| &mentions[m]));
        if merged_person {
            kind = EntityKind::Person;
        }
        let name = canonical_name(text, &mentions, &ms);
        if kind != EntityKind::Person && is_venture_name(&name) {
            kind = EntityKind::Org;
        }
        let index = entities.len();
        entity_of_cluster[c] = Some(index);
        let mut entity = Entity {
            kind,
            name,
            aliases: Vec::new(),
            mentions: Vec::new(),
            links: Vec::new(),
        };
        for (m, rule) in ms {
            mentions[m].entity = Some(index);
            mentions[m].kind = kind;
            entity.mentions.push(m);
            entity.links.push(AliasLink {
                mention: m,
                rule: rule.to_owned(),
            });
            let mut alias = mentions[m].span.slice(text).to_owned();
            if let Some(p) = possessive_after(text, mentions[m].span) {
                alias.push_str(p);
            }
            if !entity.aliases.contains(&alias) {
                entity.aliases.push(alias);
            }
        }
        entities.push(entity);
    }

    // 4. Nominal references, once gazetteers have had their say on kinds.
    super::kinds::repair(text, &mut entities, &mut mentions);
    resolve_nominals(text, &mut mentions, &heads, &mut entities, sentences);

    // Unresolved nominals are dropped: a description of nothing named is no mention.
    let keep: Vec<bool> = mentions
        .iter()
        .map(|m| m.entity.is_some() || !(m.nominal || m.kind.is_name()))
        .collect();
    let mut new_index = vec![usize::MAX; mentions.len()];
    let mut kept = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.into_iter().enumerate() {
        if keep[i] {
            new_index[i] = kept.len();
            kept.push(m);
        }
    }
    for e in &mut entities {
        e.mentions.retain(|&m| keep[m]);
        e.mentions.iter_mut().for_each(|m| *m = new_index[*m]);
        e.links.retain(|l| keep[l.mention]);
        e.links
            .iter_mut()
            .for_each(|l| l.mention = new_index[l.mention]);
        e.mentions.sort_by_key(|&m| kept[m].span.start);
    }
    Resolution {
        mentions: kept,
        entities,
    }
}

fn majority_kind<'a>(ms: impl Iterator<Item = &'a Mention>) -> EntityKind {
    let mut votes: Vec<(EntityKind, f32)> = Vec::new();
    for m in ms {
        // Full names weigh more than short forms.
        match votes.iter_mut().find(|(k, _)| *k == m.kind) {
            Some(v) => v.1 += m.confidence,
            None => votes.push((m.kind, m.confidence)),
        }
    }
    votes
        .into_iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map_or(EntityKind::Misc, |v| v.0)
}

fn canonical_name(text: &str, mentions: &[Mention], ms: &[(usize, &str)]) -> String {
    let mut forms: Vec<(String, usize)> = Vec::new();
    for &(m, _) in ms {
        let s = strip_possessive(mentions[m].span.slice(text)).to_owned();
        match forms.iter_mut().find(|(f, _)| *f == s) {
            Some(f) => f.1 += 1,
            None => forms.push((s, 1)),
        }
    }
    forms
        .into_iter()
        .enumerate()
        .max_by_key(|(i, (f, n))| (f.split_whitespace().count(), *n, std::cmp::Reverse(*i)))
        .map(|(_, (f, _))| f)
        .unwrap_or_default()
}

fn is_venture_name(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| VENTURE_NAME_ENDS.contains(&w.to_lowercase().as_str()))
}

/// True when the entity is an undertaking: by its name, or by an apposition
/// after one of its mentions ("X, a collaboration that …").
fn is_venture(text: &str, entity: &Entity, mentions: &[Mention]) -> bool {
    is_venture_name(&entity.name)
        || entity.mentions.iter().any(|&m| {
            let after = text[mentions[m].span.end..].trim_start_matches(['’', '\'', 's']);
            let Some(rest) = after.strip_prefix(", ") else {
                return false;
            };
            let words: Vec<String> = rest
                .split_whitespace()
                .take(4)
                .map(str::to_lowercase)
                .collect();
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            matches!(words.first(), Some(&("a" | "an" | "the")))
                && VENTURE_APPOSITIONS.iter().any(|v| {
                    let joined = words[1..].join(" ");
                    joined.starts_with(v)
                        || words[1..]
                            .iter()
                            .take(2)
                            .any(|w| w.trim_end_matches([',', '.']) == *v)
                })
        })
}

/// The entity that is the subject of the clause containing `sentence`, from
/// resolved mentions: the first reference not governed by a preposition and
/// not a possessive; failing that, the first possessive.
pub fn sentence_subject(
    text: &str,
    sentence: Span,
    mentions: &[Mention],
    before: Option<usize>,
) -> Option<usize> {
    let limit = before.unwrap_or(sentence.end);
    // Mentions are in text order: start at the sentence, stop at its end.
    let first = mentions.partition_point(|m| m.span.start < sentence.start);
    let refs: Vec<&Mention> = mentions[first..]
        .iter()
        .take_while(|m| m.span.start < sentence.end)
        .filter(|m| {
            m.span.within(sentence)
                && m.span.start < limit
                && m.entity.is_some()
                && matches!(
                    m.kind,
                    EntityKind::Person | EntityKind::Org | EntityKind::Misc
                )
        })
        .collect();
    let preceded_by_prep = |m: &Mention| {
        let before = text[sentence.start..m.span.start].trim_end();
        let prev = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .to_lowercase();
        PREPOSITIONS.contains(&prev.as_str())
    };
    refs.iter()
        .find(|m| possessive_after(text, m.span).is_none() && !preceded_by_prep(m))
        .or_else(|| {
            refs.iter()
                .find(|m| possessive_after(text, m.span).is_some() && !preceded_by_prep(m))
        })
        .and_then(|m| m.entity)
}

/// Adds pronoun references (`(span, entity)`, in text order, none inside a
/// mention) as nominal mentions of their entities, each linked by the rule
/// `"pronoun"`. `mentions` stays in text order and every index into it
/// (entity mentions and links) keeps pointing at the same mention.
pub fn add_pronoun_mentions(
    mentions: &mut Vec<Mention>,
    entities: &mut [Entity],
    refs: &[(Span, usize)],
) {
    let refs: Vec<(Span, usize)> = refs
        .iter()
        .copied()
        .filter(|&(_, e)| e < entities.len())
        .collect();
    if refs.is_empty() {
        return;
    }
    let old = std::mem::take(mentions);
    mentions.reserve(old.len() + refs.len());
    let mut remap = Vec::with_capacity(old.len());
    let mut added = Vec::with_capacity(refs.len());
    let mut pending = refs.iter().peekable();
    let pronoun = |span: Span, entity: usize, entities: &[Entity]| Mention {
        entity: Some(entity),
        nominal: true,
        ..Mention::new(span, entities[entity].kind, Provenance::Rule, 0.6)
    };
    for m in old {
        while let Some(&&(span, e)) = pending.peek()
            && span.start < m.span.start
        {
            added.push((mentions.len(), e));
            mentions.push(pronoun(span, e, entities));
            pending.next();
        }
        remap.push(mentions.len());
        mentions.push(m);
    }
    for &(span, e) in pending {
        added.push((mentions.len(), e));
        mentions.push(pronoun(span, e, entities));
    }
    for entity in entities.iter_mut() {
        for m in &mut entity.mentions {
            *m = remap[*m];
        }
        for link in &mut entity.links {
            link.mention = remap[link.mention];
        }
    }
    for (m, e) in added {
        entities[e].mentions.push(m);
        entities[e].links.push(AliasLink {
            mention: m,
            rule: "pronoun".to_owned(),
        });
    }
    for entity in entities.iter_mut() {
        entity.mentions.sort_unstable();
    }
}

/// True when the clause before `span`'s end has "it" as its subject: an "it"
/// not governed by a preposition, before any name.
fn starts_with_subject_pronoun(text: &str, span: Span) -> bool {
    let mut prev = "";
    for word in span
        .slice(text)
        .split(|c: char| c.is_whitespace() || c == ',')
    {
        if word.is_empty() {
            continue;
        }
        if word.starts_with(char::is_uppercase) && !prev.is_empty() && word != "It" {
            return false;
        }
        if word.eq_ignore_ascii_case("it") {
            return !PREPOSITIONS.contains(&prev.to_lowercase().as_str());
        }
        prev = word;
    }
    false
}

fn resolve_nominals(
    text: &str,
    mentions: &mut [Mention],
    heads: &[Option<String>],
    entities: &mut [Entity],
    sentences: &[Span],
) {
    let product: Vec<bool> = entities
        .iter()
        .map(|e| super::kinds::is_product(text, e, mentions))
        .collect();
    let venture: Vec<bool> = entities
        .iter()
        .map(|e| is_venture(text, e, mentions))
        .collect();
    let mut memory: FxHashMap<String, usize> = FxHashMap::default();
    for i in 0..mentions.len() {
        let Some(head) = heads[i].clone() else {
            continue;
        };
        if !mentions[i].nominal {
            continue;
        }
        let span = mentions[i].span;
        let s_idx = sentences.partition_point(|s| s.end <= span.start);
        let window_start = sentences
            .get(s_idx.saturating_sub(3))
            .map_or(0, |s| s.start);
        let sentence = sentences.get(s_idx).copied().unwrap_or(span);
        let wants_venture = VENTURE_HEADS.contains(&head.as_str());
        // The subject of this sentence is not what a description later in it refers to.
        // A subject pronoun ("Back in 2019, it poured … into the startup")
        // stands for the previous sentence's subject.
        let pronoun_subject =
            starts_with_subject_pronoun(text, Span::new(sentence.start, span.start))
                .then(|| s_idx.checked_sub(1).and_then(|p| sentences.get(p)))
                .flatten()
                .and_then(|prev| sentence_subject(text, *prev, mentions, None));
        let subject = pronoun_subject
            .or_else(|| sentence_subject(text, sentence, mentions, Some(span.start)));
        // "… with the AI startup", "into the startup": a prepositional object is
        // not the subject; "would strengthen the company's business" after
        // "Siemens Chief Executive Roland Busch said" is the subject's company.
        let after_preposition = PREPOSITIONS.contains(
            &text[sentence.start..span.start]
                .split_whitespace()
                .last()
                .unwrap_or("")
                .to_lowercase()
                .as_str(),
        );
        // A description in subject position continues the previous sentence's
        // subject ("Amazon said … . The e-commerce giant first put …").
        let in_subject_position = subject.is_none()
            && !mentions[..i]
                .iter()
                .any(|m| m.span.within(sentence) && m.entity.is_some() && m.kind.is_name())
            && !after_preposition;
        let previous_subject = in_subject_position
            .then(|| s_idx.checked_sub(1).and_then(|p| sentences.get(p)))
            .flatten()
            .and_then(|prev| sentence_subject(text, *prev, mentions, None));
        let compatible = |e: usize| {
            matches!(entities[e].kind, EntityKind::Org | EntityKind::Misc)
                && venture[e] == wants_venture
                && !product[e]
        };
        let key = mentions[i].span.slice(text).to_lowercase();
        let key = key
            .trim_start_matches("the ")
            .trim_start_matches("this ")
            .trim_start_matches("that ")
            .to_owned();
        let remembered = memory.get(&key).or_else(|| memory.get(&head)).copied();
        let recent = mentions[..i]
            .iter()
            .rev()
            .take_while(|m| m.span.start >= window_start)
            .filter_map(|m| m.entity)
            .find(|&e| compatible(e) && Some(e) != subject);
        let recent_window_has = |e: usize| {
            mentions[..i]
                .iter()
                .rev()
                .take_while(|m| m.span.start >= window_start)
                .any(|m| m.entity == Some(e))
        };
        let own_subject = (!after_preposition && pronoun_subject.is_none())
            .then_some(subject)
            .flatten()
            .filter(|&e| compatible(e));
        let choice = match (remembered, previous_subject) {
            _ if own_subject.is_some() => own_subject,
            (Some(e), _)
                if Some(e) != subject
                    && recent_window_has(e)
                    && previous_subject.is_none_or(|p| p == e) =>
            {
                Some(e)
            }
            (_, Some(p)) if compatible(p) => Some(p),
            (Some(e), _) if Some(e) != subject && recent_window_has(e) => Some(e),
            _ => recent,
        };
        if let Some(e) = choice {
            mentions[i].entity = Some(e);
            mentions[i].kind = entities[e].kind;
            memory.insert(key, e);
            memory.entry(head).or_insert(e);
            let entity = &mut entities[e];
            entity.mentions.push(i);
            entity.links.push(AliasLink {
                mention: i,
                rule: "description".to_owned(),
            });
            let mut alias = span.slice(text).to_owned();
            if let Some(p) = possessive_after(text, span) {
                alias.push_str(p);
            }
            if !entity.aliases.contains(&alias) {
                entity.aliases.push(alias);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Candidates for every occurrence of each `(surface, kind)` in `text`.
    fn candidates(text: &str, names: &[(&str, EntityKind)]) -> Vec<Candidate> {
        let mut out = Vec::new();
        for (name, kind) in names {
            for (start, _) in text.match_indices(name) {
                let span = Span::new(start, start + name.len());
                if out
                    .iter()
                    .any(|c: &Candidate| c.mention.span.overlaps(span))
                {
                    continue;
                }
                out.push(Candidate {
                    mention: Mention::new(span, *kind, Provenance::Model, 0.9),
                    head: None,
                });
            }
        }
        out.sort_by_key(|c| c.mention.span.start);
        out
    }

    fn entity_of<'a>(r: &'a Resolution, text: &str, surface: &str) -> &'a Entity {
        let m = r
            .mentions
            .iter()
            .position(|m| m.span.slice(text) == surface)
            .unwrap_or_else(|| panic!("{surface}"));
        &r.entities[r.mentions[m]
            .entity
            .unwrap_or_else(|| panic!("{surface} unresolved"))]
    }

    #[test]
    fn variants_surnames_and_acronyms_join_one_entity() {
        let text = "The Federal Trade Commission (FTC) sued SoftBank. Masayoshi Son’s Softbank said Son would fight the FTC. Zürich Insurance Group and Zürich Insurance Group AG agreed.";
        let c = candidates(
            text,
            &[
                ("Federal Trade Commission", EntityKind::Org),
                ("FTC", EntityKind::Org),
                ("SoftBank", EntityKind::Org),
                ("Softbank", EntityKind::Org),
                ("Masayoshi Son", EntityKind::Person),
                ("Son", EntityKind::Person),
                ("Zürich Insurance Group AG", EntityKind::Org),
                ("Zürich Insurance Group", EntityKind::Org),
            ],
        );
        let sentences = vec![Span::new(0, text.len())];
        let r = resolve(text, c, &sentences, &[]);
        let ftc = entity_of(&r, text, "FTC");
        assert_eq!(ftc.name, "Federal Trade Commission");
        assert!(ftc.links.iter().any(|l| l.rule == "acronym"));
        let sb = entity_of(&r, text, "Softbank");
        assert_eq!(sb.mentions.len(), 2, "{:?}", sb.aliases);
        assert!(sb.links.iter().any(|l| l.rule == "case variant"));
        let son = entity_of(&r, text, "Son");
        assert_eq!(son.name, "Masayoshi Son");
        assert!(
            son.aliases.iter().any(|a| a == "Masayoshi Son’s"),
            "{:?}",
            son.aliases
        );
        assert!(son.links.iter().any(|l| l.rule == "surname"));
        let zi = entity_of(&r, text, "Zürich Insurance Group");
        assert_eq!(zi.mentions.len(), 2);
        assert!(zi.links.iter().any(|l| l.rule == "legal suffix"));
    }

    #[test]
    fn descriptions_follow_subjects_and_prepositions() {
        let text = "Acme said it would invest in Beta. The company will pay cash. Acme poured money into the startup.";
        let mut c = candidates(
            text,
            &[("Acme", EntityKind::Org), ("Beta", EntityKind::Org)],
        );
        for (surface, head) in [("The company", "company"), ("the startup", "startup")] {
            let start = text.find(surface).unwrap_or(0);
            let mut m = Mention::new(
                Span::new(start, start + surface.len()),
                EntityKind::Org,
                Provenance::Rule,
                0.6,
            );
            m.nominal = true;
            c.push(Candidate {
                mention: m,
                head: Some(head.to_owned()),
            });
        }
        c.sort_by_key(|c| c.mention.span.start);
        let sentences: Vec<Span> = crate::pipeline::segment::segment(text)
            .sentences
            .iter()
            .map(|s| s.span)
            .collect();
        assert_eq!(sentences.len(), 3);
        let r = resolve(text, c, &sentences, &[]);
        // Subject position continues the previous subject; a prepositional object is not the subject.
        assert_eq!(entity_of(&r, text, "The company").name, "Acme");
        assert_eq!(entity_of(&r, text, "the startup").name, "Beta");
        assert!(
            entity_of(&r, text, "the startup")
                .links
                .iter()
                .any(|l| l.rule == "description")
        );
    }
}
