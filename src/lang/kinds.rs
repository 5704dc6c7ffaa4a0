//! Words of kind repair (`assets/lang/<code>/kinds/`): the context that
//! says a name is an organisation, a place, a product or a nationality.

use super::money::first;
use super::relate::TitleRules;
use super::{LangError, Source, WordList};

/// Context words of kind repair.
#[derive(Debug, Clone)]
pub struct KindWords {
    /// Determiners that open a company description in apposition.
    pub determiners: WordList,
    /// Words that end the search for a company noun in an apposition.
    pub apposition_stops: WordList,
    /// Lower-case nouns a product name modifies ("chatbot").
    pub product_nouns: WordList,
    /// Nouns right before a name that make it an organisation ("startup").
    pub org_nouns_before: WordList,
    /// Words right after a name that make it an organisation ("founder").
    pub org_words_after: WordList,
    /// Roles only an organisation has, before [`Self::of`] ("chairman").
    pub org_roles_of: WordList,
    /// Company nouns after which the name before them is an owner, rival or
    /// counterparty, not a home town ("unit", "supplier").
    pub owner_nouns: WordList,
    /// Nouns of a business another owns, after its possessor and its own
    /// name ("Tarvo's Hellmar unit").
    pub unit_nouns: WordList,
    /// Jobs held at an organisation, before [`Self::at`] ("analyst").
    pub org_roles_at: WordList,
    /// Heads of a unit, before "at" alone: "a former product head at
    /// Tarnkart" ("a new head for Asia" names a region).
    pub heads_at: WordList,
    /// "of".
    pub of: String,
    /// Prepositions between a job and its organisation ("at", "for").
    pub at: WordList,
    /// The first of [`Self::at`] ("at"): the one [`Self::heads_at`] go with.
    pub at_itself: String,
    /// Nouns of `org_nouns_before` that name a person's job too
    /// ("developer"): before a given name they say nothing.
    pub shared_nouns: WordList,
    /// The suffix that makes a name a place ("-based").
    pub based: String,
    /// Endings of a hyphenated adjective before a name that make it a
    /// company's ("-based", "-owned": "the Czech-owned Vellmar").
    pub company_compounds: WordList,
    /// Participles with their preposition after ", " that make the name
    /// before the comma a company's ("owned by": "Tarsino, owned by Orvo").
    pub owned_participles: WordList,
    /// Words of a nation's government phrase that name the same body
    /// ("federal", "authorities": "the US federal government", "Russian
    /// authorities").
    pub national_government: WordList,
    /// Prepositions that put a listed place where something happens ("in").
    pub place_prepositions: WordList,
    /// Nouns of sites that, before a place preposition, put a name as a
    /// place ("a factory in Tarnow").
    pub site_nouns: WordList,
    /// Company nouns that close a trade's compound ("maker" of "wagonmaker").
    pub compound_heads: WordList,
    /// Lower-case nouns of places before "of" and a name ("the state of X").
    pub place_nouns_of: WordList,
    /// The relative pronoun after ", " that says a name is a thing ("which").
    pub which: String,
    /// The relative pronoun after ", " that says a name is a person's ("who").
    pub who: String,
    /// The word before the job held at an organisation ("as": "worked as
    /// a distiller at Orvo").
    pub job_as: WordList,
    /// Verbs of joining an employer ("joined"): the name after their
    /// "from" is the employer left ("joined in 2022 from Orvo").
    pub join_verbs: WordList,
    /// The relative word of a clause of a job held at the name before it
    /// (", where she ran …"; its subject one of [`Self::clause_pronouns`]).
    pub former_job_where: WordList,
    /// Verbs of a job held, after ", where she" and any auxiliary ("ran",
    /// "worked", "had", "been").
    pub former_job_verbs: WordList,
    /// Verbs of appointment whose object "as" a post is a person ("named
    /// Lund as chairman").
    pub appoint_verbs: WordList,
    /// Words of titles only a person holds ("chairman", "chief").
    pub person_title_stems: WordList,
    /// Regional, people and political group words beyond the demonym
    /// gazetteer ("North American", "Kurds", "Republicans"), as written.
    pub nationality_groups: WordList,
    /// Combining forms of hyphenated nationality compounds ("Franco", "Sino").
    pub combining_forms: WordList,
    /// Suffixes that make a nation's or government's name a group adjective
    /// ("-owned" of "Kremlin-owned").
    pub group_suffixes: WordList,
    /// Participles after a hyphen that make a company's name its owner's
    /// ("-owned" of "the Tarvo-owned chain").
    pub owner_suffixes: WordList,
    /// Seats that stand for a government ("Kremlin"), as written.
    pub government_seats: WordList,
    /// Nouns that with a place or nationality word before them name a
    /// government body ("government", "air force").
    pub government_heads: WordList,
    /// Words between a place and a government noun ("federal", "state").
    pub government_modifiers: WordList,
    /// A ministry's portfolios ("finance", "agriculture"): with "the"
    /// before and "ministry" after, a body of its own.
    pub portfolios: WordList,
    /// Heads of a ministry named by its portfolio alone ("ministry").
    pub portfolio_heads: WordList,
    /// The article a ministry named by its portfolio opens with ("the").
    pub portfolio_articles: WordList,
    /// Nouns that with a person's name before them name a government
    /// ("administration").
    pub leader_heads: WordList,
    /// Capitalised first or last words of a government body's or
    /// institution's name ("Ministry", "Reserve").
    pub body_words: WordList,
    /// Nouns after a model or product line that make it a product ("jets").
    pub model_nouns: WordList,
    /// Words before a product line that make it a product ("new", "ordered").
    pub product_cues: WordList,
    /// Words after a lower-camel product line that name its variant ("nano").
    pub variant_words: WordList,
    /// Capitalised words after which a number is no model ("Flight").
    pub number_heads: WordList,
    /// Stock index names that take a number ("FTSE"), as written.
    pub index_names: WordList,
    /// Capitalised words after a maker that make the whole an organisation
    /// ("Motors", "Airlines", "Europe").
    pub org_words: WordList,
    /// Capitalised company words that open a company's name in languages
    /// that put the head first ("Construcciones", "Stavby"), as written.
    pub org_words_first: WordList,
    /// Legal-form words written before a company's name ("PT",
    /// "Koninklijke"), as written: the word after one names the company.
    pub legal_prefixes: WordList,
    /// Legal forms of several words after a company's name ("Sp. z o.o.",
    /// "GmbH & Co. KG"), as written.
    pub legal_phrases: WordList,
    /// Verbs of advising on a deal ("advised"), shared with the deal rules.
    pub advise_verbs: WordList,
    /// Nouns of advising ("adviser"): "hired X as financial adviser".
    pub adviser_nouns: WordList,
    /// Words that end an apposition's noun phrase ("for", "used"), lower case.
    pub apposition_head_stops: WordList,
    /// Heads of compound company words of languages that write compounds
    /// as one word ("-förlag", "-prüfung"), lower case: a name's word ending
    /// in one is a company word.
    pub org_word_endings: WordList,
    /// Endings of the lower-case part of a hyphenated adjective ("-ed" of
    /// "Paris-listed"): such a compound is no name.
    pub adjective_endings: WordList,
    /// Company words that no surname is ("University", "Institute"): after a
    /// first name they still make an institution ("Stanford University").
    pub institution_words: WordList,
    /// Rating agencies as a line in capitals writes them ("MOODY", "S&P").
    pub raters: WordList,
    /// Words that join the names of a list ("and", "&"): the tagger's list.
    pub list_joins: WordList,
    /// Units after a number ("GB", "km"): a quantity, never a model.
    pub units: WordList,
    /// Nouns after a name with a number that make it an index ("index").
    pub index_nouns: WordList,
    /// Words that end an index's name ("Composite", "Industrial Average").
    pub index_heads: WordList,
    /// Words between a noun and the name it introduces ("called").
    pub naming_verbs: WordList,
    /// Words of a count before a plural name ("million").
    pub count_words: WordList,
    /// Nouns that introduce a product's name after them ("browser").
    pub product_heads: WordList,
    /// Forms of "be" between a product noun and a naming verb ("is").
    pub naming_links: WordList,
    /// Nouns of a product's editions before "of" ("version", "copies").
    pub product_of: WordList,
    /// Nouns of publications and broadcasters ("newsletter", "channel").
    pub publication_nouns: WordList,
    /// Capitalised last words of event names ("Conference", "Summit").
    pub event_heads: WordList,
    /// Continents and world regions ("Asia", "Latin America"), as written.
    pub regions: WordList,
    /// Capitalised last words of a works' name ("Plant", "Assembly").
    pub facility_words: WordList,
    /// Works words whose capitalised plural names a company more often than
    /// a site ("Mills", "Works": "Penwith Foam Works").
    pub company_works_words: WordList,
    /// Two-word apposition heads that name a company though their last word
    /// alone may name a person ("market leader").
    pub company_compound_heads: WordList,
    /// Endings of a present participle ("ing": "the bank advising it").
    pub participle_endings: WordList,
    /// Words between a public body's head and the purpose it is named for
    /// ("for", "for the": "Federal Service for the Financial Markets").
    pub purpose_links: WordList,
    /// Words between a public body's head and the topic it is named for
    /// ("on": "Committee on Foreign Investment"); the topic is read more
    /// strictly than a purpose (no company may follow "the Senate on").
    pub topic_links: WordList,
    /// Heads of public bodies named for a topic after a topic link
    /// ("Committee", "Council": "Council on Foreign Relations").
    pub topic_bodies: WordList,
    /// Lower-case words after a place that name its stock exchange
    /// ("stock exchange", "bourse": "the Warsaw bourse").
    pub exchange_nouns: WordList,
    /// Lower-case plurals of nations after a regional adjective that name
    /// a region with it ("states": "the Baltic states").
    pub region_group_nouns: WordList,
    /// First words of a natural feature's name before "of" ("Bay", "Gulf").
    pub feature_heads: WordList,
    /// Capitalised words before "of" and a place that head one name with
    /// it ("Bank" of "Bank of Ireland").
    pub of_place_heads: WordList,
    /// Capitalised words that open a region's nationality word ("South"
    /// of "South Tyrolean").
    pub compass_words: WordList,
    /// Small words inside a company's name in other languages ("do" of
    /// "Administração do Porto SA").
    pub name_particles: WordList,
    /// Capitalised last words of a natural feature's name ("Alps").
    pub feature_tails: WordList,
    /// Capitalised words that with a number after them name a provision
    /// ("Chapter" 11).
    pub numbered_heads: WordList,
    /// Capitalised words that with a number after them name an operator's
    /// service ("Flight" 212).
    pub service_heads: WordList,
    /// Capitalised words that with a number after them name a numbered
    /// branch of the organisation before them ("Local" 12).
    pub branch_heads: WordList,
    /// The relation each title states (the roles' table): a chief
    /// executive, chairman or founder is only a company's.
    pub titles: TitleRules,
    /// Executive titles only a company has ("chief financial officer").
    pub executive_titles: WordList,
    /// A company's governing body ("board").
    pub boards: WordList,
    /// Words of a company's shares ("shares", "stock").
    pub share_words: WordList,
    /// Words of holdings and investments before "in" ("stake", "shares",
    /// "invested"): what follows is a company, not a place.
    pub holding_words: WordList,
    /// Nouns of holdings, of deals and of a company's parts, each with the
    /// prepositions after which only a company stands ("a stake in", "a bid
    /// for", "a unit of").
    pub held_objects: Vec<(WordList, WordList)>,
    /// Participles that put a company somewhere ("based", "headquartered").
    pub based_verbs: WordList,
    /// Verbs whose subject acts as an agent does: buying, paying, hiring,
    /// saying ("buys", "paid", "hired", "said").
    pub agent_verbs: WordList,
    /// Verbs of buying and nouns of credit, purchases and bids before
    /// "from" and a seller, lender or bidder ("bought trains from", "a loan
    /// from", "a bid from").
    pub supply_cues: WordList,
    /// Verbs of goods arriving from their maker, before "from" ("its
    /// engines come from"): the name after it sells, if it is no person.
    pub supply_verbs: WordList,
    /// The preposition before a seller or lender ("from").
    pub supply_from: WordList,
    /// Verbs of selling, supplying and leasing before "to" and a customer
    /// ("supplies modules to", "was sold to", "leases its jets to").
    pub sale_cues: WordList,
    /// The preposition before a customer ("to").
    pub sale_to: WordList,
    /// Participles whose agent after "by" makes or lends ("made by").
    pub maker_participles: WordList,
    /// Verbs of lending after their subject ("is lending").
    pub lend_verbs: WordList,
    /// The preposition of a passive's agent ("by").
    pub passive_agent: WordList,
    /// Verbs of the relation lexicon (buying, selling, naming, winning,
    /// advising, paying, saying): in small letters inside a tagged name
    /// ("Brimvale Foods names Ostrakai executive") they are the sentence's
    /// verb, never a word of the name.
    pub name_verbs: WordList,
    /// Words between a subject and its verb ("has", "agreed", "to").
    pub subject_verb_gap: WordList,
    /// Participles of founding ("founded"): what is founded is a company.
    pub founded: WordList,
    /// Forms of "be" before a passive participle ("was").
    pub passive_be: WordList,
    /// Words of competition ("competes", "rivals").
    pub rival_words: WordList,
    /// Prepositions after a word of competition before the rivals ("with").
    pub rival_prepositions: WordList,
    /// Verbs after a word of competition as subject before the rivals
    /// ("rivals are", "competitors include").
    pub rival_links: WordList,
    /// Nouns of competition that stand for the rivals ("rivals", "competitor").
    pub rival_nouns: WordList,
    /// Words between a plural noun and its examples ("such as"), lower case.
    pub list_examples: WordList,
    /// Plural nouns whose examples are companies ("peers", "lenders").
    pub company_plurals: WordList,
    /// Plural trades of people that, right before one name, say it is
    /// their firm's ("the Bath masons Tarn Stone").
    pub trade_plurals: WordList,
    /// Nouns only a person is ("geologist", "husband", "opposition
    /// leader"): right before a name, or before a comma and it, they make
    /// it a person's.
    pub person_nouns: WordList,
    /// Titles that are companies' trades too ("trader", "consultant"):
    /// right before a company's name, no title.
    pub trade_titles: WordList,
    /// Posts a portfolio may name ("minister", "secretary"): the portfolio
    /// word beside one is the post's, no body's name.
    pub post_nouns: WordList,
    /// What a post may be about beyond the portfolios ("competition").
    pub post_topics: WordList,
    /// Words between a post noun and what it is about ("of", "for").
    pub post_links: WordList,
    /// Abbreviations of "number" between a name and its number ("No.").
    pub number_signs: WordList,
    /// Possessive determiners ("its", "their"): they open a noun phrase
    /// as "the" does.
    pub possessive_determiners: WordList,
    /// Words that open a clause after a noun ("he", "that"): the noun
    /// before one heads its phrase.
    pub clause_pronouns: WordList,
    /// Words of a past post ("former"): a description with one is a
    /// person's.
    pub former: WordList,
}

/// The entries of several lists as one.
fn union(source: &dyn Source, paths: &[&str]) -> Result<WordList, LangError> {
    let mut entries = Vec::new();
    for path in paths {
        entries.extend(WordList::load(source, path)?.iter().map(str::to_owned));
    }
    Ok(WordList::from_entries(entries))
}

impl KindWords {
    /// Reads the stage's files from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let portfolios = WordList::load(source, "kinds/portfolios.txt")?;
        Ok(Self {
            determiners: WordList::load(source, "kinds/determiners.txt")?,
            apposition_stops: WordList::load(source, "kinds/apposition-stops.txt")?,
            product_nouns: WordList::load(source, "kinds/product-nouns.txt")?,
            org_nouns_before: WordList::load(source, "kinds/org-nouns-before.txt")?,
            org_words_after: WordList::load(source, "kinds/org-words-after.txt")?,
            org_roles_of: WordList::load(source, "kinds/org-roles-of.txt")?,
            owner_nouns: WordList::load(source, "kinds/owner-nouns.txt")?,
            unit_nouns: WordList::load(source, "kinds/unit-nouns.txt")?,
            org_roles_at: WordList::load(source, "kinds/org-roles-at.txt")?,
            heads_at: WordList::load(source, "kinds/heads-at.txt")?,
            at_itself: first(source, "kinds/at.txt")?,
            of: first(source, "kinds/of.txt")?,
            at: WordList::load(source, "kinds/at.txt")?,
            shared_nouns: WordList::load(source, "kinds/shared-nouns.txt")?,
            based: first(source, "kinds/based.txt")?,
            company_compounds: WordList::load(source, "kinds/company-compounds.txt")?,
            owned_participles: WordList::load(source, "kinds/owned-participles.txt")?,
            place_prepositions: WordList::load(source, "kinds/place-prepositions.txt")?,
            site_nouns: WordList::load(source, "kinds/site-nouns.txt")?,
            compound_heads: WordList::load(source, "kinds/compound-heads.txt")?,
            place_nouns_of: WordList::load(source, "kinds/place-nouns-of.txt")?,
            national_government: WordList::load(source, "kinds/national-government.txt")?,
            which: first(source, "kinds/which.txt")?,
            who: first(source, "kinds/who.txt")?,
            job_as: WordList::load(source, "kinds/job-as.txt")?,
            join_verbs: WordList::load(source, "kinds/join-verbs.txt")?,
            former_job_where: WordList::load(source, "kinds/former-job-where.txt")?,
            former_job_verbs: WordList::load(source, "kinds/former-job-verbs.txt")?,
            appoint_verbs: WordList::load(source, "kinds/appoint-verbs.txt")?,
            person_title_stems: WordList::load(source, "kinds/person-title-stems.txt")?,
            nationality_groups: WordList::load(source, "kinds/nationality-groups.txt")?,
            combining_forms: WordList::load(source, "kinds/combining-forms.txt")?,
            group_suffixes: WordList::load(source, "kinds/group-suffixes.txt")?,
            owner_suffixes: WordList::load(source, "kinds/owner-suffixes.txt")?,
            government_seats: WordList::load(source, "kinds/government-seats.txt")?,
            government_heads: WordList::load(source, "kinds/government-heads.txt")?,
            government_modifiers: WordList::from_entries(
                WordList::load(source, "kinds/government-modifiers.txt")?
                    .iter()
                    .chain(portfolios.iter())
                    .map(str::to_owned),
            ),
            portfolios,
            portfolio_heads: WordList::load(source, "kinds/portfolio-heads.txt")?,
            portfolio_articles: WordList::load(source, "kinds/portfolio-articles.txt")?,
            leader_heads: WordList::load(source, "kinds/leader-heads.txt")?,
            body_words: WordList::load(source, "kinds/body-words.txt")?,
            model_nouns: WordList::load(source, "kinds/model-nouns.txt")?,
            product_cues: WordList::load(source, "kinds/product-cues.txt")?,
            variant_words: WordList::load(source, "kinds/variant-words.txt")?,
            number_heads: WordList::load(source, "kinds/number-heads.txt")?,
            index_names: WordList::load(source, "kinds/index-names.txt")?,
            org_words: WordList::load(source, "kinds/org-words.txt")?,
            org_words_first: WordList::load(source, "kinds/org-words-first.txt")?,
            legal_prefixes: WordList::load(source, "kinds/legal-prefixes.txt")?,
            legal_phrases: WordList::load(source, "kinds/legal-phrases.txt")?,
            advise_verbs: WordList::load(source, "relate/deals/advise.txt")?,
            adviser_nouns: WordList::load(source, "kinds/adviser-nouns.txt")?,
            apposition_head_stops: WordList::load(source, "kinds/apposition-head-stops.txt")?,
            org_word_endings: WordList::load(source, "kinds/org-word-endings.txt")?,
            adjective_endings: WordList::load(source, "kinds/adjective-endings.txt")?,
            institution_words: WordList::load(source, "kinds/institution-words.txt")?,
            raters: WordList::load(source, "kinds/raters.txt")?,
            list_joins: WordList::load(source, "tag/coordinators.txt")?,
            units: WordList::load(source, "kinds/units.txt")?,
            index_nouns: WordList::load(source, "kinds/index-nouns.txt")?,
            index_heads: WordList::load(source, "kinds/index-heads.txt")?,
            naming_verbs: WordList::load(source, "kinds/naming-verbs.txt")?,
            count_words: WordList::load(source, "kinds/count-words.txt")?,
            product_heads: WordList::load(source, "kinds/product-heads.txt")?,
            naming_links: WordList::load(source, "kinds/naming-links.txt")?,
            product_of: WordList::load(source, "kinds/product-of.txt")?,
            publication_nouns: WordList::load(source, "kinds/publication-nouns.txt")?,
            event_heads: WordList::load(source, "kinds/event-heads.txt")?,
            regions: WordList::load(source, "kinds/regions.txt")?,
            facility_words: WordList::load(source, "kinds/facility-words.txt")?,
            company_works_words: WordList::load(source, "kinds/company-works-words.txt")?,
            company_compound_heads: WordList::load(source, "kinds/company-compound-heads.txt")?,
            participle_endings: WordList::load(source, "relate/deps/gerund_endings.txt")?,
            feature_heads: WordList::load(source, "kinds/feature-heads.txt")?,
            of_place_heads: WordList::load(source, "kinds/of-place-heads.txt")?,
            compass_words: WordList::load(source, "kinds/compass-words.txt")?,
            name_particles: WordList::load(source, "kinds/name-particles.txt")?,
            feature_tails: WordList::load(source, "kinds/feature-tails.txt")?,
            purpose_links: WordList::load(source, "kinds/purpose-links.txt")?,
            topic_links: WordList::load(source, "kinds/topic-links.txt")?,
            topic_bodies: WordList::load(source, "kinds/topic-bodies.txt")?,
            exchange_nouns: WordList::load(source, "kinds/exchange-nouns.txt")?,
            region_group_nouns: WordList::load(source, "kinds/region-group-nouns.txt")?,
            numbered_heads: WordList::load(source, "kinds/numbered-heads.txt")?,
            service_heads: WordList::load(source, "kinds/service-heads.txt")?,
            branch_heads: WordList::load(source, "kinds/branch-heads.txt")?,
            titles: TitleRules::load(source, "relate/roles/titles.tsv")?,
            executive_titles: WordList::load(source, "relate/roles/bare_titles.txt")?,
            boards: WordList::load(source, "relate/roles/board.txt")?,
            share_words: WordList::load(source, "money/share-words.txt")?,
            holding_words: union(
                source,
                &[
                    "money/share-words.txt",
                    "relate/holdings/stake.txt",
                    "relate/deals/invest.txt",
                ],
            )?,
            held_objects: vec![
                (
                    union(
                        source,
                        &["relate/holdings/stake.txt", "money/share-words.txt"],
                    )?,
                    WordList::load(source, "relate/holdings/stake_in.txt")?,
                ),
                (
                    union(
                        source,
                        &[
                            "relate/deals/acquire_nouns.txt",
                            "relate/frame/offer_nouns.txt",
                        ],
                    )?,
                    WordList::load(source, "relate/deals/acquire_of.txt")?,
                ),
                (
                    WordList::load(source, "relate/holdings/company_parts.txt")?,
                    WordList::load(source, "relate/holdings/unit_of.txt")?,
                ),
            ],
            based_verbs: WordList::load(source, "relate/places/based.txt")?,
            supply_cues: union(
                source,
                &[
                    "relate/frame/buy.txt",
                    "relate/frame/credit_nouns.txt",
                    "relate/frame/buy_nouns.txt",
                    "relate/orders/lease.txt",
                ],
            )?,
            supply_from: WordList::load(source, "relate/frame/from.txt")?,
            sale_cues: union(
                source,
                &["relate/deals/supply.txt", "relate/orders/lease.txt"],
            )?,
            sale_to: WordList::load(source, "kinds/sale-to.txt")?,
            supply_verbs: WordList::load(source, "kinds/supply-verbs.txt")?,
            maker_participles: WordList::load(source, "kinds/maker-participles.txt")?,
            lend_verbs: WordList::load(source, "kinds/lend-verbs.txt")?,
            passive_agent: WordList::load(source, "relate/clause/passive_agent.txt")?,
            name_verbs: union(
                source,
                &[
                    "relate/frame/buy.txt",
                    "relate/frame/sell.txt",
                    "relate/deals/supply.txt",
                    "relate/roles/appoint.txt",
                    "relate/credit/win.txt",
                    "relate/deals/advise.txt",
                    "relate/payments/pay.txt",
                    "relate/pronoun/reporting_verbs.txt",
                ],
            )?,
            agent_verbs: union(
                source,
                &[
                    "relate/frame/buy.txt",
                    "relate/payments/pay.txt",
                    "relate/roles/hire.txt",
                    "relate/credit/win.txt",
                    "relate/pronoun/reporting_verbs.txt",
                ],
            )?,
            subject_verb_gap: WordList::load(source, "relate/clause/between_subject_and_verb.txt")?,
            founded: WordList::load(source, "relate/roles/founded.txt")?,
            passive_be: WordList::load(source, "relate/roles/passive_be.txt")?,
            rival_words: WordList::load(source, "relate/partners/rival.txt")?,
            rival_prepositions: WordList::load(source, "kinds/rival-prepositions.txt")?,
            rival_links: WordList::load(source, "kinds/rival-links.txt")?,
            rival_nouns: WordList::load(source, "kinds/rival-nouns.txt")?,
            list_examples: WordList::load(source, "kinds/list-examples.txt")?,
            company_plurals: WordList::load(source, "kinds/company-plurals.txt")?,
            trade_plurals: WordList::load(source, "kinds/trade-plurals.txt")?,
            person_nouns: WordList::load(source, "kinds/person-nouns.txt")?,
            trade_titles: WordList::load(source, "kinds/trade-titles.txt")?,
            post_nouns: WordList::load(source, "kinds/post-nouns.txt")?,
            post_topics: WordList::load(source, "kinds/post-topics.txt")?,
            post_links: WordList::load(source, "kinds/post-links.txt")?,
            number_signs: WordList::load(source, "kinds/number-signs.txt")?,
            possessive_determiners: WordList::load(source, "kinds/possessive-determiners.txt")?,
            clause_pronouns: WordList::load(source, "kinds/clause-pronouns.txt")?,
            former: WordList::load(source, "relate/roles/former.txt")?,
        })
    }
}
