//! What makes nnlab an installed desktop program: the desktop entry,
//! AppStream metadata and macOS bundle agree with the program (its name,
//! app id, icon and version), every icon file has the size its name says,
//! and the console face (`nnlab-cli`, shipped on Windows as `nnlab.com`)
//! runs the same commands and hands the window to the program beside it.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::asset;

/// The `key=value` lines of a desktop entry's main group.
fn desktop_entry() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(asset("desktop/nnlab.desktop")).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("[Desktop Entry]"));
    lines
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (k, v) = l.split_once('=').unwrap_or_else(|| panic!("not key=value: {l}"));
            (k.to_string(), v.to_string())
        })
        .collect()
}

fn value<'a>(entry: &'a [(String, String)], key: &str) -> &'a str {
    let found = entry.iter().find(|(k, _)| k == key);
    &found.unwrap_or_else(|| panic!("no {key}")).1
}

#[test]
fn the_desktop_entry_starts_nnlab_with_its_icon() {
    let entry = desktop_entry();
    assert_eq!(value(&entry, "Type"), "Application");
    assert_eq!(value(&entry, "Name"), "nnlab");
    // A file from the file manager opens in the window (`nnlab FILE`).
    assert_eq!(value(&entry, "Exec"), "nnlab %f");
    assert_eq!(value(&entry, "Icon"), "nnlab");
    assert_eq!(value(&entry, "Terminal"), "false");
    // X11 and Wayland match the window to this entry (and its icon) by the
    // app id the window sets: the entry's file name and WM class.
    assert_eq!(value(&entry, "StartupWMClass"), "nnlab");
    for key in ["GenericName", "Comment", "Keywords"] {
        assert!(!value(&entry, &format!("{key}[ko]")).is_empty(), "{key} in Korean");
    }
    let mut keys: Vec<&str> = entry.iter().map(|(k, _)| k.as_str()).collect();
    let all = keys.len();
    keys.dedup();
    assert_eq!(keys.len(), all, "a key twice");
}

/// The text between `<tag>` and `</tag>` after `after` in `xml`.
fn element<'a>(xml: &'a str, after: &str, tag: &str) -> &'a str {
    let rest = &xml[xml.find(after).unwrap_or_else(|| panic!("no {after}"))..];
    let open = format!("<{tag}>");
    let start = rest.find(&open).unwrap_or_else(|| panic!("no <{tag}> after {after}")) + open.len();
    let end = rest[start..].find(&format!("</{tag}>")).unwrap() + start;
    &rest[start..end]
}

#[test]
fn appstream_names_the_desktop_entry_and_the_current_version() {
    let xml = std::fs::read_to_string(asset("desktop/nnlab.metainfo.xml")).unwrap();
    assert_eq!(element(&xml, "<component", "id"), "nnlab");
    assert!(xml.contains(r#"<launchable type="desktop-id">nnlab.desktop</launchable>"#));
    assert!(xml.contains("<binary>nnlab</binary>"));
    let release = format!(r#"<release version="{}""#, env!("CARGO_PKG_VERSION"));
    assert!(xml.contains(&release), "AppStream lacks {release}");
    assert!(xml.contains(r#"<summary xml:lang="ko">"#));
}

#[test]
fn the_macos_bundle_runs_nnlab_with_its_icon_and_version() {
    let plist = std::fs::read_to_string(asset("macos/Info.plist")).unwrap();
    let string_of = |key: &str| element(&plist, &format!("<key>{key}</key>"), "string").to_string();
    assert_eq!(string_of("CFBundleExecutable"), "nnlab");
    assert_eq!(string_of("CFBundlePackageType"), "APPL");
    assert_eq!(string_of("CFBundleShortVersionString"), env!("CARGO_PKG_VERSION"));
    let icon = string_of("CFBundleIconFile");
    let icns = std::fs::read(asset(&format!("icons/{icon}"))).unwrap();
    assert_eq!(&icns[..4], b"icns");
    assert_eq!(u32::from_be_bytes(icns[4..8].try_into().unwrap()) as usize, icns.len());
}

#[test]
fn every_icon_file_has_the_size_its_name_says() {
    for n in [16u32, 24, 32, 48, 64, 128, 256, 512] {
        let path = asset(&format!("icons/nnlab-{n}.png"));
        assert_eq!(image::image_dimensions(&path).unwrap(), (n, n), "{}", path.display());
    }
    // The Windows icon: an ICO directory of 16…256 px images (0 means 256).
    let ico = std::fs::read(asset("icons/nnlab.ico")).unwrap();
    assert_eq!(&ico[..4], &[0, 0, 1, 0]);
    let count = usize::from(u16::from_le_bytes([ico[4], ico[5]]));
    let sizes: Vec<u32> = (0..count)
        .map(|i| match ico[6 + 16 * i] {
            0 => 256,
            w => u32::from(w),
        })
        .collect();
    assert_eq!(sizes, [16, 24, 32, 48, 64, 256]);
    // The resource script compiled into the .exe files uses that icon.
    let rc = std::fs::read_to_string(asset("windows/nnlab.rc")).unwrap();
    assert!(rc.contains(r#"1 ICON "nnlab.ico""#));
}

fn bin(name: &str) -> &'static str {
    match name {
        "nnlab" => env!("CARGO_BIN_EXE_nnlab"),
        _ => env!("CARGO_BIN_EXE_nnlab-cli"),
    }
}

fn stdout_of(program: &str, args: &[&str]) -> String {
    let out = Command::new(program).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_console_face_runs_the_same_commands() {
    for args in [&["logic", "xor"][..], &["--help"], &["--lang", "ko", "train", "--help"]] {
        let window = stdout_of(bin("nnlab"), args);
        assert!(!window.is_empty());
        assert_eq!(stdout_of(bin("nnlab-cli"), args), window, "{args:?}");
    }
}

/// A folder with a copy of the console face in it (hard-linked when the
/// file system allows: the debug binary is large).
fn console_face_alone() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join(Path::new(bin("nnlab-cli")).file_name().unwrap());
    if std::fs::hard_link(bin("nnlab-cli"), &copy).is_err() {
        std::fs::copy(bin("nnlab-cli"), &copy).unwrap();
    }
    (dir, copy)
}

#[test]
fn without_a_window_program_beside_it_the_console_face_says_so() {
    let (_dir, console) = console_face_alone();
    let out = Command::new(&console).args(["--lang", "en"]).output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("error: the window program nnlab"), "{stderr}");
    let out = Command::new(&console).args(["--lang", "ko"]).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("오류: 창 프로그램 nnlab"), "{stderr}");
}

/// The console face starts the program named `nnlab` beside it with its
/// own arguments, waits, and exits with its exit code. A stand-in script
/// records what it was given (Unix: a shell script can be a program).
#[cfg(unix)]
#[test]
fn without_a_command_the_console_face_starts_the_window_program_beside_it() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, console) = console_face_alone();
    let record = dir.path().join("arguments.txt");
    let window = dir.path().join("nnlab");
    let script = format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\nexit 7\n", record.display());
    std::fs::write(&window, script).unwrap();
    std::fs::set_permissions(&window, std::fs::Permissions::from_mode(0o755)).unwrap();
    let status = Command::new(&console)
        .args(["--lang", "ko", "data.csv"])
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(7));
    assert_eq!(std::fs::read_to_string(&record).unwrap(), "--lang\nko\ndata.csv\n");
}
