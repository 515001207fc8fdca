//! Criterion benches for the standard workloads of `nnlab bench` (issue 6).
//! They share their set-up with the command (`nnlab::bench`), so both
//! measure the same thing; criterion adds warm-up, many samples and
//! confidence intervals. Run with `cargo bench`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nnlab::bench::{csv_text, spiral, spiral_trainer};
use nnlab::data::{CsvOptions, parse_csv};
use nnlab::nn::{Activation, OptimizerKind};
use nnlab::train::{GridEvaluator, GridSpec, NEURON_GRID_RESOLUTION, NeuronGrids};

/// A training workload: name, points, classes, hidden widths, activation,
/// optimizer, batch size.
type TrainCase = (
    &'static str,
    usize,
    usize,
    &'static [usize],
    Activation,
    OptimizerKind,
    usize,
);

/// Workloads (1)–(3): one epoch of training; throughput in samples.
fn training(c: &mut Criterion) {
    let mut group = c.benchmark_group("train_epoch");
    let cases: [TrainCase; 3] = [
        (
            "8x8_tanh_sgd_b10",
            500,
            2,
            &[8, 8],
            Activation::Tanh,
            OptimizerKind::Sgd,
            10,
        ),
        (
            "8x8_tanh_adam_b64",
            500,
            2,
            &[8, 8],
            Activation::Tanh,
            OptimizerKind::Adam,
            64,
        ),
        (
            "32x32x32_relu_b32",
            1500,
            3,
            &[32, 32, 32],
            Activation::Relu,
            OptimizerKind::Sgd,
            32,
        ),
    ];
    for (name, points, classes, widths, activation, optimizer, batch) in cases {
        let mut trainer = spiral_trainer(points, classes, widths, activation, optimizer, batch);
        group.throughput(Throughput::Elements(points as u64));
        group.bench_function(name, |b| {
            b.iter(|| trainer.run_epoch().unwrap_or_else(|e| panic!("training failed: {e}")))
        });
    }
    group.finish();
}

/// Workload (4) and the per-snapshot work of workload (5): the 256² output
/// grid (threaded) and the per-neuron pictures the editor shows.
fn grids(c: &mut Criterion) {
    let trainer = spiral_trainer(500, 2, &[8, 8], Activation::Tanh, OptimizerKind::Sgd, 10);
    let data = spiral(500, 2);
    let features = trainer.config().features.clone();
    let mut eval = GridEvaluator::default();
    let mut group = c.benchmark_group("grid");
    let spec = GridSpec::around(&data, 256);
    group.throughput(Throughput::Elements(256 * 256));
    group.bench_function("output_256", |b| {
        b.iter(|| black_box(eval.output(trainer.net(), spec, &features, &data)))
    });
    let coarse = GridSpec::around(&data, NEURON_GRID_RESOLUTION);
    let mut neuron_eval = GridEvaluator::default();
    group.throughput(Throughput::Elements(
        (NEURON_GRID_RESOLUTION * NEURON_GRID_RESOLUTION) as u64,
    ));
    group.bench_function("neurons_24", |b| {
        b.iter(|| {
            black_box(NeuronGrids::compute(
                &mut neuron_eval,
                trainer.net(),
                coarse,
                &features,
                &data,
            ))
        })
    });
    group.finish();
}

/// Workload (6): parsing a 1,000,000-row CSV (3 text classes).
fn csv_import(c: &mut Criterion) {
    let text = csv_text(1_000_000);
    let mut group = c.benchmark_group("csv");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("import_1m_rows", |b| {
        b.iter(|| black_box(parse_csv(text.as_bytes(), &CsvOptions::default()).map(|d| d.points.len())))
    });
    group.finish();
}

criterion_group!(benches, training, grids, csv_import);
criterion_main!(benches);
