//! Training: configuration, the deterministic training loop and its history,
//! output grids for drawing, and the background worker thread.

mod checkpoints;
mod config;
mod grid;
mod history;
pub mod inspect;
pub mod landscape;
mod masks;
mod messages;
mod pace;
mod trainer;
mod worker;

pub use checkpoints::{Checkpoint, Checkpoints, MAX_CHECKPOINTS};
pub use config::{
    MAX_BATCH_SIZE, MAX_LEARNING_RATE, MAX_REGULARIZATION, MAX_TEST_RATIO, MIN_LEARNING_RATE, TrainConfig, ValidConfig,
    stream, sub_seed,
};
pub use grid::{GridEvaluator, GridSpec, GridValues, NeuronGrids, threads_beside_training};
pub use history::{DEFAULT_HISTORY_CAPACITY, History, HistoryPoint};
pub use masks::{FrozenWeight, Masks};
pub use messages::{Command, Figures, Latest, Snapshot, StopReason};
pub use pace::{Pace, TrainPace};
pub use trainer::{BatchReport, Trainer, build_network, split_dataset, split_generated};
#[cfg(target_arch = "wasm32")]
pub(crate) use worker::FRAME_BUDGET;
pub(crate) use worker::panic_message;
pub use worker::{Crash, NEURON_GRID_RESOLUTION, SNAPSHOT_INTERVAL, StartError, WorkerHandle};
