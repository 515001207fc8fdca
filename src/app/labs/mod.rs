//! The lab tabs beside the network view: logic neurons, the perceptron rule
//! step by step, and perceptron versus logistic regression, each with the
//! concept notes openable on the right. The state machines live in
//! [`crate::labs`]; these files only draw them and forward clicks.
//!
//! A bounded exception to the rule that the window does no model work: a
//! running perceptron lab or comparison lab advances on the UI thread, in
//! `tick(dt)`, because its models are tiny (at most 150 iris points, 3
//! units) and a learner watches every step. The exception is bounded by
//! construction: a frame runs at most `MAX_STEPS_PER_TICK` (2,000) samples
//! of the perceptron or `MAX_ROUNDS_PER_TICK` rounds of the comparison,
//! whatever the pace or the pause before it. `examples/lab_cost.rs`
//! measures that worst frame: on the 2-core development machine, loaded by
//! two concurrent builds, the worst of 50 capped ticks over 6 runs was
//! 0.13–2.4 ms (perceptron, iris setosa), 0.35–4.3 ms (perceptron, three
//! iris species) and 0.95–7.2 ms (comparison, a capped tick plus its 192²
//! probability image) — inside a 16 ms frame even then. Moving them to a
//! thread would add a second worker protocol for no visible gain.

mod compare_ui;
mod controls;
mod logic_draw;
mod logic_ui;
mod notes_ui;
mod perceptron_draw;
mod perceptron_ui;
mod plane;
mod status;

pub use compare_ui::COMPARE_PLOT_IDS;
pub use logic_draw::LOGIC_DIAGRAM_ID;
pub use notes_ui::note_body_ui;
pub use perceptron_draw::num;
pub use perceptron_ui::PLANE_PLOT_ID;
pub use status::status_items;

use egui::Ui;
use serde::{Deserialize, Serialize};

use super::actions::Action;
use super::lesson::Classroom;
use crate::labs::compare::CompareLab;
use crate::labs::data::LabData;
use crate::labs::logic_lab::LogicLab;
use crate::labs::perceptron_lab::PerceptronLab;
use crate::lessons::ControlGroup;
use crate::tr;

/// The window's tabs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tab {
    /// The MLP playground: controls, loss, decision boundary.
    #[default]
    Network,
    /// McCulloch–Pitts logic neurons.
    Logic,
    /// The perceptron rule step by step.
    Perceptron,
    /// Perceptron versus logistic regression.
    Compare,
}

impl Tab {
    /// Every tab, in the order shown.
    pub const ALL: [Tab; 4] = [Tab::Network, Tab::Logic, Tab::Perceptron, Tab::Compare];

    /// What the tab is for, in the current language (its tooltip).
    pub fn hover(self) -> String {
        match self {
            Tab::Network => tr!("tab-network-hover"),
            Tab::Logic => tr!("tab-logic-hover"),
            Tab::Perceptron => tr!("tab-perceptron-hover"),
            Tab::Compare => tr!("tab-compare-hover"),
        }
    }

    /// The tab's title, in the current language.
    pub fn title(self) -> String {
        match self {
            Tab::Network => tr!("tab-network"),
            Tab::Logic => tr!("tab-logic"),
            Tab::Perceptron => tr!("tab-perceptron"),
            Tab::Compare => tr!("tab-compare"),
        }
    }
}

/// The labs' state (not persisted: each lab starts fresh).
#[derive(Default)]
pub struct Labs {
    /// The logic-neuron lab.
    pub logic: LogicLab,
    /// The perceptron lab.
    pub perceptron: PerceptronLab,
    /// The comparison lab.
    pub compare: CompareLab,
    /// Neuron selected for editing in the custom logic network.
    pub(super) logic_selected: Option<usize>,
    /// Last error of a logic edit.
    pub(super) logic_error: Option<crate::nn::logic::LogicError>,
    /// Class given to points the user clicks into the perceptron plots.
    pub(super) new_class: usize,
    /// The view last fitted to the perceptron lab's data: fitted again only
    /// when the data's extent changes, so the plot can be panned and zoomed
    /// in between (double-click fits it too).
    perceptron_home: Option<egui_plot::PlotBounds>,
    /// The comparison lab's probability image.
    compare_texture: Option<egui::TextureHandle>,
    /// What `compare_texture` shows: data choice, weights and bias.
    compare_key: Option<(LabData, [f64; 2], f64)>,
}

/// A resizable side panel sized by shares of `ui`'s width: by default
/// `share[0]` of it clamped to `size` (min, max) pixels, and never more
/// than `share[1]` (nor less than the minimum). Fixed pixel widths left a
/// laptop screen's plot a sliver; the layout tests hold the lab's main view
/// to 40 % of the window in both languages.
fn share_of_width(panel: egui::Panel, ui: &Ui, share: [f32; 2], size: [f32; 2]) -> egui::Panel {
    let width = ui.available_width();
    crate::app::panel_sizes::PanelWidth {
        default: (share[0] * width).clamp(size[0], size[1]),
        max: (share[1] * width).max(size[0]),
        min: size[0],
    }
    .apply(panel.resizable(true))
}

/// The tab bar (a top panel under the menu bar); a lesson step may hide
/// or lock it.
pub fn tab_bar_ui(ui: &mut Ui, tab: &mut Tab, classroom: &Classroom) {
    if !classroom.shown(ControlGroup::Tabs) {
        return;
    }
    egui::Panel::top("tabs").show(ui, |ui| {
        classroom.group(ui, ControlGroup::Tabs, |ui| {
            ui.horizontal(|ui| {
                for t in Tab::ALL {
                    ui.selectable_value(tab, t, t.title()).on_hover_text(t.hover());
                }
            });
        });
    });
}

/// Draws lab `tab` (never [`Tab::Network`]) with its notes panel if open;
/// `classroom` says which of its controls a lesson step hides or locks.
pub fn lab_ui(ui: &mut Ui, labs: &mut Labs, tab: Tab, show_notes: &mut bool, classroom: &Classroom) -> Vec<Action> {
    let mut actions = Vec::new();
    if *show_notes && classroom.shown(ControlGroup::Notes) {
        notes_ui::notes_panel_ui(ui, tab, show_notes, classroom.usable(ControlGroup::Notes));
    }
    egui::CentralPanel::default().show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading(tab.title());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                classroom.group(ui, ControlGroup::Notes, |ui| {
                    ui.toggle_value(show_notes, tr!("notes-toggle"))
                        .on_hover_text(tr!("notes-toggle-hover"))
                });
            });
        });
        ui.separator();
        match tab {
            Tab::Network => {}
            Tab::Logic => logic_ui::logic_ui(ui, labs, classroom),
            Tab::Perceptron => actions.extend(perceptron_ui::perceptron_ui(ui, labs, classroom)),
            Tab::Compare => compare_ui::compare_ui(ui, labs, classroom),
        }
    });
    actions
}
