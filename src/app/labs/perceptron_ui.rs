//! The perceptron lab: controls, the plane with the current and previous
//! boundaries, the TLU diagram, errors per epoch, Novikoff's bound (from the
//! first step on), the verdict, and the update table.

use egui::{RichText, Ui};
use egui_plot::Plot;

use super::controls::{data_choice_ui, run_controls_ui};
use super::perceptron_draw::{TluView, errors_plot_ui, step_plot_ui, tlu_diagram_ui};
use super::{LabPanel, plane};
use crate::app::context::Action;
use crate::app::context::AppError;
use crate::app::context::Classroom;
use crate::app::context::StatusItem;
use crate::app::widgets::colors::class_color;
use crate::app::widgets::format::num;
use crate::data::Point;
use crate::labs::Tab;
use crate::labs::data::LabData;
use crate::labs::notes::NoteId;
use crate::labs::perceptron_lab::{PerceptronLab, Verdict};
use crate::lessons::{ControlGroup, LiveState, PerceptronFacts, Setup};
use crate::nn::perceptron::{Status, StepFunction, Update};
use crate::tr;

/// The id of the perceptron lab's plot (tests read its view from egui's
/// memory with `egui_plot::PlotMemory::load`).
pub const PLANE_PLOT_ID: &str = "perceptron_plane";

/// The perceptron lab's tab: the lab and what only its drawing needs.
#[derive(Default)]
pub struct PerceptronPanel {
    /// The lab's state machine.
    pub lab: PerceptronLab,
    /// Class given to points the user clicks into the plane.
    new_class: usize,
    /// The view last fitted to the lab's data: fitted again only when the
    /// data's extent changes, so the plot can be panned and zoomed in
    /// between (double-click fits it too).
    home: Option<egui_plot::PlotBounds>,
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
        self.lab.running
    }

    /// Returns actions for the app (open in network view). `classroom` may
    /// hide or lock the data, the settings and the run buttons.
    fn ui(&mut self, ui: &mut Ui, classroom: &Classroom) -> Vec<Action> {
        controls_ui(ui, &mut self.lab, classroom);
        let mut actions = Vec::new();
        egui::Panel::bottom("perceptron_table")
            .resizable(true)
            .default_size(190.0)
            .min_size(90.0)
            .show(ui, |ui| table_ui(ui, &self.lab));
        super::share_of_width(egui::Panel::left("perceptron_side"), ui, [0.3, 0.5], [220.0, 400.0]).show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| actions.extend(side_ui(ui, &self.lab)));
        });
        let clicks = classroom.usable(ControlGroup::LabData);
        egui::CentralPanel::default().show(ui, |ui| plane_ui(ui, self, clicks));
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
        }
        Ok(())
    }
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

/// The plane: points, previous (faint) and current boundaries, the weight
/// arrow, and clicks that add points to the user's own data (if `clicks`).
fn plane_ui(ui: &mut Ui, panel: &mut PerceptronPanel, clicks: bool) {
    let lab = &mut panel.lab;
    let custom = clicks && lab.choice() == LabData::Custom;
    if custom {
        ui.horizontal(|ui| {
            ui.label(tr!("perceptron-click-to-add"));
            for k in 0..2 {
                let name = lab.dataset().class_names().get(k).cloned().unwrap_or_default();
                let text = RichText::new(format!("• {name}")).color(class_color(k));
                ui.selectable_value(&mut panel.new_class, k, text)
                    .on_hover_text(tr!("perceptron-new-class-hover", name = name.as_str()));
            }
        });
    }
    let dataset = lab.dataset();
    let home = plane::home_bounds(dataset);
    let fit_home = panel.home != Some(home);
    panel.home = Some(home);
    let several = lab.units().len() > 1;
    let line = ui.visuals().strong_text_color();
    let response = Plot::new("perceptron_plane")
        .id(egui::Id::unique(PLANE_PLOT_ID))
        .data_aspect(1.0)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(true)
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
    if custom
        && response.response.clicked()
        && let Some(at) = response.inner
    {
        let mut d = lab.dataset().clone();
        d.points.push(Point::new(at.x, at.y, panel.new_class as f64));
        lab.set_dataset(d);
    }
}

/// Which colour is which class, and the boundary line: a key in place of
/// the plot's legend, whose entries (click to hide) cannot explain
/// themselves.
fn class_key_ui(ui: &mut Ui, dataset: &crate::data::Dataset) {
    ui.horizontal_wrapped(|ui| {
        for (k, name) in dataset.class_names().iter().enumerate() {
            ui.label(RichText::new(format!("• {name}")).color(class_color(k)))
                .on_hover_text(tr!("perceptron-class-key-hover", name = name.as_str()));
        }
        ui.label(format!("— {}", tr!("perceptron-boundary")))
            .on_hover_text(tr!("perceptron-boundary-key-hover"));
    });
}

/// The TLU, the step function, errors per epoch and the verdict.
fn side_ui(ui: &mut Ui, lab: &PerceptronLab) -> Vec<Action> {
    let mut actions = Vec::new();
    if let Err(e) = lab.trainer() {
        ui.colored_label(ui.visuals().error_fg_color, tr!("perceptron-cannot-train", reason = e));
        return actions;
    }
    let next = lab.next_sample().and_then(|i| lab.dataset().points.get(i));
    let x = next.map_or([0.0; 2], |p| p.x);
    let step = lab.config().step;
    let unit = lab
        .units()
        .first()
        .cloned()
        .unwrap_or_else(|| crate::nn::perceptron::Tlu::zeros(2));
    let y = next.map(|p| step.target(p.class() == 1));
    ui.strong(if next.is_some() {
        tr!("perceptron-unit-next")
    } else {
        tr!("perceptron-unit")
    });
    if lab.units().len() > 1 {
        ui.label(tr!("perceptron-unit-zero-shown"));
    }
    tlu_diagram_ui(
        ui,
        &TluView {
            unit: &unit,
            x,
            y: y.filter(|_| lab.units().len() == 1),
            step,
        },
    );
    step_plot_ui(ui, step, unit.net(&x));
    errors_plot_ui(ui, lab.errors_per_epoch());
    ui.label(tr!(
        "perceptron-progress",
        epoch = lab.trainer().map_or(0, |t| t.epoch()),
        samples = lab.steps(),
        updates = lab.total_updates()
    ));
    match lab.novikoff() {
        Some(b) => {
            let factor = if b.factor == 1.0 {
                String::new()
            } else {
                format!("{}·", num(b.factor))
            };
            ui.label(tr!(
                "perceptron-novikoff",
                radius = num(b.radius),
                margin = num(b.margin),
                factor = factor,
                limit = num(b.mistake_limit)
            ));
            ui.label(tr!(
                "perceptron-updates-so-far",
                updates = lab.total_updates(),
                limit = num(b.mistake_limit)
            ))
        }
        None if several_units(lab) => ui.label(tr!("perceptron-novikoff-per-unit")),
        None => ui.label(tr!("perceptron-novikoff-none")),
    };
    match lab.verdict() {
        Verdict::Running => {}
        Verdict::Converged { epochs } => {
            ui.label(
                RichText::new(tr!("perceptron-converged", epochs = epochs))
                    .strong()
                    .size(16.0),
            );
        }
        Verdict::NotSeparable { .. } => {
            ui.label(
                RichText::new(tr!("perceptron-not-separable"))
                    .strong()
                    .size(16.0)
                    .color(ui.visuals().warn_fg_color),
            );
            if let Some(how) = lab.status().and_then(detected_because) {
                ui.label(how);
            }
            if ui
                .button(tr!("perceptron-open-in-network"))
                .on_hover_text(tr!("perceptron-open-in-network-hover"))
                .clicked()
            {
                actions.push(Action::OpenInNetworkView(Box::new(lab.dataset().clone())));
            }
        }
    }
    // Last, so it never pushes the verdict's button out of a small window.
    class_key_ui(ui, lab.dataset());
    actions
}

/// The name of a step function in the current language.
fn step_label(step: StepFunction) -> String {
    match step {
        StepFunction::Heaviside => tr!("step-heaviside"),
        StepFunction::Sign => tr!("step-sign"),
    }
}

/// How the lab found that no line separates the data.
fn detected_because(status: &Status) -> Option<String> {
    match status {
        Status::Cycle { epoch, first_seen, .. } => {
            Some(tr!("perceptron-detected-cycle", epoch = *epoch, first = *first_seen))
        }
        Status::NotConverged { epochs, .. } => Some(tr!("perceptron-detected-limit", epochs = *epochs)),
        Status::Running | Status::Converged { .. } => None,
    }
}

/// Whether the lab trains one unit per class.
fn several_units(lab: &PerceptronLab) -> bool {
    lab.units().len() > 1
}

/// Column widths of the update table, so the header can stay above the
/// scrolling rows and still line up with them.
const COLUMN_WIDTHS: [f32; 9] = [44.0, 44.0, 36.0, 100.0, 32.0, 32.0, 120.0, 190.0, 110.0];

/// The update table: one row per update (correct samples add none). The
/// header stays put while the rows scroll.
fn table_ui(ui: &mut Ui, lab: &PerceptronLab) {
    let rows = lab.rows();
    ui.strong(tr!("perceptron-updates-heading", updates = rows.len()));
    let several = lab.units().len() > 1;
    let header = [
        "#".to_string(),
        tr!("perceptron-col-epoch"),
        tr!("perceptron-col-unit"),
        "x".to_string(),
        "y".to_string(),
        "ŷ".to_string(),
        "Δw = η(y−ŷ)x".to_string(),
        tr!("perceptron-col-w"),
        tr!("perceptron-col-b"),
    ]
    .map(|h| RichText::new(h).strong());
    // The fixed columns are wider than a laptop's plot area: they scroll
    // sideways rather than widen the lab past the notes panel.
    egui::ScrollArea::horizontal()
        .id_salt("perceptron_table_columns")
        .show(ui, |ui| {
            cells_ui(ui, header, several);
            ui.separator();
            egui::ScrollArea::vertical()
                .stick_to_bottom(true)
                .auto_shrink(false)
                .show(ui, |ui| {
                    let first = rows.len().saturating_sub(500);
                    for (i, r) in rows.iter().enumerate().skip(first) {
                        row_ui(ui, i + 1, r, several);
                    }
                });
        });
}

/// One line of the table in the fixed columns (the unit column only when
/// there are several units).
fn cells_ui(ui: &mut Ui, cells: [RichText; 9], several: bool) {
    ui.horizontal(|ui| {
        let height = ui.spacing().interact_size.y;
        for (k, (cell, width)) in cells.into_iter().zip(COLUMN_WIDTHS).enumerate() {
            if k != 2 || several {
                ui.add_sized([width, height], egui::Label::new(cell));
            }
        }
    });
}

/// One table row.
fn row_ui(ui: &mut Ui, n: usize, r: &Update, several: bool) {
    let v = |xs: &[f64]| format!("({})", xs.iter().map(|x| num(*x)).collect::<Vec<_>>().join(", "));
    let cells = [
        format!("#{n}"),
        r.epoch.to_string(),
        r.unit.to_string(),
        v(&r.x),
        num(r.y),
        num(r.y_hat),
        v(&r.delta_w()),
        format!("{} -> {}", v(&r.w_before), v(&r.w_after)),
        format!("{} -> {}", num(r.b_before), num(r.b_after)),
    ]
    .map(RichText::new);
    cells_ui(ui, cells, several);
}
