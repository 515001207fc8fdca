//! File ▸ Export training animation…: the GIF of the decision boundary
//! across the weight checkpoints (and the present network), made by
//! [`crate::render::export_gif`] on a background thread so the window keeps
//! drawing, with its progress in the status bar and a Cancel, and written
//! through the one writer ([`crate::fsutil::write`]).

use std::path::PathBuf;
use std::sync::Arc;

use egui::Ui;

use super::job::{Job, Polled};
use crate::tr;

use crate::app::context::Action;
use crate::data::Dataset;
use crate::i18n::Message;
use crate::render::colors::Style;
use crate::render::{
    AnimationRequest, DEFAULT_FONT, DEFAULT_FRAMES, DEFAULT_SIZE, ExportError, epoch_label, export_gif,
};
use crate::train::{Checkpoint, GridSpec, HistoryPoint, Snapshot, TrainConfig};

/// The animation export, when one runs.
#[derive(Default)]
pub(super) struct AnimationExport {
    job: Option<Job<Action>>,
}

/// What an animation is made of, owned by the job.
struct Input {
    checkpoints: Vec<Arc<Checkpoint>>,
    dataset: Arc<Dataset>,
    config: TrainConfig,
    style: Style,
}

impl AnimationExport {
    /// Frames written and frames in all, while an export runs.
    pub(super) fn progress(&self) -> Option<(usize, usize)> {
        Some(self.job.as_ref()?.progress())
    }

    /// Asks the running export to stop after its current frame.
    pub(super) fn cancel(&self) {
        if let Some(job) = &self.job {
            job.cancel();
        }
    }

    /// Starts writing the animation of `input` to `path`; `ctx` is woken
    /// after every frame.
    fn start(&mut self, input: Input, path: PathBuf, ctx: egui::Context) {
        self.job = Some(Job::spawn(&ctx, move |reporter| {
            // Where it goes is checked first: an unwritable path is told
            // at once, not after every frame has been drawn.
            let to = match crate::fsutil::prepare(&path) {
                Ok(to) => to,
                Err(source) => return Action::Notify(Message::GifNotWritten { path, source }),
            };
            let request = AnimationRequest {
                checkpoints: &input.checkpoints,
                dataset: &input.dataset,
                config: &input.config,
                view: GridSpec::around(&input.dataset, DEFAULT_SIZE),
                style: input.style,
                frames: DEFAULT_FRAMES,
                font: DEFAULT_FONT,
                label: &epoch_label,
            };
            let mut frames = 0;
            let result = export_gif(&request, &mut |d, t| {
                frames = t;
                reporter.report(d, t)
            });
            Action::Notify(match result.map(|bytes| to.write(&bytes)) {
                Ok(Ok(())) => Message::GifSaved { frames, path },
                Ok(Err(source)) => Message::GifNotWritten { path, source },
                Err(ExportError::Cancelled) => Message::GifCancelled,
                Err(e) => Message::GifFailed(e),
            })
        }));
    }

    /// The outcome of a finished export, as a message.
    pub(super) fn poll(&mut self) -> Option<Action> {
        let action = match self.job.as_ref()?.poll() {
            Polled::Running => return None,
            Polled::Done(action) => action,
            Polled::Lost => Action::Notify(Message::GifStopped),
        };
        self.job = None;
        Some(action)
    }
}

/// The status bar's part while an export runs: progress and Cancel.
pub(super) fn export_status_ui(ui: &mut Ui, progress: Option<(usize, usize)>) -> Option<Action> {
    let (done, total) = progress?;
    ui.separator();
    let fraction = if total == 0 { 0.0 } else { done as f32 / total as f32 };
    ui.add(egui::ProgressBar::new(fraction).desired_width(120.0).text(tr!(
        "export-progress",
        done = done,
        total = total
    )));
    ui.button(tr!("export-cancel"))
        .on_hover_text(tr!("export-cancel-hover"))
        .clicked()
        .then_some(Action::CancelExport)
}

/// The snapshot's checkpoints, and the present network after them when it
/// is newer (so the animation ends where training is).
fn frames_of(s: &Snapshot) -> Vec<Arc<Checkpoint>> {
    let mut list = s.checkpoints.to_vec();
    if list.last().is_none_or(|c| c.point.epoch < s.epoch) {
        let train = s.figures.as_ref().and_then(|f| f.train.as_ref());
        let test = s.figures.as_ref().and_then(|f| f.test.as_ref());
        let point = HistoryPoint {
            epoch: s.epoch,
            train_loss: train.map_or_else(|| s.history.last().map_or(f64::NAN, |p| p.train_loss), |m| m.loss),
            test_loss: test.map(|m| m.loss),
            train_accuracy: train.and_then(|m| m.accuracy),
            test_accuracy: test.and_then(|m| m.accuracy),
        };
        list.push(Arc::new(Checkpoint {
            point,
            net: s.net.clone(),
        }));
    }
    list
}

impl AnimationExport {
    /// Starts the export to `path` of the latest snapshot's checkpoints and
    /// network over `dataset`; refuses while one runs or before the first
    /// snapshot (the applier shows the message).
    pub(super) fn start_from(
        &mut self,
        snapshot: Option<&Snapshot>,
        dataset: &Arc<Dataset>,
        config: &TrainConfig,
        discretize: bool,
        path: PathBuf,
        ctx: &egui::Context,
    ) -> Result<(), Message> {
        if self.progress().is_some() {
            return Err(Message::GifAlreadyRunning);
        }
        let s = snapshot.ok_or(Message::NoNetworkYet)?;
        let input = Input {
            checkpoints: frames_of(s),
            dataset: Arc::clone(dataset),
            config: config.clone(),
            style: Style::for_dataset(dataset, discretize),
        };
        self.start(input, path, ctx.clone());
        Ok(())
    }
}
