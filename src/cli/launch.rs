//! The command-line face's way to the window. On Windows a program is
//! either a console program (a terminal waits for it and shows what it
//! prints, but Explorer opens a console window beside it) or a window
//! program (no console from Explorer, but nothing it prints reaches the
//! terminal). nnlab is both: `nnlab` (the window program) and `nnlab-cli`
//! (a console program shipped as `nnlab.com`, which terminals pick before
//! `nnlab.exe`). The console face runs the headless commands itself and,
//! asked for the window, starts the window program beside it and waits,
//! so a terminal behaves as on Linux and macOS.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use crate::tr;

/// File name of the window program on this system (`nnlab`, `nnlab.exe`).
pub fn window_program_name() -> String {
    format!("nnlab{}", std::env::consts::EXE_SUFFIX)
}

/// The window program in the folder of `console` (this program's path),
/// unless that is `console` itself (a console face renamed to `nnlab` would
/// otherwise start itself for ever).
fn window_program_beside(console: &Path) -> Option<PathBuf> {
    let window = console.with_file_name(window_program_name());
    (window != console).then_some(window)
}

/// Starts the window program beside this one with `args` (this program's
/// arguments after its name), waits for it, and exits as it did. Its
/// standard streams are this terminal's, so its messages land here.
pub fn open_window_program(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let console = std::env::current_exe();
    let window = console.as_deref().ok().and_then(window_program_beside);
    let Some(window) = window.filter(|w| w.is_file()) else {
        eprintln!("{}", tr!("cli-window-program-missing", path = window_program_name()));
        return ExitCode::FAILURE;
    };
    match Command::new(&window).args(args).status() {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(status) => ExitCode::from(status.code().map_or(1, |c| u8::try_from(c).unwrap_or(1))),
        Err(e) => {
            let path = window.display().to_string();
            eprintln!(
                "{}",
                tr!("cli-window-program-failed", path = path, reason = e.to_string())
            );
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_program_is_looked_for_beside_the_console_one() {
        let name = window_program_name();
        let dir = Path::new("some").join("folder");
        let console = dir.join(format!("nnlab-cli{}", std::env::consts::EXE_SUFFIX));
        assert_eq!(window_program_beside(&console), Some(dir.join(&name)));
        // Windows: the console face shipped as nnlab.com finds nnlab.exe.
        assert_eq!(window_program_beside(&dir.join("nnlab.com")), Some(dir.join(&name)));
        assert_eq!(window_program_beside(&dir.join(&name)), None);
    }
}
