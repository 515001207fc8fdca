//! Reading a lesson file: TOML into the lesson's types (the parser names
//! line and column of syntax and type errors), then the checks a parser
//! cannot make (validate), then a dry run of every step's set-up on a
//! headless [`Rig`], so a lesson that loads can be completed.
//!
//! Problems found after parsing carry a path into the document (e.g.
//! `step[2].goal.all[1]`); [`locate`] turns it into a line and column
//! with the spans of toml's own parse tree.

use std::path::Path;

use serde::Deserialize;
use toml::de::{DeTable, DeValue};

use super::error::{LessonError, MAX_LESSON_BYTES, Problem};
use super::model::{Lesson, Origin, Step};
use super::rig::Rig;
use super::text::Text;
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

/// The file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFile {
    id: String,
    title: Text,
    #[serde(default)]
    summary: Option<Text>,
    #[serde(default)]
    step: Vec<Step>,
}

/// Parses a lesson from TOML text. `origin` is where CSV files named by
/// the lesson are looked up.
///
/// # Errors
/// [`LessonError::At`] with the line and column of the first problem.
pub fn parse_lesson(src: &str, origin: Origin) -> Result<Lesson, LessonError> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let file: LessonFile = toml::from_str(src).map_err(|e| {
        let (line, column) = e.span().map_or((1, 1), |s| line_col(src, s.start));
        LessonError::At {
            line,
            column,
            problem: Problem::Toml(e.message().trim().to_string()),
        }
    })?;
    let lesson = Lesson {
        id: file.id,
        title: file.title,
        summary: file.summary,
        steps: file.step,
        origin,
    };
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

/// The most work a lesson's dry run may do, in points × steps: every
/// point of the network tab's data that a step's set-up generates or reads,
/// plus every sample a step pre-runs in the perceptron lab, summed over the
/// steps. About a third of a second of set-up on a laptop (a 5,000,000-point
/// set-up took 0.76 s); the built-in course needs a few thousand. Without
/// it a 1 MB file of 6,249 steps of 5,000,000 points each kept a core busy
/// for 80 minutes at 1 GB.
pub const DRY_RUN_BUDGET: u64 = 2_000_000;

/// Applies every step's set-up, in order, to one headless rig, within
/// [`DRY_RUN_BUDGET`]: generated data is counted before it is made, a
/// CSV's points once it is read (a file holds at most one over-budget read).
fn dry_run(lesson: &Lesson) -> Result<(), Located> {
    let mut rig = Rig::default();
    let mut spent: u64 = 0;
    for (i, step) in lesson.steps.iter().enumerate() {
        let setup = &step.setup;
        let at = |more: &[Seg]| [&[Seg::Key("step"), Seg::Index(i), Seg::Key("setup")], more].concat();
        let samples = setup.perceptron.map_or(0, |p| p.run_samples as u64);
        let network = setup.data.is_some() || setup.network.is_some() || setup.training.is_some();
        let planned = if network {
            planned_points(setup.data.as_ref())
        } else {
            Some(0)
        };
        let over = |points: u64| {
            let problem = Problem::OverBudget {
                points,
                limit: DRY_RUN_BUDGET,
            };
            let path = match setup.data.as_ref().filter(|d| d.points.is_some()) {
                Some(_) => at(&[Seg::Key("data"), Seg::Key("points")]),
                None => at(&[]),
            };
            (path, problem)
        };
        let before = spent.saturating_add(samples).saturating_add(planned.unwrap_or(0));
        if before > DRY_RUN_BUDGET {
            return Err(over(before));
        }
        rig.apply(setup, &lesson.origin)
            .map_err(|(part, p)| (at(&[Seg::Key(part)]), p))?;
        let made = match (network, &rig.network) {
            (true, Some(n)) => n.dataset.points.len() as u64,
            _ => 0,
        };
        spent = spent.saturating_add(samples).saturating_add(made);
        if spent > DRY_RUN_BUDGET {
            return Err(over(spent));
        }
    }
    Ok(())
}

/// Points a step's network-tab data will have, when known before it is
/// made (`None` for a CSV file): the generator's or gate's count, or the
/// default spiral's when the step names no data.
fn planned_points(data: Option<&super::setup::DataSetup>) -> Option<u64> {
    let Some(d) = data else {
        return Some(crate::data::Generator::Spiral.default_points() as u64);
    };
    if d.csv.is_some() {
        return None;
    }
    let g = d
        .gate
        .map(|g| g.generator())
        .or(d.generator)
        .unwrap_or(crate::data::Generator::Spiral);
    Some(d.points.unwrap_or_else(|| g.default_points()) as u64)
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
