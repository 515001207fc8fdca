//! What the app remembers between launches (eframe storage): plain data
//! only, never threads or channels. Missing fields take their defaults, so
//! settings from an older version still load.

use serde::{Deserialize, Serialize};

use crate::data::{GenParams, Generator};
use crate::i18n::words::SettingsFix;
use crate::lessons::CourseProgress;
use crate::nn::{Activation, OptimizerKind};
use crate::train::{TrainConfig, ValidConfig};

use super::context::ViewOptions;

/// Key of the settings in eframe's storage.
pub(super) const SETTINGS_KEY: &str = "nnlab-settings";
/// Key of the user's dataset in eframe's storage.
pub(super) const DATASET_KEY: &str = "nnlab-dataset";
/// Datasets up to this size are stored between launches; bigger ones are
/// reloaded from their generator settings instead.
pub(super) const MAX_STORED_POINTS: usize = 20_000;

/// Cells per side of the decision-boundary image the settings accept.
pub const GRID_RESOLUTIONS: std::ops::RangeInclusive<usize> = 32..=256;

/// Persistent settings: what the data and the network are (changed
/// through undoable actions) and how the window shows them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Generator of the current data.
    pub generator: Generator,
    /// Points, noise, classes and data seed of the generator.
    pub gen_params: GenParams,
    /// Network shape and hyperparameters.
    pub config: TrainConfig,
    /// How things are shown: edited in place by the panels, not undoable.
    pub view: ViewOptions,
    /// Progress through the lessons, built-in and teachers', by lesson id
    /// (absent in older settings: nothing passed yet).
    pub lessons: CourseProgress,
}

impl Default for Settings {
    fn default() -> Self {
        // Chosen by `tools/bench/examples/defaults_study.rs` (README, "Why these
        // defaults"): on the default spiral at the default pace the boundary
        // forms in about 12 s, the loss curve stays calm, and after 10 min
        // the boundary is still smooth (Adam η 0.01, batch 10 over-fitted it).
        let mut config = TrainConfig {
            learning_rate: 0.003,
            batch_size: 32,
            ..TrainConfig::default()
        }
        .with_hidden(&[8, 8], Activation::Tanh);
        config.optimizer.kind = OptimizerKind::Adam;
        config.regularization.l2 = 0.001;
        Self {
            generator: Generator::Spiral,
            gen_params: GenParams {
                points: 400,
                noise: 0.1,
                classes: 2,
                seed: 1,
            },
            config,
            view: ViewOptions::default(),
            lessons: CourseProgress::default(),
        }
    }
}

impl Settings {
    /// The generator settings of data a session brought: what made it, so
    /// the Data panel names it and Regenerate makes more of the same (the
    /// point count and classes from the data itself where an older file
    /// did not store them). Data from a file leaves them as they were.
    pub fn follow_generator(&mut self, d: &crate::data::Dataset) {
        let Some(g) = d.generator else { return };
        self.generator = g;
        self.gen_params = d.gen_params.unwrap_or(GenParams {
            points: d.points.len().max(1),
            classes: d.num_classes().max(2),
            ..self.gen_params
        });
    }

    /// Brings values from outside the window's own controls (an old or
    /// hand-edited settings file) back within their limits, and replaces an
    /// invalid training configuration by the default one. Returns the
    /// checked configuration (the settings file is an edge: it is checked
    /// here, as it comes in) and what was changed, so the window can tell
    /// the user.
    pub fn sanitize(&mut self) -> (ValidConfig, Vec<SettingsFix>) {
        let mut fixed = Vec::new();
        let r = self.view.grid_resolution;
        if !GRID_RESOLUTIONS.contains(&r) {
            let (min, max) = (*GRID_RESOLUTIONS.start(), *GRID_RESOLUTIONS.end());
            self.view.grid_resolution = r.clamp(min, max);
            fixed.push(SettingsFix::GridResolution {
                found: r,
                used: self.view.grid_resolution,
                min,
                max,
            });
        }
        let pace = self.view.pace.clamped();
        if pace != self.view.pace {
            fixed.push(SettingsFix::Pace);
            self.view.pace = pace;
        }
        let config = match self.config.clone().check() {
            Ok(valid) => valid,
            Err(e) => {
                fixed.push(SettingsFix::Config(e));
                self.config = Settings::default().config;
                // Within every limit (a test checks the window's defaults).
                self.config.clone().check().unwrap_or_default()
            }
        };
        (config, fixed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_need_no_fix() {
        let mut settings = Settings::default();
        let (config, fixed) = settings.sanitize();
        assert!(fixed.is_empty(), "{fixed:?}");
        assert_eq!(*config, Settings::default().config);
    }
}
