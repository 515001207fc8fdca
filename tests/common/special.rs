//! Special files made inside a temporary folder, never in the real `/dev`:
//! a character device (`mknod`, which needs root, as the tests and CI run)
//! and a FIFO. Unix only.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Creates character device `major`:`minor` at `dir/name` (1:3 is what
/// `/dev/null` is, 1:5 `/dev/zero`, 1:7 `/dev/full`). `None`, with a note
/// on stderr, where this user may not create devices.
pub fn char_device(dir: &Path, name: &str, major: u32, minor: u32) -> Option<PathBuf> {
    let path = dir.join(name);
    let out = Command::new("mknod")
        .arg(&path)
        .arg("c")
        .arg(major.to_string())
        .arg(minor.to_string())
        .output()
        .expect("mknod runs");
    if out.status.success() {
        return Some(path);
    }
    let why = String::from_utf8_lossy(&out.stderr);
    assert!(
        why.contains("not permitted") || why.contains("denied"),
        "mknod failed for another reason: {why}"
    );
    eprintln!("skipped: this user may not create device files ({})", why.trim());
    None
}

/// Whether `path` is (still) a character device.
pub fn is_char_device(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_char_device())
}

/// Creates a FIFO (named pipe) at `dir/name`.
pub fn fifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let ok = Command::new("mkfifo").arg(&path).status().expect("mkfifo runs");
    assert!(ok.success(), "mkfifo {}", path.display());
    path
}

/// Runs `f` on a thread and waits at most `seconds` for its answer: a
/// reader that blocks (a FIFO with no writer) gives `None` instead of
/// hanging the test.
pub fn within<T: Send + 'static>(seconds: u64, f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(std::time::Duration::from_secs(seconds)).ok()
}
