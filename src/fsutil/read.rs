//! Bounded reads: the limit holds while reading, not only against the
//! size the file system reports (`/proc` files report 0 and hold more; a
//! file may grow while it is read), and only regular files are read.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::FileRefusal;
use super::platform::open_for_reading;

/// Why [`read_limited`] returned no bytes.
#[derive(Debug)]
pub enum ReadLimitedError {
    /// The file could not be read, or is not a regular file (a folder, a
    /// FIFO, a device: see [`super::refusal`]).
    Io(io::Error),
    /// The file is larger than the limit: its reported size, or the bytes
    /// read before the reader stopped (at most the limit plus one).
    TooLarge(u64),
}

/// Reads a whole regular file of at most `limit` bytes. The open does not
/// wait for a FIFO's writer, and FIFOs and devices are refused before a
/// byte is read; a file the system reports larger than `limit` is refused
/// before reading; and the read itself stops one byte past the limit.
// On the web the page has its own readers (`web.rs`); these stay for
// the native build.
#[cfg_attr(target_arch = "wasm32", allow(unreachable_pub, dead_code))]
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadLimitedError> {
    let file = open_for_reading(path).map_err(ReadLimitedError::Io)?;
    let meta = file.metadata().map_err(ReadLimitedError::Io)?;
    if meta.is_dir() {
        return Err(ReadLimitedError::Io(FileRefusal::Folder.into_io()));
    }
    if !meta.is_file() {
        return Err(ReadLimitedError::Io(FileRefusal::NotAFile.into_io()));
    }
    if meta.len() > limit {
        return Err(ReadLimitedError::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadLimitedError::Io)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(ReadLimitedError::TooLarge(read));
    }
    Ok(bytes)
}

/// The first `n` bytes of a regular file (fewer if it is shorter), read
/// as [`read_limited`] reads: a FIFO or device is refused, not waited for.
#[cfg_attr(target_arch = "wasm32", allow(unreachable_pub, dead_code))]
pub fn read_start(path: &Path, n: usize) -> io::Result<Vec<u8>> {
    let file = open_for_reading(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(FileRefusal::NotAFile.into_io());
    }
    let mut bytes = Vec::with_capacity(n);
    file.take(n as u64).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// `relative` inside `folder`, after following every link: refused if it
/// leads outside the folder (a link in a lesson's folder to `/etc/passwd`
/// obeys "no `..` or absolute paths" in its name, not in where it goes).
pub fn inside_folder(folder: &Path, relative: &Path) -> io::Result<PathBuf> {
    let folder = fs::canonicalize(folder)?;
    let real = fs::canonicalize(folder.join(relative))?;
    if real.starts_with(&folder) {
        Ok(real)
    } else {
        Err(FileRefusal::OutsideFolder.into_io())
    }
}
