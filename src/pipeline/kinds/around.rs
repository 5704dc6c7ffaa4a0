//! What the words around one occurrence of a name say it is ("Berlin-based",
//! "Norway's Statnor", "startup Helsing", ", who …"), and what of them a
//! caller already read.

use crate::lang::lowered;
use crate::model::{EntityKind, Span};

use super::Kinds;

/// Readings of a name's context a caller made anyway; `None`: not read.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Known {
    /// Whether a role's place names it (`Kinds::is_role_place`).
    pub(super) role_place: Option<bool>,
    /// Whether the text names it a company (`Kinds::named_as_company`).
    pub(super) named_as_company: Option<bool>,
}

impl Kinds {
    /// What the words around one occurrence of a name say it is, if anything;
    /// `Misc` for "not a person" (", which …"); `known`: what of them the
    /// caller already read.
    pub(super) fn context_kind(&self, text: &str, span: Span, known: Known) -> Option<EntityKind> {
        let after = &text[span.end..];
        // "Berlin-based", "Burbank, California-based"
        let based = |rest: &str| rest.starts_with(self.words.based.as_str());
        if based(after)
            || after.strip_prefix(", ").is_some_and(|rest| {
                let word_end = rest
                    .find(|c: char| !(c.is_alphanumeric() || c == '.' || c == ' '))
                    .unwrap_or(rest.len());
                rest[..word_end].split_whitespace().count() <= 2
                    && rest[..word_end].starts_with(char::is_uppercase)
                    && based(&rest[word_end..])
            })
            || self.based_in_before(text, span)
            || self.sited(text, span)
            || self.place_noun_of_before(text, span)
            || self.before_place_noun(text, span)
        {
            return Some(EntityKind::Loc);
        }
        // "Norway's Statnor", "California's Dravio": a name a place owns is
        // a company of it (a person with a first name keeps their kind).
        if self.place_possessive_before(text, span) {
            return Some(EntityKind::Org);
        }
        let next = lowered(
            after
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches([',', '.', ';', ':']),
        );
        let prev = lowered(super::word_before(text, span.start));
        // "Cork-based Velmar Linen": a name a place is glued to is a company.
        let glued_place = text[..span.start]
            .strip_suffix(' ')
            .is_some_and(|before| before.ends_with(self.words.based.as_str()));
        if glued_place
            || self.words.org_words_after.contains(&next)
            || self.company_compound_before(text, span.start)
            || self.owned_after(text, span.end)
            || self.is_org_noun_before(&prev)
            || self.company_compound_head_before(text, span)
            || self.trade_plural_before(text, span)
            // "Breton sailmaker Kerhel": a trade's compound ("lawmaker Jo
            // Tarn" keeps the first name that opens a person's name).
            || self.is_trade_compound(&prev)
            || self.words.publication_nouns.contains(&prev)
            // "Zycie Warszawy daily said", "the Nikkei newspaper": a paper
            // (not a site: "the Sellafield site" is the place).
            || self.words.publication_nouns.contains(&next) && !self.words.site_nouns.contains(&next)
            || known
                .role_place
                .unwrap_or_else(|| self.is_role_place(text, span))
            || known
                .named_as_company
                .unwrap_or_else(|| self.named_as_company(text, span))
        {
            return Some(EntityKind::Org);
        }
        // "Rockwell Collins, which was acquired …": no person ("who"); a
        // company when the words before or after say so ("Norway's Statnor,
        // which …", "Radvel, which belongs to …"), checked first.
        if after
            .strip_prefix(", ")
            .and_then(|rest| rest.strip_prefix(self.words.which.as_str()))
            .is_some_and(|rest| rest.starts_with(' '))
        {
            return Some(EntityKind::Misc);
        }
        // "Isamu Tarn, who started the company": a person.
        after
            .strip_prefix(", ")
            .and_then(|rest| rest.strip_prefix(self.words.who.as_str()))
            .is_some_and(|rest| rest.starts_with(' '))
            .then_some(EntityKind::Person)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind::{Loc, Org, Person};
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_firm_that_manages_money_or_a_town_a_company_noun_describes_is_a_company() {
        let text = "Ardwell's holders include the investment manager Quarrow, with 11%, \
                    and the fund manager Jo Tarnby. Velmar has agreed to tender its shares, \
                    as has the asset manager Kempen, which holds 4%. The insurer Helvetia \
                    holds 12 percent.";
        assert_eq!(kind_of(text, "Quarrow"), Some(Org));
        assert_eq!(kind_of(text, "Jo Tarnby"), Some(Person));
        assert_eq!(kind_of(text, "Kempen"), Some(Org));
        assert_eq!(kind_of(text, "Helvetia"), Some(Org));
        // A country a company noun stands before stays the country.
        let text = "Coffee prices rose after the top producer Brazil cut its forecast.";
        assert_eq!(kind_of(text, "Brazil"), Some(Loc));
    }

    #[test]
    fn a_name_before_a_paper_noun_is_the_paper() {
        let text = "Velmar will close two mills, Tarsky Kurier daily said on Monday. \
                    Tarsky Kurier said the mills employ 400 people.";
        assert_eq!(kind_of(text, "Tarsky Kurier"), Some(Org));
    }
}
