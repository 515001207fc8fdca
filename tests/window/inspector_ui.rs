//! The backprop inspector and the replay in the real window, driven by
//! label through egui_kittest: the walk through the five stages on XOR
//! with one hidden layer of two tanh neurons (every number shown is the
//! trace's, and *Apply this step* moves the weights exactly as it said),
//! picking a point by clicking it, the replay timeline, and the animation
//! export.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use crate::common::ui::{choose_path, harness, small_app, small_settings, wait_for, wait_for_label};
use egui::{Event, Modifiers, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::{Action, NnlabApp, default_dataset};
use nnlab::data::Generator;
use nnlab::lessons::InspectorStage;
use nnlab::nn::{Activation, OptimizerKind};
use nnlab::train::TrainConfig;
use nnlab::train::inspect::{BackpropTrace, number};

/// XOR's four points, a 2-2-1 tanh network, plain SGD with η = 0.5.
fn xor_app() -> NnlabApp {
    let mut s = small_settings(Generator::Xor);
    s.gen_params.points = 4;
    s.gen_params.noise = 0.0;
    let mut config = TrainConfig {
        learning_rate: 0.5,
        batch_size: 4,
        ..s.config.clone()
    }
    .with_hidden(&[2], Activation::Tanh);
    config.optimizer.kind = OptimizerKind::Sgd;
    s.config = config;
    let d = default_dataset(&s);
    let mut app = NnlabApp::new(s, d, Arc::new(|| {}));
    app.use_path_prompts();
    app
}

/// The trace the window shows for `sample`, once it arrived.
fn shown_trace(a: &NnlabApp, sample: usize) -> Option<BackpropTrace> {
    let t = a.snapshot()?.inspection.as_deref()?.as_ref().ok()?;
    (t.sample == sample).then(|| t.clone())
}

/// The same sample traced independently: the window's data, settings and
/// weights as a session, back into a trainer of its own.
fn independent_trace(a: &NnlabApp, sample: usize) -> BackpropTrace {
    let session = a.current_session().unwrap();
    let trainer = session.into_trainer().unwrap();
    trainer.backprop_trace(&a.dataset, sample).unwrap()
}

/// The value the graph shows on the node named `label`.
fn node_value(h: &Harness<'_, NnlabApp>, label: &str) -> String {
    h.get_by_label(label).value().unwrap_or_default()
}

fn open_inspector(h: &mut Harness<'_, NnlabApp>) {
    h.get_by_label("Inspect backprop").click();
    h.run_steps(2);
    assert!(h.state().editor.backprop.is_open());
    assert!(!h.state().is_running(), "the inspector pauses training");
}

#[test]
fn walk_xor_through_one_step_and_apply_it() {
    let mut h = harness(xor_app());
    open_inspector(&mut h);
    assert_eq!(h.state().inspector_stage(), None, "no sample picked yet");

    // Type the sample's index.
    let field = h.get_by_label("Sample");
    field.focus();
    h.step();
    h.get_by_label("Sample").type_text("2");
    h.step();
    h.get_by_label("Go").click();
    wait_for(&mut h, "the trace of sample 2", |a| shown_trace(a, 2).is_some());
    h.run_steps(2);
    let t = independent_trace(h.state(), 2);
    assert_eq!(
        shown_trace(h.state(), 2).unwrap(),
        t,
        "the worker traces what the engine traces"
    );
    assert_eq!(t.layers.len(), 2);
    assert_eq!(h.state().inspector_stage(), Some(InspectorStage::Forward));

    // Forward: z and a on every neuron, the inputs on the input column.
    for j in 0..2 {
        let shown = node_value(&h, &format!("neuron 1.{}", j + 1));
        let (z, a) = (t.layers[0].z[j], t.layers[0].a[j]);
        assert_eq!(shown, format!("z = {}, a = {}", num(z), num(a)));
        // What is written is the number itself, rounded as `nnlab backprop` rounds.
        let written: Vec<f32> = shown.split(", ").map(|p| p[4..].parse().unwrap()).collect();
        assert!(rounded_from(written[0], z), "{shown} vs z = {z}");
        assert!(rounded_from(written[1], a), "{shown} vs a = {a}");
        assert!((t.layers[0].a[j] - z.tanh()).abs() < 1e-6, "a = tanh(z)");
    }
    let out = &t.layers[1];
    assert_eq!(
        node_value(&h, "output 1"),
        format!("z = {}, a = {}", num(out.z[0]), num(out.a[0]))
    );

    // Loss: the formula with this sample's numbers.
    h.get_by_label("Next").click();
    h.run_steps(2);
    assert_eq!(h.state().inspector_stage(), Some(InspectorStage::Loss));
    wait_for_label(&mut h, &t.loss_formula.worked);

    // Backward: δ on every neuron, the chain rule of the hovered one.
    h.get_by_label("Next").click();
    h.run_steps(2);
    assert_eq!(h.state().inspector_stage(), Some(InspectorStage::Backward));
    for j in 0..2 {
        assert_eq!(
            node_value(&h, &format!("neuron 1.{}", j + 1)),
            format!("δ = {}", num(t.layers[0].delta[j]))
        );
    }
    assert_eq!(node_value(&h, "output 1"), format!("δ = {}", num(out.delta[0])));
    h.get_by_label("neuron 1.2").hover();
    h.run_steps(3);
    let rule = t.chain_rule(0, 1).unwrap();
    let (w, d) = rule.terms[0];
    let product = format!(
        "δ = {} × ({} × {}) = {} × {} = {}",
        num(rule.slope),
        factor(w),
        factor(d),
        num(rule.slope),
        factor(rule.upstream),
        num(rule.delta)
    );
    // Written to break only between terms (no-break spaces inside them).
    let unbroken = product.replace(" × ", "\u{a0}×\u{a0}").replace(" = ", "\u{a0}=\u{a0}");
    assert!(
        h.query_by_label(&unbroken).is_some(),
        "the chain rule spelled out: {product}"
    );
    assert!(
        (rule.slope - (1.0 - t.layers[0].a[1].powi(2))).abs() < 1e-6,
        "tanh' = 1 − a²"
    );
    assert!((rule.delta - rule.slope * w * d).abs() < 1e-6);

    // Gradients, then the update (SGD: b − η·g).
    h.get_by_label("Next").click();
    h.run_steps(2);
    assert_eq!(
        node_value(&h, "neuron 1.1"),
        format!("∂L/∂b = {}", num(t.layers[0].grad_bias[0]))
    );
    h.get_by_label("Next").click();
    h.run_steps(2);
    assert_eq!(h.state().inspector_stage(), Some(InspectorStage::Update));
    let b = t.update.layers[0].bias[0];
    assert_eq!(
        node_value(&h, "neuron 1.1"),
        format!("b {} → {}", num(b.before), num(b.after))
    );
    assert!((b.after - (b.before - 0.5 * t.layers[0].grad_bias[0])).abs() < 1e-6);

    // Back walks back; Next stops at the last stage.
    h.get_by_label("Back").click();
    h.run_steps(2);
    assert_eq!(h.state().inspector_stage(), Some(InspectorStage::Gradients));

    // Apply: the weights become exactly the trace's "after".
    let before = h.state().snapshot().unwrap().net.clone();
    h.get_by_label("Apply this step").click();
    wait_for(&mut h, "the applied step", |a| {
        a.snapshot().is_some_and(|s| s.net != before)
    });
    let net = &h.state().snapshot().unwrap().net;
    for (l, layer) in net.layers.iter().enumerate() {
        let u = &t.update.layers[l];
        for (j, b) in u.bias.iter().enumerate() {
            assert_eq!(layer.bias[j], b.after, "bias {l}.{j}");
        }
        for (i, row) in u.weights.iter().enumerate() {
            for (j, w) in row.iter().enumerate() {
                assert_eq!(layer.weights[(i, j)], w.after, "weight {l}.{i}.{j}");
            }
        }
    }
    assert!(!h.state().is_running(), "applying a step does not start training");

    // Leaving changes nothing else.
    let after = h.state().snapshot().unwrap().net.clone();
    h.get_by_label("Close").click();
    h.run_steps(3);
    assert_eq!(h.state().inspector_stage(), None);
    assert_eq!(h.state().snapshot().unwrap().net, after);
    assert_eq!(h.state().dataset.points.len(), 4);
}

/// Whether `written` is `v` rounded to four decimals (|v| < 1) or four
/// significant digits.
fn rounded_from(written: f32, v: f32) -> bool {
    let m = v.abs();
    let tol = if (1e-3..1.0).contains(&m) { 0.5e-4 } else { 0.5e-3 * m };
    (written - v).abs() <= tol * 1.01
}

fn num(v: f32) -> String {
    number(f64::from(v))
}

fn factor(v: f32) -> String {
    if v < 0.0 { format!("({})", num(v)) } else { num(v) }
}

#[test]
fn clicking_a_point_in_inspector_mode_picks_it_instead_of_adding_one() {
    let mut h = harness(small_app(Generator::Spiral));
    h.key_press(egui::Key::I);
    // The panels take their new widths, then the view's axes their new
    // ticks (a frame each) before the point stays put.
    h.run_steps(4);
    assert!(h.state().editor.backprop.is_open(), "I opens the inspector");
    let n = h.state().dataset.points.len();
    let target = 17;
    let pos = h
        .state()
        .boundary_screen_pos(h.state().dataset.points[target].x)
        .unwrap();
    h.event(Event::PointerMoved(pos));
    h.step();
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::default(),
        });
        h.step();
    }
    wait_for(&mut h, "the trace of the clicked point", |a| {
        shown_trace(a, target).is_some()
    });
    assert_eq!(h.state().editor.backprop.sample(), Some(target));
    assert_eq!(h.state().dataset.points.len(), n, "no point was added");
    assert_eq!(h.state().inspector_stage(), Some(InspectorStage::Forward));
}

#[test]
fn the_replay_timeline_shows_a_checkpoint_and_play_returns_to_the_present() {
    let mut h = harness(small_app(Generator::Spiral));
    h.state_mut().apply(Action::Play, &egui::Context::default());
    wait_for(&mut h, "a few checkpoints", |a| {
        a.snapshot().is_some_and(|s| s.checkpoints.len() >= 4)
    });
    h.state_mut().apply(Action::Pause, &egui::Context::default());
    wait_for(&mut h, "the pause", |a| a.snapshot().is_some_and(|s| !s.running));
    h.run_steps(2);
    let present = h.state().snapshot().unwrap().grid.values.clone();

    h.get_by_label("replay timeline").set_value_accesskit(0.0);
    wait_for(&mut h, "checkpoint 0 shown", |a| {
        a.snapshot().is_some_and(|s| s.shown_checkpoint == Some(0))
    });
    let s = h.state().snapshot().unwrap();
    assert_ne!(s.grid.values, present, "the boundary is the checkpoint's");
    assert_eq!(
        s.checkpoints[0].point.epoch, 0,
        "the first checkpoint is the initial weights"
    );
    let label = format!("epoch {}", s.checkpoints[0].point.epoch);
    h.run_steps(2);
    assert!(h.query_by_label(&label).is_some(), "the timeline names the epoch shown");

    h.get_by_label("Now").click();
    wait_for(&mut h, "the present", |a| {
        a.snapshot().is_some_and(|s| s.shown_checkpoint.is_none())
    });
    assert!(!h.state().is_running(), "back to the present, still paused");
    assert_eq!(h.state().snapshot().unwrap().grid.values, present);

    h.get_by_label("replay timeline").set_value_accesskit(1.0);
    wait_for(&mut h, "checkpoint 1 shown", |a| {
        a.snapshot().is_some_and(|s| s.shown_checkpoint == Some(1))
    });
    h.get_by_label("Play").click();
    wait_for(&mut h, "Play: the present", |a| {
        a.snapshot().is_some_and(|s| s.shown_checkpoint.is_none() && s.running)
    });
}

#[test]
fn export_training_animation_writes_a_gif() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("training.gif");
    let mut h = harness(xor_app());
    h.state_mut().apply(Action::StepEpoch, &egui::Context::default());
    wait_for(&mut h, "an epoch", |a| a.snapshot().is_some_and(|s| s.epoch >= 1));
    h.state_mut().apply(Action::ExportAnimation, &egui::Context::default());
    choose_path(&mut h, &path);
    wait_for_label(&mut h, "saved the training animation");
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..6], b"GIF89a");
    let decoder = image::codecs::gif::GifDecoder::new(std::io::Cursor::new(bytes)).unwrap();
    let frames = image::AnimationDecoder::into_frames(decoder).collect_frames().unwrap();
    assert!(
        frames.len() >= 2,
        "the checkpoints and the present: {} frames",
        frames.len()
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "written atomically: no temporary file left");
}

/// The inspector's red tags on troubled neurons ("dead", "saturated")
/// stay clear of every neuron's z/a numbers: on an 8-8 ReLU network at
/// 1280 × 720, where the rows are closest, a tag drawn above its neuron
/// landed on the numbers of the neuron above it.
#[test]
fn neuron_tags_stay_clear_of_the_value_labels() {
    let mut s = small_settings(Generator::Spiral);
    s.config = s.config.clone().with_hidden(&[8, 8], Activation::Relu);
    let mut h = crate::common::ui::laptop_harness((1280.0, 720.0), crate::common::ui::app_with(s));
    open_inspector(&mut h);
    let ctx = h.ctx.clone();
    h.state_mut()
        .apply(Action::Inspector(nnlab::app::InspectorAction::Pick(0)), &ctx);
    wait_for(&mut h, "the trace", |a| shown_trace(a, 0).is_some());
    h.run_steps(3);
    let texts: Vec<(String, egui::Rect)> = h
        .output()
        .shapes
        .iter()
        .filter_map(|c| match &c.shape {
            egui::Shape::Text(t) => Some((t.galley.text().to_string(), t.visual_bounding_rect())),
            _ => None,
        })
        .collect();
    let tags: Vec<egui::Rect> = texts.iter().filter(|(t, _)| t == "dead").map(|(_, r)| *r).collect();
    // Each value's box reaches 1.5 points past its text.
    let values: Vec<egui::Rect> = texts
        .iter()
        .filter(|(t, _)| t.starts_with("z = "))
        .map(|(_, r)| r.expand(1.5))
        .collect();
    let trace = shown_trace(h.state(), 0).unwrap();
    let health = trace.layers.iter().flat_map(|l| &l.health);
    let dead = health
        .filter(|h| **h == nnlab::train::inspect::NeuronHealth::Dead)
        .count();
    assert!(dead > 0 && tags.len() == dead, "{dead} dead ReLUs, tags at {tags:?}");
    assert!(values.len() >= 17, "the 17 neurons' values: {values:?}");
    for tag in &tags {
        for value in &values {
            assert!(
                !tag.intersects(*value),
                "the tag at {tag:?} lies on the value box {value:?}"
            );
        }
    }
}
