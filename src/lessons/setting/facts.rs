//! The settings as they are now, read from the network tab's configuration
//! and generator and from the labs: what `setting` goals compare against.

use super::{NEURON_MODES, ON_OFF, Setting, SettingValue, lab_data_name, loss_name, typed};
use crate::data::{GenParams, Generator};
use crate::labs::compare::CompareLab;
use crate::labs::neuron::{Drive, NeuronLab};
use crate::labs::perceptron_lab::PerceptronLab;
use crate::names::Named;
use crate::train::TrainConfig;

/// The value of every setting the window has now (the network tab's only
/// once it is set up; the generator's only while its data is shown).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SettingsFacts {
    values: Vec<(Setting, SettingValue)>,
}

impl SettingsFacts {
    /// Reads the settings: the network tab's `config` and `generator` (the
    /// one whose data is shown, `None` for a file's), and the labs.
    pub fn read(
        config: Option<&TrainConfig>,
        generator: Option<(Generator, GenParams)>,
        perceptron: &PerceptronLab,
        compare: &CompareLab,
    ) -> Self {
        let mut facts = Self::default();
        if let Some(c) = config {
            facts.add_network(c, generator);
        }
        facts.add_perceptron(perceptron);
        facts.add_compare(compare);
        facts
    }

    /// The network tab's settings: its configuration, and the generator
    /// whose data it shows (`None` for a file's data: no generator to read).
    pub fn add_network(&mut self, c: &TrainConfig, generator: Option<(Generator, GenParams)>) {
        use SettingValue::{Name, Number};
        if let Some((g, p)) = generator {
            self.set(Setting::Generator, Name(g.file_name()));
            self.set(Setting::Points, Number(p.points as f64));
            self.set(Setting::Noise, Number(p.noise));
            self.set(Setting::Classes, Number(p.classes as f64));
        }
        self.set(Setting::TestRatio, Number(c.test_ratio));
        let features = c.features.iter().map(|f| f.file_name()).collect();
        self.set(Setting::Features, SettingValue::Features(features));
        self.set(
            Setting::Hidden,
            SettingValue::Widths(c.hidden.iter().map(|l| l.neurons).collect()),
        );
        self.set(Setting::Optimizer, Name(c.optimizer.kind.file_name()));
        self.set(Setting::LearningRate, Number(typed(c.learning_rate)));
        self.set(Setting::BatchSize, Number(c.batch_size as f64));
        self.set(Setting::Loss, Name(loss_name(c.loss)));
        self.set(Setting::L1, Number(typed(c.regularization.l1)));
        self.set(Setting::L2, Number(typed(c.regularization.l2)));
        self.set(Setting::Seed, Number(c.seed as f64));
        // Layers with different activations have no one name.
        let activation = c.hidden.first().map(|l| l.activation);
        if let Some(a) = activation.filter(|a| c.hidden.iter().all(|l| l.activation == *a)) {
            self.set(Setting::Activation, Name(a.file_name()));
        }
    }

    /// The perceptron lab's data, step function and η.
    pub fn add_perceptron(&mut self, lab: &PerceptronLab) {
        self.set(Setting::PerceptronData, SettingValue::Name(lab_data_name(lab.choice())));
        self.set(Setting::StepFunction, SettingValue::Name(lab.config().step.file_name()));
        self.set(
            Setting::PerceptronLearningRate,
            SettingValue::Number(lab.config().learning_rate),
        );
    }

    /// The comparison lab's data and η.
    pub fn add_compare(&mut self, lab: &CompareLab) {
        self.set(Setting::CompareData, SettingValue::Name(lab_data_name(lab.choice())));
        self.set(Setting::CompareLearningRate, SettingValue::Number(lab.learning_rate));
    }

    /// The neuron lab's mode, τ, θ, t_ref, time window and Hebb's rule.
    pub fn add_neuron(&mut self, lab: &NeuronLab) {
        use SettingValue::{Name, Number};
        let p = lab.params();
        let mode = match lab.drive() {
            Drive::Rates => NEURON_MODES[0],
            Drive::Coincidence => NEURON_MODES[1],
        };
        self.set(Setting::NeuronMode, Name(mode));
        self.set(Setting::NeuronTau, Number(p.tau_ms));
        self.set(Setting::NeuronThreshold, Number(p.threshold));
        self.set(Setting::NeuronRefractory, Number(p.refractory_ms));
        self.set(Setting::NeuronWindow, Number(lab.window_ms));
        self.set(Setting::NeuronPlasticity, Name(ON_OFF[usize::from(lab.plasticity)]));
        self.set(Setting::NeuronHebbRate, Number(lab.hebb_rate));
    }

    /// Sets (or replaces) the value of `setting`.
    fn set(&mut self, setting: Setting, value: SettingValue) {
        match self.values.iter_mut().find(|(s, _)| *s == setting) {
            Some((_, v)) => *v = value,
            None => self.values.push((setting, value)),
        }
    }

    /// The value of `setting` now, if the window has one.
    pub fn get(&self, setting: Setting) -> Option<&SettingValue> {
        self.values.iter().find(|(s, _)| *s == setting).map(|(_, v)| v)
    }
}
