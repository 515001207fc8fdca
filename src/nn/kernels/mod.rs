//! The kernels that train and evaluate small networks: a mini-batch's
//! samples across the vector lanes, on the widest instruction set the
//! processor has.
//!
//! - `dispatch`: the instruction sets ([`SimdPath`]), the vector
//!   operations every kernel is written with, and the run-time switch;
//! - `columns`: samples stored feature by feature ([`SampleColumns`]), the
//!   layout the kernels read, in training order;
//! - `net`: the network in the kernels' layout ([`KernelNet`]) and its
//!   passes over a batch; `weights`: that layout to and from an [`Mlp`];
//! - `dense`, `activate`, `head`, `step`: a layer's products, its
//!   activation, the loss and the optimizer, as the passes use them;
//! - `peak`: the core's FP32 peak, the yardstick of `nnlab bench`.
//!
//! [`Mlp`]: crate::nn::Mlp

mod activate;
mod columns;
mod dense;
pub(crate) mod dispatch;
mod head;
mod net;
mod peak;
mod step;
mod weights;

pub use columns::SampleColumns;
pub use dispatch::SimdPath;
pub use net::KernelNet;
pub use peak::peak_probe;
