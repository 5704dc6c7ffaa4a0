//! The names of a slot: a coordinated list read back from its last name
//! or forward from its first, past the words that describe them.

#[cfg(test)]
mod tests;

use crate::model::EntityKind;

use super::super::super::item::{Item, gerund_object};
use super::super::super::view::PERCENT;
use super::Reader;

/// How many describing words may stand before a slot's name ("the Dutch
/// family holding company V").
pub(super) const DESCRIBING_REACH: usize = 6;

/// How many describing words may stand before a later member of a list
/// ("A and the studio's co-founder B").
const LIST_LEAD: usize = 4;

/// How many items a description or relative clause set off by commas
/// within a list may have ("A, a former product manager at S, and B").
const SET_OFF_REACH: usize = 14;

/// How many words a role a member is named as may have ("as senior legal
/// counsel").
const ROLE_REACH: usize = 4;

impl Reader<'_, '_> {
    /// The names of a coordinated list whose last name is at `k`: "A and
    /// B", "A, B and C", later members past a few describing words ("A and
    /// the studio's co-founder B").
    pub(super) fn list_ending_at(&self, k: usize) -> Vec<usize> {
        let items = self.at.items;
        let clause = &self.at.ctx.lang.relate.clause;
        let Some(last) = items.get(k).and_then(Item::entity) else {
            return Vec::new();
        };
        let mut out = vec![last];
        let mut k = k;
        let mut first_step = true;
        loop {
            let mut m = k;
            while m > 0 && k - m < LIST_LEAD && self.describing(m - 1) {
                m -= 1;
            }
            // "A and B" joins; nearer the front a list's commas do ("A, B
            // and C"), but ", and" before a name may open a new clause.
            let joins = if first_step {
                clause
                    .list_conjunctions
                    .contains(self.word(m.wrapping_sub(1)))
                    && self.word(m.wrapping_sub(2)) != ","
            } else {
                self.word(m.wrapping_sub(1)) == ","
            };
            let p = m.wrapping_sub(2);
            match items.get(p) {
                Some(Item::Ent {
                    entity,
                    possessive: false,
                    ..
                }) if joins && !self.is_preposition(p.wrapping_sub(1)) => {
                    out.insert(0, *entity);
                    k = p;
                    first_step = false;
                }
                _ => break,
            }
        }
        out
    }

    /// True for an item that may describe a name before it: an article or
    /// plain lower-case word (no preposition, conjunction, function word
    /// or reporting verb), a role word, a possessive name ("the studio's").
    pub(super) fn describing(&self, k: usize) -> bool {
        let lang = self.at.ctx.lang;
        match self.at.items.get(k) {
            Some(Item::Title { .. }) => true,
            Some(Item::Ent {
                possessive: true, ..
            }) => true,
            Some(Item::Word { word, .. }) => {
                let w: &str = word;
                lang.resolve.determiners.contains(w)
                    // A nationality read as a word may hold its article
                    // ("the dutch").
                    || (w.chars().all(|c| c.is_alphabetic() || c == '-' || c == ' ')
                        && w.chars().any(char::is_alphabetic)
                        && !lang.rules.function_words.contains(w)
                        && !lang.resolve.prepositions.contains(w)
                        && !lang.relate.clause.list_conjunctions.contains(w)
                        && !lang.relate.clause.relative_pronouns.contains(w)
                        && !lang.relate.pronoun.reporting_verbs.contains(w)
                        && !lang.relate.reader.stops.contains(w))
            }
            _ => false,
        }
    }

    /// True when the word at `k` may open a noun phrase set off after a
    /// lone comma: an article or possessive, a title, or a capitalised
    /// word ("A, Danish group B"); a lower-case word there ("joined",
    /// "will") opens a clause.
    fn phrase_lead(&self, k: usize) -> bool {
        self.opens_phrase(k)
            || matches!(self.at.items.get(k), Some(Item::Title { .. }))
            || self.capitalised(k)
    }

    /// The names of the phrase that starts at `from`: past describing
    /// words, a name (or the name a place or another name only describes:
    /// "U.S. asset manager C", "Keltic engineers A"), and the names listed
    /// with it. A possessive name with no name behind it is the phrase's
    /// ("all of the studio's shares"); an "its" no one resolved is the
    /// sentence's subject after a preposition of owning ("12% of its
    /// stock"). `prep` is the preposition before the phrase, if any.
    pub(super) fn names(&self, from: usize, prep: Option<&str>) -> Vec<usize> {
        let at = &self.at;
        let items = at.items;
        // "started covering T": a verb's "-ing" form right before the name
        // takes it as its own object; the frame's verb has none.
        if prep.is_none() && gerund_object(&at.words().frame.progressive, items, from) {
            return Vec::new();
        }
        let mut j = from;
        let pronoun = |j: usize| {
            let text = at.span(j).slice(at.ctx.text);
            at.ctx
                .lang
                .relate
                .pronoun
                .possessive
                .contains_lowercase(text)
        };
        while j < from + DESCRIBING_REACH && j < items.len() {
            // "12% of its stock": whether resolved or not, the sentence's
            // subject, as the clause's own subject holds no share of itself.
            // "through its holding company V": the name the pronoun's
            // phrase leads to.
            if pronoun(j) && self.named_ahead(j + 1) {
                j += 1;
                continue;
            }
            if pronoun(j) {
                // "by its founder, the shipping heir A, and 30% by B": the
                // names set off after the pronoun's phrase.
                let apposed = self.set_off_after(j, prep);
                if !apposed.is_empty() {
                    return apposed;
                }
                let owning = prep.is_some_and(|p| at.ctx.lang.relate.holdings.own_of.contains(p));
                return at.subject.filter(|_| owning).into_iter().collect();
            }
            if items[j].entity().is_some() || !self.describing(j) {
                break;
            }
            j += 1;
        }
        // "by two former teachers, A and B": the names a description
        // before a comma is of ([`Self::describes_set_off`]).
        let mut d = from;
        while self.describes_set_off(d, from, prep) {
            d += 1;
        }
        if d > from && self.word(d) == "," {
            return self.apposed_names(d + 1, prep);
        }
        let Some(Item::Ent { possessive, .. }) = items.get(j) else {
            return Vec::new();
        };
        // "to the Van Dijk family": a family is no end (GUIDE).
        if self.family_next(j) {
            return Vec::new();
        }
        if *possessive {
            // "by T's operations director, X": the name set off after the
            // possessor's description is what the phrase names.
            let apposed = self.set_off_after(j, prep);
            if !apposed.is_empty() {
                return apposed;
            }
            // "by P's father": the relative, whom no name is given.
            if at.is(j + 1, &at.words().roles.kin) {
                return Vec::new();
            }
            // "from Canada's Quantix Minerals": a place's possessive only describes.
            if at.past_place(j) != items[j].entity() {
                return self.listed_from(at.named_after(j), prep);
            }
            let alone = !(j + 1..(j + 4).min(items.len())).any(|k| items[k].entity().is_some());
            return items[j].entity().filter(|_| alone).into_iter().collect();
        }
        match self.head_after(j) {
            Some(head) => self.listed_from(head, prep),
            None => Vec::new(),
        }
    }

    /// True when the name at `j` only names the family the word after it
    /// is, or is a description of a family ("the Van Dijk family").
    pub(super) fn family_next(&self, j: usize) -> bool {
        let family = &self.at.ctx.lang.relate.frame.family;
        let described = j < self.at.items.len()
            && self.at.items[j].entity().is_some()
            && self
                .at
                .span(j)
                .slice(self.at.ctx.text)
                .split_whitespace()
                .last()
                .is_some_and(|w| family.contains_lowercase(w));
        described || family.contains(self.word(j + 1))
    }

    /// The name a name at `j` leads to: itself, or the name a few
    /// describing words or a role word on that it only describes ("U.S.
    /// asset manager C", "Keltic engineers A"). `None` for a place that
    /// describes a phrase with no name ("the Quebec pension manager").
    pub(super) fn head_after(&self, j: usize) -> Option<usize> {
        let at = &self.at;
        // "the Dutch holding company V": a description the resolver made a
        // mention of stands right before the name it describes.
        let lower = at
            .span(j)
            .slice(at.ctx.text)
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        if lower
            && matches!(
                at.items.get(j + 1),
                Some(Item::Ent {
                    possessive: false,
                    ..
                })
            )
        {
            return Some(j + 1);
        }
        let head = at.named_after(j);
        if head != j {
            return Some(head);
        }
        let described = (j + 2..=(j + 4).min(at.items.len().saturating_sub(1))).find(|&k| {
            (j + 1..k).all(|p| self.describing(p) && at.items[p].entity().is_none())
                && matches!(
                    at.items[k],
                    Item::Ent {
                        possessive: false,
                        ..
                    }
                )
        });
        match described {
            Some(k) => Some(k),
            None if at.items[j]
                .entity()
                .is_some_and(|e| at.kind(e) == EntityKind::Loc)
                && self.describing(j + 1)
                && at.items.get(j + 1).is_some_and(|it| it.entity().is_none()) =>
            {
                None
            }
            None => Some(j),
        }
    }

    /// The names listed from the name at `j`: "A, B and C", "A and in B",
    /// "A and the Keltic engineer B"; `prep` may stand again before a
    /// later member.
    pub(super) fn listed_from(&self, j: usize, prep: Option<&str>) -> Vec<usize> {
        self.listed_to(j, prep).0
    }

    /// The names listed from the name at `j`, and where the last ends.
    fn listed_to(&self, j: usize, prep: Option<&str>) -> (Vec<usize>, usize) {
        let items = self.at.items;
        let clause = &self.at.ctx.lang.relate.clause;
        let mut out: Vec<usize> = items[j].entity().into_iter().collect();
        let mut k = j + 1;
        let mut end = k;
        loop {
            // "A of Milan and B", "A, of York, and B": past the place a
            // member is of.
            let placed = self.past_place_of(k);
            // "A, a former engineer at S, and B", "A, which S owns, and
            // with B": past what a member's commas set off.
            // "A as financial adviser and B as legal counsel": past the
            // role a member is engaged as.
            let set_off = self
                .set_off(k)
                .or((placed != k).then_some(placed))
                .or_else(|| self.past_role(k));
            // "A, a former engineer at S." closes the list.
            if set_off.is_none() && self.closing_description(k) {
                break;
            }
            k = set_off.unwrap_or(k);
            // ", and" after one name opens another clause ("through V, and
            // the bank L holds 9%"): a list's comma wants three names.
            if set_off.is_none()
                && out.len() == 1
                && self.word(k) == ","
                && clause.list_conjunctions.contains(self.word(k + 1))
                && self.share_again(k + 2, prep) == k + 2
            {
                break;
            }
            let before = k;
            while items.get(k).is_some_and(|it| {
                clause.list_separators.contains(it.word())
                    || clause.list_conjunctions.contains(it.word())
            }) {
                k += 1;
            }
            if k == before {
                break;
            }
            let conjoined = (before..k).any(|c| clause.list_conjunctions.contains(self.word(c)));
            let member = k;
            // "T, whose owner A bought it": a relative clause, no member;
            // "29% of T and U 14%": U holds the gapped clause's share.
            // "advised by A, and U by B": U opens a gapped passive clause.
            if self.at.ctx.lang.relate.reader.whose.contains(self.word(k))
                || (items[k].entity().is_some() && self.word(k + 1) == PERCENT)
                || self.opens_gapped_passive(k)
            {
                break;
            }
            // The preposition said again is no describing word of the
            // member ("and with the French bottle maker B"), nor a share
            // before it ("70% by A and 30% by B").
            let lead = self.share_again(k, prep);
            k = lead;
            // "A and her husband B", "A and his wife, B": a relative named
            // after a possessive pronoun and a noun of kinship.
            if self.relative_lead(k) {
                k += 2;
                if self.word(k) == "," {
                    k += 1;
                }
            }
            while k < lead + LIST_LEAD
                && k < items.len()
                && items[k].entity().is_none()
                && (self.describing(k) || prep == Some(self.word(k)))
            {
                k += 1;
            }
            // "formerly of A, joined B", "A, will run B": after a lone
            // comma, words no phrase opens with lead a clause, no member.
            if !conjoined && k > lead && !self.phrase_lead(lead) {
                break;
            }
            // "50% of T, and the energy company U 10%": a described holder
            // of a gapped clause, no member.
            if k > member
                && items.get(k).and_then(Item::entity).is_some()
                && (self.word(k + 1) == PERCENT || self.opens_gapped_passive(k))
            {
                break;
            }
            // "in A, the Baltic states and B": a member no name is, with
            // a named one after it.
            if k > member && self.is_separator(k) {
                continue;
            }
            match items.get(k) {
                // "Gdynia, Poland": a place after a place's comma is its
                // region, and a place of the frame as much as the city
                // (GUIDE: a plant "in York, Pennsylvania" is in both).
                Some(Item::Ent {
                    entity,
                    possessive: false,
                    ..
                }) => {
                    let head = self.head_after(k).unwrap_or(k);
                    out.push(items[head].entity().unwrap_or(*entity));
                    k = head + 1;
                    end = k;
                }
                _ => break,
            }
        }
        (out, end)
    }

    /// Where a list goes on past the place a member before `k` is of: "A
    /// of Milan and B", "A, of York, and B" (at the conjunction's comma or
    /// the conjunction); `k` when no such place stands there.
    fn past_place_of(&self, k: usize) -> usize {
        let at = &self.at;
        let place = |m: usize| {
            matches!(
                at.items.get(m),
                Some(&Item::Ent {
                    entity,
                    possessive: false,
                    ..
                }) if at.kind(entity) == EntityKind::Loc
            )
        };
        let of = |m: usize| at.words().places.of_place.contains(self.word(m));
        let clause = &at.ctx.lang.relate.clause;
        let conjunction = |m: usize| clause.list_conjunctions.contains(self.word(m));
        if of(k) && place(k + 1) && (conjunction(k + 2) || self.word(k + 2) == ",") {
            k + 2
        } else if self.word(k) == ","
            && of(k + 1)
            && place(k + 2)
            && self.word(k + 3) == ","
            && conjunction(k + 4)
        {
            k + 3
        } else {
            k
        }
    }

    /// True when a possessive pronoun and a noun of kinship stand at `k`
    /// ("her husband", "his sister").
    fn relative_lead(&self, k: usize) -> bool {
        let lang = self.at.ctx.lang;
        let pronoun = match self.at.items.get(k) {
            Some(Item::Ent {
                possessive: true,
                pronoun,
                span,
                ..
            }) => {
                *pronoun
                    || lang
                        .relate
                        .pronoun
                        .possessive
                        .contains_lowercase(span.slice(self.at.ctx.text))
            }
            Some(Item::Word { word, .. }) => lang.relate.pronoun.possessive.contains(word),
            _ => false,
        };
        pronoun && self.at.is(k + 1, &lang.relate.roles.kin)
    }

    /// Where a later member's own words start past the preposition said
    /// again before it ("and with B") and a share before that ("T is 70%
    /// owned by A, and 30% by B"); `k` when neither stands there.
    fn share_again(&self, k: usize, prep: Option<&str>) -> usize {
        let Some(prep) = prep else {
            return k;
        };
        if self.word(k) == prep {
            k + 1
        } else if self.word(k) == PERCENT && self.word(k + 1) == prep {
            k + 2
        } else {
            k
        }
    }

    /// True for a list's comma or conjunction at `k`.
    fn is_separator(&self, k: usize) -> bool {
        let clause = &self.at.ctx.lang.relate.clause;
        let w = self.word(k);
        !w.is_empty()
            && (clause.list_separators.contains(w) || clause.list_conjunctions.contains(w))
    }

    /// Where the comma that closes a description or relative clause set
    /// off after a list's member at `k` stands, when a conjunction follows
    /// it: "A, a former engineer at S, and B", "A, which S owns, and B".
    /// Where a list goes on past the role a member before `k` is named
    /// as: "hired A as financial adviser and the law firm B" (at the
    /// conjunction); `None` when no "as" and role stand there, or no list
    /// goes on after them.
    fn past_role(&self, k: usize) -> Option<usize> {
        let clause = &self.at.ctx.lang.relate.clause;
        if !self.at.ctx.lang.kinds.job_as.contains(self.word(k)) {
            return None;
        }
        let role = |m: usize| {
            matches!(self.at.items.get(m), Some(Item::Title { .. })) || self.plain_word(m)
        };
        let end = (k + 1..k + 1 + ROLE_REACH).find(|&m| !role(m))?;
        (end > k + 1 && clause.list_conjunctions.contains(self.word(end))).then_some(end)
    }

    fn set_off(&self, k: usize) -> Option<usize> {
        let close = self.description_end(k)?;
        let clause = &self.at.ctx.lang.relate.clause;
        (self.word(close) == "," && clause.list_conjunctions.contains(self.word(close + 1)))
            .then_some(close)
    }

    /// True when a description set off by a comma at `k` runs to the
    /// sentence's end: "and B, a former Keltic engineer."
    fn closing_description(&self, k: usize) -> bool {
        self.description_end(k)
            .is_some_and(|close| close >= self.at.items.len() || self.word(close) == ".")
    }

    /// Where a description or relative clause opened by the comma at `k`
    /// ends (its closing comma, a full stop or stop word, the sentence's
    /// end), when it holds no conjunction of its own.
    fn description_end(&self, k: usize) -> Option<usize> {
        let lang = self.at.ctx.lang;
        let clause = &lang.relate.clause;
        let opens = self.word(k) == ","
            && (lang.resolve.determiners.contains(self.word(k + 1))
                || clause.relative_pronouns.contains(self.word(k + 1)));
        if !opens {
            return None;
        }
        let len = self.at.items.len();
        let end = (k + 2 + SET_OFF_REACH).min(len);
        let close = (k + 2..end)
            .find(|&m| {
                let w = self.word(m);
                w == "," || w == "." || lang.relate.reader.stops.contains(w)
            })
            .or((k + 2 + SET_OFF_REACH >= len).then_some(len))?;
        // A conjunction inside is a list's own: "in A, the Baltic states
        // and B, and …".
        (k + 2..close)
            .all(|m| !clause.list_conjunctions.contains(self.word(m)))
            .then_some(close)
    }

    /// The names set off by a comma after the describing words that follow
    /// `j` (a pronoun or a possessor): "its founder, the heir A", "T's
    /// operations director, X". Empty when no describing word or no comma
    /// follows, or no list of names ends the apposition.
    fn set_off_after(&self, j: usize, prep: Option<&str>) -> Vec<usize> {
        let items = self.at.items;
        let mut d = j + 1;
        // "T's head of farming, X": "of" and what the post is of, after
        // a title.
        let title_of = |d: usize| {
            matches!(items.get(d.wrapping_sub(1)), Some(Item::Title { .. }))
                && self.at.is(d, &self.at.words().roles.title_of)
                && self.plain_word(d + 1)
        };
        while d < j + 1 + DESCRIBING_REACH
            && (self.describing(d) || title_of(d))
            && items.get(d).and_then(Item::entity).is_none()
        {
            d += 1;
        }
        if d > j + 1 && self.word(d) == "," {
            self.apposed_names(d + 1, prep)
        } else {
            Vec::new()
        }
    }

    /// True when a name stands at `k` past describing words, before the
    /// phrase ends.
    fn named_ahead(&self, k: usize) -> bool {
        let items = self.at.items;
        (k..(k + DESCRIBING_REACH).min(items.len()))
            .take_while(|&m| items[m].entity().is_some() || self.describing(m))
            .any(|m| items[m].entity().is_some())
    }

    /// The names of a list at `k` that a description names, when the list
    /// ends there (a comma, the sentence's end): "two former teachers, A
    /// and B, in a spare room", not "the company, Zephyr said".
    pub(super) fn apposed_names(&self, k: usize, prep: Option<&str>) -> Vec<usize> {
        // "its founder, the shipping heir A": an article and a few
        // describing words before the first name.
        let mut k = k;
        if self.at.ctx.lang.resolve.determiners.contains(self.word(k)) {
            let from = k;
            while k < from + LIST_LEAD
                && self.describing(k)
                && self.at.items.get(k).and_then(Item::entity).is_none()
            {
                k += 1;
            }
        }
        if !matches!(
            self.at.items.get(k),
            Some(Item::Ent {
                possessive: false,
                ..
            })
        ) {
            return Vec::new();
        }
        let (list, end) = self.listed_to(k, prep);
        let after = self.word(end);
        if end >= self.at.items.len() || after == "," || after == "." {
            list
        } else {
            Vec::new()
        }
    }
}
