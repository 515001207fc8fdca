//! nnlab's entry point: parse the command line, then open the window or run
//! a headless command.
//!
//! On Windows this is a window program, so Explorer and the Start menu open
//! the window without a console beside it; what it prints reaches only a
//! redirected stream. Terminals run the console face instead (`nnlab-cli`,
//! shipped as `nnlab.com`; see `cli::launch`).

#![cfg_attr(windows, windows_subsystem = "windows")]

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let cli = match nnlab::cli::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    match cli.command {
        Some(command) => nnlab::cli::run_command(command),
        None => match nnlab::app::run(cli.file, cli.lang) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{}", nnlab::tr!("cli-error-window", reason = e.to_string()));
                ExitCode::FAILURE
            }
        },
    }
}

/// In a browser tab there is no command line: the page starts the window
/// (`tools/web/build.sh` builds this for `wasm32-unknown-unknown`).
#[cfg(target_arch = "wasm32")]
fn main() {
    nnlab::app::web::start();
}
