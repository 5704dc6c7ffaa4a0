//! Agency: the grammar that shows a name acting as a company does, whatever
//! kind the tagger gave it, read over all of a name's mentions in the
//! document (one name, one kind).
//!
//! A company's marks, which no person, place or product bears:
//! - it holds a company's post: "Velmar's chief executive", "Velmar
//!   chairman Jo Tarn", "Velmar's board";
//! - its shares trade: "Velmar shares fell", "shares of Velmar";
//! - it is based somewhere: "Velmar, based in Hamburg";
//! - a company description stands beside it: "startup Velmar", "Velmar, a
//!   software firm", "Velmar, the Oslo-based streaming service";
//! - it was founded: "Velmar was founded in 2016", "Velmar, founded by";
//! - it is held, bid for or has units: "a stake in Velmar", "the bid for
//!   Velmar", "a unit of Velmar".
//!
//! Weaker, since people act so too: it is the subject of a verb of buying,
//! paying, hiring, winning or saying ("Velmar buys", "Velmar agreed to pay",
//! "Velmar won", "Velmar also said"). A place's marks: "in Velmar",
//! "Velmar-based".
//!
//! Read by resolution (a place's or person's word that opens a company's
//! name is its short form when its mentions act as the company's) and by
//! kind repair (a product or place whose mentions act as a company is one).

use crate::lang::{lowercase, words_back};
use crate::model::{Entity, EntityKind, Mention, RelationKind, Span};
use crate::pipeline::word_shape::is_describing_word;

use super::Kinds;

/// Most lower-case words between a name and the title it holds ("Velmar's
/// former chief executive").
const TITLE_GAP_WORDS: usize = 2;

/// Most words between a subject and its verb ("agreed to buy").
const VERB_GAP_WORDS: usize = 3;

/// How a name's mentions show what it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Agency {
    /// Mentions with a company's mark.
    pub company: usize,
    /// Mentions that are the subject of an agent's verb, and no company's mark.
    pub acts: usize,
    /// Mentions with a place's mark.
    pub placed: usize,
    /// Mentions with a person's mark (an honorific or a title right before).
    pub personal: usize,
    /// Company marks that are shares named after the name ("Velmar
    /// shares"), which a market's place bears too ("London shares").
    pub traded: usize,
}

impl Agency {
    /// True when the mentions act as a company's and nothing says place or
    /// person: at least one company mark and `least` marks of agency in all.
    pub fn of_company(&self, least: usize) -> bool {
        self.company > 0 && self.company + self.acts >= least && self.placed + self.personal == 0
    }
}

impl Kinds {
    /// What the mentions `ms` (indices into the sorted `mentions`) show.
    pub fn agency(&self, text: &str, mentions: &[Mention], ms: &[usize]) -> Agency {
        let mut out = Agency::default();
        for &m in ms {
            let mention = &mentions[m];
            if mention.nominal || !mention.kind.is_name() {
                continue;
            }
            let span = mention.span;
            if self.shares_traded(text, span) {
                out.company += 1;
                out.traded += usize::from(self.shares_after(text, span));
            } else if self.placed(text, span) {
                out.placed += 1;
            } else if self.person_marked(text, mentions, m) {
                out.personal += 1;
            } else if self.company_marked(text, mentions, m) {
                out.company += 1;
            } else if self.subject_of_agent_verb(text, span) {
                out.acts += 1;
            }
        }
        out
    }

    /// True when the mentions `ms` act as a company's: one company mark and
    /// no place's or person's (resolution's test of a short form).
    pub fn acts_as_company(&self, text: &str, mentions: &[Mention], ms: &[usize]) -> bool {
        self.agency(text, mentions, ms).of_company(1)
    }

    /// True when the mentions `ms` are put somewhere ("in Dundee") and
    /// nowhere act as a company's.
    pub fn placed_not_company(&self, text: &str, mentions: &[Mention], ms: &[usize]) -> bool {
        let agency = self.agency(text, mentions, ms);
        agency.placed > 0 && agency.company == 0
    }

    /// "in Dundee", "near Dundee", "Dundee-based", and for a listed place
    /// "in the City of Dundee", "the Dundee engineering firm"; not "a stake
    /// in Dundee" nor "invested in Dundee".
    fn placed(&self, text: &str, span: Span) -> bool {
        let held = words_back(&text[..span.start])
            .nth(1)
            .is_some_and(|w| self.words.holding_words.contains_lowercase(w));
        // The name's key last: the words around it rule most mentions out.
        (self.after_place_preposition(text, span) && !held)
            || text[span.end..].starts_with(self.words.based.as_str())
            || (self.after_determined_place_preposition(text, span)
                || self.modifies_company_noun(text, span)
                || self.before_site_noun(text, span))
                && self.is_place(span.slice(text))
    }

    /// "based in the City of Tarsia": a place preposition and a determiner
    /// before the name.
    fn after_determined_place_preposition(&self, text: &str, span: Span) -> bool {
        let mut before = words_back(&text[..span.start]);
        before
            .next()
            .is_some_and(|w| self.words.determiners.contains_lowercase(w))
            && before
                .next()
                .is_some_and(|w| self.words.place_prepositions.contains_lowercase(w))
    }

    /// "the Dundee engineering firm Velmar": the name modifies a company
    /// noun a few lower-case words on, and is where the company is.
    fn modifies_company_noun(&self, text: &str, span: Span) -> bool {
        let rest = &text[span.end..];
        if !rest.starts_with(' ') {
            return false;
        }
        // "the Dundee crane hire company, …": the noun before its comma.
        rest.split_whitespace()
            .take(TITLE_GAP_WORDS + 1)
            .map(|w| w.trim_end_matches([',', ';', ':']))
            .take_while(|w| is_describing_word(w))
            .any(|w| self.is_company_noun(w))
    }

    /// True when a name the tagger read as a person's bears a company's
    /// own marks and nothing personal: it holds a company's post or its
    /// shares trade ("Hallin's founder, Sara Lind", "Corrie Ales shares
    /// rose"), no honorific or title stands before it, and no given name
    /// opens it. The weaker marks (a description beside it, "founded",
    /// "based in") are left out: people bear them too ("Jo Tarn, a bank
    /// executive", "Jo Tarn founded").
    pub(super) fn person_with_company_marks(
        &self,
        text: &str,
        e: &Entity,
        mentions: &[Mention],
    ) -> bool {
        let first = e.name.split_whitespace().next().unwrap_or("");
        if e.kind != EntityKind::Person || first.is_empty() {
            return false;
        }
        let given = self.is_first_name(first);
        let mut marked = false;
        for &m in &e.mentions {
            let mention = &mentions[m];
            if mention.nominal || !mention.kind.is_name() {
                continue;
            }
            if self.person_marked(text, mentions, m) {
                return false;
            }
            // Only a possessive holds the post: "Carvalho joins as chief
            // executive" is a person taking one.
            let owns = ["'s ", "’s "]
                .iter()
                .any(|p| text[mention.span.end..].starts_with(p));
            let post = owns && self.holds_company_post(text, mentions, m);
            // A given name opens a person's name, unless another person
            // holds the post it owns: "Trinity Lodge's director of
            // operations, Ada Marr," (no person has such a post's holder).
            marked = marked
                || if given {
                    // "director of operations": a post over a company's
                    // function is a company's, whatever its title.
                    owns && post_held_by_another(text, mentions, m, &self.words.of)
                        .is_some_and(|of_function| of_function || post)
                } else {
                    post || self.shares_traded(text, mention.span)
                };
        }
        marked
    }

    /// The agency of an entity's mentions.
    pub(super) fn entity_agency(&self, text: &str, e: &Entity, mentions: &[Mention]) -> Agency {
        self.agency(text, mentions, &e.mentions)
    }

    /// A company's mark at mention `m` (see the module documentation)
    /// other than its shares, which [`Kinds::agency`] reads first.
    fn company_marked(&self, text: &str, mentions: &[Mention], m: usize) -> bool {
        let span = mentions[m].span;
        self.holds_company_post(text, mentions, m)
            || self.based_somewhere(text, span)
            || self.company_apposition(text, span.end)
            || self.company_headed_apposition(text, span.end)
            || self.named_by_company_noun(text, span)
            || self.named_by_trade(text, span)
            || self.based_apposition(text, span.end)
            || self.founded_after(text, span.end)
            || self.object_of_holding(text, span)
    }

    /// "Breton sailmaker Kerhel": a trade's compound in small letters right
    /// before a one-word name that is no given name ("lawmaker Anna" is a
    /// person's; so is a full name, which the tagger reads well).
    fn named_by_trade(&self, text: &str, span: Span) -> bool {
        let name = span.slice(text);
        let written = super::word_before(text, span.start);
        written.starts_with(char::is_lowercase)
            && !name.contains(' ')
            && !self.is_first_name(name)
            && self.is_trade_compound(written)
    }

    /// "Velmar was founded in 2016", "Velmar, founded by Jo Tarn,": a
    /// participle of founding after the name, past a comma or a form of "be".
    fn founded_after(&self, text: &str, end: usize) -> bool {
        let rest = &text[end..];
        let rest = rest.strip_prefix(',').unwrap_or(rest);
        if !rest.starts_with(' ') {
            return false;
        }
        let mut words = rest.split_whitespace();
        let first = words.next().unwrap_or("");
        let verb = if self.words.passive_be.contains(first) {
            words.next().unwrap_or("")
        } else {
            first
        };
        self.words
            .founded
            .contains(verb.trim_end_matches([',', '.', ';']))
    }

    /// "Velmar's chief executive", "Velmar chairman Jo Tarn", "Velmar's
    /// board": a company's post or body after the name, past its
    /// possessive and a few lower-case words.
    fn holds_company_post(&self, text: &str, mentions: &[Mention], m: usize) -> bool {
        let end = mentions[m].span.end;
        let rest = &text[end..];
        let rest = ["’s ", "'s ", " "]
            .into_iter()
            .find_map(|p| rest.strip_prefix(p))
            .unwrap_or("");
        let board = rest.split_whitespace().next().is_some_and(|w| {
            self.words
                .boards
                .contains(w.trim_end_matches([',', '.', ';']))
        });
        let Some(title) = mentions
            .get(m + 1)
            .filter(|t| t.kind == EntityKind::Title && t.span.start >= end)
        else {
            return board;
        };
        let gap = &text[end..title.span.start];
        let gap = ["’s", "'s"]
            .into_iter()
            .find_map(|p| gap.strip_prefix(p))
            .unwrap_or(gap);
        let words: Vec<&str> = gap.split_whitespace().collect();
        let close = gap.starts_with(' ')
            && words.len() <= TITLE_GAP_WORDS
            && words.iter().all(|w| w.chars().all(char::is_lowercase));
        let word = lowercase(title.span.slice(text));
        board
            || close
                && (matches!(
                    self.words.titles.kind_of(&word),
                    RelationKind::CeoOf | RelationKind::ChairmanOf | RelationKind::FounderOf
                ) || self.words.executive_titles.contains(&word))
    }

    /// "Velmar shares fell", "Velmar's stock": a share word right after
    /// the name or its possessive.
    fn shares_after(&self, text: &str, span: Span) -> bool {
        let rest = &text[span.end..];
        let rest = ["’s", "'s"]
            .into_iter()
            .find_map(|p| rest.strip_prefix(p))
            .unwrap_or(rest);
        rest.strip_prefix(' ').is_some_and(|r| {
            r.split_whitespace().next().is_some_and(|w| {
                self.words
                    .share_words
                    .contains(w.trim_end_matches([',', '.']))
            })
        })
    }

    /// "Velmar shares fell", "Velmar's stock", "shares of Velmar", "shares
    /// in Velmar".
    fn shares_traded(&self, text: &str, span: Span) -> bool {
        let after = self.shares_after(text, span);
        let mut before = words_back(&text[..span.start]);
        let of = before.next().is_some_and(|w| {
            w == self.words.of || self.words.place_prepositions.contains_lowercase(w)
        });
        let before_of = of
            && before
                .next()
                .is_some_and(|w| self.words.share_words.contains_lowercase(w));
        after || before_of
    }

    /// "Velmar, based in Hamburg", "Velmar is headquartered in Oslo".
    fn based_somewhere(&self, text: &str, span: Span) -> bool {
        let rest = &text[span.end..];
        let rest = rest.strip_prefix(',').unwrap_or(rest);
        let mut words = rest.split_whitespace();
        let first = words.next().unwrap_or("");
        let verb = if self.words.subject_verb_gap.contains(first) {
            words.next().unwrap_or("")
        } else {
            first
        };
        self.words.based_verbs.contains(verb)
    }

    /// "Velmar, the Oslo-based streaming service": an apposition with a
    /// place-based word describes a company.
    fn based_apposition(&self, text: &str, end: usize) -> bool {
        self.apposition_after(text, end).is_some_and(|words| {
            words
                .take(3)
                .any(|w| w.len() > self.words.based.len() && w.ends_with(self.words.based.as_str()))
        })
    }

    /// "Mr Velmar", "chairman Velmar": an honorific or a title right before.
    fn person_marked(&self, text: &str, mentions: &[Mention], m: usize) -> bool {
        let start = mentions[m].span.start;
        let honorific = text[..start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                let w = lowercase(w);
                self.names.honorifics.contains(&w)
                    || self.names.honorifics.contains(w.trim_end_matches('.'))
            });
        let titled = m
            .checked_sub(1)
            .and_then(|t| mentions.get(t))
            .is_some_and(|t| {
                t.kind == EntityKind::Title && text.get(t.span.end..start) == Some(" ")
            });
        honorific || titled
    }

    /// "Velmar buys", "Velmar agreed to pay", "Velmar also said": the name
    /// is the subject of an agent's verb, past a few auxiliary words.
    fn subject_of_agent_verb(&self, text: &str, span: Span) -> bool {
        let rest = &text[span.end..];
        if !rest.starts_with(' ') {
            return false;
        }
        let mut words = rest.split_whitespace();
        for _ in 0..=VERB_GAP_WORDS {
            let Some(word) = words.next() else {
                return false;
            };
            let bare = word.trim_end_matches([',', '.', ';', ':']);
            if self.words.agent_verbs.contains(bare) {
                return true;
            }
            if bare.len() != word.len() || !self.words.subject_verb_gap.contains(bare) {
                return false;
            }
        }
        false
    }
}

/// Most lower-case words of a post's complement before its holder's name
/// ("director of the operations, Ada Marr").
const POST_COMPLEMENT_WORDS: usize = 3;

/// "X's director of operations, Ada Marr,": the title right after mention
/// `m` (its possessor) is set off by a person's name in apposition, after
/// at most a lower-case complement; whether that complement is opened by
/// `of` ("of operations"), none when no other person holds the title.
fn post_held_by_another(text: &str, mentions: &[Mention], m: usize, of: &str) -> Option<bool> {
    let (Some(title), Some(holder)) = (mentions.get(m + 1), mentions.get(m + 2)) else {
        return None;
    };
    // The title right after the possessive: "Jo Tarn's predecessor as chief
    // executive, Ada Marr," names Jo Tarn's post.
    let owned = text
        .get(mentions[m].span.end..title.span.start)
        .is_some_and(|gap| matches!(gap, "'s " | "’s "));
    if !owned
        || title.kind != EntityKind::Title
        || holder.kind != EntityKind::Person
        || holder.nominal
    {
        return None;
    }
    let gap = text
        .get(title.span.end..holder.span.start)
        .and_then(|gap| gap.strip_suffix(", "))?;
    let words: Vec<&str> = gap.split_whitespace().collect();
    (words.len() <= POST_COMPLEMENT_WORDS
        && words.iter().all(|w| w.chars().all(char::is_lowercase)))
    .then(|| words.first().is_some_and(|w| *w == of))
}

#[cfg(test)]
mod tests {
    use crate::model::{EntityKind, Span};
    use crate::pipeline::tests::kind_of;

    #[test]
    fn a_service_that_buys_hires_and_has_a_chief_executive_is_a_company() {
        let text = "Streaming service Quorvia buys Tamsett Pictures\n\
                    Quorvia, the Oslo-based streaming service, has agreed to buy film studio \
                    Tamsett Pictures. Quorvia paid $1.2 billion. Quorvia also said that it had \
                    hired Jon Hale. \"It is a good day,\" Quorvia's chief executive, Ana Berg, \
                    said. Quorvia shares fell 3%.";
        assert_eq!(kind_of(text, "Quorvia"), Some(EntityKind::Org));
    }

    #[test]
    fn a_person_by_the_tagger_holding_a_company_post_or_trading_shares_is_a_company() {
        let text = "Tarsey Ropeworks will be sold to Velmar Group for £18 million. Tarsey \
                    Ropeworks's chief executive, Ana Berg, will stay. Kelvaine, which makes \
                    rope, was bought in 2020. Kelvaine's founder, Jo Hale, said it was a good \
                    deal. Kellaby Ales shares closed up 11%. Anna Lund's chief executive role \
                    ends in May.";
        for name in ["Tarsey Ropeworks", "Kelvaine", "Kellaby Ales"] {
            assert_eq!(kind_of(text, name), Some(EntityKind::Org), "{name}");
        }
        // A given name opens a person's name, whatever follows it.
        assert_eq!(kind_of(text, "Anna Lund"), Some(EntityKind::Person));
    }

    #[test]
    fn a_given_name_whose_post_another_person_holds_opens_a_company() {
        let text = "Trinity Lodge, the body that runs the lighthouses, signed the deal. \
                    The ships are old, said Trinity Lodge's director of operations, \
                    Chidera Blackwood-Ruddle. Anna Lund's chief executive role ends in May.";
        assert_eq!(kind_of(text, "Trinity Lodge"), Some(EntityKind::Org));
        assert_eq!(kind_of(text, "Anna Lund"), Some(EntityKind::Person));
        let text = "Ada Marr replaces Henrik Sandvik, who led Velmar Seeds for ten years. \
                    Sandvik's predecessor as chief executive, Gunnar Akerby, is retiring.";
        assert_eq!(kind_of(text, "Henrik Sandvik"), Some(EntityKind::Person));
    }

    #[test]
    fn a_listed_place_put_somewhere_or_before_a_company_noun_is_placed() {
        let lang = crate::lang::Language::english().expect("English loads");
        let k = super::Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let placed = |text: &str, name: &str| {
            let start = text.find(name).expect("name in text");
            k.placed(text, Span::new(start, start + name.len()))
        };
        assert!(placed(
            "Velmar, based in the City of Westminster, said",
            "City of Westminster"
        ));
        assert!(placed("the Dundee engineering firm Velmar", "Dundee"));
        assert!(placed("a laboratory in Dundee", "Dundee"));
        assert!(!placed("a 20% stake in Dundee", "Dundee"));
        assert!(!placed("the Dundee Engineering Company", "Dundee"));
        assert_eq!(
            kind_of(
                "Dundee private equity firm Orvo Partners bought it.",
                "Dundee"
            ),
            Some(EntityKind::Loc)
        );
    }

    #[test]
    fn a_name_that_was_founded_and_is_based_somewhere_is_a_company() {
        let lang = crate::lang::Language::english().expect("English loads");
        let k = super::Kinds::new(&lang.kinds, &lang.resolve, &lang.rules.nominal_heads);
        let founded = |text: &str, name: &str| {
            let end = text.find(name).expect("name in text") + name.len();
            k.founded_after(text, end)
        };
        assert!(founded(
            "Sarvennic was founded in 2016 by two engineers.",
            "Sarvennic"
        ));
        assert!(founded(
            "Sarvennic, founded by Jo Tarn, builds radars.",
            "Sarvennic"
        ));
        assert!(!founded("Sarvennic found the papers.", "Sarvennic"));
        let text = "Satellite maker Sarvennic has been picked to build four satellites. The \
                    award is the largest in Sarvennic's history. Sarvennic, based in Tarbes, will \
                    build them. Sarvennic was founded in 2016 by Ana Berg.";
        assert_eq!(kind_of(text, "Sarvennic"), Some(EntityKind::Org));
    }

    #[test]
    fn a_product_that_sells_stays_a_product() {
        let text = "Korvin Systems said the new Velvix phone will ship in May. The Velvix \
                    sold 2 million units, and Velvix phones cost $300. Korvin Systems shares rose.";
        assert_eq!(kind_of(text, "Velvix"), Some(EntityKind::Product));
        assert_eq!(kind_of(text, "Korvin Systems"), Some(EntityKind::Org));
    }

    #[test]
    fn a_trades_compound_before_a_short_form_makes_it_the_companys() {
        let text = "Breton sailmaker Kerhel lands big order\n\nSails will be made by \
                    Voilerie Kerhel SAS in Lorient, the sailmaker said. Kerhel put the value \
                    of the order at 70 million euros. The rest of Kerhel belongs to the \
                    family of its founder, the yachtsman Loïc Kerhel, who died in 2011.";
        let a = crate::pipeline::tests::analysis(text);
        let company = a.entities.iter().find(|e| e.name == "Voilerie Kerhel SAS");
        // Its name four times, and "the sailmaker" the headline gave it.
        assert_eq!(
            company.map(|e| e.mentions.len()),
            Some(5),
            "{:?}",
            a.entities
        );
        assert_eq!(kind_of(text, "Loïc Kerhel"), Some(EntityKind::Person));
        assert_eq!(kind_of(text, "Kerhel"), None);
        let text = "The bill was backed by the lawmaker Anna Tarsk, who spoke on Monday.";
        assert_eq!(kind_of(text, "Anna Tarsk"), Some(EntityKind::Person));
    }
}
