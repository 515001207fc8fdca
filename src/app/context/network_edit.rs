//! Edits of the trained network by hand (the network editor): a weight or
//! bias set to a typed value, a connection frozen, a neuron switched off.
//! Each knows its inverse and the worker command that carries it out.

use crate::nn::Mlp;
use crate::train::Command;

/// One hand edit of the network's parameters or masks.
#[derive(Clone, Debug, PartialEq)]
pub enum NetworkEdit {
    /// A weight (`input: Some`) or bias typed by hand.
    Parameter {
        /// Layer index (0 = first hidden layer).
        layer: usize,
        /// Input index, `None` for the bias.
        input: Option<usize>,
        /// Neuron index.
        neuron: usize,
        /// Value before.
        before: f32,
        /// Value after.
        after: f32,
    },
    /// A connection frozen (`true`) or released.
    Frozen {
        /// Layer index.
        layer: usize,
        /// Input index.
        input: usize,
        /// Neuron index.
        neuron: usize,
        /// The new state.
        frozen: bool,
    },
    /// A hidden neuron switched off (`true`) or on.
    Off {
        /// Hidden layer index.
        layer: usize,
        /// Neuron index.
        neuron: usize,
        /// The new state.
        off: bool,
    },
}

impl NetworkEdit {
    /// The edit that undoes this one.
    pub fn inverse(&self) -> NetworkEdit {
        match *self {
            NetworkEdit::Parameter {
                layer,
                input,
                neuron,
                before,
                after,
            } => NetworkEdit::Parameter {
                layer,
                input,
                neuron,
                before: after,
                after: before,
            },
            NetworkEdit::Frozen {
                layer,
                input,
                neuron,
                frozen,
            } => NetworkEdit::Frozen {
                layer,
                input,
                neuron,
                frozen: !frozen,
            },
            NetworkEdit::Off { layer, neuron, off } => NetworkEdit::Off {
                layer,
                neuron,
                off: !off,
            },
        }
    }

    /// Whether the edit's indices exist in `net` (an old edit may point
    /// past a network that has since been reshaped).
    pub fn fits(&self, net: &Mlp) -> bool {
        let has = |layer: usize, input: Option<usize>, neuron: usize| {
            net.layers
                .get(layer)
                .is_some_and(|l| neuron < l.outputs() && input.is_none_or(|i| i < l.inputs()))
        };
        match *self {
            NetworkEdit::Parameter {
                layer, input, neuron, ..
            } => has(layer, input, neuron),
            NetworkEdit::Frozen {
                layer, input, neuron, ..
            } => has(layer, Some(input), neuron),
            NetworkEdit::Off { layer, neuron, .. } => layer + 1 < net.layers.len() && has(layer, None, neuron),
        }
    }

    /// The worker command that carries the edit out.
    pub fn command(&self) -> Command {
        match *self {
            NetworkEdit::Parameter {
                layer,
                input,
                neuron,
                after,
                ..
            } => Command::SetParameter {
                layer,
                input,
                neuron,
                value: after,
            },
            NetworkEdit::Frozen {
                layer,
                input,
                neuron,
                frozen,
            } => Command::SetFrozen {
                layer,
                input,
                neuron,
                frozen,
            },
            NetworkEdit::Off { layer, neuron, off } => Command::SetNeuronOff { layer, neuron, off },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::{Activation, Head, LayerSpec, Loss};

    #[test]
    fn edits_past_the_network_do_not_fit() {
        let head = Head::for_loss(Loss::BinaryCrossEntropy, 2).expect("a head for two classes");
        let spec = LayerSpec {
            neurons: 3,
            activation: Activation::Tanh,
        };
        let net = Mlp::new(2, &[spec], head).expect("a small network");
        let p = |layer, input, neuron| NetworkEdit::Parameter {
            layer,
            input,
            neuron,
            before: 0.0,
            after: 1.0,
        };
        assert!(p(0, Some(1), 2).fits(&net));
        assert!(p(1, None, 0).fits(&net));
        assert!(!p(0, Some(2), 0).fits(&net));
        assert!(!p(2, None, 0).fits(&net));
        let off = |layer| NetworkEdit::Off {
            layer,
            neuron: 2,
            off: true,
        };
        assert!(off(0).fits(&net));
        assert!(!off(1).fits(&net), "the output layer cannot be switched off");
    }

    #[test]
    fn inverses_undo() {
        let p = NetworkEdit::Parameter {
            layer: 0,
            input: None,
            neuron: 1,
            before: 0.5,
            after: -2.0,
        };
        assert_eq!(p.inverse().inverse(), p);
        assert!(matches!(p.inverse().command(), Command::SetParameter { value, .. } if value == 0.5));
    }
}
