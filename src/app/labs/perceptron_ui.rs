//! The perceptron lab: controls; the side column (TLU, step function,
//! errors per epoch, Novikoff's bound, verdict); the data plane with the
//! current and previous boundaries beside the weight space at one bias;
//! and the update table, which folds away to its heading.
//! The two plots are linked both ways (`perceptron_plane.rs`).

use egui::Ui;

use super::LabPanel;
use super::controls::{data_choice_ui, run_controls_ui};
use super::weight_space::{WeightSpaceView, status_ui};
use crate::app::context::Action;
use crate::app::context::Classroom;
use crate::app::context::StatusItem;
use crate::i18n::Message;
use crate::labs::Tab;
use crate::labs::data::LabData;
use crate::labs::notes::NoteId;
use crate::labs::perceptron_lab::PerceptronLab;
use crate::lessons::{ControlGroup, LiveState, PerceptronFacts, Setting, Setup};
use crate::nn::perceptron::StepFunction;
use crate::tr;

/// The id of the perceptron lab's plot (tests read its view from egui's
/// memory with `egui_plot::PlotMemory::load`).
pub const PLANE_PLOT_ID: &str = "perceptron_plane";

/// The perceptron lab's tab: the lab and what only its drawing needs.
#[derive(Default)]
pub struct PerceptronPanel {
    /// The lab's state machine.
    pub lab: PerceptronLab,
    /// The weight-space view beside the plane.
    pub weights: WeightSpaceView,
    /// Class given to points the user clicks into the plane.
    pub(super) new_class: usize,
    /// The view last fitted to the lab's data: fitted again only when the
    /// data's extent changes, so the plot can be panned and zoomed in
    /// between (double-click fits it too).
    pub(super) home: Option<egui_plot::PlotBounds>,
    /// The update table is unfolded (at first: when the window is tall
    /// enough for it and both plots).
    table_open: Option<bool>,
    /// The boundary line is being dragged (and whether this is its first
    /// frame).
    pub(super) dragging_line: Option<bool>,
}

impl LabPanel for PerceptronPanel {
    fn tab(&self) -> Tab {
        Tab::Perceptron
    }

    fn notes(&self) -> &'static [NoteId] {
        &[NoteId::Tlu, NoteId::LearningRules, NoteId::Convergence, NoteId::Xor]
    }

    fn stop(&mut self) {
        self.lab.running = false;
    }

    fn tick(&mut self, dt: f64) -> bool {
        self.lab.tick(dt);
        let range = self.weights.bias_range(&self.lab);
        let sweeping = self.weights.tick(dt, range);
        self.lab.running || sweeping
    }

    /// Returns actions for the app (open in network view). `classroom` may
    /// hide or lock the data, the settings and the run buttons; a locked
    /// Run also locks dragging the weights.
    fn ui(&mut self, ui: &mut Ui, classroom: &Classroom) -> Vec<Action> {
        let data = self.lab.choice();
        controls_ui(ui, &mut self.lab, classroom);
        if self.lab.choice() != data {
            // New data: the slice follows training again, a sweep stops;
            // the plots' axes settle on the next frame.
            self.weights.restart();
            ui.ctx().request_repaint();
        }
        let mut actions = Vec::new();
        let tall = ui.ctx().content_rect().height() >= 700.0;
        let open = self.table_open.get_or_insert(tall);
        let table = if *open {
            egui::Panel::bottom("perceptron_table")
                .resizable(true)
                .default_size(150.0)
                .min_size(90.0)
        } else {
            egui::Panel::bottom("perceptron_table_folded").resizable(false)
        };
        let lab = &self.lab;
        table.show(ui, |ui| super::perceptron_table::table_ui(ui, lab, open));
        let side = egui::Panel::left("perceptron_side");
        super::side_panel(side, ui, [0.3, 0.5], [220.0, 400.0], |ui| {
            actions.extend(super::perceptron_side::side_ui(ui, &self.lab));
        });
        let clicks = classroom.usable(ControlGroup::LabData);
        let drags = classroom.usable(ControlGroup::LabRun);
        egui::CentralPanel::default().show(ui, |ui| self.plots_ui(ui, clicks, drags));
        actions
    }

    fn status(&self) -> Vec<StatusItem> {
        super::status::perceptron_items(&self.lab)
    }

    fn facts(&self, live: &mut LiveState) {
        live.perceptron = Some(PerceptronFacts::from_lab(&self.lab));
        live.settings.add_perceptron(&self.lab);
    }

    fn set_up(&mut self, setup: &Setup) -> Result<(), Message> {
        if let Some(p) = &setup.perceptron {
            p.apply(&mut self.lab);
            self.weights = WeightSpaceView::default();
        }
        Ok(())
    }
}

impl PerceptronPanel {
    /// The version space the weight-space view shows now: at its bias, cut
    /// by every training sample or by those seen so far.
    pub fn version_space(&self) -> Option<crate::nn::perceptron::VersionSpace> {
        let mut view = self.weights.clone();
        view.slice(&self.lab).map(|(s, _)| s.space)
    }

    /// The weight-space controls, then the plane and the weight space side
    /// by side at equal sizes, then what the weight space shows.
    fn plots_ui(&mut self, ui: &mut Ui, clicks: bool, drags: bool) {
        self.weights.controls_ui(ui, &self.lab);
        let custom = clicks && self.lab.choice() == LabData::Custom;
        if custom {
            self.new_class_ui(ui);
        }
        let gap = ui.spacing().item_spacing.x;
        let width = ((ui.available_width() - gap) / 2.0).max(120.0);
        // Four lines of status under the plots: each of its two may wrap
        // (beside the lesson and the notes a Korean status takes four, and
        // with room for three the last slid under the table). A fixed
        // reserve, not last frame's: plots that resized with their status
        // moved under a learner's drag.
        let lines = 4.0 * ui.text_style_height(&egui::TextStyle::Body) + 5.0 * ui.spacing().item_spacing.y;
        let height = (ui.available_height() - lines).max(160.0);
        let size = egui::vec2(width, height);
        let mut slice = None;
        ui.horizontal(|ui| {
            self.plane_ui(ui, size, custom, drags);
            slice = self.weights.plot_ui(ui, &mut self.lab, size, drags);
        });
        match slice {
            Some(s) => status_ui(ui, &s),
            None => {
                if let Err(e) = self.lab.trainer() {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        tr!("perceptron-cannot-train", reason = e.to_string()),
                    );
                }
            }
        }
    }
}

/// Data, step function, η and the Step / Run / Reset buttons.
fn controls_ui(ui: &mut Ui, lab: &mut PerceptronLab, classroom: &Classroom) {
    ui.horizontal_wrapped(|ui| {
        let choice = classroom.setting(ui, Setting::PerceptronData, |ui| {
            data_choice_ui(ui, lab.choice(), &LabData::ALL)
        });
        if let Some(choice) = choice.flatten() {
            lab.choose(choice);
        }
        classroom.group(ui, ControlGroup::LabSettings, |ui| settings_ui(ui, lab, classroom));
        ui.separator();
        classroom.group(ui, ControlGroup::LabRun, |ui| run_ui(ui, lab, classroom));
    });
}

/// The step function and η, each of which a lesson step may lock by name.
fn settings_ui(ui: &mut Ui, lab: &mut PerceptronLab, classroom: &Classroom) {
    let mut step = lab.config().step;
    classroom.setting(ui, Setting::StepFunction, |ui| {
        egui::ComboBox::from_label(tr!("perceptron-step"))
            .selected_text(step_label(step))
            .show_ui(ui, |ui| {
                for s in StepFunction::ALL {
                    ui.selectable_value(&mut step, s, step_label(s));
                }
            })
            .response
            .on_hover_text(tr!("perceptron-step-hover"))
    });
    if step != lab.config().step {
        lab.set_step(step);
    }
    let mut eta = lab.config().learning_rate;
    let changed = classroom.setting(ui, Setting::PerceptronLearningRate, |ui| {
        let label = ui.label("η");
        ui.add(egui::DragValue::new(&mut eta).range(0.01..=10.0).speed(0.01))
            .labelled_by(label.id)
            .on_hover_text(tr!("perceptron-eta-hover"))
            .changed()
    });
    if changed == Some(true) {
        lab.set_learning_rate(eta);
    }
}

/// Step one sample, one epoch, Run with its pace, Reset. The steps wait
/// for the answer to a lesson step's question.
fn run_ui(ui: &mut Ui, lab: &mut PerceptronLab, classroom: &Classroom) {
    let sample = egui::Button::new(tr!("perceptron-step-sample"));
    if classroom
        .reveal_button(ui, sample, tr!("perceptron-step-sample-hover"))
        .clicked()
    {
        lab.running = false;
        lab.step_sample();
    }
    let epoch = egui::Button::new(tr!("perceptron-step-epoch"));
    if classroom
        .reveal_button(ui, epoch, tr!("perceptron-step-epoch-hover"))
        .clicked()
    {
        lab.running = false;
        lab.step_epoch();
    }
    run_controls_ui(
        ui,
        &mut lab.running,
        &mut lab.pace,
        tr!("perceptron-pace-unit"),
        classroom,
    );
    if ui
        .button(tr!("lab-reset"))
        .on_hover_text(tr!("perceptron-reset-hover"))
        .clicked()
    {
        lab.reset();
    }
}

/// The name of a step function in the current language.
fn step_label(step: StepFunction) -> String {
    match step {
        StepFunction::Heaviside => tr!("step-heaviside"),
        StepFunction::Sign => tr!("step-sign"),
    }
}
