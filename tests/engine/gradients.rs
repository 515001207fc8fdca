//! Finite-difference checks of backpropagation: for every differentiable
//! activation, every loss/output pairing, and a 3-hidden-layer network, the
//! analytic gradient must match the central difference
//! (L(θ + h) − L(θ − h)) / 2h of the loss itself.

#![allow(clippy::unwrap_used)]

use nalgebra::DMatrix;
use nnlab::nn::{Activation, Gradients, Head, Init, LayerSpec, Loss, Mlp, OutputActivation, Workspace};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

fn loss_of(net: &Mlp, x: &DMatrix<f32>, t: &[f32]) -> f64 {
    let mut ws = Workspace::new(net, x.nrows());
    net.forward(x, &mut ws);
    let last = net.layers.len() - 1;
    net.head.loss(&ws.z[last], t, None)
}

/// Asserts backprop matches finite differences for every weight and bias.
fn check(net: &mut Mlp, x: &DMatrix<f32>, t: &[f32], what: &str) {
    let mut ws = Workspace::new(net, x.nrows());
    let mut grads = Gradients::new(net);
    net.forward(x, &mut ws);
    net.backward(x, t, &mut ws, &mut grads);
    let h = 1e-3f32;
    let mut checked = 0;
    for l in 0..net.layers.len() {
        let n_w = net.layers[l].weights.len();
        let n_b = net.layers[l].bias.len();
        for p in 0..n_w + n_b {
            let analytic = if p < n_w {
                grads.weights[l].as_slice()[p]
            } else {
                grads.bias[l].as_slice()[p - n_w]
            } as f64;
            let orig = param(net, l, p, n_w);
            set(net, l, p, n_w, orig + h);
            let plus = loss_of(net, x, t);
            set(net, l, p, n_w, orig - h);
            let minus = loss_of(net, x, t);
            set(net, l, p, n_w, orig);
            let numeric = (plus - minus) / (2.0 * h as f64);
            let tol = 1e-3 + 2e-2 * analytic.abs().max(numeric.abs());
            assert!(
                (analytic - numeric).abs() <= tol,
                "{what}: layer {l} param {p}: backprop {analytic:.6} vs finite difference {numeric:.6}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, net.parameter_count());
}

fn param(net: &Mlp, l: usize, p: usize, n_w: usize) -> f32 {
    if p < n_w {
        net.layers[l].weights.as_slice()[p]
    } else {
        net.layers[l].bias.as_slice()[p - n_w]
    }
}

fn set(net: &mut Mlp, l: usize, p: usize, n_w: usize, v: f32) {
    if p < n_w {
        net.layers[l].weights.as_mut_slice()[p] = v;
    } else {
        net.layers[l].bias.as_mut_slice()[p - n_w] = v;
    }
}

/// A random network with random (non-zero) biases and a random batch.
fn setup(hidden: &[LayerSpec], head: Head, rows: usize, seed: u64) -> (Mlp, DMatrix<f32>, Vec<f32>) {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut net = Mlp::new(3, hidden, head).unwrap();
    net.initialize(Init::Uniform, &mut rng);
    for layer in &mut net.layers {
        layer.bias.iter_mut().for_each(|b| *b = rng.random_range(-0.5..0.5));
    }
    let x = DMatrix::from_fn(rows, 3, |_, _| rng.random_range(-2.0..2.0));
    let t = (0..rows)
        .map(|_| {
            if head.classes == 0 {
                rng.random_range(-1.0..1.0)
            } else {
                rng.random_range(0..head.classes) as f32
            }
        })
        .collect();
    (net, x, t)
}

#[test]
fn every_differentiable_activation() {
    let head = Head::new(Loss::Mse, OutputActivation::Identity, 0).unwrap();
    for act in Activation::ALL.into_iter().filter(|a| a.is_differentiable()) {
        let (mut net, x, t) = setup(
            &[LayerSpec {
                neurons: 4,
                activation: act,
            }],
            head,
            7,
            11,
        );
        check(&mut net, &x, &t, act.name());
    }
}

#[test]
fn every_loss_and_output() {
    let heads = [
        Head::new(Loss::Mse, OutputActivation::Identity, 0).unwrap(),
        Head::new(Loss::BinaryCrossEntropy, OutputActivation::Sigmoid, 2).unwrap(),
        Head::new(Loss::CrossEntropy, OutputActivation::Softmax, 2).unwrap(),
        Head::new(Loss::CrossEntropy, OutputActivation::Softmax, 4).unwrap(),
        Head::new(Loss::Mse, OutputActivation::Sigmoid, 2).unwrap(),
        Head::new(Loss::Mse, OutputActivation::Tanh, 2).unwrap(),
        Head::new(Loss::Mse, OutputActivation::Sigmoid, 3).unwrap(),
        Head::new(Loss::Mse, OutputActivation::Tanh, 3).unwrap(),
    ];
    for head in heads {
        let (mut net, x, t) = setup(
            &[LayerSpec {
                neurons: 5,
                activation: Activation::Tanh,
            }],
            head,
            9,
            5,
        );
        check(
            &mut net,
            &x,
            &t,
            &format!("{:?}/{:?}/{}", head.loss, head.output, head.classes),
        );
    }
}

#[test]
fn three_hidden_layers() {
    let hidden = [
        LayerSpec {
            neurons: 6,
            activation: Activation::Tanh,
        },
        LayerSpec {
            neurons: 5,
            activation: Activation::Sigmoid,
        },
        LayerSpec {
            neurons: 4,
            activation: Activation::LeakyRelu,
        },
    ];
    let head = Head::new(Loss::CrossEntropy, OutputActivation::Softmax, 3).unwrap();
    let (mut net, x, t) = setup(&hidden, head, 12, 3);
    check(&mut net, &x, &t, "3 hidden layers");
}

#[test]
fn no_hidden_layer_is_logistic_regression() {
    let head = Head::new(Loss::BinaryCrossEntropy, OutputActivation::Sigmoid, 2).unwrap();
    let (mut net, x, t) = setup(&[], head, 8, 9);
    check(&mut net, &x, &t, "logistic regression");
}

#[test]
fn losses_are_finite_for_extreme_logits() {
    // Targets chosen where the logit is −10⁴: a confidently wrong network.
    for (loss, output, classes, targets) in [
        (Loss::BinaryCrossEntropy, OutputActivation::Sigmoid, 2, [0.0, 1.0]),
        (Loss::CrossEntropy, OutputActivation::Softmax, 3, [1.0, 0.0]),
    ] {
        let head = Head::new(loss, output, classes).unwrap();
        let n_out = head.outputs();
        let z = DMatrix::from_fn(2, n_out, |i, k| if (i + k) % 2 == 0 { 1e4 } else { -1e4 });
        let mut g = DMatrix::zeros(2, n_out);
        let l = head.loss(&z, &targets, Some(&mut g));
        assert!(l.is_finite() && l > 1000.0, "{loss:?}: {l}");
        assert!(g.iter().all(|v| v.is_finite()));
    }
}

/// The fused training step gives the same gradient as the
/// batch matrix backward pass, for every activation and head, and counts
/// the same rows as classified right, on every instruction set this
/// processor has (SSE2 always).
#[test]
fn fused_step_matches_matrix_backprop() {
    use nnlab::nn::LaneAxis;
    for path in nnlab::nn::SimdPath::available() {
        for axis in [LaneAxis::Samples, LaneAxis::Neurons] {
            fused_step_matches_matrix_backprop_on(path, axis);
        }
    }
}

fn fused_step_matches_matrix_backprop_on(path: nnlab::nn::SimdPath, axis: nnlab::nn::LaneAxis) {
    use nnlab::nn::KernelNet;
    let heads = [
        Head::new(Loss::BinaryCrossEntropy, OutputActivation::Sigmoid, 2).unwrap(),
        Head::new(Loss::CrossEntropy, OutputActivation::Softmax, 3).unwrap(),
        Head::new(Loss::CrossEntropy, OutputActivation::Softmax, 12).unwrap(),
        Head::new(Loss::Mse, OutputActivation::Identity, 0).unwrap(),
        Head::new(Loss::Mse, OutputActivation::Tanh, 3).unwrap(),
    ];
    let acts = [
        Activation::Tanh,
        Activation::Sigmoid,
        Activation::Relu,
        Activation::LeakyRelu,
        Activation::Identity,
    ];
    // [9, 17] always puts the samples in the lanes; the others (every
    // layer at most 8 wide) take `axis`, including one-neuron layers
    // (their own kernels) and no hidden layer at all.
    let shapes: [&[usize]; 5] = [&[9, 17], &[8, 3], &[5], &[1, 2, 7], &[]];
    for (h, head) in heads.into_iter().enumerate() {
        for (a, act) in acts.into_iter().enumerate() {
            for widths in shapes {
                let hidden: Vec<LayerSpec> = widths
                    .iter()
                    .map(|&neurons| LayerSpec {
                        neurons,
                        activation: act,
                    })
                    .collect();
                let (net, x, t) = setup(&hidden, head, 13, (h * 10 + a) as u64);
                let mut ws = Workspace::new(&net, x.nrows());
                let mut expected = Gradients::new(&net);
                net.forward(&x, &mut ws);
                let loss = net.backward(&x, &t, &mut ws, &mut expected);
                let mut fused = KernelNet::new(path);
                fused.force_axis(Some(axis));
                fused.load(&net);
                let mut got = Gradients::new(&net);
                let rows: Vec<usize> = (0..x.nrows()).collect();
                let (fused_loss, correct) = fused.train_rows(&net, &x, &t, &rows, &mut got);
                let right = nnlab::nn::evaluate(&net, &x, &t)
                    .accuracy
                    .map(|a| (a * rows.len() as f64).round());
                assert_eq!(
                    right.unwrap_or(0.0),
                    correct as f64,
                    "{path:?} {axis:?} {act:?}/{head:?}/{widths:?}: rows classified right"
                );
                assert!(
                    (loss - fused_loss).abs() < 1e-5 * loss.abs().max(1.0),
                    "{path:?} {axis:?} {act:?}/{head:?}/{widths:?}: loss {loss} vs {fused_loss}"
                );
                for l in 0..net.layers.len() {
                    for (e, g) in expected.weights[l]
                        .iter()
                        .chain(expected.bias[l].iter())
                        .zip(got.weights[l].iter().chain(got.bias[l].iter()))
                    {
                        assert!(
                            (e - g).abs() <= 1e-5 + 1e-4 * e.abs(),
                            "{path:?} {axis:?} {act:?}/{head:?}/{widths:?} layer {l}: {e} vs {g}"
                        );
                    }
                }
            }
        }
    }
}
