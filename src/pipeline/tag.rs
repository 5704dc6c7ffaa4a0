//! Tagging: the statistical tagger's names merged with rule matches under a
//! named overlap policy.
//!
//! Takes the text, its segmentation and dateline; gives sorted,
//! non-overlapping candidate mentions (names, values, roles, nominal
//! descriptions), their kinds checked against their context.

use crate::lang::{Language, TagWords, WordList, lowercase};
use crate::model::{Document, EntityKind, Mention, Provenance, Span};
use crate::ner::{NerLabel, NerModel, NerTag};

use super::candidate::Candidate;
use super::coordinations::split_coordinations;
use super::dateline::Dateline;
use super::headline::Headings;
use super::kinds::Kinds;
use super::name_spans::{
    extend_hyphenated_names, extend_over_company_words, join_company_names, split_trailing_acronyms,
};
use super::rules::{RuleMatch, Rules};
use super::segment::Segmentation;
use super::split_names::join_split_names;
use super::title_holders::split_title_holders;

/// How overlapping candidates from different layers are settled.
///
/// `ValuesThenNamesThenRoles`: candidates are ranked by layer — rule values
/// (MONEY, PERCENT, DATE) first, then names from the model, then roles
/// (TITLE), then nominal references — and within a layer leftmost-longest.
/// A candidate is kept when it overlaps nothing already kept. Before ranking,
/// a model name that begins with a role word ("President Donald Trump") is
/// trimmed so that role and name both survive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OverlapPolicy {
    /// See the type documentation.
    #[default]
    ValuesThenNamesThenRoles,
}

/// Where tagging looks beyond the sentences: the dateline and the headings.
#[derive(Clone, Copy, Debug)]
pub struct Page<'a> {
    /// The dateline, when the article opens with one.
    pub dateline: Option<Dateline>,
    /// The article's headings and credit lines.
    pub headings: &'a Headings,
}

/// The tagging stage: model names and rule matches merged, the dateline's
/// place a location, headline-only names dropped, names propagated, kinds
/// retyped by context, and nothing from page furniture.
pub fn candidates(
    model: &NerModel,
    lang: &Language,
    rules: &Rules,
    kinds: &Kinds,
    document: &Document,
    seg: &Segmentation,
    page: Page<'_>,
) -> Vec<Candidate> {
    let Page { dateline, headings } = page;
    let words = &lang.tag;
    let text = document.text.as_str();
    let names = model_mentions(model, text, seg);
    let matches = rules.find(text);
    let place_suffixes = &lang.relate.places.based_suffix;
    let mut candidates = merge(words, place_suffixes, kinds, text, names, matches);
    kinds.split_at_agents(text, &mut candidates);
    // The dateline's place and region are places, its agency a named
    // organisation.
    for (span, kind) in dateline.iter().flat_map(Dateline::names) {
        candidates.retain(|c| !c.mention.span.overlaps(span));
        candidates.push(Candidate {
            mention: Mention::new(span, kind, Provenance::Rule, 0.9),
            head: None,
        });
        candidates.sort_by_key(|c| c.mention.span.start);
    }
    super::credits::bylines_name_people(text, &headings.bylines, &mut candidates);
    super::credits::credits_name_people(
        words,
        text,
        &headings.credits,
        &headings.bylines,
        &mut candidates,
    );
    join_company_names(words, kinds, text, &mut candidates);
    kinds.join_common_word_names(text, &mut candidates);
    kinds.join_particle_companies(text, &mut candidates);
    super::name_spans::join_public_bodies(words, kinds, text, &mut candidates);
    kinds.join_purpose_bodies(text, &mut candidates);
    kinds.join_place_exchanges(text, &mut candidates);
    join_split_names(kinds, text, &mut candidates);
    extend_over_company_words(kinds, text, &mut candidates);
    kinds.join_bracketed_legal_names(text, &mut candidates);
    kinds.join_partner_names(text, &mut candidates);
    split_trailing_acronyms(text, &mut candidates);
    extend_hyphenated_names(text, &mut candidates);
    super::name_spans::open_hyphenated_names(kinds, text, &mut candidates);
    super::facilities::mend_facilities(kinds, text, &mut candidates);
    super::venue_names::join_venue_names(kinds, &lang.relate.places.venues, text, &mut candidates);
    super::possessors::split_possessors(kinds, text, &mut candidates);
    super::possessive_names::join_possessive_names(words, kinds, text, &mut candidates);
    // A name a legal form closes is a company's whatever the capitals.
    let legal = |name: &str| {
        name.split_whitespace()
            .last()
            .is_some_and(|w| kinds.is_written_legal_suffix(w.trim_end_matches('.')))
    };
    super::headline::drop_headline_only_names(text, &headings.title_case, &legal, &mut candidates);
    super::headline::drop_wire_code(text, &mut candidates);
    super::families::drop_family_names(words, kinds, text, &mut candidates);
    kinds.join_companies_of_places(text, &mut candidates);
    kinds.split_places_of(text, &mut candidates);
    kinds.add_described_names(text, &seg.tokens, &mut candidates);
    kinds.type_owned_units(text, &mut candidates);
    propagate_names(text, seg, &headings.headlines, &mut candidates);
    kinds.retype_by_context(text, &mut candidates);
    kinds.retype_groups(text, &mut candidates);
    kinds.add_portfolio_ministries(text, &mut candidates);
    kinds.drop_trade_titles(text, &mut candidates);
    kinds.drop_post_portfolios(text, &mut candidates);
    kinds.drop_non_names(text, &mut candidates);
    kinds.cut_owner_compounds(text, &mut candidates);
    kinds.join_products(text, &seg.tokens, &mut candidates);
    kinds.mark_numbered_names(text, &mut candidates);
    kinds.add_capitals_raters(text, &mut candidates);
    super::credits::type_source_credits(text, &mut candidates);
    // Page furniture yields no mentions at all, save the reporters credited
    // (not their job titles: "Ada Lind, Technology Correspondent"), each
    // by a full name (a lone capitalised word there is a stamp's label in
    // another language: "Geplaatst 30.11.2026 om 08:15"), and the
    // publications of source credits.
    candidates.retain(|c| {
        let at = c.mention.span.start;
        let name = c.mention.span.slice(text);
        !document.is_boilerplate(at)
            || (headings.credited(at, c.mention.kind)
                && !crate::load::is_reporter_title(name)
                && (c.mention.kind != EntityKind::Person || name.trim().contains(' ')))
            || c.mention.kind.is_name() && super::credits::is_source_credit(text, c.mention.span)
    });
    candidates
}

fn layer(c: &Candidate) -> u8 {
    match (c.mention.kind, c.mention.nominal) {
        (EntityKind::Money | EntityKind::Percent | EntityKind::Date, _) => 0,
        (_, true) => 3,
        (EntityKind::Title, _) => 2,
        _ => 1,
    }
}

/// Runs the tagger over every sentence and returns name mentions.
pub fn model_mentions(model: &NerModel, text: &str, seg: &Segmentation) -> Vec<Mention> {
    let sentences: Vec<Vec<&str>> = seg
        .sentences
        .iter()
        .map(|s| {
            seg.tokens[s.tokens.clone()]
                .iter()
                .map(|t| t.slice(text))
                .collect()
        })
        .collect();
    let tags = model.tag_document_names(&sentences);
    let mut out = Vec::new();
    for (sentence, tags) in seg.sentences.iter().zip(tags) {
        let spans = &seg.tokens[sentence.tokens.clone()];
        let mut open: Option<(NerLabel, usize, usize, f32, usize)> = None; // label, start, end, conf sum, n
        let close = |open: &mut Option<(NerLabel, usize, usize, f32, usize)>,
                     out: &mut Vec<Mention>| {
            if let Some((label, start, end, sum, n)) = open.take() {
                let kind = match label {
                    NerLabel::Per => EntityKind::Person,
                    NerLabel::Org => EntityKind::Org,
                    NerLabel::Loc => EntityKind::Loc,
                    NerLabel::Misc => EntityKind::Misc,
                };
                #[allow(clippy::cast_precision_loss)]
                let conf = sum / n as f32;
                out.push(Mention::new(
                    Span::new(start, end),
                    kind,
                    Provenance::Model,
                    conf,
                ));
            }
        };
        for (span, (tag, conf)) in spans.iter().zip(tags) {
            match tag {
                NerTag::I(label) if open.is_some_and(|o| o.0 == label) => {
                    if let Some(o) = open.as_mut() {
                        o.2 = span.end;
                        o.3 += conf;
                        o.4 += 1;
                    }
                }
                NerTag::B(label) | NerTag::I(label) => {
                    close(&mut open, &mut out);
                    open = Some((label, span.start, span.end, conf, 1));
                }
                NerTag::O => close(&mut open, &mut out),
            }
        }
        close(&mut open, &mut out);
    }
    out
}

/// Tidies a model name span: no possessive or trailing punctuation, no
/// lower-case words at its edges ("AI startup" → "AI"), and nothing that is
/// a common noun. `None` when nothing is left.
fn clean_name(words: &TagWords, text: &str, span: Span) -> Option<Span> {
    let s = span.slice(text);
    let mut end = span.start + s.trim_end_matches([',', ':', ';', '’', '\'']).len();
    let cut = span.slice(text).get(..end - span.start).unwrap_or("");
    if let Some(stripped) = cut.strip_suffix("’s").or_else(|| cut.strip_suffix("'s")) {
        end = span.start + stripped.len();
    }
    let mut span = Span::new(span.start, end);
    // Trailing lower-case words are not part of a name.
    loop {
        let s = span.slice(text);
        match s.rfind(' ') {
            Some(i) if s[i + 1..].starts_with(char::is_lowercase) => span.end = span.start + i,
            _ => break,
        }
    }
    // A leading article is not part of a name, nor a glued "ex-".
    // An article with the space after it, a prefix as it is.
    let articles = words.articles.iter().map(|a| (a, " "));
    for (word, after) in articles.chain(words.name_prefixes.iter().map(|p| (p, ""))) {
        let len = word.len() + after.len();
        let s = span.slice(text);
        if s.strip_prefix(word).is_some_and(|r| r.starts_with(after)) && span.len() > len {
            span.start += len;
        }
    }
    let s = span.slice(text);
    (!s.is_empty() && !words.not_names.contains(s)).then_some(span)
}

/// One name, one reading per document: every other occurrence of a name the
/// model found (same spelling, on token boundaries, outside other mentions)
/// becomes a mention of the same kind. Catches the repeats a sequence model
/// misses in a less telling context. In a headline, where capitals mislead
/// the model, a name of several words also replaces the model's pieces of
/// it ("Baltic" and "Air" of "Baltic Air orders 30 jets").
pub fn propagate_names(
    text: &str,
    seg: &Segmentation,
    headlines: &[Span],
    candidates: &mut Vec<Candidate>,
) {
    let mut names: Vec<(String, EntityKind, f32)> = Vec::new();
    for c in candidates
        .iter()
        .filter(|c| c.mention.kind.is_name() && !c.mention.nominal)
    {
        let s = c.mention.span.slice(text).to_owned();
        if s.chars().count() < 2 || !s.starts_with(|ch: char| ch.is_uppercase() || ch.is_numeric())
        {
            continue;
        }
        if !names.iter().any(|(n, _, _)| *n == s) {
            names.push((s, c.mention.kind, c.mention.confidence));
        }
    }
    // A person named in full is then called by the surname alone.
    for (s, conf) in super::surnames::surnames(text, candidates) {
        if !names.iter().any(|(n, _, _)| *n == s) {
            names.push((s, EntityKind::Person, conf));
        }
    }
    if names.is_empty() {
        return;
    }
    // A few dozen names searched once, each where its first byte stands.
    let strings: Vec<&str> = names.iter().map(|(n, _, _)| n.as_str()).collect();
    let found = super::occurrences::leftmost_longest(text, &strings);
    // The tokens are in text order, so sorted by start and by end alike.
    let starts = |pos: usize| seg.tokens.binary_search_by_key(&pos, |t| t.start).is_ok();
    let ends = |pos: usize| seg.tokens.binary_search_by_key(&pos, |t| t.end).is_ok();
    // Each taken span, and whether it is a model's name a headline may lose.
    let mut taken: Vec<(Span, bool)> = candidates
        .iter()
        .map(|c| {
            let m = &c.mention;
            let piece = m.kind.is_name() && !m.nominal && m.source == Provenance::Model;
            (m.span, piece)
        })
        .collect();
    taken.sort_by_key(|(s, _)| s.start);
    let mut added = Vec::new();
    let mut replaced: Vec<Span> = Vec::new();
    for (start, end, name) in found {
        let span = Span::new(start, end);
        if !starts(span.start) || !ends(span.end) {
            continue;
        }
        let i = taken.partition_point(|(t, _)| t.end <= span.start);
        if taken.get(i).is_some_and(|(t, _)| t.overlaps(span)) {
            let pieces: Vec<Span> = taken[i..]
                .iter()
                .take_while(|(t, _)| t.start < span.end)
                .filter(|&&(t, piece)| piece && t.within(span) && t != span)
                .map(|&(t, _)| t)
                .collect();
            let overlapping = taken[i..]
                .iter()
                .take_while(|(t, _)| t.start < span.end)
                .count();
            let whole = span.slice(text).contains(' ')
                && pieces.len() == overlapping
                && headlines.iter().any(|h| span.within(*h));
            if !whole {
                continue;
            }
            replaced.extend(pieces);
        }
        let (_, kind, conf) = &names[name];
        added.push(Candidate {
            mention: Mention::new(span, *kind, Provenance::Rule, conf * 0.9),
            head: None,
        });
    }
    candidates.retain(|c| !replaced.contains(&c.mention.span));
    candidates.extend(added);
    candidates.sort_by_key(|c| c.mention.span.start);
}

/// Applies [`OverlapPolicy::ValuesThenNamesThenRoles`]: sorted, non-overlapping mentions.
pub fn merge(
    words: &TagWords,
    place_suffixes: &WordList,
    kinds: &Kinds,
    text: &str,
    names: Vec<Mention>,
    rules: Vec<RuleMatch>,
) -> Vec<Candidate> {
    let titles: Vec<Span> = rules
        .iter()
        .filter(|r| r.kind == EntityKind::Title)
        .map(|r| r.span)
        .collect();
    // The titles starting in `lo..=hi`, in order: found by halving when the
    // rules come in text order, so a name asks only those near it.
    let sorted = titles.is_sorted_by_key(|t| t.start);
    let longest = titles.iter().map(|t| t.len()).max().unwrap_or(0);
    let near = |lo: usize, hi: usize| -> &[Span] {
        if !sorted {
            return &titles;
        }
        let a = titles.partition_point(|t| t.start < lo);
        let b = titles.partition_point(|t| t.start <= hi);
        &titles[a..b.max(a)]
    };
    let mut candidates: Vec<Candidate> = Vec::with_capacity(names.len() + rules.len());
    let mut split_names = Vec::with_capacity(names.len());
    let names = split_coordinations(words, kinds, text, names);
    for m in split_title_holders(words, kinds, text, &titles, names) {
        // "Senator", "Chief Operating Officer" read as a name, or "Executive
        // Officer" read as the tail of "Chief Executive Officer": the
        // title's ("Treasury" of "Treasury Secretary" stays a name).
        if near(m.span.end.saturating_sub(longest), m.span.start)
            .iter()
            .any(|t| t.start <= m.span.start && m.span.end == t.end)
        {
            continue;
        }
        // "Microsoft CEO Satya Nadella" read as one name: organisation, role, person.
        match near(m.span.start, m.span.end)
            .iter()
            .find(|t| m.span.start < t.start && t.end < m.span.end)
        {
            Some(t)
                if text[m.span.start..t.start].ends_with(' ')
                    && text[t.end..m.span.end].starts_with(' ') =>
            {
                let left = Span::new(m.span.start, t.start - 1);
                let right = Span::new(t.end + 1, m.span.end);
                split_names.push(Mention::new(
                    left,
                    EntityKind::Org,
                    m.source,
                    m.confidence * 0.9,
                ));
                split_names.push(Mention::new(
                    right,
                    EntityKind::Person,
                    m.source,
                    m.confidence * 0.9,
                ));
            }
            _ => split_names.push(m),
        }
    }
    for mut m in split_names {
        // Trim a leading role word off a name: "President Donald Trump".
        if let Some(t) = near(m.span.start, m.span.start)
            .iter()
            .find(|t| t.start == m.span.start && t.end < m.span.end)
        {
            let rest = &text[t.end..m.span.end];
            let skip = rest.len() - rest.trim_start().len();
            m.span.start = t.end + skip;
            // "Vice Chairman of Keltic Inc.": the word joining role and name
            // ("of", "at") goes with the role.
            let rest = m.span.slice(text);
            if let Some((joiner, name)) = rest.split_once(' ')
                && joiner.chars().all(char::is_lowercase)
                && name.starts_with(char::is_uppercase)
            {
                m.span.start = m.span.end - name.len();
            }
        }
        // A name that runs into a role: "Chevron Chief" of "Chevron Chief
        // Executive Mike Wirth" is "Chevron", "Keltic Inc. CEO" is "Keltic Inc.".
        if let Some(t) = near(m.span.start, m.span.end).iter().find(|t| {
            m.span.start < t.start
                && t.start < m.span.end
                && m.span.end <= t.end
                && text[m.span.start..t.start].ends_with(' ')
        }) {
            m.span.end = t.start - 1;
        }
        // "San Francisco-based": the name is the place before the suffix.
        for suffix in place_suffixes.iter() {
            if let Some(stripped) = m.span.slice(text).strip_suffix(suffix) {
                m.span.end = m.span.start + stripped.len();
                m.kind = EntityKind::Loc;
            }
        }
        // "post-Second World War", "American-style": the affix goes.
        if let Some((span, kind)) = kinds.trim_hyphen_affixes(text, m.span, m.kind) {
            (m.span, m.kind) = (span, kind);
        }
        let Some(mut span) = clean_name(words, text, m.span) else {
            continue;
        };
        if kinds.is_hyphenated_adjective(span.slice(text)) {
            continue;
        }
        // "Automaker GM said", "Rival Acme Metals said": a company noun, a
        // trade's compound ("Wagonmaker") or a noun of standing capitalised
        // at the start of a sentence is no part of the name.
        let opens_sentence = text[..span.start]
            .trim_end()
            .chars()
            .last()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '\n'));
        if let Some((first, rest)) = span.slice(text).split_once(' ')
            && opens_sentence
            && (kinds.is_company_noun(&lowercase(first))
                || kinds.is_trade_compound(&lowercase(first))
                || words.standing_nouns.contains_lowercase(first))
            && !words.name_opening_nouns.contains_lowercase(first)
            && rest.starts_with(char::is_uppercase)
            && !kinds.is_listed_org(span.slice(text))
        {
            span.start = span.end - rest.len();
        }
        m.span = span;
        if !m.span.is_empty() {
            candidates.push(Candidate {
                mention: m,
                head: None,
            });
        }
    }
    for r in rules {
        let nominal = r.head.is_some();
        let mut mention = Mention::new(
            r.span,
            r.kind,
            Provenance::Rule,
            if nominal { 0.6 } else { 0.9 },
        );
        mention.nominal = nominal;
        candidates.push(Candidate {
            mention,
            head: r.head,
        });
    }
    candidates.sort_by_key(|c| {
        (
            layer(c),
            c.mention.span.start,
            std::cmp::Reverse(c.mention.span.end),
        )
    });
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    // Kept spans by start; they never overlap, so the one starting last
    // before `span.end` is the only one that can overlap `span`.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for c in candidates {
        let span = c.mention.span;
        if taken
            .range(..span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > span.start)
        {
            continue;
        }
        taken.insert(span.start, span.end);
        kept.push(c);
    }
    kept.sort_by_key(|c| c.mention.span.start);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_of_standing_opening_a_sentence_is_not_part_of_the_name() {
        use crate::pipeline::tests::kind_of;
        let text = "Tarsia Steel agreed to buy Orvane Mining on Monday.\n\nRival Kestrel \
                    Metals, which owns 12% of Orvane, said it would accept the offer.";
        assert_eq!(kind_of(text, "Kestrel Metals"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Rival Kestrel Metals"), None);
    }

    #[test]
    fn an_interview_label_is_no_name() {
        let lang = crate::lang::Language::english().expect("English loads");
        let text = "Q&A: Ada Lind of Ostra Marine on buying tugs";
        assert_eq!(clean_name(&lang.tag, text, Span::new(0, 4)), None);
        assert!(clean_name(&lang.tag, text, Span::new(21, 33)).is_some());
    }

    #[test]
    fn a_glued_former_prefix_is_not_part_of_a_name() {
        let lang = crate::lang::Language::english().expect("English loads");
        let text = "They hired ex-Orvo executive Di Lund.";
        let span = clean_name(&lang.tag, text, Span::new(11, 18));
        assert_eq!(span.map(|s| s.slice(text)), Some("Orvo"));
    }

    #[test]
    fn role_word_is_trimmed_off_a_name_and_values_win() {
        let text = "President Donald Trump announced $5 billion in 2019. Senator Ann Lee agreed, as did Sen. Bo Park.";
        let names = vec![
            Mention::new(Span::new(0, 22), EntityKind::Person, Provenance::Model, 0.9),
            Mention::new(Span::new(33, 35), EntityKind::Misc, Provenance::Model, 0.4), // "$5" oddly tagged
            // A title read as a name of its own, and one with its abbreviated title.
            Mention::new(
                Span::new(53, 60),
                EntityKind::Person,
                Provenance::Model,
                0.6,
            ),
            Mention::new(
                Span::new(61, 68),
                EntityKind::Person,
                Provenance::Model,
                0.9,
            ),
            Mention::new(
                Span::new(84, 96),
                EntityKind::Person,
                Provenance::Model,
                0.9,
            ),
        ];
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let rules = Rules::new(&lang.rules).expect("patterns compile");
        let merged = merge(
            &lang.tag,
            &lang.relate.places.based_suffix,
            &kinds,
            text,
            names,
            rules.find(text),
        );
        let want: Vec<(String, EntityKind)> = [
            ("President", EntityKind::Title),
            ("Donald Trump", EntityKind::Person),
            ("$5 billion", EntityKind::Money),
            ("2019", EntityKind::Date),
            ("Senator", EntityKind::Title),
            ("Ann Lee", EntityKind::Person),
            ("Sen.", EntityKind::Title),
            ("Bo Park", EntityKind::Person),
        ]
        .map(|(n, k)| (n.to_owned(), k))
        .to_vec();
        assert_eq!(crate::pipeline::tests::named_kinds(text, &merged), want);
    }
}
