//! One per-article entity, as the corpus sees it.

/// One per-article entity: article index and entity index within it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Member {
    /// Index of the article in the corpus.
    pub article: usize,
    /// Index of the entity in that article's analysis.
    pub entity: usize,
}
