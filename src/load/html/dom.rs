//! Small helpers on parsed pages shared by the extractor's parts.

use scraper::Selector;

pub fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// Collapses runs of whitespace to one space and trims.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
