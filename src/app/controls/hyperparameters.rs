//! The training settings of the control panel: learning rate, batch size,
//! optimizer, loss, L1/L2 and seed, each of which a lesson step may lock
//! or hide by name (`learning_rate`, `optimizer`, …).

use egui::{Slider, Ui};

use super::{captioned, kept};
use crate::app::context::Classroom;
use crate::app::context::ViewOptions;
use crate::i18n::words::{loss_formula, optimizer_rule};
use crate::lessons::Setting;
use crate::nn::{AUTO_LOSS, Loss, OptimizerKind};
use crate::tr;
use crate::train::{MAX_LEARNING_RATE, MIN_LEARNING_RATE, TrainConfig};

/// Draws the training settings into the copy `c` of the configuration.
pub(super) fn hyperparameters_ui(ui: &mut Ui, options: &mut ViewOptions, c: &mut TrainConfig, classroom: &Classroom) {
    classroom.setting(ui, Setting::LearningRate, |ui| {
        captioned(
            ui,
            true,
            kept(Slider::new(&mut c.learning_rate, MIN_LEARNING_RATE..=MAX_LEARNING_RATE)).logarithmic(true),
            tr!("controls-learning-rate"),
        )
        .on_hover_text(tr!("controls-learning-rate-hover"))
    });
    classroom.setting(ui, Setting::BatchSize, |ui| {
        captioned(
            ui,
            true,
            kept(Slider::new(&mut c.batch_size, 1..=512)).logarithmic(true),
            tr!("controls-batch-size"),
        )
        .on_hover_text(tr!("controls-batch-size-hover"))
    });
    classroom.setting(ui, Setting::Optimizer, |ui| optimizer_ui(ui, c));
    classroom.setting(ui, Setting::Loss, |ui| loss_ui(ui, c));
    let penalty = |ui: &mut Ui, rate: &mut f32, text: String, hover: String| {
        captioned(ui, true, kept(Slider::new(rate, 0.0..=0.1)).logarithmic(true), text).on_hover_text(hover)
    };
    classroom.setting(ui, Setting::L1, |ui| {
        penalty(
            ui,
            &mut c.regularization.l1,
            tr!("controls-l1"),
            tr!("controls-l1-hover"),
        )
    });
    classroom.setting(ui, Setting::L2, |ui| {
        penalty(
            ui,
            &mut c.regularization.l2,
            tr!("controls-l2"),
            tr!("controls-l2-hover"),
        )
    });
    classroom.setting(ui, Setting::Seed, |ui| seed_ui(ui, c));
    captioned(
        ui,
        true,
        kept(Slider::new(&mut options.grid_resolution, 32..=256)),
        tr!("controls-resolution"),
    )
    .on_hover_text(tr!("controls-resolution-hover"));
}

/// SGD, momentum or Adam, each with its rule in the tooltip.
fn optimizer_ui(ui: &mut Ui, c: &mut TrainConfig) {
    let optimizer_tip = tr!("controls-optimizer-hover", rule = optimizer_rule(c.optimizer.kind));
    egui::ComboBox::from_label(tr!("controls-optimizer"))
        .selected_text(c.optimizer.kind.name())
        .show_ui(ui, |ui| {
            for kind in OptimizerKind::ALL {
                ui.selectable_value(&mut c.optimizer.kind, kind, kind.name())
                    .on_hover_text(optimizer_rule(kind));
            }
        })
        .response
        .on_hover_text(optimizer_tip);
}

/// The loss (`auto`: chosen from the data), each with its formula.
fn loss_ui(ui: &mut Ui, c: &mut TrainConfig) {
    let loss_text = c.loss.map_or(AUTO_LOSS, |l| l.name());
    let loss_tip = tr!("controls-loss-hover", formula = loss_formula(c.loss));
    egui::ComboBox::from_label(tr!("controls-loss"))
        .selected_text(loss_text)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut c.loss, None, AUTO_LOSS)
                .on_hover_text(loss_formula(None));
            for l in Loss::ALL {
                ui.selectable_value(&mut c.loss, Some(l), l.name())
                    .on_hover_text(loss_formula(Some(l)));
            }
        })
        .response
        .on_hover_text(loss_tip);
}

/// The seed and a button for a new one.
fn seed_ui(ui: &mut Ui, c: &mut TrainConfig) {
    ui.horizontal(|ui| {
        ui.add(egui::DragValue::new(&mut c.seed).prefix(tr!("controls-seed")))
            .on_hover_text(tr!("controls-seed-hover"));
        if ui
            .button(tr!("controls-new-seed"))
            .on_hover_text(tr!("controls-new-seed-hover"))
            .clicked()
        {
            c.seed = c
                .seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407)
                >> 16;
        }
    });
}
