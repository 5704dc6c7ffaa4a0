//! `Status`: the message line of the status bar — what happened last, what
//! the user should notice, or what failed.

/// The message line of the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Something happened.
    Info(String),
    /// Something the user should notice.
    Notice(String),
    /// Something failed; the app kept what it had.
    Error(String),
}

impl Status {
    /// The message text.
    pub fn text(&self) -> &str {
        match self {
            Self::Info(t) | Self::Notice(t) | Self::Error(t) => t,
        }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        matches!(self, Self::Error(_))
    }
}
