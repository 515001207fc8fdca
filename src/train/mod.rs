//! Training: configuration, the deterministic training loop, and its history.

mod config;
mod history;
mod trainer;

pub use config::{
    MAX_BATCH_SIZE, MAX_LEARNING_RATE, MAX_REGULARIZATION, MIN_LEARNING_RATE, TrainConfig, stream, sub_seed,
};
pub use history::{DEFAULT_HISTORY_CAPACITY, History, HistoryPoint};
pub use trainer::{BatchReport, Trainer, build_network, split_dataset};
