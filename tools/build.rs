//! Build script: gives the Windows executables their icon and version
//! resources (assets/windows/nnlab.rc). Other systems need nothing here: the
//! Linux desktop entry and the macOS bundle carry their icons beside the
//! binary, and the window sets its own at run time.
//!
//! Hand-written rather than the embed-resource crate: one resource file and
//! two compilers (MinGW's windres for the cross-built archive, rc.exe or
//! llvm-rc for MSVC) need about 60 lines, and the crate would add cc, toml
//! and their dependencies to every build on every system.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    for input in ["assets/windows/nnlab.rc", "assets/icons/nnlab.ico", "tools/build.rs"] {
        println!("cargo:rerun-if-changed={input}");
    }
    println!("cargo:rerun-if-env-changed=RC");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    write_version_header(&out);
    let gnu = env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    let compiled = if gnu { windres(&out) } else { rc(&out) };
    match compiled {
        Ok(object) => println!("cargo:rustc-link-arg-bins={}", object.display()),
        // `cargo check` from another system has no resource compiler and
        // links nothing; a release build says what its files will lack.
        Err(why) if env::var("PROFILE").as_deref() == Ok("release") => {
            println!("cargo:warning=the .exe files get no icon resource: {why}");
        }
        Err(_) => {}
    }
}

/// `nnlab-version.h`: the crate version as text and as the four numbers a
/// VERSIONINFO block wants (`0,1,0,0`).
fn write_version_header(out: &Path) {
    let version = env::var("CARGO_PKG_VERSION").expect("cargo sets the version");
    let number = |key: &str| env::var(key).ok().and_then(|v| v.parse::<u16>().ok()).unwrap_or(0);
    let (major, minor, patch) = (
        number("CARGO_PKG_VERSION_MAJOR"),
        number("CARGO_PKG_VERSION_MINOR"),
        number("CARGO_PKG_VERSION_PATCH"),
    );
    let header =
        format!("#define NNLAB_VERSION_TEXT \"{version}\"\n#define NNLAB_VERSION_NUMBERS {major},{minor},{patch},0\n");
    std::fs::write(out.join("nnlab-version.h"), header).expect("OUT_DIR is writable");
}

/// MinGW: `x86_64-w64-mingw32-windres` (or `$RC`) to a COFF object the
/// linker takes like any other.
fn windres(out: &Path) -> Result<PathBuf, String> {
    let arch = env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let tool = env::var("RC").unwrap_or_else(|_| format!("{arch}-w64-mingw32-windres"));
    let object = out.join("nnlab-resources.o");
    let status = Command::new(&tool)
        .args(["--input-format=rc", "--output-format=coff", "--include-dir"])
        .arg(out)
        .arg("--include-dir=assets/icons")
        .args(["--input", "assets/windows/nnlab.rc", "--output"])
        .arg(&object)
        .status();
    finished(&tool, status).map(|()| object)
}

/// MSVC: `$RC`, else rc.exe (a Developer prompt has it), else LLVM's
/// llvm-rc, to a .res file link.exe takes directly.
fn rc(out: &Path) -> Result<PathBuf, String> {
    let res = out.join("nnlab-resources.res");
    let tools = env::var("RC").map_or_else(|_| vec!["rc.exe".to_string(), "llvm-rc".to_string()], |t| vec![t]);
    let mut last = String::from("no resource compiler");
    for tool in tools {
        let status = Command::new(&tool)
            .arg("/i")
            .arg(out)
            .args(["/i", "assets/icons", "/fo"])
            .arg(&res)
            .arg("assets/windows/nnlab.rc")
            .status();
        match finished(&tool, status) {
            Ok(()) => return Ok(res),
            Err(why) => last = why,
        }
    }
    Err(last)
}

/// Whether `tool` ran and succeeded, or why not, in a few words.
fn finished(tool: &str, status: std::io::Result<std::process::ExitStatus>) -> Result<(), String> {
    match status {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("{tool} failed ({s})")),
        Err(e) => Err(format!("{tool} not found ({e})")),
    }
}
