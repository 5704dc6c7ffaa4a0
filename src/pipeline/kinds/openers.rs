//! Common words that open a sentence: "Dredging is due to start in spring",
//! "Automobile sales fell", "\"Regulation and technology costs have
//! grown\"". A capital there says nothing, and the tagger reads the word as
//! a name. When the article writes the word in small letters elsewhere and
//! never capitalised inside a sentence, it is a common word, no name.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::lang::lowercase;
use crate::model::{EntityKind, Provenance};
use crate::pipeline::candidate::Candidate;

use super::Kinds;

/// Fewest letters of a word read here: shorter ones are mostly initials
/// and codes.
const MIN_LETTERS: usize = 3;

/// Characters that glue a word into an address or a compound
/// ("/hexley-ropeworks-sold", "snow-chain") when a letter or digit is on
/// their other side.
const GLUE: [char; 5] = ['-', '/', '_', '@', '.'];

/// Quotation marks that may open a sentence.
const OPENING_QUOTES: [char; 5] = ['"', '“', '\'', '‘', '`'];

impl Kinds {
    /// Drops the names whose capitals make no name: the acronyms of common
    /// nouns (see `drop_common_acronyms`) and the common words opening a
    /// sentence (see the module documentation).
    pub fn drop_non_names(&self, text: &str, candidates: &mut Vec<Candidate>) {
        self.drop_common_acronyms(text, candidates);
        self.drop_sentence_openers(text, candidates);
        self.join_lone_honorifics(text, candidates);
    }

    /// A person's honorific the tagger read as a name of its own ("Mr."
    /// then "Tarn") is no name: the name right after it is a person's,
    /// named as the text names it elsewhere (a full name, not the
    /// honorific's), and with no name after it there is no name at all.
    fn join_lone_honorifics(&self, text: &str, candidates: &mut Vec<Candidate>) {
        let honorifics = &self.names.honorifics;
        let is_name = |c: &Candidate| c.mention.kind.is_name() && !c.mention.nominal;
        let mut i = 0;
        while i < candidates.len() {
            let word = candidates[i].mention.span.slice(text);
            if !is_name(&candidates[i]) || !honorifics.contains_lowercase(word) {
                i += 1;
                continue;
            }
            let span = candidates[i].mention.span;
            let next = candidates.iter().position(|n| {
                is_name(n)
                    && n.mention.span.start == span.end + 1
                    && text[span.end..].starts_with(' ')
                    && n.mention.span.slice(text).starts_with(char::is_uppercase)
            });
            if let Some(n) = next {
                candidates[n].mention.kind = EntityKind::Person;
            }
            candidates.remove(i);
        }
    }

    /// Drops the one-word names the tagger alone found that are common
    /// words opening a sentence (see the module documentation): the word
    /// is capitalised only where a sentence, a line or a quotation opens,
    /// the text writes it in small letters elsewhere, and no list holds it
    /// as a place, an organisation, a nationality or a first name.
    fn drop_sentence_openers(&self, text: &str, candidates: &mut Vec<Candidate>) {
        // The words of longer names: "Hexley" of "Hexley Ropeworks" is a
        // name's word wherever it stands.
        let name_words: FxHashSet<&str> = candidates
            .iter()
            .filter(|c| c.mention.kind.is_name() && !c.mention.nominal)
            .map(|c| c.mention.span.slice(text))
            .filter(|name| name.contains(' '))
            .flat_map(str::split_whitespace)
            .collect();
        let asks = |c: &Candidate| {
            let m = &c.mention;
            m.kind.is_name()
                && !m.nominal
                && m.source == Provenance::Model
                && opens_sentence(&text[..m.span.start])
                && !name_words.contains(m.span.slice(text))
                && is_shaped(m.span.slice(text))
        };
        // How the text uses every word asked about, read in one pass over
        // its words: a scan of the whole text per opening name grew with
        // the square of a long article.
        let asked: FxHashSet<&str> = candidates
            .iter()
            .filter(|c| asks(c))
            .map(|c| c.mention.span.slice(text))
            .collect();
        if asked.is_empty() {
            return;
        }
        let uses = Uses::read(text, &asked);
        candidates.retain(|c| {
            let word = c.mention.span.slice(text);
            !(asks(c) && uses.only_opens(text, word) && self.is_unlisted(word))
        });
    }

    /// True when no list holds `word` as a place, an organisation, a
    /// nationality or a first name.
    fn is_unlisted(&self, word: &str) -> bool {
        !self.is_place(word)
            && !self.is_listed_org(word)
            && !self.is_nationality(word)
            && !self.is_first_name(word)
    }
}

/// True when `word` is one capitalised word of small letters, long enough.
fn is_shaped(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && word.chars().count() >= MIN_LETTERS
}

/// How a text uses the capitalised words asked about: which of them it
/// writes in small letters as a word of its own (not inside an address or
/// a compound), and which it capitalises where no sentence opens.
struct Uses<'a> {
    /// A word's small letters, and whether they stand free somewhere.
    small: FxHashMap<String, bool>,
    /// A capitalised word, and whether it stands inside a sentence
    /// somewhere.
    inside: FxHashMap<&'a str, bool>,
}

impl<'a> Uses<'a> {
    /// Reads the text's words once for every word of `asked` whose both
    /// spellings are letters alone (a word is then one run of letters and
    /// digits); `only_opens` scans the text for the others.
    fn read(text: &str, asked: &FxHashSet<&'a str>) -> Self {
        let mut small = FxHashMap::default();
        let mut inside = FxHashMap::default();
        for &word in asked {
            let lower = lowercase(word);
            if is_run(word) && is_run(&lower) {
                small.insert(lower, false);
                inside.insert(word, false);
            }
        }
        let mut start = None;
        let ends = text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')));
        for (i, c) in ends {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
                continue;
            }
            let Some(at) = start.take() else {
                continue;
            };
            let run = &text[at..i];
            if let Some(free) = small.get_mut(run) {
                *free |= !is_glued(text, at, i);
            }
            if let Some(within) = inside.get_mut(run) {
                *within |= !opens_sentence(&text[..at]);
            }
        }
        Self { small, inside }
    }

    /// True when `word` (one asked about) is capitalised only where a
    /// sentence, a line or a quotation opens and the text writes it in
    /// small letters elsewhere.
    fn only_opens(&self, text: &str, word: &str) -> bool {
        let small = lowercase(word);
        match (self.small.get(small.as_str()), self.inside.get(word)) {
            (Some(&free), Some(&within)) => free && !within,
            _ => {
                whole_words(text, &small).any(|at| !is_glued(text, at, at + small.len()))
                    && whole_words(text, word).all(|at| opens_sentence(&text[..at]))
            }
        }
    }
}

/// True when every character of `word` is a letter or a digit.
fn is_run(word: &str) -> bool {
    word.chars().all(char::is_alphanumeric)
}

/// True when the word at `start..end` is glued into an address or a
/// compound: a glue character right before it, or right after it with a
/// letter or digit beyond.
fn is_glued(text: &str, start: usize, end: usize) -> bool {
    let after = &text[end..];
    text[..start].ends_with(GLUE)
        || (after.starts_with(GLUE) && after[1..].starts_with(char::is_alphanumeric))
}

/// The offsets where `word` stands in `text` as a whole word (no letter or
/// digit right before or after it).
fn whole_words<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(word).map(|(i, _)| i).filter(move |&i| {
        !text[..i].ends_with(char::is_alphanumeric)
            && !text[i + word.len()..].starts_with(char::is_alphanumeric)
    })
}

/// True when the text `before` a word ends where a sentence, a line or a
/// quotation opens: at the start, after a line break, or after a full
/// stop, question or exclamation mark or colon and a space, an opening
/// quotation mark between them allowed.
fn opens_sentence(before: &str) -> bool {
    let rest = before.trim_end_matches([' ', '\t']);
    let rest = rest
        .strip_suffix(OPENING_QUOTES)
        .map_or(rest, |r| r.trim_end_matches([' ', '\t']));
    rest.is_empty() || rest.ends_with(['\n', '.', '!', '?', ':'])
}

#[cfg(test)]
mod tests {
    use crate::model::EntityKind;
    use crate::pipeline::tests::{candidates_in_order, kind_of, named_kinds};

    #[test]
    fn a_lone_honorific_is_no_name_and_the_name_after_it_a_person() {
        let lang = crate::lang::Language::english().expect("English loads");
        let kinds = super::Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let names = |text: &str, read: &[(&str, EntityKind)]| -> Vec<(String, EntityKind)> {
            let mut candidates = candidates_in_order(text, read);
            kinds.join_lone_honorifics(text, &mut candidates);
            named_kinds(text, &candidates)
        };
        let text = "Shares rose 4%. Ms. Tarnby, who owns 30% of Velmar, was pleased.";
        assert_eq!(
            names(
                text,
                &[
                    ("Ms.", EntityKind::Person),
                    ("Tarnby", EntityKind::Org),
                    ("Velmar", EntityKind::Org)
                ]
            ),
            [
                ("Tarnby".to_owned(), EntityKind::Person),
                ("Velmar".to_owned(), EntityKind::Org)
            ]
        );
        let text = "\"It is over,\" said Mr. \"Velmar is sold.\"";
        assert_eq!(
            names(
                text,
                &[("Mr.", EntityKind::Person), ("Velmar", EntityKind::Org)]
            ),
            [("Velmar".to_owned(), EntityKind::Org)]
        );
    }

    #[test]
    fn a_common_word_opening_a_sentence_is_no_name() {
        let text = "Velmar Motors said sales fell 12% in May. \"Bancassurance went out \
                    of fashion for twenty years,\" said Anna Lund, who runs the \
                    bancassurance arm.";
        assert_eq!(kind_of(text, "Bancassurance"), None);
        assert_eq!(kind_of(text, "Velmar Motors"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Anna Lund"), Some(EntityKind::Person));
    }

    #[test]
    fn a_word_also_capitalised_inside_a_sentence_stays_a_name() {
        // "Orchard" opens a sentence and is written in small letters, but
        // also capitalised inside one: a company's name.
        let text = "Orchard said on Monday it would buy Velmar Foods. \
                    The orchard business grew. Shares of Orchard rose 4%.";
        assert!(kind_of(text, "Orchard").is_some());
        // A name's word, written in small letters only inside an address.
        let text = "A cache of https://www.trader.example/business/tarnby-ropeworks-sold.\n\
                    Tarnby Ropeworks sold to Dutch group\n\
                    Tarnby Ropeworks, the 140-year-old rope maker, has been sold to Velmar \
                    Marine for 12 million pounds.\n\
                    Tarnby's managing director, Callum Orrick, will stay on.\n";
        let a = crate::pipeline::tests::analysis(text);
        let at = text.find("Tarnby's").expect("the possessive");
        assert!(
            a.mentions.iter().any(|m| m.span.start == at),
            "{:?}",
            a.mentions
        );
        assert!(super::opens_sentence("grew. \u{201c}"));
        assert!(super::opens_sentence(""));
        assert!(!super::opens_sentence("shares of "));
    }
}
