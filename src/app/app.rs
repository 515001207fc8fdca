//! The application: owns the user's data and settings, talks to the training
//! worker, lays out the panels and applies the actions they return.

use std::sync::Arc;
use std::time::Instant;

use egui::Ui;

use super::actions::Action;
use super::boundary::BoundaryView;
use super::editor::NetworkEditor;
use super::files::Files;
use super::labs::{self, Labs, Tab};
use super::link::WorkerLink;
use super::loss_plot::LossView;
use super::settings::{DATASET_KEY, MAX_STORED_POINTS, SETTINGS_KEY, Settings};
use super::undo_order::UndoOrder;
use super::{controls, menu, shortcuts, status_bar};
use crate::data::{Dataset, EditHistory, generate};
use crate::train::{Snapshot, split_dataset};

mod apply;

/// A message shown under the menu bar until dismissed or replaced.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The text.
    pub text: String,
    /// Red (an error) or neutral.
    pub is_error: bool,
}

/// The nnlab window.
pub struct NnlabApp {
    /// Persistent settings.
    pub settings: Settings,
    /// The user's data (the worker trains on a copy).
    pub dataset: Dataset,
    pub(super) history: EditHistory,
    pub(super) link: WorkerLink,
    pub(super) boundary: BoundaryView,
    pub(super) loss: LossView,
    pub(super) files: Files,
    /// The network editor panel.
    pub editor: NetworkEditor,
    /// The message line.
    pub notice: Option<Notice>,
    /// Milliseconds of CPU the last frames took (smoothed).
    pub frame_ms: f32,
    /// Autosave and crash recovery (off unless enabled).
    pub(super) autosave: Option<super::autosave::Autosave>,
    /// The lab tabs' state.
    pub labs: Labs,
    /// Which of the data and editor edits came last (for Ctrl+Z).
    undo_order: UndoOrder,
}

impl NnlabApp {
    /// An app on `dataset` with `settings`; `wake` is how the worker asks
    /// for a repaint.
    pub fn new(mut settings: Settings, dataset: Dataset, wake: Arc<dyn Fn() + Send + Sync>) -> Self {
        let fixed = settings.sanitize();
        let link = WorkerLink::start(&dataset, &settings, wake);
        let mut app = Self {
            boundary: BoundaryView::default(),
            loss: LossView::default(),
            files: Files::default(),
            editor: NetworkEditor::default(),
            history: EditHistory::default(),
            notice: None,
            frame_ms: 0.0,
            autosave: None,
            labs: Labs::default(),
            undo_order: UndoOrder::default(),
            settings,
            dataset,
            link,
        };
        let problems: Vec<String> = fixed.into_iter().chain(app.link.error.take()).collect();
        if !problems.is_empty() {
            app.error(problems.join("; "));
        }
        app
    }

    /// The app as eframe creates it: settings and data from the last
    /// session if stored, otherwise the default spiral.
    pub fn from_storage(storage: Option<&dyn eframe::Storage>, ctx: &egui::Context) -> Self {
        let settings: Settings = storage
            .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
            .unwrap_or_default();
        let stored: Option<Dataset> = storage.and_then(|s| eframe::get_value(s, DATASET_KEY));
        let dataset = stored
            .filter(|d| d.validate().is_ok())
            .unwrap_or_else(|| default_dataset(&settings));
        let ctx = ctx.clone();
        Self::new(settings, dataset, Arc::new(move || ctx.request_repaint()))
    }

    /// The most recent snapshot from the worker.
    pub fn snapshot(&self) -> Option<&Snapshot> {
        self.link.snapshot.as_ref()
    }

    /// Whether training was asked to run (and has not stopped by itself).
    pub fn is_running(&self) -> bool {
        self.link.running
    }

    /// Opens a CSV (through the import window) or a session file.
    pub fn open_path(&mut self, path: std::path::PathBuf) {
        self.files.open_path(path);
    }

    /// Uses typed-path prompts instead of native file dialogs.
    pub fn use_path_prompts(&mut self) {
        self.files.use_path_prompts();
    }

    /// Where plane point `x` was drawn in the boundary view last frame.
    pub fn boundary_screen_pos(&self, x: [f64; 2]) -> Option<egui::Pos2> {
        self.boundary.screen_pos(x)
    }

    /// Whether the CSV import window is open.
    pub fn import_dialog_open(&self) -> bool {
        self.files.import.is_some()
    }

    /// Whether there are data edits to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Shows an error message.
    pub fn error(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            is_error: true,
        });
    }

    /// Shows an information message.
    pub fn info(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            is_error: false,
        });
    }

    /// Draws one frame and applies what the user did.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let started = Instant::now();
        if let Some(message) = self.link.poll(&self.dataset, &self.settings) {
            self.error(message);
        }
        let mut actions = self.files.poll(ui.ctx());
        actions.extend(shortcuts::shortcuts(ui.ctx(), self.settings.tab));
        actions.extend(menu::menu_bar_ui(ui, self));
        status_bar::status_bar_ui(ui, self);
        labs::tab_bar_ui(ui, &mut self.settings.tab);
        match self.settings.tab {
            Tab::Network => actions.extend(self.network_ui(ui)),
            tab => actions.extend(labs::lab_ui(ui, &mut self.labs, tab, &mut self.settings.show_notes)),
        }
        actions.extend(self.files.dialogs_ui(ui.ctx()));
        for action in actions {
            self.apply(action, ui.ctx());
        }
        if let Some(spec) = self.boundary.wanted_grid(self.settings.grid_resolution) {
            self.link.set_grid(spec);
        }
        self.link.sync_config(&self.settings.config);
        self.autosave_ui(ui.ctx());
        let ms = started.elapsed().as_secs_f32() * 1000.0;
        self.frame_ms = if self.frame_ms == 0.0 {
            ms
        } else {
            0.9 * self.frame_ms + 0.1 * ms
        };
    }

    /// The network view: controls, loss plot and decision boundary.
    fn network_ui(&mut self, ui: &mut Ui) -> Vec<Action> {
        let mut actions = Vec::new();
        actions.extend(controls::controls_panel_ui(ui, self));
        egui::Panel::bottom("loss")
            .resizable(true)
            .default_size(220.0)
            .min_size(120.0)
            .show(ui, |ui| {
                self.loss.ui(ui, self.link.snapshot.as_ref(), self.settings.log_loss);
            });
        self.editor.panel_ui(
            ui,
            &mut self.settings.config,
            &mut self.link,
            &mut self.boundary,
            &mut self.undo_order,
        );
        egui::CentralPanel::default().show(ui, |ui| {
            notice_ui(ui, &mut self.notice);
            if let Some(m) = self.link.snapshot.as_ref().and_then(|s| s.message.as_ref()) {
                ui.colored_label(ui.visuals().error_fg_color, m);
            }
            let revision = self.link.revision;
            actions.extend(
                self.boundary
                    .ui(ui, &self.dataset, self.link.snapshot.as_ref(), &self.settings, revision),
            );
        });
        actions
    }

    /// Stores settings and (small) data.
    pub fn save_to(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
        if self.dataset.points.len() <= MAX_STORED_POINTS {
            eframe::set_value(storage, DATASET_KEY, &self.dataset);
        }
    }
}

impl eframe::App for NnlabApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.save_to(storage);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.finish_autosave();
    }
}

/// The data the settings describe, split by the config's ratio.
pub fn default_dataset(settings: &Settings) -> Dataset {
    let mut d = generate(settings.generator, &settings.gen_params)
        .or_else(|_| generate(Settings::default().generator, &Settings::default().gen_params))
        .unwrap_or_else(|_| Dataset::new_classification("empty", 2));
    split_dataset(&mut d, &settings.config);
    d
}

/// The message line, with a close button.
fn notice_ui(ui: &mut Ui, notice: &mut Option<Notice>) {
    let Some(n) = notice.as_ref() else { return };
    let mut close = false;
    ui.horizontal(|ui| {
        let color = if n.is_error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().strong_text_color()
        };
        ui.colored_label(color, &n.text);
        close = ui.small_button("×").on_hover_text("Dismiss").clicked();
    });
    if close {
        *notice = None;
    }
}
