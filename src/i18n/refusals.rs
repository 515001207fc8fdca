//! Words for what nnlab refuses to write, read or load (files that are
//! not files, a data file nnlab did not write, a lesson beyond its budget,
//! a goal no network can meet): the typed reasons' `Display` comes here,
//! so every place that shows them shows the catalogue's words.

use std::path::Path;

use crate::fsutil::FileRefusal;
use crate::lessons::GoalLimit;
use crate::tr;

/// Why a path is refused, in the current language.
pub fn file_refusal_text(r: FileRefusal) -> String {
    match r {
        FileRefusal::Folder => tr!("file-refusal-folder"),
        FileRefusal::NotAFile => tr!("file-refusal-not-a-file"),
        FileRefusal::NoReader => tr!("file-refusal-no-reader"),
        FileRefusal::DanglingLink => tr!("file-refusal-dangling-link"),
        FileRefusal::OutsideFolder => tr!("file-refusal-outside-folder"),
        // `non_exhaustive` within the crate: every variant is listed.
    }
}

/// A data file beside an export that exists and is not nnlab's.
pub fn data_file_taken_text(path: &Path) -> String {
    tr!("export-data-file-taken", path = path.display().to_string())
}

/// A lesson whose dry run would make more than `limit` points.
pub fn over_budget_text(points: u64, limit: u64) -> String {
    tr!(
        "lesson-problem-over-budget",
        points = points.to_string(),
        limit = limit.to_string()
    )
}

/// Why no network can ever meet a goal.
pub fn goal_limit_text(l: &GoalLimit) -> String {
    match *l {
        GoalLimit::Accuracy => tr!("lesson-goal-accuracy"),
        GoalLimit::Loss => tr!("lesson-goal-loss"),
        GoalLimit::Layer { layer, max } => tr!("lesson-goal-layer", layer = layer, max = max),
        GoalLimit::Neuron { neuron, max } => tr!("lesson-goal-neuron", neuron = neuron, max = max),
        GoalLimit::Input { input, max } => tr!("lesson-goal-input", input = input, max = max),
    }
}
