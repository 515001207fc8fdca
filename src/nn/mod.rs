//! The math: activations, dense layers, the MLP with backpropagation, losses,
//! optimizers, metrics, Rosenblatt's perceptron, McCulloch–Pitts neurons and
//! the leaky integrate-and-fire neuron.
//! No UI and no threads here.

mod activation;
mod batch;
mod dense;
mod error;
pub mod fastmath;
mod init;
mod kernels;
pub mod lif;
pub mod logic;
mod loss;
mod matmul;
mod metrics;
mod mlp;
mod optim;
pub mod perceptron;

pub use activation::{
    Activation, KerasActivation, LEAKY_SLOPE, Properties, SATURATION_FRACTION, sigmoid, softmax_rows,
};
pub use batch::copy_row_range;
pub use dense::Dense;
pub use error::{ConfigError, NnError};
pub use init::Init;
pub use kernels::{KernelNet, LaneAxis, SampleColumns, SimdPath, peak_probe};
pub use loss::{AUTO_LOSS, Head, Loss, MAX_OUTPUTS, OutputActivation};
pub use metrics::{ConfusionMatrix, Metrics, evaluate};
pub use mlp::{Gradients, LayerSpec, MAX_HIDDEN_LAYERS, MAX_NEURONS, Mlp, Workspace};
pub use optim::{
    Adam, Momentum, Optimizer, OptimizerKind, OptimizerSettings, ParamState, Regularization, Sgd, StateSlots,
    VectorStep, apply_step,
};
