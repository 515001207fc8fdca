//! `--help` in the current language: clap's derive writes the English doc
//! comments into the command tree; before parsing, every about text, every
//! argument's help and the headings are replaced by the catalogue's (in
//! English too, so the catalogue is the one source of what users read).
//! Flags, value names and possible values stay English: they are the
//! contract scripts rely on.

use clap::{Arg, ArgAction, Command};

use crate::tr;

/// The command tree with every user-visible text from the catalogue.
pub(super) fn localized(cmd: Command) -> Command {
    let cmd = cmd.about(tr!("cli-about")).disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(tr!("cli-flag-version")),
    );
    localize_command(cmd, "")
}

/// `cmd` (called `path`, e.g. `lesson check`) and its subcommands.
fn localize_command(cmd: Command, path: &str) -> Command {
    let cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            tr!("cli-heading-usage")
        ))
        .subcommand_help_heading(tr!("cli-heading-commands"))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr!("cli-flag-help")),
        )
        .mut_args(|a| {
            let heading = if a.is_positional() {
                tr!("cli-heading-arguments")
            } else {
                tr!("cli-heading-options")
            };
            let help = arg_help(path, a.get_id().as_str());
            let a = a.help_heading(heading);
            let a = match help {
                Some(h) => a.help(h),
                None => a,
            };
            value_notes(a)
        });
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        let path = if path.is_empty() {
            name
        } else {
            format!("{path} {name}")
        };
        let sub = match command_about(&path) {
            Some(about) => sub.about(about),
            None => sub,
        };
        localize_command(sub, &path)
    })
}

/// The value names (`<FILE>`) and clap's notes after the help
/// (`[possible values: …]`, `[default: …]`) in the catalogue's words: clap
/// writes the notes in English, so they are hidden and written again. The
/// values themselves stay as typed: they are what scripts pass.
fn value_notes(a: Arg) -> Arg {
    let names: Vec<String> = a
        .get_value_names()
        .unwrap_or_default()
        .iter()
        .map(|n| value_name(n))
        .collect();
    let possible: Vec<String> = (a.get_possible_values().iter())
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    let defaults: Vec<String> = (a.get_default_values().iter())
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let takes_value = a.get_action().takes_values();
    let mut notes = Vec::new();
    if takes_value && !possible.is_empty() && !a.is_hide_possible_values_set() {
        notes.push(tr!("cli-possible-values", values = possible.join(", ")));
    }
    if takes_value && !defaults.is_empty() && !a.is_hide_default_value_set() {
        notes.push(tr!("cli-default-value", value = defaults.join(", ")));
    }
    let help = a.get_help().map(ToString::to_string).unwrap_or_default();
    let a = if names.is_empty() { a } else { a.value_names(names) };
    if notes.is_empty() {
        return a;
    }
    let help = [help]
        .into_iter()
        .chain(notes)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>();
    a.hide_possible_values(true)
        .hide_default_value(true)
        .help(help.join(" "))
}

/// A value name as the help shows it: a word of the catalogue
/// (`FILE` → `파일` in Korean), or as written (`N`, `X,Y`).
fn value_name(name: &str) -> String {
    match name {
        "FILE" => tr!("cli-value-file"),
        "FILE.gif" => tr!("cli-value-file-gif"),
        "ACTIONS.json" => tr!("cli-value-actions-json"),
        "COL" => tr!("cli-value-col"),
        "NAME" => tr!("cli-value-name"),
        "LIST" => tr!("cli-value-list"),
        "LANG" => tr!("cli-value-lang"),
        "CLASS" => tr!("cli-value-class"),
        "FORMAT" => tr!("cli-value-format"),
        "GATE" => tr!("cli-value-gate"),
        "PATH" => tr!("cli-value-path"),
        _ => name.to_string(),
    }
}

/// The one-line description of command `path`.
pub(super) fn command_about(path: &str) -> Option<String> {
    Some(match path {
        "train" => tr!("cli-about-train"),
        "perceptron" => tr!("cli-about-perceptron"),
        "logic" => tr!("cli-about-logic"),
        "neuron" => tr!("cli-about-neuron"),
        "bench" => tr!("cli-about-bench"),
        "lesson" => tr!("cli-about-lesson"),
        "lesson list" => tr!("cli-about-lesson-list"),
        "lesson check" => tr!("cli-about-lesson-check"),
        "lesson run" => tr!("cli-about-lesson-run"),
        "backprop" => tr!("cli-about-backprop"),
        "predict" => tr!("cli-about-predict"),
        "export" => tr!("cli-about-export"),
        "landscape" => tr!("cli-about-landscape"),
        _ => return None,
    })
}

/// The help of argument `id` of command `path` (`""`: the top level).
pub(super) fn arg_help(path: &str, id: &str) -> Option<String> {
    Some(match (path, id) {
        ("", "file") => tr!("cli-arg-file"),
        (_, "lang") => tr!("cli-arg-lang"),
        (_, "help") => tr!("cli-flag-help"),
        (_, "version") => tr!("cli-flag-version"),
        // The data options `train` and `perceptron` share.
        (_, "dataset") => tr!("cli-arg-dataset"),
        (_, "data") => tr!("cli-arg-data"),
        (_, "x") => tr!("cli-arg-x"),
        (_, "y") => tr!("cli-arg-y"),
        (_, "label") => tr!("cli-arg-label"),
        (_, "standardize") => tr!("cli-arg-standardize"),
        (_, "points") => tr!("cli-arg-points"),
        (_, "noise") => tr!("cli-arg-noise"),
        (_, "classes") => tr!("cli-arg-classes"),
        ("train", "features") => tr!("cli-train-features"),
        ("train", "hidden") => tr!("cli-train-hidden"),
        ("train", "activation") => tr!("cli-train-activation"),
        ("train", "loss") => tr!("cli-train-loss"),
        ("train", "optimizer") => tr!("cli-train-optimizer"),
        ("train" | "perceptron", "lr") => tr!("cli-arg-lr"),
        ("train", "batch") => tr!("cli-train-batch"),
        ("train", "epochs") => tr!("cli-train-epochs"),
        ("train", "l1") => tr!("cli-train-l1"),
        ("train", "l2") => tr!("cli-train-l2"),
        ("train", "test_ratio") => tr!("cli-train-test-ratio"),
        ("train", "seed") => tr!("cli-train-seed"),
        ("train", "session") => tr!("cli-train-session"),
        ("train", "save") => tr!("cli-train-save"),
        ("train", "gif") => tr!("cli-train-gif"),
        ("train", "frames") => tr!("cli-train-frames"),
        ("perceptron", "positive") => tr!("cli-perceptron-positive"),
        ("perceptron", "step") => tr!("cli-perceptron-step"),
        ("perceptron", "max_epochs") => tr!("cli-perceptron-max-epochs"),
        ("perceptron", "shuffle") => tr!("cli-perceptron-shuffle"),
        ("perceptron", "seed") => tr!("cli-perceptron-seed"),
        ("perceptron", "predict") => tr!("cli-perceptron-predict"),
        ("perceptron", "trace") => tr!("cli-perceptron-trace"),
        ("perceptron", "version_space_bias") => tr!("cli-perceptron-version-space-bias"),
        ("logic", "gate") => tr!("cli-logic-gate"),
        ("logic", "json") => tr!("cli-logic-json"),
        ("neuron", "current") => tr!("cli-neuron-current"),
        ("neuron", "tau_ms") => tr!("cli-neuron-tau-ms"),
        ("neuron", "threshold") => tr!("cli-neuron-threshold"),
        ("neuron", "refractory_ms") => tr!("cli-neuron-refractory-ms"),
        ("neuron", "duration_ms") => tr!("cli-neuron-duration-ms"),
        ("neuron", "json") => tr!("cli-neuron-json"),
        ("bench", "quick") => tr!("cli-bench-quick"),
        ("bench", "check") => tr!("cli-bench-check"),
        ("bench", "json") => tr!("cli-bench-json"),
        ("lesson list", "json") => tr!("cli-lesson-list-json"),
        ("lesson check", "file") => tr!("cli-lesson-check-file"),
        ("lesson check", "builtin") => tr!("cli-lesson-check-builtin"),
        ("lesson check", "json") => tr!("cli-lesson-check-json"),
        ("lesson run", "file") => tr!("cli-lesson-check-file"),
        ("lesson run", "actions") => tr!("cli-lesson-run-actions"),
        ("lesson run", "json") => tr!("cli-lesson-run-json"),
        ("backprop", "session") => tr!("cli-backprop-session"),
        ("backprop", "sample") => tr!("cli-backprop-sample"),
        ("predict", "session") => tr!("cli-predict-session"),
        ("predict", "at") => tr!("cli-predict-at"),
        ("predict", "json") => tr!("cli-predict-json"),
        ("export", "format") => tr!("cli-export-format"),
        ("export", "session") => tr!("cli-export-session"),
        ("export", "out") => tr!("cli-export-out"),
        ("export", "force") => tr!("cli-export-force"),
        ("landscape", "session") => tr!("cli-landscape-session"),
        ("landscape", "size") => tr!("cli-landscape-size"),
        ("landscape", "span") => tr!("cli-landscape-span"),
        ("landscape", "directions") => tr!("cli-landscape-directions"),
        ("landscape", "seed") => tr!("cli-landscape-seed"),
        (_, "json") => tr!("cli-arg-json"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::Cli;

    /// Every command and argument has a catalogue text, so a new flag
    /// without one fails here (and then in the catalogue tests until both
    /// languages have it).
    #[test]
    fn every_command_and_argument_has_a_catalogue_text() {
        fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
            if !path.is_empty() && command_about(path).is_none() {
                missing.push(format!("about of `{path}`"));
            }
            for a in cmd.get_arguments() {
                if arg_help(path, a.get_id().as_str()).is_none() {
                    missing.push(format!("`{path}` {}", a.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                let sub_path = [path, sub.get_name()].join(" ").trim().to_string();
                walk(sub, &sub_path, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "", &mut missing);
        assert!(missing.is_empty(), "no catalogue text for: {missing:?}");
    }

    /// The localized tree is a valid clap command (clap checks it when
    /// built) whose help still lists the flags.
    #[test]
    fn the_localized_tree_is_valid() {
        let mut cmd = localized(Cli::command());
        cmd.build();
        let help = cmd.render_long_help().to_string();
        assert!(help.contains("--lang") && help.contains("train"), "{help}");
    }
}
