//! The network editor panel driven through egui_kittest on the real app:
//! reshaping, exact weights, features, freezing, switching neurons off.

#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use crate::common::ui::{small_app, wait_for};
use egui::{Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::{Action, NnlabApp};
use nnlab::data::{Feature, Generator};
use nnlab::train::Snapshot;

fn app(generator: Generator) -> NnlabApp {
    small_app(generator)
}

fn harness(app: NnlabApp) -> Harness<'static, NnlabApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    wait_for(&mut h, "the first snapshot", |a| a.snapshot().is_some());
    h.run_steps(2);
    h
}

fn snap(a: &NnlabApp) -> &Snapshot {
    a.snapshot().unwrap()
}

fn shape(a: &NnlabApp) -> Vec<usize> {
    a.snapshot().map(|s| s.net.shape()).unwrap_or_default()
}

#[test]
fn adding_and_removing_layers_and_neurons_reshapes_the_worker_network() {
    let mut h = harness(app(Generator::Spiral));
    assert_eq!(shape(h.state()), [2, 8, 8, 1]);

    h.get_by_label("Add layer").click();
    wait_for(&mut h, "a third hidden layer", |a| shape(a) == [2, 8, 8, 8, 1]);
    h.get_by_label("add neuron to layer 1").click();
    wait_for(&mut h, "9 neurons in layer 1", |a| shape(a) == [2, 9, 8, 8, 1]);
    h.get_by_label("remove neuron from layer 2").click();
    wait_for(&mut h, "7 neurons in layer 2", |a| shape(a) == [2, 9, 7, 8, 1]);
    assert_eq!(h.state().settings.config.hidden[0].neurons, 9, "one source of truth");

    // A per-layer activation: step cannot be trained, and training says so.
    h.get_by_label("Undo").click();
    wait_for(&mut h, "the undo", |a| shape(a) == [2, 9, 8, 8, 1]);
    h.get_by_label("Undo").click();
    h.get_by_label("Undo").click();
    wait_for(&mut h, "two more undos", |a| shape(a) == [2, 8, 8, 1]);
    assert_eq!(h.state().undo_len(), 0);

    // Redo brings the edits back in order, starting with the added layer.
    h.get_by_label("Redo").click();
    wait_for(&mut h, "the layer redone", |a| shape(a) == [2, 8, 8, 8, 1]);
    h.get_by_label("Redo").click();
    wait_for(&mut h, "the neuron redone", |a| shape(a) == [2, 9, 8, 8, 1]);
    assert_eq!(h.state().undo_len(), 2);
}

#[test]
fn a_step_activation_is_refused_by_training_with_a_reason() {
    let mut h = harness(app(Generator::Spiral));
    let mut config = h.state().settings.config.clone();
    config.hidden[1].activation = nnlab::nn::Activation::Heaviside;
    h.state_mut()
        .apply(Action::SetConfig(Box::new(config)), &egui::Context::default());
    h.step();
    h.state_mut().apply(Action::Play, &egui::Context::default());
    wait_for(&mut h, "the refusal", |a| {
        a.snapshot().and_then(|s| s.stopped.as_ref()).is_some()
    });
    let stopped = snap(h.state()).stopped.clone().unwrap();
    assert_eq!(
        stopped,
        nnlab::train::StopReason::NotDifferentiable(nnlab::nn::Activation::Heaviside)
    );
}

/// Selects the weight from `from` into neuron `neuron`, types `value` and sets it.
fn type_weight(h: &mut Harness<'_, NnlabApp>, neuron: &str, from: &str, value: &str) {
    h.get_by_label(neuron).click();
    h.run_steps(2);
    h.get_by_label_contains(from).click();
    h.run_steps(2);
    h.get_by_role(Role::TextInput).focus();
    h.step();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    h.get_by_role(Role::TextInput).type_text(value);
    h.step();
    h.get_by_label("Set").click();
    h.step();
}

#[test]
fn typing_a_weight_changes_it_in_the_next_snapshot_and_the_output() {
    let mut h = harness(app(Generator::Spiral));
    let before = snap(h.state()).clone();
    let original = before.net.layers[0].weights[(1, 2)];
    type_weight(&mut h, "neuron 1.3", "w from x₂", "2.5");
    wait_for(&mut h, "the typed weight", |a| {
        snap(a).net.layers[0].weights[(1, 2)] == 2.5
    });
    let after = snap(h.state());
    assert_ne!(after.grid.values, before.grid.values, "the output changed");
    assert_ne!(
        after.neurons.layers[1][2], before.neurons.layers[1][2],
        "the neuron's picture changed"
    );

    // Bias of the output neuron, typed while training (slowly, so that the
    // value is still close when the snapshot shows it).
    let mut config = h.state().settings.config.clone();
    config.learning_rate = 1e-5;
    h.state_mut()
        .apply(Action::SetConfig(Box::new(config)), &egui::Context::default());
    h.state_mut().apply(Action::Play, &egui::Context::default());
    type_weight(&mut h, "output 1", "bias b", "-25");
    let b = |a: &NnlabApp| snap(a).net.layers[2].bias[0];
    let start = Instant::now();
    while b(h.state()) > -24.0 {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "output bias still {}",
            b(h.state())
        );
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    h.state_mut().apply(Action::Pause, &egui::Context::default());
    wait_for(&mut h, "the pause", |a| !snap(a).running);

    // Undo: the weight goes back (the bias edit first, then the rate).
    for _ in 0..3 {
        h.get_by_label("Undo").click();
    }
    wait_for(&mut h, "the undone weight", |a| {
        snap(a).net.layers[0].weights[(1, 2)] == original
    });
}

#[test]
fn a_frozen_connection_stays_put_while_training() {
    let mut h = harness(app(Generator::Spiral));
    type_weight(&mut h, "neuron 2.4", "w from h1.5", "0.75");
    h.get_by_label("Frozen").click();
    wait_for(&mut h, "the freeze", |a| snap(a).masks.is_frozen(1, 4, 3));
    h.state_mut().apply(Action::Play, &egui::Context::default());
    wait_for(&mut h, "5 epochs", |a| snap(a).epoch >= 5);
    let net = &snap(h.state()).net;
    assert_eq!(net.layers[1].weights[(4, 3)], 0.75, "the frozen weight moved");
    assert_ne!(net.layers[1].weights[(4, 2)], 0.0);

    // Undo releases it: it trains again.
    h.get_by_label("Undo").click();
    wait_for(&mut h, "the release and some training", |a| {
        !snap(a).masks.is_frozen(1, 4, 3) && snap(a).net.layers[1].weights[(4, 3)] != 0.75
    });
}

#[test]
fn switching_a_neuron_off_zeroes_its_outgoing_weights_and_undo_restores_them() {
    let mut h = harness(app(Generator::Spiral));
    let outgoing = snap(h.state()).net.layers[1].weights.row(1).clone_owned();
    let before = snap(h.state()).grid.values.clone();
    h.get_by_label("neuron 1.2").click();
    h.run_steps(2);
    h.get_by_label("Switched off").click();
    wait_for(&mut h, "the neuron off", |a| snap(a).masks.is_off(0, 1));
    let s = snap(h.state());
    assert!(s.net.layers[1].weights.row(1).iter().all(|w| *w == 0.0));
    assert_ne!(s.grid.values, before, "the output no longer uses it");
    h.get_by_label("Undo").click();
    wait_for(&mut h, "the neuron on", |a| !snap(a).masks.is_off(0, 1));
    assert_eq!(snap(h.state()).net.layers[1].weights.row(1), outgoing);
}

#[test]
fn toggling_a_feature_rebuilds_the_input_layer() {
    let mut h = harness(app(Generator::Spiral));
    h.get_by_label("feature x₁²").click();
    wait_for(&mut h, "three inputs", |a| shape(a)[0] == 3);
    h.get_by_label("feature x₁").click();
    wait_for(&mut h, "x₁ gone", |a| {
        a.settings.config.features == [Feature::X2, Feature::X1Squared] && shape(a)[0] == 2
    });
    assert_eq!(snap(h.state()).neurons.layers[0].len(), 2, "the input pictures follow");
    // The last feature cannot be turned off.
    h.get_by_label("feature x₂").click();
    h.get_by_label("feature x₁²").click();
    h.run_steps(3);
    assert_eq!(h.state().settings.config.features.len(), 1);
}

#[test]
fn without_hidden_layers_a_perceptron_still_learns_separable_data() {
    let mut h = harness(app(Generator::Blobs));
    h.get_by_label("Remove layer").click();
    h.step();
    h.get_by_label("Remove layer").click();
    wait_for(&mut h, "no hidden layer", |a| shape(a) == [2, 1]);
    assert!(h.query_by_label("output 1").is_some());
    h.state_mut().apply(Action::Play, &egui::Context::default());
    wait_for(&mut h, "accuracy over 95 %", |a| {
        snap(a)
            .history
            .last()
            .and_then(|p| p.train_accuracy)
            .is_some_and(|acc| acc > 0.95)
    });
    let hist = &snap(h.state()).history;
    assert!(hist.last().unwrap().train_loss < hist[0].train_loss);
}

#[test]
fn hovering_a_neuron_selects_it_and_pictures_rebuild_only_on_new_snapshots() {
    let mut h = harness(app(Generator::Spiral));
    h.get_by_label("neuron 2.1").hover();
    h.run_steps(2);
    assert_eq!(h.state().editor.hovered, Some((2, 0)));
    // Its tooltip shows the formula with the actual weights.
    h.run_steps(40);
    assert!(
        h.query_by_label_contains("a = tanh(z)").is_some(),
        "the neuron's tooltip"
    );
    assert!(
        h.query_by_label_contains("·h1.6").is_some(),
        "the weighted sum names its inputs"
    );
    std::thread::sleep(Duration::from_millis(300));
    h.run_steps(3);
    let rebuilds = h.state().editor.thumbnail_rebuilds();
    let sequence = snap(h.state()).sequence;
    h.run_steps(20);
    assert_eq!(snap(h.state()).sequence, sequence, "paused: no new snapshot");
    assert_eq!(
        h.state().editor.thumbnail_rebuilds(),
        rebuilds,
        "no new snapshot: no rebuild"
    );
    h.state_mut().apply(Action::StepEpoch, &egui::Context::default());
    wait_for(&mut h, "a new snapshot", |a| a.editor.thumbnail_rebuilds() > rebuilds);
}

#[test]
fn ctrl_z_and_ctrl_shift_z_take_back_and_redo_the_latest_edit_of_the_network_or_the_data() {
    let mut h = harness(app(Generator::Spiral));
    let points = h.state().dataset.points.len();
    let ctx = egui::Context::default();
    let point = nnlab::data::Point::new(0.5, 0.5, 1.0);
    h.state_mut()
        .apply(Action::Edit(nnlab::data::Edit::Add { index: points, point }), &ctx);
    h.get_by_label("Add layer").click();
    wait_for(&mut h, "a third hidden layer", |a| shape(a) == [2, 8, 8, 8, 1]);

    // The network edit was the latest: Ctrl+Z removes the layer, keeps the point.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    wait_for(&mut h, "the layer undone", |a| shape(a) == [2, 8, 8, 1]);
    assert_eq!(h.state().dataset.points.len(), points + 1);
    assert_eq!(h.state().undo_len(), 1, "the data edit is left");

    // Then the data edit.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.step();
    assert_eq!(h.state().dataset.points.len(), points);
    assert_eq!(shape(h.state()), [2, 8, 8, 1]);

    // Ctrl+Shift+Z redoes the most recently undone first: the point, then
    // the layer.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    h.step();
    assert_eq!(h.state().dataset.points.len(), points + 1);
    assert_eq!(shape(h.state()), [2, 8, 8, 1]);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    wait_for(&mut h, "the layer redone", |a| shape(a) == [2, 8, 8, 8, 1]);
    assert_eq!(h.state().dataset.points.len(), points + 1);
}
