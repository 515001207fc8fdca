//! Nothing of the user's is overwritten and nothing is read without a
//! bound: the one writer keeps a file's permissions, writes through a
//! symbolic link, writes a device in place (so a full one reports "no
//! space") and never renames over what is not a regular file; the bounded
//! reader stops at its limit while reading, refuses FIFOs and devices
//! instead of blocking, and a lesson's data file may not lead outside the
//! lesson's folder.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::io::ErrorKind;
use std::path::Path;

use nnlab::fsutil::{FileRefusal, ReadLimitedError, read_limited, refusal, write};
use nnlab::lessons::{Allowed, LessonError, Problem, read_lesson};
use nnlab::session::{Session, SessionError};

#[cfg(unix)]
use crate::common::special::{char_device, fifo, is_char_device, within};

#[test]
#[cfg(unix)]
fn saving_over_a_private_file_keeps_it_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.json");
    fs::write(&path, b"old").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    write(&path, b"new").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"new");
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "mode {mode:o} after the save");
}

#[test]
#[cfg(unix)]
fn saving_through_a_link_writes_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.json");
    fs::write(&real, b"old").unwrap();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink("real.json", &link).unwrap();
    write(&link, b"new").unwrap();
    assert!(
        fs::symlink_metadata(&link).unwrap().file_type().is_symlink(),
        "still a link"
    );
    assert_eq!(fs::read(&real).unwrap(), b"new", "the target has the new bytes");
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "no temporary left behind: {names:?}");
}

#[test]
#[cfg(unix)]
fn saving_to_a_full_device_fails_and_leaves_the_device() {
    let dir = tempfile::tempdir().unwrap();
    let Some(full) = char_device(dir.path(), "full", 1, 7) else {
        return;
    };
    let err = write(&full, b"print('hello')\n").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::StorageFull, "{err}");
    assert!(is_char_device(&full), "the device is still there, not a Python file");
}

#[test]
#[cfg(unix)]
fn saving_to_a_null_device_succeeds_and_leaves_the_device() {
    let dir = tempfile::tempdir().unwrap();
    let Some(null) = char_device(dir.path(), "null", 1, 3) else {
        return;
    };
    write(&null, b"anything").unwrap();
    assert!(is_char_device(&null));
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary left behind");
}

#[test]
fn saving_over_a_folder_is_refused_and_leaves_it() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("model.py");
    fs::create_dir(&folder).unwrap();
    fs::write(folder.join("inside.txt"), b"keep").unwrap();
    let err = write(&folder, b"x").unwrap_err();
    assert_eq!(refusal(&err), Some(&FileRefusal::Folder), "{err}");
    assert_eq!(fs::read(folder.join("inside.txt")).unwrap(), b"keep");
}

/// `/proc` files report a size of 0 whatever they hold: the limit must
/// hold while reading.
#[test]
#[cfg(target_os = "linux")]
fn a_read_stops_at_its_limit_whatever_size_the_file_reports() {
    let maps = Path::new("/proc/self/maps");
    assert_eq!(fs::metadata(maps).unwrap().len(), 0, "reports nothing");
    match read_limited(maps, 64) {
        Err(ReadLimitedError::TooLarge(n)) => assert!(n > 64, "{n}"),
        other => panic!("read past its limit: {:?}", other.map(|b| b.len())),
    }
}

#[test]
#[cfg(unix)]
fn reading_a_fifo_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path(), "data.csv");
    let answer = within(20, move || read_limited(&pipe, 1 << 20).map(|b| b.len()));
    match answer {
        Some(Err(ReadLimitedError::Io(e))) => {
            assert_eq!(refusal(&e), Some(&FileRefusal::NotAFile), "{e}")
        }
        Some(other) => panic!("expected a refusal, got {other:?}"),
        None => panic!("the read blocked on a FIFO with no writer"),
    }
}

#[test]
#[cfg(unix)]
fn reading_a_device_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let Some(null) = char_device(dir.path(), "session.json", 1, 3) else {
        return;
    };
    match read_limited(&null, 1 << 20) {
        Err(ReadLimitedError::Io(e)) => assert_eq!(refusal(&e), Some(&FileRefusal::NotAFile), "{e}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    // Through the session loader, as `predict --session` reads it.
    match Session::load(&null) {
        Err(SessionError::Io { source, .. }) => assert_eq!(refusal(&source), Some(&FileRefusal::NotAFile)),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// A lesson in `dir/lesson/` whose CSV is `data.csv`.
fn lesson_with_csv(dir: &Path) -> std::path::PathBuf {
    let folder = dir.join("lesson");
    fs::create_dir(&folder).unwrap();
    let path = folder.join("my.toml");
    let src = "id = \"linked\"\ntitle = \"Linked\"\n\n[[step]]\ntitle = \"Data\"\ntext = \"Look.\"\n\n\
               [step.setup.data]\ncsv = \"data.csv\"\n\n[step.goal]\nepochs = { at_least = 1 }\n";
    fs::write(&path, src).unwrap();
    path
}

#[test]
#[cfg(unix)]
fn a_lesson_data_file_linked_outside_its_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = lesson_with_csv(dir.path());
    // A valid CSV, but outside the lesson's folder.
    fs::write(
        dir.path().join("private.csv"),
        "x,y,label\n0,0,a\n1,1,b\n0,1,a\n1,0,b\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("../private.csv", lesson.with_file_name("data.csv")).unwrap();
    match read_lesson(&lesson) {
        Err(LessonError::At {
            problem: Problem::BadValue { field, allowed },
            ..
        }) => assert_eq!((field, allowed), ("csv", Allowed::InLessonFolder)),
        other => panic!("expected a refusal, got {other:?}"),
    }
    // The same file inside the folder loads.
    fs::remove_file(lesson.with_file_name("data.csv")).unwrap();
    fs::copy(dir.path().join("private.csv"), lesson.with_file_name("data.csv")).unwrap();
    read_lesson(&lesson).unwrap();
}

#[test]
#[cfg(unix)]
fn a_lesson_data_file_that_is_a_fifo_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = lesson_with_csv(dir.path());
    fifo(lesson.parent().unwrap(), "data.csv");
    let answer = within(20, move || read_lesson(&lesson).map(|l| l.steps.len()));
    match answer {
        Some(Err(LessonError::At {
            problem: Problem::Csv { .. },
            ..
        })) => {}
        Some(other) => panic!("expected a refusal, got {other:?}"),
        None => panic!("loading the lesson blocked on its FIFO"),
    }
}
