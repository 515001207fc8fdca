//! Reading a lesson file: TOML into the lesson's types (`read`: every
//! mistake typed and placed), then the checks a reader cannot make
//! (`validate`), then a dry run of every step on a headless rig
//! (`feasible`): each set-up is applied, and each goal is judged against
//! what the step builds and locks, so a lesson that loads can be completed.
//!
//! Problems found after parsing carry a path into the document (e.g.
//! `step[2].goal.all[1]`); [`locate`] turns it into a line and column
//! with the spans of toml's own parse tree.

use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::error::{LessonError, MAX_LESSON_BYTES, Problem};
use super::feasible::dry_run;
use super::model::{Lesson, Origin};
use super::read::{Node, read_file};
use super::syntax::classify;
use super::validate::validate;
use crate::fsutil::{ReadLimitedError, read_limited};

/// One segment of a path into the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Seg {
    /// A key of a table.
    Key(&'static str),
    /// An element of an array (of `[[step]]` tables, of checks…).
    Index(usize),
}

/// A problem and where it is.
pub(crate) type Located = (Vec<Seg>, Problem);

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

/// Line and column (from 1; the column in characters) of byte `offset`.
pub(crate) fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &src[..offset];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// Where `path` is written in `src`: the key (or array element) at the
/// end of the path, or the deepest part of it that exists.
pub(crate) fn locate(src: &str, path: &[Seg]) -> (usize, usize) {
    let Ok(root) = DeTable::parse(src) else {
        return (1, 1);
    };
    let mut start = 0;
    let mut table: Option<&DeTable<'_>> = Some(root.get_ref());
    let mut value: Option<&DeValue<'_>> = None;
    for seg in path {
        let next = match (seg, table, value) {
            (Seg::Key(k), Some(t), _) => t.iter().find(|(key, _)| key.get_ref() == k).map(|(key, v)| {
                start = key.span().start;
                v
            }),
            (Seg::Index(i), _, Some(v)) => v.get(*i).inspect(|v| start = v.span().start),
            _ => None,
        };
        let Some(next) = next else { break };
        value = Some(next.get_ref());
        table = next.get_ref().as_table();
    }
    line_col(src, start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let src = "a = 1\nb = \"가나\" x\n";
        assert_eq!(line_col(src, 0), (1, 1));
        let x = src.find('x').unwrap();
        assert_eq!(line_col(src, x), (2, 10), "Hangul counts one column per character");
    }

    #[test]
    fn locate_finds_keys_and_array_elements() {
        let src = "id = \"x\"\n\n[[step]]\ntitle = \"a\"\n\n[[step]]\ntitle = \"b\"\ngoal = { answer = 7 }\n";
        let path = [Seg::Key("step"), Seg::Index(1), Seg::Key("goal"), Seg::Key("answer")];
        assert_eq!(locate(src, &path), (8, 10));
        let missing = [Seg::Key("step"), Seg::Index(1), Seg::Key("setup")];
        assert_eq!(
            locate(src, &missing).0,
            6,
            "the deepest part that exists: the second step"
        );
    }
}
