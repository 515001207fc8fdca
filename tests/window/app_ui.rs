//! The real `NnlabApp` driven by label through egui_kittest (no GPU): the
//! training buttons, touching the data, the import path and sessions.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::MemoryStorage;
use crate::common::ui::{choose_path, small_app, small_settings, wait_for, wait_for_label};
use egui::{Event, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use nnlab::app::{Action, NnlabApp, Settings};
use nnlab::data::{Dataset, Generator};
use nnlab::i18n::Message;
use nnlab::train::{StopReason, build_network, split_dataset};

fn settings() -> Settings {
    small_settings(Generator::Spiral)
}

fn app() -> NnlabApp {
    small_app(Generator::Spiral)
}

fn harness(app: NnlabApp) -> Harness<'static, NnlabApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    wait_for(&mut h, "the first snapshot", |a| a.snapshot().is_some());
    h
}

fn epoch(a: &NnlabApp) -> u64 {
    a.snapshot().map_or(0, |s| s.epoch)
}

fn samples(a: &NnlabApp) -> u64 {
    a.snapshot().map_or(0, |s| s.samples_seen)
}

#[test]
fn play_pause_step_and_reset() {
    let mut h = harness(app());
    h.get_by_label("Play").click();
    h.step();
    assert!(h.state().is_running());
    wait_for(&mut h, "10 epochs", |a| epoch(a) >= 10);
    let hist = h.state().snapshot().unwrap().history.clone();
    assert!(
        hist.last().unwrap().train_loss < hist[0].train_loss,
        "the training loss falls"
    );

    h.get_by_label("Pause").click();
    wait_for(&mut h, "the pause", |a| a.snapshot().is_some_and(|s| !s.running));
    let paused_at = samples(h.state());
    std::thread::sleep(Duration::from_millis(150));
    h.run_steps(5);
    assert_eq!(samples(h.state()), paused_at, "nothing trains while paused");

    let before_epoch = epoch(h.state());
    h.get_by_label("Step").click();
    wait_for(&mut h, "one step", |a| samples(a) != paused_at);
    // One mini-batch: a full one, or the shorter last batch of the epoch
    // (every epoch is exactly the training rows, so the position within the
    // epoch is the samples seen modulo that count).
    let batch = h.state().settings.config.batch_size as u64;
    let train_rows = h.state().dataset.points.iter().filter(|p| !p.test).count() as u64;
    let left_in_epoch = train_rows - paused_at % train_rows;
    assert_eq!(
        samples(h.state()),
        paused_at + batch.min(left_in_epoch),
        "Step trains exactly one mini-batch"
    );
    assert!(epoch(h.state()) <= before_epoch + 1);

    h.get_by_label("Reset").click();
    wait_for(&mut h, "the reset", |a| samples(a) == 0);
    let a = h.state();
    let expected = build_network(&a.dataset, &a.settings.config.clone().check().unwrap()).unwrap();
    assert_eq!(
        a.snapshot().unwrap().net,
        expected,
        "Reset restores the seed's initial weights"
    );
    assert_eq!(epoch(a), 0);
}

fn mouse(h: &mut Harness<'_, NnlabApp>, pos: Pos2, button: PointerButton, pressed: bool) {
    h.event(Event::PointerButton {
        pos,
        button,
        pressed,
        modifiers: Modifiers::default(),
    });
    h.step();
}

fn move_to(h: &mut Harness<'_, NnlabApp>, pos: Pos2) {
    h.event(Event::PointerMoved(pos));
    h.step();
}

fn click(h: &mut Harness<'_, NnlabApp>, pos: Pos2, button: PointerButton) {
    move_to(h, pos);
    mouse(h, pos, button, true);
    mouse(h, pos, button, false);
}

/// A plane point far from every data point (the spiral leaves the corners empty).
fn empty_spot(d: &Dataset) -> [f64; 2] {
    let spot = [4.5, -4.5];
    assert!(
        d.points
            .iter()
            .all(|p| (p.x[0] - spot[0]).hypot(p.x[1] - spot[1]) > 0.8)
    );
    spot
}

#[test]
fn add_move_delete_points_with_the_mouse_and_undo() {
    let mut h = harness(app());
    h.run_steps(3);
    let original = h.state().dataset.clone();
    let n = original.points.len();
    let spot = empty_spot(&original);

    // Key 2 selects class 1; a left click on empty space adds a point of it.
    h.key_press(egui::Key::Num2);
    h.step();
    let pos = h.state().boundary_screen_pos(spot).unwrap();
    click(&mut h, pos, PointerButton::Primary);
    h.step();
    let d = &h.state().dataset;
    assert_eq!(d.points.len(), n + 1, "a click adds a point");
    let added = d.points[n];
    assert_eq!(added.class(), 1);
    assert!(
        (added.x[0] - spot[0]).abs() < 0.1 && (added.x[1] - spot[1]).abs() < 0.1,
        "{added:?}"
    );

    // Drag it 60 px to the left.
    let target = pos - egui::vec2(60.0, 0.0);
    move_to(&mut h, pos);
    mouse(&mut h, pos, PointerButton::Primary, true);
    for k in 1..=6 {
        move_to(&mut h, pos - egui::vec2(10.0 * k as f32, 0.0));
    }
    mouse(&mut h, target, PointerButton::Primary, false);
    h.step();
    let moved = h.state().dataset.points[n];
    assert!(moved.x[0] < added.x[0] - 0.3, "dragged left: {moved:?}");
    assert!((moved.x[1] - added.x[1]).abs() < 0.05);
    assert_eq!(h.state().dataset.points.len(), n + 1, "a drag adds nothing");

    // Right-click deletes it.
    let at = h.state().boundary_screen_pos(moved.x).unwrap();
    click(&mut h, at, PointerButton::Secondary);
    h.step();
    assert_eq!(h.state().dataset.points.len(), n, "right-click deletes");

    // Undo three times: delete, move, add.
    for _ in 0..3 {
        h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
        h.step();
    }
    assert!(h.state().dataset == original, "undo restores the data exactly");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    h.step();
    assert_eq!(h.state().dataset.points.len(), n + 1, "redo adds the point back");
    // The worker trains on the edited data: its predictions cover every point.
    wait_for(&mut h, "predictions for the edited data", |a| {
        a.snapshot()
            .and_then(|s| s.predictions.as_ref())
            .is_some_and(|p| p.len() == n + 1)
    });
}

#[test]
fn bad_csv_shows_an_error_and_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "a,b,label\n1,2,x\n3,zz,y\n4,5,x\n").unwrap();
    let mut h = harness(app());
    let before = h.state().dataset.clone();
    h.state_mut().open_path(bad);
    wait_for(&mut h, "the import window", NnlabApp::import_dialog_open);
    h.step();
    h.get_by_label("Import").click();
    // The error names line and column.
    wait_for_label(&mut h, "line 3, column 2");
    assert!(h.state().dataset == before, "the data is untouched");

    // A good file through the same path replaces the data.
    let good = dir.path().join("good.csv");
    std::fs::write(&good, "a,b,label\n1,2,x\n3,4,y\n5,6,x\n").unwrap();
    h.get_by_label("Cancel").click();
    wait_for(&mut h, "the window to close", |a| !a.import_dialog_open());
    h.run_steps(10);
    h.state_mut().open_path(good);
    wait_for(&mut h, "the import window", NnlabApp::import_dialog_open);
    h.step();
    h.get_by_label("Import").click();
    wait_for(&mut h, "the good data", |a| a.dataset.points.len() == 3);
    assert_eq!(h.state().dataset.class_names(), ["x", "y"]);
}

#[test]
fn save_session_then_open_it_restores_weights_and_points() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    let mut h = harness(app());
    h.state_mut().apply(Action::Play, &egui::Context::default());
    wait_for(&mut h, "some training", |a| epoch(a) >= 5);
    h.get_by_label("Pause").click();
    wait_for(&mut h, "the pause", |a| a.snapshot().is_some_and(|s| !s.running));
    h.run_steps(3);
    let saved_net = h.state().snapshot().unwrap().net.clone();
    let saved_data = h.state().dataset.clone();
    h.state_mut().apply(Action::SaveSession, &egui::Context::default());
    choose_path(&mut h, &path);
    wait_for(&mut h, "the save", |_| path.exists());

    // Change everything: new data, more training.
    h.get_by_label("Regenerate").click();
    h.state_mut().settings.gen_params.seed = 9;
    h.state_mut().apply(Action::Regenerate, &egui::Context::default());
    h.state_mut().apply(Action::StepEpoch, &egui::Context::default());
    wait_for(&mut h, "the new data and weights", |a| {
        a.dataset != saved_data && a.snapshot().is_some_and(|s| s.net != saved_net)
    });

    h.state_mut().apply(Action::OpenSession, &egui::Context::default());
    choose_path(&mut h, &path);
    wait_for(&mut h, "the session's network", |a| {
        a.snapshot().is_some_and(|s| s.net == saved_net)
    });
    assert_eq!(h.state().dataset, saved_data);
}

#[test]
fn snapshots_keep_coming_during_hundreds_of_edits() {
    let mut h = harness(app());
    h.state_mut().apply(Action::Play, &egui::Context::default());
    let first = h.state().snapshot().unwrap().sequence;
    let ctx = egui::Context::default();
    let started = Instant::now();
    let mut seen = vec![first];
    for i in 0..300 {
        let point = nnlab::data::Point::new(-5.0 + i as f64 * 0.03, 5.0, (i % 2) as f64);
        let index = h.state().dataset.points.len();
        h.state_mut()
            .apply(Action::Edit(nnlab::data::Edit::Add { index, point }), &ctx);
        h.step();
        std::thread::sleep(Duration::from_millis(2));
        seen.push(h.state().snapshot().unwrap().sequence);
    }
    // Edits arrive faster than one snapshot interval (25 ms), so a worker
    // that let each edit postpone its snapshot would send none while they
    // pour in. How many arrive depends on the machine: printed, not judged.
    let elapsed_ms = started.elapsed().as_millis() as u64;
    let delivered = seen.last().unwrap() - first;
    println!("{delivered} snapshots during 300 edits in {elapsed_ms} ms");
    assert!(delivered >= 1, "no snapshot during 300 edits ({elapsed_ms} ms)");
    let n = h.state().dataset.points.len();
    wait_for(&mut h, "a snapshot of the edited data", |a| {
        a.snapshot()
            .and_then(|s| s.predictions.as_ref())
            .is_some_and(|p| p.len() == n)
    });
    assert!(h.state().snapshot().unwrap().running);
}

#[test]
fn a_diverging_run_pauses_itself_and_reset_recovers() {
    let mut s = settings();
    s.generator = Generator::Plane;
    s.config.learning_rate = 10.0;
    s.config.optimizer.kind = nnlab::nn::OptimizerKind::Sgd;
    s.config = s.config.with_hidden(&[8], nnlab::nn::Activation::Relu);
    let mut d = nnlab::app::default_dataset(&s);
    split_dataset(&mut d, &s.config);
    let mut h = harness(NnlabApp::new(s, d, Arc::new(|| {})));
    h.get_by_label("Play").click();
    wait_for(&mut h, "the divergence message", |a| {
        a.snapshot().and_then(|s| s.stopped.as_ref()).is_some()
    });
    let stopped = h.state().snapshot().unwrap().stopped.clone().unwrap();
    assert!(matches!(stopped, StopReason::Diverged { .. }), "{stopped:?}");
    h.run_steps(2);
    assert!(!h.state().is_running(), "training paused itself");
    assert!(
        h.query_by_label_contains("lower the learning rate").is_some(),
        "the message is shown"
    );

    let mut config = h.state().settings.config.clone();
    config.learning_rate = 0.01;
    h.state_mut()
        .apply(Action::SetConfig(Box::new(config)), &egui::Context::default());
    h.run_steps(2);
    h.get_by_label("Reset").click();
    h.get_by_label("Play").click();
    wait_for(&mut h, "training again", |a| {
        epoch(a) >= 3 && a.snapshot().unwrap().stopped.is_none()
    });
}

#[test]
fn a_worker_crash_is_survived_with_the_data_intact() {
    let mut h = harness(app());
    let data = h.state().dataset.clone();
    h.state_mut().apply(Action::CrashWorker, &egui::Context::default());
    wait_for(&mut h, "the crash report", |a| {
        a.notice
            .as_ref()
            .is_some_and(|n| matches!(n.message, Message::WorkerCrashed))
    });
    assert!(h.state().dataset == data, "the data survives the crash");
    h.get_by_label("Play").click();
    wait_for(&mut h, "training after the restart", |a| epoch(a) >= 2);
}

#[test]
fn settings_and_data_persist_across_launches() {
    let mut first = app();
    first.settings.config.learning_rate = 0.123;
    first.settings.config.hidden.pop();
    first.settings.view.discretize = true;
    first.apply(
        Action::Edit(nnlab::data::Edit::Add {
            index: 0,
            point: nnlab::data::Point::new(1.0, 2.0, 1.0),
        }),
        &egui::Context::default(),
    );
    let mut storage = MemoryStorage::default();
    first.save_to(&mut storage);
    let second = NnlabApp::from_storage(Some(&storage), &egui::Context::default());
    assert_eq!(second.settings, first.settings);
    assert!(second.dataset == first.dataset, "the data persists");
    // Nothing stored: the default spiral.
    let fresh = NnlabApp::from_storage(None, &egui::Context::default());
    assert_eq!(fresh.dataset.name, "spiral");
    assert_eq!(fresh.settings, Settings::default());
}

#[test]
fn space_s_shift_s_and_r_drive_training_from_the_keyboard() {
    let mut h = harness(app());
    h.key_press(egui::Key::Space);
    h.step();
    assert!(h.state().is_running(), "Space starts training");
    wait_for(&mut h, "some training", |a| epoch(a) >= 2);
    h.key_press(egui::Key::Space);
    h.step();
    assert!(!h.state().is_running(), "Space again pauses");
    wait_for(&mut h, "the pause", |a| a.snapshot().is_some_and(|s| !s.running));
    h.run_steps(3);

    let paused_at = samples(h.state());
    h.key_press(egui::Key::S);
    wait_for(&mut h, "one step", |a| samples(a) != paused_at);
    let batch = h.state().settings.config.batch_size as u64;
    let train_rows = h.state().dataset.points.iter().filter(|p| !p.test).count() as u64;
    let left_in_epoch = train_rows - paused_at % train_rows;
    assert_eq!(
        samples(h.state()),
        paused_at + batch.min(left_in_epoch),
        "S trains one mini-batch"
    );

    let e = epoch(h.state());
    h.key_press_modifiers(Modifiers::SHIFT, egui::Key::S);
    wait_for(&mut h, "one epoch", |a| epoch(a) == e + 1);
    assert_eq!(samples(h.state()) % train_rows, 0, "Shift+S ends at an epoch boundary");

    h.key_press(egui::Key::R);
    wait_for(&mut h, "the reset", |a| samples(a) == 0);
    let a = h.state();
    assert_eq!(
        a.snapshot().unwrap().net,
        build_network(&a.dataset, &a.settings.config.clone().check().unwrap()).unwrap()
    );
}
