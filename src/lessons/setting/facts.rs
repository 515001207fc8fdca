//! The settings as they are now, read from the network tab's configuration
//! and generator and from the labs: what `setting` goals compare against.

use super::{Setting, SettingValue, lab_data_name, loss_name, typed};
use crate::data::{GenParams, Generator};
use crate::labs::compare::CompareLab;
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
        use SettingValue::{Name, Number};
        let mut values = Vec::new();
        if let Some((g, p)) = generator {
            values.push((Setting::Generator, Name(g.file_name())));
            values.push((Setting::Points, Number(p.points as f64)));
            values.push((Setting::Noise, Number(p.noise)));
            values.push((Setting::Classes, Number(p.classes as f64)));
        }
        if let Some(c) = config {
            let activation = c.hidden.first().map(|l| l.activation);
            let same = activation.filter(|a| c.hidden.iter().all(|l| l.activation == *a));
            values.extend([
                (Setting::TestRatio, Number(c.test_ratio)),
                (
                    Setting::Features,
                    SettingValue::Features(c.features.iter().map(|f| f.file_name()).collect()),
                ),
                (
                    Setting::Hidden,
                    SettingValue::Widths(c.hidden.iter().map(|l| l.neurons).collect()),
                ),
                (Setting::Optimizer, Name(c.optimizer.kind.file_name())),
                (Setting::LearningRate, Number(typed(c.learning_rate))),
                (Setting::BatchSize, Number(c.batch_size as f64)),
                (Setting::Loss, Name(loss_name(c.loss))),
                (Setting::L1, Number(typed(c.regularization.l1))),
                (Setting::L2, Number(typed(c.regularization.l2))),
                (Setting::Seed, Number(c.seed as f64)),
            ]);
            // Layers with different activations have no one name.
            if let Some(a) = same {
                values.push((Setting::Activation, Name(a.file_name())));
            }
        }
        values.extend([
            (Setting::PerceptronData, Name(lab_data_name(perceptron.choice()))),
            (Setting::StepFunction, Name(perceptron.config().step.file_name())),
            (
                Setting::PerceptronLearningRate,
                Number(perceptron.config().learning_rate),
            ),
            (Setting::CompareData, Name(lab_data_name(compare.choice()))),
            (Setting::CompareLearningRate, Number(compare.learning_rate)),
        ]);
        values.sort_by_key(|(s, _)| *s);
        Self { values }
    }

    /// The value of `setting` now, if the window has one.
    pub fn get(&self, setting: Setting) -> Option<&SettingValue> {
        let i = self.values.binary_search_by_key(&setting, |(s, _)| *s).ok()?;
        Some(&self.values[i].1)
    }
}
