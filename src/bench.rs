//! The standard performance workloads, shared by `nnlab bench` and the
//! criterion benches, so both measure exactly the same thing.

mod all;
mod peak;
mod report;
mod targets;

pub use all::run_all;
pub use peak::{core_peak_flops, core_peak_flops_on, train_flop_per_sample};
pub use report::BenchReport;
pub use targets::{Bound, TARGETS, Target};

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use web_time::Instant;

use crate::data::{CsvOptions, Dataset, GenParams, Generator, generate, parse_csv, read_csv};
use crate::nn::{Activation, NnError, OptimizerKind, SimdPath};
use crate::train::{
    GridEvaluator, GridSpec, TrainConfig, Trainer, WorkerHandle, split_dataset, threads_beside_training,
};

/// One of the training workloads (1)–(3): a spiral with `points` points
/// and `classes` arms, learning rate 0.01, no test split.
#[derive(Clone, Copy, Debug)]
pub struct TrainWorkload {
    /// How `nnlab bench` prints it.
    pub label: &'static str,
    /// A short id (criterion's benchmark name, the profiling example's argument).
    pub id: &'static str,
    /// Points in the spiral.
    pub points: usize,
    /// Spiral arms (classes).
    pub classes: usize,
    /// Hidden layer widths.
    pub widths: &'static [usize],
    /// Hidden activation.
    pub activation: Activation,
    /// Optimizer.
    pub optimizer: OptimizerKind,
    /// Mini-batch size.
    pub batch: usize,
}

/// (1) 2-8-8-1 tanh, SGD, batch 10, 500-point spiral.
pub const TRAIN_8X8: TrainWorkload = TrainWorkload {
    label: "(1) train 2-8-8-1 tanh, SGD, batch 10",
    id: "8x8_tanh_sgd_b10",
    points: 500,
    classes: 2,
    widths: &[8, 8],
    activation: Activation::Tanh,
    optimizer: OptimizerKind::Sgd,
    batch: 10,
};

/// (2) the same with Adam and batch 64.
pub const TRAIN_8X8_ADAM: TrainWorkload = TrainWorkload {
    label: "(2) train 2-8-8-1 tanh, Adam, batch 64",
    id: "8x8_tanh_adam_b64",
    optimizer: OptimizerKind::Adam,
    batch: 64,
    ..TRAIN_8X8
};

/// (3) 2-32-32-32-3 ReLU, softmax, batch 32, 3-arm spiral of 1500 points.
pub const TRAIN_WIDE: TrainWorkload = TrainWorkload {
    label: "(3) train 2-32-32-32-3 ReLU, batch 32",
    id: "32x32x32_relu_b32",
    points: 1500,
    classes: 3,
    widths: &[32, 32, 32],
    activation: Activation::Relu,
    optimizer: OptimizerKind::Sgd,
    batch: 32,
};

/// Workloads (1)–(3) in order.
pub const TRAIN_WORKLOADS: [TrainWorkload; 3] = [TRAIN_8X8, TRAIN_8X8_ADAM, TRAIN_WIDE];

impl TrainWorkload {
    /// The workload the profiling examples name on their command line:
    /// `wide` (3), `adam` (2), anything else (1).
    pub fn from_arg(arg: &str) -> TrainWorkload {
        match arg {
            "wide" => TRAIN_WIDE,
            "adam" => TRAIN_8X8_ADAM,
            _ => TRAIN_8X8,
        }
    }

    /// A fresh trainer on the workload's data.
    pub fn trainer(&self) -> Trainer {
        let mut data = spiral(self.points, self.classes);
        let mut config = TrainConfig {
            batch_size: self.batch,
            test_ratio: 0.0,
            learning_rate: 0.01,
            ..TrainConfig::default()
        }
        .with_hidden(self.widths, self.activation);
        config.optimizer.kind = self.optimizer;
        split_dataset(&mut data, &config);
        // The workload's own numbers come in here: checked once.
        let trainer = (config.check().map_err(NnError::from)).and_then(|config| Trainer::new(&data, config));
        trainer.unwrap_or_else(|e| panic!("benchmark setup: {e}"))
    }
}

/// The `points`-point spiral with `classes` arms.
pub fn spiral(points: usize, classes: usize) -> Dataset {
    generate(
        Generator::Spiral,
        &GenParams {
            points,
            noise: 0.1,
            classes,
            seed: 1,
        },
    )
    .unwrap_or_else(|e| panic!("benchmark setup: {e}"))
}

/// Workload (1)–(3): trains whole epochs for at least `time` and returns
/// samples per second.
pub fn train_rate(trainer: &mut Trainer, time: Duration) -> f64 {
    let start = Instant::now();
    let seen = trainer.samples_seen();
    while start.elapsed() < time {
        if trainer.train_epochs(10).is_err() {
            break;
        }
    }
    (trainer.samples_seen() - seen) as f64 / start.elapsed().as_secs_f64()
}

/// Workload (4): milliseconds to evaluate a trained 2-8-8-1 network on a
/// `resolution²` grid with the kernels on `path` (the median of `repeats`
/// runs), as the live loop's snapshot builder does: on every core but the
/// training thread's ([`threads_beside_training`]).
pub fn grid_ms(resolution: usize, repeats: usize, path: SimdPath) -> f64 {
    let trainer = TRAIN_8X8.trainer();
    let data = spiral(500, 2);
    let spec = GridSpec {
        resolution,
        ..GridSpec::around(&data, resolution)
    };
    let mut eval = GridEvaluator::with_path(path).with_threads(threads_beside_training());
    let features = trainer.config().features.clone();
    let _ = eval.output(trainer.net(), spec, &features, &data);
    median((0..repeats.max(1)).map(|_| {
        let t = Instant::now();
        let out = eval.output(trainer.net(), spec, &features, &data);
        std::hint::black_box(out);
        t.elapsed().as_secs_f64() * 1000.0
    }))
}

/// Workload (5): the live loop as the app runs it (worker training plus
/// snapshots with the 256² output grid and the per-neuron grids) for
/// `time`; returns (training samples/s, snapshots/s).
pub fn live(time: Duration) -> (f64, f64) {
    let data = spiral(500, 2);
    let config = TrainConfig {
        batch_size: 10,
        test_ratio: 0.25,
        ..TrainConfig::default()
    };
    let mut data = data;
    split_dataset(&mut data, &config);
    let wakes = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&wakes);
    let grid = GridSpec::around(&data, 256);
    let Ok(config) = config.check() else {
        return (0.0, 0.0);
    };
    let Ok(worker) = WorkerHandle::spawn(
        data,
        config,
        grid,
        Arc::new(move || {
            counter.fetch_add(1, Ordering::Relaxed);
        }),
    ) else {
        return (0.0, 0.0);
    };
    worker.send(crate::train::Command::Play);
    // Let it warm up, then measure between two snapshots.
    std::thread::sleep(Duration::from_millis(200));
    let first = wait_snapshot(&worker);
    let start = Instant::now();
    std::thread::sleep(time);
    let last = wait_snapshot(&worker);
    let dt = start.elapsed().as_secs_f64();
    worker.send(crate::train::Command::Pause);
    match (first, last) {
        (Some(a), Some(b)) => ((b.1 - a.1) as f64 / dt, (b.0 - a.0) as f64 / dt),
        _ => (0.0, 0.0),
    }
}

/// The next snapshot's (sequence, samples seen).
fn wait_snapshot(worker: &WorkerHandle) -> Option<(u64, u64)> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        if let Some(s) = worker.latest() {
            return Some((s.sequence, s.samples_seen));
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    None
}

/// A CSV text of `rows` rows `x,y,label` with three text classes.
pub fn csv_text(rows: usize) -> String {
    let mut s = String::with_capacity(rows * 24);
    s.push_str("x,y,label\n");
    for i in 0..rows {
        let x = (i as f64 * 0.618).sin() * 3.0;
        let y = (i as f64 * 0.371).cos() * 3.0;
        let label = ["alpha", "beta", "gamma"][i % 3];
        s.push_str(&format!("{x:.6},{y:.6},{label}\n"));
    }
    s
}

/// The window's workload: the app's default settings with a circle of
/// `points` points (noise 0.1, two classes, seed 3), the data the frame
/// time test and the million-point measurement draw.
pub fn window_settings(points: usize) -> crate::app::Settings {
    crate::app::Settings {
        generator: Generator::Circle,
        gen_params: GenParams {
            points,
            noise: 0.1,
            classes: 2,
            seed: 3,
        },
        ..crate::app::Settings::default()
    }
}

/// Workload (6): milliseconds to import `text` from a file, as File → Open
/// does (read, sniff, parse, label), the median of `repeats`. Falls back to
/// parsing from memory if no temporary file can be written (one that
/// exists already is left alone: it is not ours).
pub fn csv_ms(text: &str, repeats: usize) -> f64 {
    let path = std::env::temp_dir().join(format!("nnlab-bench-{}.csv", std::process::id()));
    let on_disk = crate::fsutil::write_new(&path, text.as_bytes()).is_ok();
    let ms = median((0..repeats.max(1)).map(|_| {
        let t = Instant::now();
        let d = if on_disk {
            read_csv(&path, &CsvOptions::default())
        } else {
            parse_csv(text.as_bytes(), &CsvOptions::default())
        };
        std::hint::black_box(d.map(|d| d.points.len()).unwrap_or(0));
        t.elapsed().as_secs_f64() * 1000.0
    }));
    if on_disk {
        let _ = std::fs::remove_file(&path);
    }
    ms
}

/// Median of the values.
pub fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    if v.is_empty() { 0.0 } else { v[v.len() / 2] }
}
