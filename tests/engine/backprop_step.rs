//! "Apply this step": the single-sample update changes the weights exactly
//! as the trace said, with every optimizer's real state, penalties and
//! masks; the inspector's refusals are typed; saturated and dead neurons
//! are flagged and counted.

#![allow(clippy::unwrap_used)]

use nnlab::data::{Dataset, Generator};
use nnlab::nn::{Activation, NnError, OptimizerKind, Regularization};
use nnlab::train::inspect::{Held, InspectError, NeuronHealth, UpdateTerms};
use nnlab::train::{TrainConfig, Trainer, split_dataset};

fn setup(kind: OptimizerKind, act: Activation) -> (Dataset, Trainer) {
    let mut data = crate::common::generated(Generator::Circle, 40, 0.1, 2, 9);
    let mut config = TrainConfig {
        learning_rate: 0.05,
        batch_size: 5,
        regularization: Regularization { l1: 0.001, l2: 0.01 },
        ..TrainConfig::default()
    }
    .with_hidden(&[5, 3], act);
    config.optimizer.kind = kind;
    split_dataset(&mut data, &config);
    let mut trainer = Trainer::new(&data, config.check().unwrap()).unwrap();
    trainer.train_epochs(2).unwrap();
    (data, trainer)
}

fn first_train_point(data: &Dataset) -> usize {
    data.points.iter().position(|p| !p.test).unwrap()
}

#[test]
fn an_applied_step_changes_the_weights_exactly_as_the_trace_said() {
    for kind in OptimizerKind::ALL {
        let (data, mut trainer) = setup(kind, Activation::Tanh);
        trainer.set_frozen(1, 2, 0, true).unwrap();
        trainer.set_neuron_off(0, 4, true).unwrap();
        let sample = first_train_point(&data);
        let shown = trainer.backprop_trace(&data, sample).unwrap();
        let applied = trainer.apply_sample_step(&data, sample).unwrap();
        assert_eq!(shown, applied, "{kind:?}: applying changes nothing the trace showed");
        let (lr, eps) = (shown.update.learning_rate, shown.update.epsilon);
        for (l, (layer, update)) in trainer.net().layers.iter().zip(&shown.update.layers).enumerate() {
            for (i, row) in update.weights.iter().enumerate() {
                for (j, p) in row.iter().enumerate() {
                    assert_eq!(layer.weights[(i, j)], p.after, "{kind:?} w[{l}][{i}][{j}]");
                    let loss_grad = shown.layers[l].grad_weights[i][j];
                    assert_eq!(p.grad, loss_grad + p.penalty);
                    match p.held {
                        Some(Held::Frozen) => assert_eq!(p.after, p.before),
                        Some(Held::NeuronOff) => assert_eq!(p.after, 0.0),
                        None => {
                            let expected = match p.terms {
                                UpdateTerms::Sgd => p.before - lr * p.grad,
                                UpdateTerms::Momentum { velocity_after, .. } => p.before + velocity_after,
                                UpdateTerms::Adam { step, .. } => p.before - step,
                            };
                            assert_eq!(p.after, expected, "{kind:?} w[{l}][{i}][{j}]");
                        }
                    }
                }
            }
            for (j, p) in update.bias.iter().enumerate() {
                assert_eq!(layer.bias[j], p.after, "{kind:?} b[{l}][{j}]");
                assert_eq!(
                    (p.penalty, p.grad),
                    (0.0, shown.layers[l].grad_bias[j]),
                    "biases are not penalized"
                );
            }
        }
        assert_eq!(shown.update.layers[1].weights[2][0].held, Some(Held::Frozen));
        assert_eq!(shown.update.layers[1].weights[4][1].held, Some(Held::NeuronOff));
        // The optimizer's terms follow its own rule, by hand.
        let p = shown.update.layers[0].bias[0];
        match p.terms {
            UpdateTerms::Sgd => assert_eq!(kind, OptimizerKind::Sgd),
            UpdateTerms::Momentum {
                velocity_before,
                velocity_after,
            } => {
                assert!(velocity_before != 0.0, "momentum state from the epochs before");
                assert_eq!(velocity_after, shown.update.momentum * velocity_before - lr * p.grad);
            }
            UpdateTerms::Adam {
                m_before,
                m,
                v,
                t,
                m_hat,
                v_hat,
                step,
                ..
            } => {
                let b1 = shown.update.beta1;
                assert!((m - (b1 * m_before + (1.0 - b1) * p.grad)).abs() <= 1e-7 * m.abs().max(1e-3));
                let (c1, c2) = (1.0 - b1.powi(t as i32), 1.0 - shown.update.beta2.powi(t as i32));
                assert!((m_hat - m / c1).abs() <= 1e-5 * m_hat.abs());
                assert!((v_hat - v / c2).abs() <= 1e-5 * v_hat.abs());
                assert!((step - lr * m_hat / (v_hat.sqrt() + eps)).abs() <= 1e-6 * step.abs());
                assert_eq!(t, 2 * 6 + 1, "2 epochs of 6 batches, then this step");
            }
        }
    }
}

#[test]
fn refusals_are_typed() {
    let (data, mut trainer) = setup(OptimizerKind::Sgd, Activation::Tanh);
    let n = data.points.len();
    assert_eq!(
        trainer.backprop_trace(&data, n).unwrap_err(),
        InspectError::SampleOutOfRange { index: n, count: n }
    );
    let test = data.points.iter().position(|p| p.test).unwrap();
    assert!(
        trainer.backprop_trace(&data, test).unwrap().test,
        "a test point is traced"
    );
    let before = trainer.net().clone();
    assert_eq!(
        trainer.apply_sample_step(&data, test).unwrap_err(),
        InspectError::TestPoint(test)
    );
    assert_eq!(trainer.net(), &before, "a refused step changes nothing");
    for step in [Activation::Heaviside, Activation::Sign] {
        let (data, trainer) = setup_untrained(step);
        assert_eq!(
            trainer.backprop_trace(&data, 0).unwrap_err(),
            InspectError::Network(NnError::NotDifferentiable(step))
        );
    }
}

fn setup_untrained(act: Activation) -> (Dataset, Trainer) {
    let data = crate::common::generated(Generator::Xor, 4, 0.0, 2, 1);
    let config = TrainConfig::default().with_hidden(&[2], act);
    let trainer = Trainer::new(&data, config.check().unwrap()).unwrap();
    (data, trainer)
}

/// A ReLU with a hugely negative bias is dead on every sample; a sigmoid
/// with a huge bias saturated on every sample; the counts over the training
/// set agree with the per-sample flags.
#[test]
fn saturated_and_dead_neurons_are_flagged_and_counted() {
    let (data, mut relu) = setup(OptimizerKind::Sgd, Activation::Relu);
    relu.set_parameter(0, None, 1, -100.0).unwrap();
    let (_, mut sigmoid) = setup(OptimizerKind::Sgd, Activation::Sigmoid);
    sigmoid.set_parameter(0, None, 2, 50.0).unwrap();
    let train_points = data.points.iter().filter(|p| !p.test).count();
    for (trainer, neuron, flag) in [(&relu, 1, NeuronHealth::Dead), (&sigmoid, 2, NeuronHealth::Saturated)] {
        let counts = trainer.neuron_health();
        assert_eq!(counts.samples, train_points);
        let mut from_traces = [vec![(0, 0); 5], vec![(0, 0); 3], vec![(0, 0); 1]];
        for (i, p) in data.points.iter().enumerate().filter(|(_, p)| !p.test) {
            let trace = trainer.backprop_trace(&data, i).unwrap();
            assert_eq!(trace.layers[0].health[neuron], flag, "sample {i} ({:?})", p.x);
            assert!(nnlab::i18n::words::neuron_health_text(flag).is_some());
            for (l, layer) in trace.layers.iter().enumerate() {
                for (j, h) in layer.health.iter().enumerate() {
                    match h {
                        NeuronHealth::Saturated => from_traces[l][j].0 += 1,
                        NeuronHealth::Dead => from_traces[l][j].1 += 1,
                        NeuronHealth::Active => {}
                    }
                }
            }
        }
        for (l, layer) in counts.layers.iter().enumerate() {
            for (j, c) in layer.iter().enumerate() {
                assert_eq!((c.saturated, c.dead), from_traces[l][j], "layer {l} neuron {j}");
            }
        }
        let c = counts.layers[0][neuron];
        assert_eq!(c.saturated + c.dead, train_points, "flagged on every training sample");
        // A dead or saturated unit passes (almost) no gradient to its weights.
        let trace = trainer.backprop_trace(&data, first_train_point(&data)).unwrap();
        assert!(trace.layers[0].delta[neuron].abs() < 1e-6);
    }
}

/// The chain rule spelled out for a hidden neuron multiplies out to its δ.
#[test]
fn the_chain_rule_of_a_hidden_neuron_multiplies_out_to_its_delta() {
    let (data, trainer) = setup(OptimizerKind::Sgd, Activation::Tanh);
    let trace = trainer.backprop_trace(&data, first_train_point(&data)).unwrap();
    for (l, j) in [(0, 3), (1, 2)] {
        let c = trace.chain_rule(l, j).unwrap();
        assert_eq!(c.terms.len(), trace.layers[l + 1].delta.len());
        let sum: f32 = c.terms.iter().map(|(w, d)| w * d).sum();
        assert!((sum - c.upstream).abs() <= 1e-6 * c.upstream.abs().max(1e-3));
        assert_eq!(c.delta, c.slope * c.upstream);
        assert_eq!(c.terms[0].0, trainer.net().layers[l + 1].weights[(j, 0)]);
    }
    assert!(trace.chain_rule(2, 0).is_none(), "the output's δ comes from the loss");
    assert_eq!(trace.layer_input(0), trace.inputs.as_slice());
    assert_eq!(trace.layer_input(2), trace.layers[1].a.as_slice());
}
