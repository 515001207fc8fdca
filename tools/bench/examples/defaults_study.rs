//! Which defaults teach? Trains the window's default spiral (400 points,
//! noise 0.1, 25 % test) with candidate optimizer / learning rate / batch
//! settings and reports what a learner would see at the window's default
//! pace after 10 s, 60 s and 10 min:
//!
//! - train and test accuracy and loss;
//! - how calm the test loss is: the mean |Δ test loss| between epochs over
//!   the last 20 % of the run, relative to its level (spiky curves score high);
//! - how smooth the boundary is: the boundary's length on a 128² grid over
//!   the data (cells whose class differs from the cell to the right or
//!   above, per grid side), a jagged over-fitted boundary is longer;
//! - when the boundary formed: the first epoch with 90 % train accuracy.
//!
//! `cargo run --release -p nnlab-bench --example defaults_study [pace]` (pace in epochs/s,
//! default 30). Deterministic: every run prints the same numbers.

use nnlab::data::{Dataset, GenParams, Generator, generate};
use nnlab::nn::{Activation, OptimizerKind};
use nnlab::train::{GridEvaluator, GridSpec, TrainConfig, Trainer, split_generated};

struct Candidate {
    name: &'static str,
    optimizer: OptimizerKind,
    learning_rate: f32,
    batch_size: usize,
    l2: f32,
}

fn dataset(config: &TrainConfig) -> Dataset {
    let mut d = generate(
        Generator::Spiral,
        &GenParams {
            points: 400,
            noise: 0.1,
            classes: 2,
            seed: 1,
        },
    )
    .expect("spiral");
    split_generated(&mut d, Some(Generator::Spiral), config);
    d
}

/// Boundary length in grid cells per side: class changes between
/// neighbouring cells of a 128² grid, divided by 128.
fn boundary_length(t: &Trainer, d: &Dataset) -> f64 {
    let spec = GridSpec::around(d, 128);
    let mut grid = GridEvaluator::default();
    let values = grid.output(t.net(), spec, &t.config().features, d);
    let n = spec.resolution;
    let k = values.channels;
    let class = |i: usize, j: usize| -> usize {
        let cell = &values.values[(j * n + i) * k..(j * n + i + 1) * k];
        if k == 1 {
            usize::from(cell[0] >= 0.5)
        } else {
            cell.iter()
                .enumerate()
                .fold((0, f32::MIN), |best, (c, &v)| if v > best.1 { (c, v) } else { best })
                .0
        }
    };
    let mut changes = 0usize;
    for j in 0..n {
        for i in 0..n {
            if i + 1 < n && class(i, j) != class(i + 1, j) {
                changes += 1;
            }
            if j + 1 < n && class(i, j) != class(i, j + 1) {
                changes += 1;
            }
        }
    }
    changes as f64 / n as f64
}

fn main() {
    let pace: f64 = std::env::args().nth(1).and_then(|p| p.parse().ok()).unwrap_or(30.0);
    let candidates = [
        Candidate {
            name: "adam η0.01 b10 (release 1)",
            optimizer: OptimizerKind::Adam,
            learning_rate: 0.01,
            batch_size: 10,
            l2: 0.0,
        },
        Candidate {
            name: "adam η0.003 b32",
            optimizer: OptimizerKind::Adam,
            learning_rate: 0.003,
            batch_size: 32,
            l2: 0.0,
        },
        Candidate {
            name: "adam η0.003 b32 L2 1e-3",
            optimizer: OptimizerKind::Adam,
            learning_rate: 0.003,
            batch_size: 32,
            l2: 0.001,
        },
        Candidate {
            name: "sgd η0.03 b10",
            optimizer: OptimizerKind::Sgd,
            learning_rate: 0.03,
            batch_size: 10,
            l2: 0.0,
        },
        Candidate {
            name: "sgd η0.1 b10",
            optimizer: OptimizerKind::Sgd,
            learning_rate: 0.1,
            batch_size: 10,
            l2: 0.0,
        },
        Candidate {
            name: "momentum η0.01 b16",
            optimizer: OptimizerKind::Momentum,
            learning_rate: 0.01,
            batch_size: 16,
            l2: 0.0,
        },
        Candidate {
            name: "momentum η0.01 b16 L2 1e-3",
            optimizer: OptimizerKind::Momentum,
            learning_rate: 0.01,
            batch_size: 16,
            l2: 0.001,
        },
    ];
    let moments = [("10 s", 10.0), ("60 s", 60.0), ("10 min", 600.0)];
    println!("pace {pace} epochs/s; spiral 400 points, noise 0.1, 25 % test, 2×8 tanh");
    println!(
        "{:<28} {:>7} {:>6} {:>6} {:>7} {:>7} {:>6} {:>6}",
        "candidate", "at", "train", "test", "tr.loss", "te.loss", "calm", "length"
    );
    for c in &candidates {
        let mut config = TrainConfig {
            learning_rate: c.learning_rate,
            batch_size: c.batch_size,
            ..TrainConfig::default()
        }
        .with_hidden(&[8, 8], Activation::Tanh);
        config.optimizer.kind = c.optimizer;
        config.regularization.l2 = c.l2;
        let d = dataset(&config);
        let mut t = Trainer::new(&d, config.check().expect("valid settings")).expect("trainer");
        let mut formed = None;
        let mut test_losses = Vec::new();
        for (label, seconds) in moments {
            let target = (seconds * pace) as u64;
            while t.epoch() < target {
                t.run_epoch().expect("epoch");
                let test = t.evaluate_test();
                test_losses.push(test.loss);
                if formed.is_none() && t.evaluate_train().accuracy.unwrap_or(0.0) >= 0.9 {
                    formed = Some(t.epoch());
                }
            }
            let (train, test) = (t.evaluate_train(), t.evaluate_test());
            let tail = &test_losses[test_losses.len() * 4 / 5..];
            let mean = tail.iter().sum::<f64>() / tail.len().max(1) as f64;
            let jitter = tail.windows(2).map(|w| (w[1] - w[0]).abs()).sum::<f64>() / (tail.len().max(2) - 1) as f64;
            println!(
                "{:<28} {:>7} {:>5.1}% {:>5.1}% {:>7.4} {:>7.4} {:>6.3} {:>6.2}",
                c.name,
                label,
                100.0 * train.accuracy.unwrap_or(0.0),
                100.0 * test.accuracy.unwrap_or(0.0),
                train.loss,
                test.loss,
                jitter / mean.max(1e-9),
                boundary_length(&t, &d)
            );
        }
        match formed {
            Some(e) => println!("{:<28} 90 % train accuracy at epoch {e} ({:.1} s)", "", e as f64 / pace),
            None => println!("{:<28} never reached 90 % train accuracy", ""),
        }
    }
}
