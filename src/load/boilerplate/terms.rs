//! A wire's terms table: the labels of a bond, note or warrant issue in
//! capitals, each with its value ("AMT $300 MLN SPREAD - 12.5 BP MATURITY
//! 21.JAN.99", "BORROWER - Lundby Ports Ltd", "TYPE straight bond ISSUE NO
//! 13 AMT 10 bln yen"). The story's own lines, whether a sentence
//! introduces them or they follow the dateline straight away: their names
//! are the borrower, managers and raters. A list of other stories
//! in capitals has no labels among its words.

/// A table row is at most this many words.
pub(super) const MAX_ROW_WORDS: usize = 14;

/// Words that make a line a contact or a sign-off, not a row of figures:
/// `assets/lang/en/clutter/contact-words.txt`, one word a line.
const CONTACT_WORDS: &str = include_str!("../../../assets/lang/en/clutter/contact-words.txt");

/// Whether `word` is one of [`CONTACT_WORDS`] (case-insensitive).
pub(super) fn is_contact_word(word: &str) -> bool {
    !word.is_empty()
        && CONTACT_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .any(|w| w.eq_ignore_ascii_case(word))
}

/// The dashes that set a label apart from its value ("LEAD MGR - Nomura").
const DASHES: [&str; 3] = ["-", "–", "—"];

/// A word in capitals of two letters or more ("AMT", "S&P", "AA+"): a
/// label of a terms table, or a code or a rating among its values.
fn is_capitals_word(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// A line of a table, not a sign-off ("-- Lundby newsroom 555 0100") nor a
/// contact line ("TELEPHONE 0123 456 7890"), of at most [`MAX_ROW_WORDS`].
fn is_table_line(t: &str, words: usize) -> bool {
    words <= MAX_ROW_WORDS
        && !t.starts_with("--")
        && !t.split(|c: char| !c.is_alphabetic()).any(is_contact_word)
}

/// A row of a wire's terms table, in capitals with a figure ("STRIKE
/// PRICE 25.00 DEM PREMIUM 10.12 PCT", "LISTING DDF FFT STG MIN EXER LOT
/// 100"): two labels or more and their values, no sign-off nor contact.
pub(super) fn is_terms_row(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    words >= 3
        && is_table_line(t, words)
        && t.bytes().any(|b| b.is_ascii_digit())
        && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !t.chars().any(char::is_lowercase)
}

/// A line of a terms table in capitals with no figure, three words or more
/// ("NOTES ISSUED OFF EMTN PROGRAMME", "LAST JCR LAST JBRI A LAST NIS"): a
/// row of the table when it stands among rows with figures.
pub(super) fn is_capitals_row(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    words >= 3
        && is_table_line(t, words)
        && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !t.chars().any(char::is_lowercase)
}

/// A row that opens with a label in capitals and gives its value: a
/// [`is_terms_row`], a label of one or two words and a dash before the
/// value ("BORROWER - Lundby Ports Ltd", "LEAD MGR - Ostra Securities"),
/// or labels in capitals between values in lower case, with a figure
/// ("TYPE straight bond ISSUE NO 13 AMT 10 bln yen").
pub(super) fn is_label_row(line: &str) -> bool {
    let t = line.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let label = words.iter().take_while(|w| is_capitals_word(w)).count();
    if words.len() < 2 || label == 0 || !is_table_line(t, words.len()) {
        return false;
    }
    let dashed = label <= 2
        && words.len() > label + 1
        && words.get(label).is_some_and(|w| DASHES.contains(w));
    let capitals = words.iter().filter(|w| is_capitals_word(w)).count();
    let figure = t.bytes().any(|b| b.is_ascii_digit());
    is_terms_row(t) || dashed || (figure && capitals >= 3)
}

#[cfg(test)]
mod tests {
    use super::{is_capitals_row, is_label_row, is_terms_row};

    #[test]
    fn rows_of_a_terms_table_are_told_from_headlines_and_sign_offs() {
        assert!(is_terms_row("LISTING DDF FFT STG MIN EXER LOT 100"));
        assert!(!is_terms_row("TELEPHONE 0123 456 7890"));
        assert!(!is_terms_row("Sales rose 4 percent"));
        for row in [
            "AMT €250 MLN SPREAD - 15 BP MATURITY 12.MÄR.33",
            "BORROWER - Lundby Hamnverk Ltd",
            "LEAD MGR - Ostra Securities Co Ltd",
            "TYPE straight bond ISSUE NO 7 AMT 20 bln kronor",
            "COUPON 3.15% ISS PRICE MATURITY 9.",
        ] {
            assert!(is_label_row(row), "{row}");
        }
        for no in [
            "Ostra Wins Tug Contract in Lund",
            "OSTRA WINS TUG CONTRACT IN LUND",
            "EU fines Ostra 2 bln crowns over tug cartel",
            "-- LUNDBY NEWSROOM +46 8 555 0100",
            "Lundby - Ostra Marine said on Tuesday",
        ] {
            assert!(!is_label_row(no), "{no}");
        }
        assert!(is_capitals_row("NOTES ISSUED OFF MTN PROGRAMME"));
        assert!(!is_capitals_row("Notes issued off the programme"));
        assert!(!is_capitals_row("ZÜRICH"));
    }
}
