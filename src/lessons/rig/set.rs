//! Setting a value by name on the headless rig, as the window's control
//! would: `nnlab lesson run`'s `set` action. Values outside what the
//! control allows are refused, as the control would not let them through.

use super::{NetworkRig, Rig};
use crate::data::{DataError, GenParams, Generator, generate};
use crate::labs::data::LabData;
use crate::labs::neuron::Drive;
use crate::lessons::setting::{Setting, SettingKind, feature, name_in, widths_ok};
use crate::names::Named;
use crate::nn::perceptron::StepFunction;
use crate::nn::{Activation, Loss, NnError, OptimizerKind};
use crate::train::{TrainConfig, split_generated};

/// A value an actions file gives to `set`.
#[derive(Clone, Debug, PartialEq)]
pub enum Given {
    /// A number.
    Number(f64),
    /// A name.
    Name(String),
    /// A list of numbers (hidden-layer widths).
    Numbers(Vec<f64>),
    /// A list of names (features).
    Names(Vec<String>),
}

/// Why a `set` was refused.
#[derive(Debug)]
pub enum SetError {
    /// The network tab has not been set up by any step yet.
    NoNetwork,
    /// The network tab shows a file's data: there is no generator to set.
    NoGenerator,
    /// A value of the wrong kind (a name for a number…).
    WrongKind(SettingKind),
    /// A number outside what the control allows.
    OutOfRange {
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// A name the setting does not have.
    UnknownName {
        /// The name given.
        name: String,
        /// The names it has.
        names: Vec<&'static str>,
    },
    /// The engine refused the new network.
    Network(NnError),
    /// The data could not be generated.
    Data(DataError),
}

impl Rig {
    /// Sets `setting` to `value`, as its control in the window would.
    pub fn set(&mut self, setting: Setting, value: &Given) -> Result<(), SetError> {
        let kind = setting.kind();
        let wrong = || SetError::WrongKind(kind);
        let name = |v: &Given| -> Result<&'static str, SetError> {
            let Given::Name(n) = v else { return Err(wrong()) };
            name_in(setting, n).ok_or_else(|| SetError::UnknownName {
                name: n.clone(),
                names: match kind {
                    SettingKind::Name(names) => names.to_vec(),
                    _ => Vec::new(),
                },
            })
        };
        let number = |v: &Given| -> Result<f64, SetError> {
            let (Given::Number(x), SettingKind::Number { min, max, whole }) = (v, kind) else {
                return Err(wrong());
            };
            if !(min..=max).contains(x) || (whole && x.fract() != 0.0) {
                return Err(SetError::OutOfRange { min, max });
            }
            Ok(*x)
        };
        match setting {
            Setting::PerceptronData => self.perceptron.choose(lab_data(name(value)?)),
            Setting::StepFunction => self.perceptron.set_step(named::<StepFunction>(name(value)?)),
            Setting::PerceptronLearningRate => self.perceptron.set_learning_rate(number(value)?),
            Setting::CompareData => self.compare.choose(lab_data(name(value)?)),
            Setting::CompareLearningRate => {
                self.compare.learning_rate = number(value)?;
                self.compare.reset();
            }
            Setting::NeuronMode => self.neuron.set_drive(match name(value)? {
                "coincidence" => Drive::Coincidence,
                _ => Drive::Rates,
            }),
            Setting::NeuronTau | Setting::NeuronThreshold | Setting::NeuronRefractory => {
                let mut p = self.neuron.params();
                let v = number(value)?;
                match setting {
                    Setting::NeuronTau => p.tau_ms = v,
                    Setting::NeuronThreshold => p.threshold = v,
                    _ => p.refractory_ms = v,
                }
                self.neuron.set_params(p);
            }
            Setting::NeuronWindow => self.neuron.window_ms = number(value)?,
            Setting::NeuronPlasticity => self.neuron.plasticity = name(value)? == "on",
            Setting::NeuronHebbRate => self.neuron.hebb_rate = number(value)?,
            Setting::Generator | Setting::Points | Setting::Noise | Setting::Classes => {
                let net = self.network.as_mut().ok_or(SetError::NoNetwork)?;
                let (mut g, mut p) = net.generator.ok_or(SetError::NoGenerator)?;
                match setting {
                    Setting::Generator => g = named::<Generator>(name(value)?),
                    Setting::Points => p.points = number(value)? as usize,
                    Setting::Noise => p.noise = number(value)?,
                    _ => p.classes = number(value)? as usize,
                }
                net.regenerate(g, p)?;
            }
            _ => {
                let net = self.network.as_mut().ok_or(SetError::NoNetwork)?;
                let mut config = net.trainer.config().get().clone();
                edit_config(&mut config, setting, value, &name, &number)?;
                net.reconfigure(config)?;
            }
        }
        Ok(())
    }
}

/// One setting of the network tab's configuration.
fn edit_config(
    c: &mut TrainConfig,
    setting: Setting,
    value: &Given,
    name: &dyn Fn(&Given) -> Result<&'static str, SetError>,
    number: &dyn Fn(&Given) -> Result<f64, SetError>,
) -> Result<(), SetError> {
    match setting {
        Setting::TestRatio => c.test_ratio = number(value)?,
        Setting::LearningRate => c.learning_rate = number(value)? as f32,
        Setting::BatchSize => c.batch_size = number(value)? as usize,
        Setting::L1 => c.regularization.l1 = number(value)? as f32,
        Setting::L2 => c.regularization.l2 = number(value)? as f32,
        Setting::Seed => c.seed = number(value)? as u64,
        Setting::Optimizer => c.optimizer.kind = named::<OptimizerKind>(name(value)?),
        Setting::Loss => c.loss = name(value).map(|n| (n != "auto").then(|| named::<Loss>(n)))?,
        Setting::Activation => {
            let a = named::<Activation>(name(value)?);
            c.hidden.iter_mut().for_each(|l| l.activation = a);
        }
        Setting::Hidden => {
            let Given::Numbers(widths) = value else {
                return Err(SetError::WrongKind(SettingKind::Widths));
            };
            let widths: Vec<usize> = widths.iter().map(|&w| w as usize).collect();
            if !widths_ok(&widths) || value != &Given::Numbers(widths.iter().map(|&w| w as f64).collect()) {
                return Err(SetError::WrongKind(SettingKind::Widths));
            }
            let activation = c.hidden.first().map_or(Activation::Tanh, |l| l.activation);
            *c = c.clone().with_hidden(&widths, activation);
        }
        Setting::Features => {
            let Given::Names(names) = value else {
                return Err(SetError::WrongKind(SettingKind::Features));
            };
            let mut features = Vec::new();
            for n in names {
                features.push(feature(n).ok_or_else(|| SetError::UnknownName {
                    name: n.clone(),
                    names: crate::data::Feature::FILE_NAMES.to_vec(),
                })?);
            }
            features.sort();
            features.dedup();
            if features.is_empty() {
                return Err(SetError::WrongKind(SettingKind::Features));
            }
            c.features = features;
        }
        _ => {}
    }
    Ok(())
}

impl NetworkRig {
    /// New data from the generator, split as the window splits it; the
    /// network keeps its weights when the classes still fit.
    fn regenerate(&mut self, g: Generator, p: GenParams) -> Result<(), SetError> {
        let mut data = generate(g, &p).map_err(SetError::Data)?;
        split_generated(&mut data, Some(g), self.trainer.config());
        self.trainer.set_dataset(&data).map_err(SetError::Network)?;
        self.dataset = data;
        self.generator = Some((g, p));
        self.diverged = false;
        Ok(())
    }

    /// A new configuration, as the side panel applies it: a new shape or
    /// seed rebuilds the network; a new split ratio or seed re-splits the
    /// data. The value comes from an actions file: it is checked here.
    fn reconfigure(&mut self, config: TrainConfig) -> Result<(), SetError> {
        let config = config.check().map_err(|e| SetError::Network(e.into()))?;
        let old = self.trainer.config();
        let resplit = config.test_ratio != old.test_ratio || config.seed != old.seed;
        let rebuilt = self
            .trainer
            .set_config(&self.dataset, config.clone())
            .map_err(SetError::Network)?;
        if resplit {
            let source = self.dataset.generator;
            split_generated(&mut self.dataset, source, &config);
            self.trainer.set_dataset(&self.dataset).map_err(SetError::Network)?;
        }
        self.diverged &= !rebuilt;
        Ok(())
    }
}

/// The enum value whose file name is `name` (names were checked against
/// the same table).
fn named<T: Named>(name: &str) -> T {
    let all = T::variants();
    all.iter().copied().find(|v| v.file_name() == name).unwrap_or(all[0])
}

/// The lab dataset called `name`.
fn lab_data(name: &str) -> LabData {
    LabData::from_name(name).unwrap_or_default()
}
