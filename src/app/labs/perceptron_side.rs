//! The perceptron lab's side column: the verdict and Novikoff's bound
//! first (what the lab is for, in view on a laptop without scrolling),
//! then the TLU on the next sample, the step function, errors per epoch and
//! the class key.

use egui::{RichText, Ui};

use super::perceptron_draw::{TluView, errors_plot_ui, step_plot_ui, tlu_diagram_ui};
use crate::app::context::Action;
use crate::app::widgets::colors::class_color;
use crate::app::widgets::format::num;
use crate::labs::perceptron_lab::{PerceptronLab, Verdict};
use crate::nn::perceptron::Status;
use crate::tr;

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

/// The verdict and the bound, then the TLU, the step function and the
/// errors per epoch.
pub(super) fn side_ui(ui: &mut Ui, lab: &PerceptronLab) -> Vec<Action> {
    let mut actions = Vec::new();
    if let Err(e) = lab.trainer() {
        ui.colored_label(
            ui.visuals().error_fg_color,
            tr!("perceptron-cannot-train", reason = e.to_string()),
        );
        return actions;
    }
    // The result first: the verdict and the bound are what the lab is
    // for, and stay in view on a laptop screen whatever comes below.
    result_ui(ui, lab, &mut actions);
    ui.separator();
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
    class_key_ui(ui, lab.dataset());
    actions
}

/// Progress, Novikoff's bound and the verdict.
fn result_ui(ui: &mut Ui, lab: &PerceptronLab, actions: &mut Vec<Action>) {
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
            ui.label(tr!("perceptron-novikoff-plane", distance = num(b.plane_distance())));
            ui.label(tr!(
                "perceptron-updates-so-far",
                updates = lab.total_updates(),
                limit = num(b.mistake_limit)
            ))
        }
        None if several_units(lab) => ui.label(tr!("perceptron-novikoff-per-unit")),
        None => ui.label(tr!("perceptron-novikoff-none")),
    };
    if lab.weight_path().edited() {
        ui.label(RichText::new(tr!("perceptron-novikoff-edited")).weak());
    }
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
