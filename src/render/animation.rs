//! The training animation: the decision boundary at log-spaced epochs
//! across the weight checkpoints, one GIF frame each, with the epoch on
//! every frame. Shared by `nnlab train --gif` and the window's
//! File ▸ Export training animation…

use std::sync::Arc;

use image::codecs::gif::{GifEncoder, Repeat};
use image::{Delay, Frame, RgbaImage};

use super::colors::Style;
use super::frame::{Scene, render_frame};
use super::text::{Font, FontError};
use crate::data::Dataset;
use crate::train::{Checkpoint, GridEvaluator, GridSpec, HistoryPoint, TrainConfig};

/// Frames of an animation unless asked otherwise.
pub const DEFAULT_FRAMES: usize = 60;
/// Pixels per side of an animation unless asked otherwise (the command
/// line's and the window's): about 1 MB for 60 frames.
pub const DEFAULT_SIZE: usize = 360;
/// Most frames an animation may have.
pub const MAX_FRAMES: usize = 1000;
/// Smallest picture side in pixels (below it the label no longer fits).
const MIN_SIZE: usize = 64;
/// How long each frame shows, and the last one (so the end can be seen).
const FRAME_MS: u32 = 100;
const LAST_FRAME_MS: u32 = 2000;
/// NeuQuant's sampling step (1 best … 30 fastest): 10 keeps the smooth
/// boundary gradients clean at a few tens of milliseconds per frame.
const QUANTIZER_SPEED: i32 = 10;

/// Why no animation was made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// There is nothing to animate yet.
    NoCheckpoints,
    /// The view is not a finite region, or the size is outside `min..=max`
    /// pixels per side.
    BadView {
        /// Fewest pixels per side.
        min: usize,
        /// Most pixels per side.
        max: usize,
    },
    /// The number of frames is out of range.
    BadFrames(usize),
    /// A checkpoint's network does not take the configured features.
    Mismatch(u64),
    /// The label's font cannot be read.
    Font(#[from] FontError),
    /// The caller asked to stop.
    Cancelled,
    /// The GIF encoder failed (its own words).
    Encode(String),
}

/// Everything an animation is made from.
pub struct AnimationRequest<'a> {
    /// The weight checkpoints, oldest first (a trainer's, a snapshot's or a session's).
    pub checkpoints: &'a [Arc<Checkpoint>],
    /// The data drawn on every frame.
    pub dataset: &'a Dataset,
    /// The settings the checkpoints were trained with (their input features).
    pub config: &'a TrainConfig,
    /// The region shown and the picture's pixels per side (its resolution).
    pub view: GridSpec,
    /// How the boundary is coloured.
    pub style: Style,
    /// Frames wanted (fewer if there are fewer checkpoints).
    pub frames: usize,
    /// The label font's bytes (TTF/OTF/TTC), e.g. [`super::DEFAULT_FONT`].
    pub font: &'a [u8],
    /// The label of each frame, e.g. [`epoch_label`].
    pub label: &'a dyn Fn(&HistoryPoint) -> String,
}

/// "epoch 1,234 · loss 0.213" (in the current language): the default frame label.
pub fn epoch_label(p: &HistoryPoint) -> String {
    let digits = p.epoch.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    crate::tr!(
        "gif-epoch-label",
        epoch = grouped,
        loss = format!("{:.3}", p.train_loss)
    )
}

/// Which checkpoints (indices into `epochs`, increasing) make `frames`
/// frames evenly spaced in ln(1 + epoch) from the first to the last: for
/// each target the nearest checkpoint not used yet, first and last always.
/// Exactly `min(frames, epochs.len())` frames: the early checkpoints lie
/// closer in ln(1 + epoch) than the targets at the start of a run, and
/// taking each one only once used to leave a "60-frame" GIF 50 frames
/// long; a target whose nearest checkpoint is taken gets the next one.
pub fn frame_indices(epochs: &[u64], frames: usize) -> Vec<usize> {
    let Some(&last) = epochs.last() else {
        return Vec::new();
    };
    let log = |e: u64| (1.0 + e as f64).ln();
    let (lo, hi) = (log(epochs[0]), log(last));
    let n = frames.max(1).min(epochs.len());
    let mut out: Vec<usize> = Vec::with_capacity(n);
    let mut k = 0;
    for f in 0..n {
        let target = if n == 1 {
            hi
        } else {
            lo + (hi - lo) * f as f64 / (n - 1) as f64
        };
        while k + 1 < epochs.len() && (log(epochs[k + 1]) - target).abs() <= (log(epochs[k]) - target).abs() {
            k += 1;
        }
        // After the frame before, and leaving one checkpoint for each
        // frame still to come.
        let least = out.last().map_or(0, |&p| p + 1);
        let most = epochs.len() - (n - f);
        out.push(k.clamp(least, most));
    }
    out
}

/// Renders the animation and returns the GIF's bytes (it loops forever).
/// `progress(done, total)` is called after each frame; returning `false`
/// stops the export with [`ExportError::Cancelled`].
pub fn export_gif(
    request: &AnimationRequest<'_>,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Vec<u8>, ExportError> {
    let mut render = GifRender::start(request)?;
    loop {
        let before = render.progress().0;
        let finished = render.step(request)?;
        let (done, total) = render.progress();
        // Once per frame written (a step may only have drawn one).
        if done > before && !progress(done, total) {
            return Err(ExportError::Cancelled);
        }
        if finished {
            return Ok(render.finish());
        }
    }
}

/// An animation made a half frame per [`GifRender::step`] (one draws the
/// picture, the next quantizes and encodes it), so a caller without threads
/// (a browser tab) can spread the work over the frames it draws;
/// [`export_gif`] runs it to the end. Each step is given the same request
/// [`GifRender::start`] checked.
pub struct GifRender {
    chosen: Vec<usize>,
    done: usize,
    /// The next frame's picture, drawn and not yet encoded.
    drawn: Option<RgbaImage>,
    eval: GridEvaluator,
    encoder: Option<GifEncoder<SharedBytes>>,
    bytes: SharedBytes,
}

/// The GIF's bytes, kept by the encoder while it writes and taken when it
/// is done (the encoder only writes the file's end when dropped).
#[derive(Clone, Default)]
struct SharedBytes(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for SharedBytes {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut bytes = self.0.lock().map_err(|_| std::io::Error::other("poisoned"))?;
        bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn encode_error(e: image::ImageError) -> ExportError {
    ExportError::Encode(e.to_string())
}

impl GifRender {
    /// Checks `request` and starts the GIF (no frame drawn yet).
    pub fn start(request: &AnimationRequest<'_>) -> Result<Self, ExportError> {
        let view = request.view;
        if !view.is_valid() || view.resolution < MIN_SIZE {
            return Err(ExportError::BadView {
                min: MIN_SIZE,
                max: GridSpec::MAX_RESOLUTION,
            });
        }
        if request.frames == 0 || request.frames > MAX_FRAMES {
            return Err(ExportError::BadFrames(request.frames));
        }
        if request.checkpoints.is_empty() {
            return Err(ExportError::NoCheckpoints);
        }
        let features = &request.config.features;
        if let Some(bad) = request.checkpoints.iter().find(|c| c.net.inputs() != features.len()) {
            return Err(ExportError::Mismatch(bad.point.epoch));
        }
        Font::new(request.font)?;
        let epochs: Vec<u64> = request.checkpoints.iter().map(|c| c.point.epoch).collect();
        let bytes = SharedBytes::default();
        let mut encoder = GifEncoder::new_with_speed(bytes.clone(), QUANTIZER_SPEED);
        encoder.set_repeat(Repeat::Infinite).map_err(encode_error)?;
        Ok(Self {
            chosen: frame_indices(&epochs, request.frames),
            done: 0,
            drawn: None,
            eval: GridEvaluator::default(),
            encoder: Some(encoder),
            bytes,
        })
    }

    /// Frames written and frames in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.done, self.chosen.len())
    }

    /// Draws the next frame, or encodes the one drawn; true once the last
    /// one is written.
    pub fn step(&mut self, request: &AnimationRequest<'_>) -> Result<bool, ExportError> {
        let (Some(&i), Some(encoder)) = (self.chosen.get(self.done), self.encoder.as_mut()) else {
            return Ok(true);
        };
        let Some(image) = self.drawn.take() else {
            let font = Font::new(request.font)?;
            let scene = Scene {
                dataset: request.dataset,
                features: &request.config.features,
                view: request.view,
                style: request.style,
                font: &font,
            };
            let checkpoint = &request.checkpoints[i];
            let picture = render_frame(
                &scene,
                &mut self.eval,
                &checkpoint.net,
                &(request.label)(&checkpoint.point),
            );
            let side = picture.size as u32;
            let image = RgbaImage::from_raw(side, side, picture.rgba)
                .ok_or_else(|| ExportError::Encode("frame size mismatch".into()))?;
            self.drawn = Some(image);
            return Ok(false);
        };
        self.done += 1;
        let ms = if self.done == self.chosen.len() {
            LAST_FRAME_MS
        } else {
            FRAME_MS
        };
        encoder
            .encode_frame(Frame::from_parts(image, 0, 0, Delay::from_numer_denom_ms(ms, 1)))
            .map_err(encode_error)?;
        Ok(self.done == self.chosen.len())
    }

    /// The GIF's bytes (all frames written so far, and the file's end).
    pub fn finish(mut self) -> Vec<u8> {
        drop(self.encoder.take());
        std::mem::take(&mut *self.bytes.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_are_log_spaced_and_include_both_ends() {
        let epochs: Vec<u64> = (0..=1000).collect();
        let idx = frame_indices(&epochs, 4);
        // Targets e^(k·ln 1001 / 3) − 1: 0, 9, 99.1, 1000.
        assert_eq!(idx, vec![0, 9, 99, 1000]);
        let few = [0u64, 5, 50];
        assert_eq!(frame_indices(&few, 60), vec![0, 1, 2], "each checkpoint once");
        assert_eq!(frame_indices(&few, 1), vec![2], "one frame: the end");
        assert!(frame_indices(&[], 5).is_empty());
    }

    #[test]
    fn a_run_with_enough_checkpoints_gives_exactly_the_frames_asked() {
        // The checkpoints training keeps: 0, 1, 2, … then ×1.05 each time.
        let mut epochs = vec![0u64];
        while *epochs.last().unwrap_or(&0) < 2000 {
            let e = *epochs.last().unwrap_or(&0);
            epochs.push((e + 1).max((e as f64 * 1.05) as u64));
        }
        for frames in [DEFAULT_FRAMES, 10, 2] {
            let idx = frame_indices(&epochs, frames);
            assert_eq!(idx.len(), frames, "{frames} frames asked");
            assert!(idx.windows(2).all(|w| w[0] < w[1]), "each checkpoint once, in order");
            assert_eq!((idx[0], idx[frames - 1]), (0, epochs.len() - 1));
        }
    }

    #[test]
    fn labels_group_thousands() {
        let mut p = HistoryPoint {
            epoch: 1_234_567,
            train_loss: 0.21349,
            test_loss: None,
            train_accuracy: None,
            test_accuracy: None,
        };
        assert_eq!(epoch_label(&p), "epoch 1,234,567 · loss 0.213");
        p.epoch = 999;
        assert_eq!(epoch_label(&p), "epoch 999 · loss 0.213");
    }
}
