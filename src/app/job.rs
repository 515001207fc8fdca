//! Work the window hands to a thread of its own (the training animation's
//! export, the loss landscape): the thread reports its progress and reads a
//! stop flag through a [`Reporter`]; the window reads the progress, asks it
//! to stop and polls its outcome, never waiting for it.
//!
//! The work comes in steps (a frame of the animation, a cell of the
//! landscape), so that in a browser tab, which has no threads, it runs on
//! the page's thread a slice at a time: each poll (once per frame) runs
//! steps for at most the training worker's `FRAME_BUDGET`, and the page
//! keeps drawing, with the progress shown, while the work goes on.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// What the thread uses to say how far it is and to learn it should stop.
pub(super) struct Reporter {
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    ctx: egui::Context,
}

impl Reporter {
    /// Records `done` of `total` and wakes the window; returns false once
    /// the window asked the work to stop.
    pub(super) fn report(&self, done: usize, total: usize) -> bool {
        self.done.store(done, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        self.ctx.request_repaint();
        !self.cancel.load(Ordering::Relaxed)
    }
}

/// How a job stands when polled.
pub(super) enum Polled<T> {
    /// Still working.
    Running,
    /// Finished with this outcome.
    Done(T),
    /// The thread ended without an outcome (it panicked).
    Lost,
}

/// A job on its own thread, with its progress, stop flag and outcome.
pub(super) struct Job<T> {
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    outcome: Receiver<T>,
    /// The steps still to run on the page's thread, and where they report.
    #[cfg(target_arch = "wasm32")]
    steps: Option<(
        Box<dyn FnMut(&Reporter) -> Option<T>>,
        Reporter,
        std::sync::mpsc::Sender<T>,
    )>,
}

impl<T: Send + 'static> Job<T> {
    /// Runs `step` until it gives the outcome (each call does a little of
    /// the work and reports it): on a new thread (in the window's
    /// language); in a browser tab, a slice at each [`Job::poll`]. `ctx`
    /// is woken with every report and when the work ends.
    pub(super) fn spawn(ctx: &egui::Context, step: impl FnMut(&Reporter) -> Option<T> + Send + 'static) -> Self {
        let (tx, outcome) = channel();
        let job = Self {
            done: Arc::default(),
            total: Arc::default(),
            cancel: Arc::default(),
            outcome,
            #[cfg(target_arch = "wasm32")]
            steps: None,
        };
        let reporter = Reporter {
            done: Arc::clone(&job.done),
            total: Arc::clone(&job.total),
            cancel: Arc::clone(&job.cancel),
            ctx: ctx.clone(),
        };
        job.run(step, reporter, tx)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn run(
        self,
        mut step: impl FnMut(&Reporter) -> Option<T> + Send + 'static,
        reporter: Reporter,
        tx: std::sync::mpsc::Sender<T>,
    ) -> Self {
        crate::i18n::spawn(move || {
            let result = loop {
                if let Some(outcome) = step(&reporter) {
                    break outcome;
                }
            };
            let _ = tx.send(result);
            reporter.ctx.request_repaint();
        });
        self
    }

    #[cfg(target_arch = "wasm32")]
    fn run(
        mut self,
        step: impl FnMut(&Reporter) -> Option<T> + Send + 'static,
        reporter: Reporter,
        tx: std::sync::mpsc::Sender<T>,
    ) -> Self {
        reporter.ctx.request_repaint();
        self.steps = Some((Box::new(step), reporter, tx));
        self
    }

    /// Runs steps for at most the frame budget (a browser tab: see the
    /// module docs).
    #[cfg(target_arch = "wasm32")]
    fn run_slice(&mut self) {
        let Some((step, reporter, tx)) = self.steps.as_mut() else {
            return;
        };
        let end = web_time::Instant::now() + crate::train::FRAME_BUDGET;
        loop {
            if let Some(outcome) = step(reporter) {
                let _ = tx.send(outcome);
                reporter.ctx.request_repaint();
                self.steps = None;
                return;
            }
            if web_time::Instant::now() >= end {
                reporter.ctx.request_repaint();
                return;
            }
        }
    }

    /// Steps done and steps in all, as last reported.
    pub(super) fn progress(&self) -> (usize, usize) {
        (self.done.load(Ordering::Relaxed), self.total.load(Ordering::Relaxed))
    }

    /// Asks the work to stop at its next report.
    pub(super) fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The outcome, once there is one (in a browser tab, after running
    /// this frame's slice of the work).
    pub(super) fn poll(&mut self) -> Polled<T> {
        #[cfg(target_arch = "wasm32")]
        self.run_slice();
        match self.outcome.try_recv() {
            Ok(t) => Polled::Done(t),
            Err(TryRecvError::Empty) => Polled::Running,
            Err(TryRecvError::Disconnected) => Polled::Lost,
        }
    }
}
