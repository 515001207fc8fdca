//! What the lesson checker says to a teacher, in the current language:
//! each [`Problem`] a plain sentence naming what is wrong and, where it
//! helps, what to write instead. Also the words of `nnlab lesson run`:
//! refused actions and broken actions files.

use std::fmt;

use super::data::io_reason;
use super::lesson_run::impossible_text;
use crate::lessons::{Allowed, Expected, Found, ImageProblem, LessonError, Problem, Syntax, TableKind, TableName};
use crate::tr;

impl fmt::Display for LessonError {
    /// The error in the current language (the window and the command line
    /// show it as it is).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&lesson_error_text(self))
    }
}

/// A lesson file's error: "line L, column C: …", or why it cannot be read.
pub fn lesson_error_text(e: &LessonError) -> String {
    match e {
        // Who shows it names the file.
        LessonError::Io { source, .. } => tr!("lesson-error-io", reason = io_reason(source)),
        LessonError::TooLarge { bytes, limit } => tr!(
            "lesson-error-too-large",
            bytes = bytes.to_string(),
            limit = limit.to_string()
        ),
        LessonError::At { line, column, problem } => tr!(
            "lesson-error-at",
            line = *line,
            column = *column,
            problem = problem_text(problem)
        ),
    }
}

/// One problem of a lesson file, as a sentence.
pub fn problem_text(p: &Problem) -> String {
    match p {
        Problem::NotUtf8 => tr!("lesson-problem-not-utf8"),
        Problem::Syntax(s) => syntax_text(s),
        Problem::UnknownKey {
            key,
            table,
            known,
            belongs,
        } => {
            let base = tr!(
                "lesson-problem-unknown-key",
                key = key.as_str(),
                table = table_text(table),
                known = known.join(", ")
            );
            match belongs {
                Some(b) => format!(
                    "{base} {}",
                    tr!(
                        "lesson-problem-key-belongs",
                        key = key.as_str(),
                        table = table_text(table),
                        belongs = table_text(b)
                    )
                ),
                None => with_guess(base, key, known),
            }
        }
        Problem::MissingKey { key, table } => {
            tr!("lesson-problem-missing-key", key = *key, table = table_text(table))
        }
        Problem::WrongType { key, expected, found } => tr!(
            "lesson-problem-wrong-type",
            key = key.as_str(),
            expected = expected_text(*expected),
            found = found_text(*found)
        ),
        Problem::NotWhole { key, found } => {
            tr!("lesson-problem-not-whole", key = key.as_str(), found = found.as_str())
        }
        Problem::UnknownName { key, found, names } => with_guess(
            tr!(
                "lesson-problem-unknown-name",
                key = key.as_str(),
                found = found.as_str(),
                names = names.join(", ")
            ),
            found,
            names,
        ),
        Problem::TwoKinds { first, second } => {
            tr!(
                "lesson-problem-two-kinds",
                first = first.as_str(),
                second = second.as_str()
            )
        }
        Problem::NoKind => tr!("lesson-problem-no-kind"),
        Problem::DuplicateKey(k) => tr!("lesson-problem-duplicate-key", key = k.as_str()),
        Problem::BadId(id) => tr!("lesson-problem-bad-id", id = id.as_str()),
        Problem::NoSteps => tr!("lesson-problem-no-steps"),
        Problem::EmptyText => tr!("lesson-problem-empty-text"),
        Problem::EmptyCombinator => tr!("lesson-problem-empty-list"),
        Problem::NoBound => tr!("lesson-problem-no-bound"),
        Problem::EmptyRange => tr!("lesson-problem-empty-range"),
        Problem::BadTruthTable { found } => tr!("lesson-problem-truth-table", found = *found),
        Problem::NoQuestion => tr!("lesson-problem-no-question"),
        Problem::AnswerKind { number_question: true } => tr!("lesson-problem-answer-on-number"),
        Problem::AnswerKind { number_question: false } => tr!("lesson-problem-number-on-choices"),
        Problem::NumberWithChoices => tr!("lesson-problem-number-with-choices"),
        Problem::AnswerOutOfRange { answer, choices } => {
            tr!("lesson-problem-answer-range", answer = *answer, choices = *choices)
        }
        Problem::TooFewChoices => tr!("lesson-problem-few-choices"),
        Problem::DataSource { found } => tr!("lesson-problem-data-source", found = *found),
        Problem::FieldNotForSource { field, source_kind } => {
            tr!("lesson-problem-field-source", field = *field, source = *source_kind)
        }
        Problem::BadValue { field, allowed } => {
            tr!(
                "lesson-problem-bad-value",
                field = *field,
                allowed = allowed_text(*allowed)
            )
        }
        Problem::NoFilesForBuiltIn => tr!("lesson-problem-builtin-files"),
        // The file is named once: "cannot access nope.csv" after "the data
        // file nope.csv" would say it twice.
        Problem::Csv {
            file,
            source: crate::data::DataError::Io { source, .. },
        } => tr!(
            "lesson-problem-csv-io",
            file = file.as_str(),
            reason = super::data::io_reason(source)
        ),
        Problem::Csv { file, source } => {
            tr!("lesson-problem-csv", file = file.as_str(), reason = source.to_string())
        }
        Problem::Image { file, reason } => {
            tr!(
                "lesson-problem-image",
                file = file.as_str(),
                reason = image_text(reason)
            )
        }
        Problem::NextNotFound(id) => tr!("lesson-problem-next", id = id.as_str()),
        Problem::UnknownUiKey(k) => tr!("lesson-problem-ui-key", key = k.as_str()),
        Problem::Data(e) => e.to_string(),
        Problem::Network(e) => tr!("lesson-problem-network", reason = e.to_string()),
        Problem::Logic(e) => e.to_string(),
        Problem::UnknownLogicSource(n) => tr!("lesson-problem-logic-source", name = n.as_str()),
        Problem::NotBinary => tr!("lesson-problem-not-binary"),
        Problem::EitherKey { first, second } => tr!("lesson-problem-either-key", first = *first, second = *second),
        Problem::InspectorSample { sample, points } => tr!(
            "lesson-problem-inspector-sample",
            sample = *sample,
            points = *points,
            last = points.saturating_sub(1)
        ),
        Problem::InspectorWithoutNetwork => tr!("lesson-problem-inspector-network"),
        Problem::Impossible(i) => impossible_text(i),
        Problem::OverBudget { points, limit } => tr!(
            "lesson-problem-over-budget",
            points = points.to_string(),
            limit = limit.to_string()
        ),
    }
}

/// A TOML syntax error.
fn syntax_text(s: &Syntax) -> String {
    match s {
        Syntax::UnclosedMultiline => tr!("lesson-syntax-multiline"),
        Syntax::UnclosedString => tr!("lesson-syntax-string"),
        Syntax::DuplicateKey(k) => tr!("lesson-syntax-duplicate", key = k.as_str()),
        Syntax::MissingEquals => tr!("lesson-syntax-equals"),
        Syntax::UnclosedBracket => tr!("lesson-syntax-bracket"),
        Syntax::UnclosedBrace => tr!("lesson-syntax-brace"),
        Syntax::MissingComma => tr!("lesson-syntax-comma"),
        Syntax::Other(expected) if expected.is_empty() => tr!("lesson-syntax-other"),
        Syntax::Other(expected) => {
            let tokens: Vec<String> = expected.iter().map(|t| format!("`{t}`")).collect();
            tr!("lesson-syntax-expected", expected = tokens.join(", "))
        }
    }
}

/// A table as the teacher wrote it: `[step.controls]`, `[[step]]`, `goal`.
pub(super) fn table_text(t: &TableName) -> String {
    match t.kind {
        TableKind::Root => tr!("lesson-table-top"),
        TableKind::Header => format!("[{}]", t.path),
        TableKind::ArrayHeader => format!("[[{}]]", t.path),
        TableKind::Inline => tr!("lesson-table-inline", path = t.path.as_str()),
    }
}

/// What kind of value a key takes.
fn expected_text(e: Expected) -> String {
    match e {
        Expected::Text => tr!("lesson-expected-text"),
        Expected::String => tr!("lesson-expected-string"),
        Expected::Number => tr!("lesson-expected-number"),
        Expected::WholeNumber => tr!("lesson-expected-whole"),
        Expected::Bool => tr!("lesson-expected-bool"),
        Expected::List => tr!("lesson-expected-list"),
        Expected::Table => tr!("lesson-expected-table"),
        Expected::Check => tr!("lesson-expected-check"),
        Expected::Answer => tr!("lesson-expected-answer"),
        Expected::Name => tr!("lesson-expected-name"),
    }
}

/// What kind of value is there.
fn found_text(f: Found) -> String {
    match f {
        Found::String => tr!("lesson-found-string"),
        Found::Integer => tr!("lesson-found-integer"),
        Found::Float => tr!("lesson-found-float"),
        Found::Bool => tr!("lesson-found-bool"),
        Found::Datetime => tr!("lesson-found-datetime"),
        Found::List => tr!("lesson-found-list"),
        Found::Table => tr!("lesson-found-table"),
    }
}

/// What a value may be.
fn allowed_text(a: Allowed) -> String {
    match a {
        Allowed::AboveZero => tr!("lesson-allowed-above-zero"),
        Allowed::ZeroOrMore => tr!("lesson-allowed-zero-or-more"),
        Allowed::AtMost(v) => tr!("lesson-allowed-at-most", max = v.to_string()),
        Allowed::Between(lo, hi) => tr!("lesson-allowed-between", min = lo.to_string(), max = hi.to_string()),
        Allowed::OneActivationPerLayer => tr!("lesson-allowed-activations"),
        Allowed::InLessonFolder => tr!("lesson-allowed-folder"),
    }
}

/// Why an image cannot be shown.
fn image_text(r: &ImageProblem) -> String {
    match r {
        ImageProblem::Io(e) => tr!("lesson-image-io", reason = super::data::io_reason(e)),
        ImageProblem::TooLarge(bytes) => tr!(
            "lesson-image-too-large",
            bytes = bytes.to_string(),
            limit = crate::lessons::MAX_IMAGE_BYTES.to_string()
        ),
        ImageProblem::NotAnImage => tr!("lesson-image-not-image"),
        ImageProblem::TooManyPixels { width, height } => tr!(
            "lesson-image-pixels",
            width = *width as usize,
            height = *height as usize,
            max = crate::lessons::MAX_IMAGE_SIDE as usize
        ),
    }
}

/// `base`, and "Did you mean …?" when one of `names` is a small typo away
/// from `found`.
fn with_guess(base: String, found: &str, names: &[&str]) -> String {
    let close = (names.iter())
        .map(|n| (edits(found, n), *n))
        .filter(|(d, _)| *d <= 2)
        .min();
    match close {
        Some((_, n)) => format!("{base} {}", tr!("lesson-problem-did-you-mean", name = n)),
        None => base,
    }
}

/// Levenshtein distance between `a` and `b`, in characters.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}
