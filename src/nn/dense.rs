//! A fully connected layer over a mini-batch, batch-major: row i of every
//! matrix is sample i.
//!
//! Forward:  Z = X·W + 1·bᵀ,  A = φ(Z)
//! Backward: ∂L/∂W = Xᵀ·Δ,  ∂L/∂b = Σᵢ Δᵢ,  ∂L/∂X = Δ·Wᵀ   with Δ = ∂L/∂Z.

use nalgebra::{DMatrix, DVector};

use super::activation::Activation;
use super::matmul;

/// One dense layer: `weights[(i, j)]` connects input i to neuron j.
#[derive(Clone, Debug, PartialEq)]
pub struct Dense {
    /// Weights, `inputs × outputs`.
    pub weights: DMatrix<f32>,
    /// One bias per neuron.
    pub bias: DVector<f32>,
    /// The neurons' activation (the output layer keeps `Identity` here; its
    /// real activation lives in the [`super::Head`]).
    pub activation: Activation,
}

impl Dense {
    /// A layer with all weights and biases zero.
    pub fn new(inputs: usize, outputs: usize, activation: Activation) -> Self {
        Self {
            weights: DMatrix::zeros(inputs, outputs),
            bias: DVector::zeros(outputs),
            activation,
        }
    }

    /// Number of inputs.
    pub fn inputs(&self) -> usize {
        self.weights.nrows()
    }

    /// Number of neurons.
    pub fn outputs(&self) -> usize {
        self.weights.ncols()
    }

    /// Z = X·W + 1·bᵀ into a preallocated `z` (`rows × outputs`).
    pub fn linear(&self, x: &DMatrix<f32>, z: &mut DMatrix<f32>) {
        matmul::mul_add_bias(x, &self.weights, self.bias.as_slice(), z);
    }

    /// ∂L/∂W = Xᵀ·Δ and ∂L/∂b = column sums of Δ.
    pub fn parameter_gradients(
        &self,
        x: &DMatrix<f32>,
        delta: &DMatrix<f32>,
        grad_w: &mut DMatrix<f32>,
        grad_b: &mut DVector<f32>,
    ) {
        matmul::mul_tn(x, delta, grad_w);
        for (j, gb) in grad_b.iter_mut().enumerate() {
            *gb = delta.column(j).iter().sum();
        }
    }

    /// ∂L/∂X = Δ·Wᵀ into `grad_x`.
    pub fn input_gradient(&self, delta: &DMatrix<f32>, grad_x: &mut DMatrix<f32>) {
        matmul::mul_nt(delta, &self.weights, grad_x);
    }
}
