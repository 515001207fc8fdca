//! What can be wrong with a lesson file, and where (line and column, both
//! from 1, columns counted in characters as editors count them). Every
//! problem is a typed reason; `i18n` puts it into a sentence in the
//! teacher's language, with a hint where one helps.

use std::path::PathBuf;

use crate::data::DataError;
use crate::nn::NnError;
use crate::nn::logic::LogicError;

mod kinds;

pub use super::syntax::Syntax;
pub use kinds::{Allowed, Expected, Found, ImageProblem, Impossible, Shape, TableKind, TableName};

/// Largest lesson file read (a lesson is a few pages of text).
pub const MAX_LESSON_BYTES: u64 = 1 << 20;

/// A lesson file that cannot be used. Its words come from the catalogues
/// (`Display` is in `i18n`).
#[derive(Debug)]
#[non_exhaustive]
pub enum LessonError {
    /// The file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// Larger than [`MAX_LESSON_BYTES`].
    TooLarge {
        /// File size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// Something wrong at a place in the file.
    At {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What is wrong there.
        problem: Problem,
    },
}

impl std::error::Error for LessonError {}

impl LessonError {
    /// Line and column, when the error has a place in the file.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            LessonError::At { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }

    /// What is wrong, when the error has a place in the file.
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            LessonError::At { problem, .. } => Some(problem),
            _ => None,
        }
    }
}

/// What is wrong at one place of a lesson file.
#[derive(Debug)]
#[non_exhaustive]
pub enum Problem {
    /// The bytes are not UTF-8 text.
    NotUtf8,
    /// The text is not valid TOML.
    Syntax(Syntax),
    /// A key the table does not have; `belongs` is the table it belongs
    /// to when TOML put it in this one because it comes after a header.
    UnknownKey {
        /// The key as written.
        key: String,
        /// The table it is in.
        table: TableName,
        /// The keys the table has.
        known: &'static [&'static str],
        /// An enclosing table that has this key.
        belongs: Option<Box<TableName>>,
    },
    /// A key the table needs is not there.
    MissingKey {
        /// The key.
        key: &'static str,
        /// The table.
        table: TableName,
    },
    /// A value of the wrong kind.
    WrongType {
        /// The key (or `key[i]` for a list element).
        key: String,
        /// What it takes.
        expected: Expected,
        /// What is there.
        found: Found,
    },
    /// A whole number was needed (0 or more, small enough).
    NotWhole {
        /// The key.
        key: String,
        /// The number as written.
        found: String,
    },
    /// A name that is not one of the names the key takes.
    UnknownName {
        /// The key.
        key: String,
        /// The name as written.
        found: String,
        /// The names it takes.
        names: Vec<&'static str>,
    },
    /// A check table with two kinds (`accuracy` and `loss` in one `{ }`).
    TwoKinds {
        /// The first kind.
        first: String,
        /// The second.
        second: String,
    },
    /// A check table with no kind, only `label` or `for_epochs`.
    NoKind,
    /// A key given twice in one table.
    DuplicateKey(String),
    /// `id` is empty or has characters other than a-z, 0-9, - and _.
    BadId(String),
    /// The lesson has no `[[step]]`.
    NoSteps,
    /// A title, text or choice has no English.
    EmptyText,
    /// `all`, `any` or `then` with nothing in it.
    EmptyCombinator,
    /// A range or count with no bound at all.
    NoBound,
    /// Bounds that no value satisfies, or that are not finite.
    EmptyRange,
    /// A truth table of the wrong length or with values other than 0 and 1.
    BadTruthTable {
        /// Rows given.
        found: usize,
    },
    /// An `answer` check in a step without a question.
    NoQuestion,
    /// `answer` on a number question, or `answer_number` on a question
    /// with choices.
    AnswerKind {
        /// The question asks for a number.
        number_question: bool,
    },
    /// A number question that also lists choices.
    NumberWithChoices,
    /// An `answer` beyond the question's choices.
    AnswerOutOfRange {
        /// The answer given.
        answer: usize,
        /// How many choices there are.
        choices: usize,
    },
    /// A question with fewer than two choices.
    TooFewChoices,
    /// `data` names no source or several (generator, gate, csv).
    DataSource {
        /// How many were given.
        found: usize,
    },
    /// A data field that does not go with the chosen source.
    FieldNotForSource {
        /// The field.
        field: &'static str,
        /// `generator`, `gate` or `csv`.
        source_kind: &'static str,
    },
    /// A number or path out of its range.
    BadValue {
        /// The field.
        field: &'static str,
        /// What is allowed.
        allowed: Allowed,
    },
    /// A file (CSV, image) named in a built-in lesson (built-in lessons
    /// ship no files).
    NoFilesForBuiltIn,
    /// The CSV file could not be read or parsed.
    Csv {
        /// The file name as written in the lesson.
        file: String,
        /// Why.
        source: DataError,
    },
    /// The step's image cannot be shown.
    Image {
        /// The file name as written in the lesson.
        file: String,
        /// Why.
        reason: ImageProblem,
    },
    /// `next` names no built-in lesson and no file `<id>.toml` beside this one.
    NextNotFound(String),
    /// A text names a window label `{ui:KEY}` the catalogues do not have.
    UnknownUiKey(String),
    /// The data could not be generated.
    Data(DataError),
    /// The network or training set-up is not valid.
    Network(NnError),
    /// The logic network is not valid.
    Logic(LogicError),
    /// A logic neuron reads a name that is neither an input nor an earlier
    /// neuron.
    UnknownLogicSource(String),
    /// The comparison lab takes two-class data only.
    NotBinary,
    /// Two keys of which a table takes one (`value` and `inspector` of an
    /// `answer_number`; `sample` of an inspector set up closed).
    EitherKey {
        /// The first key.
        first: &'static str,
        /// The second key.
        second: &'static str,
    },
    /// The inspector's set-up traces a sample the step's data does not have.
    InspectorSample {
        /// The sample asked for.
        sample: usize,
        /// Points in the data.
        points: usize,
    },
    /// An inspector set-up, or an `answer_number` the inspector shows, in a
    /// lesson whose steps up to here set up no network tab.
    InspectorWithoutNetwork,
    /// The goal can never be met, or is met before the learner acts.
    Impossible(Impossible),
    /// Setting every step up once (the dry run, within
    /// [`super::DRY_RUN_BUDGET`]) would make more points than allowed.
    OverBudget {
        /// Points counted over the steps up to the one that goes over.
        points: u64,
        /// The budget.
        limit: u64,
    },
}

impl From<DataError> for Problem {
    fn from(e: DataError) -> Self {
        Problem::Data(e)
    }
}

impl From<NnError> for Problem {
    fn from(e: NnError) -> Self {
        Problem::Network(e)
    }
}

impl From<LogicError> for Problem {
    fn from(e: LogicError) -> Self {
        Problem::Logic(e)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn errors_stay_small() {
        // Returned by every reader function: kept under clippy's 128 bytes.
        assert!(
            std::mem::size_of::<super::LessonError>() <= 128,
            "{}",
            std::mem::size_of::<super::LessonError>()
        );
    }
}
