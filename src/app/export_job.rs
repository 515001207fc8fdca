//! File ▸ Export training animation…: the GIF of the decision boundary
//! across the weight checkpoints (and the present network), made by
//! [`crate::render::GifRender`] a frame per step as a [`Job`] (a thread of
//! its own on the desktop, slices of the page's frames in a browser tab) so
//! the window keeps drawing, with its progress in the status bar and a
//! Cancel, and written through the one writer ([`crate::fsutil`]).

use std::path::PathBuf;
use std::sync::Arc;

use egui::Ui;

use super::job::{Job, Polled, Reporter};
use crate::tr;

use crate::app::context::Action;
use crate::data::Dataset;
use crate::fsutil::Destination;
use crate::i18n::Message;
use crate::render::colors::Style;
use crate::render::{
    AnimationRequest, DEFAULT_FONT, DEFAULT_FRAMES, DEFAULT_SIZE, ExportError, GifRender, epoch_label,
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
        let mut export = Export {
            view: GridSpec::around(&input.dataset, DEFAULT_SIZE),
            input,
            path,
            started: None,
        };
        self.job = Some(Job::spawn(&ctx, move |reporter| match export.step(reporter) {
            Ok(None) => None,
            Ok(Some(message)) | Err(message) => Some(Action::Notify(message)),
        }));
    }

    /// The outcome of a finished export, as a message.
    pub(super) fn poll(&mut self) -> Option<Action> {
        let action = match self.job.as_mut()?.poll() {
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

/// An export under way: what it draws, where it goes, and once started the
/// checked destination and the GIF so far.
struct Export {
    input: Input,
    view: GridSpec,
    path: PathBuf,
    started: Option<(Destination, GifRender)>,
}

impl Export {
    /// One frame (the first call checks where it goes first, so an
    /// unwritable path is told at once, not after every frame has been
    /// drawn; the last writes the file): the final message once there is one.
    fn step(&mut self, reporter: &Reporter) -> Result<Option<Message>, Message> {
        let input = &self.input;
        let request = AnimationRequest {
            checkpoints: &input.checkpoints,
            dataset: &input.dataset,
            config: &input.config,
            view: self.view,
            style: input.style,
            frames: DEFAULT_FRAMES,
            font: DEFAULT_FONT,
            label: &epoch_label,
        };
        let failed = |e: ExportError| match e {
            ExportError::Cancelled => Message::GifCancelled,
            e => Message::GifFailed(e),
        };
        let (_, render) = match &mut self.started {
            Some(started) => started,
            None => {
                let path = self.path.clone();
                let to = crate::fsutil::prepare(&path).map_err(|source| Message::GifNotWritten { path, source })?;
                self.started.insert((to, GifRender::start(&request).map_err(failed)?))
            }
        };
        let finished = render.step(&request).map_err(failed)?;
        let (done, frames) = render.progress();
        if !reporter.report(done, frames) {
            return Err(Message::GifCancelled);
        }
        let Some((to, render)) = self.started.take_if(|_| finished) else {
            return Ok(None);
        };
        let path = self.path.clone();
        Ok(Some(match to.write(&render.finish()) {
            Ok(()) => Message::GifSaved { frames, path },
            Err(source) => Message::GifNotWritten { path, source },
        }))
    }
}
