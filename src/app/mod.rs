//! The desktop app (egui). It never does math on the model: it sends
//! commands to the training worker and draws the snapshots it gets back.

mod apply;
pub mod autosave;
mod boundary;
pub mod context;
mod controls;
mod editor;
mod export_job;
mod files;
#[cfg(not(target_arch = "wasm32"))]
mod icon;
mod import_dialog;
mod job;
mod labs;
mod landscape;
pub mod layout;
mod lesson;
mod link;
mod loss_plot;
mod menu;
mod recovery;
mod settings;
mod shared_progress;
mod shortcuts;
mod status_bar;
mod surprise;
mod undo;
#[cfg(target_arch = "wasm32")]
pub mod web;
pub mod widgets;
mod window;
mod workspace;

#[cfg(not(target_arch = "wasm32"))]
use std::path::PathBuf;

use crate::i18n::Language;

pub use boundary::{BOUNDARY_NAME, BOUNDARY_PLOT_ID, BoundaryView, MAX_DRAWN_POINTS};
pub use context::{Action, Classroom, ImageTarget, InspectorAction, LessonAction, NetworkEdit, ViewOptions};
pub use editor::NetworkEditor;
pub use labs::{
    COMPARE_PLOT_IDS, LOGIC_DIAGRAM_ID, LabPanel, Labs, NEURON_DRAWING_ID, NEURON_TRACE_ID, PERCEPTRON_PLOT_IDS,
    PLANE_PLOT_ID, Tab, WEIGHT_PLOT_ID, tab_title,
};
pub use landscape::{LANDSCAPE_PLOT_ID, LandscapeView};
pub use loss_plot::LOSS_PLOT_IDS;
pub use settings::{GRID_RESOLUTIONS, Settings};
pub use undo::{MAX_UNDO_BYTES, MAX_UNDO_STEPS};
pub use widgets::colors::{PALETTE, class_color};
pub use widgets::fonts::install_fonts;
pub use window::{NnlabApp, default_dataset};
pub use workspace::{ERROR_SECONDS, INFO_SECONDS, Notice, PanelRects};

/// Opens the window; `file` (a CSV, a session or a lesson) is opened once
/// it is up. The language is `lang` (`--lang`) if given, else the one saved
/// in the settings, else (at first launch) the system locale's; it is saved
/// with the settings.
#[cfg(not(target_arch = "wasm32"))]
pub fn run(file: Option<PathBuf>, lang: Option<Language>) -> Result<(), eframe::Error> {
    // The autosave folder is claimed before the window opens: eframe needs
    // this window's own settings file (a second window must not share one).
    let autosave = eframe::storage_dir("nnlab").map(|dir| autosave::Autosave::open(&dir, autosave::AUTOSAVE_INTERVAL));
    let mut options = native_options();
    options.persistence_path = autosave.as_ref().map(autosave::Autosave::settings_path);
    eframe::run_native(
        "nnlab",
        options,
        Box::new(move |cc| {
            let mut app = create(cc, lang, Language::from_env);
            if let Some(autosave) = autosave {
                app.set_autosave(autosave);
            }
            if let Some(path) = file {
                app.open_path(path);
            }
            Ok(Box::new(app))
        }),
    )
}

/// The app as eframe creates it, on the desktop and in a browser tab: the
/// fonts, the saved settings, and the language (`lang` if given, else the
/// saved one, else `system`'s), which is saved with the settings.
fn create(cc: &eframe::CreationContext<'_>, lang: Option<Language>, system: fn() -> Language) -> NnlabApp {
    install_fonts(&cc.egui_ctx);
    let mut app = NnlabApp::from_storage(cc.storage, &cc.egui_ctx);
    let lang = lang.or(app.settings.view.language).unwrap_or_else(system);
    app.settings.view.language = Some(lang);
    crate::i18n::set_process_language(lang);
    app
}

/// The window as the system sees it: title, app id (the Linux desktop
/// entry's name, `nnlab.desktop`, and the folder eframe stores settings in)
/// and icon.
#[cfg(not(target_arch = "wasm32"))]
fn native_options() -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("nnlab")
        .with_app_id("nnlab")
        .with_inner_size([1280.0, 820.0])
        .with_min_inner_size([720.0, 480.0]);
    if let Some(icon) = icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    eframe::NativeOptions {
        viewport,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_carries_the_app_icon_and_id() {
        let options = super::native_options();
        let icon = options.viewport.icon.expect("the window has an icon");
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(options.viewport.app_id.as_deref(), Some("nnlab"));
    }
}
