//! `nnlab train`: trains an MLP headless and prints a summary (or JSON).

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Args;
use serde_json::json;

use super::data_args::DataArgs;
use super::values::{LossChoice, lenient};
use crate::data::{Dataset, Feature, Generator, canonical_features};
use crate::fsutil::{Destination, prepare};
use crate::nn::{Activation, OptimizerKind};
use crate::render::{
    AnimationRequest, DEFAULT_FONT, DEFAULT_FRAMES, DEFAULT_SIZE, MAX_FRAMES, colors::Style, epoch_label, export_gif,
};
use crate::session::{ContinuedElsewhere, Session};
use crate::tr;
use crate::train::{GridSpec, TrainConfig, Trainer, split_dataset, split_generated};

/// The data `nnlab train` learns when neither `--dataset` nor `--data` is given.
const DEFAULT_DATASET: Generator = Generator::Spiral;

/// Options of `nnlab train`.
#[derive(Args, Debug)]
pub struct TrainArgs {
    #[command(flatten)]
    data: DataArgs,
    /// Input features, comma-separated (e.g. x1,x2,x1^2)
    #[arg(long, value_name = "LIST", value_delimiter = ',', value_parser = lenient::<Feature>())]
    features: Option<Vec<Feature>>,
    /// Hidden layer widths, comma-separated ("none" for no hidden layer)
    #[arg(long, value_name = "LIST")]
    hidden: Option<String>,
    /// Hidden activation (default tanh)
    #[arg(long, value_name = "NAME", value_parser = lenient::<Activation>())]
    activation: Option<Activation>,
    /// Loss (auto: mse for regression, bce for 2 classes, ce for more)
    #[arg(long, value_name = "NAME", value_parser = lenient::<LossChoice>())]
    loss: Option<LossChoice>,
    /// Optimizer
    #[arg(long, value_name = "NAME", value_parser = lenient::<OptimizerKind>())]
    optimizer: Option<OptimizerKind>,
    /// Learning rate η
    #[arg(long, value_name = "F")]
    lr: Option<f32>,
    /// Mini-batch size
    #[arg(long, value_name = "N")]
    batch: Option<usize>,
    /// Epochs to train in this run
    #[arg(long, value_name = "N")]
    epochs: Option<u64>,
    /// L1 penalty rate λ₁
    #[arg(long, value_name = "F")]
    l1: Option<f32>,
    /// L2 penalty rate λ₂
    #[arg(long, value_name = "F")]
    l2: Option<f32>,
    /// Fraction of points held out for testing (default 0.25; none for the gates)
    #[arg(long, value_name = "F")]
    test_ratio: Option<f64>,
    /// Seed of data, split, initial weights and shuffling
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// Continue a saved session
    #[arg(long, value_name = "FILE")]
    session: Option<PathBuf>,
    /// Save the session when done
    #[arg(long, value_name = "FILE")]
    save: Option<PathBuf>,
    /// Print one JSON object on the last line
    #[arg(long)]
    json: bool,
    /// Write an animated GIF of the decision boundary across the run's checkpoints
    #[arg(long, value_name = "FILE.gif")]
    gif: Option<PathBuf>,
    /// Frames of the GIF (log-spaced epochs)
    #[arg(long, value_name = "N", requires = "gif", default_value_t = DEFAULT_FRAMES)]
    frames: usize,
}

/// Runs `nnlab train`. Every output is checked before any work: with a
/// `--frames` out of range or a `--save`/`--gif` path that cannot be
/// written, nothing is trained and nothing written.
pub(super) fn run(args: TrainArgs) -> Result<()> {
    if args.gif.is_some() && !(1..=MAX_FRAMES).contains(&args.frames) {
        bail!(
            "{}",
            tr!("cli-train-bad-frames", frames = args.frames, max = MAX_FRAMES)
        );
    }
    let save_to = args.save.as_deref().map(output).transpose()?;
    let gif_to = args.gif.as_deref().map(output).transpose()?;
    // Training done elsewhere (a Keras script's `--fit`) stays on record.
    let (dataset, mut trainer, continued_in) = match &args.session {
        Some(path) => resume(&args, path)?,
        None => {
            let (dataset, trainer) = fresh(&args)?;
            (dataset, trainer, Vec::new())
        }
    };
    let epochs = args.epochs.unwrap_or(trainer.config().epochs);
    let start = Instant::now();
    let seen_before = trainer.samples_seen();
    trainer.train_epochs(epochs)?;
    let seconds = start.elapsed().as_secs_f64();
    let samples_per_sec = (trainer.samples_seen() - seen_before) as f64 / seconds.max(1e-9);

    // The last checkpoint is the trained network, so saves and animations end there.
    trainer.checkpoint_now();
    if let Some((path, to)) = save_to {
        let mut session = Session::capture(&dataset, &trainer);
        session.progress.continued_in = continued_in;
        to.write(session.to_json().as_bytes())
            .with_context(|| path.display().to_string())?;
    }
    if let Some((path, to)) = gif_to {
        write_gif(to, &dataset, &trainer, args.frames).with_context(|| path.display().to_string())?;
    }
    let train = trainer.evaluate_train();
    let test = (!trainer.test_design().is_empty()).then(|| trainer.evaluate_test());
    if args.json {
        let out = json!({
            "epochs": trainer.epoch(),
            "train_loss": train.loss,
            "test_loss": test.as_ref().map(|m| m.loss),
            "train_accuracy": train.accuracy,
            "test_accuracy": test.as_ref().and_then(|m| m.accuracy),
            "classes": dataset.class_names(),
            "samples_per_sec": samples_per_sec,
            "samples_seen": trainer.samples_seen(),
            "shape": trainer.net().shape(),
            "loss": trainer.net().head.loss.name(),
            "seed": trainer.config().seed,
        });
        println!("{out}");
    } else {
        let c = trainer.config();
        let shape: Vec<String> = trainer.net().shape().iter().map(|n| n.to_string()).collect();
        let (n_train, n_test) = (trainer.train_design().len(), trainer.test_design().len());
        println!(
            "{}",
            tr!(
                "cli-train-dataset-line",
                name = dataset.name.as_str(),
                points = dataset.points.len(),
                train = n_train,
                test = n_test,
                task = task_text(&dataset)
            )
        );
        let activation = c
            .hidden
            .first()
            .map_or_else(|| tr!("cli-train-no-hidden"), |l| l.activation.name().to_string());
        println!(
            "{}",
            tr!(
                "cli-train-network-line",
                shape = shape.join("-"),
                activation = activation,
                loss = trainer.net().head.loss.name(),
                optimizer = c.optimizer.kind.name(),
                lr = c.learning_rate.to_string(),
                batch = c.batch_size
            )
        );
        println!(
            "{}",
            tr!(
                "cli-train-trained-line",
                epochs = epochs,
                seconds = format!("{seconds:.3}"),
                rate = format!("{:.2}", samples_per_sec / 1e6),
                total = trainer.epoch()
            )
        );
        let (loss, accuracy) = (format!("{:.4}", train.loss), percent(train.accuracy));
        println!("{}", tr!("cli-train-train-loss", loss = loss, accuracy = accuracy));
        if let Some(t) = &test {
            let (loss, accuracy) = (format!("{:.4}", t.loss), percent(t.accuracy));
            println!("{}", tr!("cli-train-test-loss", loss = loss, accuracy = accuracy));
        }
        if let Some(path) = &args.save {
            println!("{}", tr!("files-saved-session", path = path.display().to_string()));
        }
        if let Some(path) = &args.gif {
            println!("{}", tr!("cli-train-wrote-gif", path = path.display().to_string()));
        }
    }
    Ok(())
}

/// A path named for output, checked and ready to write (see
/// [`crate::fsutil::prepare`]).
fn output(path: &Path) -> Result<(&Path, Destination)> {
    let to = prepare(path).with_context(|| path.display().to_string())?;
    Ok((path, to))
}

/// The animation of the run's checkpoints over the data's region.
fn write_gif(to: Destination, dataset: &Dataset, trainer: &Trainer, frames: usize) -> Result<()> {
    let request = AnimationRequest {
        checkpoints: trainer.checkpoints().list(),
        dataset,
        config: trainer.config(),
        view: GridSpec::around(dataset, DEFAULT_SIZE),
        style: Style::for_dataset(dataset, false),
        frames,
        font: DEFAULT_FONT,
        label: &epoch_label,
    };
    let bytes = export_gif(&request, &mut |_, _| true)?;
    to.write(&bytes)?;
    Ok(())
}

fn percent(acc: Option<f64>) -> String {
    acc.map(|a| tr!("cli-train-accuracy", percent = format!("{:.1}", a * 100.0)))
        .unwrap_or_default()
}

fn task_text(d: &Dataset) -> String {
    match d.num_classes() {
        0 => tr!("cli-train-regression"),
        k => tr!("cli-train-classes", count = k, names = d.class_names().join(", ")),
    }
}

/// A new dataset and network from the options.
fn fresh(args: &TrainArgs) -> Result<(Dataset, Trainer)> {
    let mut config = TrainConfig::default();
    if let Some(seed) = args.seed {
        config.seed = seed;
    }
    let mut dataset = args.data.load(DEFAULT_DATASET, config.seed)?;
    if let Some(list) = &args.features {
        config.features = canonical_features(list);
    }
    let activation = args.activation.unwrap_or(Activation::Tanh);
    let widths = match &args.hidden {
        Some(list) => parse_widths(list)?,
        None => config.hidden.iter().map(|l| l.neurons).collect(),
    };
    config = config.with_hidden(&widths, activation);
    if let Some(LossChoice(loss)) = args.loss {
        config.loss = loss;
    }
    if let Some(r) = args.test_ratio {
        config.test_ratio = r;
    }
    apply_hyperparameters(args, &mut config);
    // The command line is an edge: its values are checked here, once.
    let config = config.check()?;
    if args.test_ratio.is_some() {
        // Asked for explicitly: even a truth table is split.
        split_dataset(&mut dataset, &config);
    } else {
        split_generated(&mut dataset, args.data.generator(DEFAULT_DATASET), &config);
    }
    let trainer = Trainer::new(&dataset, config)?;
    Ok((dataset, trainer))
}

/// A saved session, with only the hyperparameters overridable, and its
/// record of training done outside nnlab.
fn resume(args: &TrainArgs, path: &Path) -> Result<(Dataset, Trainer, Vec<ContinuedElsewhere>)> {
    if args.data.any()
        || args.features.is_some()
        || args.hidden.is_some()
        || args.activation.is_some()
        || args.loss.is_some()
        || args.test_ratio.is_some()
        || args.seed.is_some()
    {
        bail!("{}", tr!("cli-train-session-options"));
    }
    let mut session = Session::load(path).with_context(|| format!("{}", path.display()))?;
    let mut config = session.config.get().clone();
    apply_hyperparameters(args, &mut config);
    // The file's settings were checked as it was read; the flags change
    // them, so what comes in from the command line is checked here.
    session.config = config.check()?;
    let trainer = session.into_trainer()?;
    Ok((session.dataset, trainer, session.progress.continued_in))
}

fn apply_hyperparameters(args: &TrainArgs, config: &mut TrainConfig) {
    if let Some(kind) = args.optimizer {
        config.optimizer.kind = kind;
    }
    if let Some(lr) = args.lr {
        config.learning_rate = lr;
    }
    if let Some(b) = args.batch {
        config.batch_size = b;
    }
    if let Some(e) = args.epochs {
        config.epochs = e;
    }
    if let Some(l1) = args.l1 {
        config.regularization.l1 = l1;
    }
    if let Some(l2) = args.l2 {
        config.regularization.l2 = l2;
    }
}

/// Parses "8,8" (or "none"/"" for no hidden layer).
fn parse_widths(list: &str) -> Result<Vec<usize>> {
    let list = list.trim();
    if list.is_empty() || list.eq_ignore_ascii_case("none") {
        return Ok(Vec::new());
    }
    list.split(',')
        .map(|s| {
            s.trim()
                .parse::<usize>()
                .with_context(|| tr!("cli-train-bad-width", value = s))
        })
        .collect()
}
