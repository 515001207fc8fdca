//! Hand edits of the network being trained: exact weights and biases,
//! frozen connections and switched-off neurons (the network editor's
//! commands, and the masks a saved session brings back).

use super::Trainer;
use crate::nn::NnError;
use crate::train::masks::Masks;

impl Trainer {
    /// Sets one weight (`layer`, from input `i` to neuron `j`) or, with
    /// `i == None`, neuron `j`'s bias. Out-of-range indices and non-finite
    /// values are refused.
    pub fn set_parameter(&mut self, layer: usize, i: Option<usize>, j: usize, value: f32) -> Result<(), NnError> {
        let bad = || NnError::NoParameter {
            layer,
            input: i,
            neuron: j,
        };
        if !value.is_finite() {
            return Err(NnError::NotFinite { value });
        }
        let l = self.net.get_mut().layers.get_mut(layer).ok_or_else(bad)?;
        let slot = match i {
            Some(i) if i < l.inputs() && j < l.outputs() => &mut l.weights[(i, j)],
            None if j < l.outputs() => &mut l.bias[j],
            _ => return Err(bad()),
        };
        *slot = value;
        if let Some(i) = i {
            self.masks.note_set(layer, i, j, value);
            self.masks.enforce(self.net.get_mut());
        }
        Ok(())
    }

    /// The frozen connections and switched-off neurons.
    pub fn masks(&self) -> &Masks {
        &self.masks
    }

    /// Replaces all masks (from a saved session), after checking they fit
    /// the network; the weights are put in line with them at once.
    pub fn set_masks(&mut self, masks: Masks) -> Result<(), NnError> {
        masks.check(self.net.get())?;
        masks.enforce(self.net.get_mut());
        self.masks = masks;
        Ok(())
    }

    /// Freezes or releases the connection from input `i` to neuron `j` of
    /// `layer` (held at its current value while frozen).
    pub fn set_frozen(&mut self, layer: usize, i: usize, j: usize, frozen: bool) -> Result<(), NnError> {
        self.masks.set_frozen(self.net.get(), layer, i, j, frozen)
    }

    /// Switches hidden neuron `j` of `layer` off (it contributes nothing) or
    /// back on (its outgoing weights come back).
    pub fn set_neuron_off(&mut self, layer: usize, j: usize, off: bool) -> Result<(), NnError> {
        self.masks.set_off(self.net.get_mut(), layer, j, off)
    }
}
