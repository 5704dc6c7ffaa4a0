//! Mentions → entities: exact and case variants, possessives, legal
//! suffixes, surnames and first names, acronyms; then nominal references.
//! Each link records the rule that made it.

use rustc_hash::FxHashMap;

use crate::lang::{ResolveWords, lowercase};
use crate::model::{AliasLink, AliasRule, Entity, EntityKind, Mention, Provenance, Span};
use crate::pipeline::candidate::Candidate;
use crate::pipeline::kinds::Kinds;
use crate::pipeline::model_shape::{is_model, model_key};
use crate::pipeline::names::strip_possessive;
use crate::pipeline::surnames::without_honorific;

use super::acronyms::{bracket_after, is_written_acronym};
use super::canonical::canonical_name;
use super::nominals::{Layout, resolve_nominals};
use super::shared::{Cluster, grouping_key, split_shared_short_forms};
use super::short_forms::{ShortForms, short_forms};
use super::subject::possessive_after;
use super::venture::is_venture_name;

/// Output of resolution.
#[derive(Clone, Debug, Default)]
pub struct Resolution {
    /// Mentions, sorted, each with its entity.
    pub mentions: Vec<Mention>,
    /// Entities in order of first mention.
    pub entities: Vec<Entity>,
}

/// Groups candidate mentions into entities. `sentences` are sorted sentence spans.
/// `headlines` are title-case sentences, where a short form may precede the full name.
pub fn resolve(
    lang: &ResolveWords,
    kinds: &Kinds,
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
        // A person's honorific is no part of the key: "Mr Tarn" is "Tarn".
        let surface = if mentions[m].kind == EntityKind::Person {
            without_honorific(&lang.honorifics, surface)
        } else {
            surface
        };
        let key = kinds
            .government_key(text, mentions[m].span)
            .unwrap_or_else(|| {
                super::plural::singular_key(mentions[m].kind, surface, grouping_key(lang, surface))
            });
        if key.is_empty() {
            continue;
        }
        let possessive = possessive_after(text, mentions[m].span).is_some();
        // "Acme Motor's" for "Acme Motors'": a possessive written on the stem.
        let key = if possessive && !by_key.contains_key(&key) {
            let plural = format!("{key}s");
            if by_key.contains_key(&plural) {
                plural
            } else {
                key
            }
        } else {
            key
        };
        match by_key.get(&key) {
            Some(&c) => {
                let first = mentions[clusters[c].mentions[0]].span.slice(text);
                let rule = if first == surface {
                    if possessive {
                        AliasRule::Possessive
                    } else {
                        AliasRule::Exact
                    }
                } else if first.eq_ignore_ascii_case(surface) {
                    AliasRule::CaseVariant
                } else {
                    AliasRule::LegalSuffix
                };
                clusters[c].mentions.push(m);
                clusters[c].rules.push(rule);
            }
            None => {
                by_key.insert(key, clusters.len());
                clusters.push(Cluster {
                    mentions: vec![m],
                    rules: vec![AliasRule::FirstMention],
                });
            }
        }
    }

    split_shared_short_forms(lang, text, &mentions, &mut clusters);
    super::parents::split_parent_groups(lang, text, &mentions, &mut clusters);
    let split_units =
        super::units::split_introduced_units(lang, kinds, text, &mentions, &mut clusters);
    super::namesakes::split_namesakes(lang, kinds, text, &mentions, &mut clusters);
    let kind_of =
        |c: &Cluster, mentions: &[Mention]| majority_kind(c.mentions.iter().map(|&m| &mentions[m]));
    let words_of = |c: &Cluster, mentions: &[Mention]| -> Vec<String> {
        let longest = c
            .mentions
            .iter()
            .map(|&m| {
                let name = strip_possessive(mentions[m].span.slice(text));
                if mentions[m].kind == EntityKind::Person {
                    without_honorific(&lang.honorifics, name)
                } else {
                    name
                }
            })
            .max_by_key(|s| s.split_whitespace().count())
            .unwrap_or("");
        longest.split_whitespace().map(str::to_owned).collect()
    };

    // 2. Short forms (see `short_forms`, `clipped`); names of several words computed once.
    let cluster_words: Vec<Vec<String>> = clusters.iter().map(|c| words_of(c, &mentions)).collect();
    let mut cluster_kinds: Vec<EntityKind> =
        clusters.iter().map(|c| kind_of(c, &mentions)).collect();
    for c in kinds.units_of_companies(&cluster_words, &mut cluster_kinds) {
        clusters[c]
            .mentions
            .iter()
            .for_each(|&m| mentions[m].kind = EntityKind::Org);
    }
    // A government body ("US government", "US Treasury") is no long form of
    // its place or nationality word ("US", "Russian").
    let government: Vec<bool> = clusters
        .iter()
        .map(|c| {
            c.mentions
                .iter()
                .any(|&m| kinds.is_government_body(text, mentions[m].span))
        })
        .collect();
    // Where each cluster is first named below the headlines.
    let first_at = |c: usize| {
        clusters[c]
            .mentions
            .iter()
            .map(|&m| mentions[m].span)
            .find(|s| !headlines.iter().any(|h| s.within(*h)))
            .map_or(usize::MAX, |s| s.start)
    };
    let multi_word: Vec<usize> = (0..clusters.len())
        .filter(|&b| cluster_words[b].len() >= 2)
        .collect();
    let mut unit_owners = super::units::unit_owners(lang, kinds, text, &mentions, &clusters);
    for (unit, owner) in split_units {
        unit_owners[unit].push(owner);
    }
    let mut merged_into = short_forms(&ShortForms {
        lang,
        kinds,
        text,
        mentions: &mentions,
        clusters: &clusters,
        words: &cluster_words,
        kinds_of: &cluster_kinds,
        government: &government,
        multi_word: &multi_word,
        headlines,
        unit_owners: &unit_owners,
    });
    // A country's body named without the country: "Air Force" of "U.S.
    // Air Force"; a company without its company word.
    for a in 0..clusters.len() {
        let person = cluster_kinds[a] == EntityKind::Person;
        if merged_into[a].is_some()
            || matches!(cluster_kinds[a], EntityKind::Nationality | EntityKind::Loc)
            // "Van Tarnhout" read as a person's name, yet with a company's
            // mark ("Van Tarnhout's chief executive"): a company's words.
            || person
                && (cluster_words[a].len() < 2
                    || !kinds.acts_as_company(text, &mentions, &clusters[a].mentions))
        {
            continue;
        }
        let wa = &cluster_words[a];
        let fuller: Vec<usize> = multi_word
            .iter()
            .copied()
            .filter(|&b| {
                let wb = &cluster_words[b];
                let n = wa.len();
                // "Nasdaq" of "Nasdaq Composite": an index's short form.
                let index = cluster_kinds[a] == EntityKind::Misc
                    && wb.len() > n
                    && wb.starts_with(wa)
                    && clusters[b].mentions.iter().any(|&m| {
                        mentions[m].kind == EntityKind::Misc
                            && mentions[m].source == Provenance::Rule
                    });
                index
                    || cluster_kinds[b] == EntityKind::Org
                        && wb.len() > n
                        && ((wb.ends_with(wa)
                        && (kinds.is_country(&wb[..wb.len() - n].join(" "))
                            // "the Commission" of "European Commission": a
                            // body's head word said alone, when one body
                            // of the text ends with it.
                            || n == 1 && kinds.is_body_word(&wa[0])))
                        // "Pell Dock" of "Pell Dock Capital".
                        || (n >= 2
                            && wb.starts_with(wa)
                            && wb[n..].iter().all(|w| kinds.is_org_word(w)))
                        // "Tarn Veld" after "Tarn Veld Marine AS" or
                        // "Compagnie de Tarn Veld SA": a company's words
                        // said again, shorter, after the full name (a
                        // headline above may say them first); never an
                        // event's name ("Orvane Developers Conference"
                        // is no short form of "Keltic Orvane Developers
                        // Conference").
                        || (n >= 2
                            && matches!(cluster_kinds[a], EntityKind::Org | EntityKind::Person)
                            // A cheap test first: the core below holds its words.
                            && wb.contains(&wa[0])
                            && first_at(b) < first_at(a)
                            && !kinds.is_event_name(&wa.join(" "))
                            // "Orvane Motors" beside "Orvane Motors of
                            // Canada": the parent of the unit named after
                            // its country, no short form of it.
                            && !super::long_names::of_place_after(kinds, wa, wb)
                            && {
                                let core = super::shared::without_legal_suffixes(
                                    lang,
                                    kinds.without_legal_phrase(wb),
                                );
                                core.starts_with(wa) || core.ends_with(wa)
                            }))
            })
            .collect();
        if let [b] = fuller.as_slice() {
            merged_into[a] = Some((*b, AliasRule::ShortForm));
        }
    }
    super::clipped::join(&mut merged_into, &cluster_words, &cluster_kinds, kinds);
    let named = super::long_names::Named {
        words: &cluster_words,
        kinds_of: &cluster_kinds,
    };
    super::long_names::join_surnames(kinds, &named, &clusters, &mut mentions, &mut merged_into);
    // Products that share a model (no version: "4") are one: "Airbus A380", "A380s".
    for a in 0..clusters.len() {
        if cluster_kinds[a] != EntityKind::Product || merged_into[a].is_some() {
            continue;
        }
        let key = model_key(&cluster_words[a].join(" ")).map(str::to_owned);
        let Some(key) = key.filter(|k| is_model(k, false)) else {
            continue;
        };
        let fuller = (0..clusters.len()).find(|&b| {
            b != a
                && cluster_kinds[b] == EntityKind::Product
                && merged_into[b].is_none()
                // Into the fuller name, or the earlier of two as full: "787s" → "787".
                && (cluster_words[b].len() > cluster_words[a].len()
                    || (cluster_words[b].len() == cluster_words[a].len() && b < a))
                && model_key(&cluster_words[b].join(" ")) == Some(key.as_str())
        });
        if let Some(b) = fuller {
            merged_into[a] = Some((b, AliasRule::ShortForm));
        }
    }
    let cluster_of: FxHashMap<usize, usize> = clusters
        .iter()
        .enumerate()
        .flat_map(|(c, cluster)| cluster.mentions.iter().map(move |&m| (m, c)))
        .collect();
    // Explicit parenthetical acronyms: "Federal Trade Commission (FTC)",
    // and a company's, an index's or a product's shorter other name
    // filling the brackets after it or its possessive: "Koninklijke Tarn
    // NV's (Dutch Tarn)" ("Japan's (TA)" gives no place an acronym;
    // "Daimler-Benz (Mercedes-Benz)" glosses a brand, no shorter name). A
    // line opening with a name and brackets before a dash is a dateline
    // crediting its agency ("RIGA (AP) —").
    let named_thing =
        |k: EntityKind| matches!(k, EntityKind::Org | EntityKind::Misc | EntityKind::Product);
    for (c, cluster) in clusters.iter().enumerate() {
        for &m in &cluster.mentions {
            let Some((inner, owner)) = bracket_after(text, mentions[m].span) else {
                continue;
            };
            let written = inner.slice(text);
            let shorter = written.chars().count() < mentions[m].span.slice(text).chars().count();
            let other = if is_written_acronym(written) {
                by_key
                    .get(&lowercase(written))
                    .filter(|_| !owner || named_thing(cluster_kinds[c]))
                    .map(|&o| (o, AliasRule::Acronym))
            } else {
                names
                    .iter()
                    .find(|&&n| mentions[n].span == inner)
                    .and_then(|n| cluster_of.get(n))
                    .filter(|&&o| {
                        shorter && named_thing(cluster_kinds[o]) && named_thing(cluster_kinds[c])
                    })
                    .map(|&o| (o, AliasRule::ShortForm))
            };
            if let Some((other, rule)) = other
                && other != c
                && merged_into[other].is_none()
            {
                merged_into[other] = Some((c, rule));
            }
        }
    }

    // "Tarsia Cement, known as TarCem,": a name a naming link introduces
    // right after another is the same entity's.
    for (c, cluster) in clusters.iter().enumerate() {
        for &m in &cluster.mentions {
            let Some(start) = alias_after(lang, text, mentions[m].span.end) else {
                continue;
            };
            let Some(&other) = names
                .iter()
                .find(|&&n| mentions[n].span.start == start)
                .and_then(|n| cluster_of.get(n))
            else {
                continue;
            };
            if other != c && merged_into[other].is_none() && merged_into[c].is_none() {
                merged_into[other] = Some((c, AliasRule::ShortForm));
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
    let mut members: Vec<Vec<(usize, AliasRule)>> = vec![Vec::new(); clusters.len()];
    for &c in &order {
        let r = root(c);
        let via = merged_into[c].map(|(_, rule)| rule);
        for (&m, &rule) in clusters[c].mentions.iter().zip(&clusters[c].rules) {
            let rule = match (via, rule) {
                (Some(v), AliasRule::FirstMention) => v,
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
        let merged_person = ms
            .iter()
            .any(|&(_, r)| r == AliasRule::Surname || r == AliasRule::FirstName);
        let mut kind = majority_kind(ms.iter().map(|&(m, _)| &mentions[m]));
        if merged_person {
            kind = EntityKind::Person;
        }
        // Short forms take the full name's kind: "Harcourt" read as a
        // surname is still "Harcourt Bank", "Skylark" one of "K350 Skylark".
        if matches!(cluster_kinds[c], EntityKind::Org | EntityKind::Product)
            && ms.iter().any(|&(_, r)| r == AliasRule::ShortForm)
        {
            kind = cluster_kinds[c];
        }
        let name = canonical_name(text, &mentions, &ms);
        if kind != EntityKind::Person && is_venture_name(lang, &name) {
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
                rule: rule.label().to_owned(),
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
    kinds.repair(text, &mut entities, &mut mentions);
    resolve_nominals(
        lang,
        kinds,
        text,
        &mut mentions,
        &heads,
        &mut entities,
        Layout {
            sentences,
            headlines,
        },
    );

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

/// Where the name starts that a naming link after `end` introduces (",
/// known as TarCem"); `None` when no link follows.
fn alias_after(lang: &ResolveWords, text: &str, end: usize) -> Option<usize> {
    let after = &text[end..];
    let rest = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(" ("))?;
    let link = lang.alias_links.iter().find(|l| {
        rest.get(..l.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(l))
            && rest[l.len()..].starts_with(' ')
    })?;
    Some(text.len() - rest.len() + link.len() + 1)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{candidates, entity_of};
    use super::*;

    #[test]
    fn variants_surnames_and_acronyms_join_one_entity() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
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
        let r = resolve(&lang.resolve, &kinds, text, c, &sentences, &[]);
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
    fn a_name_known_as_another_is_one_entity() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let text = "Korvel Cement, known as KorCem, sold its Tarsia kilns. KorCem shares rose.";
        let c = candidates(
            text,
            &[
                ("Korvel Cement", EntityKind::Org),
                ("KorCem", EntityKind::Org),
                ("Tarsia", EntityKind::Loc),
            ],
        );
        let sentences = vec![Span::new(0, text.len())];
        let r = resolve(&lang.resolve, &kinds, text, c, &sentences, &[]);
        let e = entity_of(&r, text, "KorCem");
        assert_eq!(e.name, "Korvel Cement");
        assert_eq!(e.mentions.len(), 3);
        assert_eq!(entity_of(&r, text, "Tarsia").name, "Tarsia");
    }

    #[test]
    fn company_short_forms_and_country_bodies_join_their_full_names() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let text = "Brixley said profits rose. Brixley Foods and Brixley Private gained. The U.S. Navy said the Navy would buy from the US Navy. Jo Tamsin met Tamsin Bank; Tamsin smiled.";
        let c = candidates(
            text,
            &[
                ("Brixley Foods", EntityKind::Org),
                ("Brixley Private", EntityKind::Person),
                ("Brixley", EntityKind::Person),
                ("U.S. Navy", EntityKind::Org),
                ("US Navy", EntityKind::Org),
                ("Navy", EntityKind::Org),
                ("Jo Tamsin", EntityKind::Person),
                ("Tamsin Bank", EntityKind::Org),
                ("Tamsin", EntityKind::Person),
            ],
        );
        let sentences = vec![Span::new(0, text.len())];
        let r = resolve(&lang.resolve, &kinds, text, c, &sentences, &[]);
        let b = entity_of(&r, text, "Brixley");
        assert_eq!(b.name, "Brixley Foods");
        assert_eq!(entity_of(&r, text, "Brixley Private").kind, EntityKind::Org);
        assert_eq!(b.kind, EntityKind::Org);
        let navy = entity_of(&r, text, "Navy");
        assert_eq!(navy.mentions.len(), 3, "{:?}", navy.aliases);
        // A person bears the word: no company short form.
        assert_eq!(entity_of(&r, text, "Tamsin").kind, EntityKind::Person);
    }
}
