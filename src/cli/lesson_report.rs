//! A lesson file that cannot be used, reported the one way `nnlab lesson
//! check` and `nnlab lesson run` both promise: one line on stderr, and
//! with `--json` the error's JSON on stdout.

use anyhow::anyhow;
use serde_json::json;

use crate::lessons::LessonError;

/// The error for stderr ("FILE: line L, column C: …"); with `json`, also
/// its JSON form on stdout.
pub(super) fn report(file: &str, e: &LessonError, json: bool) -> anyhow::Error {
    if json {
        let (line, column) = e.position().unzip();
        let message = e.problem().map_or_else(|| e.to_string(), crate::i18n::problem_text);
        println!(
            "{}",
            json!({ "ok": false, "file": file, "line": line, "column": column, "error": message })
        );
    }
    anyhow!("{file}: {e}")
}
