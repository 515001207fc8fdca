//! The control panel: training buttons, data, network and hyperparameters.
//! Each control explains itself in a tooltip, with the formula where there
//! is one.
//!
//! Reads: the [`View`] (configuration, generator, data, run state, what
//! Undo would do). Edits in place: the [`ViewOptions`] it shows (test
//! points, discretized output, new point value). Emits: training actions,
//! [`Action::SetConfig`] (with the edited copy of the configuration),
//! [`Action::SetGenerator`], `Regenerate`, `Clear`, `Undo`, `Redo`,
//! `SelectClass`.

use egui::{RichText, Slider, Ui};

use super::actions::Action;
use super::colors::class_color;
use super::settings::ViewOptions;
use super::view::View;
use crate::data::{Dataset, Feature, GenParams, Generator};
use crate::nn::{AUTO_LOSS, Activation, Loss, MAX_HIDDEN_LAYERS, MAX_NEURONS, OptimizerKind};
use crate::train::{MAX_LEARNING_RATE, MIN_LEARNING_RATE, TrainConfig, TrainPace};

/// A slider that leaves a value from elsewhere (a file, the command line,
/// a session) alone until the user moves it: egui's default would clamp
/// it to the slider's range on the first frame, silently changing the
/// data or the network.
fn kept(slider: Slider<'_>) -> Slider<'_> {
    slider.clamping(egui::SliderClamping::Edits)
}

/// The generator's settings (points, noise, classes).
fn generator_ui(ui: &mut Ui, generator: Generator, params: &mut GenParams) {
    if !generator.is_truth_table() {
        ui.add(
            kept(Slider::new(&mut params.points, 10..=5000))
                .logarithmic(true)
                .text("points"),
        )
        .on_hover_text("How many points the generator draws");
        ui.add(kept(Slider::new(&mut params.noise, 0.0..=1.0)).text("noise"))
            .on_hover_text("Gaussian jitter added to each point, as a fraction of the data's spread");
    }
    if let Some((lo, hi)) = generator.class_range() {
        ui.add(kept(Slider::new(&mut params.classes, lo..=hi)).text("classes"))
            .on_hover_text("Number of classes (spiral arms, blobs) the generator draws");
    }
}

/// What a file's data is: its points, classes and columns, and whether the
/// network sees the inputs standardized.
fn file_facts_ui(ui: &mut Ui, dataset: &Dataset) {
    let n = dataset.points.len();
    let kind = if dataset.is_classification() {
        format!(
            "{} classes: {}",
            dataset.num_classes(),
            dataset.class_names().join(", ")
        )
    } else {
        "a regression target".to_string()
    };
    ui.label(format!("{n} points, {kind}"))
        .on_hover_text("Read from the file; the generator settings do not apply");
    ui.label(format!(
        "x₁ = {}, x₂ = {}",
        dataset.axis_names[0], dataset.axis_names[1]
    ))
    .on_hover_text("The file's columns used as the two inputs");
    if let Some(s) = dataset.scaling {
        ui.label(format!(
            "standardized for the network: z = (x − μ)/σ, μ = ({:.3}, {:.3}), σ = ({:.3}, {:.3})",
            s.mean[0], s.mean[1], s.std[0], s.std[1]
        ))
        .on_hover_text(
            "The plot shows the file's own units; the network sees each input with zero mean and unit spread",
        );
    }
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
                training_buttons_ui(ui, view, &mut actions);
                pace_ui(ui, &mut options.pace);
                undo_buttons_ui(ui, view, &mut actions);
                ui.separator();
                egui::CollapsingHeader::new("Data")
                    .default_open(true)
                    .show(ui, |ui| data_ui(ui, options, &mut config, view, &mut actions));
                egui::CollapsingHeader::new("Network")
                    .default_open(true)
                    .show(ui, |ui| network_ui(ui, &mut config));
                egui::CollapsingHeader::new("Training")
                    .default_open(true)
                    .show(ui, |ui| hyperparameters_ui(ui, options, &mut config));
            });
        });
    if config != *view.config {
        actions.push(Action::SetConfig(Box::new(config)));
    }
    actions
}

/// The training speed: epochs per second on a log scale, "max" at the
/// right end (flat out).
pub fn pace_ui(ui: &mut Ui, pace: &mut TrainPace) {
    let mut speed = pace.epochs_per_second().unwrap_or(TrainPace::FASTEST);
    let slider = Slider::new(&mut speed, TrainPace::SLOWEST..=TrainPace::FASTEST)
        .logarithmic(true)
        .text("speed")
        .custom_formatter(|v, _| {
            if v >= TrainPace::FASTEST {
                "max".to_string()
            } else {
                format!("{v:.0} epochs/s")
            }
        });
    let response = ui
        .add(slider)
        .on_hover_text("How fast training runs: slow enough to watch the boundary form, or \"max\" for full speed");
    if response.changed() {
        *pace = if speed >= TrainPace::FASTEST {
            TrainPace::Max
        } else {
            TrainPace::EpochsPerSecond(speed)
        };
    }
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
    // Generator settings describe the data only while it is that
    // generator's output; a file (or a lab's points) has its own facts.
    let generated = dataset.generator.is_some();
    let current = if generated {
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
        })
        .response
        .on_hover_text("Where the points come from: a built-in generator (File ▸ Open dataset… for your own)");
    if generated {
        generator_ui(ui, generator, &mut params);
    } else {
        file_facts_ui(ui, dataset);
    }
    if (generator, params) != (view.generator, view.gen_params) || (!generated && generator != view.generator) {
        actions.push(Action::SetGenerator(generator, params));
    }
    let gate = dataset.generator.is_some_and(Generator::is_truth_table);
    ui.add_enabled(
        !gate,
        kept(Slider::new(&mut config.test_ratio, 0.0..=0.9)).text("test ratio"),
    )
    .on_hover_text("Fraction of points held out to measure generalization; never trained on")
    .on_disabled_hover_text("A gate's 4 points are its truth table: all of them are trained on");
    ui.horizontal(|ui| {
        if ui
            .add_enabled(generated, egui::Button::new("Regenerate"))
            .on_hover_text("Draw the dataset again")
            .on_disabled_hover_text("File data cannot be drawn again; choose a generator above")
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
    ui.checkbox(&mut options.keep_weights, "Keep the weights on new data")
        .on_hover_text(
            "New data, a new split or another generator normally starts a new experiment: \
             fresh weights from the seed and an empty loss history. Tick this to train the same network on the new data.",
        );
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
        )
        .on_hover_text("The target value a new point gets when you click (regression data)");
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

fn network_ui(ui: &mut Ui, c: &mut TrainConfig) {
    ui.label("Input features");
    ui.horizontal_wrapped(|ui| {
        for f in Feature::ALL {
            let mut on = c.features.contains(&f);
            if ui.checkbox(&mut on, f.label()).on_hover_text(f.explanation()).changed() {
                c.toggle_feature(f, on);
            }
        }
    });
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
            )
            .on_hover_text(format!(
                "Neurons in hidden layer {}: each computes a = φ(Σ w·x + b) (drag or type, 1 to {MAX_NEURONS})",
                i + 1
            ));
        });
    }
    let mut chosen = activation;
    // The network editor sets activations per layer.
    let mixed = c.hidden.iter().any(|l| l.activation != activation);
    let activation_tip = if mixed {
        "φ of the hidden layers (they differ: set each in the network editor)".to_string()
    } else {
        format!("φ of every hidden layer, a = φ(z): {}", chosen.formula())
    };
    egui::ComboBox::from_label("Activation")
        .selected_text(if mixed { "mixed" } else { chosen.name() })
        .show_ui(ui, |ui| {
            for a in Activation::ALL {
                ui.selectable_value(&mut chosen, a, a.name()).on_hover_text(a.formula());
            }
        })
        .response
        .on_hover_text(activation_tip);
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
    let optimizer_tip = format!(
        "How each gradient g = ∂L/∂w becomes a step. Now: {}",
        c.optimizer.kind.rule()
    );
    egui::ComboBox::from_label("Optimizer")
        .selected_text(c.optimizer.kind.name())
        .show_ui(ui, |ui| {
            for kind in OptimizerKind::ALL {
                ui.selectable_value(&mut c.optimizer.kind, kind, kind.name())
                    .on_hover_text(kind.rule());
            }
        })
        .response
        .on_hover_text(optimizer_tip);
    let loss_text = c.loss.map_or(AUTO_LOSS, |l| l.name());
    let loss_tip = format!(
        "What training minimizes. Now: {}",
        c.loss.map_or(Loss::AUTO_RULE, Loss::formula)
    );
    egui::ComboBox::from_label("Loss")
        .selected_text(loss_text)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut c.loss, None, AUTO_LOSS)
                .on_hover_text(Loss::AUTO_RULE);
            for l in Loss::ALL {
                ui.selectable_value(&mut c.loss, Some(l), l.name())
                    .on_hover_text(l.formula());
            }
        })
        .response
        .on_hover_text(loss_tip);
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
        if ui
            .button("New seed")
            .on_hover_text("Pick another seed: new initial weights, shuffling and split")
            .clicked()
        {
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
