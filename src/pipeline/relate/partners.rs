//! Partnerships and competition: partner of, competitor of (both symmetric).

use crate::model::{EntityKind, RelationKind};

mod complement;

use super::clause::{Subjects, entity_list};
use super::context::Context;
use super::item::{Finds, Item, find_word, next_entity, possessor_near};
use super::pattern::At;

/// "X’s (cloud) partner", "partners with T".
pub(super) fn partner(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().partners;
    if !words.partner.contains(at.word()) {
        return;
    }
    let owner = possessor_near(items, i);
    if let (Some(o), Some(s)) = (owner, at.subject) {
        out.add(RelationKind::PartnerOf, s, o, at.span(i), None, 0.8);
    } else if at.is(i + 1, &words.with)
        && let (Some(s), Some((_, t))) = (at.subject, next_entity(items, i + 2, 2))
    {
        out.add(RelationKind::PartnerOf, s, t, at.span(i), None, 0.75);
    }
}

/// "partnership with T", "partnered with T", "a deal between A and B".
pub(super) fn partnership(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = &at.words().partners;
    if !words.partnership.contains(at.word()) {
        return;
    }
    let owner = possessor_near(items, i);
    if let Some(with) = find_word(items, i + 1, i + 3, &words.with)
        // "with Japanese automaker T": the company the nationality describes.
        && let Some(t) = at.object_from(with + 1, 2)
        && let Some(s) = owner.or(at.subject)
    {
        out.add(RelationKind::PartnerOf, s, t, at.span(i), None, 0.7);
    } else if at.is(i + 1, &words.between)
        && let (list, _) = entity_list(&at.words().clause, items, i + 2)
        && let [a, b] = list.as_slice()
    {
        out.add(RelationKind::PartnerOf, *a, *b, at.span(i), None, 0.7);
    }
}

/// "a consortium of A and B", "an alliance of A, B and C": the members
/// listed are partners of one another.
pub(super) fn group(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    if !words.partners.group.contains(at.word()) || !at.is(i + 1, &words.partners.group_of) {
        return;
    }
    let clause = &words.clause;
    let mut members = Vec::new();
    let mut k = i + 2;
    // "of Glasgow-based A and France's B", "of A and the Portuguese
    // builder B", "of press distributor A and publisher B": each name past
    // its description.
    while let Some(k0) = if items.get(k).and_then(Item::entity).is_some() {
        Some(k)
    } else {
        at.described_object(k)
    } {
        let named = at.named_after(k0);
        match items[named].entity() {
            Some(e) if at.is_org(e) => members.push(e),
            _ => return,
        }
        k = named + 1;
        if !at.is(k, &clause.list_separators) {
            break;
        }
        k += 1;
        if at.is(k, &clause.list_serial) {
            k += 1;
        }
    }
    for (n, &a) in members.iter().enumerate() {
        for &b in &members[n + 1..] {
            out.add(RelationKind::PartnerOf, a, b, at.span(i), None, 0.7);
            out.nearest_only();
        }
    }
}

/// The position of the name before the phrase of `rival_as` ("X as a"),
/// when that phrase stands right before `i`.
fn as_a_before(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let phrase = at.words().partners.rival_as.as_slice();
    let k = phrase.len();
    (i > k
        && phrase
            .iter()
            .enumerate()
            .all(|(m, w)| at.items[i - k + m].word() == w))
    .then(|| i - k - 1)
}

/// Competition: "X as a competitor by Y", else "rival competitors like A
/// and B", "compete with A".
pub(super) fn rivals(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i, n) = (at.items, at.i, at.items.len());
    let words = at.words();
    if !words.partners.rival.contains(at.word()) {
        return;
    }
    // "X as a competitor by Y"
    if let Some(x) = as_a_before(at, i).and_then(|x| items[x].entity()) {
        let by = find_word(items, i + 1, i + 3, &words.clause.passive_agent)
            .and_then(|b| next_entity(items, b + 1, 1))
            .map(|t| t.1);
        if let Some(y) = by.or(at.subject.filter(|&s| s != x)) {
            out.add(RelationKind::CompetitorOf, y, x, at.span(i), None, 0.75);
        }
    } else if let Some(x) = rival_and_before(at, i) {
        // "X and rival buyout firm Y".
        if let Some((j, _)) = next_entity(items, i + 1, 4)
            && let Some(y) = items[at.named_after(j)].entity()
            && at.is_org(y)
        {
            out.add(RelationKind::CompetitorOf, x, y, at.span(i), None, 0.7);
        }
    } else if at.is(i + 1, &words.partners.between)
        && let (list, _) = entity_list(&words.clause, items, i + 2)
        && let [a, b] = list.as_slice()
    {
        // "a close competition between A and B".
        out.add(RelationKind::CompetitorOf, *a, *b, at.span(i), None, 0.7);
    } else if let Some(s) = predicated_before(at, i)
        .or(at.subject)
        .filter(|&s| !at.is_person(s))
    {
        let mut j = i + 1;
        while j < n && j <= i + 3 && items[j].entity().is_none() {
            j += 1;
        }
        let intro = (i + 1..j).map(|k| items[k].word()).collect::<Vec<_>>();
        let p = &words.partners;
        let listed = intro.is_empty()
            || intro.iter().any(|w| p.rival_intro.contains(w))
            || intro
                .iter()
                .all(|w| p.rival.contains(w) || p.rival_filler.contains(w));
        // "competes with South Korea's K": the company the place owns.
        let j = match items.get(j) {
            Some(Item::Ent {
                entity,
                possessive: true,
                ..
            }) if matches!(at.kind(*entity), EntityKind::Loc | EntityKind::Nationality) => {
                at.named_after(j)
            }
            _ => j,
        };
        let (list, _) = entity_list(&words.clause, items, j);
        // "Rivals such as A and B were better hedged": the subject is one
        // of the rivals named, whose rival the topic is.
        if list.contains(&s) {
            return;
        }
        let orgs: Vec<usize> = list.into_iter().filter(|&t| at.is_org(t)).collect();
        if !listed || orgs.is_empty() {
            complement::rivals_in_complement(at, s, out);
            return;
        }
        for t in orgs {
            out.add(RelationKind::CompetitorOf, s, t, at.span(i), None, 0.75);
        }
    }
}

/// The name the rival word at `i` is said of: "make X a stronger rival",
/// "X, a fierce competitor" — a name, then an article and at most two
/// plain words.
fn predicated_before(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let items = at.items;
    let articles = &at.words().announce.determiners;
    let mut k = i;
    while k > 0
        && i - k < 3
        && matches!(&items[k - 1], Item::Word { word, .. }
        if word.chars().all(char::is_lowercase) && !articles.contains(word))
    {
        k -= 1;
    }
    if k < 2
        || !at
            .words()
            .partners
            .rival_article
            .contains(items[k - 1].word())
    {
        return None;
    }
    match &items[k - 2] {
        Item::Ent {
            entity,
            possessive: false,
            ..
        } if at.is_org(*entity) => Some(*entity),
        _ => None,
    }
}

/// The organisation in "X and rival Y" right before the rival word at `i`.
fn rival_and_before(at: &At<'_, '_>, i: usize) -> Option<usize> {
    let joins = &at.words().clause.list_conjunctions;
    (i >= 2 && joins.contains(at.items[i - 1].word()))
        .then(|| at.items[i - 2].entity())
        .flatten()
        .filter(|&x| at.is_org(x))
}

/// Beaten for a deal: "S defeated X for a contract", "S beat a rival bid
/// from A and B": S competes with each.
pub(super) fn beat(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    let words = at.words();
    if !words.credit.beat.contains(at.word()) {
        return;
    }
    let Some(s) = at.subject.filter(|&s| at.is_org(s)) else {
        return;
    };
    let first = match items.get(i + 1).and_then(Item::entity) {
        Some(_) => Some(i + 1),
        None => find_word(items, i + 1, i + 5, &words.payments.from)
            .and_then(|f| next_entity(items, f + 1, 6))
            .map(|(j, _)| j),
    };
    let Some(first) = first else {
        return;
    };
    let (list, _) = entity_list(&words.clause, items, at.named_after(first));
    for y in list.into_iter().filter(|&y| at.is_org(y)) {
        out.add(RelationKind::CompetitorOf, s, y, at.span(i), None, 0.7);
    }
}

/// "Airbus, Boeing’s main rival, …"
pub(super) fn rival_apposition(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    if !at.words().partners.rival.contains(at.word()) {
        return;
    }
    if let Some(y) = (i.saturating_sub(3)..i).rev().find_map(|j| match items[j] {
        Item::Ent {
            entity,
            possessive: true,
            ..
        } if j >= 2 && items[j - 1].word() == "," => items[j - 2].entity().map(|x| (x, entity)),
        _ => None,
    }) {
        out.add(RelationKind::CompetitorOf, y.0, y.1, at.span(i), None, 0.75);
    }
}

/// "X’s rival Y", "X’s main European competitor, Y": a possessive up to two
/// plain words before the rival word, its rival right after (or after a
/// comma).
pub(super) fn rival_possessive(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    if !at.words().partners.rival.contains(at.word()) {
        return;
    }
    let owner = (i.saturating_sub(3)..i).rev().find_map(|j| match items[j] {
        Item::Ent {
            entity,
            possessive: true,
            ..
        } if items[j + 1..i]
            .iter()
            .all(|it| matches!(it, Item::Word { word, .. } if word != ",")) =>
        {
            Some(entity)
        }
        _ => None,
    });
    if let Some(x) = owner
        && let Some(y) = rival_after(items, i)
    {
        out.add(RelationKind::CompetitorOf, x, y, at.span(i), None, 0.75);
    }
}

/// The rivals of `topic` a sentence names (see [`rival_of_topic`]) added to
/// `found`, save a name the sentence already gives a rival of its own;
/// `subjects`: each item's subject (`clause::Subjects`).
pub(super) fn topic_rivals(
    ctx: &Context<'_>,
    items: &[Item],
    subjects: Subjects<'_, '_>,
    topic: Option<usize>,
    found: &mut Finds,
) {
    let mut extra = Finds::default();
    // Only at a rival word (`rival_of_topic`'s first test) is the item's
    // subject worked out.
    let rival = &ctx.lang.relate.partners.rival;
    for i in (0..items.len()).filter(|&i| rival.contains(items[i].word())) {
        let at = At {
            ctx,
            items,
            i,
            subject: subjects.at(i),
        };
        rival_of_topic(&at, topic, &mut extra);
    }
    for f in extra.0 {
        let rivalled = found.0.iter().any(|g| {
            g.kind == RelationKind::CompetitorOf && (g.source == f.target || g.target == f.target)
        });
        if !rivalled {
            found.0.push(f);
        }
    }
}

/// "Chinese rival Keltic raised $1 billion", "after rival Keltic won": a
/// rival word with no owner before it (a place or nationality word may
/// stand there), whose name is its clause's own subject or has no
/// organisation for subject, names a rival of `topic`, the organisation
/// the article speaks of.
fn rival_of_topic(at: &At<'_, '_>, topic: Option<usize>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    if !at.words().partners.rival.contains(at.word()) {
        return;
    }
    let owned = i.checked_sub(1).is_some_and(|k| match &items[k] {
        Item::Ent {
            entity, possessive, ..
        } => *possessive || !matches!(at.kind(*entity), EntityKind::Loc | EntityKind::Nationality),
        Item::Word { word, .. } => at.ctx.lang.relate.pronoun.possessive.contains(word),
        _ => false,
    });
    if owned || rival_and_before(at, i).is_some() {
        return;
    }
    // "rivals such as A and B": the examples named after.
    let mut j = i + 1;
    while j < i + 3 && at.is(j, &at.words().partners.rival_examples) {
        j += 1;
    }
    let (named, _) = entity_list(&at.words().clause, items, j);
    // A clause with an organisation of its own for subject: that one's rivals.
    if at
        .subject
        .is_some_and(|s| at.is_org(s) && !named.contains(&s))
    {
        return;
    }
    let Some(t) = topic.filter(|&t| at.is_org(t)) else {
        return;
    };
    for y in named.into_iter().filter(|&y| at.is_org(y) && y != t) {
        out.add(RelationKind::CompetitorOf, t, y, at.span(i), None, 0.55);
    }
}

/// The name right after the rival word at `i`, or after a comma there.
fn rival_after(items: &[Item], i: usize) -> Option<usize> {
    match items.get(i + 1) {
        Some(Item::Word { word, .. }) if word == "," => items.get(i + 2).and_then(Item::entity),
        Some(it) => it.entity(),
        None => None,
    }
}

/// "S outsold rivals Y and Z", "S rivals Y": a rival word with no owner
/// before it and a name right after it makes that name a competitor of the
/// clause's subject.
pub(super) fn rival_object(at: &At<'_, '_>, out: &mut Finds) {
    let (items, i) = (at.items, at.i);
    if !at.words().partners.rival.contains(at.word())
        || i == 0
        || matches!(items[i - 1], Item::Ent { .. })
    {
        return;
    }
    if let Some(s) = at.subject.filter(|&s| at.is_org(s))
        && let Some(y) = items.get(i + 1).and_then(Item::entity)
        && at.is_org(y)
    {
        out.add(RelationKind::CompetitorOf, s, y, at.span(i), None, 0.65);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::{self, *};
    use crate::pipeline::relate::tests::check;

    const PARTNERS: &[RelationKind] = &[PartnerOf, CompetitorOf];

    #[test]
    fn partnerships() {
        check(
            PARTNERS,
            &[
                (
                    "Quantix Inc. is Zephyr Corp.'s cloud partner.",
                    &[("Quantix Inc.", PartnerOf, "Zephyr Corp.")],
                ),
                (
                    "Quantix Inc. partners with Zephyr Corp. on chips.",
                    &[("Quantix Inc.", PartnerOf, "Zephyr Corp.")],
                ),
                (
                    "Zephyr Corp. formed a partnership with Quantix Inc.",
                    &[("Zephyr Corp.", PartnerOf, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. teamed up with Quantix Inc. on batteries.",
                    &[("Zephyr Corp.", PartnerOf, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. is teaming up with Quantix Inc. to build a battery plant.",
                    &[("Zephyr Corp.", PartnerOf, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. joined forces with Quantix Inc. last year.",
                    &[("Zephyr Corp.", PartnerOf, "Quantix Inc.")],
                ),
                // A coordinated subject teaming up, or joining forces.
                (
                    "Zephyr Corp. and Quantix Inc. are teaming up to build a plant.",
                    &[("Zephyr Corp.", PartnerOf, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. and Quantix Inc. are joining forces to build a plant in Ghent.",
                    &[("Zephyr Corp.", PartnerOf, "Quantix Inc.")],
                ),
                // Forces of the market make no partners.
                (
                    "Zephyr Corp. blamed market forces for the losses at Quantix Inc.",
                    &[],
                ),
                // Past a nationality and a trade noun.
                (
                    "Zephyr Corp. already has a similar partnership with Japanese automaker Orvane.",
                    &[("Zephyr Corp.", PartnerOf, "Orvane")],
                ),
                (
                    "The deal between Zephyr Robotics and Quantix Labs was signed.",
                    &[("Zephyr Robotics", PartnerOf, "Quantix Labs")],
                ),
                // The members of a consortium are partners.
                (
                    "Keltic Inc. beat a rival bid from a consortium of Glasgow-based Clyde Marine Group and Quantix Labs.",
                    &[
                        ("Keltic Inc.", CompetitorOf, "Clyde Marine Group"),
                        ("Keltic Inc.", CompetitorOf, "Quantix Labs"),
                        ("Clyde Marine Group", PartnerOf, "Quantix Labs"),
                    ],
                ),
                (
                    "The port has picked a consortium of Belgium's Zephyr Baggerwerken NV and \
                     the Portuguese builder Quantix Obras SA to deepen its channel.",
                    &[("Zephyr Baggerwerken NV", PartnerOf, "Quantix Obras SA")],
                ),
                (
                    "A consortium of press distributor Zephyr Baggerwerken and publishers group Quantix Obras is seeking a stake.",
                    &[("Zephyr Baggerwerken", PartnerOf, "Quantix Obras")],
                ),
                (
                    "An alliance of Zephyr Robotics, Quantix Labs and Keltic Inc. will build it.",
                    &[
                        ("Zephyr Robotics", PartnerOf, "Quantix Labs"),
                        ("Zephyr Robotics", PartnerOf, "Keltic Inc."),
                        ("Quantix Labs", PartnerOf, "Keltic Inc."),
                    ],
                ),
                // "between" takes a pair, not a longer list.
                (
                    "The deal between Zephyr Corp., Quantix Inc. and Keltic Inc. was signed.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn competition() {
        check(
            PARTNERS,
            &[
                // The name a rival word is said of, and "a rival to".
                (
                    "The deal would make Zephyr Corp. a stronger rival to Quantix Inc. in snacks.",
                    &[("Zephyr Corp.", CompetitorOf, "Quantix Inc.")],
                ),
                (
                    "Zephyr Corp. competes with Quantix Inc., Keltic Inc. and Nordvik Corp.",
                    &[
                        ("Zephyr Corp.", CompetitorOf, "Quantix Inc."),
                        ("Zephyr Corp.", CompetitorOf, "Keltic Inc."),
                        ("Zephyr Corp.", CompetitorOf, "Nordvik Corp."),
                    ],
                ),
                // Past the place that owns the first rival.
                (
                    "Zephyr Corp. cut its forecast. The company blamed falling prices for \
                     televisions, where it competes with South Korea's Kimsan Electronics \
                     and the Dutch group Veldhoven Philtronics.",
                    &[
                        ("Zephyr Corp.", CompetitorOf, "Kimsan Electronics"),
                        ("Zephyr Corp.", CompetitorOf, "Veldhoven Philtronics"),
                    ],
                ),
                (
                    "Zephyr Corp. faces rivals like Quantix Inc. and Keltic Inc.",
                    &[
                        ("Zephyr Corp.", CompetitorOf, "Quantix Inc."),
                        ("Zephyr Corp.", CompetitorOf, "Keltic Inc."),
                    ],
                ),
                (
                    "Analysts see Zephyr Corp. as a competitor by Quantix Inc.",
                    &[("Quantix Inc.", CompetitorOf, "Zephyr Corp.")],
                ),
                (
                    "Quantix Labs, Zephyr Robotics's main rival, grew.",
                    &[("Quantix Labs", CompetitorOf, "Zephyr Robotics")],
                ),
                (
                    "Zephyr Robotics's rival Quantix Labs grew.",
                    &[("Zephyr Robotics", CompetitorOf, "Quantix Labs")],
                ),
                (
                    "Officials favoured Zephyr Robotics's main competitor, Quantix Labs, in the tender.",
                    &[("Zephyr Robotics", CompetitorOf, "Quantix Labs")],
                ),
                (
                    "Zephyr Robotics's European rival, Quantix Labs, is preparing a similar robot.",
                    &[("Zephyr Robotics", CompetitorOf, "Quantix Labs")],
                ),
                (
                    "Zephyr Motors said its sales rose as it outsold rivals Quantix Motors and Keltic Corp.",
                    &[
                        ("Zephyr Motors", CompetitorOf, "Quantix Motors"),
                        ("Zephyr Motors", CompetitorOf, "Keltic Corp."),
                    ],
                ),
                // No owner and no name right after: no competition.
                ("Zephyr Motors said rivals were struggling.", &[]),
                // A rival with no owner is the article's organisation's.
                (
                    "Zephyr Motors sold 40 trucks. Zephyr Motors hired staff. The order comes weeks after Swiss rival Quantix Motors raised $50 million.",
                    &[("Zephyr Motors", CompetitorOf, "Quantix Motors")],
                ),
                (
                    "Zephyr Motors sold 40 trucks. Zephyr Motors hired staff. Its chief Ann Lee said sales lagged rivals such as Quantix Motors and Keltic Corp. last year.",
                    &[
                        ("Zephyr Motors", CompetitorOf, "Quantix Motors"),
                        ("Zephyr Motors", CompetitorOf, "Keltic Corp."),
                    ],
                ),
                // Rivals named as the subject are the topic's, not each other's.
                (
                    "Zephyr Motors sold 40 trucks. Zephyr Motors hired staff. Rivals such as Quantix Motors and Keltic Corp. were better hedged, analysts said.",
                    &[
                        ("Zephyr Motors", CompetitorOf, "Quantix Motors"),
                        ("Zephyr Motors", CompetitorOf, "Keltic Corp."),
                    ],
                ),
                // The clause names its own organisation: that one's rival.
                (
                    "Zephyr Motors sold 40 trucks. Keltic Corp. outsold rival Quantix Motors.",
                    &[("Keltic Corp.", CompetitorOf, "Quantix Motors")],
                ),
                (
                    "Quantix Inc. beat a rival bid from Zephyr Corp. for the work.",
                    &[("Quantix Inc.", CompetitorOf, "Zephyr Corp.")],
                ),
                // A bidder described by its glued home.
                (
                    "Quantix Inc. beat a rival bid from a group led by Oslo-based Zephyr Corp. for the work.",
                    &[("Quantix Inc.", CompetitorOf, "Zephyr Corp.")],
                ),
                (
                    "Quantix Inc. and rival buyout firm Zephyr Corp. were in the final round.",
                    &[("Quantix Inc.", CompetitorOf, "Zephyr Corp.")],
                ),
                (
                    "Zephyr Corp. faces competition from Quantix Inc.'s new phone.",
                    &[("Zephyr Corp.", CompetitorOf, "Quantix Inc.")],
                ),
            ],
        );
    }
}
