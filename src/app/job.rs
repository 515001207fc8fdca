//! Work the window hands to a thread of its own (the training animation's
//! export, the loss landscape): the thread reports its progress and reads a
//! stop flag through a [`Reporter`]; the window reads the progress, asks it
//! to stop and polls its outcome, never waiting for it.

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
}

impl<T: Send + 'static> Job<T> {
    /// Runs `work` on a new thread (in the window's language); `ctx` is
    /// woken with every report and when the work ends.
    pub(super) fn spawn(ctx: &egui::Context, work: impl FnOnce(&Reporter) -> T + Send + 'static) -> Self {
        let (tx, outcome) = channel();
        let job = Self {
            done: Arc::default(),
            total: Arc::default(),
            cancel: Arc::default(),
            outcome,
        };
        let reporter = Reporter {
            done: Arc::clone(&job.done),
            total: Arc::clone(&job.total),
            cancel: Arc::clone(&job.cancel),
            ctx: ctx.clone(),
        };
        crate::i18n::spawn(move || {
            let result = work(&reporter);
            let _ = tx.send(result);
            reporter.ctx.request_repaint();
        });
        job
    }

    /// Steps done and steps in all, as last reported.
    pub(super) fn progress(&self) -> (usize, usize) {
        (self.done.load(Ordering::Relaxed), self.total.load(Ordering::Relaxed))
    }

    /// Asks the work to stop at its next report.
    pub(super) fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The outcome, once there is one.
    pub(super) fn poll(&self) -> Polled<T> {
        match self.outcome.try_recv() {
            Ok(t) => Polled::Done(t),
            Err(TryRecvError::Empty) => Polled::Running,
            Err(TryRecvError::Disconnected) => Polled::Lost,
        }
    }
}
