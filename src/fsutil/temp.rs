//! Temporary files of atomic saves: named `.NAME.tmp-PID-N` beside their
//! target, and removed when the process that made them is gone.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Numbers this process's temporary files: two saves running at once (each
/// save of the window runs on its own thread) never share one.
static NEXT_TEMP: AtomicU64 = AtomicU64::new(0);
/// Names tried before giving up when temporaries of an earlier process
/// with the same id are in the way.
const TEMP_ATTEMPTS: usize = 64;

/// Creates `folder/.name.tmp-PID-N`: hidden, in the same folder as the
/// target (a rename across filesystems would not be atomic), unique per
/// process (`PID`, so killed savers can be recognised) and per save (`N`).
/// `create_new` makes sure no other file, such as one left by an earlier
/// process with the same id, is ever reused. `private`: readable by its
/// owner only until the save gives it the replaced file's permissions.
pub(super) fn create(path: &Path, private: bool) -> io::Result<(PathBuf, File)> {
    let prefix = prefix(path.file_name().unwrap_or("file".as_ref()));
    let pid = std::process::id();
    let mut last = None;
    for _ in 0..TEMP_ATTEMPTS {
        let n = NEXT_TEMP.fetch_add(1, Ordering::Relaxed);
        let tmp = path.with_file_name(format!("{prefix}{pid}-{n}"));
        let mut options = File::options();
        options.write(true).create_new(true);
        if private {
            super::platform::private(&mut options);
        }
        match options.open(&tmp) {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::from(io::ErrorKind::AlreadyExists)))
}

/// Flushes the folder entry of `path` so the rename itself survives a
/// power cut (Unix; best effort: the file is already complete either way).
pub(super) fn sync_folder(path: &Path) {
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
pub(super) fn remove_stale(path: &Path) {
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
    let prefix = prefix(name);
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let pid = file.to_string_lossy().strip_prefix(&prefix).and_then(owner);
        if let Some(pid) = pid
            && pid != std::process::id()
            && !Path::new(&format!("/proc/{pid}")).exists()
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The process id in a temporary file's name after its prefix: `PID-N`, or
/// `PID` alone as older versions named them.
fn owner(rest: &str) -> Option<u32> {
    rest.split('-').next()?.parse().ok()
}

/// `.name.tmp-`: what every temporary file of `name` starts with (the
/// clean-up of killed savers looks for exactly this).
fn prefix(name: &std::ffi::OsStr) -> String {
    format!(".{}.tmp-", name.to_string_lossy())
}
