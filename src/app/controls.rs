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

use super::engine_texts::{activation_formula, feature_explanation, generator_label, loss_formula, optimizer_rule};
use crate::app::context::Action;
use crate::app::context::Classroom;
use crate::app::context::View;
use crate::app::context::ViewOptions;
use crate::app::widgets::colors::class_color;
use crate::data::{Dataset, Feature, GenParams, Generator};
use crate::lessons::ControlGroup;
use crate::nn::{AUTO_LOSS, Activation, Loss, MAX_HIDDEN_LAYERS, MAX_NEURONS, OptimizerKind};
use crate::tr;
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
                .text(tr!("controls-points")),
        )
        .on_hover_text(tr!("controls-points-hover"));
        ui.add(kept(Slider::new(&mut params.noise, 0.0..=1.0)).text(tr!("controls-noise")))
            .on_hover_text(tr!("controls-noise-hover"));
    }
    if let Some((lo, hi)) = generator.class_range() {
        ui.add(kept(Slider::new(&mut params.classes, lo..=hi)).text(tr!("controls-classes")))
            .on_hover_text(tr!("controls-classes-hover"));
    }
}

/// What a file's data is: its points, classes and columns, and whether the
/// network sees the inputs standardized.
fn file_facts_ui(ui: &mut Ui, dataset: &Dataset) {
    let n = dataset.points.len();
    let facts = if dataset.is_classification() {
        tr!(
            "controls-file-classes",
            points = n,
            classes = dataset.num_classes(),
            names = dataset.class_names().join(", ")
        )
    } else {
        tr!("controls-file-regression", points = n)
    };
    ui.label(facts).on_hover_text(tr!("controls-file-hover"));
    ui.label(format!(
        "x₁ = {}, x₂ = {}",
        dataset.axis_names[0], dataset.axis_names[1]
    ))
    .on_hover_text(tr!("controls-file-columns-hover"));
    if let Some(s) = dataset.scaling {
        ui.label(tr!(
            "controls-file-standardized",
            mean = format!("({:.3}, {:.3})", s.mean[0], s.mean[1]),
            std = format!("({:.3}, {:.3})", s.std[0], s.std[1])
        ))
        .on_hover_text(tr!("controls-file-standardized-hover"));
    }
}

/// Draws the left panel and returns the user's requests.
pub fn controls_panel_ui(ui: &mut Ui, options: &mut ViewOptions, view: &View) -> Vec<Action> {
    let mut actions = Vec::new();
    // The widgets edit a copy; a changed copy becomes one action.
    let mut config = view.config.clone();
    let width = crate::app::widgets::panel_sizes::controls(ui.ctx().content_rect().width());
    width
        .apply(egui::Panel::left("controls").resizable(true))
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                // Sliders give way on a narrow panel so their captions stay
                // readable (a laptop screen).
                ui.spacing_mut().slider_width = (ui.available_width() - 160.0).clamp(50.0, 140.0);
                let classroom = &view.classroom;
                classroom.group(ui, ControlGroup::Run, |ui| training_buttons_ui(ui, view, &mut actions));
                pace_ui(ui, &mut options.pace);
                undo_buttons_ui(ui, view, &mut actions);
                ui.separator();
                if classroom.shown(ControlGroup::Data) {
                    egui::CollapsingHeader::new(tr!("controls-data"))
                        .default_open(true)
                        .show(ui, |ui| {
                            classroom.group(ui, ControlGroup::Data, |ui| {
                                data_ui(ui, options, &mut config, view, &mut actions)
                            })
                        });
                }
                if classroom.shown(ControlGroup::Features) || classroom.shown(ControlGroup::Network) {
                    egui::CollapsingHeader::new(tr!("controls-network"))
                        .default_open(true)
                        .show(ui, |ui| network_ui(ui, &mut config, classroom));
                }
                if classroom.shown(ControlGroup::Training) {
                    egui::CollapsingHeader::new(tr!("controls-training"))
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

/// The training speed: epochs per second on a log scale, "max" at the
/// right end (flat out).
pub fn pace_ui(ui: &mut Ui, pace: &mut TrainPace) {
    let mut speed = pace.epochs_per_second().unwrap_or(TrainPace::FASTEST);
    let slider = Slider::new(&mut speed, TrainPace::SLOWEST..=TrainPace::FASTEST)
        .logarithmic(true)
        .text(tr!("controls-speed"))
        .custom_formatter(|v, _| {
            if v >= TrainPace::FASTEST {
                tr!("controls-speed-max")
            } else {
                tr!("controls-speed-value", rate = format!("{v:.0}"))
            }
        });
    let response = ui.add(slider).on_hover_text(tr!("controls-speed-hover"));
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
        let undo_tip = view.undo.map_or_else(
            || tr!("controls-undo-nothing-hover"),
            |u| tr!("controls-undo-hover", edit = u),
        );
        if ui
            .add_enabled(view.undo.is_some(), egui::Button::new(tr!("controls-undo")))
            .on_hover_text(&undo_tip)
            .on_disabled_hover_text(&undo_tip)
            .clicked()
        {
            actions.push(Action::Undo);
        }
        let redo_tip = view.redo.map_or_else(
            || tr!("controls-redo-nothing-hover"),
            |r| tr!("controls-redo-hover", edit = r),
        );
        if ui
            .add_enabled(view.redo.is_some(), egui::Button::new(tr!("controls-redo")))
            .on_hover_text(&redo_tip)
            .on_disabled_hover_text(&redo_tip)
            .clicked()
        {
            actions.push(Action::Redo);
        }
    });
}

fn training_buttons_ui(ui: &mut Ui, view: &View, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let (label, tip, action) = if view.running {
            (tr!("controls-pause"), tr!("controls-pause-hover"), Action::Pause)
        } else {
            (tr!("controls-play"), tr!("controls-play-hover"), Action::Play)
        };
        if ui.button(RichText::new(label).strong()).on_hover_text(tip).clicked() {
            actions.push(action);
        }
        if ui
            .button(tr!("controls-step"))
            .on_hover_text(tr!("controls-step-hover"))
            .clicked()
        {
            actions.push(Action::StepBatch);
        }
        if ui
            .button(tr!("controls-step-epoch"))
            .on_hover_text(tr!("controls-step-epoch-hover"))
            .clicked()
        {
            actions.push(Action::StepEpoch);
        }
        if ui
            .button(tr!("controls-reset"))
            .on_hover_text(tr!("controls-reset-hover"))
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
        generator_label(generator)
    } else {
        tr!("controls-dataset-file", name = dataset.name.as_str())
    };
    egui::ComboBox::from_label(tr!("controls-dataset"))
        .selected_text(current)
        .show_ui(ui, |ui| {
            for g in Generator::ALL {
                ui.selectable_value(&mut generator, g, generator_label(g));
            }
        })
        .response
        .on_hover_text(tr!("controls-dataset-hover"));
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
        kept(Slider::new(&mut config.test_ratio, 0.0..=0.9)).text(tr!("controls-test-ratio")),
    )
    .on_hover_text(tr!("controls-test-ratio-hover"))
    .on_disabled_hover_text(tr!("controls-test-ratio-gate-hover"));
    ui.horizontal(|ui| {
        if ui
            .add_enabled(generated, egui::Button::new(tr!("controls-regenerate")))
            .on_hover_text(tr!("controls-regenerate-hover"))
            .on_disabled_hover_text(tr!("controls-regenerate-file-hover"))
            .clicked()
        {
            actions.push(Action::Regenerate);
        }
        if ui
            .button(tr!("controls-clear"))
            .on_hover_text(tr!("controls-clear-hover"))
            .clicked()
        {
            actions.push(Action::Clear);
        }
    });
    ui.checkbox(&mut options.keep_weights, tr!("controls-keep-weights"))
        .on_hover_text(tr!("controls-keep-weights-hover"));
    if dataset.is_classification() {
        ui.label(tr!("controls-new-point-class"));
        ui.horizontal_wrapped(|ui| {
            for (k, name) in dataset.class_names().iter().enumerate() {
                let (dot, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter().circle_filled(dot.center(), 5.0, class_color(k));
                let label = tr!("controls-class", name = name.as_str());
                let tip = tr!("controls-class-hover", name = name.as_str(), key = k + 1);
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
                .prefix(tr!("controls-new-value")),
        )
        .on_hover_text(tr!("controls-new-value-hover"));
    }
    ui.checkbox(&mut options.show_test, tr!("controls-show-test"))
        .on_hover_text(tr!("controls-show-test-hover"));
    ui.checkbox(&mut options.discretize, tr!("controls-discretize"))
        .on_hover_text(tr!("controls-discretize-hover"));
    ui.label(RichText::new(tr!("controls-mouse-help")).small().weak());
}

fn network_ui(ui: &mut Ui, c: &mut TrainConfig, classroom: &Classroom) {
    classroom.group(ui, ControlGroup::Features, |ui| features_ui(ui, c));
    classroom.group(ui, ControlGroup::Network, |ui| shape_ui(ui, c));
}

fn features_ui(ui: &mut Ui, c: &mut TrainConfig) {
    ui.label(tr!("controls-features"));
    ui.horizontal_wrapped(|ui| {
        for f in Feature::ALL {
            let mut on = c.features.contains(&f);
            if ui
                .checkbox(&mut on, f.label())
                .on_hover_text(feature_explanation(f))
                .changed()
            {
                c.toggle_feature(f, on);
            }
        }
    });
}

fn shape_ui(ui: &mut Ui, c: &mut TrainConfig) {
    let activation = c.hidden.first().map_or(Activation::Tanh, |l| l.activation);
    ui.horizontal(|ui| {
        ui.label(tr!("controls-hidden-layers", count = c.hidden.len()));
        if ui
            .add_enabled(c.hidden.len() < MAX_HIDDEN_LAYERS, egui::Button::new("+"))
            .on_hover_text(tr!("controls-add-layer-hover"))
            .clicked()
        {
            c.add_hidden_layer();
        }
        if ui
            .add_enabled(!c.hidden.is_empty(), egui::Button::new("−"))
            .on_hover_text(tr!("controls-remove-layer-hover"))
            .clicked()
        {
            c.hidden.pop();
        }
    });
    for (i, layer) in c.hidden.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            ui.label(tr!("controls-layer", layer = i + 1));
            ui.add(
                egui::DragValue::new(&mut layer.neurons)
                    .range(1..=MAX_NEURONS)
                    .suffix(tr!("controls-neurons")),
            )
            .on_hover_text(tr!("controls-neurons-hover", layer = i + 1, max = MAX_NEURONS));
        });
    }
    let mut chosen = activation;
    // The network editor sets activations per layer.
    let mixed = c.hidden.iter().any(|l| l.activation != activation);
    let activation_tip = if mixed {
        tr!("controls-activation-mixed-hover")
    } else {
        tr!("controls-activation-hover", formula = activation_formula(chosen))
    };
    egui::ComboBox::from_label(tr!("controls-activation"))
        .selected_text(if mixed {
            tr!("controls-activation-mixed")
        } else {
            chosen.name().to_string()
        })
        .show_ui(ui, |ui| {
            for a in Activation::ALL {
                ui.selectable_value(&mut chosen, a, a.name())
                    .on_hover_text(activation_formula(a));
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
            .text(tr!("controls-learning-rate")),
    )
    .on_hover_text(tr!("controls-learning-rate-hover"));
    ui.add(
        kept(Slider::new(&mut c.batch_size, 1..=512))
            .logarithmic(true)
            .text(tr!("controls-batch-size")),
    )
    .on_hover_text(tr!("controls-batch-size-hover"));
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
    ui.add(
        kept(Slider::new(&mut c.regularization.l1, 0.0..=0.1))
            .logarithmic(true)
            .text(tr!("controls-l1")),
    )
    .on_hover_text(tr!("controls-l1-hover"));
    ui.add(
        kept(Slider::new(&mut c.regularization.l2, 0.0..=0.1))
            .logarithmic(true)
            .text(tr!("controls-l2")),
    )
    .on_hover_text(tr!("controls-l2-hover"));
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
    ui.add(kept(Slider::new(&mut options.grid_resolution, 32..=256)).text(tr!("controls-resolution")))
        .on_hover_text(tr!("controls-resolution-hover"));
}
