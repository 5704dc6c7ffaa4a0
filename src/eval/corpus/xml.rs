//! Event reading and attribute access shared by the XML readers (TimeML
//! and CAT).

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// The next event, or the reason the XML is malformed, with its byte offset.
pub(crate) fn next_event<'a>(reader: &mut Reader<&'a [u8]>) -> Result<Event<'a>, String> {
    reader
        .read_event()
        .map_err(|e| format!("xml error at byte {}: {e}", reader.error_position()))
}

/// The unescaped value of attribute `name`, if present.
pub(crate) fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// Every attribute, unescaped, in file order.
pub(crate) fn attrs_of(e: &BytesStart<'_>) -> Vec<(String, String)> {
    e.attributes()
        .flatten()
        .filter_map(|a| {
            let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
            a.unescape_value().ok().map(|v| (key, v.into_owned()))
        })
        .collect()
}
