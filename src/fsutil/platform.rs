//! What differs between systems: device and FIFO files (Unix), opening a
//! FIFO without blocking, and a file's mode and owner. Elsewhere the
//! fallbacks are plain: anything that is neither a file nor a folder is
//! written in place (Windows' `NUL`), and reads open normally.

use std::fs::{File, Metadata, OpenOptions};
use std::io;
use std::path::Path;

#[cfg(unix)]
use super::FileRefusal;

/// Opens a non-regular `path` for writing in place: a character device or
/// a FIFO (checked for a reader first, so the open cannot block forever).
/// Block devices and sockets are refused: a saved script must never land
/// on a disk.
#[cfg(unix)]
pub(super) fn open_in_place(path: &Path, meta: &Metadata) -> io::Result<File> {
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let kind = meta.file_type();
    if kind.is_fifo() {
        // Without a reader a non-blocking open fails with ENXIO at once.
        let probe = OpenOptions::new()
            .write(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(path)
            .map_err(|e| match e.raw_os_error() {
                Some(libc::ENXIO) => FileRefusal::NoReader.into_io(),
                _ => e,
            })?;
        // A reader is there: the blocking open returns at once, and writes
        // then wait for the reader as a shell's `>` does.
        let file = OpenOptions::new().write(true).open(path);
        drop(probe);
        file
    } else if kind.is_char_device() {
        OpenOptions::new().write(true).open(path)
    } else {
        Err(FileRefusal::NotAFile.into_io())
    }
}

/// Elsewhere: written in place (Windows' `NUL` and `CON` are such names).
#[cfg(not(unix))]
pub(super) fn open_in_place(path: &Path, _meta: &Metadata) -> io::Result<File> {
    OpenOptions::new().write(true).open(path)
}

/// Opens `path` for reading without waiting for a FIFO's writer (the
/// caller then refuses anything that is not a regular file).
pub(super) fn open_for_reading(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// New temporary files readable by their owner only (Unix mode 600).
pub(super) fn private(options: &mut OpenOptions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = options;
}

/// Gives the new file the replaced file's permissions, and on Unix its
/// owner and group where allowed (root saving a user's file). Best effort:
/// the content matters more than its mode.
pub(super) fn keep_access(file: &File, old: &Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
    }
    let _ = file.set_permissions(old.permissions());
}
