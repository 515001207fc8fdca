//! The networks learn what the textbook says they learn, deterministically.

#![allow(clippy::unwrap_used)]

use crate::common::{generated, iris_petals};
use nnlab::data::Generator;
use nnlab::nn::{Activation, NnError, OptimizerKind};
use nnlab::train::{TrainConfig, Trainer, split_dataset};

fn trained(mut dataset: nnlab::data::Dataset, config: TrainConfig) -> Trainer {
    split_dataset(&mut dataset, &config);
    let epochs = config.epochs;
    let mut t = Trainer::new(&dataset, config.check().unwrap()).unwrap();
    t.train_epochs(epochs).unwrap();
    t
}

#[test]
fn mlp_2_4_1_tanh_learns_xor() {
    let config = TrainConfig {
        test_ratio: 0.0,
        learning_rate: 0.1,
        batch_size: 4,
        epochs: 2000,
        ..Default::default()
    }
    .with_hidden(&[4], Activation::Tanh);
    let t = trained(generated(Generator::Xor, 4, 0.0, 2, 1), config);
    assert_eq!(t.net().shape(), vec![2, 4, 1]);
    assert_eq!(t.evaluate_train().accuracy, Some(1.0));
}

#[test]
fn mlp_2_8_8_3_solves_a_three_arm_spiral() {
    let mut data = generated(Generator::Spiral, 1500, 0.05, 3, 1);
    data.standardize();
    let mut config = TrainConfig {
        learning_rate: 0.005,
        batch_size: 16,
        epochs: 1000,
        ..Default::default()
    }
    .with_hidden(&[8, 8], Activation::Tanh);
    config.optimizer.kind = OptimizerKind::Adam;
    let t = trained(data, config);
    assert_eq!(t.net().shape(), vec![2, 8, 8, 3]);
    let acc = t.evaluate_test().accuracy.unwrap();
    assert!(acc >= 0.95, "test accuracy {acc}");
}

#[test]
fn iris_three_species_from_petals() {
    let mut data = iris_petals();
    data.standardize();
    let mut config = TrainConfig {
        learning_rate: 0.01,
        epochs: 100,
        test_ratio: 0.3,
        ..Default::default()
    };
    config.optimizer.kind = OptimizerKind::Adam;
    let t = trained(data, config);
    let m = t.evaluate_test();
    assert_eq!(m.count, 45);
    assert!(m.accuracy.unwrap() >= 0.93, "test accuracy {:?}", m.accuracy);
    // The confusion matrix adds up and agrees with the accuracy.
    let cm = m.confusion.unwrap();
    assert_eq!(cm.counts.iter().sum::<u64>(), 45);
    assert!((cm.accuracy() - m.accuracy.unwrap()).abs() < 1e-12);
}

#[test]
fn same_seed_same_curve_bit_for_bit_and_other_seeds_differ() {
    let run = |seed: u64| {
        let config = TrainConfig {
            seed,
            epochs: 30,
            ..Default::default()
        };
        trained(generated(Generator::Spiral, 300, 0.1, 2, 7), config)
    };
    let (a, b, c) = (run(3), run(3), run(4));
    let losses = |t: &Trainer| {
        t.history()
            .points()
            .iter()
            .map(|p| p.train_loss.to_bits())
            .collect::<Vec<_>>()
    };
    assert_eq!(losses(&a), losses(&b));
    assert_eq!(a.net(), b.net());
    assert_eq!(a.history().points().len(), 31);

    let init = |seed: u64| {
        let config = TrainConfig {
            seed,
            ..Default::default()
        };
        nnlab::train::build_network(&generated(Generator::Spiral, 300, 0.1, 2, 7), &config.check().unwrap()).unwrap()
    };
    assert_ne!(init(3).layers[0].weights, init(4).layers[0].weights);
    assert_ne!(losses(&a), losses(&c));
}

#[test]
fn step_networks_refuse_backprop_with_a_clear_message() {
    for act in [Activation::Heaviside, Activation::Sign] {
        let mut data = generated(Generator::Blobs, 100, 0.1, 2, 1);
        let config = TrainConfig::default().with_hidden(&[4], act);
        split_dataset(&mut data, &config);
        let mut t = Trainer::new(&data, config.check().unwrap()).unwrap();
        let before = t.net().clone();
        let err = t.step_batch().unwrap_err();
        assert_eq!(err, NnError::NotDifferentiable(act));
        assert_eq!(t.net(), &before, "no weight may change");
    }
}

#[test]
fn divergence_is_reported_not_hidden() {
    let mut data = generated(Generator::Plane, 200, 0.1, 2, 1);
    let config = TrainConfig {
        learning_rate: 10.0,
        ..Default::default()
    }
    .with_hidden(&[8], Activation::Relu);
    split_dataset(&mut data, &config);
    let mut t = Trainer::new(&data, config.check().unwrap()).unwrap();
    let err = t.train_epochs(20).unwrap_err();
    assert!(matches!(err, NnError::Diverged { .. }), "{err:?}");
}

#[test]
fn l1_and_l2_penalties_shrink_the_weights() {
    let base = TrainConfig {
        epochs: 100,
        ..Default::default()
    };
    let norm = |t: &Trainer| t.net().layers.iter().map(|l| l.weights.norm_squared()).sum::<f32>();
    let plain = trained(generated(Generator::Circle, 300, 0.1, 2, 1), base.clone());
    let mut with_l2 = base.clone();
    with_l2.regularization.l2 = 0.05;
    let l2 = trained(generated(Generator::Circle, 300, 0.1, 2, 1), with_l2);
    assert!(norm(&l2) < 0.7 * norm(&plain), "{} vs {}", norm(&l2), norm(&plain));
    let l1_norm = |t: &Trainer| t.net().layers.iter().map(|l| l.weights.abs().sum()).sum::<f32>();
    let mut with_l1 = base;
    with_l1.regularization.l1 = 0.01;
    let l1 = trained(generated(Generator::Circle, 300, 0.1, 2, 1), with_l1);
    assert!(
        l1_norm(&l1) < 0.7 * l1_norm(&plain),
        "{} vs {}",
        l1_norm(&l1),
        l1_norm(&plain)
    );
}

#[test]
fn every_optimizer_lowers_the_loss() {
    for kind in OptimizerKind::ALL {
        let mut config = TrainConfig {
            epochs: 50,
            learning_rate: 0.01,
            ..Default::default()
        };
        config.optimizer.kind = kind;
        let t = trained(generated(Generator::Moons, 300, 0.1, 2, 1), config);
        let h = t.history().points();
        let (first, last) = (h[0].train_loss, h[h.len() - 1].train_loss);
        assert!(last < 0.8 * first, "{kind:?}: {first} → {last}");
    }
}
