//! The kernels that train and evaluate small networks: a mini-batch's
//! samples across the vector lanes, on the widest instruction set the
//! processor has.
//!
//! - `dispatch`: the instruction sets ([`SimdPath`]), the vector
//!   operations every kernel is written with, and the run-time switch;
//! - `columns`: samples stored feature by feature ([`SampleColumns`]), the
//!   layout the kernels read, in training order;
//! - `layer`: one layer in the kernels' layout, what every pass reads;
//! - `net`: the network in the kernels' layout ([`KernelNet`]), and which
//!   lane layout a batch takes ([`LaneAxis`]); `weights`: that layout to
//!   and from an [`Mlp`];
//! - `passes` (samples in the lanes) with `dense`, `activate` and `head`,
//!   `fused` (the forward pass of a narrow network in registers, a vector
//!   of samples at a time: the grids),
//!   and `narrow` (neurons in the lanes) with `narrow_rows` and
//!   `narrow_output`: the forward
//!   and training passes; `step`: the optimizer, for both;
//! - `peak`: the core's FP32 peak, the yardstick of `nnlab bench`.
//!
//! [`Mlp`]: crate::nn::Mlp

mod activate;
mod columns;
mod dense;
pub(crate) mod dispatch;
mod fused;
mod head;
mod layer;
mod narrow;
mod narrow_output;
mod narrow_rows;
mod net;
mod passes;
mod peak;
mod step;
mod weights;

pub use columns::SampleColumns;
pub use dispatch::SimdPath;
pub use net::{KernelNet, LaneAxis};
pub use peak::peak_probe;
