//! The backprop inspector's numbers against independent math: central
//! finite differences of the loss computed in f64 by a forward pass
//! written here from the formulas (not the library's), the trainer's own
//! batch kernels for a batch of one, and the weights an applied step
//! really leaves.

#![allow(clippy::unwrap_used)]

use nnlab::data::{Dataset, Feature, Generator, design};
use nnlab::nn::{Activation, Gradients, KernelNet, LEAKY_SLOPE, Loss, Mlp, OutputActivation, Workspace};
use nnlab::train::inspect::BackpropTrace;
use nnlab::train::{TrainConfig, Trainer, split_dataset};

/// A small dataset of `generator` with every input feature on and
/// standardized coordinates, and a trainer of `hidden` layers of 4 neurons.
fn setup(generator: Generator, classes: usize, hidden: &[Activation], loss: Option<Loss>) -> (Dataset, Trainer) {
    let mut data = crate::common::generated(generator, 40, 0.2, classes, 3);
    data.standardize();
    let mut config = TrainConfig {
        features: Feature::ALL.to_vec(),
        loss,
        learning_rate: 0.05,
        batch_size: 8,
        seed: 5,
        ..TrainConfig::default()
    };
    config.hidden = hidden
        .iter()
        .map(|&activation| nnlab::nn::LayerSpec { neurons: 4, activation })
        .collect();
    split_dataset(&mut data, &config);
    let mut trainer = Trainer::new(&data, config.check().unwrap()).unwrap();
    // A few epochs, so the biases are not zero and the optimizer has state.
    trainer.train_epochs(3).unwrap();
    (data, trainer)
}

/// φ in f64, from its definition.
fn phi(act: Activation, z: f64) -> f64 {
    match act {
        Activation::Tanh => z.tanh(),
        Activation::Sigmoid => 1.0 / (1.0 + (-z).exp()),
        Activation::Relu => z.max(0.0),
        Activation::LeakyRelu => {
            if z >= 0.0 {
                z
            } else {
                f64::from(LEAKY_SLOPE) * z
            }
        }
        Activation::Identity => z,
        other => panic!("{other:?} has no derivative"),
    }
}

/// Weights and biases of every layer in f64: `w[l][i][j]`, `b[l][j]`.
struct Params {
    w: Vec<Vec<Vec<f64>>>,
    b: Vec<Vec<f64>>,
}

fn params(net: &Mlp) -> Params {
    Params {
        w: net
            .layers
            .iter()
            .map(|l| {
                (0..l.inputs())
                    .map(|i| (0..l.outputs()).map(|j| f64::from(l.weights[(i, j)])).collect())
                    .collect()
            })
            .collect(),
        b: net
            .layers
            .iter()
            .map(|l| l.bias.iter().map(|&v| f64::from(v)).collect())
            .collect(),
    }
}

/// The sample's loss in f64, from the definitions: hidden a = φ(Σ w·a + b),
/// then BCE −[y ln σ(z) + (1−y) ln(1−σ(z))], CE −ln softmax(z)_y, or MSE Σ(z − t)².
fn loss64(net: &Mlp, p: &Params, inputs: &[f32], target: f64) -> f64 {
    let mut a: Vec<f64> = inputs.iter().map(|&v| f64::from(v)).collect();
    let last = net.layers.len() - 1;
    for l in 0..=last {
        let z: Vec<f64> = (0..p.b[l].len())
            .map(|j| p.b[l][j] + a.iter().enumerate().map(|(i, ai)| p.w[l][i][j] * ai).sum::<f64>())
            .collect();
        if l < last {
            a = z.iter().map(|&z| phi(net.layers[l].activation, z)).collect();
            continue;
        }
        return match net.head.loss {
            Loss::BinaryCrossEntropy => {
                let s = 1.0 / (1.0 + (-z[0]).exp());
                -(target * s.ln() + (1.0 - target) * (1.0 - s).ln())
            }
            Loss::CrossEntropy => {
                let m = z.iter().cloned().fold(f64::MIN, f64::max);
                let sum: f64 = z.iter().map(|v| (v - m).exp()).sum();
                m + sum.ln() - z[target as usize]
            }
            Loss::Mse => {
                assert_eq!(net.head.output, OutputActivation::Identity);
                (z[0] - target).powi(2)
            }
        };
    }
    unreachable!()
}

/// Every gradient of the trace against the central difference
/// (ℓ(θ + h) − ℓ(θ − h)) / 2h in f64, to 1e-3 relative.
fn check_against_finite_differences(trainer: &Trainer, trace: &BackpropTrace, what: &str) {
    let net = trainer.net();
    let mut p = params(net);
    let h = 1e-6;
    let close = |analytic: f32, numeric: f64, at: String| {
        let a = f64::from(analytic);
        let tol = 1e-3 * a.abs().max(numeric.abs()) + 1e-6;
        assert!(
            (a - numeric).abs() <= tol,
            "{what}: {at}: trace {a:.8} vs finite difference {numeric:.8}"
        );
    };
    let loss = |p: &Params| loss64(net, p, &trace.inputs, trace.target);
    let analytic_loss = loss(&p);
    assert!(
        (trace.loss - analytic_loss).abs() <= 1e-4 * analytic_loss.abs().max(1e-2),
        "{what}: loss"
    );
    for l in 0..net.layers.len() {
        for i in 0..p.w[l].len() {
            for j in 0..p.b[l].len() {
                let orig = p.w[l][i][j];
                p.w[l][i][j] = orig + h;
                let plus = loss(&p);
                p.w[l][i][j] = orig - h;
                let minus = loss(&p);
                p.w[l][i][j] = orig;
                close(
                    trace.layers[l].grad_weights[i][j],
                    (plus - minus) / (2.0 * h),
                    format!("w[{l}][{i}][{j}]"),
                );
            }
        }
        for j in 0..p.b[l].len() {
            let orig = p.b[l][j];
            p.b[l][j] = orig + h;
            let plus = loss(&p);
            p.b[l][j] = orig - h;
            let minus = loss(&p);
            p.b[l][j] = orig;
            close(
                trace.layers[l].grad_bias[j],
                (plus - minus) / (2.0 * h),
                format!("b[{l}][{j}]"),
            );
            assert_eq!(trace.layers[l].grad_bias[j], trace.layers[l].delta[j], "∂L/∂b = δ");
        }
    }
}

/// Every hidden activation under every head, extra features and
/// standardization on: the trace's gradients are the loss's derivatives.
#[test]
fn gradients_match_finite_differences_for_every_activation_and_head() {
    let heads = [
        (Generator::Moons, 2, Some(Loss::BinaryCrossEntropy)),
        (Generator::Spiral, 3, Some(Loss::CrossEntropy)),
        (Generator::Plane, 0, Some(Loss::Mse)),
    ];
    let acts = [
        Activation::Tanh,
        Activation::Sigmoid,
        Activation::Relu,
        Activation::LeakyRelu,
    ];
    for (generator, classes, loss) in heads {
        for act in acts {
            let (data, trainer) = setup(generator, classes, &[act, act], loss);
            for sample in [0, 7, 22] {
                let trace = trainer.backprop_trace(&data, sample).unwrap();
                assert_eq!(trace.inputs.len(), Feature::ALL.len());
                check_against_finite_differences(&trainer, &trace, &format!("{generator:?}/{act:?}/sample {sample}"));
            }
        }
    }
}

/// A network without hidden layers (logistic regression) and one with
/// three differently activated layers.
#[test]
fn gradients_match_finite_differences_for_other_shapes() {
    for hidden in [
        &[][..],
        &[Activation::Sigmoid, Activation::LeakyRelu, Activation::Tanh][..],
    ] {
        let (data, trainer) = setup(Generator::Circle, 2, hidden, None);
        let trace = trainer.backprop_trace(&data, 3).unwrap();
        check_against_finite_differences(&trainer, &trace, &format!("{hidden:?}"));
    }
}

/// The trace's gradients are what the trainer's kernels compute for a
/// batch of one: the fused training step and the matrix backward pass.
#[test]
fn trace_equals_the_trainers_batch_gradients_for_a_batch_of_one() {
    for (generator, classes, act) in [
        (Generator::Moons, 2, Activation::Tanh),
        (Generator::Spiral, 3, Activation::Relu),
        (Generator::Plane, 0, Activation::Sigmoid),
    ] {
        let (data, trainer) = setup(generator, classes, &[act, act], None);
        let net = trainer.net();
        let train = design(&data, &trainer.config().features, false);
        let train_indices: Vec<usize> = (0..data.points.len()).filter(|&i| !data.points[i].test).collect();
        for (row, &sample) in train_indices.iter().enumerate().step_by(9) {
            let trace = trainer.backprop_trace(&data, sample).unwrap();
            let mut fused = KernelNet::default();
            fused.load(net);
            let mut fused_grads = Gradients::new(net);
            let (fused_loss, _) = fused.train_rows(net, &train.inputs, &train.targets, &[row], &mut fused_grads);
            let x = train.inputs.rows(row, 1).into_owned();
            let mut ws = Workspace::new(net, 1);
            let mut matrix_grads = Gradients::new(net);
            net.forward(&x, &mut ws);
            let matrix_loss = net.backward(&x, &train.targets[row..=row], &mut ws, &mut matrix_grads);
            for (kernel, loss, grads) in [
                ("fused", fused_loss, &fused_grads),
                ("matrix", matrix_loss, &matrix_grads),
            ] {
                assert!(
                    (loss - trace.loss).abs() <= 1e-5 * trace.loss.abs().max(1.0),
                    "{kernel} loss"
                );
                for (l, layer) in trace.layers.iter().enumerate() {
                    let pairs = layer
                        .grad_weights
                        .iter()
                        .enumerate()
                        .flat_map(|(i, r)| r.iter().enumerate().map(move |(j, g)| (*g, (i, j))))
                        .map(|(g, ij)| (g, grads.weights[l][ij]))
                        .chain(layer.grad_bias.iter().zip(grads.bias[l].iter()).map(|(a, b)| (*a, *b)));
                    for (t, k) in pairs {
                        assert!(
                            (t - k).abs() <= 1e-5 + 1e-4 * t.abs(),
                            "{kernel} layer {l}: trace {t} vs {k}"
                        );
                    }
                }
            }
        }
    }
}
