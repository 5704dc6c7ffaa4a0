//! A description glued to a place ("the Cupertino-based firm") standing
//! for the organisation named last before it.

use crate::model::{EntityKind, Span};

use super::super::context::Context;

/// Most lower-case words of the description read for its noun ("-based
/// real estate investment trust").
const NOUN_REACH: usize = 4;

/// "The Cupertino-based firm": when the words after the place's suffix end
/// in a company noun and name no organisation, the description stands for
/// the organisation named last before it (in this sentence or the two
/// before), as descriptions are resolved; a name that ends in the
/// description's noun ("the Boston-based investment trust" after "Keltic
/// Capital Trust") before any other. A noun past the third word counts
/// only for such a name.
pub(super) fn described(
    ctx: &Context<'_>,
    sentence: Span,
    place_start: usize,
    from: usize,
) -> Option<usize> {
    let lang = ctx.lang;
    let rest = &ctx.text[from.min(sentence.end)..sentence.end];
    let company =
        |w: &str| lang.kinds.org_nouns_before.contains(w) || lang.rules.nominal_heads.contains(w);
    // "-based chip firm": a company noun among the next lower-case words.
    let words: Vec<&str> = rest
        .trim_start()
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .take(NOUN_REACH)
        .take_while(|w| !w.is_empty() && w.chars().all(char::is_lowercase))
        .collect();
    let noun = words.iter().position(|w| company(w))?;
    let s = ctx.seg.sentence_index(sentence.start);
    let window = ctx.seg.sentences[s.saturating_sub(2)].span.start;
    let orgs = || {
        ctx.mentions
            .iter()
            .rev()
            .filter(|m| m.span.start >= window && m.span.end <= place_start)
            .filter(|m| {
                m.entity
                    .is_some_and(|e| ctx.kinds.get(e) == Some(&EntityKind::Org))
            })
    };
    // The description's last company noun, and a name it ends.
    let head = words.iter().rev().find(|w| company(w)).copied()?;
    let ends_in_head = orgs().find(|m| {
        let name = m.span.slice(ctx.text);
        !m.nominal
            && name
                .rsplit(' ')
                .next()
                .is_some_and(|last| last.eq_ignore_ascii_case(head))
    });
    ends_in_head
        .or_else(|| orgs().next().filter(|_| noun < NOUN_REACH - 1))
        .and_then(|m| m.entity)
}

#[cfg(test)]
mod tests {
    use crate::model::RelationKind::LocatedIn;
    use crate::pipeline::relate::tests::check;

    #[test]
    fn a_glued_description_stands_for_the_name_ending_in_its_noun() {
        check(
            &[LocatedIn],
            &[(
                "Quantix Inc. raised its stake in Keltic Capital Trust. In a filing with the Zephyr Commission, Quantix said it bought shares of the Glasgow-based real estate investment trust.",
                &[("Keltic Capital Trust", LocatedIn, "Glasgow")],
            )],
        );
    }
}
