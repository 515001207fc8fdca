//! The one place where typed reasons become words, in the learner's
//! language, for the window and the command line alike.
//!
//! The engine (`nn`, `data`, `train`, `labs`, `session`, `export`,
//! `render`) reports what went wrong as values — [`crate::nn::NnError`],
//! [`crate::nn::ConfigError`], [`crate::data::DataError`],
//! [`crate::train::StopReason`], [`crate::session::SessionError`] … — each
//! variant with the numbers a learner needs and no sentence. Their
//! `Display` is written here, one catalogue message per variant, so
//! `to_string()`, `{e}` and an `anyhow` chain on the command line all read
//! in the current language. The window's own messages are [`Message`]s,
//! put into words each time they are drawn.
//!
//! - `engine.rs`: the network, the training settings, the worker, the
//!   inspector, the perceptron and the logic lab;
//! - `data.rs`: data files and datasets (and operating-system errors);
//! - `files.rs`: sessions, Keras exports, animations, fonts;
//! - `landscape.rs`: the loss landscape's refusals and fallbacks;
//! - `lessons.rs`, `lesson_run.rs`: what the lesson checker and `nnlab
//!   lesson run` say to a teacher;
//! - `message.rs`: the window's message line; `window.rs`: the stored
//!   settings it fixed, the pictures it could not save;
//! - `names.rs`: generator labels, formulas and explanations of options;
//! - `refusals.rs`: paths nnlab will not write or read.

mod data;
mod engine;
mod files;
mod landscape;
mod lesson_run;
mod lessons;
mod message;
mod names;
mod refusals;
mod window;

pub use engine::neuron_health_text;
pub use landscape::{directions_label, fallback_text};
pub use lesson_run::{action_error_text, refusal_text};
pub use lessons::{lesson_error_text, problem_text};
pub use message::Message;
pub use names::{activation_formula, feature_explanation, generator_label, loss_formula, optimizer_rule};
pub use window::{ImageFailure, SettingsFix};
