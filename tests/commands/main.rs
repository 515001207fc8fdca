//! The `nnlab` command run as a real process: the exact flags and JSON keys
//! other tools rely on, one-line errors with non-zero exits, export and
//! predict, `nnlab lesson`, and what installs it as a desktop program (the
//! console face, desktop entry, icons). One test binary, so the suite links once.

#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod cli;
mod cli_backprop;
mod cli_neuron;
mod file_safety;
mod install;
mod keras_export;
mod lesson_cmd;
mod small_items;
mod weight_space_cmd;
