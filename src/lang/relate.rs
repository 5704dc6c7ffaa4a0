//! The words of relation extraction, from `assets/lang/<code>/relate/`: one
//! folder per family of patterns (`roles/`, `deals/`, `partners/`, …), plus
//! the cues the stage reads clauses, pronouns and status by.
//!
//! Each field is one file; the file's name is the field's. Lists are tried
//! as sets (membership), except where a field says its order matters.

use crate::model::EntityKind;

pub use super::deals::{CreditWords, FrameWords, HoldingWords, OrderWords, PaymentWords};
pub use super::deps::DepsWords;
pub use super::deps_deals::{DealNoun, DealVerb, DepDealWords, tags};
pub use super::roles::{RoleWords, TitleRules, TitleTest};
use super::{LangError, Source, Table, WordList};

/// Every list the `relate` stage consults.
#[derive(Debug, Clone)]
pub struct RelateWords {
    /// Building the item view of a sentence.
    pub view: ViewWords,
    /// Subjects, clause subjects and entity lists.
    pub clause: ClauseWords,
    /// How firmly a relation is stated.
    pub status: StatusWords,
    /// Which entity a pronoun stands for.
    pub pronoun: PronounWords,
    /// Roles and titles: CEO of, chairman of, founder of, works for.
    pub roles: RoleWords,
    /// Deals and money: invested in, acquired, supplies.
    pub deals: DealWords,
    /// Orders and sales of goods: buys from, sells to.
    pub orders: OrderWords,
    /// Holdings, units and mergers: stake in, merged with, joint ventures.
    pub holdings: HoldingWords,
    /// Loans, bailouts and contracts: lends to, contract with.
    pub credit: CreditWords,
    /// Who pays an amount no relation carries ("T will receive $N").
    pub payments: PaymentWords,
    /// The money frame's word classes: who pays an amount by the grammar
    /// of its clause ("S granted T $N").
    pub frame: FrameWords,
    /// The clause-frame lexicon of the general reader.
    pub reader: super::reader::ReaderWords,
    /// Partnerships and competition.
    pub partners: PartnerWords,
    /// Membership of ventures, alliances and consortia.
    pub membership: MemberWords,
    /// Where organisations are based.
    pub places: PlaceWords,
    /// Announcements.
    pub announce: AnnounceWords,
    /// The frames read off a sentence's dependency parse.
    pub deps: DepsWords,
}

/// `relate/view/`.
#[derive(Debug, Clone)]
pub struct ViewWords {
    /// Marks after a name that make it possessive ("’s").
    pub possessive_marks: WordList,
}

/// `relate/clause/`.
#[derive(Debug, Clone)]
pub struct ClauseWords {
    /// Auxiliaries, modals and adverbs between a subject and its verb
    /// ("would", "agreed", "also").
    pub between_subject_and_verb: WordList,
    /// Prepositions of a reciprocal phrase between a subject and its verb
    /// ("who between them own").
    pub reciprocal: WordList,
    /// The pronouns after a reciprocal phrase's preposition ("them").
    pub reciprocal_objects: WordList,
    /// Relative pronouns that stand for the name before the comma ("which").
    pub relative_pronouns: WordList,
    /// The word before an agent in the passive ("by").
    pub passive_agent: WordList,
    /// What joins the names of a list ("," "and" "or").
    pub list_separators: WordList,
    /// A conjunction after a separator (the serial comma's "and").
    pub list_serial: WordList,
    /// Conjunctions that make names a coordinated list ("and", "or").
    pub list_conjunctions: WordList,
    /// Words that may open a list member ("the").
    pub list_determiners: WordList,
    /// Words naming the rest of a whole after a determiner: a gapped
    /// clause's share ("and U the remaining 25%", "and U the rest").
    pub remainder: WordList,
    /// Words that, before [`Self::comitative_with`], join companions to an
    /// end of a relation ("along", "together").
    pub comitative: WordList,
    /// The preposition after a comitative word ("with").
    pub comitative_with: WordList,
    /// Singular verbs right after a relative pronoun ("is", "has"): the
    /// clause is the last name's of a list ("A and B, which is owned by C").
    pub singular_verbs: WordList,
    /// Articles of one thing opening an apposition after a list's last name
    /// ("a", "an"): the apposition is that name's alone ("A, B and C, a
    /// unit of D").
    pub singular_articles: WordList,
}

/// `relate/status/`.
#[derive(Debug, Clone)]
pub struct StatusWords {
    /// Words that negate the statement near the trigger.
    pub negation: WordList,
    /// After a negation: only exclusivity ends, not the relation.
    pub exclusivity: WordList,
    /// Anywhere in the sentence: second-hand.
    pub reported: WordList,
    /// Near the trigger: intended, not done.
    pub planned: WordList,
    /// Near the trigger: announced.
    pub announced: WordList,
    /// Nouns of a deal agreed, right before the infinitive of the trigger
    /// ("a definitive agreement to buy"): announced.
    pub agreement_nouns: WordList,
    /// The infinitive's mark between such a noun and the trigger ("to").
    pub infinitive_marks: WordList,
    /// Phrases right before an amount that make it a plan ("up to").
    pub planned_amount: WordList,
    /// Phrases among a sentence's first words that make it a correction's
    /// report of what an earlier version said ("earlier version of this").
    pub withdrawn: WordList,
    /// The first words of [`Self::withdrawn`]'s phrases, in lower case
    /// ("earlier"): a sentence none of whose first words is one reports
    /// nothing withdrawn, told by one look-up a word.
    pub withdrawn_openings: WordList,
    /// What a correction calls the text it corrects ("article").
    pub withdrawn_writings: WordList,
}

/// `relate/pronoun/`.
#[derive(Debug, Clone)]
pub struct PronounWords {
    /// Pronouns that may stand for an entity, with the kind they want.
    pub pronouns: Vec<Pronoun>,
    /// Pronouns read as possessive references ("its investment").
    pub possessive: WordList,
    /// Words after which a pronoun opens a clause as its subject.
    pub clause_openers: WordList,
    /// Verbs of saying after which a pronoun is usually the speaker.
    pub reporting_verbs: WordList,
    /// Words that open a noun phrase ("this move").
    pub determiners: WordList,
    /// Subordinators and sentence adverbs before a clause's subject.
    pub leading_words: WordList,
    /// Forms of "be" (and auxiliaries) after an expletive "it".
    pub be: WordList,
    /// Verbs right after an expletive pronoun ("it seems").
    pub expletive_verbs: WordList,
    /// Verbs after an expletive pronoun only when "that" follows ("it
    /// emerged that"; "it emerged from bankruptcy" is the company's).
    pub expletive_that_verbs: WordList,
    /// Words after "it is" that make it expletive ("unclear", "whether").
    pub expletive_cues: WordList,
    /// The pronoun that may be expletive with a form of "be" ("it").
    pub expletive: WordList,
    /// Nouns naming who owns a company ("from its founders"), lower case:
    /// a possessive after a preposition and before one stands for the
    /// company just named.
    pub owner_nouns: WordList,
    /// Prepositions before a seller ("from"), lower case: where a
    /// possessive before a noun of `owner_nouns` stands for the company
    /// just named.
    pub seller_prepositions: WordList,
    /// Verbs and phrases of selling ("sold", "letting go of"), lower case:
    /// an object "it" paid for later is the thing sold after one.
    pub sale_phrases: WordList,
    /// Words that open a plural description of two named parties ("both",
    /// "the"), lower case.
    pub pair_openers: WordList,
    /// Numbers between a pair opener and its noun ("the two companies").
    pub pair_counts: WordList,
    /// Plural nouns that, after a pair opener, stand for the two parties a
    /// text has named together ("both firms", "the partners").
    pub pair_nouns: WordList,
    /// Plural pronouns that, opening a sentence after one whose subject was
    /// two named parties, stand for both ("they", "their").
    pub pair_pronouns: WordList,
    /// The conjunction joining two parties into a pair ("and"); its first
    /// entry is the word a plural standing for the pair reads as.
    pub pair_joiners: WordList,
    /// Words that may open a sentence before a plural pronoun standing for
    /// a pair ("together").
    pub pair_leads: WordList,
    /// The possessives among the pair pronouns ("their").
    pub pair_possessives: WordList,
}

/// One pronoun that may stand for an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pronoun {
    /// Lower-case form.
    pub word: String,
    /// The entity kind it stands for.
    pub wants: EntityKind,
}

/// `relate/deals/`.
#[derive(Debug, Clone)]
pub struct DealWords {
    /// Words that signal an investment (also read by `figures`).
    pub invest: WordList,
    /// Prepositions before the recipient of an investment ("into").
    pub invest_into: WordList,
    /// Investment nouns of `invest` that only describe a company noun
    /// after them ("investment firm").
    pub invest_nouns: WordList,
    /// Verbs of raising money ("raised").
    pub raised: WordList,
    /// The word before the investors who gave it ("from").
    pub raised_from: WordList,
    /// Words that signal an acquisition.
    pub acquire: WordList,
    /// Acquisition nouns, followed by `acquire_of` ("takeover of").
    pub acquire_nouns: WordList,
    /// Verbs of advising on a deal ("advised"): the adviser takes no part.
    pub advise: WordList,
    /// The word after an acquisition noun ("of").
    pub acquire_of: WordList,
    /// Verbs that signal an acquisition with a particle ("snapped up").
    pub acquire_phrasal: WordList,
    /// The particles of `acquire_phrasal` ("up", "over").
    pub acquire_particles: WordList,
    /// Words opening a short phrase between a verb of buying and its
    /// passive's "by" ("bought out of administration by S").
    pub passive_lead: WordList,
    /// Words that signal supply.
    pub supply: WordList,
    /// Prepositions before the customer ("for", "to").
    pub supply_to: WordList,
    /// Nouns of a share or a business passed on, no supply ("sold 40% of
    /// its shares to T").
    pub not_supplied: WordList,
    /// Verbs of offering before "to" and a verb of supplying: an offer,
    /// no supply ("had offered to sell 14 centres to T").
    pub offer_to: WordList,
    /// Verbs of taking that buy a share before a percentage and "of"
    /// ("took 30% of T").
    pub take_share: WordList,
}

/// `relate/partners/`.
#[derive(Debug, Clone)]
pub struct PartnerWords {
    /// "partner": the possessor's partner, or partner with.
    pub partner: WordList,
    /// Partnership nouns and verbs ("alliance", "teamed").
    pub partnership: WordList,
    /// The word before a partner ("with").
    pub with: WordList,
    /// The word before a pair of partners ("between").
    pub between: WordList,
    /// Nouns of a group of partners ("consortium"), before "of" and its
    /// members.
    pub group: WordList,
    /// The word between such a noun and its members ("of").
    pub group_of: WordList,
    /// Words that signal competition.
    pub rival: WordList,
    /// The phrase between a name and the rival trigger ("as a"), in order.
    pub rival_as: WordList,
    /// Words that introduce listed rivals ("like", "against").
    pub rival_intro: WordList,
    /// The article before a rival word said of a name ("a").
    pub rival_article: WordList,
    /// Words that introduce examples of rivals ("such as", "including").
    pub rival_examples: WordList,
    /// The prepositions of a competitor after a verb of competing and
    /// other phrases of its clause ("with", "against").
    pub rival_with: WordList,
    /// Verbs of competing ("competes", "vies"), whose complement may stand
    /// past other phrases of the clause.
    pub rival_verbs: WordList,
    /// Words that may stand between the trigger and its rivals ("the").
    pub rival_filler: WordList,
    /// Words that make a coordinated subject one another's partners.
    pub mutual_partner: WordList,
    /// Words that make a coordinated subject one another's competitors.
    pub mutual_rival: WordList,
}

/// `relate/membership/`.
#[derive(Debug, Clone)]
pub struct MemberWords {
    /// Words that list the members of a venture ("include").
    pub member: WordList,
    /// Words that imply members, less surely ("beyond").
    pub implied: WordList,
    /// Verbs of joining ("joined").
    pub joined: WordList,
    /// Nouns that name an undertaking ("consortium").
    pub undertaking: WordList,
}

/// `relate/places/`.
#[derive(Debug, Clone)]
pub struct PlaceWords {
    /// Words before "in PLACE" ("based").
    pub based: WordList,
    /// The word before the place ("in").
    pub based_in: WordList,
    /// Suffixes glued to a place ("-based").
    pub based_suffix: WordList,
    /// Nouns for an organisation's sites ("plant", "offices").
    pub sites: WordList,
    /// The word before the place of a site ("in").
    pub site_in: WordList,
    /// The word between an organisation and its place ("of").
    pub of_place: WordList,
    /// Words after a name that make it a market index ("index").
    pub index_words: WordList,
    /// Endings of agent nouns that describe an organisation ("-er").
    pub agent_suffixes: WordList,
    /// Marks that open a list of names after a description ("--").
    pub list_openers: WordList,
    /// Last words of the names of places that serve a city ("Airport").
    pub venues: WordList,
    /// Verbs of a venue serving a city ("serves").
    pub serves: WordList,
    /// Verbs of running, owning or making whose object's place locates
    /// the subject ("runs 40 stores in Wales", "mines copper in Ohio").
    pub works: WordList,
    /// The words before the place of such work ("in", "across").
    pub works_in: WordList,
    /// Verbs whose object is a gerund ("began mining copper in A"): the
    /// gerund after them is the clause's verb, not a noun's modifier.
    pub gerund_takers: WordList,
    /// Endings of a gerund ("-ing"): a verb of working so ended may only
    /// modify the noun after it ("gold mining interests").
    pub gerund_endings: WordList,
    /// The word after a place that opens a clause set there ("where").
    pub where_words: WordList,
    /// Verbs of telling whose object is a listener ("told").
    pub told: WordList,
    /// Nouns of an organisation's home ("home": "T's home state").
    pub home: WordList,
}

/// `relate/announce/`.
#[derive(Debug, Clone)]
pub struct AnnounceWords {
    /// Words that signal an announcement.
    pub announce: WordList,
    /// Words between the trigger and what is announced ("the").
    pub determiners: WordList,
    /// Words that end the reach from a launch word to its product ("because",
    /// "said").
    pub stops: WordList,
    /// Launch words that announce only a product ("presented", "showed" of
    /// "showed off"): a company after them is no launch.
    pub product_only: WordList,
    /// Particles of phrasal launch words ("off" of "showed off").
    pub particles: WordList,
    /// Words that add another launched product ("and", "along with").
    pub also: WordList,
    /// The word after a launch noun that names what is launched ("of" of
    /// "a preview of").
    pub of: WordList,
}

impl RelateWords {
    /// Reads every file of `relate/` from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let list = |path: &str| WordList::load(source, &format!("relate/{path}.txt"));
        let withdrawn = list("status/withdrawn")?;
        let withdrawn_openings = WordList::from_entries(
            withdrawn
                .iter()
                .filter_map(|p| p.split_once(' '))
                .map(|(first, _)| super::lowercase(first)),
        );
        Ok(Self {
            view: ViewWords {
                possessive_marks: list("view/possessive_marks")?,
            },
            clause: ClauseWords {
                between_subject_and_verb: list("clause/between_subject_and_verb")?,
                reciprocal: list("clause/reciprocal")?,
                reciprocal_objects: list("clause/reciprocal_objects")?,
                relative_pronouns: list("clause/relative_pronouns")?,
                passive_agent: list("clause/passive_agent")?,
                list_separators: list("clause/list_separators")?,
                list_serial: list("clause/list_serial")?,
                list_conjunctions: list("clause/list_conjunctions")?,
                list_determiners: list("clause/list_determiners")?,
                remainder: list("clause/remainder")?,
                singular_verbs: list("clause/singular_verbs")?,
                singular_articles: list("clause/singular_articles")?,
                comitative: list("clause/comitative")?,
                comitative_with: list("clause/comitative_with")?,
            },
            status: StatusWords {
                negation: list("status/negation")?,
                exclusivity: list("status/exclusivity")?,
                reported: list("status/reported")?,
                planned: list("status/planned")?,
                announced: list("status/announced")?,
                agreement_nouns: list("status/agreement_nouns")?,
                infinitive_marks: list("status/infinitive_marks")?,
                planned_amount: list("status/planned_amount")?,
                withdrawn,
                withdrawn_openings,
                withdrawn_writings: list("status/withdrawn_writings")?,
            },
            pronoun: PronounWords::load(source)?,
            roles: RoleWords::load(source)?,
            deals: DealWords {
                invest: list("deals/invest")?,
                invest_into: list("deals/invest_into")?,
                invest_nouns: list("deals/invest_nouns")?,
                raised: list("deals/raised")?,
                raised_from: list("deals/raised_from")?,
                acquire: list("deals/acquire")?,
                acquire_nouns: list("deals/acquire_nouns")?,
                advise: list("deals/advise")?,
                acquire_of: list("deals/acquire_of")?,
                acquire_phrasal: list("deals/acquire_phrasal")?,
                acquire_particles: list("deals/acquire_particles")?,
                passive_lead: list("deals/passive_lead")?,
                supply: list("deals/supply")?,
                supply_to: list("deals/supply_to")?,
                not_supplied: list("deals/not_supplied")?,
                offer_to: list("deals/offer_to")?,
                take_share: list("deals/take_share")?,
            },
            orders: OrderWords::load(source)?,
            holdings: HoldingWords::load(source)?,
            credit: CreditWords::load(source)?,
            payments: PaymentWords::load(source)?,
            frame: FrameWords::load(source)?,
            reader: super::reader::ReaderWords::load(source)?,
            partners: PartnerWords {
                partner: list("partners/partner")?,
                partnership: list("partners/partnership")?,
                with: list("partners/with")?,
                between: list("partners/between")?,
                group: list("partners/group")?,
                group_of: list("partners/group_of")?,
                rival: list("partners/rival")?,
                rival_as: list("partners/rival_as")?,
                rival_intro: list("partners/rival_intro")?,
                rival_article: list("partners/rival_article")?,
                rival_examples: list("partners/rival_examples")?,
                rival_with: list("partners/rival_with")?,
                rival_verbs: list("partners/rival_verbs")?,
                rival_filler: list("partners/rival_filler")?,
                mutual_partner: list("partners/mutual_partner")?,
                mutual_rival: list("partners/mutual_rival")?,
            },
            membership: MemberWords {
                member: list("membership/member")?,
                implied: list("membership/implied")?,
                joined: list("membership/joined")?,
                undertaking: list("membership/undertaking")?,
            },
            places: PlaceWords {
                based: list("places/based")?,
                based_in: list("places/based_in")?,
                based_suffix: list("places/based_suffix")?,
                sites: list("places/sites")?,
                site_in: list("places/site_in")?,
                of_place: list("places/of_place")?,
                index_words: list("places/index_words")?,
                agent_suffixes: list("places/agent_suffixes")?,
                list_openers: list("places/list_openers")?,
                venues: list("places/venues")?,
                serves: list("places/serves")?,
                works: list("places/works")?,
                works_in: list("places/works_in")?,
                gerund_takers: list("places/gerund_takers")?,
                gerund_endings: list("deps/gerund_endings")?,
                where_words: list("places/where")?,
                told: list("places/told")?,
                home: list("places/home")?,
            },
            announce: AnnounceWords {
                announce: list("announce/announce")?,
                determiners: list("announce/determiners")?,
                stops: list("announce/stops")?,
                product_only: list("announce/product_only")?,
                particles: list("announce/particles")?,
                also: list("announce/also")?,
                of: list("announce/of")?,
            },
            deps: DepsWords::load(source)?,
        })
    }
}

impl PronounWords {
    fn load(source: &dyn Source) -> Result<Self, LangError> {
        let list = |path: &str| WordList::load(source, &format!("relate/pronoun/{path}.txt"));
        let path = "relate/pronoun/pronouns.tsv";
        let mut pronouns = Vec::new();
        let mut possessive = Vec::new();
        for (n, row) in Table::load(source, path, 3)?.rows().enumerate() {
            let malformed = |problem: String| LangError::Malformed {
                path: path.to_owned(),
                line: n + 1,
                problem,
            };
            let wants = EntityKind::from_name(&row[1])
                .ok_or_else(|| malformed(format!("not an entity kind: {}", row[1])))?;
            match row[2].as_str() {
                "subject" => {}
                "possessive" => possessive.push(row[0].clone()),
                other => return Err(malformed(format!("not subject|possessive: {other}"))),
            }
            pronouns.push(Pronoun {
                word: row[0].clone(),
                wants,
            });
        }
        Ok(Self {
            pronouns,
            possessive: WordList::from_entries(possessive),
            clause_openers: list("clause_openers")?,
            reporting_verbs: list("reporting_verbs")?,
            owner_nouns: list("owner_nouns")?,
            seller_prepositions: list("seller_prepositions")?,
            sale_phrases: list("sale_phrases")?,
            pair_openers: list("pair_openers")?,
            pair_counts: list("pair_counts")?,
            pair_nouns: list("pair_nouns")?,
            pair_pronouns: list("pair_pronouns")?,
            pair_joiners: list("pair_joiners")?,
            pair_leads: list("pair_leads")?,
            pair_possessives: list("pair_possessives")?,
            determiners: list("determiners")?,
            leading_words: list("leading_words")?,
            be: list("be")?,
            expletive_verbs: list("expletive_verbs")?,
            expletive_that_verbs: list("expletive_that_verbs")?,
            expletive_cues: list("expletive_cues")?,
            expletive: list("expletive")?,
        })
    }

    /// The entity kind `word` (lower case) stands for, if it is a pronoun.
    pub fn wants(&self, word: &str) -> Option<EntityKind> {
        // Asked of every word of every sentence the relate stage reads,
        // and most words are none: a pronoun of another length or first
        // letter is passed over before the words are compared whole.
        let first = word.as_bytes().first();
        self.pronouns
            .iter()
            .find(|p| {
                p.word.len() == word.len() && p.word.as_bytes().first() == first && p.word == word
            })
            .map(|p| p.wants)
    }
}
