//! The built-in course: lesson files in `assets/lessons/`, embedded in the
//! binary, in the chapter's order. A teacher copies one and changes it.

use super::error::LessonError;
use super::model::{Lesson, Origin};
use super::parse::parse_lesson;
use super::sources::BUILTIN_SOURCES;

/// The built-in course, parsed and checked, in order. An error names the
/// file (a test keeps this from ever happening in a release).
pub fn builtin_lessons() -> Result<Vec<Lesson>, (&'static str, LessonError)> {
    BUILTIN_SOURCES
        .iter()
        .map(|(name, src)| parse_lesson(src, Origin::BuiltIn).map_err(|e| (*name, e)))
        .collect()
}
