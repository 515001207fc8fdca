//! Training that goes wrong: divergence pauses the worker with a message
//! and Reset recovers; a network of step functions says why it cannot train; a weight that overflows while the loss stays finite
//! is caught too; the command line exits non-zero with the same message;
//! a panic in the worker is contained and the app restarts it with the
//! user's data and settings.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::generated;
use nnlab::app::{Action, NnlabApp, Settings};
use nnlab::data::{Dataset, Edit, Generator, Point};
use nnlab::i18n::Message;
use nnlab::nn::{Activation, NnError};
use nnlab::train::{
    Command, GridSpec, History, Snapshot, StopReason, TrainConfig, Trainer, ValidConfig, WorkerHandle, build_network,
    split_dataset,
};

/// The advice every divergence message carries (the command line's words).
const ADVICE: &str = "lower the learning rate";

fn wait(worker: &WorkerHandle, what: &str, cond: impl Fn(&Snapshot) -> bool) -> Snapshot {
    let start = Instant::now();
    loop {
        if let Some(s) = worker.latest()
            && cond(&s)
        {
            return s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn plane() -> (Dataset, TrainConfig) {
    let mut data = generated(Generator::Plane, 200, 0.1, 2, 3);
    let config = TrainConfig {
        learning_rate: 10.0,
        ..TrainConfig::default().with_hidden(&[8], Activation::Relu)
    };
    split_dataset(&mut data, &config);
    (data, config)
}

fn valid(config: TrainConfig) -> ValidConfig {
    config.check().unwrap()
}

#[test]
fn divergence_pauses_the_worker_and_reset_recovers() {
    let (data, config) = plane();
    let grid = GridSpec::around(&data, 16);
    let worker = WorkerHandle::spawn(data, valid(config.clone()), grid, Arc::new(|| {})).unwrap();
    worker.send(Command::Play);
    let s = wait(&worker, "the divergence", |s| s.stopped.is_some());
    assert!(
        matches!(s.stopped, Some(StopReason::Diverged { .. })),
        "{:?}",
        s.stopped
    );
    assert!(!s.running, "training paused itself");
    assert!(s.net.all_finite(), "the failed step changed no weight");

    worker.send(Command::SetConfig(valid(TrainConfig {
        learning_rate: 0.01,
        ..config
    })));
    worker.send(Command::Reset);
    worker.send(Command::Play);
    let s = wait(&worker, "training after reset", |s| s.epoch >= 5);
    assert!(s.stopped.is_none() && s.running);
    assert!(s.history.last().unwrap().train_loss.is_finite());
}

#[test]
fn an_overflowed_weight_stops_training_even_with_a_finite_loss() {
    // A bias of −∞ behind a ReLU: the neuron outputs 0 whatever the input,
    // so the loss stays finite and no gradient ever reaches the bias.
    let (data, config) = plane();
    let config = valid(TrainConfig {
        learning_rate: 0.01,
        ..config
    });
    let mut net = build_network(&data, &config).unwrap();
    net.layers[0].bias[0] = f32::NEG_INFINITY;
    let mut t = Trainer::with_network(&data, config.clone(), net.clone(), 0, 0, History::default()).unwrap();
    let report = t.step_batch().unwrap();
    assert!(report.loss.is_finite(), "the loss alone would not notice");
    let err = t.train_epochs(2).unwrap_err();
    assert!(matches!(err, NnError::Diverged { epoch: 1 }), "{err:?}");

    // The worker stops on it too.
    let t = Trainer::with_network(&data, config.clone(), net, 0, 0, History::default()).unwrap();
    let grid = GridSpec::around(&data, 16);
    let worker = WorkerHandle::spawn(data.clone(), config, grid, Arc::new(|| {})).unwrap();
    worker.send(Command::Load(Arc::new(data), Box::new(t), 1));
    worker.send(Command::Play);
    let s = wait(&worker, "the stop", |s| s.stopped.is_some());
    assert!(
        matches!(s.stopped, Some(StopReason::Diverged { .. })),
        "{:?}",
        s.stopped
    );
    assert!(!s.running);
}

#[test]
fn a_wide_step_network_explains_itself_and_the_settings_can_be_fixed() {
    let (data, _) = plane();
    let config = TrainConfig::default().with_hidden(&[64, 64], Activation::Heaviside);
    let grid = GridSpec::around(&data, 16);
    let worker = WorkerHandle::spawn(data, valid(config.clone()), grid, Arc::new(|| {})).unwrap();
    worker.send(Command::Play);
    let s = wait(&worker, "the explanation", |s| s.stopped.is_some());
    assert_eq!(s.stopped, Some(StopReason::NotDifferentiable(Activation::Heaviside)));
    assert!(!s.running && s.samples_seen == 0);
    worker.send(Command::SetConfig(valid(
        config.with_hidden(&[64, 64], Activation::Sigmoid),
    )));
    worker.send(Command::Play);
    let s = wait(&worker, "training", |s| s.epoch >= 1);
    assert!(s.stopped.is_none());
}

#[test]
fn the_command_line_exits_non_zero_with_the_same_message() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_nnlab"))
        .args([
            "train",
            "--dataset",
            "plane",
            "--hidden",
            "8",
            "--activation",
            "relu",
            "--lr",
            "10",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("diverged") && err.contains(ADVICE), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
}

#[test]
fn a_worker_panic_is_reported_by_the_handle() {
    let (data, config) = plane();
    let grid = GridSpec::around(&data, 16);
    let mut worker = WorkerHandle::spawn(data, valid(config), grid, Arc::new(|| {})).unwrap();
    worker.send(Command::Crash);
    let start = Instant::now();
    while worker.is_alive() {
        assert!(start.elapsed() < Duration::from_secs(10));
        std::thread::sleep(Duration::from_millis(2));
    }
    let crash = worker.take_panic().unwrap();
    assert!(crash.panic.contains("crash requested"), "{crash:?}");
}

#[test]
fn the_app_restarts_a_crashed_worker_with_edited_data_and_settings() {
    let mut settings = Settings::default();
    settings.gen_params.points = 100;
    settings.config = settings.config.with_hidden(&[5, 3], Activation::Tanh);
    settings.config.learning_rate = 0.02;
    let data = nnlab::app::default_dataset(&settings);
    let mut app = NnlabApp::new(settings, data, Arc::new(|| {}));
    let ctx = egui::Context::default();
    let point = Point::new(4.0, 4.0, 1.0);
    app.apply(Action::Edit(Edit::Add { index: 0, point }), &ctx);
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(|ui, app: &mut NnlabApp| app.frame_ui(ui), app);
    let edited = h.state().dataset.clone();
    h.state_mut().apply(Action::CrashWorker, &ctx);
    let start = Instant::now();
    while !(h.state().notice.as_ref()).is_some_and(|n| matches!(n.message, Message::WorkerCrashed)) {
        assert!(start.elapsed() < Duration::from_secs(30), "no crash report");
        h.step();
    }
    assert!(!h.state().is_running());
    h.state_mut().apply(Action::StepEpoch, &ctx);
    let start = Instant::now();
    while h.state().snapshot().is_none_or(|s| s.epoch < 1) {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no training after the restart"
        );
        h.step();
        std::thread::sleep(Duration::from_millis(2));
    }
    let a = h.state();
    assert!(a.dataset == edited, "the edited data survives");
    assert_eq!(a.settings.config.learning_rate, 0.02);
    let s = a.snapshot().unwrap();
    assert_eq!(
        s.net.shape(),
        build_network(&edited, &valid(a.settings.config.clone()))
            .unwrap()
            .shape()
    );
    assert_eq!(
        s.predictions.as_ref().unwrap().len(),
        edited.points.len(),
        "trained on the edited data"
    );
}
