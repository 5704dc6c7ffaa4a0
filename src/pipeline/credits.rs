//! The lines that credit an article's reporters and editors, whose people
//! the tagger keeps whatever the layout says.

use crate::lang::{TagWords, lowercase};
use crate::model::{EntityKind, Mention, Provenance, Span};

use super::candidate::Candidate;

/// Lines that credit the article's reporters and editors: "(Reporting by
/// Ana Ruiz in Lima; Editing by Bo Li)", and the byline: the first "By Ana
/// Ruiz", and the lines above the body that a captured page's furniture
/// rules read as bylines or stamps ("Ana Ruiz, Markets Correspondent",
/// "Lima | 4 May 2025 | by Ana Ruiz", a signature dimmed over its stamp:
/// "— Ana Ruiz, economy desk"). Their names are the article's even
/// when the page's layout makes the line furniture; later "By …" lines are
/// teasers' bylines. Gives the credit lines and, among them, the bylines,
/// whose people alone are kept (the places of a wire credit line are the
/// article's too). A line at an offset `furniture` holds (a page's header,
/// a summary's points) does not begin the body.
pub fn credit_lines(
    words: &TagWords,
    text: &str,
    furniture: &dyn Fn(usize) -> bool,
) -> (Vec<Span>, Vec<Span>) {
    let mut out = Vec::new();
    let mut bylines = Vec::new();
    let mut byline_seen = false;
    let mut body_started = false;
    let mut start = 0;
    let metadata = front_matter_end(text);
    let signed = signatures(text, furniture);
    // An opener and its space: only this much of a line is lowered.
    let reach = words.credit_openers.iter().map(str::len).max().unwrap_or(0) + 1;
    // The first bytes of the openers: a line whose first character is
    // ASCII and, lowered, opens none is credited by none, and is not lowered.
    let mut firsts = [false; 256];
    let mut any_first = false;
    for o in words.credit_openers.iter() {
        match o.as_bytes().first() {
            Some(&b) => firsts[usize::from(b)] = true,
            None => any_first = true,
        }
    }
    for line in text.split_inclusive('\n') {
        let span = Span::new(start, start + line.len());
        start = span.end;
        let opens = line.trim_start().trim_start_matches(['(', '-', '—', '–']);
        let may_open = any_first
            || opens
                .as_bytes()
                .first()
                .is_some_and(|&b| !b.is_ascii() || firsts[usize::from(b.to_ascii_lowercase())]);
        let opener = may_open
            .then(|| {
                let opening = lowered_opening(opens, reach);
                words
                    .credit_openers
                    .iter()
                    .filter(|o| opening.strip_prefix(*o).is_some_and(|r| r.starts_with(' ')))
                    .max_by_key(|o| o.len())
            })
            .flatten();
        let Some(opener) = opener else {
            // A wire's closing credit is a byline wherever it stands (its reporter alone).
            if is_closing_credit(line) {
                out.push(span);
                bylines.push(span);
                continue;
            }
            if !body_started
                && span.start >= metadata
                && (crate::load::is_byline_or_stamp(line) || signed.contains(&span.start))
            {
                out.push(span);
                bylines.push(span);
            }
            // A sentence of 8 words or more begins the body; a standfirst over a plain byline not.
            let next = text.len() - text[span.end..].trim_start().len();
            body_started = body_started
                || (line.trim_end().ends_with(['.', '!', '?'])
                    && line.split_whitespace().nth(7).is_some()
                    && !furniture(span.start)
                    && (!signed.contains(&next) || text[next..].starts_with('[')));
            continue;
        };
        // The shortest opener is the bare "by" of a byline, which heads the
        // article: one after the body has begun is a teaser's.
        let byline = !opener.contains(' ');
        if byline && (body_started || std::mem::replace(&mut byline_seen, true)) {
            continue;
        }
        out.push(span);
        if byline {
            bylines.push(span);
        }
    }
    (out, bylines)
}

/// A wire's closing credit line: a dash, then a capitalised word, and a
/// telephone number somewhere after it ("-- Ana Ruiz, Lima newsroom +51 1
/// 221 4000", "-- Lima newsroom +51 1 221 4000"). The tagger, trained on
/// such wire copy, tells the reporter from the desk; the line only says
/// the reporter is the article's.
fn is_closing_credit(line: &str) -> bool {
    let line = line.trim();
    let after = if let Some(rest) = line.strip_prefix("--") {
        rest
    } else if let Some(rest) = line.strip_prefix(['—', '–']) {
        rest
    } else {
        return false;
    };
    let after = after.trim_start_matches('-');
    after.starts_with(char::is_whitespace)
        && after.trim_start().starts_with(char::is_uppercase)
        && after.bytes().filter(u8::is_ascii_digit).count() >= MIN_PHONE_FIGURES
}

/// A telephone number has at least this many figures.
const MIN_PHONE_FIGURES: usize = 7;

/// Where the signatures the furniture rules dimmed next to a byline or a
/// stamp start ("— Ada Lind, economy desk" over "Geplaatst 30.11.2026 om
/// 08:15", "Filed by Ada Lind" over "First published …"), or a bare name
/// dimmed between the headline and the lead ("Ada Lind"): bylines,
/// whatever language labels them. Not the text's first
/// line, its headline or its site's name.
fn signatures(text: &str, furniture: &dyn Fn(usize) -> bool) -> Vec<usize> {
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            lines.push((at, line));
        }
        at += line.len();
    }
    let stamp = |k: usize| {
        k > 0
            && lines.get(k).is_some_and(|&(_, l)| {
                crate::load::is_byline_or_stamp(l) && !crate::load::is_signature(l)
            })
    };
    (1..lines.len())
        .filter(|&k| {
            let (start, line) = lines[k];
            // Most lines are no furniture: asked first, before the
            // signature rules read the line.
            if !furniture(start) {
                return false;
            }
            let signed =
                crate::load::is_signature(line) || crate::load::credited_name(line).is_some();
            // A bare name the furniture rules dimmed between a headline and
            // a lead they left: the byline.
            let bare = crate::load::is_bare_signature(line)
                && !furniture(lines[k - 1].0)
                && lines.get(k + 1).is_some_and(|&(next, _)| !furniture(next));
            signed && (stamp(k - 1) || stamp(k + 1) || bare)
        })
        .map(|k| lines[k].0)
        .collect()
}

/// Dashes that join a quoted title to the publication credited with it.
const CREDIT_DASHES: &[char] = &['—', '–', '-'];
/// Quotes that open a quoted title.
const OPENING_QUOTES: &[char] = &['"', '“', '«', '„'];
/// Quotes that close a quoted title.
const CLOSING_QUOTES: &[char] = &['"', '”', '»', '“'];

/// Makes a source credit's publication (see below) an organisation.
pub fn type_source_credits(text: &str, candidates: &mut [Candidate]) {
    for c in candidates.iter_mut() {
        if c.mention.kind.is_name() && is_source_credit(text, c.mention.span) {
            c.mention.kind = EntityKind::Org;
        }
    }
}

/// "“Orvo buys Tarn” — Velmar Courier, May 4, 2025": a source credit's
/// publication, the name right after a line's quoted title and a dash and
/// before a comma or the line's end. Such lines close a story ("Sources")
/// and are page furniture, but the publication is the article's entity.
pub fn is_source_credit(text: &str, span: Span) -> bool {
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let before = text[line_start..span.start].trim_end();
    let Some(title) = before.strip_suffix(CREDIT_DASHES) else {
        return false;
    };
    let title = title.trim();
    let after = &text[span.end..];
    title.starts_with(OPENING_QUOTES)
        && title.ends_with(CLOSING_QUOTES)
        && title.chars().count() > 2
        && (after.starts_with([',', '\n']) || after.trim().is_empty())
}

/// The end of a Markdown file's front matter (the fields between a first
/// line `---` and the next): the file's metadata, whose `author` field is
/// no byline the reader sees. 0 when the text has none.
fn front_matter_end(text: &str) -> usize {
    const FENCE: &str = "---";
    let mut at = 0;
    let mut lines = text.split_inclusive('\n');
    for line in lines.by_ref() {
        at += line.len();
        if !line.trim().is_empty() {
            if line.trim() != FENCE {
                return 0;
            }
            break;
        }
    }
    for line in lines {
        at += line.len();
        if line.trim() == FENCE {
            return at;
        }
    }
    0
}

/// The lower case of `line`'s first `reach` bytes or more: the same
/// opening as lowering the whole line (char by char, as `to_lowercase`
/// does but for a capital sigma, which reads its context: then the whole).
fn lowered_opening(line: &str, reach: usize) -> String {
    let mut out = String::with_capacity(reach + 4);
    for c in line.chars() {
        if out.len() >= reach {
            break;
        }
        if c == '\u{3a3}' {
            return lowercase(line);
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// A byline names people: the name of a labelled byline or a signature
/// ("Testo: Ada Lind", "— Ada Lind, economy desk") or after the words that
/// credit a reporter ("Filed by Ada Lind", "Von Ada Lind") is a person,
/// whether the model left it untagged or gave it another kind.
pub fn bylines_name_people(text: &str, bylines: &[Span], candidates: &mut Vec<Candidate>) {
    for line in bylines {
        let Some((name, credited)) = byline_name(line.slice(text)) else {
            continue;
        };
        let span = Span::new(line.start + name.start, line.start + name.end);
        // "By Ada Lind" is no name: its first word opens a byline; "By
        // Business Staff" names a desk.
        if crate::load::is_byline_or_stamp(span.slice(text))
            || crate::load::is_reporter_title(span.slice(text))
        {
            continue;
        }
        // After the words that credit a reporter, a name the model took
        // them into ("Von Ada Lind") or cut short is the reporter's.
        name_person(candidates, span, credited);
    }
    candidates.sort_by_key(|c| c.mention.span.start);
}

/// Where the reporter's name of a byline stands (a byte range), and
/// whether words that credit a reporter come before it. The words that
/// credit a reporter first: "Von Ada Lind" is shaped like a signature of
/// three names. Failing the whole line, the part of a bar that credits a
/// reporter ("Ledger Daily · By Ada Lind · 4 min read"); a bar's other
/// parts name the site or its section, not a person.
fn byline_name(line: &str) -> Option<(std::ops::Range<usize>, bool)> {
    if let Some(name) = crate::load::credited_name(line) {
        return Some((name, true));
    }
    if let Some(name) = crate::load::signed_name(line) {
        return Some((name, false));
    }
    let mut start = 0;
    for part in line.split(['·', '|', '•']) {
        if (start > 0 || part.len() < line.len())
            && let Some(name) = crate::load::credited_name(part)
        {
            return Some((start + name.start..start + name.end, true));
        }
        // Past the part and the separator after it.
        let rest = &line[start + part.len()..];
        start += part.len() + rest.chars().next().map_or(0, char::len_utf8);
    }
    None
}

/// Makes `span` a person among `candidates`: the model's name of another
/// kind there is retyped; otherwise, when `replace`, names overlapping it
/// give way, and the span is added where nothing overlaps it.
fn name_person(candidates: &mut Vec<Candidate>, span: Span, replace: bool) {
    if let Some(c) = candidates
        .iter_mut()
        .find(|c| c.mention.span == span && c.mention.kind.is_name())
    {
        c.mention.kind = EntityKind::Person;
        return;
    }
    if replace {
        candidates.retain(|c| !(c.mention.span.overlaps(span) && c.mention.kind.is_name()));
    }
    if candidates.iter().any(|c| c.mention.span.overlaps(span)) {
        return;
    }
    candidates.push(Candidate {
        mention: Mention::new(span, EntityKind::Person, Provenance::Rule, 0.9),
        head: None,
    });
}

/// A wire credit line names people: "Dee Park" and "Eli Ford" of
/// "(Reporting by Dee Park in Lima; Editing by Eli Ford)" are persons,
/// whether the model left them untagged, cut them short or gave them
/// another kind (the places after "in" are left to the tagger). Bylines
/// are [`bylines_name_people`]'s.
pub fn credits_name_people(
    words: &TagWords,
    text: &str,
    credits: &[Span],
    bylines: &[Span],
    candidates: &mut Vec<Candidate>,
) {
    for line in credits.iter().filter(|l| !bylines.contains(l)) {
        for span in credited_people(words, text, *line) {
            name_person(candidates, span, true);
        }
    }
    candidates.sort_by_key(|c| c.mention.span.start);
}

/// Most words of a credited person's name ("Ana de la Vega Ruiz").
const MAX_CREDITED_WORDS: usize = 5;
/// Most letters of a lower-case particle inside a credited name ("de", "van").
const MAX_CREDITED_PARTICLE: usize = 3;
/// The people a wire credit line names after its openers (see
/// [`credits_name_people`]): each clause between ";" and brackets that
/// opens with a credit opener ("editing by"), then names joined by "and",
/// "&" or commas, each two to five capitalised words (short lower-case
/// particles between them) before a place or the clause's end.
fn credited_people(words: &TagWords, text: &str, line: Span) -> Vec<Span> {
    let reach = words.credit_openers.iter().map(str::len).max().unwrap_or(0) + 1;
    let mut out = Vec::new();
    let mut at = line.start;
    for clause in line.slice(text).split_inclusive([';', '(', ')']) {
        let start = at;
        at += clause.len();
        let body = clause.trim_end_matches([';', '(', ')']);
        let lead = body.len() - body.trim_start().len();
        let opening = lowered_opening(&body[lead..], reach);
        let Some(opener) = words
            .credit_openers
            .iter()
            .filter(|o| opening.strip_prefix(*o).is_some_and(|r| r.starts_with(' ')))
            .max_by_key(|o| o.len())
        else {
            continue;
        };
        // The opener is ASCII lower case, as long as the text's opening.
        let names_at = lead + opener.len();
        if !body.is_char_boundary(names_at) {
            continue;
        }
        // Word by word: a coordinator or a comma closes a name, a word of
        // where or for whom ("in Lima") closes it and skips to the next.
        let mut name: Option<(usize, usize)> = None;
        let mut skipping = false;
        let mut flush = |name: &mut Option<(usize, usize)>| {
            if let Some((s, e)) = name.take()
                && is_credited_name(&body[s..e])
            {
                out.push(Span::new(start + s, start + e));
            }
        };
        let rest = &body[names_at..];
        for (off, w) in rest
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - rest.as_ptr() as usize, w))
        {
            let bare = w.trim_end_matches(',');
            let comma = bare.len() < w.len();
            if words.coordinators.contains(bare) {
                flush(&mut name);
                skipping = false;
                continue;
            }
            if skipping {
                skipping = !comma;
                continue;
            }
            if words.credit_name_ends.contains(bare) {
                flush(&mut name);
                skipping = true;
                continue;
            }
            let (s, e) = (names_at + off, names_at + off + bare.len());
            name = Some(name.map_or((s, e), |(first, _)| (first, e)));
            if comma {
                flush(&mut name);
            }
        }
        flush(&mut name);
    }
    out
}

/// Two to five words, the first and last capitalised, any between them
/// capitalised or a short lower-case particle ("Ana de Vega").
fn is_credited_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capital = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    };
    let particle =
        |w: &&str| w.chars().count() <= MAX_CREDITED_PARTICLE && w.chars().all(char::is_lowercase);
    (2..=MAX_CREDITED_WORDS).contains(&words.len())
        && words.first().is_some_and(capital)
        && words.last().is_some_and(capital)
        && words.iter().all(|w| capital(w) || particle(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_lines_and_the_first_byline_are_found() {
        let lang = crate::lang::Language::english().expect("English loads");
        let text = "Ferries merge\nBy Ana Ruiz and Bo Li\nTwo ferry firms merged.\nBy Cy Moss\nThe two ferry firms merged their routes on Monday.\nBy Di Lund\n(Reporting by Dee Park in Lima; Editing by Eli Ford)\n";
        let (credits, bylines) = credit_lines(&lang.tag, text, &|_| false);
        assert_eq!(bylines.first(), credits.first());
        let lines: Vec<&str> = credits.iter().map(|s| s.slice(text).trim_end()).collect();
        assert_eq!(
            lines,
            vec![
                "By Ana Ruiz and Bo Li",
                "(Reporting by Dee Park in Lima; Editing by Eli Ford)"
            ]
        );
    }

    #[test]
    fn a_dimmed_bare_name_between_headline_and_lead_is_the_byline() {
        let lang = crate::lang::Language::english().expect("English loads");
        let text = "Home | Ferries\nFerries merge their routes\nAna Ruiz-Lund\nThe two ferry firms merged their routes on Monday, they said.\n";
        let name = text.find("Ana").expect("the name");
        let menu_or_name = |at: usize| at == 0 || at == name;
        let (_, bylines) = credit_lines(&lang.tag, text, &menu_or_name);
        let lines: Vec<&str> = bylines.iter().map(|s| s.slice(text).trim_end()).collect();
        assert_eq!(lines, ["Ana Ruiz-Lund"]);
        // Over a reporter's title (an author card), no byline.
        let text = "Home | Ferries\nFerries merge their routes\nAna Ruiz-Lund\nShipping Correspondent\nThe two ferry firms merged their routes on Monday, they said.\n";
        let name = text.find("Ana").expect("the name");
        let title = text.find("Shipping").expect("the title");
        let card = |at: usize| at == 0 || at == name || at == title;
        let (_, bylines) = credit_lines(&lang.tag, text, &card);
        assert!(bylines.is_empty(), "{bylines:?}");
    }

    #[test]
    fn the_reporter_of_a_bar_is_the_part_that_credits_one() {
        let name = |line: &'static str| byline_name(line).map(|(r, _)| &line[r]);
        assert_eq!(
            name("Ledger Daily · By Ada Lind · 4 min read"),
            Some("Ada Lind")
        );
        assert_eq!(name("Lund | 9 May 2025 | by Bo Sand"), Some("Bo Sand"));
        // The site's name before it is no person, and a bar without a
        // credit names none.
        assert_eq!(name("Ledger Daily · Business · 4 min read"), None);
    }

    #[test]
    fn a_wire_closing_credit_with_a_telephone_is_a_byline() {
        let lang = crate::lang::Language::english().expect("English loads");
        let text = "KILN MAKERS MERGE.\nQUORNE 1996-08-30\nThe two kiln makers merged on Monday, they said today.\n-- Dorrin Venn-Tiri, Quorne newsroom +44 171 542 0000\n";
        let (credits, bylines) = credit_lines(&lang.tag, text, &|_| false);
        let lines: Vec<&str> = bylines.iter().map(|s| s.slice(text).trim_end()).collect();
        assert_eq!(
            lines,
            ["-- Dorrin Venn-Tiri, Quorne newsroom +44 171 542 0000"]
        );
        assert_eq!(credits, bylines);
        assert!(is_closing_credit("— Quorne newsroom (44 171) 542-0000"));
        // No telephone, or no dash: no closing credit.
        assert!(!is_closing_credit("-- Dorrin Venn-Tiri, Quorne"));
        assert!(!is_closing_credit("-- Quorne, May 4"));
        assert!(!is_closing_credit("Dorrin Venn-Tiri +44 171 542 0000"));
        assert!(!is_closing_credit("-- 44 171 542 0000"));
    }

    #[test]
    fn a_lowered_opening_is_the_start_of_the_lowered_line() {
        for line in [
            "REPORTING BY Ana Ruiz",
            "Écrit par Zoë",
            "ΣΑΣ and more",
            "by",
            "",
        ] {
            for reach in [0, 1, 3, 12, 40] {
                let whole = lowercase(line);
                let opening = lowered_opening(line, reach);
                assert!(whole.starts_with(&opening), "{line} {reach}");
                assert!(opening.len() >= reach.min(whole.len()), "{line} {reach}");
            }
        }
    }

    #[test]
    fn the_name_after_a_quoted_title_and_a_dash_is_a_source_credit() {
        let text = "Orvo bought Tarn.\nSources\n\"Orvo buys Tarn\" — Velmar Courier, May 4, \
                    2025\n“Tarn sold” – Quill Daily\nOrvo — Tarn, May 4\n";
        let span = |name: &str| {
            let at = text.find(name).expect("a name");
            Span::new(at, at + name.len())
        };
        assert!(is_source_credit(text, span("Velmar Courier")));
        assert!(is_source_credit(text, span("Quill Daily")));
        assert!(!is_source_credit(text, span("Orvo")));
        // No quoted title before the dash: no credit.
        let last = text.rfind("Tarn").expect("a name");
        assert!(!is_source_credit(text, Span::new(last, last + 4)));
    }

    #[test]
    fn a_front_matter_author_field_is_no_byline() {
        let lang = crate::lang::Language::english().expect("English loads");
        let text = "---\nauthor: Tomasz Wirth\ndate: 2025-05-04\n---\n# Ferries merge\nBy Ana Ruiz\nThe two ferry firms merged their routes on Monday.\n";
        let (_, bylines) = credit_lines(&lang.tag, text, &|_| false);
        let lines: Vec<&str> = bylines.iter().map(|s| s.slice(text).trim_end()).collect();
        assert_eq!(lines, ["By Ana Ruiz"]);
        assert_eq!(front_matter_end("Ferries merge\n---\n"), 0);
    }

    #[test]
    fn every_person_of_a_wire_credit_line_is_found() {
        let lang = crate::lang::Language::english().expect("English loads");
        let text = "Kiln makers merge\nThe two kiln makers merged on Monday, they said today.\n(Reporting by Dorrin Venn-Tiri in Quorne and Bo de Pelsk in Talvik; Editing by Harsk Arkwelle)\n";
        let (credits, bylines) = credit_lines(&lang.tag, text, &|_| false);
        let wire: Vec<Span> = credits
            .into_iter()
            .filter(|l| !bylines.contains(l))
            .collect();
        assert_eq!(wire.len(), 1);
        let names: Vec<&str> = credited_people(&lang.tag, text, wire[0])
            .iter()
            .map(|s| s.slice(text))
            .collect();
        assert_eq!(names, ["Dorrin Venn-Tiri", "Bo de Pelsk", "Harsk Arkwelle"]);
        // A desk is no person; one word is no full name.
        let text = "(Reporting by Markets Desk staff; Editing by Cardow)\n";
        let line = Span::new(0, text.len());
        assert!(credited_people(&lang.tag, text, line).is_empty());
    }

    #[test]
    fn a_wire_credit_line_names_people_whatever_the_model_typed() {
        let lang = crate::lang::Language::english().expect("English loads");
        let text = "(Reporting by Dorrin Venn-Tiri; Editing by Harsk Arkwelle)\n";
        let line = Span::new(0, text.len());
        let at = |name: &str| {
            let s = text.find(name).expect("a name");
            Span::new(s, s + name.len())
        };
        // The editor read as a company, the reporter cut short.
        let mut candidates = vec![
            Candidate {
                mention: Mention::new(at("Dorrin"), EntityKind::Person, Provenance::Model, 0.6),
                head: None,
            },
            Candidate {
                mention: Mention::new(
                    at("Harsk Arkwelle"),
                    EntityKind::Org,
                    Provenance::Model,
                    0.6,
                ),
                head: None,
            },
        ];
        credits_name_people(&lang.tag, text, &[line], &[], &mut candidates);
        let got: Vec<(&str, EntityKind)> = candidates
            .iter()
            .map(|c| (c.mention.span.slice(text), c.mention.kind))
            .collect();
        assert_eq!(
            got,
            [
                ("Dorrin Venn-Tiri", EntityKind::Person),
                ("Harsk Arkwelle", EntityKind::Person)
            ]
        );
    }
}
