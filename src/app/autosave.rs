//! Autosave and crash recovery, without any UI: the current session is
//! written to the window's autosave folder every few minutes and on exit,
//! and a marker file says "a window is running here". A clean exit removes
//! the marker; a launch that finds it (left by a window that is gone) next
//! to an autosaved session offers to restore that session.
//!
//! Several windows may run at once: each owns a folder of its own
//! ([`slots`]), so none overwrites another's autosave or removes another's
//! marker, and each keeps its own copy of eframe's settings file there
//! ([`Autosave::settings_path`]).
//!
//! Files in a window's folder: [`SESSION_FILE`] (an ordinary session,
//! written atomically), [`MARKER_FILE`] (the running process's id),
//! [`slots::LOCK_FILE`] and [`SETTINGS_FILE`].
//!
//! In a browser tab the same calls keep the session in local storage
//! (`web`); eframe keeps the settings there too.

// The browser's autosave (`web`) uses only the shared types of this file.
#![cfg_attr(target_arch = "wasm32", allow(dead_code, unused_imports))]

#[cfg(not(target_arch = "wasm32"))]
mod slots;
#[cfg(target_arch = "wasm32")]
mod web;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

#[cfg(not(target_arch = "wasm32"))]
pub use slots::{LOCK_FILE, MAX_WINDOWS};
#[cfg(target_arch = "wasm32")]
pub use web::Autosave;

use crate::i18n::Message;
use crate::session::{Session, SessionError};

/// Time between two autosaves.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(120);
/// The autosaved session, in the window's folder.
pub const SESSION_FILE: &str = "autosave-session.json";
/// Present while a window runs; holds its process id.
pub const MARKER_FILE: &str = "running.pid";
/// eframe's settings file (settings, small data, window position) of the
/// window owning the folder.
pub const SETTINGS_FILE: &str = "app.ron";
/// Largest settings file copied to a second window's folder.
const MAX_SETTINGS_BYTES: u64 = 64 << 20;

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
    /// The last run in this window's folder exited cleanly (or there was
    /// none): nothing to offer.
    Fresh,
    /// A window that did not exit cleanly left a session: offer it.
    OfferRestore,
    /// Every folder is owned by a running window ([`MAX_WINDOWS`]): this
    /// one does not autosave.
    OtherInstance,
}

/// The autosave state of one window.
#[cfg(not(target_arch = "wasm32"))]
pub struct Autosave {
    /// The data folder all windows share.
    root: PathBuf,
    /// This window's folder.
    dir: PathBuf,
    /// Its slot (0: the data folder itself), or `None` without autosave.
    slot: Option<usize>,
    /// The slot's lock, held while the window runs.
    lock: Option<File>,
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
    /// Claims a folder of `root` (creating it) for this window, decides
    /// what to offer, and marks this window as running there. A window
    /// after the first starts its own settings copy from the first's.
    pub fn open(root: &Path, interval: Duration) -> Self {
        let _ = std::fs::create_dir_all(root);
        let claim = slots::claim(root);
        let startup = match &claim {
            None => Startup::OtherInstance,
            Some(c) if c.crashed => Startup::OfferRestore,
            Some(_) => Startup::Fresh,
        };
        let (dir, slot, lock) = match claim {
            Some(c) => (c.dir, Some(c.index), Some(c.lock)),
            // Beyond the last slot: a settings copy shared by the extra
            // windows, and no autosave.
            None => (root.join("window-extra"), None, None),
        };
        let _ = std::fs::create_dir_all(&dir);
        if lock.is_some() {
            let _ = crate::fsutil::write(&dir.join(MARKER_FILE), std::process::id().to_string().as_bytes());
        }
        if slot != Some(0) && startup != Startup::OfferRestore {
            copy_settings(root, &dir);
        }
        let written = std::fs::metadata(dir.join(SESSION_FILE))
            .and_then(|m| m.modified())
            .ok();
        Self {
            root: root.to_path_buf(),
            dir,
            slot,
            lock,
            startup,
            interval,
            last_save: Instant::now(),
            last_key: None,
            job: None,
            written,
            writer: Session::save,
        }
    }

    /// The data folder every window shares.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// This window's slot: 0 for the first window, `None` without autosave.
    pub fn slot(&self) -> Option<usize> {
        self.slot
    }

    /// eframe's settings file for this window: its own copy, so two
    /// windows never write one settings file.
    pub fn settings_path(&self) -> PathBuf {
        self.dir.join(SETTINGS_FILE)
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
        if self.startup != Startup::Fresh {
            self.lock = None;
            return Ok(());
        }
        let saved = session.map_or(Ok(()), |s| (self.writer)(&s, &self.session_path()));
        // The marker goes while the lock is still held, so no launch can
        // take the folder in between and think this window crashed.
        let _ = std::fs::remove_file(self.dir.join(MARKER_FILE));
        self.lock = None;
        Ok(saved?)
    }
}

/// Starts a later window's settings from the first window's (a fresh copy
/// each launch: its own changes stay its own). Without a first settings
/// file, the later window starts from the defaults.
#[cfg(not(target_arch = "wasm32"))]
fn copy_settings(root: &Path, dir: &Path) {
    let to = dir.join(SETTINGS_FILE);
    match crate::fsutil::read_limited(&root.join(SETTINGS_FILE), MAX_SETTINGS_BYTES) {
        Ok(bytes) => {
            let _ = crate::fsutil::write(&to, &bytes);
        }
        Err(_) => {
            let _ = std::fs::remove_file(&to);
        }
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

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
}
