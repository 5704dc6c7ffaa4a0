//! Words and patterns of the rule-based mentions (`assets/lang/<code>/rules/`):
//! MONEY, PERCENT, TITLE, nominal descriptions and time expressions.

use super::money::MoneyWords;
use super::{LangError, Source, WordList, pattern, patterns};

/// The rules' patterns, their placeholders filled, and the words that
/// filter their matches.
#[derive(Debug, Clone)]
pub struct RuleWords {
    /// MONEY amounts.
    pub money: String,
    /// PERCENT figures.
    pub percent: String,
    /// TITLE roles.
    pub title: String,
    /// Nominal descriptions; group 1 is the head noun.
    pub nominal: String,
    /// DATE expressions, in order of preference.
    pub dates: Vec<String>,
    /// Expressions recognised by what precedes them (group 1 or 2).
    pub preceded: String,
    /// Head nouns of descriptions that stand for an organisation.
    pub nominal_heads: WordList,
    /// Words that cannot modify the head of a description.
    pub function_words: WordList,
    /// Titles that count only before a capitalised word ("Chair").
    pub title_needs_name: WordList,
    /// Titles that are a noun of furniture or a verb too ("chair"): a title
    /// only in a title's frame (see `rules/title-needs-frame.txt`).
    pub title_needs_frame: WordList,
    /// Words after which such a title is the verb or the furniture ("will
    /// chair", "a chair").
    pub title_frame_not_after: WordList,
    /// Possessives before which such a title is the post ("its chair").
    pub title_frame_possessives: WordList,
    /// Words after which such a title is the post of what follows ("chair of").
    pub title_frame_of: WordList,
    /// Words (a space after them) that keep a bare unit out ("of").
    pub unit_not_before_words: WordList,
    /// Text beginnings that keep a bare unit out ("old", "ago").
    pub unit_not_before_prefixes: WordList,
    /// Words that make a duration an age after "-" or a space ("old").
    pub age_words: WordList,
    /// Words left out before a weekday ("on").
    pub leading_words: WordList,
    /// Words after a number glued to "p" that make it no pence ("1080p video").
    pub pence_not_before: WordList,
    /// Scale words of a bare amount after one with a currency ("million").
    pub bare_scales: WordList,
    /// Words besides the function words that may follow a bare amount ("each").
    pub bare_money_after: WordList,
    /// Words between an amount and a later number with no scale that is
    /// an amount in its currency and scale ("15 million markka from 39").
    pub bare_from: WordList,
    /// Numbers written as words before a bare amount's scale ("four
    /// billion"): the money words' units and tens.
    pub bare_number_words: WordList,
    /// Currency words that, after a year written alone, are a verb ("1996
    /// marks the …").
    pub year_not_before: WordList,
    /// The word that opens a range ("between"), left out of its span.
    pub range: String,
    /// Words between the two numbers of a range ("37.5 to 47.2 million").
    pub range_to: WordList,
    /// First words of a results table's rows that state money ("Net").
    pub table_rows: WordList,
    /// Words of a row label that make its figures prices per share ("Shr").
    pub table_per_share: WordList,
    /// Words between a results row's columns ("vs").
    pub table_versus: WordList,
    /// Words of a results row's empty cells ("nil").
    pub table_empty: WordList,
    /// Words before a results row's figure that give its side of zero
    /// ("Net loss 1,071 loss 277").
    pub table_signs: WordList,
    /// Verbs and directions of a market's move right before a change ("up
    /// 65 pesetas to 4,150"): the money words' lists.
    pub move_words: WordList,
    /// Words of direction after a change ("8p higher at 390").
    pub move_directions: WordList,
    /// Words that reach the level a move ends at ("to", "at").
    pub move_reach: WordList,
    /// Words that may stand between a verb of moving and its change ("soared
    /// a further 4.10 guilders"): the money words' links and the article.
    pub move_links: WordList,
    /// Prefixes of the words for hundredths ("cent", "p"): the money words'.
    pub minor_units: WordList,
    /// Scale words that open a table's unit line ("(in million …)"): the
    /// money words' scales.
    pub table_scales: WordList,
}

impl RuleWords {
    /// Reads the stage's files from `source`; numbers and scales come from
    /// the money words.
    pub fn load(source: &dyn Source, money: &MoneyWords) -> Result<Self, LangError> {
        let frag = |path: &str| pattern(source, path, &[]);
        let nominal_heads = WordList::load(source, "rules/nominal-heads.txt")?;
        let currency_code = frag("rules/currency-code.re")?;
        let currency_prefix = pattern(
            source,
            "rules/currency-prefix.re",
            &[("CURRENCY_CODE", &currency_code)],
        )?;
        let minor_unit = frag("rules/minor-unit.re")?;
        let currency_word = frag("rules/currency-word.re")?;
        let number_word = frag("rules/number-word.re")?;
        let months = frag("rules/months.re")?;
        let month = pattern(source, "rules/month.re", &[("MONTHS", &months)])?;
        let weekdays = frag("rules/weekdays.re")?;
        let count = frag("rules/count.re")?;
        let unit = frag("rules/unit.re")?;
        let season = frag("rules/season.re")?;
        let year = frag("rules/year.re")?;
        let modifier = frag("rules/modifier.re")?;
        let part = frag("rules/part.re")?;
        let range_and = money.range_and.alternation();
        let fill: &[(&str, &str)] = &[
            ("CURRENCY_PREFIX", &currency_prefix),
            ("CURRENCY_WORD", &currency_word),
            ("CURRENCY_CODE", &currency_code),
            ("MINOR_UNIT", &minor_unit),
            ("NUMBER_WORD", &number_word),
            ("NUMBER", &money.number),
            ("SCALE", &money.scale),
            ("NOMINAL_HEADS", &nominal_heads.alternation()),
            ("MONTHS", &months),
            ("MONTH", &month),
            ("WEEKDAYS", &weekdays),
            ("COUNT", &count),
            ("UNIT", &unit),
            ("SEASON", &season),
            ("YEAR", &year),
            ("MODIFIER", &modifier),
            ("PART", &part),
            ("RANGE", &money.range),
            ("RANGE_AND", &range_and),
        ];
        Ok(Self {
            money: pattern(source, "rules/money.re", fill)?,
            percent: pattern(source, "rules/percent.re", fill)?,
            title: pattern(source, "rules/title.re", fill)?,
            nominal: pattern(source, "rules/nominal.re", fill)?,
            dates: patterns(source, "rules/dates.re", fill)?,
            preceded: pattern(source, "rules/preceded.re", fill)?,
            nominal_heads,
            function_words: WordList::load(source, "rules/function-words.txt")?,
            title_needs_name: WordList::load(source, "rules/title-needs-name.txt")?,
            title_needs_frame: WordList::load(source, "rules/title-needs-frame.txt")?,
            title_frame_not_after: WordList::load(source, "rules/title-frame-not-after.txt")?,
            title_frame_possessives: WordList::load(source, "rules/title-frame-possessives.txt")?,
            title_frame_of: WordList::load(source, "rules/title-frame-of.txt")?,
            unit_not_before_words: WordList::load(source, "rules/unit-not-before-words.txt")?,
            unit_not_before_prefixes: WordList::load(source, "rules/unit-not-before-prefixes.txt")?,
            age_words: WordList::load(source, "rules/age-words.txt")?,
            leading_words: WordList::load(source, "rules/leading-words.txt")?,
            pence_not_before: WordList::load(source, "rules/pence-not-before.txt")?,
            bare_scales: WordList::load(source, "rules/bare-scales.txt")?,
            bare_money_after: WordList::load(source, "rules/bare-money-after.txt")?,
            bare_from: WordList::load(source, "rules/bare-from.txt")?,
            bare_number_words: WordList::from_entries(
                money
                    .units
                    .iter()
                    .chain(money.tens.iter())
                    .map(str::to_owned),
            ),
            year_not_before: WordList::load(source, "rules/year-not-before.txt")?,
            range: money.range.clone(),
            range_to: money.range_to.clone(),
            table_rows: WordList::load(source, "rules/table-rows.txt")?,
            table_per_share: WordList::load(source, "rules/table-per-share.txt")?,
            table_versus: WordList::load(source, "rules/table-versus.txt")?,
            table_empty: WordList::load(source, "rules/table-empty.txt")?,
            table_signs: WordList::load(source, "rules/table-signs.txt")?,
            move_words: WordList::from_entries(
                money
                    .price_move_verbs
                    .iter()
                    .chain(money.price_move_directions.iter())
                    .map(str::to_owned),
            ),
            move_directions: money.price_move_directions.clone(),
            move_reach: money.price_move_reach.clone(),
            move_links: WordList::from_entries(
                money
                    .price_move_links
                    .iter()
                    .chain(money.article_one.iter())
                    .map(str::to_owned),
            ),
            minor_units: money.cents.clone(),
            table_scales: WordList::from_entries(money.scales.iter().map(|(w, _)| w.clone())),
        })
    }
}
