//! Attribute access shared by the XML readers (TimeML and CAT).

use quick_xml::events::BytesStart;

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
