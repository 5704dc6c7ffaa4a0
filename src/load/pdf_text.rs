//! The text layer of one PDF page → lines → paragraphs.
//!
//! lopdf's own `extract_text` glues the lines of a text block together
//! ("Microsoft and" + "OpenAI" → "Microsoft andOpenAI", so the tagger missed
//! the second name) and drops the text of the `'` and `"` operators. Here the
//! text-positioning operators are followed so every run of text knows its
//! baseline: a new baseline is a line break, and lines are joined into
//! paragraphs — a space between lines, hyphenated words rejoined — with a
//! newline where the spacing, the font size, an indent or a short last line
//! says a paragraph ends. (A newline ends a sentence for the segmenter, so
//! keeping the layout's line breaks would cut sentences in half.)

use lopdf::Object;
use lopdf::content::Operation;

/// A TJ offset below this (thousandths of an em) is a word space, not kerning.
const TJ_SPACE: f32 = -120.0;
/// Average glyph width in ems, to guess where a run ends without font metrics.
const EM_PER_CHAR: f32 = 0.45;

/// One line of text as laid out on the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// The text shown on the line.
    pub text: String,
    /// Where the line starts (text space of the page, points).
    pub x: f32,
    /// Its baseline.
    pub y: f32,
    /// The font size it is shown at (points).
    pub size: f32,
}

/// The text state the positioning operators change.
struct State {
    /// The line matrix `[a b c d e f]`.
    line: [f32; 6],
    leading: f32,
    font: Vec<u8>,
    size: f32,
    /// True when the position changed since the last text was shown.
    moved: bool,
    /// Where the last run started and how many chars it had (same line only).
    run: (f32, usize),
}

impl State {
    fn new() -> Self {
        Self {
            line: [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
            leading: 0.0,
            font: Vec::new(),
            size: 12.0,
            moved: true,
            run: (0.0, 0),
        }
    }

    /// `Td`: moves to the start of the next line, offset from this one.
    fn translate(&mut self, tx: f32, ty: f32) {
        let [a, b, c, d, e, f] = self.line;
        self.line = [a, b, c, d, e + tx * a + ty * c, f + tx * b + ty * d];
        self.moved = true;
    }

    /// The font size in page points (the matrix may scale it).
    fn scaled_size(&self) -> f32 {
        let [_, _, c, d, _, _] = self.line;
        let scale = c.hypot(d);
        (self.size.abs() * if scale > 0.0 { scale } else { 1.0 }).max(1.0)
    }
}

fn num(o: Option<&Object>) -> f32 {
    o.and_then(|o| o.as_float().ok()).unwrap_or(0.0)
}

/// The lines of a page, in content-stream order. `decode` turns a string
/// operand shown in a font (by its resource name) into text.
pub fn page_lines(ops: &[Operation], decode: impl Fn(&[u8], &[u8]) -> Option<String>) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut st = State::new();
    for op in ops {
        let args = &op.operands;
        match op.operator.as_str() {
            "BT" => {
                st.line = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
                st.moved = true;
            }
            "Tf" => {
                if let Some(name) = args.first().and_then(|o| o.as_name().ok()) {
                    st.font = name.to_vec();
                }
                st.size = num(args.get(1));
            }
            "TL" => st.leading = num(args.first()),
            "Td" => st.translate(num(args.first()), num(args.get(1))),
            "TD" => {
                st.leading = -num(args.get(1));
                st.translate(num(args.first()), num(args.get(1)));
            }
            "Tm" => {
                let m: Vec<f32> = (0..6).map(|i| num(args.get(i))).collect();
                st.line.copy_from_slice(&m);
                st.moved = true;
            }
            "T*" => st.translate(0.0, -st.leading),
            "Tj" | "TJ" | "'" | "\"" => {
                if matches!(op.operator.as_str(), "'" | "\"") {
                    st.translate(0.0, -st.leading);
                }
                let shown = args.last().map(|o| shown_text(o, &st.font, &decode));
                if let Some(text) = shown.filter(|t| !t.is_empty()) {
                    place(&mut lines, &mut st, text);
                }
            }
            _ => {}
        }
    }
    lines.retain(|l| !l.text.trim().is_empty());
    lines
}

/// The text of a `Tj` string or a `TJ` array (large negative offsets are spaces).
fn shown_text(o: &Object, font: &[u8], decode: &impl Fn(&[u8], &[u8]) -> Option<String>) -> String {
    match o {
        Object::String(bytes, _) => decode(font, bytes).unwrap_or_default(),
        Object::Array(items) => {
            let mut out = String::new();
            for item in items {
                match item {
                    Object::String(bytes, _) => {
                        out.push_str(&decode(font, bytes).unwrap_or_default())
                    }
                    Object::Integer(_) | Object::Real(_)
                        if item.as_float().is_ok_and(|n| n < TJ_SPACE) && !out.ends_with(' ') =>
                    {
                        out.push(' ');
                    }
                    _ => {}
                }
            }
            out
        }
        _ => String::new(),
    }
}

/// Adds a run of text: to the current line when it continues it (same
/// baseline), else as a new line.
fn place(lines: &mut Vec<Line>, st: &mut State, text: String) {
    let [.., x, y] = st.line;
    let size = st.scaled_size();
    let chars = text.chars().count();
    if let Some(last) = lines.last_mut()
        && (!st.moved || (last.y - y).abs() < 0.5 * size)
    {
        if st.moved {
            // Repositioned on the same baseline: a space when there is a gap.
            let (start, n) = st.run;
            let end = start + n as f32 * EM_PER_CHAR * size;
            let gap = x - end > 0.15 * size;
            if gap
                && !last.text.ends_with(char::is_whitespace)
                && !text.starts_with(char::is_whitespace)
            {
                last.text.push(' ');
            }
            st.run = (x, chars);
        } else {
            st.run.1 += chars;
        }
        last.text.push_str(&text);
    } else {
        lines.push(Line { text, x, y, size });
        st.run = (x, chars);
    }
    st.moved = false;
}

/// Joins a page's lines into paragraphs: lines of one paragraph with a
/// space (or rejoining a hyphenated word), paragraphs with a newline.
pub fn paragraphs(lines: &[Line]) -> String {
    let mut gaps: Vec<f32> = lines
        .windows(2)
        .map(|w| w[0].y - w[1].y)
        .filter(|d| *d > 0.0)
        .collect();
    gaps.sort_by(f32::total_cmp);
    let typical = gaps.get(gaps.len() / 2).copied().unwrap_or(0.0);
    let longest = lines
        .iter()
        .map(|l| l.text.trim().chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let text = line.text.trim();
        if i == 0 {
            out.push_str(text);
            continue;
        }
        let prev = &lines[i - 1];
        if paragraph_ends(prev, line, typical, longest) {
            trim_end(&mut out);
            out.push('\n');
            out.push_str(text);
        } else {
            join_line(&mut out, text);
        }
    }
    out
}

/// True when the paragraph of `prev` ends before `next`: the next line is
/// not just below (a wider gap, or back up a column), changes size, is
/// indented, or `prev` stops well short of the longest line.
fn paragraph_ends(prev: &Line, next: &Line, typical: f32, longest: usize) -> bool {
    let drop = prev.y - next.y;
    let size = prev.size.max(next.size);
    let wider = typical > 0.0 && drop > 1.4 * typical;
    let resized = (prev.size - next.size).abs() > 0.15 * size;
    let indented = next.x > prev.x + 0.8 * size;
    let short = (prev.text.trim().chars().count() as f32) < 0.7 * longest as f32;
    drop <= 0.0 || wider || resized || indented || short
}

/// Appends the next line of a paragraph: a hyphen at the line end rejoins a
/// broken word ("acqui-" + "sition"), keeping the hyphen of a compound whose
/// first part is capitalised ("Paris-" + "based"); otherwise a space.
fn join_line(out: &mut String, next: &str) {
    trim_end(out);
    if out.ends_with('\u{ad}') {
        out.pop();
        out.push_str(next);
        return;
    }
    let continues_lower = next.chars().next().is_some_and(char::is_lowercase);
    if out.ends_with('-') && continues_lower {
        out.pop();
        // The broken word, read backwards from the hyphen.
        let word: Vec<char> = out
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect();
        match word.last() {
            Some(first) => {
                if !first.is_lowercase() {
                    out.push('-');
                }
                out.push_str(next);
                return;
            }
            None => out.push('-'),
        }
    }
    out.push(' ');
    out.push_str(next);
}

fn trim_end(out: &mut String) {
    let keep = out.trim_end_matches([' ', '\t']).len();
    out.truncate(keep);
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::content::Content;

    fn lines_of(stream: &str) -> Vec<Line> {
        let content = Content::decode(stream.as_bytes()).expect("content parses");
        page_lines(&content.operations, |_, b| {
            Some(String::from_utf8_lossy(b).into_owned())
        })
    }

    fn text_of(stream: &str) -> String {
        paragraphs(&lines_of(stream))
    }

    #[test]
    fn lines_in_one_block_are_joined_by_a_space() {
        let s = "BT /F1 12 Tf 14 TL 72 700 Td (Brightwater Labs signed with Quillon and) Tj \
                 T* (Norvale Systems on Monday to build a new harbour.) Tj ET";
        assert_eq!(
            text_of(s),
            "Brightwater Labs signed with Quillon and Norvale Systems on Monday to build a new harbour."
        );
    }

    #[test]
    fn quote_operators_and_td_move_to_new_lines() {
        let s = "BT /F1 12 Tf 14 TL 72 700 Td (Tessaly Motors paid a large sum to) Tj \
                 0 -14 Td (Ardent Freight in cash, the two firms said in) Tj \
                 (a joint statement released on Friday morning.) ' ET";
        assert_eq!(
            text_of(s),
            "Tessaly Motors paid a large sum to Ardent Freight in cash, the two firms said in a joint statement released on Friday morning."
        );
    }

    #[test]
    fn hyphenated_line_ends_are_rejoined() {
        let s = "BT /F1 12 Tf 14 TL 72 700 Td (The proposed acqui-) Tj T* (sition of the Lagos-) Tj \
                 T* (based grocer by Pellam Retail closed in June.) Tj ET";
        let lines = lines_of(s);
        let mut out = lines[0].text.clone();
        for l in &lines[1..] {
            join_line(&mut out, &l.text);
        }
        assert_eq!(
            out,
            "The proposed acquisition of the Lagos-based grocer by Pellam Retail closed in June."
        );
    }

    #[test]
    fn paragraphs_end_at_wide_gaps_sizes_indents_and_short_lines() {
        let s = "BT /F1 18 Tf 72 740 Td (Harbour deal) Tj ET \
                 BT /F1 12 Tf 14 TL 72 700 Td (Corvina Bank lent money to the port authority) Tj \
                 T* (for the new cranes, a spokesman said on Tuesday.) Tj \
                 0 -30 Td (Work starts next spring, according to the plans of) Tj \
                 T* (the authority, which runs two smaller ports.) Tj \
                 20 -14 Td (An indented line opens another paragraph here.) Tj \
                 T* (Short.) Tj T* (A last line after a short one starts anew.) Tj ET";
        assert_eq!(
            text_of(s),
            "Harbour deal\n\
             Corvina Bank lent money to the port authority for the new cranes, a spokesman said on Tuesday.\n\
             Work starts next spring, according to the plans of the authority, which runs two smaller ports.\n\
             An indented line opens another paragraph here. Short.\n\
             A last line after a short one starts anew."
        );
    }

    #[test]
    fn tj_arrays_runs_on_one_baseline_and_scaled_matrices() {
        let s = "BT /F1 1 Tf 12 0 0 12 72 700 Tm [(Kel)-20(vin)-300(Dune)] TJ ( owns) Tj \
                 12 0 0 12 300 700 Tm (ships) Tj 12 0 0 12 72 686 Tm (and ferries.) Tj ET";
        assert_eq!(text_of(s), "Kelvin Dune owns ships and ferries.");
    }

    #[test]
    fn empty_and_odd_streams_give_no_lines() {
        assert!(lines_of("").is_empty());
        assert!(lines_of("BT ET 0 0 612 792 re f").is_empty());
        assert!(lines_of("BT /F1 12 Tf ( ) Tj T* Tj ' ET").is_empty());
        assert_eq!(paragraphs(&[]), "");
    }
}
