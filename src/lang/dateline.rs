//! Words of the dateline stage (`assets/lang/<code>/dateline/`).

use super::{LangError, Source, WordList, pattern};

/// What a dateline looks like in the language.
#[derive(Debug, Clone)]
pub struct DatelineWords {
    /// The dateline pattern, its news agencies and month abbreviations
    /// filled in; its groups are 1 place, 2 region, 3 agency, 4 date, 5
    /// agency after the date, 6 a wire's agency with no place.
    pub pattern: String,
    /// The news agencies a wire credits ("Reuters"): their copy marks a
    /// local dollar and means US dollars by a bare "$".
    pub agencies: WordList,
}

impl DatelineWords {
    /// Reads the stage's files from `source`.
    pub fn load(source: &dyn Source) -> Result<Self, LangError> {
        let agencies = WordList::load(source, "dateline/agencies.txt")?;
        let months = WordList::load(source, "dateline/months.txt")?;
        Ok(Self {
            pattern: pattern(
                source,
                "dateline/dateline.re",
                &[
                    ("AGENCIES", &agencies.alternation()),
                    ("MONTHS", &months.alternation()),
                ],
            )?,
            agencies,
        })
    }
}
