//! Every instruction set the training kernels can run on (SSE2 always,
//! AVX2+FMA and AVX-512 where the processor has them) against the
//! reference engine: whole training runs, with the weights kept in the
//! kernels' layout and the optimizer working there, must follow the matrix
//! backpropagation of `Mlp` and `apply_step`, and each path must repeat
//! itself bit for bit. A batch of 60 samples leaves lanes empty, so on an
//! 8-lane path a network of layers at most 8 wide puts its neurons in the
//! lanes; a batch of 64 fills whole vectors and puts its samples there.

#![allow(clippy::unwrap_used)]

use nnlab::bench::spiral;
use nnlab::nn::{Activation, Gradients, Mlp, OptimizerKind, Regularization, SimdPath, Workspace, apply_step};
use nnlab::train::{TrainConfig, Trainer, split_dataset};

/// A trainer on a spiral of `points` points with one batch per epoch (so
/// the order of the rows does not matter), on `path`.
fn trainer(
    (widths, activation, optimizer): (&[usize], Activation, OptimizerKind),
    points: usize,
    path: SimdPath,
) -> Trainer {
    let mut data = spiral(points, 3);
    let mut config = TrainConfig {
        batch_size: 1000,
        test_ratio: 0.0,
        learning_rate: 0.05,
        regularization: Regularization { l1: 1e-4, l2: 1e-3 },
        ..TrainConfig::default()
    }
    .with_hidden(widths, activation);
    config.optimizer.kind = optimizer;
    split_dataset(&mut data, &config);
    let mut t = Trainer::new(&data, config.check().unwrap()).unwrap();
    t.set_simd_path(path);
    t
}

/// The same epochs with the reference engine: matrix forward and backward
/// passes over all rows, then `apply_step` on the `Mlp`.
fn reference(start: &Trainer, epochs: usize) -> Mlp {
    let mut net = start.net().clone();
    let config = start.config();
    let mut optimizer = config.optimizer.build();
    let data = start.train_design();
    let mut ws = Workspace::new(&net, data.inputs.nrows());
    let mut grads = Gradients::new(&net);
    for _ in 0..epochs {
        net.forward(&data.inputs, &mut ws);
        net.backward(&data.inputs, &data.targets, &mut ws, &mut grads);
        apply_step(
            optimizer.as_mut(),
            &mut net,
            &mut grads,
            config.learning_rate,
            config.regularization,
        );
    }
    net
}

fn weights(net: &Mlp) -> Vec<f32> {
    net.layers
        .iter()
        .flat_map(|l| l.weights.iter().chain(l.bias.iter()).copied())
        .collect()
}

/// The SSE2 path always runs; on this machine the others too where the
/// processor has them.
#[test]
fn the_baseline_path_is_always_available_and_detection_picks_the_widest() {
    let available = SimdPath::available();
    assert_eq!(available.first(), Some(&SimdPath::Sse2));
    assert_eq!(available.last(), Some(&SimdPath::detect()));
    println!("paths on this processor: {available:?}");
}

#[test]
fn every_path_trains_like_the_reference_engine() {
    let cases: [(&[usize], Activation, OptimizerKind); 4] = [
        (&[8, 8], Activation::Tanh, OptimizerKind::Sgd),
        (&[5, 3], Activation::Sigmoid, OptimizerKind::Adam),
        (&[12, 9], Activation::Relu, OptimizerKind::Momentum),
        (&[], Activation::Tanh, OptimizerKind::Adam),
    ];
    for path in SimdPath::available() {
        for (widths, activation, optimizer) in cases {
            for points in [60, 64] {
                let mut t = trainer((widths, activation, optimizer), points, path);
                let expected = reference(&t, 20);
                t.train_epochs(20).unwrap();
                assert_eq!(t.simd_path(), path);
                for (got, want) in weights(t.net()).iter().zip(weights(&expected)) {
                    assert!(
                        (got - want).abs() <= 1e-4 + 1e-3 * want.abs(),
                        "{path:?} {widths:?} {activation:?} {optimizer:?} {points}: {got} vs {want}"
                    );
                }
            }
        }
    }
}

#[test]
fn each_path_repeats_itself_bit_for_bit() {
    for path in SimdPath::available() {
        for points in [60, 64] {
            let run = || {
                let mut t = trainer((&[8, 8], Activation::Tanh, OptimizerKind::Adam), points, path);
                t.train_epochs(15).unwrap();
                weights(t.net())
            };
            let first = run();
            let bits = |w: &[f32]| w.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&first), bits(&run()), "{path:?} {points}");
        }
    }
}

/// Switching paths keeps the weights; the network read between batches
/// is always the one the next batch starts from.
#[test]
fn the_network_read_between_batches_is_current() {
    let mut t = trainer((&[6], Activation::Tanh, OptimizerKind::Sgd), 60, SimdPath::Sse2);
    let mut previous = weights(t.net());
    for path in SimdPath::available().into_iter().cycle().take(6) {
        t.set_simd_path(path);
        assert_eq!(weights(t.net()), previous, "switching to {path:?} kept the weights");
        let expected = reference(&t, 1);
        t.step_batch().unwrap();
        let now = weights(t.net());
        assert_ne!(now, previous, "{path:?}: a batch moved the weights");
        for (got, want) in now.iter().zip(weights(&expected)) {
            assert!(
                (got - want).abs() <= 1e-5 + 1e-4 * want.abs(),
                "{path:?}: {got} vs {want}"
            );
        }
        previous = now;
    }
}

/// The decision boundary's forward pass in registers (networks of layers
/// at most 8 wide, a vector of grid cells at a time through every layer)
/// gives, on every path, the reference engine's probabilities for every
/// shape it specializes (2, 4 or 8 rows of W; 1, 2, 4 or 8 neurons) and
/// every activation, and the same bits every time.
#[test]
fn every_path_evaluates_the_grid_of_a_narrow_network_like_the_reference_engine() {
    use nnlab::train::{GridEvaluator, GridSpec};
    let shapes: [(&[usize], Activation); 6] = [
        (&[1], Activation::Tanh),
        (&[3, 5], Activation::Relu),
        (&[8, 2, 8], Activation::Sigmoid),
        (&[4, 4, 4, 4], Activation::LeakyRelu),
        (&[6], Activation::Identity),
        (&[8, 8, 8, 8, 8, 8, 8, 8], Activation::Tanh),
    ];
    for path in SimdPath::available() {
        for (widths, activation) in shapes {
            let mut data = spiral(200, 2);
            let config = TrainConfig {
                test_ratio: 0.0,
                ..TrainConfig::default()
            }
            .with_hidden(widths, activation);
            split_dataset(&mut data, &config);
            let mut t = Trainer::new(&data, config.check().unwrap()).unwrap();
            t.train_epochs(2).unwrap();
            let (net, features) = (t.net().clone(), t.config().features.clone());
            let spec = GridSpec::around(&data, 37);
            let mut eval = GridEvaluator::with_path(path);
            let grid = eval.output(&net, spec, &features, &data);
            let again = eval.output(&net, spec, &features, &data);
            let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&grid.values), bits(&again.values), "{path:?} {widths:?}");
            let (inputs, _) = eval.run(&net, spec, &features, &data);
            let want = net.predict(inputs);
            for (cell, pair) in grid.values.chunks_exact(2).enumerate() {
                let p = want[(cell, 0)];
                assert!(
                    (pair[1] - p).abs() < 1e-5 && (pair[0] - (1.0 - p)).abs() < 1e-5,
                    "{path:?} {widths:?} {activation:?} cell {cell}: {pair:?} vs {p}"
                );
            }
        }
    }
}
