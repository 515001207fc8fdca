//! Criterion benches for the standard workloads of `nnlab bench` (issue 6).
//! They share their set-up with the command (`nnlab::bench`), so both
//! measure the same thing; criterion adds warm-up, many samples and
//! confidence intervals. Run with `cargo bench -p nnlab-bench` (a package of
//! its own, so `cargo test` does not build criterion).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nnlab::bench::{TRAIN_8X8, TRAIN_WORKLOADS, csv_text, spiral};
use nnlab::data::{CsvOptions, parse_csv};
use nnlab::train::{GridEvaluator, GridSpec, NEURON_GRID_RESOLUTION, NeuronGrids};

/// Workloads (1)–(3): one epoch of training; throughput in samples.
fn training(c: &mut Criterion) {
    let mut group = c.benchmark_group("train_epoch");
    for workload in TRAIN_WORKLOADS {
        let mut trainer = workload.trainer();
        group.throughput(Throughput::Elements(workload.points as u64));
        group.bench_function(workload.id, |b| {
            b.iter(|| trainer.run_epoch().unwrap_or_else(|e| panic!("training failed: {e}")))
        });
    }
    group.finish();
}

/// Workload (4) and the per-snapshot work of workload (5): the 256² output
/// grid (threaded) and the per-neuron pictures the editor shows.
fn grids(c: &mut Criterion) {
    let trainer = TRAIN_8X8.trainer();
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
