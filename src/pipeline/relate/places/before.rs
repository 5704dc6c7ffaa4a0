//! A place written before an organisation's name: "France’s agency BEA",
//! "U.S. automaker Chrysler", "the Leeds engineering firm Keltic", and an
//! apposition that places the name before it ("Keltic, a Detroit carmaker").

use crate::model::{EntityKind, RelationKind, Span};
use crate::pipeline::word_shape::is_describing_word;

use super::super::item::{Finds, Item};
use super::super::pattern::At;
use super::super::view::description_place;
use super::listed_after;

/// "France’s investigative agency BEA", "Singapore’s Changi Airport", "U.S.
/// automaker Chrysler": a place before an organisation, possessive or with a
/// company noun between ("automaker", "electronics retailer"), locates it.
pub(in super::super) fn place_before_org(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let Item::Ent {
        entity: loc,
        possessive,
        span,
        ..
    } = items[i]
    else {
        return;
    };
    if at.kind(loc) != EntityKind::Loc {
        place_of_description(at, loc, span, out);
        return;
    }
    let lang = at.ctx.lang;
    // "the Portland, Oregon, seller of …": the region set off after the
    // place, the description past it.
    let region = region_set_off(at, i);
    let mut j = region.map_or(i + 1, |r| r + 2);
    let start = j;
    let mut last = None;
    while j < start + 3
        && let Some(Item::Word { word, .. }) = items.get(j)
        && is_describing_word(word)
        && word.chars().any(char::is_lowercase)
        && !lang.rules.function_words.contains(word)
    {
        last = Some(word.as_ref());
        j += 1;
    }
    // "airframer", "distributor": an agent noun names what the
    // organisation does, even one no list holds.
    let agent = |w: &str| {
        at.words()
            .places
            .agent_suffixes
            .iter()
            .any(|s| w.len() > s.len() + 3 && w.ends_with(s))
    };
    // "Oslo's main airport X": after a possessive place, a venue's
    // noun describes the name too ("Heathrow airport X" is no description).
    let company_noun = |w: &str| {
        lang.kinds.org_nouns_before.contains(w)
            || lang.rules.nominal_heads.contains(w)
            || (possessive && at.words().places.venues.contains(w))
            || agent(w)
    };
    // "a Kuopio venture fund backed by the city": the description ends at
    // its last company noun, not at the participle that follows it.
    if !matches!(items.get(j), Some(Item::Ent { .. }))
        && !last.is_some_and(company_noun)
        && let Some(k) = (start..j).rev().find(|&k| company_noun(items[k].word()))
    {
        j = k + 1;
        last = Some(items[k].word());
    }
    // A description made a mention: "the Leeds engineering firm X" describes
    // X; "the Detroit carmaker" stands for its organisation ("-based": see
    // `glued_based`).
    let lower = |k: usize| {
        matches!(items.get(k), Some(Item::Ent { possessive: false, span, .. })
            if span.slice(at.ctx.text).starts_with(char::is_lowercase))
    };
    let named_after = lower(j)
        && matches!(items.get(j + 1), Some(Item::Ent { possessive: false, span, .. })
            if span.slice(at.ctx.text).starts_with(char::is_uppercase));
    let based = at
        .words()
        .places
        .based_suffix
        .iter()
        .any(|x| at.ctx.text[at.span(i).end..].starts_with(x));
    let description =
        lower(j) && !named_after && !based && !possessive && article_before(at, i).is_some();
    if named_after {
        j += 1;
    }
    let described = named_after || last.is_some_and(company_noun);
    // "Germany's largest bank, Keltic Bank": the name in apposition;
    // "the three US automakers -- A, B and C": the names the dash lists.
    let opener = |j: usize| items.get(j).map_or("", Item::word);
    if described && possessive && opener(j) == "," {
        j += 1;
    } else if described {
        while at.words().places.list_openers.contains(opener(j)) {
            j += 1;
        }
    }
    let Some(org) = items.get(j).and_then(Item::entity) else {
        // "Keltic, a Detroit carmaker,": an apposition that places the
        // organisation before it.
        if described
            && !possessive
            && let Some(org) = described_before(at, i)
                .or_else(|| apposed_after(at, i, j))
                .or_else(|| region.and_then(|_| opening_description(at, i, start)))
        {
            out.add(RelationKind::LocatedIn, org, loc, at.span(i), None, 0.6);
            if let Some(r) = region.and_then(|r| items[r].entity()) {
                out.add(RelationKind::LocatedIn, org, r, at.span(i), None, 0.6);
            }
        }
        return;
    };
    // "London's FTSE 100", "Paris's CAC index": an index, not a company.
    let next = items
        .get(j + 1)
        .map_or("", |it| it.span(at.ctx.mentions).slice(at.ctx.text));
    // "the Leeds firm Keltic 30%" (a holding gapped): a share, no index.
    let share = items.get(j + 1).map(Item::word) == Some(super::super::view::PERCENT);
    if at.words().places.index_words.contains_lowercase(next)
        || (next.starts_with(|c: char| c.is_ascii_digit()) && !share)
    {
        return;
    }
    let fits = if described {
        at.is_org(org)
    } else if description {
        at.kind(org) == EntityKind::Org
    } else if possessive {
        last.is_none() && at.kind(org) == EntityKind::Org
    } else {
        open_head(at, i, j, org)
    };
    if fits {
        out.add(RelationKind::LocatedIn, org, loc, at.span(i), None, 0.65);
        if let Some(r) = region.and_then(|r| items[r].entity()) {
            out.add(RelationKind::LocatedIn, org, r, at.span(i), None, 0.65);
        }
        if described {
            for m in listed_after(at, j) {
                // "40% by the Leeds firm A, and B 100% by …": a gapped
                // clause's owner, no member of the list.
                if items.get(m + 1).map(Item::word) == Some(super::super::view::PERCENT) {
                    continue;
                }
                if let Some(other) = items[m].entity().filter(|&o| at.is_org(o)) {
                    out.add(RelationKind::LocatedIn, other, loc, at.span(i), None, 0.6);
                }
            }
        }
    }
}

/// "the York company": a description whose place the view reads as one
/// of its words ([`description_place`]) is located there.
fn place_of_description(at: &At<'_, '_>, org: usize, span: Span, out: &mut Finds) {
    let mentions = at.ctx.mentions;
    let n = mentions.partition_point(|m| m.span.start < span.start);
    if at.kind(org) == EntityKind::Org
        && mentions.get(n).is_some_and(|m| m.span == span)
        && let Some(loc) = description_place(at.ctx, n)
    {
        out.add(RelationKind::LocatedIn, org, loc, span, None, 0.65);
    }
}

/// The position of the region set off by commas right after the place at
/// `i` ("Portland, Oregon, seller"), when a determiner opens the phrase.
fn region_set_off(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let items = at.items;
    let opened = i >= 1
        && at
            .ctx
            .lang
            .resolve
            .determiners
            .contains(items[i - 1].word());
    let region = matches!(items.get(i + 2), Some(Item::Ent { entity, possessive: false, .. })
        if at.kind(*entity) == EntityKind::Loc);
    (opened
        && region
        && items.get(i + 1).map(Item::word) == Some(",")
        && items.get(i + 3).map(Item::word) == Some(","))
    .then_some(i + 2)
}

/// The organisation a description opening its sentence stands for: "The
/// Tarvin, England, company was up …" is the company named last before it,
/// as `described` resolves "the Tarvin-based company". `start`: the first
/// word of the description past the place.
fn opening_description(at: &At<'_, '_>, i: usize, start: usize) -> Option<usize> {
    let items = at.items;
    if i != 1 {
        return None;
    }
    let sentence = crate::model::Span::new(at.span(0).start, at.span(items.len() - 1).end);
    let from = items.get(start)?.span(at.ctx.mentions).start;
    super::described::described(at.ctx, sentence, at.span(0).start, from)
}

/// "the Vienna family office Keltic Beteiligungen", "the Paris truffle
/// merchant Maison Keltic": after an article, a place and plain words up to
/// the organisation's name at `j` describe it, whatever their noun, unless
/// the article follows a preposition of place ("in the Leeds area Keltic
/// employs …" sets a scene).
fn open_head(at: &At<'_, '_>, i: usize, j: usize, org: usize) -> bool {
    let items = at.items;
    let places = &at.words().places;
    let scene = i >= 2 && (at.is(i - 2, &places.site_in) || at.is(i - 2, &places.works_in));
    j > i + 1
        && i >= 1
        && !scene
        && at
            .ctx
            .lang
            .relate
            .pronoun
            .determiners
            .contains(items[i - 1].word())
        && at.kind(org) == EntityKind::Org
        && matches!(items[j], Item::Ent { possessive: false, span, .. }
            if span.slice(at.ctx.text).starts_with(char::is_uppercase))
}

/// Most plain words between a description's article and its place ("the
/// larger Southampton builder", "a small family-owned Leeds firm").
const ADJECTIVE_REACH: usize = 2;

/// The position of the article that opens the description whose place is
/// at `i`: right before it, or before a few plain lower-case words ("the
/// larger Southampton builder"), none a function word or preposition.
fn article_before(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let lang = at.ctx.lang;
    let mut k = i.checked_sub(1)?;
    for _ in 0..=ADJECTIVE_REACH {
        let Item::Word { word, .. } = &at.items[k] else {
            return None;
        };
        if lang.relate.pronoun.determiners.contains(word) {
            return Some(k);
        }
        let plain = word.chars().any(char::is_alphabetic)
            && is_describing_word(word)
            && !lang.rules.function_words.contains(word)
            && !lang.resolve.prepositions.contains(word);
        if !plain {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    None
}

/// The organisation an apposition opening at the place at `i` describes:
/// "ORG, a|the|another PLACE …".
fn described_before(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let items = at.items;
    let a = article_before(at, i)?;
    (a >= 2 && items[a - 1].word() == ",")
        .then(|| match items[a - 2] {
            Item::Ent {
                entity,
                possessive: false,
                ..
            } if at.kind(entity) == EntityKind::Org => Some(entity),
            _ => None,
        })
        .flatten()
}

/// The organisation set off by commas after a description that opens at
/// the place at `i` and ends at the comma at `j`: "a Bristol smelter,
/// Keltic Metals, cut", "the Leeds contractor, Keltic Ltd, has built".
/// The description follows an article no preposition of place governs
/// ("At the Leeds plant, Keltic …" sets a scene), and the name ends the
/// apposition (a comma or the sentence's end after it, not "the Leeds
/// plant, Keltic said").
fn apposed_after(at: &At<'_, '_>, i: usize, j: usize) -> Option<usize> {
    let items = at.items;
    let places = &at.words().places;
    let opens = article_before(at, i).is_some_and(|a| {
        a == 0 || !(at.is(a - 1, &places.site_in) || at.is(a - 1, &places.works_in))
    });
    if !opens || items.get(j).map(Item::word) != Some(",") {
        return None;
    }
    let closes = matches!(items.get(j + 2).map(Item::word), None | Some("," | "."));
    match items.get(j + 1) {
        Some(&Item::Ent {
            entity,
            possessive: false,
            span,
            ..
        }) if closes
            && at.kind(entity) == EntityKind::Org
            && span.slice(at.ctx.text).starts_with(char::is_uppercase) =>
        {
            Some(entity)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::LocatedIn;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_place_before_a_description_locates_the_name() {
        check(
            &[LocatedIn],
            &[
                // A venue's noun after a possessive place.
                (
                    "Toronto's main airport Halden Aerodrom will close for a week.",
                    &[("Halden Aerodrom", LocatedIn, "Toronto")],
                ),
                // A place and its region set off before the noun.
                (
                    "Zephyr Corp. sold the unit to Keltic Inc., the Tarvin, England, seller of garden tools, in May.",
                    &[
                        ("Keltic Inc.", LocatedIn, "Tarvin"),
                        ("Keltic Inc.", LocatedIn, "England"),
                    ],
                ),
                (
                    "Keltic Inc. jumped 23 percent on Thursday. The Tarvin, England, company was up 2 pence.",
                    &[
                        ("Keltic Inc.", LocatedIn, "Tarvin"),
                        ("Keltic Inc.", LocatedIn, "England"),
                    ],
                ),
                // Plain words between the article and the place.
                (
                    "Hamble Aircushion beat Griffon Hoverwork, the larger Southampton builder, for the order.",
                    &[("Griffon Hoverwork", LocatedIn, "Southampton")],
                ),
                (
                    "The fund sold its stake to the small Leeds engineering firm, Keltic Ltd, in May.",
                    &[("Keltic Ltd", LocatedIn, "Leeds")],
                ),
                // A scene, not a description: nothing.
                ("At the old Leeds plant, Keltic Ltd cut 40 jobs.", &[]),
                // A place glued to "-registered".
                (
                    "Shares of France-registered packaging group Keltic SA fell on Friday.",
                    &[("Keltic SA", LocatedIn, "France")],
                ),
            ],
        );
    }

    /// "the York company" stands for its organisation: the place is a word
    /// of the description, so the deal is the company's, not the town's.
    #[test]
    fn a_place_naming_a_description_is_no_party() {
        use crate::model::RelationKind::{Acquired, ContractWith, LendsTo, StakeIn};
        let all = [Acquired, ContractWith, LendsTo, StakeIn, LocatedIn];
        check(
            &all,
            &[
                (
                    "Ostby Foods makes crisps in York. Tarvel Motors agreed to buy the York company for $900 million.",
                    &[
                        ("Ostby Foods", LocatedIn, "York"),
                        ("Tarvel Motors", Acquired, "Ostby Foods"),
                        ("Ostby Foods", LocatedIn, "York"),
                    ],
                ),
                (
                    "Ostby Foods makes crisps in York. Keltic Bank will lend the York company 5 million pounds.",
                    &[
                        ("Ostby Foods", LocatedIn, "York"),
                        ("Keltic Bank", LendsTo, "Ostby Foods"),
                        ("Ostby Foods", LocatedIn, "York"),
                    ],
                ),
                (
                    "Ostby Foods makes crisps in York. Keltic Bank owns 30% of the York company.",
                    &[
                        ("Ostby Foods", LocatedIn, "York"),
                        ("Ostby Foods", LocatedIn, "York"),
                        ("Keltic Bank", StakeIn, "Ostby Foods"),
                    ],
                ),
                // A name right after the description: the place stays a
                // place before that name.
                (
                    "Tarvel Motors agreed to buy the York grocer Ostby Foods for $900 million.",
                    &[
                        ("Tarvel Motors", Acquired, "Ostby Foods"),
                        ("Ostby Foods", LocatedIn, "York"),
                    ],
                ),
            ],
        );
    }
}
