//! The lab tabs beside the network view: a neuron that fires, logic
//! neurons, the perceptron rule step by step, and perceptron versus
//! logistic regression, each with the concept notes openable on the right. The state machines live in
//! [`crate::labs`]; these files only draw them and forward clicks.
//!
//! A bounded exception to the rule that the window does no model work: a
//! running perceptron lab, comparison lab or neuron lab advances on the UI
//! thread, in `tick(dt)`, because its models are tiny (at most 150 iris
//! points, 3 units; one neuron and five inputs) and a learner watches every
//! step. The exception is bounded by construction: a frame runs at most
//! `MAX_STEPS_PER_TICK` (2,000) samples of the perceptron,
//! `MAX_ROUNDS_PER_TICK` rounds of the comparison or `MAX_TICK_MS` (100)
//! model milliseconds of the neuron, whatever the pace or the pause before
//! it. `tools/bench/examples/lab_cost.rs`
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
mod loss_surface;
mod neuron_draw;
mod neuron_logic_ui;
mod neuron_trace;
mod neuron_ui;
pub(crate) mod notes_ui;
mod perceptron_draw;
mod perceptron_plane;
mod perceptron_side;
mod perceptron_table;
mod perceptron_ui;
mod plane;
mod status;
mod weight_space;
mod weight_space_plot;

pub use compare_ui::COMPARE_PLOT_IDS;
pub(super) use compare_ui::ComparePanel;
pub use logic_draw::LOGIC_DIAGRAM_ID;
pub(super) use logic_ui::LogicPanel;
pub use neuron_draw::NEURON_DRAWING_ID;
pub use neuron_trace::NEURON_TRACE_ID;
pub(super) use neuron_ui::NeuronPanel;
pub use perceptron_draw::PERCEPTRON_PLOT_IDS;
pub use perceptron_ui::PLANE_PLOT_ID;
pub(super) use perceptron_ui::PerceptronPanel;
pub use weight_space::WEIGHT_PLOT_ID;

use egui::Ui;

use super::context::StatusItem;
use crate::app::context::Action;
use crate::app::context::Classroom;
use crate::i18n::Message;
pub use crate::labs::Tab;
use crate::labs::notes::NoteId;
use crate::lessons::{ControlGroup, LiveState, Setup};
use crate::tr;

/// One lab tab: a state machine of [`crate::labs`] and what its drawing
/// needs. Each lab implements it once; [`Labs`] lists them once; the window
/// only ever talks to a lab through it (the egui demo app's pattern, one
/// file per panel behind a small trait).
pub trait LabPanel {
    /// Which tab it is.
    fn tab(&self) -> Tab;
    /// The concept notes the tab opens by default.
    fn notes(&self) -> &'static [NoteId];
    /// Advances a running lab by `dt` seconds of the window's time; returns
    /// whether it still runs (the window then asks for the next frame).
    /// Called only while the tab is shown: a lab in the background waits.
    fn tick(&mut self, _dt: f64) -> bool {
        false
    }
    /// Stops a run (a lesson step that asks a question first).
    fn stop(&mut self) {}
    /// Draws the lab inside the tab's central area; `classroom` says which
    /// of its controls a lesson step hides or locks. Returns actions for
    /// the app (e.g. open the data in the network view).
    fn ui(&mut self, ui: &mut Ui, classroom: &Classroom) -> Vec<Action>;
    /// The lab's own figures for the status bar.
    fn status(&self) -> Vec<StatusItem>;
    /// Its part of the facts a lesson goal reads.
    fn facts(&self, live: &mut LiveState);
    /// Applies its part of a lesson step's set-up (a part left out leaves
    /// the lab as the learner has it).
    fn set_up(&mut self, setup: &Setup) -> Result<(), Message>;
}

/// The labs, listed once (not persisted: each lab starts fresh).
#[derive(Default)]
pub struct Labs {
    /// The neuron lab (leaky integrate-and-fire).
    pub neuron: NeuronPanel,
    /// The logic-neuron lab.
    pub logic: LogicPanel,
    /// The perceptron lab.
    pub perceptron: PerceptronPanel,
    /// The comparison lab.
    pub compare: ComparePanel,
}

impl Labs {
    /// Every lab, in tab order.
    pub fn all(&self) -> [&dyn LabPanel; 4] {
        [&self.neuron, &self.logic, &self.perceptron, &self.compare]
    }

    /// Every lab, in tab order, to change.
    pub fn all_mut(&mut self) -> [&mut dyn LabPanel; 4] {
        [
            &mut self.neuron,
            &mut self.logic,
            &mut self.perceptron,
            &mut self.compare,
        ]
    }

    /// The lab of `tab` (`None` for the network view).
    pub fn get(&self, tab: Tab) -> Option<&dyn LabPanel> {
        self.all().into_iter().find(|l| l.tab() == tab)
    }

    /// The lab of `tab`, to change.
    pub fn get_mut(&mut self, tab: Tab) -> Option<&mut dyn LabPanel> {
        self.all_mut().into_iter().find(|l| l.tab() == tab)
    }

    /// The status line of tab `tab` (`None` for the network view).
    pub fn status(&self, tab: Tab) -> Option<Vec<StatusItem>> {
        self.get(tab).map(LabPanel::status)
    }

    /// Every lab's facts for lesson goals.
    pub fn facts(&self, live: &mut LiveState) {
        for lab in self.all() {
            lab.facts(live);
        }
    }

    /// Stops every lab's run.
    pub fn stop_runs(&mut self) {
        for lab in self.all_mut() {
            lab.stop();
        }
    }

    /// Every lab's part of a lesson step's set-up.
    pub fn set_up(&mut self, setup: &Setup) -> Result<(), Message> {
        self.all_mut().into_iter().try_for_each(|lab| lab.set_up(setup))
    }
}

/// What a tab is for, in the current language (its tooltip).
pub(super) fn tab_hover(tab: Tab) -> String {
    match tab {
        Tab::Network => tr!("tab-network-hover"),
        Tab::Neuron => tr!("tab-neuron-hover"),
        Tab::Logic => tr!("tab-logic-hover"),
        Tab::Perceptron => tr!("tab-perceptron-hover"),
        Tab::Compare => tr!("tab-compare-hover"),
    }
}

/// A tab's title, in the current language.
pub fn tab_title(tab: Tab) -> String {
    match tab {
        Tab::Network => tr!("tab-network"),
        Tab::Neuron => tr!("tab-neuron"),
        Tab::Logic => tr!("tab-logic"),
        Tab::Perceptron => tr!("tab-perceptron"),
        Tab::Compare => tr!("tab-compare"),
    }
}

/// A resizable side panel whose contents scroll vertically, sized by
/// shares of `ui`'s width: by default `share[0]` of it clamped to `size`
/// (min, max) pixels, and never more than `share[1]` (nor less than the
/// minimum). Fixed pixel widths left a laptop screen's plot a sliver; the
/// layout tests hold the lab's main view to 40 % of the window in both
/// languages.
///
/// The contents are laid out in a child exactly as wide as the panel,
/// whose size the panel never sees. egui sizes a side panel by its
/// contents and caps it at its largest size by moving its *inner* edge:
/// a right panel with a row wider than that keeps the row's right end and
/// reports its left edge moved over by the overflow, so the drawing beside
/// it was laid out under the panel's first letters (and the row's end was
/// cut). A row too wide is now only clipped at the panel's edge, which the
/// layout tests catch.
fn side_panel<R>(
    panel: egui::Panel,
    ui: &mut Ui,
    share: [f32; 2],
    size: [f32; 2],
    add: impl FnOnce(&mut Ui) -> R,
) -> R {
    let width = ui.available_width();
    let panel = crate::app::widgets::panel_sizes::PanelWidth {
        default: (share[0] * width).clamp(size[0], size[1]),
        max: (share[1] * width).max(size[0]),
        min: size[0],
    }
    .apply(panel.resizable(true));
    panel
        .show(ui, |ui| {
            let rect = ui.available_rect_before_wrap();
            let mut inner = ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(*ui.layout()));
            let r = egui::ScrollArea::vertical().show(&mut inner, add).inner;
            ui.advance_cursor_after_rect(rect);
            r
        })
        .inner
}

/// The tab bar (a top panel under the menu bar); a lesson step may hide
/// or lock it.
pub(super) fn tab_bar_ui(ui: &mut Ui, tab: &mut Tab, classroom: &Classroom) {
    if !classroom.shown(ControlGroup::Tabs) {
        return;
    }
    egui::Panel::top("tabs").show(ui, |ui| {
        classroom.group(ui, ControlGroup::Tabs, |ui| {
            ui.horizontal(|ui| {
                for t in Tab::ALL {
                    ui.selectable_value(tab, t, tab_title(t)).on_hover_text(tab_hover(t));
                }
            });
        });
    });
}

/// Draws the lab `lab` (the notes beside it are placed by the layout);
/// `show_notes` is the toggle that opens them; `classroom` says which
/// of its controls a lesson step hides or locks.
pub(super) fn lab_ui(ui: &mut Ui, lab: &mut dyn LabPanel, show_notes: &mut bool, classroom: &Classroom) -> Vec<Action> {
    let tab = lab.tab();
    let dt = ui.input(|i| i.stable_dt).min(0.1) as f64;
    if lab.tick(dt) {
        ui.ctx().request_repaint();
    }
    let mut actions = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading(tab_title(tab));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                classroom.group(ui, ControlGroup::Notes, |ui| {
                    ui.toggle_value(show_notes, tr!("notes-toggle"))
                        .on_hover_text(tr!("notes-toggle-hover"))
                });
            });
        });
        ui.separator();
        actions = lab.ui(ui, classroom);
    });
    actions
}
