//! Atomic file writes: a crash or a kill during a save never leaves a
//! half-written file where the previous good one was.
//!
//! In a browser tab the page has no file system: the same two calls reach
//! the browser instead (see `web`): a write is a download named after the
//! path's file name, and a read finds a file the learner picked or dropped
//! onto the page.

// In a browser tab only the two calls of `web` are used.
#![cfg_attr(target_arch = "wasm32", allow(dead_code, unused_imports))]

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Numbers this process's temporary files: two saves running at once (each
/// save of the window runs on its own thread) never share one.
static NEXT_TEMP: AtomicU64 = AtomicU64::new(0);
/// Names tried before giving up when temporaries of an earlier process
/// with the same id are in the way.
const TEMP_ATTEMPTS: usize = 64;

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::{put_file, read_limited, write_atomic};

/// Writes `bytes` to `path` atomically: the bytes go to a temporary file in
/// the same folder, which is flushed to disk and then renamed over `path`.
/// A rename within one filesystem is atomic, so readers see either the old
/// file or the new one, never a mix. Each call has a temporary file of its
/// own, so saves to the same path may run at once: each succeeds, and the
/// file ends as the last one renamed.
#[cfg(not(target_arch = "wasm32"))]
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (tmp, mut file) = create_temp(path)?;
    let result = (|| {
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, path)?;
        sync_folder(path);
        remove_stale_temporaries(path);
        Ok(())
    })();
    if result.is_err() {
        // Best effort: the temporary file is useless after a failure.
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Why [`read_limited`] returned no bytes.
#[derive(Debug)]
pub enum ReadLimitedError {
    /// The file could not be read.
    Io(io::Error),
    /// The file is larger than the limit (its size in bytes).
    TooLarge(u64),
}

/// Reads a whole file, refusing one above `limit` bytes before reading it:
/// the size comes from the file system, so nothing big is loaded first.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadLimitedError> {
    let bytes = fs::metadata(path).map_err(ReadLimitedError::Io)?.len();
    if bytes > limit {
        return Err(ReadLimitedError::TooLarge(bytes));
    }
    fs::read(path).map_err(ReadLimitedError::Io)
}

/// Flushes the folder entry of `path` so the rename itself survives a
/// power cut (Unix; best effort: the file is already complete either way).
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = File::open(dir).and_then(|d| d.sync_all());
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Deletes temporary files of `path` left by processes that were killed
/// mid-save (Linux, where `/proc` tells which processes still run; a
/// running writer's file is never touched).
fn remove_stale_temporaries(path: &Path) {
    if !cfg!(target_os = "linux") {
        return;
    }
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = temp_prefix(name);
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let pid = file.to_string_lossy().strip_prefix(&prefix).and_then(temp_owner);
        if let Some(pid) = pid
            && pid != std::process::id()
            && !Path::new(&format!("/proc/{pid}")).exists()
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Creates `folder/.name.tmp-PID-N`: hidden, in the same folder as the
/// target (a rename across filesystems would not be atomic), unique per
/// process (`PID`, so killed savers can be recognised) and per save (`N`).
/// `create_new` makes sure no other file, such as one left by an earlier
/// process with the same id, is ever reused.
fn create_temp(path: &Path) -> io::Result<(PathBuf, File)> {
    let prefix = temp_prefix(path.file_name().unwrap_or("file".as_ref()));
    let pid = std::process::id();
    let mut last = None;
    for _ in 0..TEMP_ATTEMPTS {
        let n = NEXT_TEMP.fetch_add(1, Ordering::Relaxed);
        let tmp = path.with_file_name(format!("{prefix}{pid}-{n}"));
        match File::options().write(true).create_new(true).open(&tmp) {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::from(io::ErrorKind::AlreadyExists)))
}

/// The process id in a temporary file's name after its prefix: `PID-N`, or
/// `PID` alone as older versions named them.
fn temp_owner(rest: &str) -> Option<u32> {
    rest.split('-').next()?.parse().ok()
}

/// `.name.tmp-`: what every temporary file of `name` starts with (the
/// clean-up of killed savers looks for exactly this).
fn temp_prefix(name: &std::ffi::OsStr) -> String {
    format!(".{}.tmp-", name.to_string_lossy())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_save_removes_temporaries_of_dead_processes_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        let dead = dir.path().join(format!(".a.json.tmp-{}-7", u32::MAX - 3));
        let dead_old_style = dir.path().join(format!(".a.json.tmp-{}", u32::MAX - 4));
        let alive = dir.path().join(".a.json.tmp-1-0");
        let ours = dir.path().join(format!(".a.json.tmp-{}-999999", std::process::id()));
        let other = dir.path().join(".b.json.tmp-99999999-0");
        for p in [&dead, &dead_old_style, &alive, &ours, &other] {
            fs::write(p, b"half").unwrap();
        }
        write_atomic(&path, b"whole").unwrap();
        assert!(!dead.exists(), "left by a process that is gone");
        assert!(!dead_old_style.exists(), "named by an older nnlab");
        assert!(alive.exists(), "process 1 runs: maybe mid-save");
        assert!(ours.exists(), "another save of this process may be under way");
        assert!(other.exists(), "another file's temporary");
    }

    #[test]
    fn failure_leaves_previous_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-dir").join("a.json");
        assert!(write_atomic(&path, b"x").is_err());
    }
}
