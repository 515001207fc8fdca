//! The network tab's set-up as engine values: the data, the training
//! configuration and the weights to pin, for the window to apply (or for
//! [`crate::lessons::Rig`] to build a [`Trainer`] from).

use super::super::error::{Allowed, Problem};
use super::super::files::Origin;
use super::super::files::beside;
use super::{DataSetup, NetworkSetup, Setup, TrainingSetup};
use crate::data::{ColumnRef, CsvOptions, Dataset, GenParams, Generator, generate, read_csv};
use crate::nn::{LayerSpec, NnError};
use crate::train::{TrainConfig, Trainer, ValidConfig, split_dataset};

/// A weight (`input: Some(i)`) or bias (`None`) to set once the network
/// is built, as the network editor does (`Command::SetParameter`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PinnedParameter {
    /// Layer (0 = first hidden layer; the output layer is the last).
    pub layer: usize,
    /// Row of W, or `None` for the bias.
    pub input: Option<usize>,
    /// Column of W / the neuron.
    pub neuron: usize,
    /// The value.
    pub value: f32,
}

/// Everything the window needs to set the network tab up for a step.
///
/// Defaults for what a step leaves out: data — the spiral, 400 points,
/// noise 0.1, 2 classes, seed 1, test ratio 0.25 (0 for gates); network —
/// two hidden layers of 8 tanh neurons on x₁, x₂; training — SGD, η = 0.03,
/// batch 10, seed 1, no L1/L2. These are [`TrainConfig::default`]'s, so a
/// lesson does not change when the window's own defaults do.
#[derive(Clone, Debug)]
pub struct NetworkPlan {
    /// The generator and its parameters, when the data is generated (the
    /// window's data controls show them); `None` for a CSV.
    pub generator: Option<(Generator, GenParams)>,
    /// The data, already split into training and test points.
    pub dataset: Dataset,
    /// The network and training configuration, checked.
    pub config: ValidConfig,
    /// Weights and biases to set after building the network from the seed.
    pub parameters: Vec<PinnedParameter>,
}

impl NetworkPlan {
    /// A trainer as the window's worker would hold it after applying the
    /// plan: built from the seed, then the pinned parameters set.
    pub fn trainer(&self) -> Result<Trainer, Problem> {
        let mut t = Trainer::new(&self.dataset, self.config.clone())?;
        for p in &self.parameters {
            t.set_parameter(p.layer, p.input, p.neuron, p.value)?;
        }
        Ok(t)
    }
}

/// Which part of a set-up a problem is in (its table in the file).
pub(crate) type Part = &'static str;

impl Setup {
    /// The network tab's plan, or `None` when the step leaves the network
    /// tab alone (no `data`, `network` or `training`). `origin` is where a
    /// CSV is looked up. On error, also says which table is at fault.
    pub fn network_plan(&self, origin: &Origin) -> Result<Option<NetworkPlan>, (Part, Problem)> {
        if self.data.is_none() && self.network.is_none() && self.training.is_none() {
            return Ok(None);
        }
        let mut config = TrainConfig::default();
        apply_network(self.network.as_ref(), &mut config).map_err(|p| ("network", p))?;
        apply_training(self.training.as_ref(), &mut config);
        let data = self.data.clone().unwrap_or_default();
        let (generator, dataset) = data.build(&mut config, origin).map_err(|p| ("data", p))?;
        // The lesson file is an edge: its settings are checked here, once.
        let config = config.check().map_err(|e| {
            let part = if self.training.is_some() { "training" } else { "network" };
            (part, NnError::Config(e).into())
        })?;
        let mut parameters = Vec::new();
        if let Some(n) = &self.network {
            let weights = n.weights.iter().map(|w| PinnedParameter {
                layer: w.layer,
                input: Some(w.input),
                neuron: w.neuron,
                value: w.value,
            });
            let biases = n.biases.iter().map(|b| PinnedParameter {
                layer: b.layer,
                input: None,
                neuron: b.neuron,
                value: b.value,
            });
            parameters = weights.chain(biases).collect();
        }
        Ok(Some(NetworkPlan {
            generator,
            dataset,
            config,
            parameters,
        }))
    }
}

/// Hidden layers, activations and features into `config`.
fn apply_network(n: Option<&NetworkSetup>, config: &mut TrainConfig) -> Result<(), Problem> {
    let Some(n) = n else { return Ok(()) };
    let widths: Vec<usize> = match &n.hidden {
        Some(h) => h.clone(),
        None => config.hidden.iter().map(|l| l.neurons).collect(),
    };
    let one = n.activation.unwrap_or(crate::nn::Activation::Tanh);
    if n.activations.as_ref().is_some_and(|a| a.len() != widths.len()) {
        return Err(Problem::BadValue {
            field: "activations",
            allowed: Allowed::OneActivationPerLayer,
        });
    }
    config.hidden = (widths.iter().enumerate())
        .map(|(k, &neurons)| LayerSpec {
            neurons,
            activation: n.activations.as_ref().and_then(|a| a.get(k).copied()).unwrap_or(one),
        })
        .collect();
    if let Some(f) = &n.features {
        let mut f = f.clone();
        f.sort();
        f.dedup();
        config.features = f;
    }
    Ok(())
}

/// Optimizer and rates into `config`.
fn apply_training(t: Option<&TrainingSetup>, config: &mut TrainConfig) {
    let Some(t) = t else { return };
    if let Some(k) = t.optimizer {
        config.optimizer.kind = k;
    }
    config.learning_rate = t.learning_rate.unwrap_or(config.learning_rate);
    config.batch_size = t.batch_size.unwrap_or(config.batch_size);
    config.seed = t.seed.unwrap_or(config.seed);
    config.regularization.l1 = t.l1.unwrap_or(0.0);
    config.regularization.l2 = t.l2.unwrap_or(0.0);
}

impl DataSetup {
    /// Builds and splits the data (the split uses `config`'s seed; the test
    /// ratio is stored in `config`). Returns the generator when there is one.
    fn build(
        &self,
        config: &mut TrainConfig,
        origin: &Origin,
    ) -> Result<(Option<(Generator, GenParams)>, Dataset), Problem> {
        let gate = self.gate.map(|g| g.generator());
        config.test_ratio = self
            .test_ratio
            .unwrap_or(if gate.is_some() { 0.0 } else { config.test_ratio });
        if !(0.0..=0.9).contains(&config.test_ratio) {
            return Err(Problem::BadValue {
                field: "test_ratio",
                allowed: Allowed::Between(0.0, 0.9),
            });
        }
        let (generator, mut dataset) = match (&self.csv, gate.or(self.generator)) {
            (Some(file), _) => (None, self.read_csv(file, origin)?),
            (None, g) => {
                let g = g.unwrap_or(Generator::Spiral);
                let params = GenParams {
                    points: self.points.unwrap_or_else(|| g.default_points()),
                    noise: self.noise.unwrap_or(0.1),
                    classes: self.classes.unwrap_or(2),
                    seed: self.seed.unwrap_or(1),
                };
                (Some((g, params)), generate(g, &params)?)
            }
        };
        split_dataset(&mut dataset, config);
        Ok((generator, dataset))
    }

    /// Reads the CSV `file` beside the lesson, with the columns chosen.
    fn read_csv(&self, file: &str, origin: &Origin) -> Result<Dataset, Problem> {
        let path = beside(origin, file, "csv")?;
        let column = |c: &Option<String>| c.clone().map(ColumnRef::Name);
        let options = CsvOptions {
            x: column(&self.x),
            y: column(&self.y),
            label: column(&self.label),
            standardize: self.standardize,
            ..CsvOptions::default()
        };
        read_csv(&path, &options).map_err(|source| Problem::Csv {
            file: file.to_string(),
            source,
        })
    }
}
