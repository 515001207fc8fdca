//! The parts of a [`super::Problem`]: which table, what kind of value was
//! expected and found, what is allowed, why a goal can never be met.

use crate::lessons::setting::Setting;

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
    /// A finite number, 0 or more (how far a typed answer may be off).
    ZeroOrMore,
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
    /// A layer no network has: at most [`crate::nn::MAX_HIDDEN_LAYERS`]
    /// hidden layers and the output.
    BeyondAnyNetwork {
        /// Layer asked for (from 0).
        layer: usize,
    },
    /// A layer the step's network does not have, and cannot get while the
    /// step locks its shape.
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
