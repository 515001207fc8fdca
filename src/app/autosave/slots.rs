//! Which folder a window autosaves in. Windows of one user share the data
//! folder; each running window owns one slot of it — the folder itself
//! (slot 0, where earlier versions kept their files) or `window-2` …
//! `window-8` inside it — by holding an operating-system lock on the
//! slot's [`LOCK_FILE`]. The lock is taken atomically and released by the
//! system however the window ends, so two windows started at the same
//! moment can never both own a slot, and a slot whose lock is free but
//! whose [`MARKER_FILE`](super::MARKER_FILE) is still there was left by a
//! window that did not quit cleanly.

use std::fs::{self, File};
use std::path::{Path, PathBuf};

use super::{MARKER_FILE, SESSION_FILE};

/// Held locked while a window owns the slot; never deleted (deleting a
/// lock file while another process opens it would let two owners in).
pub const LOCK_FILE: &str = "running.lock";
/// Most windows with an autosave of their own; a window beyond them runs
/// without autosave.
pub const MAX_WINDOWS: usize = 8;

/// A slot this window owns.
pub(super) struct Claim {
    /// The slot's folder.
    pub dir: PathBuf,
    /// The slot's number, 0 for the data folder itself.
    pub index: usize,
    /// The lock, held until the window quits (or dies).
    pub lock: File,
    /// A window that owned the slot before ended without a clean quit and
    /// left an autosaved session.
    pub crashed: bool,
}

/// The folder of slot `index`.
pub(super) fn slot_dir(root: &Path, index: usize) -> PathBuf {
    match index {
        0 => root.to_path_buf(),
        k => root.join(format!("window-{}", k + 1)),
    }
}

/// Claims a slot: the first free one that a killed window left work in
/// (so that work is offered for restore), else the first free one. `None`
/// when all [`MAX_WINDOWS`] are taken.
pub(super) fn claim(root: &Path) -> Option<Claim> {
    let mut free: Option<Claim> = None;
    for index in 0..MAX_WINDOWS {
        let dir = slot_dir(root, index);
        // A slot never made holds no work: made only when it is needed.
        if index > 0 && !dir.is_dir() && free.is_some() {
            continue;
        }
        let _ = fs::create_dir_all(&dir);
        let Ok(Some(lock)) = crate::fsutil::try_lock(&dir.join(LOCK_FILE)) else {
            continue; // another window owns it
        };
        // Only now is the marker meaningful: its writer no longer runs.
        let crashed = dir.join(MARKER_FILE).exists() && dir.join(SESSION_FILE).is_file();
        let claim = Claim {
            dir,
            index,
            lock,
            crashed,
        };
        if crashed {
            return Some(claim); // dropping `free` releases its lock
        }
        if free.is_none() {
            free = Some(claim);
        }
    }
    free
}
