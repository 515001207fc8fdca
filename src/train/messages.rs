//! What the UI and the training worker say to each other: [`Command`]s
//! in through a channel, [`Snapshot`]s out through a one-slot mailbox
//! ([`Latest`]: latest wins, nothing queues up).

use std::sync::{Arc, Mutex};

use super::grid::{GridSpec, GridValues, NeuronGrids};
use super::inspect::{BackpropTrace, InspectError, NeuronHealthCounts};
use super::{Checkpoint, HistoryPoint, Masks, TrainPace, Trainer, ValidConfig};
use crate::data::{Dataset, Edit};
use crate::nn::{Activation, Metrics, Mlp, NnError};

/// What the UI asks of the worker.
#[derive(Debug)]
pub enum Command {
    /// Train continuously.
    Play,
    /// Stop training.
    Pause,
    /// Train exactly one mini-batch.
    StepBatch,
    /// Train to the end of the current epoch.
    StepEpoch,
    /// Re-initialize the network from the seed.
    Reset,
    /// New hyperparameters or shape (see [`Trainer::set_config`]).
    SetConfig(ValidConfig),
    /// How fast to train while playing (the window's speed control).
    SetPace(TrainPace),
    /// A change of the data (a point added, moved or deleted, a new split,
    /// new data); the number tags the data's revision after it.
    EditData(Edit, u64),
    /// The data the worker holds is the UI's revision N (a restarted
    /// worker starts from the UI's current data).
    SetRevision(u64),
    /// Replace data and network together (an opened session); the number
    /// is the data's revision.
    Load(Arc<Dataset>, Box<Trainer>, u64),
    /// Where and how finely to draw the output.
    SetGrid(GridSpec),
    /// Set a weight (input `Some(i)`) or a bias (`None`) by hand.
    SetParameter {
        /// Layer index (0 = first hidden layer).
        layer: usize,
        /// Input index, or `None` for the bias.
        input: Option<usize>,
        /// Neuron index.
        neuron: usize,
        /// The new value.
        value: f32,
    },
    /// Freeze (`true`) or release the connection from `input` to `neuron`.
    SetFrozen {
        /// Layer index (0 = first hidden layer).
        layer: usize,
        /// Input index.
        input: usize,
        /// Neuron index.
        neuron: usize,
        /// Frozen or not.
        frozen: bool,
    },
    /// Switch a hidden neuron off (`true`, dropout by hand) or back on.
    SetNeuronOff {
        /// Hidden layer index.
        layer: usize,
        /// Neuron index.
        neuron: usize,
        /// Off or not.
        off: bool,
    },
    /// The backprop inspector's sample (point index in file order), traced
    /// with the current weights in every snapshot while set
    /// ([`Snapshot::inspection`]); `None` stops tracing.
    Inspect(Option<usize>),
    /// Applies exactly the single-sample step the inspector shows for this
    /// point ([`Trainer::apply_sample_step`]); a refusal (a test point, no
    /// gradient) becomes the snapshot's [`StopReason`] and changes nothing.
    ApplySampleStep(usize),
    /// Count, for every neuron, the training samples it is saturated or
    /// dead on ([`Snapshot::neuron_health`]), recomputed whenever weights
    /// or data change while on.
    NeuronHealth(bool),
    /// Replay: the snapshot's grid and neuron grids show the network of
    /// checkpoint k (read-only); `None` returns to the present. Any change
    /// of the weights or the data, and Play, also return to the present.
    ShowCheckpoint(Option<usize>),
    /// Panic on purpose (tests of the UI's recovery).
    Crash,
    /// Stop the thread.
    Shutdown,
}

/// Everything the UI draws, copied out of the worker.
#[derive(Clone, Debug)]
pub struct Snapshot {
    /// Increases with every snapshot.
    pub sequence: u64,
    /// Whether training is running.
    pub running: bool,
    /// Epochs completed.
    pub epoch: u64,
    /// Training samples processed.
    pub samples_seen: u64,
    /// Training throughput over the last second of training (`None` until
    /// training has run long enough to measure it, and while paused).
    pub samples_per_sec: Option<f64>,
    /// Loss and accuracy of the current weights on the current data
    /// (recomputed after every change of either; `None` without data).
    pub figures: Option<Arc<Figures>>,
    /// Loss and accuracy history (downsampled; shared between snapshots
    /// until it changes).
    pub history: Arc<[HistoryPoint]>,
    /// A copy of the network with its current weights.
    pub net: Mlp,
    /// Its frozen connections and switched-off neurons.
    pub masks: Masks,
    /// Output over the view grid (of the checkpoint shown, if any).
    pub grid: GridValues,
    /// Every neuron's output over a coarse grid (of the checkpoint shown, if any).
    pub neurons: NeuronGrids,
    /// The weight checkpoints kept so far, oldest first: the trainer's own
    /// list, shared (a snapshot costs one reference count, not a copy).
    pub checkpoints: Arc<[Arc<Checkpoint>]>,
    /// The checkpoint `grid` and `neurons` show (replay), or `None`: the
    /// present. `net` is always the present network.
    pub shown_checkpoint: Option<usize>,
    /// The inspector's sample traced through one training step with `net`,
    /// while [`Command::Inspect`] has chosen one.
    pub inspection: Option<Arc<Result<BackpropTrace, InspectError>>>,
    /// Per neuron, the training samples it is saturated or dead on, while
    /// [`Command::NeuronHealth`] is on.
    pub neuron_health: Option<Arc<NeuronHealthCounts>>,
    /// Predicted class of every point, in dataset order (classification;
    /// shared between snapshots until recomputed).
    pub predictions: Option<Arc<[u16]>>,
    /// The data edit this snapshot reflects.
    pub dataset_revision: u64,
    /// Why training stopped by itself (divergence, no gradient…) or the
    /// last command was refused, until the next Play or Reset.
    pub stopped: Option<StopReason>,
}

/// Why the worker stopped training by itself, or refused a command. A
/// value, never a sentence: `crate::i18n` says it in the learner's language.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum StopReason {
    /// No training points: every point is held out for testing, or there
    /// are none (the window asks the learner to add some).
    NoTrainingPoints,
    /// A hidden layer with a step or sign activation: backpropagation has
    /// no gradient to follow (the perceptron rule trains such units).
    NotDifferentiable(Activation),
    /// The loss or a weight became NaN or infinite during this epoch.
    Diverged {
        /// The epoch.
        epoch: u64,
    },
    /// A command that does not fit the network (a hand edit of a weight
    /// that no longer exists, a loss that does not fit the data…).
    Refused(NnError),
    /// The inspector's single-sample step was refused (a test point, a
    /// step that would diverge); nothing changed.
    SampleStepRefused(InspectError),
}

impl From<NnError> for StopReason {
    fn from(e: NnError) -> Self {
        match e {
            NnError::NoTrainingPoints => StopReason::NoTrainingPoints,
            NnError::NotDifferentiable(a) => StopReason::NotDifferentiable(a),
            NnError::Diverged { epoch } => StopReason::Diverged { epoch },
            other => StopReason::Refused(other),
        }
    }
}

impl Snapshot {
    /// Training stopped because it diverged (a loss or weight stopped being
    /// finite), and has not been restarted or reset since (lessons ask).
    pub fn diverged(&self) -> bool {
        matches!(self.stopped, Some(StopReason::Diverged { .. }))
    }
}

/// How the current network does on the current data.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// On the training points (`None` if there are none).
    pub train: Option<Metrics>,
    /// On the test points (`None` if there are none).
    pub test: Option<Metrics>,
}

/// A one-slot mailbox: `put` replaces, `take` empties. Latest wins.
#[derive(Debug)]
pub struct Latest<T>(Mutex<Option<T>>);

impl<T> Default for Latest<T> {
    fn default() -> Self {
        Self(Mutex::new(None))
    }
}

impl<T> Latest<T> {
    /// Stores `value`, dropping any value not yet taken.
    pub fn put(&self, value: T) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some(value);
        }
    }

    /// Takes the value if there is one and the slot is free right now
    /// (never waits).
    pub fn take(&self) -> Option<T> {
        self.0.try_lock().ok().and_then(|mut slot| slot.take())
    }
}
