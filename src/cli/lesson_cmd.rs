//! `nnlab lesson list`, `nnlab lesson check` and `nnlab lesson run`: the
//! course and teachers' lesson files, without a window.

use std::path::PathBuf;

use anyhow::{Result, anyhow};
use clap::{Args, Subcommand};
use serde_json::json;

use super::lesson_report::report;
use crate::i18n::Language;
use crate::lessons::{Lesson, builtin_lessons, read_lesson};
use crate::tr;

/// Options of `nnlab lesson`.
#[derive(Args, Debug)]
pub struct LessonArgs {
    #[command(subcommand)]
    command: LessonCommand,
}

/// What `nnlab lesson` does.
#[derive(Subcommand, Debug)]
enum LessonCommand {
    /// List the built-in lessons
    List {
        /// Print a JSON array of {"id", "title", "steps"} as the last line
        #[arg(long)]
        json: bool,
    },
    /// Check a lesson file (or every built-in lesson) without opening a window
    Check {
        /// The lesson file (TOML)
        #[arg(value_name = "FILE", required_unless_present = "builtin", conflicts_with = "builtin")]
        file: Option<PathBuf>,
        /// Check every built-in lesson
        #[arg(long)]
        builtin: bool,
        /// Print {"ok": true, "lessons": N, "steps": N} as the last line
        /// (or {"ok": false, "line", "column", "error"} before failing)
        #[arg(long)]
        json: bool,
    },
    /// Work through a lesson without a window, with a learner's actions
    Run {
        /// The lesson file (TOML)
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The learner's actions, a JSON list
        #[arg(long, value_name = "ACTIONS.json")]
        actions: PathBuf,
        /// Print {"ok", "steps": [{"step", "passed", "after_action"}, …]} as the last line
        #[arg(long)]
        json: bool,
    },
}

/// Runs `nnlab lesson`.
pub(super) fn run(args: LessonArgs) -> Result<()> {
    match args.command {
        LessonCommand::List { json } => list(json),
        LessonCommand::Check { file, builtin, json } => check(file, builtin, json),
        LessonCommand::Run { file, actions, json } => super::lesson_run::run(&file, &actions, json),
    }
}

/// The built-in course, or the name of the file that is broken.
fn course() -> Result<Vec<Lesson>> {
    builtin_lessons().map_err(|(name, e)| {
        anyhow!(
            "{}",
            tr!("cli-lesson-builtin-broken", name = name, error = e.to_string())
        )
    })
}

/// Prints the built-in lessons.
fn list(json: bool) -> Result<()> {
    let lessons = course()?;
    if json {
        let rows: Vec<_> = (lessons.iter())
            .map(|l| json!({ "id": l.id, "title": l.title.get(Language::En), "steps": l.steps.len() }))
            .collect();
        println!("{}", serde_json::Value::Array(rows));
    } else {
        // The JSON keeps English titles (a contract); people read theirs.
        let lang = crate::i18n::language();
        for l in &lessons {
            let steps = tr!("cli-lesson-steps", steps = l.steps.len());
            println!("{:<16} {} ({steps})", l.id, l.title.get(lang));
        }
    }
    Ok(())
}

/// Checks one file or the built-in course; an error names line and column.
fn check(file: Option<PathBuf>, builtin: bool, json: bool) -> Result<()> {
    let (lessons, steps) = match (&file, builtin) {
        (Some(path), _) => {
            let lesson = read_lesson(path).map_err(|e| report(&path.display().to_string(), &e, json))?;
            (1, lesson.steps.len())
        }
        (None, _) => {
            let all = builtin_lessons().map_err(|(name, e)| report(name, &e, json))?;
            (all.len(), all.iter().map(|l| l.steps.len()).sum())
        }
    };
    if json {
        println!("{}", json!({ "ok": true, "lessons": lessons, "steps": steps }));
    } else {
        println!("{}", tr!("cli-lesson-ok", lessons = lessons, steps = steps));
    }
    Ok(())
}
