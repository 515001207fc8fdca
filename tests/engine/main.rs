//! The engine, the worker and the files, without a window: backpropagation
//! against independent math, learning, the perceptron, every SIMD path,
//! sessions, hostile CSV and session files, limits, atomic saves,
//! allocation-free training steps, and the lesson files and course. One
//! test binary, so the suite links once.

#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod atomic_save;
mod backprop;
mod backprop_step;
mod course;
mod course_buttons;
mod course_words;
mod file_safety;
mod fuzz_csv;
mod fuzz_session;
mod gradients;
mod landscape;
mod learning;
mod lesson_checker;
mod lesson_files;
mod lesson_limits;
mod lesson_progress;
mod lesson_run;
mod masks;
mod no_alloc;
mod perceptron;
mod readme_images;
mod reliability_csv;
mod reliability_limits;
mod reliability_session;
mod reliability_worker;
mod replay;
mod sessions;
mod simd_paths;
mod version_space;
mod worker_inspect;
