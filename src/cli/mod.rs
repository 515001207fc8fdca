//! The command line: `nnlab` opens the window; `train`, `perceptron`,
//! `logic`, `neuron`, `bench`, `lesson`, `backprop`, `predict`, `export` and
//! `landscape` run headless. Errors print one line on stderr and exit non-zero.

mod backprop_cmd;
mod bench_cmd;
mod data_args;
mod export_cmd;
mod help;
mod landscape_cmd;
mod launch;
mod lesson_cmd;
mod lesson_report;
mod lesson_run;
mod logic_cmd;
mod neuron_cmd;
mod perceptron_cmd;
mod predict_cmd;
mod train_cmd;
mod values;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::i18n::{self, Language};
use crate::tr;
pub use launch::{open_window_program, window_program_name};
use values::lenient;

/// nnlab: a native lab for neural networks, from logic neurons to MLPs.
#[derive(Parser, Debug)]
#[command(name = "nnlab", version, about)]
pub struct Cli {
    /// A CSV dataset, a session (.json) or a lesson (.toml) to open in the window
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// What to run (none: open the window)
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Language of messages and help, en or ko (default: the system locale)
    #[arg(long, global = true, value_name = "LANG", value_parser = lenient::<Language>())]
    pub lang: Option<Language>,
}

/// The headless commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Train a multilayer perceptron and report loss and accuracy
    Train(train_cmd::TrainArgs),
    /// Train Rosenblatt's perceptron with the perceptron learning rule
    Perceptron(perceptron_cmd::PerceptronArgs),
    /// Print the truth table of a McCulloch–Pitts network
    Logic(logic_cmd::LogicArgs),
    /// Spike times of a leaky integrate-and-fire neuron under a constant current
    Neuron(neuron_cmd::NeuronArgs),
    /// Measure training, grid evaluation, the live loop and CSV import
    Bench(bench_cmd::BenchArgs),
    /// List the built-in lessons, check a lesson file, or work through one without a window
    Lesson(lesson_cmd::LessonArgs),
    /// Show one training step on one sample of a saved session: forward pass, loss, deltas, gradients
    Backprop(backprop_cmd::BackpropArgs),
    /// A saved network's answer at one point (raw coordinates)
    Predict(predict_cmd::PredictArgs),
    /// Write a session as a Keras script or a Jupyter notebook
    Export(export_cmd::ExportArgs),
    /// The training loss on a 2-D slice of weight space around a session's weights
    Landscape(landscape_cmd::LandscapeArgs),
}

/// Parses the arguments; prints help/version or a one-line error itself.
/// The language (`--lang`, else the system locale) is set first, so the
/// help and every later message are in it.
pub fn parse() -> Result<Cli, ExitCode> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    i18n::set_process_language(lang_in_args(&args).unwrap_or_else(Language::from_env));
    // One name in usage lines, whichever face runs (`nnlab-cli`, `nnlab.com`).
    let command = Cli::command().bin_name("nnlab");
    let cmd = values::negative_numbers(help::localized(command));
    let matches = cmd.try_get_matches_from(&args);
    let cli = matches.and_then(|m| Cli::from_arg_matches(&m));
    // `--lang` is global (before or after the command), so clap no longer
    // keeps a FILE from coming with a command: say so here.
    if let Ok(Cli {
        file: Some(file),
        command: Some(_),
        ..
    }) = &cli
    {
        eprintln!(
            "{} {}",
            tr!("cli-file-with-command", file = file.display().to_string()),
            tr!("cli-see-help")
        );
        return Err(ExitCode::from(2));
    }
    cli.map_err(|e| {
        use clap::error::ErrorKind::*;
        match e.kind() {
            DisplayHelp | DisplayVersion | DisplayHelpOnMissingArgumentOrSubcommand => {
                let _ = e.print();
                ExitCode::SUCCESS
            }
            _ => {
                eprintln!("{} {}", one_line(&e), tr!("cli-see-help"));
                ExitCode::from(2)
            }
        }
    })
}

/// Whether `e` already says, in the learner's words, what the operating
/// system said (its cause then adds the system's English).
fn words_its_cause(e: &(dyn std::error::Error + 'static)) -> bool {
    e.is::<crate::data::DataError>() || e.is::<crate::session::SessionError>() || e.is::<crate::export::ExportError>()
}

/// The value of `--lang X` or `--lang=X`, read before clap parses so its
/// help is already in that language (clap then checks the value itself).
fn lang_in_args(args: &[std::ffi::OsString]) -> Option<Language> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().find_map(|(i, a)| {
        let value = match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).copied(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        value.and_then(Language::from_name)
    })
}

/// clap's error on one line: its first line, and what clap lists on lines
/// of their own: the values it knows for an unknown value, the arguments
/// missing for a missing one.
fn one_line(e: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = e.to_string();
    let first = text.lines().next().unwrap_or("error: bad arguments");
    let listed = |kind| match e.get(kind) {
        Some(ContextValue::Strings(list)) if !list.is_empty() => Some(list.join(", ")),
        _ => None,
    };
    if let Some(known) = listed(ContextKind::ValidValue) {
        format!("{first}; possible values: {known}")
    } else if e.kind() == ErrorKind::MissingRequiredArgument
        && let Some(missing) = listed(ContextKind::InvalidArg)
    {
        format!("{} {missing}", first.trim_end())
    } else {
        first.to_string()
    }
}

/// Runs a headless command, printing any error as one line.
pub fn run_command(command: Command) -> ExitCode {
    let result = match command {
        Command::Train(args) => train_cmd::run(args),
        Command::Perceptron(args) => perceptron_cmd::run(args),
        Command::Logic(args) => logic_cmd::run(args),
        Command::Neuron(args) => neuron_cmd::run(args),
        Command::Bench(args) => bench_cmd::run(args),
        Command::Lesson(args) => lesson_cmd::run(args),
        Command::Backprop(args) => backprop_cmd::run(args),
        Command::Predict(args) => predict_cmd::run(args),
        Command::Export(args) => export_cmd::run(args),
        Command::Landscape(args) => landscape_cmd::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", tr!("cli-error", error = describe(&e)));
            ExitCode::FAILURE
        }
    }
}

/// The error chain as one line, without repeating a message that another
/// part of the chain already contains (an I/O error that names its file
/// needs no file-name context in front of it). Every engine error reads in
/// the current language (its words are in `i18n::words`).
fn describe(e: &anyhow::Error) -> String {
    let chain: Vec<&(dyn std::error::Error + 'static)> = e.chain().collect();
    let mut parts: Vec<String> = (chain.iter().enumerate())
        .filter(|(i, c)| !(*i > 0 && c.is::<std::io::Error>() && words_its_cause(chain[i - 1])))
        .map(|(_, c)| c.to_string())
        .collect();
    // An error that only passes its cause on reads as that cause.
    parts.dedup();
    let kept: Vec<&str> = parts
        .iter()
        .enumerate()
        .filter(|(i, p)| {
            !parts
                .iter()
                .enumerate()
                .any(|(j, q)| j != *i && q.contains(p.as_str()) && q != *p)
        })
        .map(|(_, p)| p.as_str())
        .collect();
    kept.join(": ").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_is_read_before_parsing() {
        let args = |xs: &[&str]| xs.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_in_args(&args(&["nnlab", "--lang", "ko", "--help"])),
            Some(Language::Ko)
        );
        assert_eq!(
            lang_in_args(&args(&["nnlab", "train", "--lang=en"])),
            Some(Language::En)
        );
        assert_eq!(lang_in_args(&args(&["nnlab", "--lang", "xx"])), None);
        assert_eq!(lang_in_args(&args(&["nnlab", "--language", "ko"])), None);
        assert_eq!(lang_in_args(&args(&["nnlab"])), None);
    }
}
