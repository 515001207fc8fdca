//! The editor's own edits, each with its inverse. Shape edits change the
//! settings' configuration (the worker follows it); the others become
//! worker commands.

use crate::data::Feature;
use crate::nn::{LayerSpec, Mlp};
use crate::train::{Command, TrainConfig};

/// The part of the configuration the editor reshapes.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    /// Input features.
    pub features: Vec<Feature>,
    /// Hidden layers.
    pub hidden: Vec<LayerSpec>,
}

impl Shape {
    /// The shape part of `config`.
    pub fn of(config: &TrainConfig) -> Self {
        Self {
            features: config.features.clone(),
            hidden: config.hidden.clone(),
        }
    }

    /// Writes this shape into `config`.
    pub fn write(&self, config: &mut TrainConfig) {
        config.features.clone_from(&self.features);
        config.hidden.clone_from(&self.hidden);
    }
}

/// One edit made in the network editor.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorEdit {
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
    /// Layers, neurons, activations or features changed.
    Shape {
        /// Shape before.
        before: Shape,
        /// Shape after.
        after: Shape,
    },
}

impl EditorEdit {
    /// The edit that undoes this one.
    pub fn inverse(&self) -> EditorEdit {
        match self.clone() {
            EditorEdit::Parameter {
                layer,
                input,
                neuron,
                before,
                after,
            } => EditorEdit::Parameter {
                layer,
                input,
                neuron,
                before: after,
                after: before,
            },
            EditorEdit::Frozen {
                layer,
                input,
                neuron,
                frozen,
            } => EditorEdit::Frozen {
                layer,
                input,
                neuron,
                frozen: !frozen,
            },
            EditorEdit::Off { layer, neuron, off } => EditorEdit::Off {
                layer,
                neuron,
                off: !off,
            },
            EditorEdit::Shape { before, after } => EditorEdit::Shape {
                before: after,
                after: before,
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
            EditorEdit::Parameter {
                layer, input, neuron, ..
            } => has(layer, input, neuron),
            EditorEdit::Frozen {
                layer, input, neuron, ..
            } => has(layer, Some(input), neuron),
            EditorEdit::Off { layer, neuron, .. } => layer + 1 < net.layers.len() && has(layer, None, neuron),
            EditorEdit::Shape { .. } => true,
        }
    }

    /// Carries the edit out: shape edits write `config` (sent to the worker
    /// at the end of the frame), the rest return the command to send now.
    pub fn perform(&self, config: &mut TrainConfig) -> Option<Command> {
        match *self {
            EditorEdit::Parameter {
                layer,
                input,
                neuron,
                after,
                ..
            } => Some(Command::SetParameter {
                layer,
                input,
                neuron,
                value: after,
            }),
            EditorEdit::Frozen {
                layer,
                input,
                neuron,
                frozen,
            } => Some(Command::SetFrozen {
                layer,
                input,
                neuron,
                frozen,
            }),
            EditorEdit::Off { layer, neuron, off } => Some(Command::SetNeuronOff { layer, neuron, off }),
            EditorEdit::Shape { ref after, .. } => {
                after.write(config);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_edits_write_the_config_and_invert() {
        let mut c = TrainConfig::default();
        let before = Shape::of(&c);
        let mut after = before.clone();
        after.hidden.pop();
        let e = EditorEdit::Shape {
            before: before.clone(),
            after: after.clone(),
        };
        assert!(e.perform(&mut c).is_none());
        assert_eq!(Shape::of(&c), after);
        e.inverse().perform(&mut c);
        assert_eq!(Shape::of(&c), before);
    }

    #[test]
    fn edits_past_the_network_do_not_fit() {
        let head = crate::nn::Head::for_loss(crate::nn::Loss::BinaryCrossEntropy, 2).unwrap();
        let spec = LayerSpec {
            neurons: 3,
            activation: crate::nn::Activation::Tanh,
        };
        let net = Mlp::new(2, &[spec], head).unwrap();
        let p = |layer, input, neuron| EditorEdit::Parameter {
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
        assert!(
            EditorEdit::Off {
                layer: 0,
                neuron: 2,
                off: true
            }
            .fits(&net)
        );
        assert!(
            !EditorEdit::Off {
                layer: 1,
                neuron: 0,
                off: true
            }
            .fits(&net),
            "the output layer"
        );
    }
}
