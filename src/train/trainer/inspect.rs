//! The backprop inspector's trainer side: tracing one sample with the
//! trainer's own network, optimizer state and masks, and applying exactly
//! that single-sample step.

use super::Trainer;
use crate::data::{Dataset, feature_row};
use crate::nn::NnError;
use crate::train::inspect::{
    BackpropTrace, InspectError, LossFormula, NeuronHealthCounts, StepUpdate, Stepped, health, preview, trace_sample,
};

impl Trainer {
    /// One training step on point `index` of `dataset` (the dataset this
    /// trainer trains on, points in file order), traced: forward pass, loss,
    /// δ, gradients and the update the optimizer would make with its
    /// current state. Changes nothing. A test point is traced too (marked
    /// `test`); only [`Trainer::apply_sample_step`] refuses it.
    pub fn backprop_trace(&self, dataset: &Dataset, index: usize) -> Result<BackpropTrace, InspectError> {
        let point = dataset.points.get(index).ok_or(InspectError::SampleOutOfRange {
            index,
            count: dataset.points.len(),
        })?;
        let features = &self.config.features;
        let mut inputs = vec![0.0f32; features.len()];
        feature_row(features, dataset.scaled(point.x), &mut inputs);
        let net = self.net.get();
        let (layers, loss) = trace_sample(net, &inputs, point.y as f32)?;
        let mut trace = BackpropTrace {
            sample: index,
            test: point.test,
            x: point.x,
            loss_formula: LossFormula::new(net.head, point.y as f32, &layers[layers.len() - 1], loss),
            inputs,
            target: point.y,
            layers,
            loss,
            update: StepUpdate::default(),
        };
        let grads = trace.gradients(net);
        let (lr, reg) = (self.config.learning_rate, self.config.regularization);
        let step = self.net.preview_step(self.optimizer.as_ref(), &grads, lr, reg);
        let index = |l, input, j| step.index(l, input, j);
        let stepped = Stepped {
            after: step.after.clone(),
            optimizer: step.optimizer.as_ref(),
            index: &index,
        };
        trace.update = preview(net, self.optimizer.as_ref(), stepped, &self.masks, &self.config, &grads);
        Ok(trace)
    }

    /// Applies exactly the single-sample update [`Trainer::backprop_trace`]
    /// shows for point `index` (the optimizer's state advances as in any
    /// step; frozen connections and switched-off neurons stay held), and
    /// returns that trace. Epoch, history and the batch order are left
    /// alone: this is a hand edit, not part of an epoch. Refuses test
    /// points and a step whose loss is not finite, changing nothing.
    pub fn apply_sample_step(&mut self, dataset: &Dataset, index: usize) -> Result<BackpropTrace, InspectError> {
        let trace = self.backprop_trace(dataset, index)?;
        if trace.test {
            return Err(InspectError::TestPoint(index));
        }
        if !trace.loss.is_finite() {
            return Err(NnError::Diverged { epoch: self.epoch + 1 }.into());
        }
        let grads = trace.gradients(self.net.get());
        let (lr, reg) = (self.config.learning_rate, self.config.regularization);
        self.net.apply_gradients(self.optimizer.as_mut(), &grads, lr, reg);
        if !self.masks.is_empty() {
            self.masks.enforce(self.net.get_mut());
        }
        Ok(trace)
    }

    /// For every neuron, on how many training samples it is saturated or
    /// dead (the inspector's whole-training-set toggle).
    pub fn neuron_health(&self) -> NeuronHealthCounts {
        health::count(self.net.get(), &self.train.inputs)
    }
}
