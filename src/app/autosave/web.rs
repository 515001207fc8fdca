//! Autosave in a browser tab, with the desktop's calls: the session goes
//! to the browser's local storage instead of the data folder, and a mark
//! says a tab is running. A page is closed without a word to it (eframe
//! gets no reliable event), so a mark left behind means a closed or crashed
//! tab: the next visit offers that tab's session, as the desktop does after
//! a crash. Two tabs at once share the one slot; the later save wins.

use std::path::{Path, PathBuf};
use std::time::Duration;

use web_time::Instant;

use super::{AutosaveError, Startup};
use crate::session::{Session, SessionError};

/// The autosaved session's key in local storage.
const SESSION_KEY: &str = "nnlab-autosave-session";
/// When it was written (milliseconds since 1970, as JavaScript counts).
const WRITTEN_KEY: &str = "nnlab-autosave-written";
/// Present while a tab runs nnlab.
const MARKER_KEY: &str = "nnlab-autosave-running";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// Stores `value` under `key`; the browser refuses when its quota (a few
/// megabytes) is full.
fn set(key: &str, value: &str) -> Result<(), SessionError> {
    let refused = |what: String| SessionError::Io {
        path: PathBuf::from(key),
        source: std::io::Error::other(what),
    };
    let storage = storage().ok_or_else(|| refused("no local storage".into()))?;
    storage.set_item(key, value).map_err(|e| refused(format!("{e:?}")))
}

fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The autosave state of one tab.
pub struct Autosave {
    startup: Startup,
    interval: Duration,
    last_save: Instant,
    last_key: Option<(u64, u64)>,
    /// The outcome of the last save, until polled.
    outcome: Option<Result<(), SessionError>>,
}

impl Autosave {
    /// Looks at local storage (`_dir` has no meaning on the web), decides
    /// what to offer, and marks this tab as running.
    pub fn open(_dir: &Path, interval: Duration) -> Self {
        let startup = match (get(MARKER_KEY), get(SESSION_KEY)) {
            (Some(_), Some(_)) => Startup::OfferRestore,
            _ => Startup::Fresh,
        };
        let _ = set(MARKER_KEY, "1");
        Self {
            startup,
            interval,
            last_save: Instant::now(),
            last_key: None,
            outcome: None,
        }
    }

    /// The data folder of the desktop; a page has none (local storage).
    pub fn root(&self) -> &Path {
        Path::new("")
    }

    /// The tab's slot: always the one (tabs share local storage).
    pub fn slot(&self) -> Option<usize> {
        Some(0)
    }

    /// eframe keeps a page's settings in local storage itself.
    pub fn settings_path(&self) -> PathBuf {
        PathBuf::new()
    }

    /// What this visit found.
    pub fn startup(&self) -> Startup {
        self.startup
    }

    /// The name the session is kept under.
    pub fn session_path(&self) -> PathBuf {
        PathBuf::from(SESSION_KEY)
    }

    /// How long ago the session on offer was written.
    pub fn age(&self) -> Option<Duration> {
        let written: f64 = get(WRITTEN_KEY)?.parse().ok()?;
        let ms = js_sys::Date::now() - written;
        (ms >= 0.0).then(|| Duration::from_millis(ms as u64))
    }

    /// Whether autosaves are written (not while a restore is on offer).
    pub fn active(&self) -> bool {
        self.startup == Startup::Fresh
    }

    /// Whether it is time for an autosave of the state tagged `key`.
    pub fn due(&self, key: (u64, u64)) -> bool {
        self.active() && self.last_key != Some(key) && self.last_save.elapsed() >= self.interval
    }

    /// Whether the state tagged `key` is not saved yet (the interval aside:
    /// the tab is being left).
    pub fn changed(&self, key: (u64, u64)) -> bool {
        self.active() && self.last_key != Some(key)
    }

    /// Writes `session` to local storage (at once: a page has no threads).
    pub fn save(&mut self, session: Session, key: (u64, u64)) {
        let result =
            set(SESSION_KEY, &session.to_json()).and_then(|()| set(WRITTEN_KEY, &js_sys::Date::now().to_string()));
        self.outcome = Some(result);
        self.last_key = Some(key);
        self.last_save = Instant::now();
    }

    /// The outcome of the last save, once.
    pub fn poll(&mut self) -> Option<Result<(), AutosaveError>> {
        let result = self.outcome.take()?.map_err(AutosaveError::from);
        if result.is_err() {
            self.last_key = None;
        }
        Some(result)
    }

    /// Reads the autosaved session; autosaving resumes either way.
    pub fn restore(&mut self) -> Result<Session, SessionError> {
        self.startup = Startup::Fresh;
        Session::from_json(&get(SESSION_KEY).unwrap_or_default())
    }

    /// Deletes the autosaved session; autosaving resumes.
    pub fn discard(&mut self) {
        self.startup = Startup::Fresh;
        remove(SESSION_KEY);
        remove(WRITTEN_KEY);
    }

    /// At a clean exit: the last save, and the running mark goes.
    pub fn finish(&mut self, session: Option<Session>) -> Result<(), AutosaveError> {
        if self.startup != Startup::Fresh {
            return Ok(());
        }
        let saved = session.map_or(Ok(()), |s| set(SESSION_KEY, &s.to_json()));
        remove(MARKER_KEY);
        Ok(saved?)
    }
}
