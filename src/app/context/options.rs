//! How the window shows things: the options panels edit in place (they
//! change no data and no network, so they are not undo steps); saved with
//! the settings.

use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::labs::Tab;
use crate::train::TrainPace;

/// The window's training speed at first launch: slow enough to watch the
/// default spiral's boundary form (see the README on the defaults).
pub const DEFAULT_PACE: TrainPace = TrainPace::EpochsPerSecond(40.0);

/// How the window shows things; panels edit these directly (they change no
/// data and no network, so they are not undo steps).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewOptions {
    /// Draw held-out test points.
    pub show_test: bool,
    /// Paint a hard boundary instead of probabilities.
    pub discretize: bool,
    /// Loss plot on a log scale.
    pub log_loss: bool,
    /// Cells per side of the decision-boundary image.
    pub grid_resolution: usize,
    /// Class given to new points.
    pub selected_class: usize,
    /// Target value given to new points (regression).
    pub new_value: f64,
    /// The tab shown: the network view or one of the labs.
    pub tab: Tab,
    /// The concept notes are open beside the labs.
    pub show_notes: bool,
    /// The network editor panel is shown beside the boundary view.
    pub show_editor: bool,
    /// The network tab shows the loss landscape instead of the decision
    /// boundary (View ▸ Loss landscape).
    pub show_landscape: bool,
    /// How fast the window trains while playing.
    pub pace: TrainPace,
    /// New data keeps the network's weights ("same network, new data")
    /// instead of starting a new experiment.
    pub keep_weights: bool,
    /// The language of every text (View ▸ Language). `None` until chosen:
    /// the window then starts in the system locale's language and stores
    /// it here (tests and fresh settings read English).
    pub language: Option<Language>,
    /// Classroom mode: a lesson step hides or locks the controls its
    /// teacher named. Off, every control stays available.
    pub classroom: bool,
    /// How the panels are arranged (sides, folded, widths).
    pub workspace: crate::app::layout::Workspace,
}

impl Default for ViewOptions {
    fn default() -> Self {
        Self {
            show_test: true,
            discretize: false,
            log_loss: false,
            grid_resolution: 128,
            selected_class: 0,
            new_value: 0.5,
            tab: Tab::Network,
            show_notes: true,
            show_editor: true,
            show_landscape: false,
            pace: DEFAULT_PACE,
            keep_weights: false,
            language: None,
            classroom: true,
            workspace: crate::app::layout::Workspace::default(),
        }
    }
}
