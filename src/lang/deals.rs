//! The words of the deal families of relation extraction that news writes
//! most: orders of goods (`relate/orders/`), holdings and mergers
//! (`relate/holdings/`), loans and contracts (`relate/credit/`).

use super::{LangError, Source, WordList};

/// `relate/orders/`.
#[derive(Debug, Clone)]
pub struct OrderWords {
    /// Order verbs and nouns ("ordered", "an order for").
    pub order: WordList,
    /// The words of ordering that make an order a lease ("leased"): the
    /// lessor supplies the lessee.
    pub lease: WordList,
    /// The word between an order noun and the goods ("for").
    pub order_for: WordList,
    /// The word before the other party of an order ("from").
    pub order_from: WordList,
    /// The word before the value of an order ("worth").
    pub order_worth: WordList,
    /// Verbs before an order noun whose subject is the seller ("won").
    pub seller_verbs: WordList,
    /// Nouns of goods ("aircraft", "jets").
    pub goods: WordList,
    /// Verbs and nouns of selling ("sold", "sale").
    pub sell: WordList,
    /// The word before the buyer of a sale ("to").
    pub sell_to: WordList,
    /// Nouns naming a seller's buyers ("customers").
    pub customers: WordList,
    /// Words between them and the buyers' names ("include").
    pub customers_link: WordList,
    /// Counts right before the noun of buyers ("three customers").
    pub customer_counts: WordList,
    /// Prepositions before counted buyers, whose names are set off after
    /// them ("from three customers, A, B and C").
    pub counted_from: WordList,
    /// Plural nouns of a class of buyers ("retailers", "garden centres").
    pub client_classes: WordList,
    /// The preposition before a class of buyers ("to retailers").
    pub client_before: WordList,
    /// Words between a class of buyers and their names ("such as").
    pub client_links: WordList,
    /// Prepositions of the region a class of buyers is in ("to weather
    /// services in 14 countries, including A").
    pub client_region: WordList,
    /// Verbs that count buyers among customers ("counts").
    pub count_verbs: WordList,
    /// Base forms of buying goods still to come ("buy").
    pub buy_goods: WordList,
    /// Verbs of making or delivering goods, for an order still to come
    /// ("will make", "are to be built").
    pub make_goods: WordList,
    /// Words of a making still to come ("will"), `relate/reader/to_come`.
    pub to_come: WordList,
    /// The infinitive marker after a copula ("is to make").
    pub infinitive: WordList,
    /// The bare form of the passive ("be built").
    pub bare_be: WordList,
    /// Words that make what is bought a share, not goods ("shares").
    pub not_goods: WordList,
    /// The word that makes a brand a buyer's own label ("own").
    pub own_label: WordList,
}

impl OrderWords {
    /// Reads `relate/orders/` from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let list = |path: &str| WordList::load(source, &format!("relate/orders/{path}.txt"));
        Ok(Self {
            order: list("order")?,
            lease: list("lease")?,
            order_for: list("order_for")?,
            order_from: list("order_from")?,
            order_worth: list("order_worth")?,
            seller_verbs: list("seller_verbs")?,
            goods: list("goods")?,
            sell: list("sell")?,
            sell_to: list("sell_to")?,
            customers: list("customers")?,
            customers_link: list("customers_link")?,
            customer_counts: list("customer_counts")?,
            counted_from: list("counted_from")?,
            client_classes: list("client_classes")?,
            client_before: list("client_before")?,
            client_links: list("client_links")?,
            client_region: list("client_region")?,
            count_verbs: list("count_verbs")?,
            buy_goods: list("buy_goods")?,
            make_goods: list("make_goods")?,
            infinitive: list("infinitive")?,
            bare_be: list("bare_be")?,
            to_come: WordList::load(source, "relate/reader/to_come.txt")?,
            not_goods: list("not_goods")?,
            own_label: list("own_label")?,
        })
    }
}

/// `relate/holdings/`.
#[derive(Debug, Clone)]
pub struct HoldingWords {
    /// Nouns of a holding ("stake", "holding").
    pub stake: WordList,
    /// The word before the company held ("in").
    pub stake_in: WordList,
    /// Verbs of owning ("owns", "owned").
    pub own: WordList,
    /// The word between a share and the company ("of").
    pub own_of: WordList,
    /// Nouns that make a name a business owned by another ("unit").
    pub units: WordList,
    /// Endings of a verb form right after a possessed name ("ing", "ed"):
    /// the name ends its noun phrase ("X's Y posting …").
    pub verb_endings: WordList,
    /// The word between a unit and its owner ("of").
    pub unit_of: WordList,
    /// Words before a holding that give it up ("sold").
    pub give_up: WordList,
    /// Words of merging ("merged", "merger").
    pub merge: WordList,
    /// The word before the other party of a merger ("with").
    pub merge_with: WordList,
    /// The words before the pair of a merger ("of", "between").
    pub merge_of: WordList,
    /// Nouns of a joint undertaking ("venture").
    pub venture: WordList,
    /// Nouns between a company and its owner ("Y parent company X").
    pub parent: WordList,
    /// The word that makes a venture joint ("joint").
    pub joint: WordList,
    /// Adverbs of doing something together ("jointly").
    pub jointly: WordList,
    /// Nouns naming a company's holder ("shareholder", "owner").
    pub holder_nouns: WordList,
    /// Verbs of putting money into a venture ("contribute").
    pub venture_money: WordList,
    /// Plural subject pronouns ("they"): "S and T said they will form …".
    pub plural_subjects: WordList,
    /// Nouns of a part of a company only an organisation owns ("unit",
    /// "subsidiary"): no person holds what they tell.
    pub company_parts: WordList,
    /// Nouns of a post or seat held after a verb of owning ("seat"): no
    /// holding of the company named after them.
    pub posts_held: WordList,
}

impl HoldingWords {
    /// Reads `relate/holdings/` from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let list = |path: &str| WordList::load(source, &format!("relate/holdings/{path}.txt"));
        Ok(Self {
            stake: list("stake")?,
            stake_in: list("stake_in")?,
            own: list("own")?,
            own_of: list("own_of")?,
            units: list("units")?,
            verb_endings: list("verb_endings")?,
            unit_of: list("unit_of")?,
            give_up: list("give_up")?,
            merge: list("merge")?,
            merge_with: list("merge_with")?,
            merge_of: list("merge_of")?,
            venture: list("venture")?,
            parent: list("parent")?,
            joint: list("joint")?,
            jointly: list("jointly")?,
            holder_nouns: list("holder_nouns")?,
            venture_money: list("venture_money")?,
            plural_subjects: list("plural_subjects")?,
            company_parts: list("company_parts")?,
            posts_held: list("posts_held")?,
        })
    }
}

/// `relate/credit/`.
#[derive(Debug, Clone)]
pub struct CreditWords {
    /// Verbs of lending ("lent", "bailed").
    pub lend: WordList,
    /// Nouns of loans, bailouts, aid and grants ("loan", "bailout").
    pub loan: WordList,
    /// Verbs of giving before a recipient and a loan noun ("provide").
    pub give: WordList,
    /// Nouns of capital given ("infusion"): an investment.
    pub capital: WordList,
    /// Verbs whose subject receives ("receive", "won").
    pub receive: WordList,
    /// The word before the lender or client after the noun ("from").
    pub from: WordList,
    /// The word before the borrower after a loan noun ("to").
    pub to: WordList,
    /// Nouns of a contract ("contract").
    pub contract: WordList,
    /// Nouns that are a contract only after a verb of winning, awarding or
    /// beating ("won a $2 billion deal", "awarded the tender").
    pub contract_won: WordList,
    /// The word before the client after a contract won ("with").
    pub contract_with: WordList,
    /// Verbs of awarding a contract ("awarded").
    pub award: WordList,
    /// Verbs of winning a contract ("wins").
    pub win: WordList,
    /// Verbs of picking a contractor ("selected").
    pub select: WordList,
    /// Verbs of signing a contract ("signed").
    pub sign: WordList,
    /// Verbs of the work picked for ("build").
    pub build: WordList,
    /// Verbs whose subject asks for money ("asked", "seeks", "needs"): the
    /// one asked, or named after "from", lends.
    pub ask: WordList,
    /// Verbs whose subject beats another for a contract ("defeated").
    pub beat: WordList,
    /// Nouns of a facility extended "with" each borrower ("lines").
    pub lines: WordList,
    /// The words before such a noun that make it one the subject extends
    /// ("swap lines with T": the subject provides the funds).
    pub line_kinds: WordList,
    /// The word before each borrower of such lines ("with").
    pub line_with: WordList,
    /// Nouns of lenders a lead bank stands for ("a group of banks led by
    /// A and B").
    pub lender_groups: WordList,
}

impl CreditWords {
    /// Reads `relate/credit/` from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let list = |path: &str| WordList::load(source, &format!("relate/credit/{path}.txt"));
        Ok(Self {
            lend: list("lend")?,
            loan: list("loan")?,
            give: list("give")?,
            capital: list("capital")?,
            receive: list("receive")?,
            from: list("from")?,
            to: list("to")?,
            contract: list("contract")?,
            contract_won: list("contract_won")?,
            contract_with: list("contract_with")?,
            award: list("award")?,
            win: list("win")?,
            select: list("select")?,
            sign: list("sign")?,
            build: list("build")?,
            ask: list("ask")?,
            beat: list("beat")?,
            lines: list("lines")?,
            line_kinds: list("line_kinds")?,
            line_with: list("line_with")?,
            lender_groups: list("lender_groups")?,
        })
    }
}

/// `relate/payments/`.
#[derive(Debug, Clone)]
pub struct PaymentWords {
    /// Verbs whose subject pays the amount after them ("paid").
    pub pay: WordList,
    /// Verbs whose subject is paid the amount after them ("receive").
    pub receive: WordList,
    /// The word before the payer after an amount ("from").
    pub from: WordList,
    /// The word before the payee after an amount ("to").
    pub to: WordList,
    /// Nouns after an amount that the name before it pays for ("contract").
    pub client_deals: WordList,
    /// The word before what an amount paid buys ("for").
    pub paid_for: WordList,
    /// The word before those who led a round raised ("led by S").
    pub led: WordList,
    /// The word before the holder of what an amount buys ("shares held by T").
    pub held: WordList,
    /// Nouns of money put up whose owner pays the amount "of" after them
    /// ("the bank's offer of $N").
    pub pledge_nouns: WordList,
}

impl PaymentWords {
    /// Reads `relate/payments/` from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let list = |path: &str| WordList::load(source, &format!("relate/payments/{path}.txt"));
        Ok(Self {
            pay: list("pay")?,
            receive: list("receive")?,
            from: list("from")?,
            to: list("to")?,
            client_deals: list("client_deals")?,
            paid_for: list("for")?,
            led: list("led")?,
            held: list("held")?,
            pledge_nouns: list("pledge_nouns")?,
        })
    }
}

/// `relate/frame/`: the word classes of the money frame, read when no
/// specific pattern names an amount's payer and payee.
#[derive(Debug, Clone)]
pub struct FrameWords {
    /// Verbs whose subject pays ("granted", "invested").
    pub give: WordList,
    /// Verbs whose subject is paid ("received", "seeks").
    pub get: WordList,
    /// Verbs whose subject buys ("bought", "ordered").
    pub buy: WordList,
    /// Verbs whose subject sells ("sold").
    pub sell: WordList,
    /// Verbs that buy when "for" follows ("signed for 60 jets").
    pub buy_for: WordList,
    /// Nouns of buying after an amount ("purchase").
    pub buy_nouns: WordList,
    /// Nouns of money given ("loan", "subsidies").
    pub give_nouns: WordList,
    /// The word before the one paid ("to", "for").
    pub to: WordList,
    /// The word before the company invested in ("in", "into").
    pub into: WordList,
    /// The word before the payer or seller ("from").
    pub from: WordList,
    /// Participles before "by" and a holder ("held").
    pub held: WordList,
    /// Words that add an amount to an earlier one ("including").
    pub additive: WordList,
    /// Words that end the clause looking back from an amount.
    pub boundary: WordList,
    /// The word between a noun of money and its amount ("of").
    pub of: WordList,
    /// Endings of a verb form after "be" that is no passive ("-ing").
    pub progressive: WordList,
    /// The infinitive marker ("to be given").
    pub infinitive: WordList,
    /// The word before the subject of an absolute phrase ("with S paying").
    pub absolute: WordList,
    /// Prepositions opening an -ing clause with the main clause's subject
    /// ("after buying").
    pub gerund_links: WordList,
    /// Words that open a clause with its own subject ("while").
    pub clause_breaks: WordList,
    /// The word before the one paid after a verb of paying ("into").
    pub paid_into: WordList,
    /// Nouns before "of" and a place that acts ("the state of X").
    pub place_heads: WordList,
    /// Nouns of credit and aid that make a framed payment a loan ("aid").
    pub credit_nouns: WordList,
    /// Words of price or worth before an amount ("for", "worth").
    pub price: WordList,
    /// The word before the lender of a noun of credit ("from", "with").
    pub lender: WordList,
    /// The word that opens what a buyer pays with ("with a $N loan").
    pub means: WordList,
    /// Verbs of paying for or funding ("is paying for T with …").
    pub finance: WordList,
    /// Nouns of a family after its surname ("the X family").
    pub family: WordList,
    /// What a winner gains by paying ("wins control of T").
    pub gained: WordList,
    /// Verbs of spending, whose subject pays the seller of the goods
    /// bought ("will spend $N on looms from S").
    pub spend: WordList,
    /// Nouns of an offer to buy ("a $N offer from S", "a bid of $N").
    pub offer_nouns: WordList,
    /// Verbs whose subject makes the offer and would pay ("made an offer").
    pub offer_makers: WordList,
    /// Verbs whose subject answers the offer and would be paid ("rejected").
    pub offer_answers: WordList,
    /// Particles between an answering verb and the offer ("turned down").
    pub offer_particles: WordList,
    /// Words that make an offer one of securities, no bid ("rights offer").
    pub offer_not_bids: WordList,
    /// Words that pair listed parties with listed amounts ("respectively").
    pub respective: WordList,
}

impl FrameWords {
    /// Reads `relate/frame/` from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let list = |path: &str| WordList::load(source, &format!("relate/frame/{path}.txt"));
        Ok(Self {
            give: list("give")?,
            get: list("get")?,
            buy: list("buy")?,
            sell: list("sell")?,
            buy_for: list("buy_for")?,
            buy_nouns: list("buy_nouns")?,
            give_nouns: list("give_nouns")?,
            to: list("to")?,
            into: list("into")?,
            from: list("from")?,
            held: list("held")?,
            additive: list("additive")?,
            boundary: list("boundary")?,
            of: list("of")?,
            progressive: list("progressive")?,
            infinitive: list("infinitive")?,
            absolute: list("absolute")?,
            gerund_links: list("gerund_links")?,
            clause_breaks: list("clause_breaks")?,
            paid_into: list("paid_into")?,
            place_heads: list("place_heads")?,
            credit_nouns: list("credit_nouns")?,
            price: list("price")?,
            lender: list("lender")?,
            means: list("means")?,
            finance: list("finance")?,
            family: list("family")?,
            gained: list("gained")?,
            spend: list("spend")?,
            offer_nouns: list("offer_nouns")?,
            offer_makers: list("offer_makers")?,
            offer_answers: list("offer_answers")?,
            offer_particles: list("offer_particles")?,
            offer_not_bids: list("offer_not_bids")?,
            respective: list("respective")?,
        })
    }
}

impl FrameWords {
    /// True when `word` ends as the progressive does ("advising"): after a
    /// form of "be" it is no passive ("is advising T").
    pub fn is_progressive(&self, word: &str) -> bool {
        self.progressive.iter().any(|end| word.ends_with(end))
    }
}
