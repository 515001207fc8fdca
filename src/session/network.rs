//! The network as a session file stores it, and its checked way back.

use nalgebra::{DMatrix, DVector};
use serde::{Deserialize, Serialize};

use super::SessionError;
use crate::nn::{Activation, Head, Mlp};
use crate::train::TrainConfig;

/// One layer as stored: `weights[i][j]` connects input i to neuron j.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LayerState {
    /// The neurons' activation.
    pub activation: Activation,
    /// Weights, one row per input.
    pub weights: Vec<Vec<f32>>,
    /// One bias per neuron.
    pub bias: Vec<f32>,
}

/// The network as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkState {
    /// Output activation and loss.
    pub head: Head,
    /// Hidden layers, then the output layer.
    pub layers: Vec<LayerState>,
}

impl NetworkState {
    /// The stored form of a network.
    pub fn from_mlp(net: &Mlp) -> Self {
        let layers = net
            .layers
            .iter()
            .map(|l| LayerState {
                activation: l.activation,
                weights: (0..l.inputs())
                    .map(|i| l.weights.row(i).iter().copied().collect())
                    .collect(),
                bias: l.bias.iter().copied().collect(),
            })
            .collect();
        Self { head: net.head, layers }
    }

    /// Rebuilds the network, checking it against the configuration and the
    /// number of classes: layer count, widths, activations, finite values.
    pub fn to_mlp(&self, config: &TrainConfig, classes: usize) -> Result<Mlp, SessionError> {
        let head = Head::new(self.head.loss, self.head.output, self.head.classes)?;
        if head.classes != classes {
            return Err(SessionError::Classes {
                network: head.classes,
                dataset: classes,
            });
        }
        let mut net = Mlp::new(config.features.len(), &config.hidden, head)?;
        if self.layers.len() != net.layers.len() {
            return Err(SessionError::LayerCount {
                stored: self.layers.len(),
                expected: net.layers.len(),
            });
        }
        for (l, (stored, layer)) in self.layers.iter().zip(&mut net.layers).enumerate() {
            if stored.activation != layer.activation {
                return Err(SessionError::LayerActivation {
                    layer: l + 1,
                    stored: stored.activation,
                    expected: layer.activation,
                });
            }
            let (rows, cols) = layer.weights.shape();
            if stored.weights.len() != rows
                || stored.weights.iter().any(|r| r.len() != cols)
                || stored.bias.len() != cols
            {
                return Err(SessionError::LayerShape {
                    layer: l + 1,
                    rows,
                    cols,
                });
            }
            let all = stored.weights.iter().flatten().chain(&stored.bias);
            if let Some(&value) = all.into_iter().find(|v| !v.is_finite()) {
                return Err(SessionError::NotFinite { layer: l + 1, value });
            }
            layer.weights = DMatrix::from_fn(rows, cols, |i, j| stored.weights[i][j]);
            layer.bias = DVector::from_vec(stored.bias.clone());
        }
        Ok(net)
    }
}
