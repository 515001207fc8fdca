//! Operating-system file locks (`flock` on Unix, `LockFileEx` on Windows,
//! through `std`): held while the file stays open and released by the
//! system when the process ends, however it ends, so a killed window never
//! leaves a lock behind. Where a file system cannot lock, every caller is
//! let through, as before locks existed.

use std::fs::{File, TryLockError};
use std::io;
use std::path::Path;

/// Opens (creating, never truncating) `path` for locking.
fn open(path: &Path) -> io::Result<File> {
    File::options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
}

/// Takes the exclusive lock of `path` if no one holds it: `Ok(None)` when
/// another holder (another process, or another handle in this one) has it.
pub fn try_lock(path: &Path) -> io::Result<Option<File>> {
    let file = open(path)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => Ok(Some(file)),
        Err(TryLockError::Error(e)) => Err(e),
    }
}

/// Waits for the exclusive lock of `path`.
pub fn lock(path: &Path) -> io::Result<File> {
    let file = open(path)?;
    match file.lock() {
        Err(e) if e.kind() != io::ErrorKind::Unsupported => Err(e),
        _ => Ok(file),
    }
}
