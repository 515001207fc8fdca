//! The weight-space views in the window: the perceptron lab's weight space
//! linked to its plane both ways (drag w: the boundary moves; drag the
//! boundary: w moves), the version space shrinking sample by sample and
//! empty for XOR at every b, and the network tab's loss landscape computed
//! in the background, cancelled, and followed by the replay slider.

use std::sync::Arc;

use egui::accesskit::Role;
use egui::{Event, Id, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use egui_plot::{PlotMemory, PlotPoint, PlotTransform};
use nnlab::app::{Action, NnlabApp, PLANE_PLOT_ID, Settings, Tab, WEIGHT_PLOT_ID};
use nnlab::data::Generator;
use nnlab::labs::data::LabData;

use crate::common::ui::wait_for;

fn lab_window() -> Harness<'static, NnlabApp> {
    let mut settings = Settings::default();
    settings.view.tab = Tab::Perceptron;
    let data = nnlab::app::default_dataset(&settings);
    let app = NnlabApp::new(settings, data, Arc::new(|| {}));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    nnlab::app::install_fonts(&h.ctx);
    h.run_steps(4);
    h
}

fn transform(h: &Harness<'_, NnlabApp>, id: &str) -> PlotTransform {
    PlotMemory::load(&h.ctx, Id::unique(id))
        .unwrap_or_else(|| panic!("plot {id} drawn"))
        .transform()
}

fn screen(h: &Harness<'_, NnlabApp>, id: &str, x: [f64; 2]) -> Pos2 {
    transform(h, id).position_from_point(&PlotPoint::new(x[0], x[1]))
}

/// Presses at `from`, moves to `to` in steps, releases there.
fn drag(h: &mut Harness<'_, NnlabApp>, from: Pos2, to: Pos2) {
    h.event(Event::PointerMoved(from));
    h.step();
    h.event(Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::default(),
    });
    h.step();
    for k in 1..=8 {
        h.event(Event::PointerMoved(from + (to - from) * (k as f32 / 8.0)));
        h.step();
    }
    h.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::default(),
    });
    h.step();
    h.step();
}

fn unit(h: &Harness<'_, NnlabApp>) -> ([f64; 2], f64) {
    let u = &h.state().labs.perceptron.lab.units()[0];
    ([u.w[0], u.w[1]], u.b)
}

#[test]
fn dragging_w_moves_the_boundary_and_dragging_the_boundary_moves_w() {
    let mut h = lab_window();
    // After one epoch of AND: w = (1, 1), b = 0 (the hand computation in
    // the lab's tests); a line to grab and a point off the origin.
    h.get_by_label("Step one epoch").click();
    h.run_steps(3);
    let (w, b) = unit(&h);
    assert_eq!((w, b), ([1.0, 1.0], 0.0));

    // Weight space → plane: drag the w point to (1.4, 1.2); the unit (and
    // so the boundary w·x + b = 0 the plane draws) takes those weights.
    let target = [1.4, 1.2];
    let (from, to) = (screen(&h, WEIGHT_PLOT_ID, w), screen(&h, WEIGHT_PLOT_ID, target));
    drag(&mut h, from, to);
    let (moved, b_after) = unit(&h);
    let tol = 2.0 / (screen(&h, WEIGHT_PLOT_ID, [1.0, 0.0]).x - screen(&h, WEIGHT_PLOT_ID, [0.0, 0.0]).x) as f64;
    assert!(
        (moved[0] - target[0]).abs() < tol && (moved[1] - target[1]).abs() < tol,
        "w dragged to {moved:?}, wanted {target:?} ± {tol}"
    );
    assert_eq!(b_after, b, "the slice follows training: b stays");
    let path = h.state().labs.perceptron.lab.weight_path().of_unit(0).to_vec();
    assert!(path.last().unwrap().by_hand, "the drag is on the path");

    // Plane → weight space: grab the boundary where it crosses the view
    // and drag it onto p = (0.5, 1.2); w changes so the line passes
    // through p with b kept, and the weight-space point moves with it.
    let (w, b) = unit(&h);
    let t = transform(&h, PLANE_PLOT_ID);
    let centre = t.value_from_position(t.frame().center());
    let (c, n2) = ([centre.x, centre.y], w[0] * w[0] + w[1] * w[1]);
    let k = (w[0] * c[0] + w[1] * c[1] + b) / n2;
    let on_line = [c[0] - k * w[0], c[1] - k * w[1]];
    let p = [0.5, 1.2];
    let before_screen = screen(&h, WEIGHT_PLOT_ID, w);
    let (from, to) = (screen(&h, PLANE_PLOT_ID, on_line), screen(&h, PLANE_PLOT_ID, p));
    drag(&mut h, from, to);
    let (w2, b2) = unit(&h);
    assert_eq!(b2, b, "dragging the line keeps b");
    assert_ne!(w2, w, "w moved");
    let residual = (w2[0] * p[0] + w2[1] * p[1] + b2).abs() / w2[0].hypot(w2[1]);
    assert!(residual < 0.05, "the line passes by p: distance {residual}");
    h.run_steps(2);
    let after_screen = screen(&h, WEIGHT_PLOT_ID, w2);
    assert!(
        before_screen.distance(after_screen) > 5.0,
        "the w point moved on screen"
    );
    assert!(t.frame().contains(screen(&h, PLANE_PLOT_ID, p)));
}

#[test]
fn the_version_space_shrinks_with_each_sample_and_vanishes_for_xor() {
    let mut h = lab_window();
    {
        let panel = &mut h.state_mut().labs.perceptron;
        panel.weights.follow = false;
        panel.weights.bias = -1.5;
        assert!(panel.weights.seen_only, "samples seen so far, by default");
    }
    // AND at b = −1.5, samples in order: (0, 0) leaves everything (its z is
    // −1.5 for every w); (0, 1) cuts to w₂ ≤ 1.5; (1, 0) to w₁ ≤ 1.5; (1, 1)
    // to the triangle w₁ + w₂ ≥ 1.5 of area 1.125.
    let mut areas = vec![h.state().labs.perceptron.version_space().unwrap().area];
    for _ in 0..4 {
        h.get_by_label("Step one sample").click();
        h.run_steps(2);
        areas.push(h.state().labs.perceptron.version_space().unwrap().area);
    }
    assert_eq!(areas[1], areas[0], "(0, 0) cuts nothing at b = −1.5: {areas:?}");
    assert!(
        areas[2] < areas[1] && areas[3] < areas[2] && areas[4] < areas[3],
        "{areas:?}"
    );
    assert!((areas[4] - 1.125).abs() < 1e-12, "{areas:?}");

    // XOR: after all four samples the region is empty, and a sweep of b
    // finds no slice where it is not.
    h.state_mut().labs.perceptron.lab.choose(LabData::Xor);
    h.run_steps(2);
    h.get_by_label("Step one epoch").click();
    h.run_steps(2);
    h.get_by_label("Sweep b").click();
    h.run_steps(2);
    let mut slices = 0;
    let mut biases = Vec::new();
    while h.query_by_label("Stop sweep").is_some() && slices < 2000 {
        h.step();
        let panel = &h.state().labs.perceptron;
        let vs = panel.version_space().unwrap();
        assert!(vs.vertices.is_empty(), "XOR at b = {}: {vs:?}", vs.bias);
        biases.push(vs.bias);
        slices += 1;
    }
    let (lo, hi) = biases
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, u), b| (l.min(*b), u.max(*b)));
    assert!(lo < -3.0 && hi > 3.0, "the sweep covered b from {lo} to {hi}");
    assert!(h.query_by_label_contains("empty at every b").is_some());
}

#[test]
fn the_loss_landscape_is_computed_in_the_background_and_follows_the_replay() {
    let app = crate::common::ui::small_app(Generator::Moons);
    let mut h = crate::common::ui::harness(app);
    h.get_by_label("Play").click();
    wait_for(&mut h, "30 epochs", |a| a.snapshot().is_some_and(|s| s.epoch >= 30));
    h.get_by_label("Pause").click();
    wait_for(&mut h, "the pause", |a| a.snapshot().is_some_and(|s| !s.running));
    h.step();
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::CheckBox, "Loss landscape").click();
    h.run_steps(2);
    assert!(h.state().settings.view.show_landscape);
    wait_for(&mut h, "the landscape", |a| a.landscape.result.is_some());
    h.run_steps(2);
    let (path, center) = {
        let a = h.state();
        let r = a.landscape.result.as_ref().unwrap();
        let s = a.snapshot().unwrap();
        let train = s.figures.as_ref().unwrap().train.as_ref().unwrap().loss;
        assert_eq!(
            r.landscape.center_loss, train,
            "the centre is the status bar's train loss"
        );
        assert_eq!(r.landscape.path.len(), s.checkpoints.len());
        (r.landscape.path.clone(), r.center.clone())
    };
    assert!(!center.is_empty());
    // Now: the present network, at the centre of the slice.
    let m = h.state().landscape.marker.unwrap();
    assert!(m[0].abs() < 1e-6 && m[1].abs() < 1e-6, "{m:?}");
    // The replay slider's first and a middle checkpoint: the point follows.
    for k in [0, path.len() / 2] {
        let ctx = h.ctx.clone();
        h.state_mut().apply(Action::ShowCheckpoint(Some(k)), &ctx);
        wait_for(&mut h, "the replayed checkpoint", |a| {
            a.snapshot().is_some_and(|s| s.shown_checkpoint == Some(k))
        });
        h.run_steps(2);
        let m = h.state().landscape.marker.unwrap();
        assert!(
            (m[0] - path[k][0]).abs() < 1e-9 && (m[1] - path[k][1]).abs() < 1e-9,
            "{k}: {m:?} vs {:?}",
            path[k]
        );
    }
    // Cancel: a new computation stopped before it ends keeps the old slice.
    let ctx = h.ctx.clone();
    let before = h.state().landscape.result.clone();
    h.state_mut().apply(Action::ComputeLandscape, &ctx);
    assert!(h.state().landscape.progress().is_some());
    h.state_mut().apply(Action::CancelLandscape, &ctx);
    h.run_steps(3);
    assert!(h.state().landscape.progress().is_none());
    assert!(Arc::ptr_eq(
        h.state().landscape.result.as_ref().unwrap(),
        before.as_ref().unwrap()
    ));
    assert!(h.query_by_label_contains("cancelled").is_some());
}
