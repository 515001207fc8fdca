//! One figure of a status line, with what it means.

/// One figure of a lab's status line, with what it means.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusItem {
    /// The figure as shown, e.g. "updates 10".
    pub text: String,
    /// What it means (hover text).
    pub tip: String,
}

impl StatusItem {
    /// A figure and its explanation.
    pub fn new(text: impl Into<String>, tip: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            tip: tip.into(),
        }
    }
}
