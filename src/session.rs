//! The session file: one versioned JSON document holding the dataset, the
//! training configuration and seed, the network with every weight, and the
//! training progress and history. Saved atomically; loaded with checks, so a
//! corrupt, truncated, newer or inconsistent file is refused with a message
//! and never half-loaded.

mod checkpoints;
mod network;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use checkpoints::CheckpointState;
pub use network::{LayerState, NetworkState};

use crate::data::{DataError, Dataset};
use crate::fsutil::{ReadLimitedError, read_limited};
use crate::nn::{Activation, ConfigError, Mlp, NnError};
use crate::train::{
    Checkpoint, DEFAULT_HISTORY_CAPACITY, History, HistoryPoint, Masks, Snapshot, TrainConfig, Trainer, ValidConfig,
};

/// The `format` field every session file carries.
pub const SESSION_FORMAT: &str = "nnlab-session";
/// The version this build writes and reads.
pub const SESSION_VERSION: u32 = 1;
/// Largest session file accepted (a 5-million-point dataset fits well below).
pub const MAX_SESSION_BYTES: u64 = 1 << 30;
/// Largest epoch or sample count accepted (2⁵³: exact in every JSON reader).
pub const MAX_PROGRESS: u64 = 1 << 53;

/// Why a session could not be saved or loaded: values, put into words by
/// `crate::i18n`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SessionError {
    /// The file could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// Larger than any session this app writes.
    TooLarge {
        /// File size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// Not UTF-8 text.
    NotUtf8,
    /// Not JSON, or cut short.
    NotJson {
        /// 1-based line where reading stopped.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The text ends in the middle of the document.
        truncated: bool,
    },
    /// JSON, but not an nnlab session.
    NotASession,
    /// Written by another version.
    Version {
        /// The file's version.
        found: u64,
        /// The version this build reads.
        supported: u32,
    },
    /// JSON of the wrong shape: a field missing or of the wrong type, an
    /// unknown name.
    Damaged {
        /// The first top-level part that does not read (`dataset`,
        /// `config`, `network`, `progress`), if one alone is at fault.
        section: Option<&'static str>,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the JSON reader said (its own words: field and type names).
        detail: String,
    },
    /// Epoch or sample count beyond what the file format keeps exact.
    ProgressTooLarge {
        /// The stored epoch.
        epoch: u64,
        /// The stored samples seen.
        samples: u64,
        /// The limit of both.
        max: u64,
    },
    /// More weight checkpoints than a session keeps.
    TooManyCheckpoints {
        /// Checkpoints stored.
        found: usize,
        /// The most kept.
        max: usize,
    },
    /// Checkpoint epochs that do not increase, or pass the session's epoch.
    CheckpointEpoch {
        /// The checkpoint (0-based).
        index: usize,
        /// Its epoch.
        epoch: u64,
        /// The session's epoch.
        last: u64,
    },
    /// A checkpoint whose network does not fit the settings.
    Checkpoint {
        /// The checkpoint (0-based).
        index: usize,
        /// What is wrong with its network.
        #[source]
        source: Box<SessionError>,
    },
    /// The network predicts another number of classes than the data has.
    Classes {
        /// Classes of the stored network.
        network: usize,
        /// Classes of the stored data.
        dataset: usize,
    },
    /// The stored network has another number of layers than its settings.
    LayerCount {
        /// Layers stored.
        stored: usize,
        /// Layers the settings describe.
        expected: usize,
    },
    /// A stored layer's activation differs from the settings.
    LayerActivation {
        /// 1-based layer.
        layer: usize,
        /// Stored.
        stored: Activation,
        /// In the settings.
        expected: Activation,
    },
    /// A stored layer of the wrong shape.
    LayerShape {
        /// 1-based layer.
        layer: usize,
        /// Inputs (rows of W).
        rows: usize,
        /// Neurons (columns of W, biases).
        cols: usize,
    },
    /// A stored weight or bias that is NaN or ±∞.
    NotFinite {
        /// 1-based layer.
        layer: usize,
        /// The value.
        value: f32,
    },
    /// The dataset inside breaks a rule.
    Data(#[from] DataError),
    /// The training settings inside are outside their limits.
    Config(#[from] ConfigError),
    /// The network or masks inside break a rule.
    Network(#[from] NnError),
}

/// How far training has come.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// Epochs completed.
    pub epoch: u64,
    /// Training samples processed.
    pub samples_seen: u64,
    /// The (downsampled) loss and accuracy history.
    pub history: Vec<HistoryPoint>,
    /// Weight checkpoints at log-spaced epochs, for replaying training
    /// (absent in files from before they existed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checkpoints: Vec<CheckpointState>,
    /// Stretches of training done outside nnlab (absent when none, and in
    /// files from before they existed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub continued_in: Vec<ContinuedElsewhere>,
}

/// Epochs trained outside nnlab: an exported Keras script went on training
/// (`--fit N --save OUT.json`) and wrote the session back. Their history
/// points are the script's own evaluations, and no nnlab optimizer took those
/// steps, so the history says where they came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContinuedElsewhere {
    /// What trained them, e.g. "Keras 3.11.1 (jax)".
    pub tool: String,
    /// The first epoch trained there (epochs count from 1).
    pub first_epoch: u64,
    /// How many epochs it trained.
    pub epochs: u64,
}

/// A whole saved session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Always [`SESSION_FORMAT`].
    pub format: String,
    /// Always [`SESSION_VERSION`] when written by this build.
    pub version: u32,
    /// The data, with its split and scaling.
    pub dataset: Dataset,
    /// Network shape, hyperparameters and seed (checked as the file is read).
    pub config: ValidConfig,
    /// Every weight and bias.
    pub network: NetworkState,
    /// Epochs, samples and history.
    pub progress: Progress,
    /// Frozen connections and switched-off neurons (absent when none, and
    /// in files from before they existed).
    #[serde(default, skip_serializing_if = "Masks::is_empty")]
    pub masks: Masks,
}

impl Session {
    /// Captures a trainer's full state with its dataset.
    pub fn capture(dataset: &Dataset, trainer: &Trainer) -> Self {
        let progress = Progress {
            epoch: trainer.epoch(),
            samples_seen: trainer.samples_seen(),
            history: trainer.history().points().to_vec(),
            checkpoints: stored(trainer.checkpoints().list()),
            ..Default::default()
        };
        let masks = trainer.masks().clone();
        Self::from_parts(
            dataset.clone(),
            trainer.config().clone(),
            trainer.net(),
            masks,
            progress,
        )
    }

    /// A session of the worker's latest snapshot: what the window saves.
    pub fn from_snapshot(dataset: Dataset, config: ValidConfig, snapshot: &Snapshot) -> Self {
        let progress = Progress {
            epoch: snapshot.epoch,
            samples_seen: snapshot.samples_seen,
            history: snapshot.history.to_vec(),
            ..Default::default()
        };
        Self::from_parts(dataset, config, &snapshot.net, snapshot.masks.clone(), progress)
    }

    /// The same session with these weight checkpoints (the window passes
    /// the list its snapshot carries).
    pub fn with_checkpoints(mut self, checkpoints: &[Arc<Checkpoint>]) -> Self {
        self.progress.checkpoints = stored(checkpoints);
        self
    }

    /// A session from its parts.
    fn from_parts(dataset: Dataset, config: ValidConfig, net: &Mlp, masks: Masks, progress: Progress) -> Self {
        Self {
            format: SESSION_FORMAT.to_string(),
            version: SESSION_VERSION,
            dataset,
            config,
            network: NetworkState::from_mlp(net),
            progress,
            masks,
        }
    }

    /// A trainer that continues exactly where the session stopped (the
    /// optimizer's momentum/Adam moments are not saved and restart at zero).
    pub fn into_trainer(&self) -> Result<Trainer, SessionError> {
        let net = self.network.to_mlp(&self.config, self.dataset.num_classes())?;
        let history = History::from_points(self.progress.history.clone(), DEFAULT_HISTORY_CAPACITY);
        let mut trainer = Trainer::with_network(
            &self.dataset,
            self.config.clone(),
            net,
            self.progress.epoch,
            self.progress.samples_seen,
            history,
        )?;
        trainer.set_masks(self.masks.clone())?;
        if self.progress.checkpoints.is_empty() {
            trainer.checkpoint_now();
        } else {
            trainer.set_checkpoints(self.checkpoints()?);
        }
        Ok(trainer)
    }

    /// Pretty JSON text.
    pub fn to_json(&self) -> String {
        // Serializing plain structs of numbers and strings cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Parses and fully checks a session from JSON text.
    pub fn from_json(text: &str) -> Result<Session, SessionError> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| SessionError::NotJson {
            line: e.line(),
            column: e.column(),
            truncated: e.is_eof(),
        })?;
        if value.get("format").and_then(|f| f.as_str()) != Some(SESSION_FORMAT) {
            return Err(SessionError::NotASession);
        }
        let found = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
        if found != u64::from(SESSION_VERSION) {
            return Err(SessionError::Version {
                found,
                supported: SESSION_VERSION,
            });
        }
        let session = Session::deserialize(&value).map_err(|e| damage(text, &value, e))?;
        session.check()?;
        Ok(session)
    }

    /// Every consistency rule: dataset, settings and network agree.
    pub fn check(&self) -> Result<(), SessionError> {
        let p = &self.progress;
        if p.epoch > MAX_PROGRESS || p.samples_seen > MAX_PROGRESS {
            return Err(SessionError::ProgressTooLarge {
                epoch: p.epoch,
                samples: p.samples_seen,
                max: MAX_PROGRESS,
            });
        }
        self.dataset.validate()?;
        self.network.to_mlp(&self.config, self.dataset.num_classes())?;
        self.checkpoints()?;
        Ok(())
    }

    /// The stored weight checkpoints, rebuilt and checked against the network.
    pub fn checkpoints(&self) -> Result<crate::train::Checkpoints, SessionError> {
        let p = &self.progress;
        checkpoints::restore(
            &p.checkpoints,
            self.network.head,
            &self.config,
            self.dataset.num_classes(),
            p.epoch,
        )
    }

    /// Writes the session atomically (temporary file + rename).
    pub fn save(&self, path: &Path) -> Result<(), SessionError> {
        crate::fsutil::write(path, self.to_json().as_bytes()).map_err(|source| SessionError::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Reads and checks a session file.
    pub fn load(path: &Path) -> Result<Session, SessionError> {
        let raw = read_limited(path, MAX_SESSION_BYTES).map_err(|e| match e {
            ReadLimitedError::Io(source) => SessionError::Io {
                path: path.to_path_buf(),
                source,
            },
            ReadLimitedError::TooLarge(bytes) => SessionError::TooLarge {
                bytes,
                limit: MAX_SESSION_BYTES,
            },
        })?;
        let text = String::from_utf8(raw).map_err(|_| SessionError::NotUtf8)?;
        Self::from_json(&text)
    }
}

/// The stored form of a list of checkpoints.
fn stored(list: &[Arc<Checkpoint>]) -> Vec<CheckpointState> {
    list.iter().map(|c| CheckpointState::from_checkpoint(c)).collect()
}

/// Where a session that is JSON but not a session is damaged: the first
/// part that does not read, and the reader's message with its line and
/// column in the file (found by reading the text again: errors only). A
/// configuration that reads but is outside its limits is said as such.
fn damage(text: &str, value: &serde_json::Value, fallback: serde_json::Error) -> SessionError {
    let part = |key: &str| value.get(key).cloned().unwrap_or(serde_json::Value::Null);
    if let Ok(config) = TrainConfig::deserialize(&part("config"))
        && let Err(e) = config.check()
    {
        return SessionError::Config(e);
    }
    let section = [
        ("dataset", Dataset::deserialize(&part("dataset")).is_err()),
        ("config", TrainConfig::deserialize(&part("config")).is_err()),
        ("network", NetworkState::deserialize(&part("network")).is_err()),
        ("progress", Progress::deserialize(&part("progress")).is_err()),
    ]
    .into_iter()
    .find_map(|(name, bad)| bad.then_some(name));
    let detail = serde_json::from_str::<Session>(text).err().unwrap_or(fallback);
    SessionError::Damaged {
        section,
        line: detail.line(),
        column: detail.column(),
        // serde_json ends its message with the position, kept apart above.
        detail: without_position(&detail),
    }
}

/// A serde_json message without its trailing " at line L column C".
fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}
