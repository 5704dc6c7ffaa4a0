//! What kind of organisation a description names: "the planemaker" is the
//! organisation typed as an aircraft maker, not the airline named beside it;
//! "the company" is no ministry and "the agency" no company.

use crate::pipeline::word_shape::is_describing_word;
use rustc_hash::{FxHashMap, FxHashSet};

use std::borrow::Cow;

use crate::lang::{ResolveWords, lowercase, words_back};
use crate::model::{Entity, Mention, Span};

/// The kinds of business the text gives each entity, and which entities are
/// public bodies.
pub(super) struct Sense<'l> {
    /// Kind of business of a word (a line of `description_classes`).
    word_class: &'l FxHashMap<String, usize>,
    /// Per kind, the narrower kinds a description of it may stand for.
    broader: &'l FxHashMap<usize, Vec<usize>>,
    /// Per entity, the kinds its name and descriptions give it.
    classes: Vec<FxHashSet<usize>>,
    /// Per entity, whether its name is a public body's or a news outlet's.
    public: Vec<bool>,
}

/// Words of a stretch of text, split at anything but letters, digits and
/// hyphens.
fn words(s: &str) -> impl Iterator<Item = &str> + '_ {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
}

/// The lower case of `word` (`str::to_lowercase`), made in `buf` when it is
/// short ASCII: a name's words are read for every mention, and a copy of
/// each on the heap was most of reading them.
fn lower_in<'b>(word: &'b str, buf: &'b mut [u8; 32]) -> Cow<'b, str> {
    match buf.get_mut(..word.len()) {
        Some(lowered) if word.is_ascii() => {
            lowered.copy_from_slice(word.as_bytes());
            lowered.make_ascii_lowercase();
            std::str::from_utf8(lowered).map_or_else(|_| Cow::Owned(lowercase(word)), Cow::Borrowed)
        }
        _ => Cow::Owned(lowercase(word)),
    }
}

/// The word right before `start` ("British lender Harcourt Bank") as
/// written: the noun that describes the name it precedes. Words further
/// back may be a verb's ("These aircraft will carry X").
fn word_before(text: &str, start: usize) -> Option<&str> {
    words_back(&text[..start])
        .next()
        .filter(|w| is_describing_word(w))
}

/// The words of an apposition right after `end` ("X, a Berlin-based
/// startup"), up to the next comma or stop, past its determiner (none
/// when no determiner opens it).
fn apposition<'t>(
    lang: &ResolveWords,
    text: &'t str,
    end: usize,
) -> Option<impl Iterator<Item = &'t str>> {
    let rest = text[end..].strip_prefix(", ")?;
    let clause = rest.split([',', '.', ';']).next().unwrap_or("");
    let mut ws = words(clause);
    let mut buf = [0u8; 32];
    let first = ws.next()?;
    lang.determiners
        .contains(&lower_in(first, &mut buf))
        .then(|| ws.take(6))
}

/// True when an article opens the name at `span` and a public body's or
/// news outlet's word closes it ("the Keltic Times newspaper", "the Brask
/// news agency"): the name is that body's, whatever its own words.
fn closed_by_public_word(lang: &ResolveWords, text: &str, span: Span) -> bool {
    let Some(after) = text[span.end..].strip_prefix(' ') else {
        return false;
    };
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let opened = words_back(&text[..span.start])
        .next()
        .is_some_and(|w| lang.determiners.contains_lowercase(w));
    opened && !next.is_empty() && lang.public_words.contains(next)
}

impl<'l> Sense<'l> {
    /// Reads every named mention's name, the words before it and its
    /// apposition for the kinds they give its entity.
    pub(super) fn new(
        lang: &'l ResolveWords,
        text: &str,
        mentions: &[Mention],
        entities: &[Entity],
    ) -> Self {
        let word_class = &lang.description_class;
        let mut classes = vec![FxHashSet::default(); entities.len()];
        let mut public = vec![false; entities.len()];
        for m in mentions.iter().filter(|m| !m.nominal) {
            let Some(e) = m.entity.filter(|&e| e < entities.len()) else {
                continue;
            };
            let mut buf = [0u8; 32];
            // "Keltic Airline Pilots' Association" is no airline: the name
            // of a body of members is typed by no word of its own.
            let members = words(m.span.slice(text))
                .last()
                .is_some_and(|w| lang.member_heads.contains(&lower_in(w, &mut buf)));
            for w in words(m.span.slice(text)) {
                let w = lower_in(w, &mut buf);
                public[e] |= lang.public_words.contains(&w);
                if !members {
                    classes[e].extend(word_class.get(&*w).copied());
                }
            }
            if let Some(w) = word_before(text, m.span.start) {
                classes[e].extend(word_class.get(w).copied());
            }
            public[e] |= closed_by_public_word(lang, text, m.span);
            for w in apposition(lang, text, m.span.end).into_iter().flatten() {
                classes[e].extend(word_class.get(&*lower_in(w, &mut buf)).copied());
            }
        }
        // "Gulf Meridian" is short for "Gulf Meridian Airways": a name that
        // begins another takes its kinds. The names that begin with a name
        // and a space stand together in sorted order: found by a binary
        // search, not by trying every pair. What a name takes is the same
        // whatever order the names are read in: a name a longer one takes
        // from begins the shorter one too.
        let mut by_name: Vec<usize> = (0..entities.len()).collect();
        by_name.sort_by(|&a, &b| entities[a].name.cmp(&entities[b].name));
        for a in 0..entities.len() {
            let prefix = format!("{} ", entities[a].name);
            let from = by_name.partition_point(|&b| entities[b].name.as_str() < prefix.as_str());
            for &b in by_name[from..]
                .iter()
                .take_while(|&&b| entities[b].name.starts_with(prefix.as_str()))
            {
                let inherited = classes[b].clone();
                classes[a].extend(inherited);
                public[a] |= public[b];
            }
        }
        Self {
            word_class,
            broader: &lang.description_broader,
            classes,
            public,
        }
    }

    /// The kind of business a description's head names, if any ("bank").
    pub(super) fn class_of(&self, head: &str) -> Option<usize> {
        self.word_class.get(head).copied()
    }

    /// Whether entity `e` can be what a description says: a public body for
    /// a public head, else not one, unless its name or descriptions type it
    /// as the head's kind ("the Nordic Council Development Bank … the
    /// bank"); and not typed as another kind of business, unless one the
    /// head's broader kind takes in ("the manufacturer" for a carmaker).
    pub(super) fn fits(&self, e: usize, class: Option<usize>, public_head: bool) -> bool {
        let public = self.public.get(e).copied().unwrap_or(false);
        let other_kind = class.is_some_and(|c| {
            let narrower = self.broader.get(&c).map_or(&[][..], Vec::as_slice);
            self.classes.get(e).is_some_and(|k| {
                !k.is_empty() && !k.contains(&c) && !narrower.iter().any(|n| k.contains(n))
            })
        });
        let of_kind = class.is_some_and(|c| self.has(e, c));
        (public == public_head || (public && of_kind)) && !other_kind
    }

    /// Whether the text types entity `e` as kind `class`.
    pub(super) fn has(&self, e: usize, class: usize) -> bool {
        self.classes.get(e).is_some_and(|k| k.contains(&class))
    }

    /// True when the text has typed organisation `e` as some kind of
    /// business.
    pub(super) fn typed(&self, e: usize) -> bool {
        self.classes.get(e).is_some_and(|k| !k.is_empty())
    }

    /// Remembers that a description of kind `class` stood for entity `e`
    /// ("The planemaker's shares" later is that entity again).
    pub(super) fn learn(&mut self, e: usize, class: usize) {
        if let Some(k) = self.classes.get_mut(e) {
            k.insert(class);
        }
    }
}

/// The entity most referred to among `mentions` that passes `keep`; ties go
/// to the one referred to last.
pub(super) fn most_mentioned(mentions: &[Mention], keep: impl Fn(usize) -> bool) -> Option<usize> {
    let mut counts: FxHashMap<usize, (usize, usize)> = FxHashMap::default();
    for (i, e) in mentions
        .iter()
        .enumerate()
        .filter_map(|(i, m)| Some((i, m.entity?)))
    {
        if keep(e) {
            let c = counts.entry(e).or_insert((0, 0));
            *c = (c.0 + 1, i);
        }
    }
    counts.into_iter().max_by_key(|&(_, c)| c).map(|(e, _)| e)
}

#[cfg(test)]
mod tests {
    use crate::pipeline::tests::analysis;

    /// The name of the entity the description `surface` resolved to.
    fn resolved(text: &str, surface: &str) -> Option<String> {
        let a = analysis(text);
        let m = (0..a.mentions.len()).find(|&m| a.mention_text(m) == surface)?;
        a.mentions[m].entity.map(|e| a.entities[e].name.clone())
    }

    #[test]
    fn a_description_names_the_organisation_of_its_kind() {
        // The airline ordered; the planemaker is the one typed as one.
        let text = "Nordvik Aerospace won an order from Keltic Airways. \
                    Keltic Airways ordered 40 jets, the Oslo-based planemaker said.";
        assert_eq!(
            resolved(text, "planemaker").as_deref(),
            Some("Nordvik Aerospace")
        );
        // A lender named beside the bank is not the bank the article is about.
        let text = "British lender Harcourt Bank hired Jon Hale. Hale ran Tamsin Insurance. \
                    Harcourt Bank said the bank needed him.";
        assert_eq!(resolved(text, "the bank").as_deref(), Some("Harcourt Bank"));
        // A public body whose name types it as a bank is "the bank".
        let text = "The Nordic Council Development Bank is lending $90 million to Keltic Vatten AB, \
                    the water company serving Bergen. The loan, which the bank's vice-governor Jon Hale \
                    signed on Monday, comes on top of a grant that Keltic Vatten AB was awarded.";
        assert_eq!(
            resolved(text, "the bank").as_deref(),
            Some("Nordic Council Development Bank")
        );
        // The operator is the one introduced as one, not the maker.
        let text = "Danish operator Tarvik Rail ordered trains from Spanish manufacturer \
                    Orlan Stock. The Bergen-based operator said Orlan Stock was cheaper.";
        assert_eq!(resolved(text, "operator").as_deref(), Some("Tarvik Rail"));
        // A broad kind takes in a narrower one: the carmaker is "the
        // manufacturer".
        let text = "Brenlow Motors lost $2 billion. The automaker has cut 900 jobs. \
                    The manufacturer has received $1 billion in aid.";
        assert_eq!(
            resolved(text, "The manufacturer").as_deref(),
            Some("Brenlow Motors")
        );
    }

    #[test]
    fn a_body_of_members_is_not_the_business_its_name_names() {
        // "Airline" in the pilots' association's name makes it no airline:
        // "the airline" is the carrier the strike is at.
        let text = "Pilots at the Ruritanian carrier Corvana Air went on strike on Monday, \
                    the Keltic Airline Pilots' Association said. The government was considering \
                    a loan to the airline, which is 49% owned by the holding company Estadia.";
        assert_eq!(
            resolved(text, "the airline").as_deref(),
            Some("Corvana Air")
        );
        // A union named for its trade's workers is no bank either.
        let text = "Tarvin Savings will close 40 branches, the Bank Workers Union said. \
                    The bank said the branches had lost money.";
        assert_eq!(
            resolved(text, "The bank").as_deref(),
            Some("Tarvin Savings")
        );
    }

    #[test]
    fn the_council_is_a_public_body_not_the_company_before() {
        // "The council" is never the company the last sentence was about.
        let text = "Keltic Parks runs 46 car parks in Oslo. \
                    Keltic Parks holds contracts with Oslo City Council and with Brask Hospital Trust. \
                    The council's transport chief, Jon Hale, said the contracts would be reviewed.";
        assert_eq!(
            resolved(text, "The council").as_deref(),
            Some("Oslo City Council")
        );
    }
}
