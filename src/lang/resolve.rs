//! Words of resolution (`assets/lang/<code>/resolve/`).

use rustc_hash::FxHashMap;

use super::money::first;
use super::{LangError, Source, WordList};

/// What resolution knows of names, descriptions and clauses.
#[derive(Debug, Clone)]
pub struct ResolveWords {
    /// Heads of descriptions that refer to a joint undertaking.
    pub venture_heads: WordList,
    /// Words that make a description the company a deal creates ("the
    /// merged company"), lower case.
    pub merged_modifiers: WordList,
    /// Of those, the words that need a name the text gives ("the new
    /// company, to be called X"): unnamed, no reference.
    pub naming_modifiers: WordList,
    /// Verbs before "the X name" that give a company a deal creates a
    /// party's name ("will take the Tarn name").
    pub kept_name_verbs: WordList,
    /// The noun after a name that means the name itself ("name").
    pub name_nouns: WordList,
    /// Verbs of buying, selling or founding whose object "it" stands for a
    /// company named before ("which bought it from V"), lower case.
    pub object_verbs: WordList,
    /// Relative pronouns after a comma ("X, which …"), lower case.
    pub relative_pronouns: WordList,
    /// Heads of descriptions of the deal's buyer ("the buyer"), lower case.
    pub buyer_heads: WordList,
    /// Verbs whose subject is a buyer ("buying"), lower case.
    pub buy_words: WordList,
    /// Forms of "be" that make the verb after them passive, lower case.
    pub passive_auxiliaries: WordList,
    /// Forms of the buy verbs that are passive after "be", lower case.
    pub buy_participles: WordList,
    /// The preposition that names a passive verb's agent ("by").
    pub passive_agents: WordList,
    /// Last words of names that make them undertakings, lower case.
    pub venture_name_ends: WordList,
    /// Words after "X, a …" that describe an undertaking, tried in order.
    pub venture_appositions: WordList,
    /// Legal-form suffixes dropped when comparing names, lower case.
    pub legal_suffixes: WordList,
    /// Legal suffixes that name a parent group ("group", "holdings").
    pub parent_suffixes: WordList,
    /// Legal forms spelt out ("company" for "Co."), lower case: dropped
    /// from the end of a longer name when mentions are grouped.
    pub spelt_suffixes: WordList,
    /// Small words ignored when forming acronyms, lower case.
    pub acronym_stops: WordList,
    /// Prepositions: a name right after one is not its clause's subject.
    /// Relation extraction reads this list too.
    pub prepositions: WordList,
    /// A leading article dropped from a name's comparison key ("the").
    pub name_articles: WordList,
    /// Determiners of a description in apposition ("a", "an", "the").
    pub determiners: WordList,
    /// The subject pronoun that stands for the previous subject ("it").
    pub subject_pronoun: String,
    /// Its possessive ("its"): a sentence it opens speaks of the previous
    /// subject too.
    pub possessive_pronoun: String,
    /// Determiners trimmed, in order, off a description's key.
    pub description_determiners: WordList,
    /// Demonstratives opening a description ("that company"): it points
    /// back at a company just named, even one named in passing.
    pub demonstratives: WordList,
    /// A country's other names, lower case, each with its first name:
    /// ("america", "united states").
    pub place_aliases: Vec<(String, String)>,
    /// An organisation's conventional short names, lower case, each with
    /// its full name: ("fed", "federal reserve").
    pub name_aliases: Vec<(String, String)>,
    /// Kinds of business, each a line of words that share it ("bank lender").
    pub description_classes: WordList,
    /// Each word of `description_classes` with the line it first stands
    /// on: its kind of business, looked up once a language.
    pub description_class: FxHashMap<String, usize>,
    /// Per kind of business, the narrower kinds it takes in
    /// (`description-broader.txt`: a carmaker is a manufacturer).
    pub description_broader: FxHashMap<usize, Vec<usize>>,
    /// Words of the names of public bodies and news outlets, lower case.
    pub public_words: WordList,
    /// Heads of descriptions of public bodies ("agency").
    pub public_heads: WordList,
    /// Last words of the names of bodies of members ("association",
    /// "union"), lower case: the words before them type no business.
    pub member_heads: WordList,
    /// Nouns that say what an organisation is when written right after
    /// its name ("Zastava arms factory"), lower case.
    pub body_nouns: WordList,
    /// How a nationality word is made from its place's name: (ending of
    /// the nationality word, what replaces it in the place's name), in order.
    pub demonym_endings: Vec<(String, String)>,
    /// Courtesy titles before a person's name ("mr", "dr"), lower case.
    pub honorifics: WordList,
    /// Nationality words no ending makes, each with its place:
    /// ("british", "britain").
    pub demonyms: Vec<(String, String)>,
    /// Nouns that name a country's or region's government ("government"),
    /// lower case: "the US government" is the United States acting.
    pub government_nouns: WordList,
    /// Suffixes that make the word before them a company's home in a
    /// description ("the Minneapolis-based company"), lower case.
    pub home_suffixes: WordList,
    /// Prepositions between a home verb and its place ("based in").
    pub home_prepositions: WordList,
    /// Forms of "be" before a complement ("is"), lower case.
    pub copulas: WordList,
    /// Words that introduce another name of the same entity after a comma
    /// ("known as"), lower case.
    pub alias_links: WordList,
    /// Finite forms of "be", "have" and the modals ("are", "has", "will"),
    /// lower case: after a possessive name that opens a clause, the names
    /// that follow are the predicate's.
    pub finite_auxiliaries: WordList,
    /// Conjunctions that open a new clause after a comma ("and", "but"),
    /// lower case.
    pub clause_conjunctions: WordList,
    /// Words that join a list's names ("and", "or"), lower case: a
    /// subject joined to another organisation is plural.
    pub list_joiners: WordList,
    /// Heads of descriptions a text uses for any company ("company",
    /// "firm"), lower case: no earlier description's head must agree.
    pub generic_heads: WordList,
    /// Whole openers of a sentence that say whose word it is ("according
    /// to"), lower case: a description right after one opens the sentence.
    pub attribution_openers: WordList,
    /// Verbs of a reporting tag after a description set off by a comma
    /// ("…, the company said"), lower case: its source is the article's
    /// protagonist.
    pub reporting_verbs: WordList,
    /// Forms of "tell": their object is a listener, not a party to the news.
    pub telling_verbs: WordList,
    /// Conjunctions that, after a comma, open a subordinate clause whose
    /// subject a description may be ("…, as the company faced a recall").
    pub subordinators: WordList,
    /// Words that may follow a description set off after a name ("X, the
    /// Stuttgart publisher of …"), lower case: it is that name's apposition.
    pub apposition_continuations: WordList,
    /// Words that open a clause after a verb ("that"), lower case: a
    /// description past one is no object of that verb.
    pub complementisers: WordList,
    /// Words that rank or count ("second", "only"), lower case: no trade
    /// a definite apposition gives ("X, the second in Europe").
    pub rank_words: WordList,
}

impl ResolveWords {
    /// Reads the stage's files from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let description_classes = WordList::load(source, "resolve/description-classes.txt")?;
        let mut description_class = FxHashMap::default();
        for (class, line) in description_classes.iter().enumerate() {
            for w in line.split_whitespace() {
                description_class.entry(w.to_owned()).or_insert(class);
            }
        }
        let mut description_broader: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for line in WordList::load(source, "resolve/description-broader.txt")?.iter() {
            let mut classes = line
                .split_whitespace()
                .filter_map(|w| description_class.get(w).copied());
            if let Some(broad) = classes.next() {
                description_broader
                    .entry(broad)
                    .or_default()
                    .extend(classes);
            }
        }
        Ok(Self {
            venture_heads: WordList::load(source, "resolve/venture-heads.txt")?,
            merged_modifiers: WordList::load(source, "resolve/merged-modifiers.txt")?,
            naming_modifiers: WordList::load(source, "resolve/naming-modifiers.txt")?,
            kept_name_verbs: WordList::load(source, "resolve/kept-name-verbs.txt")?,
            name_nouns: WordList::load(source, "resolve/name-nouns.txt")?,
            object_verbs: WordList::load(source, "resolve/object-verbs.txt")?,
            relative_pronouns: WordList::load(source, "resolve/relative-pronouns.txt")?,
            buyer_heads: WordList::load(source, "resolve/buyer-heads.txt")?,
            buy_words: WordList::load(source, "resolve/buy-words.txt")?,
            passive_auxiliaries: WordList::load(source, "resolve/passive-auxiliaries.txt")?,
            buy_participles: WordList::load(source, "resolve/buy-participles.txt")?,
            passive_agents: WordList::load(source, "resolve/passive-agents.txt")?,
            venture_name_ends: WordList::load(source, "resolve/venture-name-ends.txt")?,
            venture_appositions: WordList::load(source, "resolve/venture-appositions.txt")?,
            legal_suffixes: WordList::load(source, "resolve/legal-suffixes.txt")?,
            parent_suffixes: WordList::load(source, "resolve/parent-suffixes.txt")?,
            spelt_suffixes: WordList::load(source, "resolve/spelt-suffixes.txt")?,
            acronym_stops: WordList::load(source, "resolve/acronym-stops.txt")?,
            prepositions: WordList::load(source, "resolve/prepositions.txt")?,
            name_articles: WordList::load(source, "resolve/name-articles.txt")?,
            determiners: WordList::load(source, "resolve/determiners.txt")?,
            subject_pronoun: first(source, "resolve/subject-pronoun.txt")?,
            possessive_pronoun: first(source, "resolve/possessive-pronoun.txt")?,
            description_determiners: WordList::load(source, "resolve/description-determiners.txt")?,
            demonstratives: WordList::load(source, "resolve/demonstratives.txt")?,
            place_aliases: alias_pairs(&WordList::load(source, "resolve/place-aliases.txt")?),
            name_aliases: alias_pairs(&WordList::load(source, "resolve/name-aliases.txt")?),
            description_classes,
            description_class,
            description_broader,
            public_words: WordList::load(source, "resolve/public-words.txt")?,
            public_heads: WordList::load(source, "resolve/public-heads.txt")?,
            member_heads: WordList::load(source, "resolve/member-heads.txt")?,
            body_nouns: WordList::load(source, "resolve/body-nouns.txt")?,
            demonym_endings: ending_pairs(&WordList::load(source, "resolve/demonym-endings.txt")?),
            honorifics: WordList::load(source, "resolve/honorifics.txt")?,
            demonyms: alias_pairs(&WordList::load(source, "resolve/demonyms.txt")?),
            government_nouns: WordList::load(source, "resolve/government-nouns.txt")?,
            home_suffixes: WordList::load(source, "resolve/home-suffixes.txt")?,
            home_prepositions: WordList::load(source, "resolve/home-prepositions.txt")?,
            copulas: WordList::load(source, "resolve/copulas.txt")?,
            alias_links: WordList::load(source, "resolve/alias-links.txt")?,
            finite_auxiliaries: WordList::load(source, "resolve/finite-auxiliaries.txt")?,
            clause_conjunctions: WordList::load(source, "resolve/clause-conjunctions.txt")?,
            list_joiners: WordList::load(source, "resolve/list-joiners.txt")?,
            generic_heads: WordList::load(source, "resolve/generic-heads.txt")?,
            attribution_openers: WordList::load(source, "resolve/attribution-openers.txt")?,
            reporting_verbs: WordList::load(source, "resolve/reporting-verbs.txt")?,
            telling_verbs: WordList::load(source, "resolve/telling-verbs.txt")?,
            subordinators: WordList::load(source, "resolve/subordinators.txt")?,
            apposition_continuations: WordList::load(
                source,
                "resolve/apposition-continuations.txt",
            )?,
            complementisers: WordList::load(source, "resolve/complementisers.txt")?,
            rank_words: WordList::load(source, "resolve/rank-words.txt")?,
        })
    }
}

/// `(ending, replacement)` pairs of lines "ending|replacement|…", where
/// "-" stands for nothing.
fn ending_pairs(lines: &WordList) -> Vec<(String, String)> {
    let empty = |s: &str| {
        if s == "-" {
            String::new()
        } else {
            s.to_owned()
        }
    };
    let mut out = Vec::new();
    for line in lines.iter() {
        let mut parts = line.split('|').map(str::trim);
        let Some(ending) = parts.next() else { continue };
        out.extend(parts.map(|r| (empty(ending), empty(r))));
    }
    out
}

/// `(alias, first name)` pairs of lines "first|alias|alias".
fn alias_pairs(lines: &WordList) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in lines.iter() {
        let mut names = line.split('|').map(str::trim);
        let Some(first) = names.next() else { continue };
        out.extend(names.map(|n| (n.to_owned(), first.to_owned())));
    }
    out
}
