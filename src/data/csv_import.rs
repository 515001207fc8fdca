//! CSV import: two numeric columns become the point's coordinates, a third
//! the class label or regression target.
//!
//! Real files are messy, so the reader guesses what it is not told
//! (delimiter, header row, classes or regression) and reports every problem
//! with its line and column instead of panicking or silently skipping rows.
//! It works on bytes: a UTF-8 BOM is dropped, Windows line endings are fine
//! and cells that are not UTF-8 are read as Latin-1.

use csv::ByteRecord;

use super::csv_labels::{Labels, Step};
use super::csv_sniff::{
    decode, detect_delimiter, looks_like_header, next_record, number, prepare, reader, record_line,
};
use super::{DataError, Dataset, MAX_POINTS, Point};

/// A column chosen by header name or by position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ColumnRef {
    /// By header name (needs a header row). Matched exactly after trimming,
    /// else ignoring ASCII case.
    Name(String),
    /// By 0-based position: `Index(0)` is the first column. (Error messages
    /// count columns from 1, as editors do.)
    Index(usize),
}

impl ColumnRef {
    /// Reads a column given on the command line: text made only of ASCII
    /// digits is a **0-based** index (`"0"` is the first column), anything
    /// else a header name (surrounding spaces removed).
    pub fn parse(s: &str) -> ColumnRef {
        let s = s.trim();
        match s.parse::<usize>() {
            Ok(i) if s.bytes().all(|b| b.is_ascii_digit()) => ColumnRef::Index(i),
            _ => ColumnRef::Name(s.to_string()),
        }
    }
}

/// Classification or regression, or decide from the label column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TaskHint {
    /// Classes if any label is not a number, or if all labels are integers
    /// with at most [`MAX_CLASSES`](super::MAX_CLASSES) distinct values;
    /// otherwise regression. A label column headed `target` is always
    /// regression (that is how nnlab exports regression data).
    #[default]
    Auto,
    /// Every distinct label (trimmed text) is a class.
    Classification,
    /// The label is a real-valued target.
    Regression,
}

/// How to read a CSV file. `None` fields are guessed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvOptions {
    /// Column of x1 (default: the first).
    pub x: Option<ColumnRef>,
    /// Column of x2 (default: the second).
    pub y: Option<ColumnRef>,
    /// Label column (default: the last).
    pub label: Option<ColumnRef>,
    /// Whether the first row is a header (`None`: detect; forced when a
    /// column is chosen by name).
    pub has_header: Option<bool>,
    /// Field delimiter (`None`: detect among `,`, `;` and tab).
    pub delimiter: Option<u8>,
    /// Classes, regression, or decide.
    pub task: TaskHint,
    /// Fit and store a standardization of the inputs (points stay raw).
    pub standardize: bool,
}

/// Parses CSV bytes into a dataset named "csv".
///
/// # Errors
/// One [`DataError`] variant per problem, with 1-based line and column:
/// empty or header-only input, binary data, unknown or missing columns,
/// ragged rows, cells that are not finite numbers, empty labels, too few or
/// too many classes, too many rows.
pub fn parse_csv(bytes: &[u8], options: &CsvOptions) -> Result<Dataset, DataError> {
    parse_named(bytes, options, "csv")
}

/// [`parse_csv`] with a dataset name. An `Auto` read that meets text after
/// giving up on classes is redone as classification, which reports the
/// exact number of distinct labels.
pub(super) fn parse_named(bytes: &[u8], options: &CsvOptions, name: &str) -> Result<Dataset, DataError> {
    match parse_pass(bytes, options, options.task, name)? {
        Some(dataset) => Ok(dataset),
        None => parse_pass(bytes, options, TaskHint::Classification, name)?.ok_or(DataError::LabelsNotClasses),
    }
}

/// The header row's cells (trimmed; "column N" where missing or empty) and
/// the three columns to read, 0-based.
struct Layout {
    has_header: bool,
    headers: Vec<String>,
    x: usize,
    y: usize,
    label: usize,
}

/// Decides whether `first` is a header and where the columns are.
fn layout(first: &ByteRecord, second: Option<&ByteRecord>, options: &CsvOptions) -> Result<Layout, DataError> {
    let refs = [&options.x, &options.y, &options.label];
    let by_name = refs.iter().any(|r| matches!(r, Some(ColumnRef::Name(_))));
    let has_header = match options.has_header {
        Some(false) if by_name => {
            return Err(DataError::NamesNeedHeader);
        }
        Some(h) => h,
        None if by_name => true,
        None => {
            let index = |r: &Option<ColumnRef>, default| match r {
                Some(ColumnRef::Index(i)) => *i,
                _ => default,
            };
            looks_like_header(first, second, &[index(&options.x, 0), index(&options.y, 1)])
        }
    };
    let width = first.len();
    let headers: Vec<String> = (0..width)
        .map(|c| match first.get(c).map(<[u8]>::trim_ascii) {
            Some(cell) if has_header && !cell.is_empty() => decode(cell).into_owned(),
            _ => format!("column {}", c + 1),
        })
        .collect();
    let pick = |r: &Option<ColumnRef>, default: usize| match r {
        Some(r) => resolve(r, &headers, width),
        None => resolve(&ColumnRef::Index(default), &headers, width),
    };
    let (x, y, label) = (
        pick(&options.x, 0)?,
        pick(&options.y, 1)?,
        pick(&options.label, width.saturating_sub(1))?,
    );
    if label == x || label == y {
        return Err(DataError::LabelIsInput {
            column: label + 1,
            columns: width,
        });
    }
    Ok(Layout {
        has_header,
        headers,
        x,
        y,
        label,
    })
}

/// Finds a column in rows `width` cells wide, by position or header name.
fn resolve(r: &ColumnRef, headers: &[String], width: usize) -> Result<usize, DataError> {
    match r {
        ColumnRef::Index(i) if *i < width => Ok(*i),
        ColumnRef::Index(i) => Err(DataError::ColumnOutOfRange {
            column: i.saturating_add(1),
            columns: width,
        }),
        ColumnRef::Name(name) => {
            let name = name.trim();
            headers
                .iter()
                .position(|h| h == name)
                .or_else(|| headers.iter().position(|h| h.eq_ignore_ascii_case(name)))
                .ok_or_else(|| DataError::UnknownColumn {
                    name: name.to_string(),
                    available: headers.join(", "),
                })
        }
    }
}

/// The rows read so far.
struct Rows<'a> {
    /// The whole input, to locate lines.
    bytes: &'a [u8],
    layout: Layout,
    points: Vec<Point>,
    labels: Labels,
}

impl Rows<'_> {
    /// Reads one data record into a point and a label.
    fn take(&mut self, record: &ByteRecord) -> Result<Step, DataError> {
        let l = &self.layout;
        if self.points.len() >= MAX_POINTS {
            return Err(DataError::TooManyPoints {
                found: self.points.len() + 1,
                limit: MAX_POINTS,
            });
        }
        let line = record_line(record, self.bytes);
        let found = record.len();
        if let Some(missing) = [l.x, l.y, l.label].into_iter().filter(|&c| c >= found).min() {
            return Err(DataError::MissingField {
                line,
                column: missing + 1,
                found,
            });
        }
        let cell = |c: usize| record.get(c).unwrap_or_default();
        let x1 = number(cell(l.x), line, l.x)?;
        let x2 = number(cell(l.y), line, l.y)?;
        let step = self.labels.push(cell(l.label), line)?;
        self.points.push(Point::new(x1, x2, 0.0));
        Ok(step)
    }
}

/// One full read with task `hint`. `Ok(None)` asks for a second pass as
/// classification (see [`Step::Restart`]).
fn parse_pass(bytes: &[u8], options: &CsvOptions, hint: TaskHint, name: &str) -> Result<Option<Dataset>, DataError> {
    let bytes = prepare(bytes)?;
    let delimiter = options.delimiter.unwrap_or_else(|| detect_delimiter(bytes));
    let mut rdr = reader(bytes, delimiter);
    let (mut first, mut second) = (ByteRecord::new(), ByteRecord::new());
    if !next_record(&mut rdr, &mut first, bytes)? {
        return Err(DataError::Empty);
    }
    let has_second = next_record(&mut rdr, &mut second, bytes)?;
    let layout = layout(&first, has_second.then_some(&second), options)?;
    let has_header = layout.has_header;
    // A label column headed "target" (as nnlab exports regression data) is a
    // regression target even when its values happen to be few integers.
    let target_header = has_header
        && layout
            .headers
            .get(layout.label)
            .is_some_and(|h| h.eq_ignore_ascii_case("target"));
    let hint = if hint == TaskHint::Auto && target_header {
        TaskHint::Regression
    } else {
        hint
    };
    // One row per line bounds the row count: reserve once.
    let estimate = (bytes.iter().filter(|&&b| b == b'\n').count() + 1).min(MAX_POINTS);
    let mut rows = Rows {
        bytes,
        labels: Labels::new(hint, layout.label, estimate),
        layout,
        points: Vec::with_capacity(estimate),
    };
    let initial = [(!has_header).then_some(&first), has_second.then_some(&second)];
    for record in initial.into_iter().flatten() {
        if rows.take(record)? == Step::Restart {
            return Ok(None);
        }
    }
    let mut record = first;
    while next_record(&mut rdr, &mut record, bytes)? {
        if rows.take(&record)? == Step::Restart {
            return Ok(None);
        }
    }
    if rows.points.is_empty() {
        return Err(if has_header {
            DataError::HeaderOnly
        } else {
            DataError::Empty
        });
    }
    let (task, ys) = rows.labels.finish()?;
    let mut points = rows.points;
    for (p, y) in points.iter_mut().zip(ys) {
        p.y = y;
    }
    let axis = |c: usize| rows.layout.headers.get(c).cloned().unwrap_or_default();
    let mut dataset = Dataset {
        name: name.to_string(),
        task,
        axis_names: [axis(rows.layout.x), axis(rows.layout.y)],
        points,
        scaling: None,
        generator: None,
        gen_params: None,
    };
    dataset.validate()?;
    if options.standardize {
        dataset.standardize();
    }
    Ok(Some(dataset))
}

#[cfg(test)]
#[path = "csv_import_tests.rs"]
mod tests;
