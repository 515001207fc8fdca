//! The control panel: training buttons, data, network and hyperparameters.
//! Each control explains itself in a tooltip, with the formula where there
//! is one.
//!
//! Reads: the [`View`] (configuration, generator, data, run state, what
//! Undo would do). Edits in place: the [`ViewOptions`] it shows (test
//! points, discretized output, new point value). Emits: training actions,
//! [`Action::SetConfig`] (with the edited copy of the configuration),
//! [`Action::SetGenerator`], `Regenerate`, `Clear`, `Undo`, `Redo`,
//! `SelectClass`. A lesson step may hide or lock each group of controls
//! ([`View::classroom`]).

use egui::{RichText, Slider, Ui};

use super::actions::Action;
use super::colors::class_color;
use super::lesson::Classroom;
use super::settings::ViewOptions;
use super::view::View;
use crate::data::{Feature, Generator};
use crate::lessons::ControlGroup;
use crate::nn::{Activation, Loss, MAX_HIDDEN_LAYERS, MAX_NEURONS, OptimizerKind};
use crate::train::{MAX_LEARNING_RATE, MIN_LEARNING_RATE, TrainConfig};

/// A slider that leaves a value from elsewhere (a file, the command line,
/// a session) alone until the user moves it: egui's default would clamp
/// it to the slider's range on the first frame, silently changing the
/// data or the network.
fn kept(slider: Slider<'_>) -> Slider<'_> {
    slider.clamping(egui::SliderClamping::Edits)
}

/// Draws the left panel and returns the user's requests.
pub fn controls_panel_ui(ui: &mut Ui, options: &mut ViewOptions, view: &View) -> Vec<Action> {
    let mut actions = Vec::new();
    // The widgets edit a copy; a changed copy becomes one action.
    let mut config = view.config.clone();
    egui::Panel::left("controls")
        .resizable(true)
        .default_size(270.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                let classroom = &view.classroom;
                classroom.group(ui, ControlGroup::Run, |ui| training_buttons_ui(ui, view, &mut actions));
                undo_buttons_ui(ui, view, &mut actions);
                ui.separator();
                if classroom.shown(ControlGroup::Data) {
                    egui::CollapsingHeader::new("Data").default_open(true).show(ui, |ui| {
                        classroom.group(ui, ControlGroup::Data, |ui| {
                            data_ui(ui, options, &mut config, view, &mut actions)
                        })
                    });
                }
                if classroom.shown(ControlGroup::Features) || classroom.shown(ControlGroup::Network) {
                    egui::CollapsingHeader::new("Network")
                        .default_open(true)
                        .show(ui, |ui| network_ui(ui, &mut config, classroom));
                }
                if classroom.shown(ControlGroup::Training) {
                    egui::CollapsingHeader::new("Training")
                        .default_open(true)
                        .show(ui, |ui| {
                            classroom.group(ui, ControlGroup::Training, |ui| {
                                hyperparameters_ui(ui, options, &mut config)
                            })
                        });
                }
            });
        });
    if config != *view.config {
        actions.push(Action::SetConfig(Box::new(config)));
    }
    actions
}

/// Undo and Redo, which take back any change: of the data, the settings
/// or the network.
fn undo_buttons_ui(ui: &mut Ui, view: &View, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let undo_tip = view
            .undo
            .map_or_else(|| "Nothing to undo".to_string(), |u| format!("Undo: {u} (Ctrl+Z)"));
        if ui
            .add_enabled(view.undo.is_some(), egui::Button::new("Undo"))
            .on_hover_text(&undo_tip)
            .on_disabled_hover_text(&undo_tip)
            .clicked()
        {
            actions.push(Action::Undo);
        }
        let redo_tip = view.redo.map_or_else(
            || "Nothing to redo".to_string(),
            |r| format!("Redo: {r} (Ctrl+Shift+Z)"),
        );
        if ui
            .add_enabled(view.redo.is_some(), egui::Button::new("Redo"))
            .on_hover_text(&redo_tip)
            .on_disabled_hover_text(&redo_tip)
            .clicked()
        {
            actions.push(Action::Redo);
        }
    });
}

fn training_buttons_ui(ui: &mut Ui, view: &View, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let (label, tip, action) = if view.running {
            ("Pause", "Stop training (Space)", Action::Pause)
        } else {
            (
                "Play",
                "Train continuously on a background thread (Space)",
                Action::Play,
            )
        };
        if ui.button(RichText::new(label).strong()).on_hover_text(tip).clicked() {
            actions.push(action);
        }
        if ui.button("Step").on_hover_text("Train one mini-batch (S)").clicked() {
            actions.push(Action::StepBatch);
        }
        if ui
            .button("Step epoch")
            .on_hover_text("Train one pass over all training points (Shift+S)")
            .clicked()
        {
            actions.push(Action::StepEpoch);
        }
        if ui
            .button("Reset")
            .on_hover_text("Start again from the initial weights the seed gives (R)")
            .clicked()
        {
            actions.push(Action::Reset);
        }
    });
}

fn data_ui(ui: &mut Ui, options: &mut ViewOptions, config: &mut TrainConfig, view: &View, actions: &mut Vec<Action>) {
    let (mut generator, mut params) = (view.generator, view.gen_params);
    let dataset = view.dataset;
    // Imported data is named after its file, not after a generator.
    let current = if dataset.name == generator.name() {
        generator.label().to_string()
    } else {
        format!("{} (file)", dataset.name)
    };
    egui::ComboBox::from_label("Dataset")
        .selected_text(current)
        .show_ui(ui, |ui| {
            for g in Generator::ALL {
                ui.selectable_value(&mut generator, g, g.label());
            }
        });
    if !matches!(generator, Generator::And | Generator::Or | Generator::Xor) {
        ui.add(
            kept(Slider::new(&mut params.points, 10..=5000))
                .logarithmic(true)
                .text("points"),
        )
        .on_hover_text("How many points the generator draws");
        ui.add(kept(Slider::new(&mut params.noise, 0.0..=1.0)).text("noise"))
            .on_hover_text("Gaussian jitter added to each point");
    }
    if let Some((lo, hi)) = generator.class_range() {
        ui.add(kept(Slider::new(&mut params.classes, lo..=hi)).text("classes"));
    }
    if (generator, params) != (view.generator, view.gen_params) {
        actions.push(Action::SetGenerator(generator, params));
    }
    ui.add(kept(Slider::new(&mut config.test_ratio, 0.0..=0.9)).text("test ratio"))
        .on_hover_text("Fraction of points held out to measure generalization; never trained on");
    ui.horizontal(|ui| {
        if ui
            .button("Regenerate")
            .on_hover_text("Draw the dataset again")
            .clicked()
        {
            actions.push(Action::Regenerate);
        }
        if ui
            .button("Clear")
            .on_hover_text("Remove every point (undoable)")
            .clicked()
        {
            actions.push(Action::Clear);
        }
    });
    if dataset.is_classification() {
        ui.label("New points get class (keys 1–9):");
        ui.horizontal_wrapped(|ui| {
            for (k, name) in dataset.class_names().iter().enumerate() {
                let (dot, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter().circle_filled(dot.center(), 5.0, class_color(k));
                let label = format!("class {name}");
                let tip = format!("New points get class {name} (key {})", k + 1);
                if ui
                    .selectable_label(options.selected_class == k, label)
                    .on_hover_text(tip)
                    .clicked()
                {
                    actions.push(Action::SelectClass(k));
                }
            }
        });
    } else {
        ui.add(
            egui::DragValue::new(&mut options.new_value)
                .speed(0.05)
                .prefix("new point value "),
        );
    }
    ui.checkbox(&mut options.show_test, "Show test data")
        .on_hover_text("Test points are drawn hollow");
    ui.checkbox(&mut options.discretize, "Discretize output")
        .on_hover_text("Paint each class region flat instead of by probability");
    ui.label(
        RichText::new("Click: add · drag: move · right-click: delete")
            .small()
            .weak(),
    );
}

fn network_ui(ui: &mut Ui, c: &mut TrainConfig, classroom: &Classroom) {
    classroom.group(ui, ControlGroup::Features, |ui| features_ui(ui, c));
    classroom.group(ui, ControlGroup::Network, |ui| shape_ui(ui, c));
}

fn features_ui(ui: &mut Ui, c: &mut TrainConfig) {
    ui.label("Input features");
    ui.horizontal_wrapped(|ui| {
        for f in Feature::ALL {
            let mut on = c.features.contains(&f);
            if ui.checkbox(&mut on, f.label()).changed() {
                c.toggle_feature(f, on);
            }
        }
    });
}

fn shape_ui(ui: &mut Ui, c: &mut TrainConfig) {
    let activation = c.hidden.first().map_or(Activation::Tanh, |l| l.activation);
    ui.horizontal(|ui| {
        ui.label(format!("{} hidden layers", c.hidden.len()));
        if ui
            .add_enabled(c.hidden.len() < MAX_HIDDEN_LAYERS, egui::Button::new("+"))
            .on_hover_text("Add a hidden layer")
            .clicked()
        {
            c.add_hidden_layer();
        }
        if ui
            .add_enabled(!c.hidden.is_empty(), egui::Button::new("−"))
            .on_hover_text("Remove the last hidden layer")
            .clicked()
        {
            c.hidden.pop();
        }
    });
    for (i, layer) in c.hidden.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            ui.label(format!("layer {}:", i + 1));
            ui.add(
                egui::DragValue::new(&mut layer.neurons)
                    .range(1..=MAX_NEURONS)
                    .suffix(" neurons"),
            );
        });
    }
    let mut chosen = activation;
    // The network editor sets activations per layer.
    let mixed = c.hidden.iter().any(|l| l.activation != activation);
    egui::ComboBox::from_label("Activation")
        .selected_text(if mixed { "mixed" } else { chosen.name() })
        .show_ui(ui, |ui| {
            for a in Activation::ALL {
                ui.selectable_value(&mut chosen, a, a.name()).on_hover_text(a.formula());
            }
        });
    if chosen != activation {
        c.hidden.iter_mut().for_each(|l| l.activation = chosen);
    }
}

fn hyperparameters_ui(ui: &mut Ui, options: &mut ViewOptions, c: &mut TrainConfig) {
    ui.add(
        kept(Slider::new(&mut c.learning_rate, MIN_LEARNING_RATE..=MAX_LEARNING_RATE))
            .logarithmic(true)
            .text("learning rate"),
    )
    .on_hover_text("Step size η of each update: w ← w − η·∂L/∂w");
    ui.add(
        kept(Slider::new(&mut c.batch_size, 1..=512))
            .logarithmic(true)
            .text("batch size"),
    )
    .on_hover_text("Samples averaged per gradient step");
    egui::ComboBox::from_label("Optimizer")
        .selected_text(c.optimizer.kind.name())
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut c.optimizer.kind, OptimizerKind::Sgd, "sgd")
                .on_hover_text("w ← w − η·g");
            ui.selectable_value(&mut c.optimizer.kind, OptimizerKind::Momentum, "momentum")
                .on_hover_text("v ← μv − η·g,  w ← w + v");
            ui.selectable_value(&mut c.optimizer.kind, OptimizerKind::Adam, "adam")
                .on_hover_text("Per-weight steps from running means of g and g² (bias-corrected)");
        });
    let loss_text = c.loss.map_or("auto", |l| l.name());
    egui::ComboBox::from_label("Loss")
        .selected_text(loss_text)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut c.loss, None, "auto")
                .on_hover_text("MSE for regression, BCE for 2 classes, CE for more");
            for l in [Loss::Mse, Loss::BinaryCrossEntropy, Loss::CrossEntropy] {
                ui.selectable_value(&mut c.loss, Some(l), l.name())
                    .on_hover_text(l.label());
            }
        });
    ui.add(
        kept(Slider::new(&mut c.regularization.l1, 0.0..=0.1))
            .logarithmic(true)
            .text("L1"),
    )
    .on_hover_text("Penalty λ₁·Σ|w| on weights (not biases): pushes weights to exactly zero");
    ui.add(
        kept(Slider::new(&mut c.regularization.l2, 0.0..=0.1))
            .logarithmic(true)
            .text("L2"),
    )
    .on_hover_text("Penalty (λ₂/2)·Σw² on weights (not biases): shrinks them all");
    ui.horizontal(|ui| {
        ui.add(egui::DragValue::new(&mut c.seed).prefix("seed "))
            .on_hover_text("Seed of the initial weights, the shuffling and the split");
        if ui.button("New seed").clicked() {
            c.seed = c
                .seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407)
                >> 16;
        }
    });
    ui.add(kept(Slider::new(&mut options.grid_resolution, 32..=256)).text("boundary resolution"))
        .on_hover_text("Cells per side of the decision-boundary image");
}
