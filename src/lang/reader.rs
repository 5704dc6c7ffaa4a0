//! The clause-frame lexicon (`relate/reader/`): for a verb or noun, which
//! argument slot of its clause gives which end of which relation. The
//! general reader (`pipeline::relate::reader`) finds the slots; a
//! construction is a row here, not code.
//!
//! `frames.tsv` has five columns: the trigger (word forms separated by
//! commas, or `@family/list` for a list of `relate/`), the relation kind,
//! the source slot, the target slot, and what the clause must also hold
//! (`-`, or `@family/list`: one of its words within the clause; `!@…`:
//! none of them). A slot is
//! one or more alternatives separated by `|`, tried in order: `subject`
//! (the clause's), `agent` and `patient` (subject and object, turned by a
//! passive), `object`, `possessor` ("Y's", "its", "whose"), `complement`
//! (after a copula: "whose biggest shareholder is C"), `apposed` (the
//! names before the comma: "A and B, both former …"), `named` (the names
//! the phrase after the trigger leads to: "former Keltic engineers A and
//! B"), `set_off` (the names set off by a comma after the trigger's
//! phrase: "its larger rivals in Europe, A and B,"), `appositive` (the names before the comma that opens a
//! description the trigger heads: "Y, the fish-feed arm of X", "Y, part
//! of X"), `next` (the name right after the trigger), `direct` (the one name
//! right after the trigger that is its whole object: "will lead T", not
//! "ran the T hotels"; a passive's subject), `gap` (the antecedent of an
//! object relative clause: "T, which S bought"), `goods_gap` (the subject
//! of an object relative clause whose antecedent is goods: "rubber, which
//! it buys from S"), `elided` (the company
//! a share ending the clause is of: "while S holds 8%"), `owner` (the
//! possessor of a subject that names goods: "X's paper comes from S"),
//! `~from` (the object of the preposition when only goods stand between:
//! "T buys scrap from S"), or
//! any other word: a preposition, whose object is the slot ("from", "in", "by";
//! `^in` when it must follow the trigger right away, a comma between at
//! most).

use crate::model::RelationKind;

use super::{LangError, Source, Table, WordList};

/// One argument slot of a clause frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// The clause's subject.
    Subject,
    /// The subject of an active clause, the "by" phrase of a passive one.
    Agent,
    /// The object of an active clause, the subject of a passive one.
    Patient,
    /// The object right after the trigger.
    Object,
    /// The possessor before the trigger.
    Possessor,
    /// The name after a copula behind the trigger.
    Complement,
    /// The names before the comma that opens the trigger's phrase.
    Apposed,
    /// The names before the comma that opens a description the trigger
    /// heads, describing words between: "Y, the fish-feed arm of X" (Y).
    Appositive,
    /// The names the phrase after the trigger leads to.
    Named,
    /// The names set off by a comma after the trigger's phrase: "its
    /// larger rivals in Europe, A and the German group B," (A, B).
    SetOff,
    /// The name right after the trigger.
    Next,
    /// The whole object of an active clause: one name right after the
    /// trigger (an article between at most) that ends its phrase ("will
    /// lead T", not "ran the T hotels"); the subject of a passive one.
    Direct,
    /// The antecedent of an object relative clause whose verb has no
    /// object of its own: "T, which S bought last year" (T).
    Gap,
    /// The subject of an object relative clause whose antecedent is goods:
    /// "rubber, which it buys from S" (it).
    GoodsGap,
    /// The company a share ending the clause is of ("while S holds 8%"):
    /// the object of the sentence's earlier verb of owning, else the
    /// company of its last holding found.
    Elided,
    /// The possessor of the clause's subject when that subject names goods:
    /// "X's paper comes from S", "its coloured glass is blown by S",
    /// "most of its beans come from S" (X, its).
    Owner,
    /// The object of this preposition behind the trigger when only goods
    /// stand between (written `~from`): plain words, no name, share or
    /// word of `not_goods` ("T buys scrap from S", not "T buys the unit
    /// from S" or "T buys U from S").
    GoodsPrep(String),
    /// The object of this preposition behind the trigger; `adjacent`
    /// (written `^in`) when it must follow the trigger right away (a comma
    /// between at most): "plants in A", not "a centre for design in A".
    Prep {
        /// The preposition.
        word: String,
        /// Whether it must follow the trigger right away.
        adjacent: bool,
    },
}

impl Slot {
    fn parse(name: &str) -> Self {
        match name {
            "subject" => Self::Subject,
            "agent" => Self::Agent,
            "patient" => Self::Patient,
            "object" => Self::Object,
            "possessor" => Self::Possessor,
            "complement" => Self::Complement,
            "apposed" => Self::Apposed,
            "appositive" => Self::Appositive,
            "named" => Self::Named,
            "set_off" => Self::SetOff,
            "next" => Self::Next,
            "direct" => Self::Direct,
            "elided" => Self::Elided,
            "gap" => Self::Gap,
            "goods_gap" => Self::GoodsGap,
            "owner" => Self::Owner,
            goods if goods.starts_with('~') => {
                Self::GoodsPrep(goods.trim_start_matches('~').to_owned())
            }
            preposition => Self::Prep {
                word: preposition.trim_start_matches('^').to_owned(),
                adjacent: preposition.starts_with('^'),
            },
        }
    }
}

/// One row of the frame lexicon.
#[derive(Debug, Clone)]
pub struct FrameRow {
    /// The trigger's word forms.
    pub words: WordList,
    /// The relation stated.
    pub kind: RelationKind,
    /// Where the source end is, alternatives in order.
    pub source: Vec<Slot>,
    /// Where the target end is, alternatives in order.
    pub target: Vec<Slot>,
    /// Words one of which the clause must hold, if any.
    pub needs: Option<WordList>,
    /// True when the clause must hold none of `needs` instead.
    pub needs_absent: bool,
}

/// `relate/reader/`.
#[derive(Debug, Clone)]
pub struct ReaderWords {
    /// The frame lexicon, in file order.
    pub frames: Vec<FrameRow>,
    /// Every row's trigger words at once: a word of none of them starts
    /// no frame, and is passed over with one look-up instead of one a row.
    pub triggers: WordList,
    /// Words that may stand between a subject and its verb beyond the
    /// clause list's ("still", "together", "each").
    pub between: WordList,
    /// Copulas between a noun and its complement ("is", "remains").
    pub copulas: WordList,
    /// Words that end a clause's reach ("said", ";").
    pub stops: WordList,
    /// Words that may stand before an apposed trigger ("both", "a").
    pub apposed_lead: WordList,
    /// The relative possessive ("whose").
    pub whose: WordList,
    /// Words besides prepositions that may follow a verb whose object a
    /// relative clause fronted ("T, which S has owned since 2008").
    pub gap_closers: WordList,
    /// Nouns of a subject that name no goods an owner is supplied with
    /// ("its sales come from", "X's owner was bought by").
    pub not_goods: WordList,
    /// Nouns of a lender named by its borrower's possessive ("X's main
    /// bank").
    pub lender_nouns: WordList,
    /// Words that make a lender a borrower's own ("main", "house").
    pub lender_ranks: WordList,
    /// Words that end a direct object's phrase ("will run T after the
    /// merger").
    pub object_ends: WordList,
    /// Words of a portion before "of" and a possessor ("most of its
    /// beans", "a third of its leather").
    pub portions: WordList,
    /// Words of holding a share whose company the clause leaves unsaid
    /// ("who keeps 24%", "with S holding the rest").
    pub owning: WordList,
    /// Verbs of belonging ("belongs"), their subject held by the one after
    /// `belong_to`.
    pub belong: WordList,
    /// The preposition before the holder after a verb of belonging ("to").
    pub belong_to: WordList,
    /// Particles of a phrasal participle, stood past before its passive's
    /// "by" ("T, set up in 2009 by A").
    pub particles: WordList,
}

impl ReaderWords {
    /// Reads `relate/reader/` (and the lists its rows name) from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let path = "relate/reader/frames.tsv";
        let list = |name: &str| WordList::load(source, &format!("relate/{name}.txt"));
        let words = |field: &str| match field.strip_prefix('@') {
            Some(name) => list(name),
            None => Ok(WordList::from_entries(
                field.split(',').map(|w| w.trim().to_owned()),
            )),
        };
        let slots = |field: &str| field.split('|').map(Slot::parse).collect::<Vec<_>>();
        let mut frames = Vec::new();
        for (n, row) in Table::load(source, path, 5)?.rows().enumerate() {
            let kind = RelationKind::from_name(&row[1]).ok_or_else(|| LangError::Malformed {
                path: path.to_owned(),
                line: n + 1,
                problem: format!("not a relation kind: {}", row[1]),
            })?;
            frames.push(FrameRow {
                words: words(&row[0])?,
                kind,
                source: slots(&row[2]),
                target: slots(&row[3]),
                needs: match row[4].trim_start_matches('!') {
                    "-" => None,
                    field => Some(words(field)?),
                },
                needs_absent: row[4].starts_with('!'),
            });
        }
        let triggers = WordList::from_entries(
            frames
                .iter()
                .flat_map(|f| f.words.iter().map(str::to_owned)),
        );
        Ok(Self {
            frames,
            triggers,
            between: list("reader/between")?,
            copulas: list("reader/copulas")?,
            stops: list("reader/stops")?,
            apposed_lead: list("reader/apposed_lead")?,
            whose: list("reader/whose")?,
            gap_closers: list("reader/gap_closers")?,
            not_goods: list("reader/not_goods")?,
            owning: list("reader/owning")?,
            belong: list("reader/belong")?,
            belong_to: list("reader/belong_to")?,
            portions: list("reader/portions")?,
            lender_nouns: list("reader/lender_nouns")?,
            lender_ranks: list("reader/lender_ranks")?,
            object_ends: list("reader/object_ends")?,
            particles: list("reader/set_up_particles")?,
        })
    }
}
