//! What can be wrong with a lesson file, and where (line and column, both
//! from 1, columns counted in characters as editors count them). Every
//! problem is a typed reason; `i18n` puts it into a sentence in the
//! teacher's language, with a hint where one helps.

use std::path::PathBuf;

use super::setting::Setting;
use crate::data::DataError;
use crate::nn::NnError;
use crate::nn::logic::LogicError;

pub use super::syntax::Syntax;

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

/// A table of the file, as the teacher wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableName {
    /// Its keys from the top, dotted (`step.controls`; empty for the top).
    pub path: String,
    /// How it was opened.
    pub kind: TableKind,
}

/// How a table was opened in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableKind {
    /// The top of the file, before any `[header]`.
    Root,
    /// A `[header]` line: every key after it, up to the next header, is in it.
    Header,
    /// A `[[header]]` line (one element of an array of tables, a `[[step]]`).
    ArrayHeader,
    /// Written in place: `key = { … }` or `key.sub = …`.
    Inline,
}

/// What kind of value a key takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// Text in quotes, or a table `{ en = "…", ko = "…" }`.
    Text,
    /// Text in quotes.
    String,
    /// A number.
    Number,
    /// A whole number, 0 or more.
    WholeNumber,
    /// true or false.
    Bool,
    /// A list `[ … ]`.
    List,
    /// A table `{ … }`.
    Table,
    /// A check: a table with one kind, or "read".
    Check,
    /// A choice number or a list of them.
    Answer,
    /// A name in quotes.
    Name,
}

/// What kind of value was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// Text.
    String,
    /// A whole number.
    Integer,
    /// A number with a fraction.
    Float,
    /// true or false.
    Bool,
    /// A date or time.
    Datetime,
    /// A list.
    List,
    /// A table.
    Table,
}

/// What a number, name or path may be (for [`Problem::BadValue`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Allowed {
    /// A number above 0.
    AboveZero,
    /// At most this.
    AtMost(f64),
    /// From `.0` to `.1`.
    Between(f64, f64),
    /// One activation per hidden layer.
    OneActivationPerLayer,
    /// A file in the lesson's folder or below it (no `..`, no absolute path).
    InLessonFolder,
}

/// Why a goal can never be met (the checker refuses it).
#[derive(Clone, Debug, PartialEq)]
pub enum Impossible {
    /// An accuracy above 1: accuracies are fractions (`hint`: the
    /// fraction meant, when the number looks like a percentage).
    AccuracyAboveOne {
        /// The bound as written.
        bound: f64,
        /// bound / 100, when 1 < bound ≤ 100.
        hint: Option<f64>,
    },
    /// An accuracy below 0.
    AccuracyBelowZero,
    /// A loss below 0.
    LossBelowZero,
    /// A layer the network does not have and cannot get.
    NoSuchLayer {
        /// Layer asked for (from 0).
        layer: usize,
        /// Layers the network has (or at most can have).
        layers: usize,
    },
    /// An input (row of W) or neuron (column) the layer does not have.
    NoSuchWeight {
        /// The layer.
        layer: usize,
        /// Rows of its W.
        inputs: usize,
        /// Columns of its W.
        neurons: usize,
    },
    /// More hidden layers or neurons than any network may have.
    TooBig {
        /// What is counted.
        what: Shape,
        /// The most there can be.
        max: u64,
    },
    /// The step locks the network's shape, and it does not meet the goal.
    ShapeLocked {
        /// What is counted.
        what: Shape,
        /// What the step builds.
        now: u64,
    },
    /// A setting's bounds outside the range its control allows.
    SettingRange {
        /// The setting.
        setting: Setting,
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// The step locks the setting, at a value that does not meet the goal.
    SettingLocked(Setting),
    /// The goal needs training, but the step locks Play, Step and Step one epoch.
    NeedsTraining,
    /// `rose` by 0 or less, or within 0 epochs; `for_epochs = 0`.
    NothingToWatch,
    /// The goal already holds when the step opens: it passes by itself.
    MetAtStart,
}

/// A network size a goal counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Hidden layers.
    Layers,
    /// Hidden neurons, all layers together.
    Neurons,
}

/// What is wrong with a step's image.
#[derive(Debug)]
pub enum ImageProblem {
    /// It could not be read.
    Io(std::io::Error),
    /// Larger than the limit, in bytes.
    TooLarge(u64),
    /// Not a PNG or JPEG nnlab can decode.
    NotAnImage,
    /// Wider or taller than the limit, in pixels.
    TooManyPixels {
        /// Width.
        width: u32,
        /// Height.
        height: u32,
    },
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
        known: Vec<&'static str>,
        /// An enclosing table that has this key.
        belongs: Option<TableName>,
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
    /// `goal = "read"` inside another check: a reading step's goal is "read" alone.
    ReadAlone,
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
    /// The goal can never be met, or is met before the learner acts.
    Impossible(Impossible),
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
