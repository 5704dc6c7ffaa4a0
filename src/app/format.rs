//! Text formatting shared by panels: money amounts and figure labels.

use crate::model::{Analysis, MoneyFact};

/// The symbol written before an amount, for currencies that have a common one.
fn symbol(currency: &str) -> Option<&'static str> {
    Some(match currency {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" | "CNY" => "¥",
        "INR" => "₹",
        _ => return None,
    })
}

/// A compact amount as the text states it, to three significant figures:
/// `$1B`, `$500B`, `€2.5M`, `$16.6B`, `$1.25B`, `CHF 40K`, `$750`. An
/// analyst compares the figure with the sentence: "$16.6 billion" must not
/// read as `$17B`.
pub fn money_short(value: f64, currency: &str) -> String {
    compact(value, currency, 3)
}

/// `value` scaled to thousands, millions, billions or trillions, with at
/// most `digits` significant figures and no trailing zeros.
fn compact(value: f64, currency: &str, digits: usize) -> String {
    let value = significant(value, digits);
    let (scaled, suffix) = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        .into_iter()
        .find(|(unit, _)| value.abs() >= *unit)
        .map_or((value, ""), |(unit, s)| (value / unit, s));
    // Digits before the point (1 to 3 once scaled); the rest go after it.
    let whole = (scaled.abs().max(1.0).log10().floor() as usize) + 1;
    let decimals = digits.saturating_sub(whole);
    let mut number = format!("{scaled:.decimals$}");
    if number.contains('.') {
        number = number
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_owned();
    }
    match symbol(currency) {
        Some(sym) => format!("{sym}{number}{suffix}"),
        None => format!("{currency} {number}{suffix}"),
    }
}

/// `value` rounded to `digits` significant figures (999.6 million to
/// two figures is a billion, so the unit is chosen after rounding).
fn significant(value: f64, digits: usize) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let magnitude = value.abs().log10().floor() as i32;
    let factor = 10f64.powi(digits as i32 - 1 - magnitude);
    (value * factor).round() / factor
}

/// Axis tick label for a value on the money axis; `log` means the value is
/// log10 of the amount.
pub fn money_axis_label(value: f64, currency: &str, log: bool) -> String {
    let amount = if log { 10f64.powf(value) } else { value };
    if !amount.is_finite() || amount < 0.0 {
        return String::new();
    }
    // Ticks fall anywhere on a log axis (10^9.5): two figures suffice.
    compact(amount, currency, 2)
}

/// "Microsoft → OpenAI, 2019", with `?` for whoever the text does not name.
pub fn figure_label(analysis: &Analysis, fact: &MoneyFact) -> String {
    let name = |e: usize| analysis.entity_name(e);
    let mut label = match (fact.per, fact.investor, fact.recipient) {
        (Some(per), _, _) => format!("price per {}", per.name()),
        (None, Some(a), Some(b)) => format!("{} → {}", name(a), name(b)),
        (None, Some(a), None) => format!("paid by {}", name(a)),
        (None, None, Some(b)) => format!("paid to {}", name(b)),
        (None, None, None) => "no payer or payee stated".to_owned(),
    };
    if let Some(year) = fact.year {
        label.push_str(&format!(", {year}"));
    }
    if let Some(r) = fact.relation.and_then(|r| analysis.relations.get(r))
        && fact.per.is_none()
    {
        label.push_str(&format!(" · {}", r.kind.label()));
    }
    label
}

/// A whole amount with thousands separators: `1,000,000,000`.
pub fn thousands(value: f64) -> String {
    let digits = format!("{:.0}", value.abs());
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if value < 0.0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_labels_say_who_pays_whom_or_that_it_is_a_price() {
        use crate::model::{Document, Entity, EntityKind, Per};
        let mut a = Analysis {
            document: Document::from_text("t.txt", "Norvik pays Calder."),
            ..Analysis::default()
        };
        for name in ["Norvik", "Calder"] {
            a.entities.push(Entity {
                kind: EntityKind::Org,
                name: name.to_owned(),
                aliases: Vec::new(),
                mentions: Vec::new(),
                links: Vec::new(),
            });
        }
        let fact = |investor, recipient, per| MoneyFact {
            mention: 0,
            value: 1.0,
            currency: "USD".to_owned(),
            qualifier: None,
            year: Some(2024),
            investor,
            recipient,
            relation: None,
            repeats: Vec::new(),
            per,
        };
        let label = |f: MoneyFact| figure_label(&a, &f);
        assert_eq!(label(fact(Some(0), Some(1), None)), "Norvik → Calder, 2024");
        assert_eq!(label(fact(Some(0), None, None)), "paid by Norvik, 2024");
        assert_eq!(label(fact(None, Some(1), None)), "paid to Calder, 2024");
        assert_eq!(
            label(fact(None, None, None)),
            "no payer or payee stated, 2024"
        );
        assert_eq!(
            label(fact(None, None, Some(Per::Share))),
            "price per share, 2024"
        );
    }

    #[test]
    fn short_amounts() {
        let cases: &[(f64, &str, &str)] = &[
            (1e9, "USD", "$1B"),
            (5e11, "USD", "$500B"),
            (2.5e6, "EUR", "€2.5M"),
            (5e6, "RUB", "RUB 5M"),
            (4e4, "CHF", "CHF 40K"),
            (750.0, "USD", "$750"),
            (1.2e12, "GBP", "£1.2T"),
            (13.7e9, "USD", "$13.7B"),
            (16.6e9, "USD", "$16.6B"),
            (1.25e9, "USD", "$1.25B"),
            (2.05e6, "EUR", "€2.05M"),
            (123.4e6, "USD", "$123M"),
            (999.6e6, "USD", "$1B"),
            (40.0, "USD", "$40"),
            (0.5, "USD", "$0.5"),
            (-2.5e6, "USD", "$-2.5M"),
        ];
        for (value, cur, want) in cases {
            assert_eq!(money_short(*value, cur), *want, "{value} {cur}");
        }
    }

    #[test]
    fn log_axis_labels() {
        assert_eq!(money_axis_label(9.0, "USD", true), "$1B");
        assert_eq!(money_axis_label(11.0 + 5f64.log10(), "USD", true), "$500B");
        assert_eq!(money_axis_label(1e9, "USD", false), "$1B");
        assert_eq!(money_axis_label(-1.0, "USD", false), "");
        assert_eq!(money_axis_label(9.5, "USD", true), "$3.2B");
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(1e9), "1,000,000,000");
        assert_eq!(thousands(999.0), "999");
        assert_eq!(thousands(-1234.0), "-1,234");
    }
}
