//! What went wrong with a session file, a Keras export, a training
//! animation or a font, in words.

use std::fmt;

use super::data::io_reason;
use super::engine::activation_name;
use crate::export::ExportError as KerasError;
use crate::render::{ExportError as GifError, FontError};
use crate::session::SessionError;
use crate::tr;

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            SessionError::Io { path, source } => tr!(
                "file-error-io",
                path = path.display().to_string(),
                reason = io_reason(source)
            ),
            SessionError::TooLarge { bytes, limit } => tr!(
                "session-error-too-large",
                bytes = bytes.to_string(),
                limit = limit.to_string()
            ),
            SessionError::NotUtf8 => tr!("session-error-not-utf8"),
            SessionError::NotJson {
                line,
                column,
                truncated,
            } => {
                if *truncated {
                    tr!("session-error-truncated", line = *line, column = *column)
                } else {
                    tr!("session-error-not-json", line = *line, column = *column)
                }
            }
            SessionError::NotASession => tr!("session-error-not-a-session"),
            SessionError::Version { found, supported } => {
                let (found, supported) = (*found, u64::from(*supported));
                if found > supported {
                    tr!("session-error-newer", found = found, supported = supported)
                } else {
                    tr!("session-error-version", found = found, supported = supported)
                }
            }
            SessionError::Damaged {
                section: Some(section),
                line,
                column,
                detail,
            } => tr!(
                "session-error-damaged-in",
                section = *section,
                line = *line,
                column = *column,
                detail = detail.as_str()
            ),
            SessionError::Damaged {
                section: None,
                line,
                column,
                detail,
            } => tr!(
                "session-error-damaged",
                line = *line,
                column = *column,
                detail = detail.as_str()
            ),
            SessionError::ProgressTooLarge { epoch, samples, max } => tr!(
                "session-error-progress",
                epoch = epoch.to_string(),
                samples = samples.to_string(),
                max = max.to_string()
            ),
            SessionError::TooManyCheckpoints { found, max } => {
                tr!("session-error-too-many-checkpoints", found = *found, max = *max)
            }
            SessionError::CheckpointEpoch { index, epoch, last } => tr!(
                "session-error-checkpoint-epoch",
                index = *index,
                epoch = *epoch,
                last = *last
            ),
            SessionError::Checkpoint { index, source } => {
                tr!("session-error-checkpoint", index = *index, reason = source.to_string())
            }
            SessionError::Classes { network, dataset } => {
                tr!("session-error-classes", network = *network, dataset = *dataset)
            }
            SessionError::LayerCount { stored, expected } => {
                tr!("session-error-layer-count", stored = *stored, expected = *expected)
            }
            SessionError::LayerActivation {
                layer,
                stored,
                expected,
            } => tr!(
                "session-error-layer-activation",
                layer = *layer,
                stored = activation_name(*stored),
                expected = activation_name(*expected)
            ),
            SessionError::LayerShape { layer, rows, cols } => {
                tr!("session-error-layer-shape", layer = *layer, rows = *rows, cols = *cols)
            }
            SessionError::NotFinite { layer, value } => {
                tr!("session-error-not-finite", layer = *layer, value = value.to_string())
            }
            SessionError::Data(e) => tr!("session-error-data", reason = e.to_string()),
            SessionError::Config(e) => tr!("session-error-config", reason = e.to_string()),
            SessionError::Network(e) => tr!("session-error-network", reason = e.to_string()),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for KerasError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            // Keras names its activations as the command line does
            // (heaviside, sign): that is the name a learner looks up.
            KerasError::StepActivation { layer, activation } => tr!(
                "keras-error-step-activation",
                layer = *layer,
                activation = activation.name()
            ),
            KerasError::NoPoints => tr!("keras-error-no-points"),
            KerasError::Session(e) => e.to_string(),
            KerasError::Network(e) => e.to_string(),
            KerasError::DataFileTaken { path } => {
                tr!("export-data-file-taken", path = path.display().to_string())
            }
            KerasError::Io { path, source } => tr!(
                "keras-error-io",
                path = path.display().to_string(),
                reason = io_reason(source)
            ),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for GifError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            GifError::NoCheckpoints => tr!("gif-error-no-checkpoints"),
            GifError::BadView { min, max } => tr!("gif-error-bad-view", min = *min, max = *max),
            GifError::BadFrames(n) => tr!("gif-error-bad-frames", frames = *n, max = crate::render::MAX_FRAMES),
            GifError::Mismatch(epoch) => tr!("gif-error-mismatch", epoch = *epoch),
            GifError::Font(e) => e.to_string(),
            GifError::Cancelled => tr!("export-cancelled"),
            GifError::Encode(detail) => tr!("gif-error-encode", reason = detail.as_str()),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for FontError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FontError::Unreadable(detail) => f.write_str(&tr!("font-error-unreadable", reason = detail.as_str())),
        }
    }
}
