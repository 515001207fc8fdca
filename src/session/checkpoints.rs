//! Weight checkpoints as a session file stores them (the replay of
//! training), and their checked way back.

use serde::{Deserialize, Serialize};

use super::{LayerState, NetworkState, SessionError};
use crate::nn::Head;
use crate::train::{Checkpoint, Checkpoints, HistoryPoint, MAX_CHECKPOINTS, TrainConfig};

/// One checkpoint as stored: its epoch and losses (the fields of a history
/// point) and every layer's weights, `[input][neuron]` like `network`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckpointState {
    /// Epoch, losses and accuracies at that moment.
    #[serde(flatten)]
    pub point: HistoryPoint,
    /// Hidden layers, then the output layer.
    pub layers: Vec<LayerState>,
}

impl CheckpointState {
    /// The stored form of a checkpoint.
    pub fn from_checkpoint(c: &Checkpoint) -> Self {
        Self {
            point: c.point,
            layers: NetworkState::from_mlp(&c.net).layers,
        }
    }
}

/// Rebuilds stored checkpoints, checking each against the session's network
/// (`head`), settings and classes, and that their epochs increase up to
/// `epoch` (the session's progress) with at most [`MAX_CHECKPOINTS`] of them.
pub(super) fn restore(
    stored: &[CheckpointState],
    head: Head,
    config: &TrainConfig,
    classes: usize,
    epoch: u64,
) -> Result<Checkpoints, SessionError> {
    if stored.len() > MAX_CHECKPOINTS {
        return Err(SessionError::TooManyCheckpoints {
            found: stored.len(),
            max: MAX_CHECKPOINTS,
        });
    }
    let mut list = Vec::with_capacity(stored.len());
    let mut previous: Option<u64> = None;
    for (k, s) in stored.iter().enumerate() {
        let e = s.point.epoch;
        if previous.is_some_and(|p| p >= e) || e > epoch {
            return Err(SessionError::CheckpointEpoch {
                index: k,
                epoch: e,
                last: epoch,
            });
        }
        previous = Some(e);
        let network = NetworkState {
            head,
            layers: s.layers.clone(),
        };
        let net = network.to_mlp(config, classes).map_err(|e| SessionError::Checkpoint {
            index: k,
            source: Box::new(e),
        })?;
        list.push(Checkpoint { point: s.point, net });
    }
    Ok(Checkpoints::from_list(list, MAX_CHECKPOINTS))
}
