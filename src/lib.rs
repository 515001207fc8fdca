//! # nnlab
//!
//! A native lab for the path every learner of neural networks walks:
//! McCulloch–Pitts logic neurons → the perceptron → logistic regression →
//! multilayer perceptrons trained by backpropagation.
//!
//! Module map:
//! - [`app`]: the desktop window (egui); draws snapshots, sends commands.
//! - [`labs`]: the labs' state machines (logic neurons, perceptron, logistic regression).
//! - [`lessons`]: the guided course and teachers' lesson files (TOML), checked by the engine.
//! - [`nn`]: the math (activations, layers, losses, optimizers, the perceptron
//!   rule, logic neurons). No UI, no threads.
//! - [`data`]: datasets, generators, CSV import/export, features.
//! - [`train`]: the training loop over a dataset, with history and metrics.
//! - [`export`]: a session as a Keras script or notebook, and `nnlab predict`'s answer.
//! - [`session`]: the versioned JSON session file (data + network + config + history).
//! - [`fsutil`]: the one writer (atomic, never over what it should not replace) and the bounded reader.
//! - [`i18n`]: every text in English and Korean (Fluent catalogues), the current language,
//!   and the one place that puts every typed reason of the engine into words.
//! - `names`: the one name table of each option enum (command line, files, window).
//! - [`render`]: pictures and the training animation (GIF) without a window.
//! - [`bench`](mod@bench): the standard performance workloads.

#![warn(unreachable_pub)]

pub mod app;
pub mod bench;
pub mod cli;
pub mod data;
pub mod export;
pub mod fsutil;
pub mod i18n;
pub mod labs;
pub mod lessons;
mod names;
pub mod nn;
pub mod render;
pub mod session;
pub mod train;
