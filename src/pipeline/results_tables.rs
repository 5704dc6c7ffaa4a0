//! The figures of a results table ("Net 249.53 vs 242.94" under "(in
//! million HK$ unless stated)"): the rules stage reads them as bare numbers
//! (see [`super::rules::table`]); the table's unit line gives them their
//! scale and currency. A row whose label names hundredths ("Shr (H.K.
//! cents)") is in hundredths of that currency; one whose label names a
//! share ("Shr", "Dividend") prices a share and never takes the table's
//! scale; a figure written with its currency ("$0.22") keeps its value. A
//! line of years over the columns gives each figure its column's year. A
//! table states results: no one pays anyone its figures.
//! Part of the figures stage.
//!
//! Takes the language, the text, the mentions, the relations and the money
//! facts; sets each table figure's value, currency and mark, and takes its
//! parties away.

use crate::lang::{Language, lowercase};
use crate::model::{Mention, MoneyFact, Per, Relation};

use super::rules::table::{cells, zeros_scale};

/// Hundredths in a currency.
const HUNDREDTHS: f64 = 0.01;

/// The factor of a scale written in zeros ("000s").
const THOUSANDS: f64 = 1e3;

/// Gives each fact that is a results table's figure the value, currency
/// and mark its row and unit line give it.
pub fn table_figures(
    lang: &Language,
    text: &str,
    mentions: &[Mention],
    relations: &mut [Relation],
    facts: &mut [MoneyFact],
) {
    let table = cells(&lang.rules, text);
    if table.is_empty() {
        return;
    }
    for (k, f) in facts.iter_mut().enumerate() {
        let Some(m) = mentions.get(f.mention) else {
            continue;
        };
        let Some(cell) = table.iter().find(|c| c.number == m.span) else {
            continue;
        };
        // "$15,400" keeps the currency its sign gave it, and its value
        // unless the unit line scales it.
        let number = cell.number.slice(text).replace(',', "").parse::<f64>().ok();
        let label: Vec<String> = cell
            .label
            .slice(text)
            .split_whitespace()
            .map(|w| lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())))
            .collect();
        let unit = cell.unit.slice(text);
        let cents = label.iter().any(|w| {
            lang.money
                .cents
                .iter()
                .any(|c| c.len() > 1 && w.starts_with(c))
        });
        let per_share = label.iter().any(|w| lang.rules.table_per_share.contains(w));
        if let Some(number) = number {
            f.value = if cents {
                number * HUNDREDTHS
            } else if per_share {
                number
            } else {
                number * scale(lang, unit)
            };
            if let Some(code) = currency(lang, unit) {
                code.clone_into(&mut f.currency);
            }
        } else if !cents && !per_share {
            f.value *= scale(lang, unit);
        }
        f.per = per_share.then_some(Per::Share);
        if cell.year.is_some() {
            f.year = cell.year;
        }
        (f.investor, f.recipient, f.relation) = (None, None, None);
        for r in relations.iter_mut().filter(|r| r.money == Some(k)) {
            r.money = None;
        }
    }
}

/// The factor of the unit line's scale word ("million", "thousands",
/// "000s").
fn scale(lang: &Language, unit: &str) -> f64 {
    unit.split_whitespace()
        .map(|w| lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .find_map(|w| {
            if zeros_scale(&w) {
                return Some(THOUSANDS);
            }
            lang.money.scales.iter().find_map(|(s, factor)| {
                (w == *s || w.strip_suffix('s') == Some(s.as_str())).then_some(*factor)
            })
        })
        .unwrap_or(1.0)
}

/// The currency the unit line names: a sign that opens one of its words
/// ("HK$"), or a currency word ("dollars", "yen") or code as a whole word.
fn currency<'l>(lang: &'l Language, unit: &str) -> Option<&'l str> {
    unit.split_whitespace()
        .map(|w| lowercase(w.trim_start_matches('(').trim_end_matches(')')))
        .find_map(|w| {
            lang.money.currencies.iter().find_map(|(marker, code)| {
                let sign = !marker.chars().all(char::is_alphabetic);
                let word = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                let fits = if sign {
                    w.starts_with(marker.as_str())
                } else {
                    word == marker
                        || marker.len() > 3
                            && word.starts_with(marker.as_str())
                            && word.len() <= marker.len() + 1
                };
                fits.then_some(code.as_str())
            })
        })
}

#[cfg(test)]
mod tests {
    use crate::model::Per;
    use crate::pipeline::tests::analysis;

    #[test]
    fn a_results_tables_figures_take_its_unit_lines_scale_and_currency() {
        let a = analysis(
            "Brennhold Holdings interim net up 4 pct.\n\
             HONG KONG 2031-08-28\n\
             Six months ended June 30\n\
             (in million HK$unless stated)\n\
             Shr (H.K. cents) 12.40 vs 10.05\n\
             Dividend 0.04 vs 0.04\n\
             Net 310.25 vs 280.5\n\
             Turnover 1,120.5 vs 990.1\n",
        );
        let got: Vec<(&str, f64, &str, Option<Per>, bool)> = a
            .money
            .iter()
            .map(|f| {
                (
                    a.mention_text(f.mention),
                    f.value,
                    f.currency.as_str(),
                    f.per,
                    f.investor.is_none() && f.recipient.is_none(),
                )
            })
            .collect();
        let want = [
            ("12.40", 0.124, Some(Per::Share)),
            ("10.05", 0.1005, Some(Per::Share)),
            ("0.04", 0.04, Some(Per::Share)),
            ("310.25", 310.25e6, None),
            ("280.5", 280.5e6, None),
            ("1,120.5", 1120.5e6, None),
            ("990.1", 990.1e6, None),
        ];
        let got_texts: Vec<&str> = got.iter().map(|g| g.0).collect();
        for (text, value, per) in want {
            let g = got
                .iter()
                .find(|g| g.0 == text)
                .unwrap_or_else(|| panic!("{text} missing from {got_texts:?}"));
            assert!((g.1 - value).abs() <= 1e-6 * value, "{text}: {}", g.1);
            assert_eq!((g.2, g.3, g.4), ("HKD", per, true), "{text}");
        }
    }

    #[test]
    fn a_us_results_table_takes_its_closing_unit_line_and_column_years() {
        let a = analysis(
            "Korvane Systems Q3 loss narrows.\n\
             DENVER 2031-10-30\n\
             2031 2030\n\
             Shr loss $0.12 loss $0.30\n\
             Net loss 2,310 profit 405\n\
             Revs 8,120 7,005\n\
             Avg shrs 19,250 18,900\n\
             (All Data Above 000s Except Per Share Numbers)\n",
        );
        // (figure, value, year, per, no party)
        type Read<'a> = (&'a str, f64, Option<i32>, Option<Per>, bool);
        let got: Vec<Read> = a
            .money
            .iter()
            .map(|f| {
                (
                    a.mention_text(f.mention),
                    f.value,
                    f.year,
                    f.per,
                    f.investor.is_none() && f.recipient.is_none(),
                )
            })
            .collect();
        let want = [
            ("$0.12", 0.12, 2031, Some(Per::Share)),
            ("$0.30", 0.30, 2030, Some(Per::Share)),
            ("2,310", 2310e3, 2031, None),
            ("405", 405e3, 2030, None),
            ("8,120", 8120e3, 2031, None),
            ("7,005", 7005e3, 2030, None),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for (text, value, year, per) in want {
            let g = got
                .iter()
                .find(|g| g.0 == text)
                .unwrap_or_else(|| panic!("{text} missing from {got:?}"));
            assert!((g.1 - value).abs() <= 1e-6 * value, "{text}: {}", g.1);
            assert_eq!((g.2, g.3, g.4), (Some(year), per, true), "{text}");
        }
    }

    #[test]
    fn a_unit_line_in_zeros_scales_figures_written_with_their_sign() {
        let a = analysis(
            "Stated figures.\n\
             Financial Data in 000s: 2031 2030\n\
             - Revenue $15,400 $10,000\n\
             - Net Income (loss) $2,074 ($3,422)\n",
        );
        let got: Vec<(&str, f64, Option<i32>)> = a
            .money
            .iter()
            .map(|f| (a.mention_text(f.mention), f.value, f.year))
            .collect();
        assert_eq!(
            got,
            vec![
                ("$15,400", 15.4e6, Some(2031)),
                ("$10,000", 10e6, Some(2030)),
                ("$2,074", 2.074e6, Some(2031)),
                ("$3,422", 3.422e6, Some(2030)),
            ]
        );
    }

    #[test]
    fn a_unit_line_in_words_names_its_currency() {
        let a = analysis(
            "Tolvik Trucks year results.\n\
             (Millions of yen unless otherwise stated)\n\
             Sales 4,500 vs 4,100\n",
        );
        let got: Vec<(f64, &str)> = a
            .money
            .iter()
            .map(|f| (f.value, f.currency.as_str()))
            .collect();
        assert_eq!(got, vec![(4.5e9, "JPY"), (4.1e9, "JPY")]);
    }
}
