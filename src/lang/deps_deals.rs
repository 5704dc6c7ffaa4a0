//! The lexicon of the deal frames read off the dependency parse
//! (`assets/lang/<code>/relate/deps/deal_*.tsv`): relational nouns
//! ("unit", "shareholder", "rival"), deal verbs ("owns", "acquired",
//! "merged") and the words around them ("stake", "venture", "denied").

use rustc_hash::FxHashMap;

use crate::model::RelationKind;

use super::{LangError, Source, Table, WordList};

/// A relational noun: "X's unit Y", "Y, a unit of X".
#[derive(Debug, Clone)]
pub struct DealNoun {
    /// The noun, lower case.
    pub word: String,
    /// The relation it states.
    pub kind: RelationKind,
    /// Which end the named company is: `Some(false)` the target ("X's
    /// unit Y": X → Y), `Some(true)` the source ("X's owner Y": Y → X),
    /// `None` either (a symmetric kind).
    pub named_is_source: Option<bool>,
    /// The possessor may be a possessive: "X's N".
    pub poss: bool,
    /// The possessor may follow "of": "N of X".
    pub of: bool,
    /// The possessor may be a name before it: "the X N".
    pub compound: bool,
}

/// A deal verb: "S owns T", "T was acquired by S".
#[derive(Debug, Clone)]
pub struct DealVerb {
    /// The verb form, lower case.
    pub word: String,
    /// The relation it states (subject → object).
    pub kind: RelationKind,
    /// The particle it needs ("over" of "take over"), if any.
    pub particle: Option<String>,
    /// The direct object is the target (through a stake noun: a stake).
    pub dobj: bool,
    /// The target is only reached through a stake noun ("holds 9% of T").
    pub stake_only: bool,
    /// Prepositions whose object is the target ("merged with T").
    pub preps: Vec<String>,
    /// A symmetric kind between the subject's conjuncts ("S and T merged").
    pub coord: bool,
    /// A joint undertaking as object makes the subject's conjuncts (and
    /// the "with" object) partners.
    pub venture: bool,
    /// A verb of selling: the "to" object bought the direct object.
    pub sold: bool,
}

/// `relate/deps/deal_*.tsv`.
#[derive(Debug, Clone)]
pub struct DepDealWords {
    /// Relational nouns.
    pub nouns: Vec<DealNoun>,
    /// Deal verbs.
    pub verbs: Vec<DealVerb>,
    /// Nouns of a holding ("stake", "percent").
    pub stake: WordList,
    /// Prepositions after a stake noun ("of", "in").
    pub stake_of: WordList,
    /// Nouns of a joint undertaking ("venture", "alliance").
    pub venture: WordList,
    /// Verbs saying a deal did not or will not happen ("denied", "failed").
    pub deny: WordList,
    /// Verbs and nouns that stop a deal: the deal they take as object
    /// ("blocked the takeover", "the blocking of the merger", "the
    /// agreement was terminated") did not happen.
    pub block: WordList,
    /// Words of negation ("not", "never", "no"): with `deny`, they make a
    /// sentence's relations worth checking against its parse.
    pub not: WordList,
    /// The word after "no" that makes it "no longer".
    pub longer: WordList,
    /// Words that list members ("include", "including", "as").
    pub include: WordList,
    /// The preposition of a possessor or member ("of").
    pub of: WordList,
    /// The preposition of a partner ("with").
    pub with: WordList,
    /// The preposition of a buyer ("to").
    pub to: WordList,
    /// Adjectives of a tie that no longer holds ("former", "previous").
    pub former: WordList,
    /// Modifiers that give a noun of the tables another tie ("an investment
    /// bank" advises, it lends nothing).
    pub other_tie: WordList,
    /// Nouns of a group that acts through its members ("a consortium of
    /// A and B").
    pub collective: WordList,
    /// Determiners of a noun in apposition that stands for each member of
    /// a coordination ("both", "all": "A and B, both units of X").
    pub every: WordList,
    /// Nouns of an undertaking whose infinitive its maker performs ("an
    /// agreement to buy T").
    pub pledge: WordList,
    /// Verbs by which the subject makes such an undertaking its own
    /// ("reached", "signed", "announced").
    pub make: WordList,
    /// The noun and verb forms of the tables that make a sentence worth
    /// parsing by themselves.
    pub triggers: WordList,
    /// The nouns whose possessor can only be a possessive ("X's company",
    /// "X's bank"): they make a sentence worth parsing only with one.
    pub possessed: WordList,
    /// Each noun's row in `nouns` (the first of a word listed twice).
    noun_rows: FxHashMap<String, usize>,
    /// Each verb form's row in `verbs` (the first of a form listed twice).
    verb_rows: FxHashMap<String, usize>,
}

/// Each word's first row.
fn rows_of<'a>(words: impl Iterator<Item = &'a String>) -> FxHashMap<String, usize> {
    let mut out = FxHashMap::default();
    for (i, w) in words.enumerate() {
        out.entry(w.clone()).or_insert(i);
    }
    out
}

/// The relation kind named `name` in row `row` of `path`.
fn kind(name: &str, path: &str, row: usize) -> Result<RelationKind, LangError> {
    RelationKind::from_name(name).ok_or_else(|| LangError::Malformed {
        path: path.to_owned(),
        line: row + 1,
        problem: format!("unknown relation kind {name}"),
    })
}

impl DepDealWords {
    /// Reads the deal tables of `relate/deps/` from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let path = "relate/deps/deal_nouns.tsv";
        let mut nouns = Vec::new();
        for (row, r) in Table::load(source, path, 4)?.rows().enumerate() {
            let has = |v: &str| r[3].split('|').any(|x| x == v);
            nouns.push(DealNoun {
                word: r[0].clone(),
                kind: kind(&r[1], path, row)?,
                named_is_source: match r[2].as_str() {
                    "source" => Some(true),
                    "target" => Some(false),
                    _ => None,
                },
                poss: has("poss"),
                of: has("of"),
                compound: has("compound"),
            });
        }
        let path = "relate/deps/deal_verbs.tsv";
        let mut verbs = Vec::new();
        for (row, r) in Table::load(source, path, 4)?.rows().enumerate() {
            let routes: Vec<&str> = r[3].split('|').collect();
            verbs.push(DealVerb {
                word: r[0].clone(),
                kind: kind(&r[1], path, row)?,
                particle: (r[2] != "-").then(|| r[2].clone()),
                dobj: routes.contains(&"dobj") || routes.contains(&"stake"),
                stake_only: routes.contains(&"stake"),
                preps: routes
                    .iter()
                    .filter(|x| !matches!(**x, "dobj" | "stake" | "coord" | "venture" | "sold"))
                    .map(|x| (*x).to_owned())
                    .collect(),
                coord: routes.contains(&"coord"),
                venture: routes.contains(&"venture"),
                sold: routes.contains(&"sold"),
            });
        }
        let words = Table::load(source, "relate/deps/deal_words.tsv", 2)?;
        let class = |c: &str| {
            WordList::from_entries(words.rows().filter(|r| r[0] == c).map(|r| r[1].clone()))
        };
        // A noun whose possessor can only be a possessive ("X's company")
        // is no trigger by itself: the sentence needs a possessive too.
        let possessed_only = |n: &DealNoun| n.poss && !n.of && !n.compound;
        let triggers = WordList::from_entries(
            nouns
                .iter()
                .filter(|n| !possessed_only(n))
                .map(|n| n.word.clone())
                .chain(verbs.iter().map(|v| v.word.clone())),
        );
        let possessed = WordList::from_entries(
            nouns
                .iter()
                .filter(|n| possessed_only(n))
                .map(|n| n.word.clone()),
        );
        Ok(Self {
            triggers,
            possessed,
            noun_rows: rows_of(nouns.iter().map(|n| &n.word)),
            verb_rows: rows_of(verbs.iter().map(|v| &v.word)),
            nouns,
            verbs,
            stake: class("stake"),
            stake_of: class("stake_of"),
            venture: class("venture"),
            deny: class("deny"),
            block: class("block"),
            not: class("not"),
            longer: class("longer"),
            include: class("include"),
            collective: class("collective"),
            every: class("every"),
            pledge: class("pledge"),
            make: class("make"),
            former: class("former"),
            other_tie: class("other_tie"),
            of: class("of"),
            with: class("with"),
            to: class("to"),
        })
    }

    /// The relational noun `word` (lower case), if it is one.
    pub fn noun(&self, word: &str) -> Option<&DealNoun> {
        self.noun_rows.get(word).and_then(|&i| self.nouns.get(i))
    }

    /// The deal verb `word` (lower case), if it is one.
    pub fn verb(&self, word: &str) -> Option<&DealVerb> {
        self.verb_rows.get(word).and_then(|&i| self.verbs.get(i))
    }

    /// True when `word` (lower case) is a word of negation, of denying or
    /// of blocking ("not", "never", "denied", "didn't", "blocked"): a sentence holding one may
    /// state no fact.
    pub fn negates(&self, word: &str) -> bool {
        self.not.contains(word)
            || self.deny.contains(word)
            || self.block.contains(word)
            || word.ends_with("n't")
    }
}

/// The Penn tags the deal frames ask about.
pub mod tags {
    /// The prefix of a proper noun's tags (NNP, NNPS).
    pub const PROPER: &str = "NNP";
    /// The prefix of a pronoun's tags (PRP, PRP$).
    pub const PRONOUN: &str = "PRP";

    /// True for a present participle or gerund (VBG).
    pub fn is_gerund(tag: &str) -> bool {
        tag == "VBG"
    }

    /// True for a past participle (VBN).
    pub fn is_participle(tag: &str) -> bool {
        tag == "VBN"
    }

    /// True for a verb's base form (VB).
    pub fn is_base_verb(tag: &str) -> bool {
        tag == "VB"
    }

    /// True for a common noun (NN, NNS).
    pub fn is_common_noun(tag: &str) -> bool {
        tag == "NN" || tag == "NNS"
    }

    /// True for a plain adjective (JJ).
    pub fn is_adjective(tag: &str) -> bool {
        tag == "JJ"
    }
}
