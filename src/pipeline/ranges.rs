//! Ranges: "between $12 million and $20 million", "the planned $8 million
//! to $9 million", "prices ranging from $7.65 to $8.02" state one figure,
//! the first (GUIDE: ranges, the first figure); the second amount is no
//! figure of its own. "fell $1.20 to $35.50" and "from $55 billion to $110
//! billion" after a verb of change are two: the change and the level.
//!
//! Takes the money words, the text and the spans of an amount and the
//! figure right before it; tells whether the amount closes a range, and
//! gives the range's first figure the currency its second names ("4.4
//! billion to 4.6 billion crowns").

use crate::lang::MoneyWords;
use crate::model::{MoneyFact, Per, Span};

use super::money::Amount;

/// How many bytes before the first amount its opening word is looked for.
const OPENER_REACH: usize = 48;

/// How many words the longest qualifier has ("as much as").
const QUALIFIER_WORDS: usize = 3;

/// True when the amount at `second` closes a range the figure at `first`
/// opens: only "and" after "between …", or only "to", stands between them,
/// and for "to" the word before the first amount (past its qualifier) is
/// no verb of change, "or" of a change restated, nor "from" (unless a word
/// of ranging stands before that "from").
pub(super) fn closes_range(words: &MoneyWords, text: &str, first: Span, second: Span) -> bool {
    if first.end > second.start {
        return false;
    }
    let between = text.get(first.end..second.start).unwrap_or("").trim();
    let mut from = first.start.saturating_sub(OPENER_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // The words before the first amount, nearest first, past its
    // qualifier ("plummet from about $42 to four cents").
    let before: Vec<String> = text
        .get(from..first.start)
        .unwrap_or("")
        .split_whitespace()
        .rev()
        .take(4)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let word = |k: usize| before.get(k).map_or("", String::as_str);
    // A qualifier of several words is passed whole ("rose a further 4.10
    // guilders to 214.40": the verb opens it, a change, no range).
    let mut open = 0;
    while let Some(n) = (1..=QUALIFIER_WORDS).rev().find(|&n| {
        open + n <= before.len() && !word(open).is_empty() && {
            let phrase: Vec<&str> = (open..open + n).rev().map(word).collect();
            words.qualifiers.contains(&phrase.join(" "))
        }
    }) {
        open += n;
    }
    let open = (open < before.len()).then_some(open);
    if words.range_and.contains_lowercase(between) {
        return words.range.eq_ignore_ascii_case(word(0));
    }
    let Some(open) = open.filter(|_| words.range_to.contains_lowercase(between)) else {
        return false;
    };
    let opener = word(open);
    // "12-1 / 2p to 468p": no word opens it (a fraction's stroke); a
    // bracket does ("4.6 billion crowns ($410 million to $430 million)").
    if opener.is_empty() {
        return opens_bracket(text, from, first.start);
    }
    if words.range_change.contains(opener) {
        // "ranging from $7.65 to $8.02"
        return words.compared_with.contains(opener) && words.range_from.contains(word(open + 1));
    }
    true
}

/// Gives the figure `opened` that opens a range closed by mention `closing`
/// the currency the closing amount names, when the opening one names none,
/// and marks it named so that no figure after it changes it; and the price
/// per share or unit the closing amount is (`per`), when it is one ("$13 -
/// $15 / shr" prices a share, both ends): a price pays no one.
pub(super) fn range_currency(
    parsed: &mut [Option<(Amount<'_>, bool)>],
    opened: &mut MoneyFact,
    (closing, per): (usize, Option<Per>),
) {
    if per.is_some() && opened.relation.is_none() {
        opened.per = per;
        opened.investor = None;
        opened.recipient = None;
    }
    let Some(Some((second, true))) = parsed.get(closing) else {
        return;
    };
    let currency = second.currency;
    if let Some(Some((first, named))) = parsed.get_mut(opened.mention)
        && !*named
    {
        first.currency = currency;
        *named = true;
        currency.clone_into(&mut opened.currency);
    }
}

/// True when the amount at `start` opens a bracket: only "(" stands
/// between it and the word before it (the text from `from`).
fn opens_bracket(text: &str, from: usize, start: usize) -> bool {
    text.get(from..start)
        .unwrap_or("")
        .trim_end()
        .strip_suffix('(')
        .is_some_and(|t| t.ends_with(|c: char| c.is_alphanumeric() || c.is_whitespace()))
}

#[cfg(test)]
mod tests {
    use crate::model::{Document, Per};

    /// The amounts of `text` the figures stage keeps.
    fn figures(text: &str) -> Vec<String> {
        let doc = Document::from_text("invented.txt", text);
        let a = crate::pipeline::tests::pipeline().analyze(doc);
        a.money
            .iter()
            .map(|f| a.mention_text(f.mention).to_owned())
            .collect()
    }

    #[test]
    fn a_range_is_its_first_figure() {
        assert_eq!(
            figures("Tarnfield will contribute between $12 million and $20 million to the search."),
            vec!["$12 million"]
        );
        assert_eq!(
            figures(
                "Tarnfield repaid $21 million of debt, above the planned $8 million to $9 million."
            ),
            vec!["$21 million", "$8 million"]
        );
        assert_eq!(
            figures("Holvard sold its notes at prices ranging from $7.65 to $8.02."),
            vec!["$7.65"]
        );
        // A hyphen between two amounts; the second names what they price.
        let doc = Document::from_text(
            "invented.txt",
            "IPO FILING - Holvard Biotech Inc.\nEstimated price range $11 - $13 / shr\n",
        );
        let a = crate::pipeline::tests::pipeline().analyze(doc);
        let got: Vec<(&str, Option<Per>)> = a
            .money
            .iter()
            .map(|f| (a.mention_text(f.mention), f.per))
            .collect();
        assert_eq!(got, vec![("$11", Some(Per::Share))]);
        // A range restated in brackets in another currency.
        assert_eq!(
            figures(
                "Skarnholm expects operating profit of 4.4 billion to 4.6 billion Swedish crowns ($410 million to $430 million) for the year."
            ),
            vec!["4.4 billion", "$410 million"]
        );
    }

    #[test]
    fn a_range_with_one_scale_and_currency_is_one_figure_both_ends_scaled() {
        for (text, want, value, currency) in [
            (
                "Tarnfield will invest between 4 and 5 billion euros in the plant.",
                "4 and 5 billion euros",
                4e9,
                "EUR",
            ),
            (
                "Holvard expects to pay Between 2.5 and 3 million Swiss francs for the site.",
                "2.5 and 3 million Swiss francs",
                2.5e6,
                "CHF",
            ),
        ] {
            let doc = Document::from_text("invented.txt", text);
            let a = crate::pipeline::tests::pipeline().analyze(doc);
            let got: Vec<(&str, f64, &str)> = a
                .money
                .iter()
                .map(|f| (a.mention_text(f.mention), f.value, f.currency.as_str()))
                .collect();
            assert_eq!(got, vec![(want, value, currency)], "{text}");
        }
        // Without "between", "and" joins two things.
        assert_eq!(
            figures("Tarnfield sold 4 and 5 billion euros of bonds in May and June."),
            vec!["5 billion euros"]
        );
    }

    #[test]
    fn a_change_and_its_level_are_two_figures() {
        assert_eq!(
            figures("Holvard shares fell $1.20 to $35.50 on Monday."),
            vec!["$1.20", "$35.50"]
        );
        assert_eq!(
            figures("The Holvard Bank raised its swap line from $55 billion to $110 billion."),
            vec!["$55 billion", "$110 billion"]
        );
        // Past a qualifier; a change restated after a percentage.
        assert_eq!(
            figures("Holvard shares plummeted from about $42 to four cents."),
            vec!["$42", "four cents"]
        );
        assert_eq!(
            figures("Holvard shares climbed six percent, or 14p to 250 pence."),
            vec!["14p", "250 pence"]
        );
        assert_eq!(
            figures("Holvard added 12-1 / 2p to 468p."),
            vec!["2p", "468p"]
        );
        // Past a qualifier of two words, the verb opens a change; a
        // qualifier after a verb that changes nothing opens a range.
        assert_eq!(
            figures("Holvard rose a further 4.10 crowns to 214.40 on Friday."),
            vec!["4.10 crowns", "214.40"]
        );
        assert_eq!(
            figures("Holvard will invest a further $5 million to $8 million in the plant."),
            vec!["$5 million"]
        );
    }
}
