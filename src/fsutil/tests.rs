//! The writer's and reader's own rules, on plain files (devices, FIFOs
//! and links are tested in `tests/engine/file_safety.rs`).

use super::*;

#[test]
fn replaces_content_and_leaves_no_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.json");
    write(&path, b"one").unwrap();
    write(&path, b"two").unwrap();
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
    write(&path, b"whole").unwrap();
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
    assert!(write(&path, b"x").is_err());
}

#[test]
fn a_prepared_destination_dropped_unwritten_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.gif");
    let d = prepare(&path).unwrap();
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "the temporary proves the folder writable"
    );
    drop(d);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
#[cfg(unix)]
fn a_read_only_file_is_refused_and_kept() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.json");
    fs::write(&path, b"keep").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    // Root may write anything: the check is the system's own.
    let root = File::options().write(true).open(&path).is_ok();
    if !root {
        assert!(write(&path, b"x").is_err());
        assert_eq!(fs::read(&path).unwrap(), b"keep");
    }
}

#[test]
fn write_new_never_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.csv");
    write_new(&path, b"one").unwrap();
    assert_eq!(
        write_new(&path, b"two").unwrap_err().kind(),
        io::ErrorKind::AlreadyExists
    );
    assert_eq!(fs::read(&path).unwrap(), b"one");
}

#[test]
fn reads_refuse_a_folder_and_honour_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    match read_limited(dir.path(), 10) {
        Err(ReadLimitedError::Io(e)) => assert_eq!(refusal(&e), Some(&FileRefusal::Folder)),
        other => panic!("{other:?}"),
    }
    let path = dir.path().join("a.txt");
    fs::write(&path, b"0123456789").unwrap();
    assert_eq!(read_limited(&path, 10).unwrap(), b"0123456789");
    assert!(matches!(read_limited(&path, 9), Err(ReadLimitedError::TooLarge(10))));
}

#[test]
fn inside_folder_keeps_paths_in_and_refuses_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("lesson");
    fs::create_dir(&folder).unwrap();
    fs::write(folder.join("in.csv"), b"x").unwrap();
    fs::write(dir.path().join("out.csv"), b"x").unwrap();
    assert!(inside_folder(&folder, Path::new("in.csv")).is_ok());
    let e = inside_folder(&folder, Path::new("../out.csv")).unwrap_err();
    assert_eq!(refusal(&e), Some(&FileRefusal::OutsideFolder));
}
