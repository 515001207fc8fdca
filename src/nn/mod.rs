//! The math: activations, dense layers, the MLP with backpropagation, losses,
//! optimizers, metrics, Rosenblatt's perceptron, McCulloch–Pitts neurons and
//! the leaky integrate-and-fire neuron.
//! No UI and no threads here.

mod activation;
mod batch;
mod dense;
pub mod fastmath;
mod fused;
mod fused_narrow;
mod fused_simd;
mod init;
mod kernels;
pub mod lif;
pub mod logic;
mod loss;
mod metrics;
mod mlp;
mod optim;
pub mod perceptron;

pub use activation::{Activation, LEAKY_SLOPE, sigmoid, softmax_rows};
pub use batch::copy_row_range;
pub use dense::Dense;
pub use fused::FusedWorkspace;
pub use fused_narrow::NarrowNet;
pub use fused_simd::{SimdPath, peak_probe};
pub use init::Init;
pub use loss::{AUTO_LOSS, Head, Loss, MAX_OUTPUTS, OutputActivation};
pub use metrics::{ConfusionMatrix, Metrics, evaluate};
pub use mlp::{Gradients, LayerSpec, MAX_HIDDEN_LAYERS, MAX_NEURONS, Mlp, Workspace};
pub use optim::{
    Adam, Momentum, Optimizer, OptimizerKind, OptimizerSettings, ParamState, Regularization, Sgd, apply_step,
};

/// Something the network cannot do as asked.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum NnError {
    /// A bad shape, size or combination of settings.
    #[error("{0}")]
    Invalid(String),
    /// Every point is held out for testing, or there are none: nothing to
    /// train on (the window asks the user to add points).
    #[error("there are no training points")]
    NoTrainingPoints,
    /// Backpropagation through a step function: every gradient would be 0.
    #[error("{} has no gradient; use the perceptron rule or a sigmoid", step_name(*.0))]
    NotDifferentiable(Activation),
    /// The loss or a weight became NaN or infinite.
    #[error("loss diverged at epoch {epoch} — lower the learning rate")]
    Diverged {
        /// Epoch during which it happened.
        epoch: u64,
    },
}

fn step_name(a: Activation) -> &'static str {
    match a {
        Activation::Heaviside => "step",
        other => other.name(),
    }
}
