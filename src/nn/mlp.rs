//! The multilayer perceptron: hidden dense layers, a linear output layer and
//! a [`Head`] (output activation + loss), trained by backpropagation over
//! whole mini-batches.

use nalgebra::{DMatrix, DVector};
use rand::rngs::StdRng;
use serde::{Deserialize, Serialize};

use super::activation::Activation;
use super::dense::Dense;
use super::error::{ConfigError, NnError};
use super::init::Init;
use super::loss::Head;

/// Most hidden layers a network may have.
pub const MAX_HIDDEN_LAYERS: usize = 8;
/// Most neurons a layer may have.
pub const MAX_NEURONS: usize = 64;

/// One hidden layer's shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LayerSpec {
    /// Number of neurons (1..=64).
    pub neurons: usize,
    /// Their activation.
    pub activation: Activation,
}

/// A feedforward network: `layers[..L-1]` hidden, `layers[L-1]` the output.
#[derive(Clone, Debug, PartialEq)]
pub struct Mlp {
    /// Hidden layers followed by the output layer.
    pub layers: Vec<Dense>,
    /// Output activation and loss.
    pub head: Head,
}

impl Mlp {
    /// A network with zero weights; call [`Mlp::initialize`] before training.
    pub fn new(inputs: usize, hidden: &[LayerSpec], head: Head) -> Result<Mlp, NnError> {
        if inputs == 0 {
            return Err(ConfigError::NoFeatures.into());
        }
        if hidden.len() > MAX_HIDDEN_LAYERS {
            return Err(ConfigError::TooManyLayers {
                found: hidden.len(),
                max: MAX_HIDDEN_LAYERS,
            }
            .into());
        }
        if let Some(k) = hidden.iter().position(|l| l.neurons == 0 || l.neurons > MAX_NEURONS) {
            return Err(ConfigError::LayerWidth {
                layer: k + 1,
                neurons: hidden[k].neurons,
                max: MAX_NEURONS,
            }
            .into());
        }
        let mut layers = Vec::with_capacity(hidden.len() + 1);
        let mut fan_in = inputs;
        for spec in hidden {
            layers.push(Dense::new(fan_in, spec.neurons, spec.activation));
            fan_in = spec.neurons;
        }
        layers.push(Dense::new(fan_in, head.outputs(), Activation::Identity));
        Ok(Mlp { layers, head })
    }

    /// Draws every layer's weights with `init` from `rng`, first layer first.
    pub fn initialize(&mut self, init: Init, rng: &mut StdRng) {
        for layer in &mut self.layers {
            init.fill(layer, rng);
        }
    }

    /// Number of input features.
    pub fn inputs(&self) -> usize {
        self.layers[0].inputs()
    }

    /// Layer widths from input to output, e.g. `[2, 8, 8, 1]`.
    pub fn shape(&self) -> Vec<usize> {
        std::iter::once(self.inputs())
            .chain(self.layers.iter().map(Dense::outputs))
            .collect()
    }

    /// The hidden layers' specs.
    pub fn hidden_specs(&self) -> Vec<LayerSpec> {
        let hidden = &self.layers[..self.layers.len() - 1];
        hidden
            .iter()
            .map(|l| LayerSpec {
                neurons: l.outputs(),
                activation: l.activation,
            })
            .collect()
    }

    /// Total number of weights and biases.
    pub fn parameter_count(&self) -> usize {
        self.layers.iter().map(|l| l.weights.len() + l.bias.len()).sum()
    }

    /// Whether every weight and bias is a finite number.
    pub fn all_finite(&self) -> bool {
        self.layers
            .iter()
            .all(|l| l.weights.iter().chain(l.bias.iter()).all(|v| v.is_finite()))
    }

    /// The first hidden activation that backpropagation cannot train, if any.
    pub fn non_differentiable(&self) -> Option<Activation> {
        self.layers
            .iter()
            .map(|l| l.activation)
            .find(|a| !a.is_differentiable())
    }

    /// Forward pass of a batch `x` (`rows × inputs`) into `ws`, which must
    /// have been made for this network and this number of rows.
    pub fn forward(&self, x: &DMatrix<f32>, ws: &mut Workspace) {
        let last = self.layers.len() - 1;
        for (l, layer) in self.layers.iter().enumerate() {
            let (before, rest) = ws.a.split_at_mut(l);
            let input = if l == 0 { x } else { &before[l - 1] };
            layer.linear(input, &mut ws.z[l]);
            if l == last {
                self.head.activate(&ws.z[l], &mut rest[0]);
            } else {
                layer.activation.apply(ws.z[l].as_slice(), rest[0].as_mut_slice());
            }
        }
    }

    /// Backward pass after [`Mlp::forward`] on the same `x`: writes the
    /// gradient of the mean loss into `grads` and returns that loss. Each
    /// layer's Δ = ∂L/∂Z is passed down as Δₗ₋₁ = (Δₗ·Wₗᵀ) ⊙ φ'(Zₗ₋₁).
    pub fn backward(&self, x: &DMatrix<f32>, targets: &[f32], ws: &mut Workspace, grads: &mut Gradients) -> f64 {
        let last = self.layers.len() - 1;
        let loss = self.head.loss(&ws.z[last], targets, Some(&mut ws.delta[last]));
        for l in (0..=last).rev() {
            let layer = &self.layers[l];
            let input = if l == 0 { x } else { &ws.a[l - 1] };
            layer.parameter_gradients(input, &ws.delta[l], &mut grads.weights[l], &mut grads.bias[l]);
            if l > 0 {
                let (below, above) = ws.delta.split_at_mut(l);
                layer.input_gradient(&above[0], &mut below[l - 1]);
                let prev = &self.layers[l - 1];
                prev.activation.scale_by_derivative(
                    ws.z[l - 1].as_slice(),
                    ws.a[l - 1].as_slice(),
                    below[l - 1].as_mut_slice(),
                );
            }
        }
        loss
    }

    /// Outputs of the head for `x` (probabilities or values), `rows × outputs`.
    /// Allocates: meant for evaluation, not the training loop.
    pub fn predict(&self, x: &DMatrix<f32>) -> DMatrix<f32> {
        let mut ws = Workspace::new(self, x.nrows());
        self.forward(x, &mut ws);
        ws.a.pop().unwrap_or_else(|| DMatrix::zeros(0, 0))
    }
}

/// Buffers for one batch size: every layer's Z, A and Δ.
/// Made once and reused, so the training step allocates nothing.
#[derive(Clone, Debug)]
pub struct Workspace {
    /// Pre-activations Zₗ, `rows × width`.
    pub z: Vec<DMatrix<f32>>,
    /// Activations Aₗ = φ(Zₗ); the last is the head's output.
    pub a: Vec<DMatrix<f32>>,
    /// Δₗ = ∂L/∂Zₗ.
    pub delta: Vec<DMatrix<f32>>,
}

impl Workspace {
    /// Buffers for `net` and batches of `rows` samples.
    pub fn new(net: &Mlp, rows: usize) -> Self {
        let per_layer = |f: &dyn Fn(&Dense) -> DMatrix<f32>| net.layers.iter().map(f).collect::<Vec<_>>();
        Self {
            z: per_layer(&|l| DMatrix::zeros(rows, l.outputs())),
            a: per_layer(&|l| DMatrix::zeros(rows, l.outputs())),
            delta: per_layer(&|l| DMatrix::zeros(rows, l.outputs())),
        }
    }

    /// Number of rows these buffers hold.
    pub fn rows(&self) -> usize {
        self.z.first().map_or(0, DMatrix::nrows)
    }

    /// Whether these buffers fit `net` with `rows` rows.
    pub fn fits(&self, net: &Mlp, rows: usize) -> bool {
        self.rows() == rows
            && self.z.len() == net.layers.len()
            && self.z.iter().zip(&net.layers).all(|(z, l)| z.ncols() == l.outputs())
    }

    /// The head's output of the last forward pass.
    pub fn output(&self) -> &DMatrix<f32> {
        &self.a[self.a.len() - 1]
    }
}

/// ∂L/∂W and ∂L/∂b of every layer, shaped like the network.
#[derive(Clone, Debug, PartialEq)]
pub struct Gradients {
    /// Per layer, `inputs × outputs`.
    pub weights: Vec<DMatrix<f32>>,
    /// Per layer, one per neuron.
    pub bias: Vec<DVector<f32>>,
}

impl Gradients {
    /// Zero gradients shaped like `net`.
    pub fn new(net: &Mlp) -> Self {
        Self {
            weights: net
                .layers
                .iter()
                .map(|l| DMatrix::zeros(l.inputs(), l.outputs()))
                .collect(),
            bias: net.layers.iter().map(|l| DVector::zeros(l.outputs())).collect(),
        }
    }
}
