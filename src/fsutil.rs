//! The one writer and the bounded reader: every file nnlab saves goes
//! through [`write`] (or [`prepare`] then [`Destination::write`]), every
//! file it reads whole through [`read_limited`].
//!
//! What a save does depends on what is at the path, checked before a byte
//! is written:
//!
//! | at the path | the save |
//! |---|---|
//! | nothing | a new file, written atomically (temporary file + rename) |
//! | a regular file | replaced atomically; its permissions (and, where allowed, its owner) are kept; refused if it is read-only |
//! | a symbolic link | followed, as editors do: its target is replaced and the link stays; a link that leads nowhere is refused |
//! | a character device or FIFO (`/dev/null`, `/dev/stdout`, a pipe) | written in place, so `/dev/full` reports "no space"; never renamed over |
//! | a folder, block device or socket | refused |
//!
//! Reads stop at their limit while reading, whatever size the file system
//! reports (`/proc` files and devices report 0), and refuse FIFOs and
//! devices at once instead of blocking or reading forever.
//!
//! In a browser tab the page has no file system: the same calls reach the
//! browser instead (see `web`): a save is a download named after the
//! path's file name, and a read finds a file the learner picked or dropped
//! onto the page.

// In a browser tab the desktop's writer and readers are not used.
#![cfg_attr(target_arch = "wasm32", allow(dead_code, unused_imports))]

mod lock;
mod platform;
mod read;
mod temp;
#[cfg(target_arch = "wasm32")]
mod web;

use std::fs::{self, File, Metadata};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use lock::{lock, try_lock};
pub use read::{ReadLimitedError, inside_folder};
#[cfg(not(target_arch = "wasm32"))]
pub use read::{read_limited, read_start};
#[cfg(target_arch = "wasm32")]
pub use web::{Destination, prepare, put_file, read_limited, read_start};

/// Why nnlab will not write or read a path. Carried inside an
/// [`io::Error`] (see [`refusal`]), so every caller that reports I/O
/// errors reports these too; `i18n` puts them into words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FileRefusal {
    /// A folder where a file was expected.
    Folder,
    /// A FIFO, device or socket where a regular file must be read, or a
    /// block device or socket named as a file to write.
    NotAFile,
    /// A FIFO that nothing reads from: writing would wait forever.
    NoReader,
    /// A symbolic link whose target does not exist.
    DanglingLink,
    /// A path that leads (through links) outside the folder it must stay in.
    OutsideFolder,
}

impl std::error::Error for FileRefusal {}

impl FileRefusal {
    /// This refusal as an I/O error of the matching kind.
    pub(crate) fn into_io(self) -> io::Error {
        let kind = match self {
            FileRefusal::Folder => io::ErrorKind::IsADirectory,
            FileRefusal::DanglingLink => io::ErrorKind::NotFound,
            FileRefusal::OutsideFolder => io::ErrorKind::PermissionDenied,
            FileRefusal::NotAFile | FileRefusal::NoReader => io::ErrorKind::InvalidInput,
        };
        io::Error::new(kind, self)
    }
}

/// The refusal inside `e`, if nnlab refused rather than the system.
pub fn refusal(e: &io::Error) -> Option<&FileRefusal> {
    e.get_ref().and_then(|inner| inner.downcast_ref::<FileRefusal>())
}

/// Writes `bytes` to `path` as the table in the module docs says.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    prepare(path)?.write(bytes)
}

/// Writes `bytes` to a new file at `path`, never replacing anything (a
/// file nnlab creates for itself, e.g. in the shared temporary folder).
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = File::options().write(true).create_new(true).open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// A checked place to write: the path is known to be writable (for a
/// regular file, the temporary file beside it already exists), so a
/// command can check every output before it starts work. Dropped
/// unwritten, it leaves nothing behind.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug)]
pub struct Destination {
    how: How,
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug)]
enum How {
    /// A regular file, new (`keep: None`) or replaced: the bytes go to
    /// `temp`, which is renamed over `target` once complete.
    Replace {
        target: PathBuf,
        temp: Option<PathBuf>,
        file: File,
        /// The replaced file's metadata (boxed: it is most of the size).
        keep: Option<Box<Metadata>>,
    },
    /// A character device or FIFO, open for writing in place.
    InPlace(File),
}

/// Checks `path` and makes it ready to write (see the module docs).
#[cfg(not(target_arch = "wasm32"))]
pub fn prepare(path: &Path) -> io::Result<Destination> {
    let how = match fs::metadata(path) {
        Ok(m) if m.is_dir() => return Err(FileRefusal::Folder.into_io()),
        Ok(m) if m.is_file() => {
            let target = fs::canonicalize(path)?;
            // A read-only file is one the user protected: refuse, as an
            // editor does, rather than rename a new file over it.
            drop(File::options().write(true).open(&target)?);
            replace(target, Some(m))?
        }
        Ok(m) => How::InPlace(platform::open_in_place(path, &m)?),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            // Only a link can be there and not be found through; a file
            // that appeared since (another save to the same path, renamed
            // into place a moment ago) is replaced like a new one.
            if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(FileRefusal::DanglingLink.into_io());
            }
            replace(path.to_path_buf(), None)?
        }
        Err(e) => return Err(e),
    };
    Ok(Destination { how })
}

/// A temporary file beside `target` for an atomic replacement: private
/// while written when it replaces an existing file.
#[cfg(not(target_arch = "wasm32"))]
fn replace(target: PathBuf, keep: Option<Metadata>) -> io::Result<How> {
    let (temp, file) = temp::create(&target, keep.is_some())?;
    Ok(How::Replace {
        target,
        temp: Some(temp),
        file,
        keep: keep.map(Box::new),
    })
}

#[cfg(not(target_arch = "wasm32"))]
impl Destination {
    /// Writes `bytes`: into the temporary file, flushed to disk, then
    /// renamed over the target (readers see the old file or the new one,
    /// never a mix); or straight into a device.
    pub fn write(mut self, bytes: &[u8]) -> io::Result<()> {
        match &mut self.how {
            How::InPlace(file) => {
                file.write_all(bytes)?;
                file.flush()
            }
            How::Replace {
                target,
                temp,
                file,
                keep,
            } => {
                file.write_all(bytes)?;
                if let Some(old) = keep {
                    platform::keep_access(file, old);
                }
                file.sync_all()?;
                let Some(from) = temp.take() else {
                    return Ok(());
                };
                if let Err(e) = fs::rename(&from, &*target) {
                    let _ = fs::remove_file(&from);
                    return Err(e);
                }
                temp::sync_folder(target);
                temp::remove_stale(target);
                Ok(())
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Drop for Destination {
    fn drop(&mut self) {
        if let How::Replace { temp: Some(temp), .. } = &self.how {
            // Best effort: an unfinished temporary file is useless.
            let _ = fs::remove_file(temp);
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
