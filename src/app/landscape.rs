//! The network tab's loss landscape (View ▸ Loss landscape): the training
//! loss on a 2-D slice of weight space through the current weights, along
//! the principal components of the run's checkpoints or two random
//! directions ([`crate::train::landscape`]). It is computed on a thread of
//! its own (a cell per step, in slices of the page's frames in a browser
//! tab; see `super::job`) from copies of the latest snapshot's network and
//! checkpoints (like the GIF export: the training worker keeps training),
//! with its progress and a Cancel in the view; the view (`landscape/view_ui.rs`)
//! draws the heat map, its contours, the path and the current point.

mod view_ui;

use std::sync::Arc;

pub use view_ui::LANDSCAPE_PLOT_ID;
pub(super) use view_ui::{landscape_ui, view_switch_ui};

use super::job::{Job, Polled};
use crate::data::{Dataset, design};
use crate::i18n::Message;
use crate::train::landscape::{Landscape, LandscapeError, LandscapeRequest, LandscapeRun, flatten};
use crate::train::{Snapshot, TrainConfig};

/// A slice and what it was computed from.
#[derive(Debug)]
pub struct Computed {
    /// The slice.
    pub landscape: Landscape,
    /// The weights it goes through, flattened.
    pub center: Vec<f64>,
    /// The epoch of those weights.
    pub epoch: u64,
    /// The data revision they were trained on.
    pub data_revision: u64,
}

/// The landscape view's state: what to compute, the job, the last result.
pub struct LandscapeView {
    /// Grid size, span, directions and seed for the next computation.
    pub request: LandscapeRequest,
    job: Option<Job<Result<Computed, LandscapeError>>>,
    /// The last slice computed.
    pub result: Option<Arc<Computed>>,
    /// Why the last computation failed or stopped: a value, put into the
    /// learner's words each time it is drawn.
    pub message: Option<Message>,
    /// The plot on screen (for File ▸ Export image).
    pub rect: egui::Rect,
    /// Where the marked point was drawn last frame, (α, β): the checkpoint
    /// the replay slider shows, else the network now.
    pub marker: Option<[f64; 2]>,
    /// Drawing caches of the current result.
    cache: view_ui::Cache,
}

impl Default for LandscapeView {
    fn default() -> Self {
        Self {
            // A little wider than the path (which PCA scales to ±1).
            request: LandscapeRequest {
                span: 1.25,
                ..LandscapeRequest::default()
            },
            job: None,
            result: None,
            message: None,
            rect: egui::Rect::NOTHING,
            marker: None,
            cache: view_ui::Cache::default(),
        }
    }
}

impl LandscapeView {
    /// Cells done and in all, while a computation runs.
    pub fn progress(&self) -> Option<(usize, usize)> {
        Some(self.job.as_ref()?.progress())
    }

    /// Whether the view should start a computation by itself: nothing
    /// computed, nothing running, and no failure to show instead.
    pub fn wants_first(&self) -> bool {
        self.result.is_none() && self.job.is_none() && self.message.is_none()
    }

    /// Starts computing the slice through `snapshot`'s network on the
    /// training points of `dataset` (revision `revision`), replacing a
    /// computation under way; `ctx` is woken as it progresses.
    pub fn start(
        &mut self,
        snapshot: &Snapshot,
        dataset: &Arc<Dataset>,
        revision: u64,
        config: &TrainConfig,
        ctx: &egui::Context,
    ) {
        self.cancel();
        let net = snapshot.net.clone();
        let checkpoints = snapshot.checkpoints.to_vec();
        let masks = snapshot.masks.clone();
        let epoch = snapshot.epoch;
        let dataset = Arc::clone(dataset);
        let features = config.features.clone();
        let request = self.request;
        let mut run = None;
        self.job = Some(Job::spawn(ctx, move |reporter| {
            // A cell per step (see `Job`); the first step reads the
            // training rows and starts the slice.
            let (train, slice) = match &mut run {
                Some(started) => started,
                None => {
                    let train = design(&dataset, &features, false);
                    match LandscapeRun::start(&net, &checkpoints, &train, &masks, &request) {
                        Ok(slice) => run.insert((train, slice)),
                        Err(e) => return Some(Err(e)),
                    }
                }
            };
            let finished = slice.step(train);
            let (done, total) = slice.progress();
            if !reporter.report(done, total) {
                return Some(Err(LandscapeError::Cancelled));
            }
            let landscape = run.take_if(|_| finished)?.1.finish();
            Some(Ok(Computed {
                landscape,
                center: flatten(&net),
                epoch,
                data_revision: revision,
            }))
        }));
        self.message = None;
    }

    /// Asks a running computation to stop (it ends after its current cell)
    /// and says so.
    pub fn cancel(&mut self) {
        if let Some(job) = self.job.take() {
            job.cancel();
            self.message = Some(Message::Landscape(LandscapeError::Cancelled));
        }
    }

    /// Takes in a finished computation; returns whether one finished.
    pub fn poll(&mut self) -> bool {
        let Some(job) = self.job.as_mut() else {
            return false;
        };
        match job.poll() {
            Polled::Running => return false,
            Polled::Done(Ok(computed)) => {
                self.result = Some(Arc::new(computed));
                self.cache = view_ui::Cache::default();
            }
            Polled::Done(Err(e)) => self.message = Some(Message::Landscape(e)),
            Polled::Lost => self.message = Some(Message::LandscapeStopped),
        }
        self.job = None;
        true
    }
}
