//! The network's, the trainer's and the worker's reasons in words: what
//! the network cannot do ([`NnError`]), settings outside their limits
//! ([`ConfigError`]), why training stopped ([`StopReason`]), why the
//! inspector cannot trace a sample, the perceptron's state and errors, the
//! logic lab's errors.

use std::fmt;

use crate::nn::logic::LogicError;
use crate::nn::perceptron::{PerceptronError, Status, StepFunction};
use crate::nn::{Activation, ConfigError, NnError};
use crate::tr;
use crate::train::inspect::{InspectError, NeuronHealth};
use crate::train::{StartError, StopReason};

/// An activation as the window and the catalogues name it: "step" for
/// Heaviside (what the layer menus show), the command-line name otherwise.
pub(super) fn activation_name(a: Activation) -> &'static str {
    match a {
        Activation::Heaviside => "step",
        other => other.name(),
    }
}

impl fmt::Display for NnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            NnError::Config(e) => e.to_string(),
            NnError::NoTrainingPoints => tr!("reason-no-training-points"),
            NnError::NotDifferentiable(a) => tr!("reason-not-differentiable", activation = activation_name(*a)),
            NnError::Diverged { epoch } => tr!("reason-diverged", epoch = *epoch),
            NnError::HeadMismatch { loss, output, classes } => tr!(
                "reason-head-mismatch",
                loss = loss.name(),
                output = output.name(),
                classes = *classes
            ),
            NnError::NoParameter { layer, input, neuron } => match input {
                Some(i) => tr!("reason-no-weight", layer = *layer, input = *i, neuron = *neuron),
                None => tr!("reason-no-bias", layer = *layer, neuron = *neuron),
            },
            NnError::NotFinite { value } => tr!("reason-not-finite", value = value.to_string()),
            NnError::NoConnection { layer, input, neuron } => {
                tr!("reason-no-connection", layer = *layer, input = *input, neuron = *neuron)
            }
            NnError::NoHiddenNeuron { layer, neuron } => {
                tr!("reason-no-hidden-neuron", layer = *layer, neuron = *neuron)
            }
            NnError::FrozenNotFinite { layer } => tr!("reason-frozen-not-finite", layer = *layer),
            NnError::SavedWeightsMismatch { layer, neuron } => {
                tr!("reason-saved-weights-mismatch", layer = *layer, neuron = *neuron)
            }
        };
        f.write_str(&text)
    }
}

impl fmt::Display for ConfigError {
    /// The setting, the value given and the range allowed (numbers as
    /// Rust prints them: `0.000001`, not `1e-6`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match *self {
            ConfigError::NoFeatures => tr!("config-error-no-features"),
            ConfigError::TooManyLayers { found, max } => tr!("config-error-too-many-layers", found = found, max = max),
            ConfigError::LayerWidth { layer, neurons, max } => {
                tr!("config-error-layer-width", layer = layer, neurons = neurons, max = max)
            }
            ConfigError::LearningRate { value, min, max } => tr!(
                "config-error-learning-rate",
                value = value.to_string(),
                min = min.to_string(),
                max = max.to_string()
            ),
            ConfigError::BatchSize { value, max } => {
                tr!(
                    "config-error-batch-size",
                    value = value.to_string(),
                    max = max.to_string()
                )
            }
            ConfigError::L1 { value, max } => {
                tr!("config-error-l1", value = value.to_string(), max = max.to_string())
            }
            ConfigError::L2 { value, max } => {
                tr!("config-error-l2", value = value.to_string(), max = max.to_string())
            }
            ConfigError::TestRatio { value, max } => {
                tr!(
                    "config-error-test-ratio",
                    value = value.to_string(),
                    max = max.to_string()
                )
            }
            ConfigError::Momentum { value } => tr!("config-error-momentum", value = value.to_string()),
            ConfigError::Beta1 { value } => tr!("config-error-beta1", value = value.to_string()),
            ConfigError::Beta2 { value } => tr!("config-error-beta2", value = value.to_string()),
            ConfigError::Epsilon { value } => tr!("config-error-epsilon", value = value.to_string()),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for StopReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // What the learner can do about it, not only what is missing.
            StopReason::NoTrainingPoints => f.write_str(&tr!("reason-add-training-points")),
            StopReason::NotDifferentiable(a) => NnError::NotDifferentiable(*a).fmt(f),
            StopReason::Diverged { epoch } => NnError::Diverged { epoch: *epoch }.fmt(f),
            StopReason::Refused(e) => e.fmt(f),
            StopReason::SampleStepRefused(e) => e.fmt(f),
        }
    }
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            StartError::BadGrid { grid, max } => tr!("reason-bad-grid", resolution = grid.resolution, max = *max),
            StartError::Network(e) => e.to_string(),
            StartError::Thread(_) => tr!("reason-no-thread"),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for InspectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            InspectError::SampleOutOfRange { index, count } => tr!(
                "inspector-error-out-of-range",
                index = *index,
                count = *count,
                last = count.saturating_sub(1)
            ),
            InspectError::TestPoint(index) => tr!("inspector-error-test-point", index = *index),
            InspectError::Network(e) => e.to_string(),
        };
        f.write_str(&text)
    }
}

/// Why a neuron learns nothing from a sample, in one line (`None`: it
/// does learn).
pub fn neuron_health_text(h: NeuronHealth) -> Option<String> {
    match h {
        NeuronHealth::Active => None,
        NeuronHealth::Saturated => Some(tr!("inspector-saturated-why")),
        NeuronHealth::Dead => Some(tr!("inspector-dead-why")),
    }
}

impl fmt::Display for Status {
    /// The perceptron's state, for the lab and `nnlab perceptron`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Status::Running => tr!("perceptron-status-training"),
            Status::Converged { epochs, updates } => {
                tr!("perceptron-status-converged", epochs = *epochs, updates = *updates)
            }
            Status::NotConverged { epochs, updates } => {
                tr!("perceptron-status-not-converged", epochs = *epochs, updates = *updates)
            }
            Status::Cycle {
                epoch,
                first_seen,
                updates,
            } => tr!(
                "perceptron-status-cycle",
                epoch = *epoch,
                first = *first_seen,
                updates = *updates
            ),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for PerceptronError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            PerceptronError::BadLearningRate(v) => tr!("perceptron-error-learning-rate", value = v.to_string()),
            PerceptronError::BadEpochLimit { found, limit } => {
                tr!("perceptron-error-epoch-limit", found = *found, limit = *limit)
            }
            PerceptronError::NotClassification => tr!("perceptron-error-not-classification"),
            PerceptronError::TooFewClasses(n) => tr!("perceptron-error-too-few-classes", found = *n),
            PerceptronError::PositiveOutOfRange { positive, classes } => tr!(
                "perceptron-error-positive-out-of-range",
                positive = *positive,
                classes = *classes
            ),
            PerceptronError::NoTrainingPoints => tr!("perceptron-error-no-training-points"),
            PerceptronError::Data(e) => e.to_string(),
            PerceptronError::UnknownStep(name) => tr!(
                "perceptron-error-unknown-step",
                name = name.as_str(),
                known = crate::names::cli_names::<StepFunction>()
            ),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for LogicError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            LogicError::NoInputs => tr!("logic-error-no-inputs"),
            LogicError::TooManyInputs { found, limit } => {
                tr!("logic-error-too-many-inputs", found = *found, limit = *limit)
            }
            LogicError::NoOutputs => tr!("logic-error-no-outputs"),
            LogicError::EmptyName => tr!("logic-error-empty-name"),
            LogicError::DuplicateName { name } => tr!("logic-error-duplicate-name", name = name.as_str()),
            LogicError::UnknownNeuron { index, count } => {
                tr!("logic-error-unknown-neuron", index = *index, count = *count)
            }
            LogicError::UnknownInput { index, count } => {
                tr!("logic-error-unknown-input", index = *index, count = *count)
            }
            LogicError::ForwardReference { neuron, source_neuron } => tr!(
                "logic-error-forward-reference",
                neuron = *neuron,
                source = *source_neuron
            ),
            LogicError::NoSuchConnection { neuron, source_name } => tr!(
                "logic-error-no-such-connection",
                neuron = *neuron,
                source = source_name.as_str()
            ),
            LogicError::InputCount { expected, found } => {
                tr!("logic-error-input-count", expected = *expected, found = *found)
            }
            LogicError::UnknownGate { name } => tr!(
                "logic-error-unknown-gate",
                name = name.as_str(),
                known = crate::names::cli_names::<crate::nn::logic::Gate>()
            ),
        };
        f.write_str(&text)
    }
}
