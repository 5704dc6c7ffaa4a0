//! Words of the date stage (`assets/lang/<code>/dates/`): what names a
//! month, a weekday, a unit, a season, a part of the day; which words place
//! a date before or after the anchor; the cues of tense.

use crate::model::timex::TimeUnit;

use super::{LangError, Source, Table, WordList};

/// What date normalisation knows of the language. Lists are lower case.
#[derive(Debug, Clone)]
pub struct DateWords {
    /// Words right before a date that open a range rather than date the
    /// event ("since 2007").
    pub range_openers: WordList,
    /// Month names, January first.
    pub months: WordList,
    /// Abbreviations that are no prefix of the month name → the prefix.
    pub month_aliases: Vec<(String, String)>,
    /// Weekday names, Monday first.
    pub weekdays: WordList,
    /// Words dropped before reading an expression ("mere").
    pub fillers: WordList,
    /// Leading words that modify an expression without changing its value.
    pub modifiers: WordList,
    /// One-word references to the present, past, future → TimeML value.
    pub references: Vec<(String, String)>,
    /// Words that open a set ("every", "each").
    pub set_openers: WordList,
    /// Set openers that count even before a modifier ("every").
    pub set_openers_anywhere: WordList,
    /// One-word sets → TimeML value ("annually" → `P1Y`).
    pub sets: Vec<(String, String)>,
    /// Beginnings of the word for century.
    pub century_prefixes: WordList,
    /// Units of duration: stem → unit.
    pub units: Vec<(String, TimeUnit)>,
    /// Number words that count time units beyond the money stage's.
    pub number_words: Vec<(String, u32)>,
    /// Articles that count one and end a number ("a", "an").
    pub articles: WordList,
    /// Seasons: word, TimeML code, first month.
    pub seasons: Vec<(String, String, u32)>,
    /// Parts of the day → TimeML code.
    pub parts_of_day: Vec<(String, String)>,
    /// Clock suffixes after noon.
    pub pm: WordList,
    /// Clock suffixes before noon.
    pub am: WordList,
    /// Last words of an expression naming 12:00.
    pub noon: WordList,
    /// Words that alone name 12:00.
    pub midday: WordList,
    /// Last words of an expression naming 00:00.
    pub midnight: WordList,
    /// The word after a duration that makes it a past point ("ago").
    pub ago: WordList,
    /// Words before a unit that make it relative to the anchor.
    pub relative: WordList,
    /// Relative words that make a unit a span of one ("the past year").
    pub span_relative: WordList,
    /// Relative words one unit back.
    pub backward: WordList,
    /// Relative words one unit ahead.
    pub forward: WordList,
    /// The relative word of the current unit.
    pub this: WordList,
    /// Words that place a season or month ahead.
    pub forward_near: WordList,
    /// "last".
    pub last: WordList,
    /// "next".
    pub next: WordList,
    /// Words that keep their meaning beside a clock time.
    pub day_words: WordList,
    /// Words that alone name this evening.
    pub tonight: WordList,
    /// Days named by their distance from the anchor.
    pub day_shifts: Vec<(String, i32)>,
    /// The weekend.
    pub weekend: WordList,
    /// Words that place a weekend a week back.
    pub weekend_back: WordList,
    /// Words that place a weekday before the anchor.
    pub weekday_back: WordList,
    /// Words that place a weekday after the anchor.
    pub weekday_forward: WordList,
    /// Ordinals of quarters and halves.
    pub ordinals: Vec<(String, u32)>,
    /// The word for a quarter of a year.
    pub quarter: WordList,
    /// The word for half a year.
    pub half: WordList,
    /// Past-tense cues.
    pub past_cues: WordList,
    /// Future cues.
    pub future_cues: WordList,
    /// Words right before a date without a year that make it a deadline,
    /// the coming one ("pay $N by September 5").
    pub deadlines: WordList,
    /// Endings of past-tense verbs.
    pub past_suffixes: WordList,
    /// Words that end like a past tense but are none.
    pub past_suffix_exceptions: WordList,
    /// Modals that put what follows in the future.
    pub future_modals: WordList,
    /// Contracted modals ("'ll").
    pub future_modal_suffixes: WordList,
}

fn pairs(source: &dyn Source, path: &str) -> Result<Vec<(String, String)>, LangError> {
    Ok(Table::load(source, path, 2)?
        .rows()
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect())
}

fn number<T: std::str::FromStr>(path: &str, field: &str) -> Result<T, LangError> {
    field.parse().map_err(|_| LangError::Malformed {
        path: path.to_owned(),
        line: 0,
        problem: format!("not a number: {field}"),
    })
}

fn numbers<T: std::str::FromStr>(
    source: &dyn Source,
    path: &str,
) -> Result<Vec<(String, T)>, LangError> {
    pairs(source, path)?
        .into_iter()
        .map(|(w, n)| Ok((w, number(path, &n)?)))
        .collect()
}

impl DateWords {
    /// Reads the stage's files from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let list = |name: &str| WordList::load(source, &format!("dates/{name}.txt"));
        let units = Table::load(source, "dates/units.tsv", 3)?
            .rows()
            .map(|r| {
                TimeUnit::from_designator(&r[1], r[2] == "time")
                    .map(|u| (r[0].clone(), u))
                    .ok_or_else(|| LangError::Malformed {
                        path: "dates/units.tsv".to_owned(),
                        line: 0,
                        problem: format!("unknown designator {}", r[1]),
                    })
            })
            .collect::<Result<_, _>>()?;
        let seasons = Table::load(source, "dates/seasons.tsv", 3)?
            .rows()
            .map(|r| {
                Ok((
                    r[0].clone(),
                    r[1].clone(),
                    number("dates/seasons.tsv", &r[2])?,
                ))
            })
            .collect::<Result<_, LangError>>()?;
        Ok(Self {
            range_openers: list("range-openers")?,
            months: list("months")?,
            month_aliases: pairs(source, "dates/month-aliases.tsv")?,
            weekdays: list("weekdays")?,
            fillers: list("fillers")?,
            modifiers: list("modifiers")?,
            references: pairs(source, "dates/references.tsv")?,
            set_openers: list("set-openers")?,
            set_openers_anywhere: list("set-openers-anywhere")?,
            sets: pairs(source, "dates/sets.tsv")?,
            century_prefixes: list("century-prefixes")?,
            units,
            number_words: numbers(source, "dates/number-words.tsv")?,
            articles: list("articles")?,
            seasons,
            parts_of_day: pairs(source, "dates/parts-of-day.tsv")?,
            pm: list("pm")?,
            am: list("am")?,
            noon: list("noon")?,
            midday: list("midday")?,
            midnight: list("midnight")?,
            ago: list("ago")?,
            relative: list("relative")?,
            span_relative: list("span-relative")?,
            backward: list("backward")?,
            forward: list("forward")?,
            this: list("this")?,
            forward_near: list("forward-near")?,
            last: list("last")?,
            next: list("next")?,
            day_words: list("day-words")?,
            tonight: list("tonight")?,
            day_shifts: numbers(source, "dates/day-shifts.tsv")?,
            weekend: list("weekend")?,
            weekend_back: list("weekend-back")?,
            weekday_back: list("weekday-back")?,
            weekday_forward: list("weekday-forward")?,
            ordinals: numbers(source, "dates/ordinals.tsv")?,
            quarter: list("quarter")?,
            half: list("half")?,
            past_cues: list("past-cues")?,
            future_cues: list("future-cues")?,
            deadlines: list("deadlines")?,
            past_suffixes: list("past-suffixes")?,
            past_suffix_exceptions: list("past-suffix-exceptions")?,
            future_modals: list("future-modals")?,
            future_modal_suffixes: list("future-modal-suffixes")?,
        })
    }
}
