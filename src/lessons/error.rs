//! What can be wrong with a lesson file, and where (line and column, both
//! from 1, columns counted in characters as editors count them).

use std::path::PathBuf;

use crate::data::DataError;
use crate::nn::NnError;
use crate::nn::logic::LogicError;

/// Largest lesson file read (a lesson is a few pages of text).
pub const MAX_LESSON_BYTES: u64 = 1 << 20;

/// A lesson file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LessonError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// Larger than [`MAX_LESSON_BYTES`].
    #[error("the file is {bytes} bytes; lesson files are at most {limit} bytes")]
    TooLarge {
        /// File size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// Something wrong at a place in the file.
    #[error("line {line}, column {column}: {problem}")]
    At {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What is wrong there.
        problem: Problem,
    },
}

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
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Problem {
    /// The bytes are not UTF-8 text.
    #[error("the file is not UTF-8 text")]
    NotUtf8,
    /// The TOML parser's complaint: bad syntax, a wrong type, an unknown
    /// or missing field, an unknown name (generator, activation, check…).
    #[error("{0}")]
    Toml(String),
    /// `id` is empty or has characters other than a-z, 0-9, - and _.
    #[error("the id \"{0}\" must be lower-case letters, digits, - or _")]
    BadId(String),
    /// The lesson has no `[[step]]`.
    #[error("the lesson has no steps (add a [[step]] table)")]
    NoSteps,
    /// A title, text or choice has no English.
    #[error("this text is empty")]
    EmptyText,
    /// `all` or `any` with nothing in it.
    #[error("`all` and `any` need at least one check")]
    EmptyCombinator,
    /// A range or count with no bound at all.
    #[error("give at least one bound (at_least, at_most, above or below)")]
    NoBound,
    /// Bounds that no value satisfies, or that are not finite.
    #[error("no value satisfies these bounds")]
    EmptyRange,
    /// A truth table of the wrong length or with values other than 0 and 1.
    #[error("a truth table has 2, 4 or 8 rows of 0 or 1 (found {found} rows)")]
    BadTruthTable {
        /// Rows given.
        found: usize,
    },
    /// An `answer` check in a step without a question.
    #[error("an `answer` check needs a [step.question]")]
    NoQuestion,
    /// An `answer` beyond the question's choices.
    #[error("answer {answer} does not exist: the question has {choices} choices (numbered from 0)")]
    AnswerOutOfRange {
        /// The answer given.
        answer: usize,
        /// How many choices there are.
        choices: usize,
    },
    /// A question with fewer than two choices.
    #[error("a question needs at least 2 choices")]
    TooFewChoices,
    /// `data` names no source or several (generator, gate, csv).
    #[error("give exactly one of generator, gate or csv (found {found})")]
    DataSource {
        /// How many were given.
        found: usize,
    },
    /// A data field that does not go with the chosen source.
    #[error("`{field}` does not apply to {source_kind} data")]
    FieldNotForSource {
        /// The field.
        field: &'static str,
        /// "generator", "gate" or "CSV".
        source_kind: &'static str,
    },
    /// A number out of its range (e.g. a learning rate ≤ 0).
    #[error("`{field}` must be {allowed}")]
    BadValue {
        /// The field.
        field: &'static str,
        /// What is allowed.
        allowed: &'static str,
    },
    /// A CSV named in a built-in lesson (built-in lessons ship no files).
    #[error("built-in lessons cannot read files")]
    NoFilesForBuiltIn,
    /// The CSV file could not be read or parsed.
    #[error("{file}: {source}")]
    Csv {
        /// The file name as written in the lesson.
        file: String,
        /// Why.
        source: DataError,
    },
    /// The data could not be generated.
    #[error(transparent)]
    Data(#[from] DataError),
    /// The network or training set-up is not valid.
    #[error(transparent)]
    Network(#[from] NnError),
    /// The logic network is not valid.
    #[error(transparent)]
    Logic(#[from] LogicError),
    /// A logic neuron reads a name that is neither an input nor an earlier
    /// neuron.
    #[error("\"{0}\" is not an input or an earlier neuron")]
    UnknownLogicSource(String),
    /// The comparison lab takes two-class data only.
    #[error("the comparison lab needs two-class data")]
    NotBinary,
    /// Setting every step up once (the dry run of [`super::DRY_RUN_BUDGET`])
    /// would make more points than the budget allows.
    #[error("{}", crate::i18n::refusals::over_budget_text(*.points, *.limit))]
    OverBudget {
        /// Points × steps up to and including the step that goes over.
        points: u64,
        /// The budget.
        limit: u64,
    },
    /// A goal that no network, data or lab state can ever meet.
    #[error("{0}")]
    GoalOutOfReach(GoalLimit),
}

/// What makes a goal unreachable: the figure it reads cannot take the
/// values it asks for, or the weight it reads cannot exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum GoalLimit {
    /// An accuracy is a fraction in [0, 1].
    Accuracy,
    /// A loss is a finite number ≥ 0.
    Loss,
    /// Layers count from 0 (the first hidden layer) to the output layer of
    /// the deepest network, `max`.
    Layer {
        /// The layer asked for.
        layer: usize,
        /// The last layer there can be.
        max: usize,
    },
    /// A layer has at most `max + 1` neurons.
    Neuron {
        /// The neuron asked for.
        neuron: usize,
        /// The last neuron there can be.
        max: usize,
    },
    /// A neuron has at most `max + 1` inputs.
    Input {
        /// The input asked for.
        input: usize,
        /// The last input there can be.
        max: usize,
    },
}

impl std::fmt::Display for GoalLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::refusals::goal_limit_text(self))
    }
}
