//! Words of the money stage (`assets/lang/<code>/money/`): number words,
//! scales, currencies and qualifiers. Number words and scales are read by
//! the rules and the date normaliser too.

use super::{LangError, Source, Table, WordList, pattern};

/// How amounts of money are written in the language.
#[derive(Debug, Clone)]
pub struct MoneyWords {
    /// Number words 0–19; an entry's position is its value.
    pub units: WordList,
    /// Number words 20–90; position k is 20 + 10k.
    pub tens: WordList,
    /// The word for a hundred ("a hundred").
    pub hundred: WordList,
    /// The article that reads as one before [`Self::hundred`].
    pub article_one: WordList,
    /// Scale words in the order a regex tries them, with their factor.
    pub scales: Vec<(String, f64)>,
    /// Currency markers and words (lower case) → ISO 4217, tried in order.
    pub currencies: Vec<(String, String)>,
    /// The alphabetic markers of [`Self::currencies`], split once.
    pub currency_words: CurrencyWords,
    /// Local markers glued before an amount ("sh" of "Sh2.9 billion"),
    /// each with the marker of [`Self::currencies`] it stands for
    /// ("shilling").
    pub glued: Vec<(String, String)>,
    /// Place words of the countries whose press writes its own dollar as a
    /// bare "$", and of the United States, with their currency ("Perth",
    /// "AUD"): which country's page a text is.
    pub home_places: Vec<(String, String)>,
    /// The currency of an amount that names none.
    pub default_currency: String,
    /// Redenominated currencies: today's code, the code before, and the
    /// year the new one began.
    pub redenominations: Vec<(String, String, i32)>,
    /// Prefixes of the words for hundredths ("cent").
    pub cents: WordList,
    /// Qualifiers before an amount ("up to"), tried in order.
    pub qualifiers: WordList,
    /// The qualifier of the second amount of a range ("between").
    pub range: String,
    /// Text before the second amount of a range, anchored at the end.
    pub range_second: String,
    /// A number as written in digits ("16,189", "3.4").
    pub number: String,
    /// The scale words as a regex group, `(?:trillion|…)`.
    pub scale: String,
    /// Number (group 1) and scale (group 2) of a lower-cased mention.
    pub parts: String,
    /// Phrases after an amount that make it a share price ("a share").
    pub per_share_after: WordList,
    /// Words before a small amount that make it a share price ("shares").
    pub share_words: WordList,
    /// Phrases after an amount that, with a share word two words on at
    /// most, make it a share price ("for each Kestrel share").
    pub per_share_lead: WordList,
    /// Phrases right after an amount that say what it is paid in, read past
    /// before the phrase that prices it ("in cash").
    pub payment_forms: WordList,
    /// Phrases after an amount that make it a price per item ("each").
    pub per_unit_after: WordList,
    /// Phrases between an amount and a currency named after it that make
    /// the amount an exchange rate ("to the", "per").
    pub rate_links: WordList,
    /// Words before a currency's name that make it the currency quoted
    /// ("the dollar was at 108 yen"; "sterling").
    pub rate_subjects: WordList,
    /// Words before a small amount that make it a price per item ("priced").
    pub per_unit_before: WordList,
    /// Words between an amount and the goods it prices ("per").
    pub per_unit_lead: WordList,
    /// Measures an amount may price after such a word ("a tonne").
    pub per_unit_measures: WordList,
    /// The word that prices anything after an amount but a stretch of
    /// time ("per").
    pub per_words: WordList,
    /// Words after it that make the amount a rate, no price ("year").
    pub per_unit_not: WordList,
    /// Words before an amount of a consumer price's size that make it an
    /// item's price ("costs", "starting").
    pub consumer_price_words: WordList,
    /// Goods traded by the unit, whose price a small amount after them is
    /// ("crude", "copper").
    pub traded_goods: WordList,
    /// Words opening a sentence about one of several items ("each").
    pub per_unit_subjects: WordList,
    /// Verbs of costing after such an opening ("cost", "lists").
    pub per_unit_verbs: WordList,
    /// Nouns that refer back to the sentence before's deal ("order").
    pub deal_references: WordList,
    /// Nouns of a deal whose value a supplier is paid ("a N deal to supply").
    pub supply_deal_nouns: WordList,
    /// Determiners that open such a reference ("the").
    pub reference_determiners: WordList,
    /// Words that open a clause telling a part of the amount before ("of which").
    pub part_of_whole: WordList,
    /// Nouns that refer to the money told before ("The new money").
    pub money_references: WordList,
    /// Words after "for" that open something paid for anew, no reference
    /// back to a deal ("$N for a new plant").
    pub new_objects: WordList,
    /// Words after an amount spent that, before a new object, say what it
    /// is spent on ("spend $N on a plant"), besides "for".
    pub spent_on: WordList,
    /// Verbs of paying a price ("pay", "paid"): the verb of an amount paid
    /// for the deal told sentences before.
    pub paying: WordList,
    /// Words after "to" that open a payee's phrase ("the", "its").
    pub payee_openers: WordList,
    /// Verbs of money coming from its payer ("€N comes as a grant from A").
    pub come_verbs: WordList,
    /// The word before the payer money comes from ("from").
    pub come_from: WordList,
    /// Words that join an amount restated in another currency to the
    /// amount before ("N crowns, or about €M").
    pub restatements: WordList,
    /// Words of valuing ("valuing it at $N").
    pub valuations: WordList,
    /// The preposition before a valuation's amount ("at").
    pub valuation_at: WordList,
    /// A company's worth on the market joined to its amount ("market value
    /// of").
    pub market_values: WordList,
    /// Nouns of what an employer pays a person ("salary").
    pub pay_nouns: WordList,
    /// Possessive pronouns for a person before them ("her").
    pub pay_possessors: WordList,
    /// Verbs whose subject a pay noun after them pays ("will earn").
    pub pay_verbs: WordList,
    /// The preposition naming the organisation that pays ("at").
    pub pay_at: WordList,
    /// Pay nouns of leaving a post ("severance"), paid by the one left.
    pub pay_after_leaving: WordList,
    /// Nouns of what a business earns, owes or writes ("revenue", "debts").
    pub measure_nouns: WordList,
    /// Verbs right before an amount that make it earned, no payment
    /// ("earned").
    pub measure_verbs: WordList,
    /// What a business holds ("assets"), measured after a balance verb.
    pub balance_nouns: WordList,
    /// Words before an amount of such holdings ("with", "has").
    pub balance_verbs: WordList,
    /// Prepositions joining an amount to such a noun ("of", "in").
    pub measure_links: WordList,
    /// Verbs of putting money into something ("put").
    pub put_verbs: WordList,
    /// Verbs before an amount with "each" after it that make it each
    /// party's share, no price per item ("are putting in €N each").
    pub share_each_verbs: WordList,
    /// The preposition after such an amount ("into").
    pub put_into: WordList,
    /// The particle between such a verb and its amount ("putting in €N").
    pub put_in: WordList,
    /// Nouns that refer to a jointly owned company ("venture").
    pub venture_nouns: WordList,
    /// Phrases that put an amount a year before the figure it is compared
    /// with ("a year earlier", "year-ago").
    pub year_back: WordList,
    /// Words between a figure and a later amount it is compared with
    /// ("from", "compared"): a date after that amount is not the figure's.
    pub compared_with: WordList,
    /// Words right before a year that make it a comparison's ("on the
    /// previous year").
    pub compared_on: WordList,
    /// Prepositions that tie a figure to the date right after them ("$0.40
    /// for 1998").
    pub year_links: WordList,
    /// Nouns of a period's results ("turnover"): "A from B" after one
    /// compares with the year before.
    pub results_nouns: WordList,
    /// Verbs of a period's results ("lost"): past in January, last year's.
    pub results_verbs: WordList,
    /// Words of direction before the compared word ("up", "down"): "A
    /// profit, up from B" compares A with B as "A from B" does.
    pub compared_lead: WordList,
    /// Words that open a new clause after a comma ("and", "but"): a date
    /// after one is not an earlier figure's.
    pub clause_openers: WordList,
    /// Nouns of securities a company issues ("bonds"): an amount of them is
    /// paid to the issuer.
    pub issue_nouns: WordList,
    /// Verbs whose subject issues securities ("issue", "approved").
    pub issue_verbs: WordList,
    /// Words between such a noun and its amount ("bonds worth N").
    pub issue_links: WordList,
    /// Words that end the stretch such an issue is read in ("to", "for").
    pub issue_stops: WordList,
    /// Labels of the amount in a wire box of new terms ("AMT $300 MLN").
    pub terms_amount: WordList,
    /// Labels of the issuer in such a box ("BORROWER").
    pub terms_issuer: WordList,
    /// Words that make "A from B" a revision of one year's figure
    /// ("forecast").
    pub results_not: WordList,
    /// Words before the first amount of "A to B" that make it a change, not
    /// a range ("rose", "from").
    pub range_change: WordList,
    /// Words before "from" that make "from A to B" a range ("ranging").
    pub range_from: WordList,
    /// The word between the amounts of a range "between" opens ("and").
    pub range_and: WordList,
    /// The word between the amounts of a range without "between" ("to").
    pub range_to: WordList,
    /// What stands between a company and the place it is of, longest first
    /// ("The Holmvik Co of the United States").
    pub place_of: WordList,
    /// Endings of the word after a place that make it no noun the place
    /// describes ("receives", "pledged", "hatters").
    pub place_noun_not: WordList,
    /// Participles whose agent after "by" makes or delivers what an amount
    /// pays for ("to be built by Y"): that agent is paid.
    pub maker_participles: WordList,
    /// Words before such a participle that make it a past statement of
    /// its own ("was built by Y"), not what the amount pays for.
    pub maker_past: WordList,
    /// Verbs of a market's move or close ("slid", "closed"): a small
    /// amount they reach is a price when their subject is a company.
    pub price_move_verbs: WordList,
    /// Verbs that tell a level with a direction word or "at" ("was 8p
    /// higher at 390", "stood at").
    pub price_move_copulas: WordList,
    /// Words of direction in a move ("higher").
    pub price_move_directions: WordList,
    /// Words that may stand in the change between such a verb and the
    /// level it reached ("percent", "or").
    pub price_move_links: WordList,
    /// Words that open a new clause whose opening names what moved
    /// ("while").
    pub price_move_clause_breaks: WordList,
    /// What a bare currency word shared by several countries means under a
    /// dateline: place (lower case), the word's one-word marker, ISO 4217
    /// ("paris", "franc", "FRF").
    pub dateline_currencies: Vec<(String, String, String)>,
    /// Words that reach the level a move ends at ("to", "at").
    pub price_move_reach: WordList,
    /// Words between "per" and the share it prices ("fully diluted").
    pub share_adjectives: WordList,
    /// Phrases right before an amount that make it a share's price
    /// ("closing price of").
    pub share_price_lead: WordList,
    /// Phrases a few words before "for" that make a small amount a list
    /// price ("on sale").
    pub list_price_words: WordList,
    /// The preposition of a list price ("for").
    pub list_price_for: WordList,
    /// The words of a lawsuit and its money.
    pub suits: SuitWords,
    /// The words of money spent on an action of the spender's own.
    pub costs: CostWords,
    /// The words of an offer for a business.
    pub bids: BidWords,
}

/// The words of a bid: an amount offered ("offered $N") for the business a
/// bid's "for" names ("bidding for T").
#[derive(Debug, Clone)]
pub struct BidWords {
    /// Words of offering ("offered", "bid").
    pub offer: WordList,
    /// The preposition naming the business bid for ("for").
    pub bid_for: WordList,
}

impl BidWords {
    /// Reads the bid files from `source`.
    fn load(source: &dyn Source) -> Result<Self, LangError> {
        Ok(Self {
            offer: WordList::load(source, "money/bid-words.txt")?,
            bid_for: WordList::load(source, "money/bid-for.txt")?,
        })
    }
}

/// The words of a cost: money spent on what the spender does ("spent $N in
/// an effort to avoid bankruptcy"), no payment between parties.
#[derive(Debug, Clone)]
pub struct CostWords {
    /// Verbs of spending ("spent") right before the amount.
    pub verbs: WordList,
    /// The infinitive marker after the amount ("to"), a plain verb next.
    pub to: WordList,
    /// The preposition after the amount ("on") a verb's -ing form follows.
    pub on: WordList,
    /// Words after either that open no action of the spender's own
    /// ("buy", "the", "date").
    pub not: WordList,
    /// The ending of the verb's -ing form after "on" ("-ing").
    pub endings: WordList,
    /// Nouns of what a business builds or equips for itself ("plant",
    /// "production lines"), spent on after "on": a cost.
    pub things: WordList,
    /// Words that name who sells or builds what is bought ("from", "by"):
    /// before the thing, the money pays them.
    pub sellers: WordList,
}

impl CostWords {
    /// Reads the cost files from `source`.
    fn load(source: &dyn Source) -> Result<Self, LangError> {
        Ok(Self {
            verbs: WordList::load(source, "money/cost-verbs.txt")?,
            to: WordList::load(source, "money/cost-to.txt")?,
            on: WordList::load(source, "money/cost-on.txt")?,
            not: WordList::load(source, "money/cost-not.txt")?,
            endings: WordList::load(source, "money/cost-endings.txt")?,
            things: WordList::load(source, "money/cost-things.txt")?,
            sellers: WordList::load(source, "money/cost-sellers.txt")?,
        })
    }
}

/// The words of a lawsuit: who sues whom, and which amounts are its money
/// ("damages", a settlement), paid by the one sued to the one suing.
#[derive(Debug, Clone)]
pub struct SuitWords {
    /// Verbs of suing ("sued"): the subject sues the object.
    pub verbs: WordList,
    /// Nouns of a lawsuit ("lawsuit").
    pub nouns: WordList,
    /// Verbs that bring one, right before its noun ("filed").
    pub filing: WordList,
    /// The preposition naming the one sued after the noun ("against").
    pub against: WordList,
    /// Words that make an amount the suit's money ("damages", "settled").
    pub money: WordList,
    /// Verbs of fining ("fined"): the object pays the subject.
    pub fine_verbs: WordList,
    /// Nouns of a fine ("fine", "penalty"): the one fined pays.
    pub fine_nouns: WordList,
    /// Prepositions after a fine's noun naming the one paid ("from").
    pub fine_from: WordList,
    /// The preposition after a fine's noun naming the one fined ("on").
    pub fine_on: WordList,
}

impl SuitWords {
    /// Reads the lawsuit files from `source`.
    fn load(source: &dyn Source) -> Result<Self, LangError> {
        Ok(Self {
            verbs: WordList::load(source, "money/suit-verbs.txt")?,
            nouns: WordList::load(source, "money/suit-nouns.txt")?,
            filing: WordList::load(source, "money/suit-filing.txt")?,
            against: WordList::load(source, "money/suit-against.txt")?,
            money: WordList::load(source, "money/suit-money.txt")?,
            fine_verbs: WordList::load(source, "money/fine-verbs.txt")?,
            fine_nouns: WordList::load(source, "money/fine-nouns.txt")?,
            fine_from: WordList::load(source, "money/fine-from.txt")?,
            fine_on: WordList::load(source, "money/fine-on.txt")?,
        })
    }
}

impl MoneyWords {
    /// Reads the stage's files from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let scales = Table::load(source, "money/scales.tsv", 2)?
            .rows()
            .map(|r| {
                r[1].parse::<f64>()
                    .map(|f| (r[0].clone(), f))
                    .map_err(|e| LangError::Malformed {
                        path: "money/scales.tsv".to_owned(),
                        line: 0,
                        problem: format!("{}: {e}", r[1]),
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let currencies: Vec<(String, String)> = Table::load(source, "money/currencies.tsv", 2)?
            .rows()
            .map(|r| (r[0].clone(), r[1].clone()))
            .collect();
        let currency_words = CurrencyWords::of(&currencies);
        let pairs = |path: &str| -> Result<Vec<(String, String)>, LangError> {
            Ok(Table::load(source, path, 2)?
                .rows()
                .map(|r| (r[0].clone(), r[1].clone()))
                .collect())
        };
        let redenominations = Table::load(source, "money/redenominations.tsv", 3)?
            .rows()
            .map(|r| {
                r[2].parse::<i32>()
                    .map(|y| (r[0].clone(), r[1].clone(), y))
                    .map_err(|e| LangError::Malformed {
                        path: "money/redenominations.tsv".to_owned(),
                        line: 0,
                        problem: format!("{}: {e}", r[2]),
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let dateline_currencies = Table::load(source, "money/dateline-currencies.tsv", 3)?
            .rows()
            .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
            .collect();
        let number = pattern(source, "money/number.re", &[])?;
        let words: Vec<String> = scales.iter().map(|(w, _)| regex::escape(w)).collect();
        let scale = format!("(?:{})", words.join("|"));
        Ok(Self {
            units: WordList::load(source, "money/units.txt")?,
            tens: WordList::load(source, "money/tens.txt")?,
            hundred: WordList::load(source, "money/hundred.txt")?,
            article_one: WordList::load(source, "money/article-one.txt")?,
            scales,
            currencies,
            currency_words,
            glued: pairs("money/glued-prefixes.tsv")?,
            home_places: pairs("money/home-places.tsv")?,
            default_currency: first(source, "money/default-currency.txt")?,
            redenominations,
            cents: WordList::load(source, "money/cents.txt")?,
            qualifiers: WordList::load(source, "money/qualifiers.txt")?,
            range: first(source, "money/range.txt")?,
            range_second: pattern(source, "money/range-second.re", &[])?,
            parts: pattern(
                source,
                "money/parts.re",
                &[("NUMBER", &number), ("SCALE", &scale)],
            )?,
            number,
            scale,
            per_share_after: WordList::load(source, "money/per-share-after.txt")?,
            share_words: WordList::load(source, "money/share-words.txt")?,
            per_share_lead: WordList::load(source, "money/per-share-lead.txt")?,
            payment_forms: WordList::load(source, "money/payment-forms.txt")?,
            per_unit_after: WordList::load(source, "money/per-unit-after.txt")?,
            rate_links: WordList::load(source, "money/rate-links.txt")?,
            rate_subjects: WordList::load(source, "money/rate-subjects.txt")?,
            per_unit_before: WordList::load(source, "money/per-unit-before.txt")?,
            per_unit_lead: WordList::load(source, "money/per-unit-lead.txt")?,
            per_unit_measures: WordList::load(source, "money/per-unit-measures.txt")?,
            per_words: WordList::load(source, "money/per-words.txt")?,
            per_unit_not: WordList::load(source, "money/per-unit-not.txt")?,
            traded_goods: WordList::load(source, "money/traded-goods.txt")?,
            consumer_price_words: WordList::load(source, "money/consumer-price-words.txt")?,
            per_unit_subjects: WordList::load(source, "money/per-unit-subjects.txt")?,
            per_unit_verbs: WordList::load(source, "money/per-unit-verbs.txt")?,
            deal_references: WordList::load(source, "money/deal-references.txt")?,
            supply_deal_nouns: WordList::load(source, "money/supply-deal-nouns.txt")?,
            reference_determiners: WordList::load(source, "money/reference-determiners.txt")?,
            money_references: WordList::load(source, "money/money-references.txt")?,
            part_of_whole: WordList::load(source, "money/part-of-whole.txt")?,
            new_objects: WordList::load(source, "money/new-objects.txt")?,
            spent_on: WordList::load(source, "money/spent-on.txt")?,
            paying: WordList::load(source, "money/paying.txt")?,
            payee_openers: WordList::load(source, "money/payee-openers.txt")?,
            come_verbs: WordList::load(source, "money/come-verbs.txt")?,
            come_from: WordList::load(source, "money/come-from.txt")?,
            restatements: WordList::load(source, "money/restatements.txt")?,
            valuations: WordList::load(source, "money/valuations.txt")?,
            valuation_at: WordList::load(source, "money/valuation-at.txt")?,
            market_values: WordList::load(source, "money/market-values.txt")?,
            pay_nouns: WordList::load(source, "money/pay-nouns.txt")?,
            pay_possessors: WordList::load(source, "money/pay-possessors.txt")?,
            pay_verbs: WordList::load(source, "money/pay-verbs.txt")?,
            pay_at: WordList::load(source, "money/pay-at.txt")?,
            pay_after_leaving: WordList::load(source, "money/pay-after-leaving.txt")?,
            measure_nouns: WordList::load(source, "money/measure-nouns.txt")?,
            measure_links: WordList::load(source, "money/measure-links.txt")?,
            measure_verbs: WordList::load(source, "money/measure-verbs.txt")?,
            balance_nouns: WordList::load(source, "money/balance-nouns.txt")?,
            balance_verbs: WordList::load(source, "money/balance-verbs.txt")?,
            put_verbs: WordList::load(source, "money/put-verbs.txt")?,
            share_each_verbs: WordList::load(source, "money/share-each-verbs.txt")?,
            put_into: WordList::load(source, "money/put-into.txt")?,
            put_in: WordList::load(source, "money/put-in.txt")?,
            venture_nouns: WordList::load(source, "money/venture-nouns.txt")?,
            year_back: WordList::load(source, "money/year-back.txt")?,
            compared_with: WordList::load(source, "money/compared-with.txt")?,
            compared_on: WordList::load(source, "money/compared-on.txt")?,
            year_links: WordList::load(source, "money/year-links.txt")?,
            results_nouns: WordList::load(source, "money/results-nouns.txt")?,
            results_not: WordList::load(source, "money/results-not.txt")?,
            results_verbs: WordList::load(source, "money/results-verbs.txt")?,
            compared_lead: WordList::load(source, "money/compared-lead.txt")?,
            clause_openers: WordList::load(source, "money/clause-openers.txt")?,
            issue_nouns: WordList::load(source, "money/issue-nouns.txt")?,
            issue_verbs: WordList::load(source, "money/issue-verbs.txt")?,
            issue_links: WordList::load(source, "money/issue-links.txt")?,
            issue_stops: WordList::load(source, "money/issue-stops.txt")?,
            terms_amount: WordList::load(source, "money/terms-amount.txt")?,
            terms_issuer: WordList::load(source, "money/terms-issuer.txt")?,
            range_change: WordList::load(source, "money/range-change.txt")?,
            range_from: WordList::load(source, "money/range-from.txt")?,
            range_and: WordList::load(source, "money/range-and.txt")?,
            range_to: WordList::load(source, "money/range-to.txt")?,
            place_of: WordList::load(source, "money/place-of.txt")?,
            place_noun_not: WordList::load(source, "money/place-noun-not.txt")?,
            maker_participles: WordList::load(source, "money/maker-participles.txt")?,
            maker_past: WordList::load(source, "money/maker-past.txt")?,
            price_move_verbs: WordList::load(source, "money/price-move-verbs.txt")?,
            price_move_copulas: WordList::load(source, "money/price-move-copulas.txt")?,
            price_move_directions: WordList::load(source, "money/price-move-directions.txt")?,
            price_move_links: WordList::load(source, "money/price-move-links.txt")?,
            dateline_currencies,
            price_move_reach: WordList::load(source, "money/price-move-reach.txt")?,
            share_adjectives: WordList::load(source, "money/share-adjectives.txt")?,
            share_price_lead: WordList::load(source, "money/share-price-lead.txt")?,
            list_price_words: WordList::load(source, "money/list-price-words.txt")?,
            list_price_for: WordList::load(source, "money/list-price-for.txt")?,
            price_move_clause_breaks: WordList::load(source, "money/price-move-clause-breaks.txt")?,
            suits: SuitWords::load(source)?,
            costs: CostWords::load(source)?,
            bids: BidWords::load(source)?,
        })
    }

    /// The currency word a local marker glued before an amount stands for
    /// ("shilling" of "sh" in "Sh2.9 billion"), the marker as written
    /// (lower case where the caller lowered it).
    pub fn glued_word(&self, marker: &str) -> Option<&str> {
        self.glued
            .iter()
            .find(|(m, _)| m == marker)
            .map(|(_, word)| word.as_str())
    }
}

/// The alphabetic markers of the currency table ("norwegian crown",
/// "crown", "euro"), with their ISO 4217 codes: those of several words and
/// those of one, each in table order. The figures stage reads a bare
/// currency word's country with them in every article that states an
/// amount; split here, once, rather than there, once an article.
#[derive(Debug, Clone, Default)]
pub struct CurrencyWords {
    /// Markers of several words ("norwegian crown").
    pub several: Vec<(String, String)>,
    /// Markers of one word ("crown").
    pub one: Vec<(String, String)>,
}

impl CurrencyWords {
    /// The alphabetic markers of `table`, split by their number of words.
    pub fn of(table: &[(String, String)]) -> Self {
        let (several, one) = table
            .iter()
            .filter(|m| m.0.starts_with(char::is_alphabetic))
            .cloned()
            .partition(|(m, _)| m.contains(' '));
        Self { several, one }
    }
}

/// The one entry of a one-entry list file.
pub(super) fn first(source: &dyn Source, path: &str) -> Result<String, LangError> {
    WordList::load(source, path)?
        .iter()
        .next()
        .map(str::to_owned)
        .ok_or_else(|| LangError::Malformed {
            path: path.to_owned(),
            line: 1,
            problem: "empty list".to_owned(),
        })
}

#[cfg(test)]
mod tests {
    use super::CurrencyWords;

    #[test]
    fn the_currency_words_are_the_alphabetic_markers_split_by_their_words() {
        let table: Vec<(String, String)> = [
            ("$", "USD"),
            ("norwegian crown", "NOK"),
            ("crown", "SEK"),
            ("€", "EUR"),
            ("złoty", "PLN"),
            ("swiss franc", "CHF"),
        ]
        .iter()
        .map(|(m, c)| ((*m).to_owned(), (*c).to_owned()))
        .collect();
        let words = CurrencyWords::of(&table);
        let markers = |list: &[(String, String)]| -> Vec<String> {
            list.iter().map(|(m, _)| m.clone()).collect()
        };
        assert_eq!(markers(&words.several), ["norwegian crown", "swiss franc"]);
        assert_eq!(markers(&words.one), ["crown", "złoty"]);
    }
}
