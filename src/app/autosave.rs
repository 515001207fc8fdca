//! Autosave and crash recovery, without any UI: the current session is
//! written to the app's data folder every few minutes and on exit, and a
//! marker file says "nnlab is running". A clean exit removes the marker;
//! a launch that finds it (left by a process that is gone) next to an
//! autosaved session offers to restore that session.
//!
//! Files in the folder: [`SESSION_FILE`] (an ordinary session, written
//! atomically) and [`MARKER_FILE`] (the running process's id).
//!
//! In a browser tab the same calls keep the session in local storage
//! (`web`).

// The browser's autosave (`web`) uses only the shared types of this file.
#![cfg_attr(target_arch = "wasm32", allow(unused_imports))]

use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

use crate::i18n::Message;
use crate::session::{Session, SessionError};

/// Time between two autosaves.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(120);
/// The autosaved session, in the data folder.
pub const SESSION_FILE: &str = "autosave-session.json";
/// Present while an nnlab window runs; holds its process id.
pub const MARKER_FILE: &str = "running.pid";

/// Why an autosave did not write its file. Either way the same state is
/// saved again at the next interval.
#[derive(Debug)]
#[non_exhaustive]
pub enum AutosaveError {
    /// Writing the session failed (disk full, folder removed, …).
    Save(SessionError),
    /// The thread writing the session panicked (the panic's own text, for
    /// the log); without this report autosave would stop for good, silently.
    Crashed(String),
}

impl From<SessionError> for AutosaveError {
    fn from(e: SessionError) -> Self {
        AutosaveError::Save(e)
    }
}

impl AutosaveError {
    /// What the window says; a crash's own text goes to the log here.
    pub fn into_message(self) -> Message {
        match self {
            AutosaveError::Save(e) => Message::AutosaveFailed(e),
            AutosaveError::Crashed(panic) => {
                eprintln!("nnlab: the autosave thread panicked: {panic}");
                Message::AutosaveCrashed
            }
        }
    }
}

/// What a launch finds in the data folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Startup {
    /// The last run exited cleanly (or there was none): nothing to offer.
    Fresh,
    /// The last run did not exit cleanly and left a session: offer it.
    OfferRestore,
    /// Another nnlab window is running and owns the folder: this one does
    /// not autosave, so neither overwrites the other's recovery file.
    OtherInstance,
}

/// Decides what a launch does. `marker` is the process id in the marker
/// file (`Some(0)` if the file exists but cannot be read), `alive` whether
/// a process id belongs to a running nnlab.
pub fn decide(autosave_exists: bool, marker: Option<u32>, own_pid: u32, alive: impl Fn(u32) -> bool) -> Startup {
    match marker {
        None => Startup::Fresh,
        Some(pid) if pid != 0 && pid != own_pid && alive(pid) => Startup::OtherInstance,
        Some(_) if autosave_exists => Startup::OfferRestore,
        Some(_) => Startup::Fresh,
    }
}

/// Whether `pid` is a running process of the same program as this one
/// (Linux: compares `/proc/PID/exe`; elsewhere unknown, so `false`).
pub fn nnlab_is_running(pid: u32) -> bool {
    let exe = |p: &str| std::fs::read_link(format!("/proc/{p}/exe")).ok();
    match (exe(&pid.to_string()), exe("self")) {
        (Some(theirs), Some(ours)) => theirs == ours,
        _ => false,
    }
}

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::Autosave;

/// The autosave state of one window.
#[cfg(not(target_arch = "wasm32"))]
pub struct Autosave {
    dir: PathBuf,
    startup: Startup,
    interval: Duration,
    last_save: Instant,
    /// What the last autosave captured (data revision, snapshot sequence).
    last_key: Option<(u64, u64)>,
    /// A save running in the background (joined to see whether it
    /// panicked).
    job: Option<JoinHandle<Result<(), SessionError>>>,
    /// When the session on offer was written (read once, at launch).
    written: Option<SystemTime>,
    /// Writes a session to a path: [`Session::save`], or a failure
    /// injected by a test.
    writer: Writer,
}

/// How an autosave writes its file.
#[cfg(not(target_arch = "wasm32"))]
type Writer = fn(&Session, &Path) -> Result<(), SessionError>;

#[cfg(not(target_arch = "wasm32"))]
impl Autosave {
    /// Looks at `dir` (creating it), decides what to offer, and marks this
    /// process as running unless another window owns the folder.
    pub fn open(dir: &Path, interval: Duration) -> Self {
        let _ = std::fs::create_dir_all(dir);
        let marker = std::fs::read_to_string(dir.join(MARKER_FILE))
            .ok()
            .map(|t| t.trim().parse::<u32>().unwrap_or(0));
        let own = std::process::id();
        let startup = decide(dir.join(SESSION_FILE).is_file(), marker, own, nnlab_is_running);
        if startup != Startup::OtherInstance {
            let _ = crate::fsutil::write_atomic(&dir.join(MARKER_FILE), own.to_string().as_bytes());
        }
        let written = std::fs::metadata(dir.join(SESSION_FILE))
            .and_then(|m| m.modified())
            .ok();
        Self {
            dir: dir.to_path_buf(),
            startup,
            interval,
            last_save: Instant::now(),
            last_key: None,
            job: None,
            written,
            writer: Session::save,
        }
    }

    /// What this launch found.
    pub fn startup(&self) -> Startup {
        self.startup
    }

    /// The autosaved session's path.
    pub fn session_path(&self) -> PathBuf {
        self.dir.join(SESSION_FILE)
    }

    /// How long ago the autosaved session found at launch was written, if
    /// known (asked every frame while the restore dialog is open, so the
    /// file's time is read once, not per frame).
    pub fn age(&self) -> Option<Duration> {
        SystemTime::now().duration_since(self.written?).ok()
    }

    /// Whether autosaves are written (not while a restore is on offer, nor
    /// when another window owns the folder).
    pub fn active(&self) -> bool {
        self.startup == Startup::Fresh
    }

    /// Whether it is time for an autosave of the state tagged `key`
    /// (nothing is written if the state has not changed).
    pub fn due(&self, key: (u64, u64)) -> bool {
        self.active() && self.job.is_none() && self.last_key != Some(key) && self.last_save.elapsed() >= self.interval
    }

    /// Writes `session` in the background (atomically); `key` tags it.
    pub fn save(&mut self, session: Session, key: (u64, u64)) {
        let path = self.session_path();
        let writer = self.writer;
        self.job = Some(std::thread::spawn(move || writer(&session, &path)));
        self.last_key = Some(key);
        self.last_save = Instant::now();
    }

    /// The outcome of a background save, once it has finished: `Ok`, the
    /// write's error, or [`AutosaveError::Crashed`] if its thread panicked.
    /// After an error the state counts as unsaved, so [`Autosave::due`]
    /// asks for it again at the next interval.
    pub fn poll(&mut self) -> Option<Result<(), AutosaveError>> {
        let job = self.job.take_if(|j| j.is_finished())?;
        let result = join(job);
        if result.is_err() {
            self.last_key = None;
        }
        Some(result)
    }

    /// Reads the autosaved session; autosaving resumes either way.
    pub fn restore(&mut self) -> Result<Session, SessionError> {
        self.startup = Startup::Fresh;
        Session::load(&self.session_path())
    }

    /// Deletes the autosaved session; autosaving resumes.
    pub fn discard(&mut self) {
        self.startup = Startup::Fresh;
        let _ = std::fs::remove_file(self.session_path());
    }

    /// At exit: waits for a running save, writes `session` (if given and
    /// autosaving is active) and marks a clean exit. While a restore is
    /// still on offer nothing is written and the marker stays, so the next
    /// launch offers the same session again.
    pub fn finish(&mut self, session: Option<Session>) -> Result<(), AutosaveError> {
        if let Some(job) = self.job.take() {
            // Its outcome no longer matters: the save below replaces it.
            let _ = join(job);
        }
        match self.startup {
            Startup::OtherInstance | Startup::OfferRestore => return Ok(()),
            Startup::Fresh => {}
        }
        let saved = session.map_or(Ok(()), |s| (self.writer)(&s, &self.session_path()));
        let _ = std::fs::remove_file(self.dir.join(MARKER_FILE));
        Ok(saved?)
    }
}

/// Waits for a save's thread and tells how it ended.
#[cfg(not(target_arch = "wasm32"))]
fn join(job: JoinHandle<Result<(), SessionError>>) -> Result<(), AutosaveError> {
    match job.join() {
        Ok(saved) => Ok(saved?),
        Err(payload) => Err(AutosaveError::Crashed(crate::train::panic_message(payload.as_ref()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_decision_table() {
        let dead = |_| false;
        let alive = |_| true;
        assert_eq!(decide(true, None, 5, alive), Startup::Fresh, "clean exit");
        assert_eq!(decide(false, None, 5, dead), Startup::Fresh, "first launch");
        assert_eq!(decide(true, Some(9), 5, dead), Startup::OfferRestore, "crash");
        assert_eq!(
            decide(true, Some(0), 5, alive),
            Startup::OfferRestore,
            "unreadable marker"
        );
        assert_eq!(decide(false, Some(9), 5, dead), Startup::Fresh, "crash before any save");
        assert_eq!(decide(true, Some(9), 5, alive), Startup::OtherInstance);
        assert_eq!(decide(true, Some(5), 5, alive), Startup::OfferRestore, "our own old id");
    }

    /// A small session to autosave.
    fn session() -> Session {
        let params = crate::data::GenParams {
            points: 20,
            noise: 0.1,
            classes: 2,
            seed: 1,
        };
        let data = crate::data::generate(crate::data::Generator::Moons, &params).expect("valid parameters");
        let trainer = crate::train::Trainer::new(&data, crate::train::ValidConfig::default()).expect("valid config");
        Session::capture(&data, &trainer)
    }

    /// Polls until the running save has finished (a generous timeout
    /// guards against a hang, not a slow machine).
    fn wait(a: &mut Autosave) -> Option<Result<(), AutosaveError>> {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
            if let Some(r) = a.poll() {
                return Some(r);
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        None
    }

    #[test]
    fn a_crashed_autosave_is_reported_and_tried_again() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let mut a = Autosave::open(dir.path(), Duration::ZERO);
        a.writer = |_, _| panic!("disk on fire");
        let key = (1, 1);
        assert!(a.due(key));
        a.save(session(), key);
        let crashed = wait(&mut a);
        assert!(
            matches!(&crashed, Some(Err(AutosaveError::Crashed(m))) if m == "disk on fire"),
            "the crash is reported: {crashed:?}"
        );
        assert!(a.due(key), "the same state is saved again at the next interval");
        a.writer = Session::save;
        a.save(session(), key);
        assert!(wait(&mut a).is_some_and(|r| r.is_ok()));
        assert!(dir.path().join(SESSION_FILE).is_file());
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn this_process_counts_as_running_and_a_dead_id_does_not() {
        assert!(nnlab_is_running(std::process::id()));
        assert!(!nnlab_is_running(u32::MAX - 1));
    }
}
