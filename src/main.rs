//! nnlab's entry point: parse the command line, then open the window or run
//! a headless command.

use std::process::ExitCode;

use clap::CommandFactory;

fn main() -> ExitCode {
    let cli = match nnlab::cli::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    match cli.command {
        Some(command) => nnlab::cli::run_command(command),
        None => {
            // The window arrives with the desktop app; until then, show help.
            let _ = nnlab::cli::Cli::command().print_help();
            ExitCode::SUCCESS
        }
    }
}
