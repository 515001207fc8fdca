//! The perceptron lab: controls; the side column (TLU, step function,
//! errors per epoch, Novikoff's bound, verdict); the data plane with the
//! current and previous boundaries beside the weight space at one bias;
//! and the update table, which folds away to its heading.
//!
//! The two plots are linked both ways: dragging the w point in weight
//! space moves the boundary in the plane, and dragging the boundary in the
//! plane moves the point (w changes so the line passes under the pointer,
//! b kept: w ← w − ((w·p + b)/‖p‖²)·p, the smallest change of w that puts
//! p on the line).

use egui::{CursorIcon, Id, RichText, Ui};
use egui_plot::{Plot, PlotMemory, PlotPoint};

use super::controls::{data_choice_ui, run_controls_ui};
use super::weight_space::{GRAB_DISTANCE, WeightSpaceView, status_ui};
use super::{LabPanel, plane};
use crate::app::actions::Action;
use crate::app::colors::class_color;
use crate::app::error::AppError;
use crate::app::lesson::Classroom;
use crate::app::status_bar::StatusItem;
use crate::data::Point;
use crate::labs::Tab;
use crate::labs::data::LabData;
use crate::labs::notes::NoteId;
use crate::labs::perceptron_lab::PerceptronLab;
use crate::lessons::{ControlGroup, LiveState, PerceptronFacts, Setup};
use crate::nn::perceptron::StepFunction;
use crate::tr;

/// The id of the perceptron lab's plot (tests read its view from egui's
/// memory with `egui_plot::PlotMemory::load`).
pub const PLANE_PLOT_ID: &str = "perceptron_plane";

/// The perceptron lab's tab: the lab and what only its drawing needs.
pub struct PerceptronPanel {
    /// The lab's state machine.
    pub lab: PerceptronLab,
    /// The weight-space view beside the plane.
    pub weights: WeightSpaceView,
    /// Class given to points the user clicks into the plane.
    new_class: usize,
    /// The view last fitted to the lab's data: fitted again only when the
    /// data's extent changes, so the plot can be panned and zoomed in
    /// between (double-click fits it too).
    home: Option<egui_plot::PlotBounds>,
    /// The update table is unfolded.
    table_open: bool,
    /// The boundary line is being dragged (and whether this is its first
    /// frame).
    dragging_line: Option<bool>,
}

impl Default for PerceptronPanel {
    fn default() -> Self {
        Self {
            lab: PerceptronLab::default(),
            weights: WeightSpaceView::default(),
            new_class: 0,
            home: None,
            table_open: true,
            dragging_line: None,
        }
    }
}

impl LabPanel for PerceptronPanel {
    fn tab(&self) -> Tab {
        Tab::Perceptron
    }

    fn notes(&self) -> &'static [NoteId] {
        &[NoteId::Tlu, NoteId::LearningRules, NoteId::Convergence, NoteId::Xor]
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
        controls_ui(ui, &mut self.lab, classroom);
        let mut actions = Vec::new();
        let table = if self.table_open {
            egui::Panel::bottom("perceptron_table")
                .resizable(true)
                .default_size(150.0)
                .min_size(90.0)
        } else {
            egui::Panel::bottom("perceptron_table_folded").resizable(false)
        };
        table.show(ui, |ui| {
            super::perceptron_table::table_ui(ui, &self.lab, &mut self.table_open)
        });
        super::share_of_width(egui::Panel::left("perceptron_side"), ui, [0.24, 0.5], [210.0, 360.0]).show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| actions.extend(super::perceptron_side::side_ui(ui, &self.lab)));
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
    }

    fn set_up(&mut self, setup: &Setup) -> Result<(), AppError> {
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
        // Two lines of status under the plots.
        let lines = 2.0 * ui.text_style_height(&egui::TextStyle::Body) + 3.0 * ui.spacing().item_spacing.y;
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
                    ui.colored_label(ui.visuals().error_fg_color, tr!("perceptron-cannot-train", reason = e));
                }
            }
        }
    }

    /// Which class a click adds (the user's own points).
    fn new_class_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            ui.label(tr!("perceptron-click-to-add"));
            for k in 0..2 {
                let name = self.lab.dataset().class_names().get(k).cloned().unwrap_or_default();
                let text = RichText::new(format!("• {name}")).color(class_color(k));
                ui.selectable_value(&mut self.new_class, k, text)
                    .on_hover_text(tr!("perceptron-new-class-hover", name = name.as_str()));
            }
        });
    }

    /// The plane: points, previous (faint) and current boundaries, the
    /// weight arrow; clicks add points to the user's own data (`custom`),
    /// and the boundary can be dragged (`drags`, one unit only).
    fn plane_ui(&mut self, ui: &mut Ui, size: egui::Vec2, custom: bool, drags: bool) {
        let home = plane::home_bounds(self.lab.dataset());
        let fit_home = self.home != Some(home);
        self.home = Some(home);
        let unit = self.weights.unit;
        let line_of = |lab: &PerceptronLab| lab.units().get(unit).map(|u| ([u.w[0], u.w[1]], u.b));
        let id = Id::unique(PLANE_PLOT_ID);
        let (hover, pressed, down) = ui.input(|i| {
            (
                i.pointer.hover_pos(),
                i.pointer.primary_pressed(),
                i.pointer.primary_down(),
            )
        });
        let near = drags
            && match (PlotMemory::load(ui.ctx(), id), hover, line_of(&self.lab)) {
                (Some(m), Some(p), Some((w, b))) => {
                    let t = m.transform();
                    t.frame().contains(p) && line_distance(&t, p, w, b) <= GRAB_DISTANCE
                }
                _ => false,
            };
        if near && pressed {
            self.dragging_line = Some(true);
        } else if !down {
            self.dragging_line = None;
        }
        let grabbing = self.dragging_line.is_some();
        let lab = &self.lab;
        let dataset = lab.dataset();
        let several = lab.units().len() > 1;
        let line = ui.visuals().strong_text_color();
        let response = Plot::new(PLANE_PLOT_ID)
            .id(id)
            .width(size.x)
            .height(size.y)
            .data_aspect(1.0)
            .allow_boxed_zoom(false)
            .allow_double_click_reset(true)
            .allow_drag(!(near || grabbing))
            .x_axis_label(dataset.axis_names[0].clone())
            .y_axis_label(dataset.axis_names[1].clone())
            .show(ui, |plot| {
                if plot.response().double_clicked() || fit_home {
                    plot.set_plot_bounds(home);
                }
                for (k, u) in lab.previous_units().into_iter().flatten().enumerate() {
                    let color = if several { class_color(k) } else { line };
                    plane::boundary(plot, &tr!("perceptron-previous-boundary"), &u.w, u.b, color, true);
                }
                for (k, u) in lab.units().iter().enumerate() {
                    let color = if several { class_color(k) } else { line };
                    plane::boundary(plot, &tr!("perceptron-boundary"), &u.w, u.b, color, false);
                    plane::weight_arrow(plot, &u.w, u.b, color);
                }
                plane::points(plot, dataset, lab.last_sample());
                plot.pointer_coordinate()
            });
        if let (Some(start), Some(p), Some((w, b))) = (self.dragging_line, hover, line_of(&self.lab)) {
            let at = response.transform.value_from_position(p);
            if let Some(moved) = line_through(w, b, [at.x, at.y]) {
                self.lab.set_weights(unit, moved, b, start);
            }
            self.dragging_line = Some(false);
        }
        if near || grabbing {
            ui.ctx().set_cursor_icon(if grabbing {
                CursorIcon::Grabbing
            } else {
                CursorIcon::Grab
            });
        } else if custom
            && response.response.clicked()
            && let Some(at) = response.inner
        {
            let mut d = self.lab.dataset().clone();
            d.points.push(Point::new(at.x, at.y, self.new_class as f64));
            self.lab.set_dataset(d);
        }
    }
}

/// The smallest change of w that puts `p` on the line w·x + b = 0, b kept:
/// w − ((w·p + b)/‖p‖²)·p. `None` for p at the origin (every line with
/// b ≠ 0 misses it) or a result that is not finite.
pub(super) fn line_through(w: [f64; 2], b: f64, p: [f64; 2]) -> Option<[f64; 2]> {
    let n2 = p[0] * p[0] + p[1] * p[1];
    if n2 < 1e-12 {
        return None;
    }
    let k = (w[0] * p[0] + w[1] * p[1] + b) / n2;
    let moved = [w[0] - k * p[0], w[1] - k * p[1]];
    moved.iter().all(|v| v.is_finite()).then_some(moved)
}

/// The distance in points from screen position `p` to the line
/// w·x + b = 0 drawn with transform `t` (infinite when w = 0).
fn line_distance(t: &egui_plot::PlotTransform, p: egui::Pos2, w: [f64; 2], b: f64) -> f32 {
    let at = t.value_from_position(p);
    let norm = w[0].hypot(w[1]);
    if norm == 0.0 {
        return f32::INFINITY;
    }
    let plot_distance = (w[0] * at.x + w[1] * at.y + b).abs() / norm;
    // Equal axes: one plot unit is the same number of points either way.
    let one = t.position_from_point(&PlotPoint::new(at.x + 1.0, at.y)).x - p.x;
    plot_distance as f32 * one.abs()
}

/// Data, step function, η and the Step / Run / Reset buttons.
fn controls_ui(ui: &mut Ui, lab: &mut PerceptronLab, classroom: &Classroom) {
    ui.horizontal_wrapped(|ui| {
        let choice = classroom.group(ui, ControlGroup::LabData, |ui| {
            data_choice_ui(ui, lab.choice(), &LabData::ALL)
        });
        if let Some(choice) = choice.flatten() {
            lab.choose(choice);
        }
        classroom.group(ui, ControlGroup::LabSettings, |ui| settings_ui(ui, lab));
        ui.separator();
        classroom.group(ui, ControlGroup::LabRun, |ui| run_ui(ui, lab));
    });
}

/// The step function and η.
fn settings_ui(ui: &mut Ui, lab: &mut PerceptronLab) {
    let mut step = lab.config().step;
    egui::ComboBox::from_label(tr!("perceptron-step"))
        .selected_text(step_label(step))
        .show_ui(ui, |ui| {
            for s in StepFunction::ALL {
                ui.selectable_value(&mut step, s, step_label(s));
            }
        })
        .response
        .on_hover_text(tr!("perceptron-step-hover"));
    if step != lab.config().step {
        lab.set_step(step);
    }
    let mut eta = lab.config().learning_rate;
    let label = ui.label("η");
    if ui
        .add(egui::DragValue::new(&mut eta).range(0.01..=10.0).speed(0.01))
        .labelled_by(label.id)
        .on_hover_text(tr!("perceptron-eta-hover"))
        .changed()
    {
        lab.set_learning_rate(eta);
    }
}

/// Step one sample, one epoch, Run with its pace, Reset.
fn run_ui(ui: &mut Ui, lab: &mut PerceptronLab) {
    if ui
        .button(tr!("perceptron-step-sample"))
        .on_hover_text(tr!("perceptron-step-sample-hover"))
        .clicked()
    {
        lab.running = false;
        lab.step_sample();
    }
    if ui
        .button(tr!("perceptron-step-epoch"))
        .on_hover_text(tr!("perceptron-step-epoch-hover"))
        .clicked()
    {
        lab.running = false;
        lab.step_epoch();
    }
    run_controls_ui(ui, &mut lab.running, &mut lab.pace, tr!("perceptron-pace-unit"));
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
