//! A job off the window's thread, as [`super::spawn`] starts it: a thread
//! on the desktop; in a browser tab (`wasm32-unknown-unknown` has no
//! threads) the job runs to its end when started and its outcome waits
//! here. Callers ask the same two things either way.

/// What a panicking job leaves: the payload `panic!` was given.
pub(super) type Panic = Box<dyn std::any::Any + Send + 'static>;

/// A started job and, once it has ended, its outcome.
pub struct Task<T>(Inner<T>);

#[cfg(not(target_arch = "wasm32"))]
type Inner<T> = std::thread::JoinHandle<T>;

#[cfg(target_arch = "wasm32")]
type Inner<T> = Option<T>;

#[cfg(not(target_arch = "wasm32"))]
impl<T: Send + 'static> Task<T> {
    pub(super) fn start(job: impl FnOnce() -> T + Send + 'static) -> Self {
        Self(std::thread::spawn(job))
    }

    /// Whether the job has ended (then [`Task::join`] does not wait).
    pub fn is_finished(&self) -> bool {
        self.0.is_finished()
    }

    /// The outcome, waiting for it if need be; `Err` if the job panicked.
    pub fn join(self) -> Result<T, Panic> {
        self.0.join()
    }
}

#[cfg(target_arch = "wasm32")]
impl<T: Send + 'static> Task<T> {
    pub(super) fn start(job: impl FnOnce() -> T + Send + 'static) -> Self {
        Self(Some(job()))
    }

    /// Always true: the job ran when it was started.
    pub fn is_finished(&self) -> bool {
        true
    }

    /// The outcome (a panic in a browser tab stops the page instead).
    pub fn join(self) -> Result<T, Panic> {
        self.0.ok_or_else(|| Box::new("the job left no outcome") as Panic)
    }
}
