//! The label column of a CSV import: collects one label per row, then
//! decides between classes and a regression target and numbers the classes.
//!
//! Labels are interned: a label seen before is found by `&str` lookup (and
//! a run of equal labels by a byte comparison with the previous one), so a
//! million rows with a handful of classes allocate a handful of strings.

use std::collections::HashMap;

use super::csv_sniff::{Num, decode, number, read_number, shown};
use super::{DataError, MAX_CLASSES, Task, TaskHint};

/// Collects the labels of every row.
pub(super) struct Labels {
    /// What the caller asked for.
    hint: TaskHint,
    /// 0-based label column, for error messages.
    col: usize,
    /// Distinct label text → its id (order of first appearance).
    ids: HashMap<String, u32>,
    /// Distinct label texts by id.
    names: Vec<String>,
    /// How each distinct label reads as a number, by id.
    kinds: Vec<Num>,
    /// The previous row's trimmed label bytes and id: a cheap cache for runs.
    last: Option<(Vec<u8>, u32)>,
    /// Still interning labels. In `Auto` mode this stops once more than
    /// `MAX_CLASSES` distinct numbers were seen: the column is then a
    /// regression target unless text turns up (see [`Step::Restart`]).
    interning: bool,
    /// A label that is not a number has been seen.
    any_text: bool,
    /// First label that parsed as NaN, ±∞ or beyond ±1e15: (line, text).
    first_bad: Option<(u64, String)>,
    /// Label id of each row (while interning).
    row_ids: Vec<u32>,
    /// Numeric label of each row (NaN where it is not a finite number).
    row_values: Vec<f64>,
}

/// What to do after a row's label.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Step {
    /// Go on with the next row.
    Continue,
    /// `Auto` gave up interning because the labels looked like a regression
    /// target, then met text: read the file again as classification (which
    /// will report how many distinct labels there are).
    Restart,
}

impl Labels {
    /// A collector for label column `col` (0-based), sized for about `rows` rows.
    pub(super) fn new(hint: TaskHint, col: usize, rows: usize) -> Self {
        Self {
            hint,
            col,
            ids: HashMap::new(),
            names: Vec::new(),
            kinds: Vec::new(),
            last: None,
            interning: hint != TaskHint::Regression,
            any_text: false,
            first_bad: None,
            row_ids: Vec::with_capacity(if hint == TaskHint::Regression { 0 } else { rows }),
            row_values: Vec::with_capacity(if hint == TaskHint::Classification { 0 } else { rows }),
        }
    }

    /// Records the label `cell` of the row at 1-based `line`.
    ///
    /// # Errors
    /// For a regression target, the number errors of a numeric cell; for
    /// classes (or `Auto`), [`DataError::EmptyLabel`] for an empty cell.
    pub(super) fn push(&mut self, cell: &[u8], line: u64) -> Result<Step, DataError> {
        let cell = cell.trim_ascii();
        if self.hint == TaskHint::Regression {
            self.row_values.push(number(cell, line, self.col)?);
            return Ok(Step::Continue);
        }
        if cell.is_empty() {
            return Err(DataError::EmptyLabel {
                line,
                column: self.col + 1,
            });
        }
        let kind = if self.interning {
            let id = self.intern(cell);
            self.row_ids.push(id);
            self.kinds.get(id as usize).copied().unwrap_or(Num::NotANumber)
        } else {
            read_number(cell)
        };
        match kind {
            Num::NotANumber if !self.interning => return Ok(Step::Restart),
            Num::NotANumber => self.any_text = true,
            Num::NotFinite if self.first_bad.is_none() => self.first_bad = Some((line, shown(cell))),
            _ => {}
        }
        if self.hint == TaskHint::Auto {
            self.row_values.push(if let Num::Ok(v) = kind { v } else { f64::NAN });
            if self.interning && !self.any_text && self.names.len() > MAX_CLASSES {
                // Too many distinct numbers for classes: a regression target
                // unless text shows up, so stop paying for the map.
                self.interning = false;
                self.ids = HashMap::new();
                self.row_ids = Vec::new();
                self.last = None;
            }
        }
        Ok(Step::Continue)
    }

    /// The id of label `cell`, adding it if new.
    fn intern(&mut self, cell: &[u8]) -> u32 {
        if let Some((bytes, id)) = &self.last
            && bytes.as_slice() == cell
        {
            return *id;
        }
        let text = decode(cell);
        let id = match self.ids.get(text.as_ref()) {
            Some(&id) => id,
            None => {
                let id = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
                let kind = read_number(cell);
                self.ids.insert(text.clone().into_owned(), id);
                self.names.push(text.into_owned());
                self.kinds.push(kind);
                id
            }
        };
        let mut bytes = self.last.take().map(|(b, _)| b).unwrap_or_default();
        bytes.clear();
        bytes.extend_from_slice(cell);
        self.last = Some((bytes, id));
        id
    }

    /// Decides the task and returns it with each row's `y` (class index or target).
    ///
    /// `Auto` picks classification if any label is not a number, or if all
    /// are integers with at most [`MAX_CLASSES`] distinct values; otherwise
    /// regression.
    ///
    /// # Errors
    /// [`DataError::NotFinite`] for a NaN/∞/huge regression target,
    /// [`DataError::TooFewClasses`] / [`DataError::TooManyClasses`].
    pub(super) fn finish(self) -> Result<(Task, Vec<f64>), DataError> {
        let integers = self.interning && self.kinds.iter().all(|k| matches!(k, Num::Ok(v) if v.fract() == 0.0));
        let regression = match self.hint {
            TaskHint::Regression => true,
            TaskHint::Classification => false,
            TaskHint::Auto => !self.any_text && !integers,
        };
        if regression {
            if let (TaskHint::Auto, Some((line, value))) = (self.hint, self.first_bad) {
                return Err(DataError::NotFinite {
                    line,
                    column: self.col + 1,
                    value,
                });
            }
            return Ok((Task::Regression, self.row_values));
        }
        let found = self.names.len();
        if found < 2 {
            return Err(DataError::TooFewClasses { found });
        }
        if found > MAX_CLASSES {
            return Err(DataError::TooManyClasses {
                found,
                limit: MAX_CLASSES,
            });
        }
        let (class_names, class_of) = if integers {
            numeric_order(&self.names, &self.kinds)
        } else {
            (self.names, (0..found).collect())
        };
        if class_names.len() < 2 {
            return Err(DataError::TooFewClasses {
                found: class_names.len(),
            });
        }
        let ys = self
            .row_ids
            .iter()
            .map(|&id| class_of.get(id as usize).map_or(0.0, |&k| k as f64))
            .collect();
        Ok((Task::Classification { class_names }, ys))
    }
}

/// Classes of integer labels ordered by value, so "-1" comes before "1"
/// and "2" before "10". Labels of equal value written differently ("1",
/// "1.0") are one class, named as first written. Returns the class names
/// and the class of each label id.
fn numeric_order(names: &[String], kinds: &[Num]) -> (Vec<String>, Vec<usize>) {
    // −0 + 0 = +0, so "-0" and "0" compare (and group) as one value.
    let value = |id: usize| {
        if let Some(Num::Ok(v)) = kinds.get(id) {
            *v + 0.0
        } else {
            0.0
        }
    };
    let mut order: Vec<usize> = (0..names.len()).collect();
    // A stable sort keeps first appearance first among equal values.
    order.sort_by(|&a, &b| value(a).total_cmp(&value(b)));
    let mut class_names: Vec<String> = Vec::new();
    let mut class_of = vec![0; names.len()];
    let mut previous: Option<f64> = None;
    for id in order {
        if previous != Some(value(id)) {
            class_names.push(names[id].clone());
            previous = Some(value(id));
        }
        class_of[id] = class_names.len() - 1;
    }
    (class_names, class_of)
}

#[cfg(test)]
#[path = "csv_labels_tests.rs"]
mod tests;
