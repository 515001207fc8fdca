//! Command-line options that choose a dataset: a generator or a CSV file.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::Args;

use super::values::lenient;
use crate::data::{ColumnRef, CsvOptions, Dataset, GenParams, Generator, generate, read_csv};
use crate::tr;

/// Where the data comes from.
#[derive(Args, Debug, Clone)]
pub(super) struct DataArgs {
    /// Built-in dataset (and, or, xor: the gates' 4-point truth tables)
    #[arg(long, value_name = "NAME", conflicts_with = "data", value_parser = lenient::<Generator>())]
    pub dataset: Option<Generator>,
    /// A CSV file (header optional; comma, semicolon or tab separated)
    #[arg(long, value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// Column of the first input (header name, or 0-based index)
    #[arg(long, value_name = "COL", requires = "data")]
    pub x: Option<String>,
    /// Column of the second input (header name, or 0-based index)
    #[arg(long, value_name = "COL", requires = "data")]
    pub y: Option<String>,
    /// Column of the label or target (header name, or 0-based index; default: last)
    #[arg(long, value_name = "COL", requires = "data")]
    pub label: Option<String>,
    /// Standardize the inputs to zero mean and unit variance
    #[arg(long)]
    pub standardize: bool,
    /// Number of generated points
    #[arg(long, value_name = "N")]
    pub points: Option<usize>,
    /// Noise of generated data, 0 to 1
    #[arg(long, value_name = "F")]
    pub noise: Option<f64>,
    /// Number of classes (spiral arms, blobs)
    #[arg(long, value_name = "K")]
    pub classes: Option<usize>,
}

impl DataArgs {
    /// Whether any data option was given.
    pub(super) fn any(&self) -> bool {
        self.dataset.is_some()
            || self.data.is_some()
            || self.standardize
            || self.points.is_some()
            || self.noise.is_some()
            || self.classes.is_some()
    }

    /// The generator that makes the data: `--dataset`, else `default`;
    /// `None` with `--data` (a file).
    pub(super) fn generator(&self, default: Generator) -> Option<Generator> {
        match self.data {
            Some(_) => None,
            None => Some(self.dataset.unwrap_or(default)),
        }
    }

    /// Loads or generates the dataset (`default` names the generator used
    /// when neither `--dataset` nor `--data` is given).
    pub(super) fn load(&self, default: Generator, seed: u64) -> Result<Dataset> {
        let mut dataset = match &self.data {
            Some(path) => {
                if self.points.is_some() || self.noise.is_some() || self.classes.is_some() {
                    bail!("{}", tr!("cli-data-generator-options"));
                }
                let options = CsvOptions {
                    x: self.x.as_deref().map(ColumnRef::parse),
                    y: self.y.as_deref().map(ColumnRef::parse),
                    label: self.label.as_deref().map(ColumnRef::parse),
                    ..CsvOptions::default()
                };
                read_csv(path, &options).with_context(|| format!("{}", path.display()))?
            }
            None => {
                let generator = self.dataset.unwrap_or(default);
                self.check_applies(generator)?;
                let defaults = GenParams::default();
                let params = GenParams {
                    points: self.points.unwrap_or(generator.default_points()),
                    noise: self.noise.unwrap_or(defaults.noise),
                    classes: self.classes.unwrap_or(defaults.classes),
                    seed,
                };
                generate(generator, &params)?
            }
        };
        if self.standardize {
            dataset.standardize();
        }
        Ok(dataset)
    }

    /// Refuses generator options that `generator` would ignore: classes
    /// for one with a fixed number of classes, points and noise for a
    /// gate's truth table (always its four corners).
    fn check_applies(&self, generator: Generator) -> Result<()> {
        let dataset = generator.name();
        if self.classes.is_some() && generator.class_range().is_none() {
            bail!("{}", tr!("cli-data-classes-not-for", dataset = dataset));
        }
        let fixed = [("--points", self.points.is_some()), ("--noise", self.noise.is_some())];
        if generator.is_truth_table()
            && let Some((option, _)) = fixed.into_iter().find(|(_, given)| *given)
        {
            bail!("{}", tr!("cli-data-gate-fixed", option = option, dataset = dataset));
        }
        Ok(())
    }
}
