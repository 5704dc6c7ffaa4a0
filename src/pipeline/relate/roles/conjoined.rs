//! A second post joined to a person's first by a conjunction: "X,
//! chairman of A and a director of B", "X, A's chief executive and ex B
//! executive". The second title names its own organisation but no holder;
//! its holder is the one the first post was found for.

use crate::model::{EntityKind, RelationKind};

use super::super::item::{Finds, Item};
use super::super::pattern::At;
use super::{is_public_office, org_after_title, role_kind};

/// How many items may stand between the first post's title and the
/// conjunction ("chairman of the A and").
const FIRST_POST_REACH: usize = 5;

/// How many describing words may open the second post ("a former senior").
const LEAD_REACH: usize = 3;

/// Gives each title with an organisation and no holder the holder of the
/// post joined before it by a conjunction, where only that post's own
/// words stand between ("chairman of A and a director of B": B's director
/// is A's chairman). Posts already found are in `found`; `at(i)` is the
/// sentence's pattern view at item `i`, for each of `items`, asked at
/// titles only (it works out the item's subject).
pub(in super::super) fn conjoined_posts<'s, 'v: 's>(
    items: &'s [Item<'v>],
    at: impl Fn(usize) -> At<'s, 'v>,
    found: &mut Finds,
) {
    let mut extra = Finds::default();
    for t in 0..items.len() {
        let Item::Title { word, span } = &items[t] else {
            continue;
        };
        let at = at(t);
        if is_public_office(&at.words().roles, word) || found.0.iter().any(|f| f.trigger == *span) {
            continue;
        }
        let Some((org, start)) = own_org(&at) else {
            continue;
        };
        let Some(c) = conjunction_before(&at, start) else {
            continue;
        };
        let Some(first) = first_post_before(&at, c) else {
            continue;
        };
        let first_span = items[first].span(at.ctx.mentions);
        let holders: Vec<usize> = found
            .0
            .iter()
            .filter(|f| f.trigger == first_span && f.kind.is_role() && f.target != org)
            .filter(|f| f.kind != RelationKind::Left)
            .map(|f| f.source)
            .collect();
        for person in holders {
            extra.add(
                role_kind(&at.words().roles, word),
                person,
                org,
                *span,
                None,
                0.8,
            );
        }
    }
    found.0.extend(extra.0);
}

/// The organisation of the title at `at.i` and where its post starts: the
/// one after it ("director of B": the title starts it) or the one right
/// before it ("B's director", "B director").
fn own_org(at: &At<'_, '_>) -> Option<(usize, usize)> {
    let t = at.i;
    if let Some((org, _)) = org_after_title(at, t) {
        return Some((org, t));
    }
    let before = t.checked_sub(1)?;
    let org = at.items[before].entity().filter(|&o| at.is_org(o))?;
    Some((org, before))
}

/// The conjunction right before the post starting at `start`, past its
/// determiner, a word of `former` and describing words ("and a former
/// senior").
fn conjunction_before(at: &At<'_, '_>, start: usize) -> Option<usize> {
    let words = &at.words().roles;
    let function_words = &at.ctx.lang.rules.function_words;
    let determiners = &at.ctx.lang.resolve.determiners;
    let mut s = start;
    let mut lead = 0;
    while lead < LEAD_REACH && s > 0 {
        let w = at.items[s - 1].word();
        let describing = !w.is_empty()
            && w.chars().all(char::is_lowercase)
            && !function_words.contains(w)
            && !words.title_joiners.contains(w);
        if !(determiners.contains(w) || words.former.contains(w) || describing) {
            break;
        }
        s -= 1;
        lead += 1;
    }
    let c = s.checked_sub(1)?;
    (at.is(c, &at.words().clause.list_conjunctions) && at.is(c, &words.title_joiners)).then_some(c)
}

/// The title of the post before the conjunction at `c`, with only its own
/// organisation, places, determiners and prepositions of a title between
/// ("chairman of the A and", "A's North America CEO and").
fn first_post_before(at: &At<'_, '_>, c: usize) -> Option<usize> {
    let items = at.items;
    let words = &at.words().roles;
    let determiners = &at.ctx.lang.resolve.determiners;
    for k in (c.saturating_sub(FIRST_POST_REACH)..c).rev() {
        match &items[k] {
            Item::Title { .. } => return Some(k),
            Item::Ent { entity, .. }
                if at.is_org(*entity)
                    || matches!(at.kind(*entity), EntityKind::Loc | EntityKind::Nationality) => {}
            Item::Word { word, .. }
                if words.title_of.contains(word) || determiners.contains(word) => {}
            _ => return None,
        }
    }
    None
}
