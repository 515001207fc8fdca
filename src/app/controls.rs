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

mod data;
mod hyperparameters;

use egui::{RichText, Slider, Ui};

use data::data_ui;
use hyperparameters::hyperparameters_ui;

use crate::app::context::Action;
use crate::app::context::Classroom;
use crate::app::context::View;
use crate::app::context::ViewOptions;
use crate::data::Feature;
use crate::i18n::words::{activation_formula, feature_explanation};
use crate::lessons::{Control, ControlGroup, Setting};
use crate::nn::{Activation, MAX_HIDDEN_LAYERS, MAX_NEURONS};
use crate::tr;
use crate::train::{TrainConfig, TrainPace};

/// A slider that leaves a value from elsewhere (a file, the command line,
/// a session) alone until the user moves it: egui's default would clamp
/// it to the slider's range on the first frame, silently changing the
/// data or the network. A value typed into its number box takes effect
/// on Enter (or leaving the box), not on every key: typing 0.05 over 0.03
/// passed through "0" — clamped to the least learning rate, 0.000001 —
/// which the network trained with for a frame and undo took back to.
fn kept(slider: Slider<'_>) -> Slider<'_> {
    slider.clamping(egui::SliderClamping::Edits).update_while_editing(false)
}

/// Room kept for a slider's number box ("0.000001", the least learning
/// rate) and the gaps around it.
const SLIDER_VALUE: f32 = 80.0;

/// A slider with its caption: on the slider's row when the panel has room
/// for both, else on a line of its own above it (in a narrow panel the
/// row ran past the edge and was cut: "boundary resol"). Either way the
/// caption names the slider (screen readers, tests).
fn captioned(ui: &mut Ui, enabled: bool, slider: Slider<'_>, caption: String) -> egui::Response {
    let caption_width = crate::app::widgets::text_width(ui, caption.as_str());
    if ui.spacing().slider_width + SLIDER_VALUE + caption_width <= ui.available_width() {
        return ui.add_enabled(enabled, slider.text(caption));
    }
    let label = ui.add_enabled(enabled, egui::Label::new(caption).wrap());
    ui.add_enabled(enabled, slider).labelled_by(label.id)
}

/// Draws the control panel's contents into `ui` (the layout places the
/// panel) and returns the user's requests.
pub(super) fn controls_panel_ui(ui: &mut Ui, options: &mut ViewOptions, view: &View) -> Vec<Action> {
    let mut actions = Vec::new();
    // The widgets edit a copy; a changed copy becomes one action.
    let mut config = view.config.clone();
    egui::ScrollArea::vertical().show(ui, |ui| {
        // Sliders give way on a narrow panel so their captions stay
        // readable (a laptop screen).
        ui.spacing_mut().slider_width = (ui.available_width() - 160.0).clamp(50.0, 140.0);
        let classroom = &view.classroom;
        if view.running || classroom.shown(ControlGroup::Run) {
            training_buttons_ui(ui, view, &mut actions);
        }
        if let Some(pace) = pace_ui(ui, options.pace) {
            actions.push(Action::SetPace(pace));
        }
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
                        hyperparameters_ui(ui, options, &mut config, classroom)
                    })
                });
        }
    });
    if config != *view.config {
        actions.push(Action::SetConfig(Box::new(config)));
    }
    actions
}

/// The training speed: epochs per second on a log scale, "max" at the
/// right end (flat out). Returns the pace the learner chose, if changed.
pub(super) fn pace_ui(ui: &mut Ui, pace: TrainPace) -> Option<TrainPace> {
    let mut speed = pace.epochs_per_second().unwrap_or(TrainPace::FASTEST);
    let slider = Slider::new(&mut speed, TrainPace::SLOWEST..=TrainPace::FASTEST)
        .logarithmic(true)
        .custom_formatter(|v, _| {
            if v >= TrainPace::FASTEST {
                tr!("controls-speed-max")
            } else {
                tr!("controls-speed-value", rate = format!("{v:.0}"))
            }
        });
    let response = captioned(ui, true, slider, tr!("controls-speed")).on_hover_text(tr!("controls-speed-hover"));
    let pace = if speed >= TrainPace::FASTEST {
        TrainPace::Max
    } else {
        TrainPace::EpochsPerSecond(speed)
    };
    response.changed().then_some(pace)
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
    let classroom = &view.classroom;
    ui.horizontal_wrapped(|ui| {
        let (label, tip, action) = if view.running {
            (tr!("controls-pause"), tr!("controls-pause-hover"), Action::Pause)
        } else {
            (tr!("controls-play"), tr!("controls-play-hover"), Action::Play)
        };
        // Pause stays usable: a lock never keeps a run going.
        let play = if view.running {
            Some(ui.button(RichText::new(label).strong()).on_hover_text(tip).clicked())
        } else {
            classroom.control(ui, Control::Play, |ui| {
                let button = egui::Button::new(RichText::new(label).strong());
                classroom.reveal_button(ui, button, tip).clicked()
            })
        };
        let buttons = [
            (
                Control::Step,
                tr!("controls-step"),
                tr!("controls-step-hover"),
                Action::StepBatch,
            ),
            (
                Control::StepEpoch,
                tr!("controls-step-epoch"),
                tr!("controls-step-epoch-hover"),
                Action::StepEpoch,
            ),
            (
                Control::Reset,
                tr!("controls-reset"),
                tr!("controls-reset-hover"),
                Action::Reset,
            ),
        ];
        if play == Some(true) {
            actions.push(action);
        }
        for (control, label, tip, action) in buttons {
            // Step and Step one epoch train: they wait for a question's answer.
            let reveals = control != Control::Reset;
            let clicked = classroom.control(ui, control, |ui| {
                if reveals {
                    classroom.reveal_button(ui, egui::Button::new(label), tip).clicked()
                } else {
                    ui.button(label).on_hover_text(tip).clicked()
                }
            });
            if clicked == Some(true) {
                actions.push(action);
            }
        }
    });
}

fn network_ui(ui: &mut Ui, c: &mut TrainConfig, classroom: &Classroom) {
    classroom.group(ui, ControlGroup::Features, |ui| features_ui(ui, c));
    classroom.group(ui, ControlGroup::Network, |ui| shape_ui(ui, c, classroom));
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

fn shape_ui(ui: &mut Ui, c: &mut TrainConfig, classroom: &Classroom) {
    classroom.setting(ui, Setting::Hidden, |ui| widths_ui(ui, c));
    classroom.setting(ui, Setting::Activation, |ui| activation_ui(ui, c));
}

/// Hidden layers and neurons per layer.
fn widths_ui(ui: &mut Ui, c: &mut TrainConfig) {
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
}

/// The activation of every hidden layer.
fn activation_ui(ui: &mut Ui, c: &mut TrainConfig) {
    let activation = c.hidden.first().map_or(Activation::Tanh, |l| l.activation);
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
