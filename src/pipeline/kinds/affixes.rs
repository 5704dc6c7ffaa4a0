//! Names inside a hyphenated word with a lower-case affix: "post-Second
//! World War lows", "its non-Medicare business", "off mid-Norway",
//! "American-style warrants", "a Hallberg-era policy", "the Academy
//! Award-winning writer", "a Tarsby Bay-listed company". The tagger reads
//! the whole word as one name; the name is the capitalised part, and the
//! affix (a prefix such as "post", "non", "mid"; a tail such as "style",
//! "era", "winning") is no part of it.

use crate::model::{EntityKind, Span};

use super::Kinds;

/// Fewest letters of a lower-case prefix that is cut ("non", "mid",
/// "post"); shorter ones ("e-", "al-") belong to names.
const MIN_PREFIX_LETTERS: usize = 3;
/// Fewest letters of a lower-case tail that is cut ("era", "style").
const MIN_TAIL_LETTERS: usize = 3;

impl Kinds {
    /// The name inside a model name written with a lower-case hyphenated
    /// affix (see the module documentation), and its kind: a nationality
    /// word ("American" of "American-style") is a nationality, a listed
    /// place a place, anything else keeps `kind`. `None` when `span` has
    /// no such affix. A person's name is left alone ("Park Ji-hoon"), and
    /// so are a group's adjectives built on a place or a seat of government
    /// ("Kremlin-owned"; one built on a nationality word is that word:
    /// "Communist-led") and a lone word before a participle ("Paris-listed"),
    /// which the kinds' other readings take.
    pub fn trim_hyphen_affixes(
        &self,
        text: &str,
        span: Span,
        kind: EntityKind,
    ) -> Option<(Span, EntityKind)> {
        if kind == EntityKind::Person {
            return None;
        }
        let name = span.slice(text);
        // Both affixes are hyphened: a name without a hyphen (most) keeps
        // its span, and the readings below are not asked.
        if !name.contains('-') {
            return None;
        }
        if self.is_hyphenated_adjective(name) {
            return None;
        }
        if let Some(stem) = self
            .words
            .group_suffixes
            .iter()
            .find_map(|s| name.strip_suffix(s))
        {
            // "Communist-led", "Danish-owned": a group's adjective built on
            // a nationality word is that word, as "American-style" is; one
            // built on a place or a seat ("US-led", "Kremlin-owned") stays
            // whole.
            let word = Span::new(span.start, span.start + stem.len());
            return (self.is_nationality(stem) && !self.is_place(stem))
                .then_some((word, EntityKind::Nationality));
        }
        let mut out = span;
        // "post-Second World War": a lower-case prefix before a capital.
        if let Some((prefix, rest)) = name.split_once('-')
            && prefix.chars().count() >= MIN_PREFIX_LETTERS
            && prefix.chars().all(|c| c.is_ascii_lowercase())
            && rest.starts_with(char::is_uppercase)
        {
            out.start += prefix.len() + 1;
        }
        // "Academy Award-winning": a lower-case tail after a capitalised word.
        let inner = out.slice(text);
        let last_word = inner.rsplit(' ').next().unwrap_or(inner);
        if let Some((head, tail)) = last_word.rsplit_once('-')
            && tail.chars().count() >= MIN_TAIL_LETTERS
            && tail.chars().all(|c| c.is_ascii_lowercase())
            && head.starts_with(char::is_uppercase)
            && head.chars().count() >= 2
        {
            out.end -= tail.len() + 1;
        }
        if out == span || out.is_empty() {
            return None;
        }
        let trimmed = out.slice(text);
        let kind = if self.is_nationality(trimmed) {
            EntityKind::Nationality
        } else if self.is_place(trimmed) {
            EntityKind::Loc
        } else {
            kind
        };
        Some((out, kind))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{EntityKind, Span};
    use crate::pipeline::kinds::Kinds;

    fn kinds() -> Kinds {
        let lang = crate::lang::Language::english().expect("English loads");
        Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads)
    }

    fn trim(text: &str, name: &str, kind: EntityKind) -> Option<(String, EntityKind)> {
        let start = text.find(name).expect("name in text");
        let span = Span::new(start, start + name.len());
        kinds()
            .trim_hyphen_affixes(text, span, kind)
            .map(|(s, k)| (s.slice(text).to_owned(), k))
    }

    #[test]
    fn lower_case_affixes_are_cut_off_a_name() {
        let text = "Orvex sold five million American-style warrants near \
            post-Great Drought lows, a Hallberg-era policy, in its \
            non-Velocare arm and the Tolmer Prize-winning unit.";
        assert_eq!(
            trim(text, "American-style", EntityKind::Misc),
            Some(("American".to_owned(), EntityKind::Nationality))
        );
        assert_eq!(
            trim(text, "post-Great Drought", EntityKind::Misc),
            Some(("Great Drought".to_owned(), EntityKind::Misc))
        );
        assert_eq!(
            trim(text, "Hallberg-era", EntityKind::Misc),
            Some(("Hallberg".to_owned(), EntityKind::Misc))
        );
        assert_eq!(
            trim(text, "non-Velocare", EntityKind::Misc),
            Some(("Velocare".to_owned(), EntityKind::Misc))
        );
        assert_eq!(
            trim(text, "Tolmer Prize-winning", EntityKind::Misc),
            Some(("Tolmer Prize".to_owned(), EntityKind::Misc))
        );
    }

    #[test]
    fn names_with_hyphens_of_their_own_stay_whole() {
        let text = "Park Ji-hoon met al-Tarsi of Vell-Amar and Kremlin-owned Orvex.";
        assert_eq!(trim(text, "Park Ji-hoon", EntityKind::Person), None);
        assert_eq!(trim(text, "al-Tarsi", EntityKind::Org), None);
        assert_eq!(trim(text, "Vell-Amar", EntityKind::Org), None);
        assert_eq!(trim(text, "Kremlin-owned", EntityKind::Misc), None);
        let text = "Russia-led talks and US-backed unions met.";
        assert_eq!(trim(text, "Russia-led", EntityKind::Misc), None);
        assert_eq!(trim(text, "US-backed", EntityKind::Misc), None);
    }

    #[test]
    fn a_group_adjective_on_a_nationality_word_is_that_word() {
        let text = "The Communist-led union and a Danish-owned broadcaster met.";
        assert_eq!(
            trim(text, "Communist-led", EntityKind::Nationality),
            Some(("Communist".to_owned(), EntityKind::Nationality))
        );
        assert_eq!(
            trim(text, "Danish-owned", EntityKind::Misc),
            Some(("Danish".to_owned(), EntityKind::Nationality))
        );
    }
}
