//! The real window driven by label through egui_kittest (no GPU): every
//! tab, the editor, the inspector, lessons, undo, autosave, both languages,
//! laptop sizes, glyphs and tooltips. One test binary, so the suite links
//! once; each test drives its own window, and the language is per thread,
//! so tests in English and Korean run side by side.

#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod app_ui;
mod autosave;
mod course_clean_ui;
mod editor_ui;
mod errors_ko;
mod errors_ko_tools;
mod frame_time;
mod glyphs;
mod i18n_ui;
mod inspector_ui;
mod keras_window;
mod labs_ui;
mod laptop_fit_ui;
mod laptop_ui;
mod lesson_panel_ui;
mod lessons_ui;
mod network_ko_ui;
mod neuron_ui;
mod observe_ui;
mod open_session_ui;
mod reliability_import_window;
mod small_things_ui;
mod tooltips_ui;
mod undo_ui;
mod view_ui;
mod weight_space_ui;
mod workspace_ui;
