//! Reading a lesson file: TOML into the lesson's types (`read`: every
//! mistake typed and placed), then the checks a reader cannot make
//! (`validate`), then a dry run of every step on a headless rig
//! (`feasible`): each set-up is applied, and each goal is judged against
//! what the step builds and locks, so a lesson that loads can be completed.
//!
//! Problems found after parsing carry a path into the document (e.g.
//! `step[2].goal.all[1]`); `place::locate` turns it into a line and column
//! with the spans of toml's own parse tree.

use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::error::{LessonError, MAX_LESSON_BYTES, Problem};
use super::feasible::dry_run;
use super::model::{Lesson, Origin};
use super::place::{line_col, locate};
use super::read::{Node, read_file};
use super::syntax::classify;
use super::validate::validate;
use crate::fsutil::{ReadLimitedError, read_limited};

/// Parses a lesson from TOML text. `origin` is where CSV files and images
/// named by the lesson are looked up.
///
/// # Errors
/// [`LessonError::At`] with the line and column of the first problem.
pub fn parse_lesson(src: &str, origin: Origin) -> Result<Lesson, LessonError> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let at = |offset: usize, problem: Problem| {
        let (line, column) = line_col(src, offset);
        LessonError::At { line, column, problem }
    };
    let tree = DeTable::parse(src).map_err(|e| {
        let (syntax, offset) = classify(src, e.message(), e.span().map_or(0, |s| s.start));
        at(offset, Problem::Syntax(syntax))
    })?;
    let root = Spanned::new(tree.span(), DeValue::Table(tree.into_inner()));
    let lesson = read_file(Node::root(&root, src), origin).map_err(|(offset, problem)| at(offset, problem))?;
    validate(&lesson)
        .and_then(|()| dry_run(&lesson))
        .map_err(|(path, problem)| {
            let (line, column) = locate(src, &path);
            LessonError::At { line, column, problem }
        })?;
    Ok(lesson)
}

/// Reads and parses the lesson file at `path` (at most
/// [`MAX_LESSON_BYTES`]; a UTF-8 byte-order mark is skipped).
///
/// # Errors
/// [`LessonError::Io`], [`LessonError::TooLarge`], or as [`parse_lesson`]
/// ([`Problem::NotUtf8`] at the first byte that is not UTF-8).
pub fn read_lesson(path: &Path) -> Result<Lesson, LessonError> {
    let bytes = read_limited(path, MAX_LESSON_BYTES).map_err(|e| match e {
        ReadLimitedError::Io(source) => LessonError::Io {
            path: path.to_path_buf(),
            source,
        },
        ReadLimitedError::TooLarge(bytes) => LessonError::TooLarge {
            bytes,
            limit: MAX_LESSON_BYTES,
        },
    })?;
    let src = std::str::from_utf8(&bytes).map_err(|e| {
        let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let (line, column) = line_col(good, good.len());
        LessonError::At {
            line,
            column,
            problem: Problem::NotUtf8,
        }
    })?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    parse_lesson(src, Origin::Dir(dir))
}
