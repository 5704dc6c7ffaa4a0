//! `Selection`: what the user has selected in one document.

/// What the user has selected in one document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// The selected entity.
    pub entity: Option<usize>,
    /// The selected relation (table row, chart bar).
    pub relation: Option<usize>,
    /// The mention last clicked or scrolled to.
    pub mention: Option<usize>,
}
