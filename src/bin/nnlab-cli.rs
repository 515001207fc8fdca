//! nnlab's console face: the same command line as `nnlab`, built as a
//! console program on every system. On Windows, where `nnlab.exe` is a
//! window program that prints nowhere, it is shipped as `nnlab.com`, so
//! `nnlab train …` typed in a terminal runs here and prints there (see
//! `cli::launch`). Without a command it starts the window program beside it.

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match nnlab::cli::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    match cli.command {
        Some(command) => nnlab::cli::run_command(command),
        None => nnlab::cli::open_window_program(std::env::args_os().skip(1)),
    }
}
