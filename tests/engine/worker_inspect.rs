//! The worker's side of the backprop inspector and the replay: the traced
//! sample in every snapshot, the single-sample step applied through the
//! worker, the whole-training-set counts, and a checkpoint shown in place
//! of the present network.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use nnlab::data::{Dataset, Generator};
use nnlab::nn::{Activation, OptimizerKind};
use nnlab::train::inspect::InspectError;
use nnlab::train::{
    Command, GridEvaluator, GridSpec, NEURON_GRID_RESOLUTION, NeuronGrids, Snapshot, StopReason, TrainConfig, Trainer,
    WorkerHandle, split_dataset,
};

/// XOR's four points and a 2-2-1 tanh network trained by plain SGD.
fn xor() -> (Dataset, TrainConfig) {
    let data = crate::common::generated(Generator::Xor, 4, 0.0, 2, 1);
    let mut config = TrainConfig {
        learning_rate: 0.5,
        batch_size: 4,
        ..TrainConfig::default()
    }
    .with_hidden(&[2], Activation::Tanh);
    config.optimizer.kind = OptimizerKind::Sgd;
    (data, config)
}

fn spawn(data: &Dataset, config: &TrainConfig) -> (WorkerHandle, GridSpec) {
    let grid = GridSpec::around(data, 32);
    let w = WorkerHandle::spawn_with_interval(
        data.clone(),
        config.clone().check().unwrap(),
        grid,
        Arc::new(|| {}),
        Duration::from_millis(1),
    )
    .unwrap();
    (w, grid)
}

/// The first snapshot for which `cond` holds (fails after 20 s).
fn next(worker: &WorkerHandle, what: &str, cond: impl Fn(&Snapshot) -> bool) -> Snapshot {
    let start = Instant::now();
    loop {
        if let Some(s) = worker.latest()
            && cond(&s)
        {
            return s;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "no snapshot with {what}");
        std::thread::sleep(Duration::from_millis(1));
    }
}

#[test]
fn the_chosen_sample_is_traced_in_every_snapshot_until_unset() {
    let (data, config) = xor();
    let (worker, _) = spawn(&data, &config);
    worker.send(Command::Inspect(Some(2)));
    let s = next(&worker, "a trace", |s| s.inspection.is_some());
    let expected = Trainer::new(&data, config.check().unwrap())
        .unwrap()
        .backprop_trace(&data, 2);
    assert_eq!(*s.inspection.unwrap(), expected, "the trace of the snapshot's network");

    // After a step the trace follows the new weights.
    worker.send(Command::StepEpoch);
    let s = next(&worker, "an epoch", |s| s.epoch == 1 && s.inspection.is_some());
    let traced = s.inspection.as_deref().unwrap().as_ref().unwrap();
    assert_eq!(
        traced.update.layers[0].weights[0][0].before,
        s.net.layers[0].weights[(0, 0)]
    );

    worker.send(Command::Inspect(Some(9)));
    let s = next(&worker, "an out-of-range sample", |s| {
        s.inspection.as_deref().is_some_and(Result::is_err)
    });
    assert!(matches!(
        s.inspection.as_deref(),
        Some(Err(nnlab::train::inspect::InspectError::SampleOutOfRange {
            index: 9,
            count: 4
        }))
    ));
    worker.send(Command::Inspect(None));
    next(&worker, "no trace", |s| s.inspection.is_none());
}

#[test]
fn an_applied_step_leaves_exactly_the_weights_the_trace_showed() {
    let (data, config) = xor();
    let (worker, _) = spawn(&data, &config);
    worker.send(Command::StepEpoch);
    worker.send(Command::Inspect(Some(1)));
    let s = next(&worker, "a trace after an epoch", |s| {
        s.epoch == 1 && s.inspection.is_some()
    });
    let trace = s.inspection.as_deref().unwrap().clone().unwrap();
    let sequence = s.sequence;
    worker.send(Command::ApplySampleStep(1));
    let after = next(&worker, "the applied step", |s| s.sequence > sequence);
    assert!(after.stopped.is_none(), "{:?}", after.stopped);
    for (l, update) in trace.update.layers.iter().enumerate() {
        for (i, row) in update.weights.iter().enumerate() {
            for (j, p) in row.iter().enumerate() {
                assert_eq!(after.net.layers[l].weights[(i, j)], p.after, "w[{l}][{i}][{j}]");
            }
        }
        for (j, p) in update.bias.iter().enumerate() {
            assert_eq!(after.net.layers[l].bias[j], p.after, "b[{l}][{j}]");
        }
    }
    assert_eq!(after.epoch, 1, "a hand step is no epoch");
}

#[test]
fn a_refused_step_is_the_snapshots_message_and_changes_nothing() {
    let mut data = crate::common::generated(Generator::Circle, 40, 0.1, 2, 3);
    let config = TrainConfig::default().with_hidden(&[3], Activation::Tanh);
    split_dataset(&mut data, &config);
    let test = data.points.iter().position(|p| p.test).unwrap();
    let (worker, _) = spawn(&data, &config);
    let before = next(&worker, "the first snapshot", |_| true);
    worker.send(Command::ApplySampleStep(test));
    let after = next(&worker, "the refusal", |s| s.stopped.is_some());
    assert_eq!(
        after.stopped,
        Some(StopReason::SampleStepRefused(InspectError::TestPoint(test)))
    );
    assert_eq!(after.net, before.net);
    assert!(!after.running);
}

#[test]
fn the_training_set_counts_follow_the_weights_while_on() {
    let (data, mut config) = xor();
    config.hidden[0].activation = Activation::Relu;
    config.learning_rate = 0.3;
    let (worker, _) = spawn(&data, &config);
    let mut trainer = Trainer::new(&data, config.check().unwrap()).unwrap();
    worker.send(Command::NeuronHealth(true));
    let s = next(&worker, "counts", |s| s.neuron_health.is_some());
    assert_eq!(*s.neuron_health.unwrap(), trainer.neuron_health());
    worker.send(Command::StepEpoch);
    let s = next(&worker, "counts after an epoch", |s| {
        s.epoch == 1 && s.neuron_health.is_some()
    });
    trainer.run_epoch().unwrap();
    assert_eq!(*s.neuron_health.unwrap(), trainer.neuron_health());
    worker.send(Command::NeuronHealth(false));
    next(&worker, "no counts", |s| s.neuron_health.is_none());
}

#[test]
fn a_shown_checkpoint_replaces_the_grids_until_the_present_returns() {
    let (data, config) = xor();
    let (worker, grid) = spawn(&data, &config);
    for _ in 0..5 {
        worker.send(Command::StepEpoch);
    }
    let present = next(&worker, "five epochs", |s| s.epoch == 5);
    assert!(present.checkpoints.len() >= 5, "epochs 0 to 5 are all kept");
    // Any command publishes again; nothing new was checkpointed.
    worker.send(Command::SetGrid(grid));
    let again = next(&worker, "the next snapshot", |s| s.sequence > present.sequence);
    assert!(
        Arc::ptr_eq(&present.checkpoints, &again.checkpoints),
        "snapshots share the list"
    );

    worker.send(Command::ShowCheckpoint(Some(1)));
    let past = next(&worker, "checkpoint 1 shown", |s| s.shown_checkpoint == Some(1));
    let old = &past.checkpoints[1].net;
    let features = &config.features;
    let expected = GridEvaluator::default().output(old, grid, features, &data);
    assert_eq!(past.grid, expected, "the boundary of epoch 1");
    let coarse = GridSpec {
        resolution: NEURON_GRID_RESOLUTION,
        ..grid
    };
    let neurons = NeuronGrids::compute(&mut GridEvaluator::default(), old, coarse, features, &data);
    assert_eq!(past.neurons, neurons, "the neurons' pictures of epoch 1");
    assert_eq!(past.net, present.net, "the network itself stays the present one");
    assert_ne!(past.grid, present.grid);

    // Play returns to the present; so does any change of the weights.
    worker.send(Command::Play);
    next(&worker, "the present", |s| s.shown_checkpoint.is_none());
    worker.send(Command::ShowCheckpoint(Some(0)));
    let s = next(&worker, "a pause at checkpoint 0", |s| s.shown_checkpoint == Some(0));
    assert!(!s.running, "showing the past pauses training");
    worker.send(Command::StepBatch);
    next(&worker, "the present after a step", |s| s.shown_checkpoint.is_none());
}
