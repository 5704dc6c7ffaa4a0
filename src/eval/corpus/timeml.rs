//! The TimeML reader (TempEval-3): each `.tml` file's `<TEXT>` rebuilt as
//! plain text with the gold `<TIMEX3>` spans; the document creation time in
//! `<DCT>` is kept apart, as the anchor for relative dates.

use std::path::{Path, PathBuf};

use quick_xml::events::Event;

use super::xml::{attr, next_event};
use crate::eval::error::CorpusError;

/// A gold time expression: byte span into the rebuilt text, type, value.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldTimex {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// TimeML type: DATE, TIME, DURATION or SET.
    pub kind: String,
    /// TimeML value (`2013-03-22`, `P1M`, `PRESENT_REF`…).
    pub value: String,
}

/// One TimeML document: the `<TEXT>` as plain text and its gold expressions.
#[derive(Clone, Debug)]
pub struct TimeMlDoc {
    /// The file it came from.
    pub path: PathBuf,
    /// The document creation time (`<DCT>` value).
    pub dct: Option<String>,
    /// Plain text of `<TEXT>`.
    pub text: String,
    /// Gold expressions inside `<TEXT>`, in text order.
    pub timexes: Vec<GoldTimex>,
}

/// Parses a TimeML document.
pub fn parse_timeml(xml: &str, path: &Path) -> Result<TimeMlDoc, CorpusError> {
    let bad = |reason: String| CorpusError::Format {
        reason,
        path: path.to_owned(),
    };
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut doc = TimeMlDoc {
        path: path.to_owned(),
        dct: None,
        text: String::new(),
        timexes: Vec::new(),
    };
    let (mut in_text, mut in_dct) = (false, false);
    let mut open: Option<(usize, String, String)> = None;
    let mut saw_text = false;
    loop {
        let event = next_event(&mut reader).map_err(bad)?;
        match event {
            Event::Start(e) => match e.name().as_ref() {
                b"TEXT" => {
                    in_text = true;
                    saw_text = true;
                }
                b"DCT" => in_dct = true,
                b"TIMEX3" if in_dct => doc.dct = attr(&e, b"value"),
                b"TIMEX3" if in_text => {
                    open = Some((
                        doc.text.len(),
                        attr(&e, b"type").unwrap_or_default(),
                        attr(&e, b"value").unwrap_or_default(),
                    ));
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"TEXT" => in_text = false,
                b"DCT" => in_dct = false,
                b"TIMEX3" if in_text => {
                    if let Some((start, kind, value)) = open.take() {
                        doc.timexes.push(GoldTimex {
                            start,
                            end: doc.text.len(),
                            kind,
                            value,
                        });
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                let s = t.unescape().map_err(|e| bad(format!("bad text: {e}")))?;
                doc.text.push_str(&s);
            }
            Event::CData(t) if in_text => {
                let s = t.decode().map_err(|e| bad(format!("bad text: {e}")))?;
                doc.text.push_str(&s);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_text {
        return Err(bad("no <TEXT> element".to_owned()));
    }
    Ok(doc)
}

/// A small TimeML document for tests: a creation time, an event, a date
/// and a duration, with escaped and non-ASCII text.
#[cfg(test)]
pub(crate) const SAMPLE_TML: &str = r#"<?xml version="1.0" ?><TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
Zürich &amp; Genève: the bank <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> it lost €5 млн over <TIMEX3 tid="t2" type="DURATION" value="P2Y">the past two years</TIMEX3>.
</TEXT></TimeML>"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_timeml_text_and_spans() {
        let doc = parse_timeml(SAMPLE_TML, Path::new("x.tml")).expect("parses");
        assert_eq!(doc.dct.as_deref(), Some("2013-03-22"));
        assert!(doc.text.contains("Zürich & Genève: the bank said Friday"));
        let spans: Vec<(&str, &str, &str)> = doc
            .timexes
            .iter()
            .map(|t| (&doc.text[t.start..t.end], t.kind.as_str(), t.value.as_str()))
            .collect();
        assert_eq!(
            spans,
            vec![
                ("Friday", "DATE", "2013-03-22"),
                ("the past two years", "DURATION", "P2Y")
            ]
        );
    }

    #[test]
    fn malformed_xml_names_the_file() {
        let err = parse_timeml("<TimeML><TEXT>a</DCT>", Path::new("bad.tml"))
            .expect_err("mismatched tag");
        assert!(err.to_string().ends_with("bad.tml"), "{err}");
    }
}
