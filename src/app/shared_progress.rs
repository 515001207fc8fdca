//! Lesson progress shared by every window of one user: a file in the data
//! folder into which each window merges its progress under a lock, so a
//! step passed in any window stays passed whichever window quits last
//! (each window's settings are its own copy, see [`super::autosave`]).

use std::path::Path;

use super::window::NnlabApp;
use crate::fsutil;
use crate::lessons::CourseProgress;

/// The shared progress, in the data folder.
pub(super) const PROGRESS_FILE: &str = "lesson-progress.json";
/// Held while a window reads, merges and writes [`PROGRESS_FILE`].
const LOCK_FILE: &str = "lesson-progress.lock";
/// Largest progress file read (thousands of lessons fit).
const MAX_PROGRESS_BYTES: u64 = 4 << 20;

/// Merges `ours` into the file in `root` and writes the union back (see
/// [`CourseProgress::merge`]); returns it. A missing or unreadable file
/// counts as no progress.
fn sync(root: &Path, ours: &CourseProgress) -> std::io::Result<CourseProgress> {
    let _held = fsutil::lock(&root.join(LOCK_FILE))?;
    let path = root.join(PROGRESS_FILE);
    let mut all: CourseProgress = fsutil::read_limited(&path, MAX_PROGRESS_BYTES)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default();
    all.merge(ours);
    // Serializing maps of strings and numbers cannot fail.
    let text = serde_json::to_string_pretty(&all).unwrap_or_default();
    fsutil::write(&path, text.as_bytes())?;
    Ok(all)
}

impl NnlabApp {
    /// Shares this window's lesson progress and takes in the other
    /// windows' (at launch, when a step is passed, and when settings are
    /// saved). Without a data folder there is nothing to share.
    pub(super) fn sync_lesson_progress(&mut self) {
        // A browser tab has no data folder to share through (its one
        // settings copy keeps the progress), and a write there would be a
        // download.
        if cfg!(target_arch = "wasm32") {
            return;
        }
        let Some(root) = self.handles.autosave.as_ref().map(|a| a.root().to_path_buf()) else {
            return;
        };
        match sync(&root, &self.settings.lessons) {
            Ok(all) => self.settings.lessons = all,
            // The settings keep this window's progress either way.
            Err(e) => eprintln!("nnlab: lesson progress not shared: {e}"),
        }
    }
}
