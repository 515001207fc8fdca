//! `nnlab lesson run FILE --actions ACTIONS.json [--json]`: a lesson worked
//! through without a window, by a learner's actions; the last line says
//! which steps were passed, after which action.

use std::path::Path;

use anyhow::{Result, anyhow};
use serde::Serialize;

use crate::fsutil::{ReadLimitedError, read_limited};
use crate::i18n::{action_error_text, refusal_text};
use crate::lessons::{parse_actions, read_lesson, run_lesson};
use crate::tr;

/// Largest actions file read.
const MAX_ACTIONS_BYTES: u64 = 1 << 20;

/// The last line with `--json`.
#[derive(Serialize)]
struct RunLine {
    ok: bool,
    steps: Vec<StepLine>,
}

/// One step of [`RunLine`]: `after_action` from 0, `null` when not passed.
#[derive(Serialize)]
struct StepLine {
    step: usize,
    passed: bool,
    after_action: Option<usize>,
}

/// Runs the lesson at `file` with the actions at `actions`.
pub(super) fn run(file: &Path, actions: &Path, json: bool) -> Result<()> {
    let lesson = read_lesson(file).map_err(|e| super::lesson_report::report(&file.display().to_string(), &e, json))?;
    let name = actions.display().to_string();
    let fail = |error: String| {
        anyhow!(
            "{}",
            tr!("cli-lesson-run-actions-file", file = name.as_str(), error = error)
        )
    };
    let bytes = read_limited(actions, MAX_ACTIONS_BYTES).map_err(|e| match e {
        ReadLimitedError::Io(e) => fail(e.to_string()),
        ReadLimitedError::TooLarge(bytes) => fail(tr!(
            "lesson-error-too-large",
            bytes = bytes.to_string(),
            limit = MAX_ACTIONS_BYTES.to_string()
        )),
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let list = parse_actions(&text).map_err(|e| fail(action_error_text(&e)))?;
    let report = run_lesson(&lesson, &list);
    for (index, why) in &report.refused {
        eprintln!(
            "{}",
            tr!("lesson-run-refused", index = *index, reason = refusal_text(why))
        );
    }
    if json {
        // Fields in the order the contract writes them.
        let line = RunLine {
            ok: report.ok(),
            steps: (report.steps.iter())
                .map(|s| StepLine {
                    step: s.step,
                    passed: s.passed,
                    after_action: s.after_action,
                })
                .collect(),
        };
        println!("{}", serde_json::to_string(&line)?);
    } else {
        for s in &report.steps {
            let result = match s.after_action {
                Some(a) if s.passed => tr!("lesson-run-passed", action = a),
                _ => tr!("lesson-run-not-passed"),
            };
            println!("{}", tr!("lesson-run-step", step = s.step, result = result));
        }
    }
    if report.ok() {
        Ok(())
    } else {
        let passed = report.steps.iter().filter(|s| s.passed).count();
        Err(anyhow!(
            "{}",
            tr!("cli-lesson-run-failed", passed = passed, steps = report.steps.len())
        ))
    }
}
