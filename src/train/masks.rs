//! Hand-made constraints on training: frozen connections (training leaves
//! their weight where it is) and switched-off hidden neurons (dropout by
//! hand: their outgoing weights are held at zero and remembered, so
//! switching the neuron back on restores them).
//!
//! The trainer enforces the masks after every optimizer step, so momentum,
//! Adam's moments and weight penalties cannot move a masked weight either.
//! With no mask set the trainer skips this work entirely.

use serde::{Deserialize, Serialize};

use crate::nn::{Mlp, NnError};

/// One frozen connection and the value it is held at.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrozenWeight {
    /// Layer index (0 = first hidden layer).
    pub layer: usize,
    /// Input index within the layer.
    pub input: usize,
    /// Neuron index within the layer.
    pub neuron: usize,
    /// The value it is held at.
    pub value: f32,
}

/// One switched-off hidden neuron and its remembered outgoing weights.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct OffNeuron {
    /// Hidden layer index.
    pub layer: usize,
    /// Neuron index within the layer.
    pub neuron: usize,
    /// Its outgoing weights when it was switched off.
    saved: Vec<f32>,
}

/// The frozen connections and switched-off neurons of one network.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Masks {
    #[serde(default)]
    frozen: Vec<FrozenWeight>,
    #[serde(default)]
    off: Vec<OffNeuron>,
}

impl Masks {
    /// Whether nothing is masked.
    pub fn is_empty(&self) -> bool {
        self.frozen.is_empty() && self.off.is_empty()
    }

    /// The frozen connections.
    pub fn frozen(&self) -> &[FrozenWeight] {
        &self.frozen
    }

    /// Whether the connection from `input` to `neuron` of `layer` is frozen.
    pub fn is_frozen(&self, layer: usize, input: usize, neuron: usize) -> bool {
        self.frozen
            .iter()
            .any(|f| (f.layer, f.input, f.neuron) == (layer, input, neuron))
    }

    /// Whether hidden neuron `neuron` of `layer` is switched off.
    pub fn is_off(&self, layer: usize, neuron: usize) -> bool {
        self.off.iter().any(|o| (o.layer, o.neuron) == (layer, neuron))
    }

    /// Freezes (`true`) or releases a connection of `net` at its current value.
    pub fn set_frozen(
        &mut self,
        net: &Mlp,
        layer: usize,
        input: usize,
        neuron: usize,
        frozen: bool,
    ) -> Result<(), NnError> {
        let value = net
            .layers
            .get(layer)
            .and_then(|l| l.weights.get((input, neuron)).copied())
            .ok_or(NnError::NoConnection { layer, input, neuron })?;
        self.frozen
            .retain(|f| (f.layer, f.input, f.neuron) != (layer, input, neuron));
        if frozen {
            self.frozen.push(FrozenWeight {
                layer,
                input,
                neuron,
                value,
            });
        }
        Ok(())
    }

    /// Switches hidden neuron `neuron` of `layer` off (its outgoing weights
    /// are saved and zeroed at once) or back on (they are restored).
    pub fn set_off(&mut self, net: &mut Mlp, layer: usize, neuron: usize, off: bool) -> Result<(), NnError> {
        let hidden = net.layers.len() - 1;
        if layer >= hidden || neuron >= net.layers[layer].outputs() {
            return Err(NnError::NoHiddenNeuron { layer, neuron });
        }
        let next = &mut net.layers[layer + 1].weights;
        let was = self.off.iter().position(|o| (o.layer, o.neuron) == (layer, neuron));
        match (was, off) {
            (None, true) => {
                let saved = next.row(neuron).iter().copied().collect();
                next.row_mut(neuron).fill(0.0);
                self.off.push(OffNeuron { layer, neuron, saved });
            }
            (Some(k), false) => {
                let o = self.off.remove(k);
                for (w, v) in next.row_mut(neuron).iter_mut().zip(o.saved) {
                    *w = v;
                }
                self.enforce(net);
            }
            _ => {}
        }
        Ok(())
    }

    /// A weight was set by hand: a frozen connection is held at the new
    /// value, and an outgoing weight of a switched-off neuron is remembered
    /// for when it comes back on.
    pub fn note_set(&mut self, layer: usize, input: usize, neuron: usize, value: f32) {
        for f in &mut self.frozen {
            if (f.layer, f.input, f.neuron) == (layer, input, neuron) {
                f.value = value;
            }
        }
        if layer > 0 {
            for o in &mut self.off {
                if (o.layer, o.neuron) == (layer - 1, input)
                    && let Some(slot) = o.saved.get_mut(neuron)
                {
                    *slot = value;
                }
            }
        }
    }

    /// Checks that every mask names a real connection or hidden neuron of
    /// `net` with finite values (masks read from a file may not).
    pub fn check(&self, net: &Mlp) -> Result<(), NnError> {
        for f in &self.frozen {
            let fits = net
                .layers
                .get(f.layer)
                .is_some_and(|l| f.input < l.inputs() && f.neuron < l.outputs());
            if !fits {
                return Err(NnError::NoConnection {
                    layer: f.layer,
                    input: f.input,
                    neuron: f.neuron,
                });
            }
            if !f.value.is_finite() {
                return Err(NnError::FrozenNotFinite { layer: f.layer });
            }
        }
        let hidden = net.layers.len() - 1;
        for o in &self.off {
            if o.layer >= hidden || o.neuron >= net.layers[o.layer].outputs() {
                return Err(NnError::NoHiddenNeuron {
                    layer: o.layer,
                    neuron: o.neuron,
                });
            }
            if o.saved.len() != net.layers[o.layer + 1].outputs() || o.saved.iter().any(|v| !v.is_finite()) {
                return Err(NnError::SavedWeightsMismatch {
                    layer: o.layer,
                    neuron: o.neuron,
                });
            }
        }
        Ok(())
    }

    /// Puts every frozen weight back and zeroes switched-off neurons'
    /// outgoing weights.
    pub fn enforce(&self, net: &mut Mlp) {
        for f in &self.frozen {
            if let Some(w) = net
                .layers
                .get_mut(f.layer)
                .and_then(|l| l.weights.get_mut((f.input, f.neuron)))
            {
                *w = f.value;
            }
        }
        for o in &self.off {
            if let Some(next) = net.layers.get_mut(o.layer + 1)
                && o.neuron < next.inputs()
            {
                next.weights.row_mut(o.neuron).fill(0.0);
            }
        }
    }
}
