//! Lessons: the built-in course walked step by step (`lessons/course.rs`),
//! lesson files good and broken (`lessons/files.rs`), progress
//! (`lessons/progress.rs`) and the `nnlab lesson` command (`lessons/cli.rs`).
//! One test binary, so the suite links once.

#![allow(clippy::unwrap_used)]

#[path = "lessons/cli.rs"]
mod cli;
#[path = "lessons/course.rs"]
mod course;
#[path = "lessons/files.rs"]
mod files;
#[path = "lessons/progress.rs"]
mod progress;
