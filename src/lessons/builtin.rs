//! The built-in course: lesson files in `assets/lessons/`, embedded in the
//! binary, in the chapter's order. A teacher copies one and changes it.

use super::error::LessonError;
use super::model::{Lesson, Origin};
use super::parse::parse_lesson;

/// Every built-in lesson file: its name in `assets/lessons/` and its text.
pub const BUILTIN_SOURCES: [(&str, &str); 9] = [
    (
        "01-logic-neurons.toml",
        include_str!("../../assets/lessons/01-logic-neurons.toml"),
    ),
    ("02-tlu.toml", include_str!("../../assets/lessons/02-tlu.toml")),
    (
        "03-perceptron-rule.toml",
        include_str!("../../assets/lessons/03-perceptron-rule.toml"),
    ),
    (
        "04-convergence.toml",
        include_str!("../../assets/lessons/04-convergence.toml"),
    ),
    (
        "05-xor-limit.toml",
        include_str!("../../assets/lessons/05-xor-limit.toml"),
    ),
    (
        "06-logistic.toml",
        include_str!("../../assets/lessons/06-logistic.toml"),
    ),
    ("07-mlp-xor.toml", include_str!("../../assets/lessons/07-mlp-xor.toml")),
    ("08-deep.toml", include_str!("../../assets/lessons/08-deep.toml")),
    (
        "09-backprop.toml",
        include_str!("../../assets/lessons/09-backprop.toml"),
    ),
];

/// The built-in course, parsed and checked, in order. An error names the
/// file (a test keeps this from ever happening in a release).
pub fn builtin_lessons() -> Result<Vec<Lesson>, (&'static str, LessonError)> {
    BUILTIN_SOURCES
        .iter()
        .map(|(name, src)| parse_lesson(src, Origin::BuiltIn).map_err(|e| (*name, e)))
        .collect()
}
