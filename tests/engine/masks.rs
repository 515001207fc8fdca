//! Frozen connections and switched-off neurons in the trainer.

#![allow(clippy::unwrap_used)]

use nnlab::data::Generator;
use nnlab::nn::{Activation, OptimizerKind};
use nnlab::train::{TrainConfig, Trainer, split_dataset};

fn trainer(kind: OptimizerKind) -> (nnlab::data::Dataset, Trainer) {
    let mut d = crate::common::generated(Generator::Circle, 200, 0.1, 2, 3);
    let mut config = TrainConfig::default().with_hidden(&[6, 4], Activation::Tanh);
    config.optimizer.kind = kind;
    config.learning_rate = 0.05;
    config.regularization.l2 = 0.01;
    split_dataset(&mut d, &config);
    let t = Trainer::new(&d, config.check().unwrap()).unwrap();
    (d, t)
}

#[test]
fn a_frozen_weight_stays_fixed_while_the_others_train() {
    for kind in [OptimizerKind::Sgd, OptimizerKind::Momentum, OptimizerKind::Adam] {
        let (_, mut t) = trainer(kind);
        t.set_parameter(1, Some(2), 3, 0.75).unwrap();
        t.set_frozen(1, 2, 3, true).unwrap();
        let before = t.net().clone();
        t.train_epochs(5).unwrap();
        let after = t.net();
        assert_eq!(
            after.layers[1].weights[(2, 3)],
            0.75,
            "{kind:?}: the frozen weight moved"
        );
        assert_ne!(after.layers[1].weights[(2, 2)], before.layers[1].weights[(2, 2)]);
        assert!(t.masks().is_frozen(1, 2, 3));

        // Typing a new value moves a frozen weight, and it stays there.
        t.set_parameter(1, Some(2), 3, -0.5).unwrap();
        t.train_epochs(1).unwrap();
        assert_eq!(t.net().layers[1].weights[(2, 3)], -0.5);

        // Released, it trains again.
        t.set_frozen(1, 2, 3, false).unwrap();
        t.train_epochs(2).unwrap();
        assert_ne!(
            t.net().layers[1].weights[(2, 3)],
            -0.5,
            "{kind:?}: released weight still fixed"
        );
    }
}

#[test]
fn a_switched_off_neuron_contributes_nothing_and_comes_back() {
    let (d, mut t) = trainer(OptimizerKind::Adam);
    let original = t.net().layers[1].weights.row(4).clone_owned();
    let out_before = t.evaluate_train().loss;
    t.set_neuron_off(0, 4, true).unwrap();
    assert!(t.net().layers[1].weights.row(4).iter().all(|w| *w == 0.0));
    assert_ne!(t.evaluate_train().loss, out_before, "switching off changes the output");
    t.train_epochs(5).unwrap();
    assert!(
        t.net().layers[1].weights.row(4).iter().all(|w| *w == 0.0),
        "training must not revive a switched-off neuron"
    );

    // Whatever the neuron's own weights are, the output does not change.
    let loss = t.evaluate_train().loss;
    for i in 0..t.net().layers[0].inputs() {
        t.set_parameter(0, Some(i), 4, 5.0).unwrap();
    }
    t.set_parameter(0, None, 4, -3.0).unwrap();
    assert_eq!(t.evaluate_train().loss, loss, "an off neuron still changed the output");

    // Switched back on, its outgoing weights are the ones it had.
    t.set_neuron_off(0, 4, false).unwrap();
    assert_eq!(t.net().layers[1].weights.row(4), original);
    assert!(t.masks().is_empty());

    // Only hidden neurons can be switched off.
    assert!(t.set_neuron_off(2, 0, true).is_err());
    assert!(t.set_frozen(0, 9, 0, true).is_err());
    // A rebuild clears the masks.
    t.set_neuron_off(1, 0, true).unwrap();
    let mut c = t.config().get().clone();
    c.hidden[0].neurons = 5;
    assert!(t.set_config(&d, c.check().unwrap()).unwrap());
    assert!(t.masks().is_empty());
}
