//! The training loop: mini-batch gradient descent over a dataset, with the
//! running statistics and the bounded history a plot needs. Single-threaded
//! and deterministic: the same dataset, config and seed give the same loss
//! curve bit for bit. The background worker of the app owns one of these.

use rand::Rng;
use rand::SeedableRng;
use rand::rngs::StdRng;

use self::live::LiveNet;
use super::checkpoints::{Checkpoint, Checkpoints};
use super::config::{TrainConfig, ValidConfig, stream, sub_seed};
use super::history::{History, HistoryPoint};
use super::masks::Masks;
use crate::data::{Dataset, Design, Generator, design, feature_row};
use crate::nn::{Metrics, Mlp, NnError, Optimizer, SampleColumns, SimdPath, evaluate};

mod edits;
mod inspect;
mod live;
mod replay;

/// What one mini-batch step did.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BatchReport {
    /// Mean loss of the batch before the update.
    pub loss: f64,
    /// Samples in the batch.
    pub rows: usize,
    /// Whether this batch completed an epoch.
    pub finished_epoch: bool,
}

/// Trains one network on one dataset.
pub struct Trainer {
    net: LiveNet,
    config: ValidConfig,
    optimizer: Box<dyn Optimizer>,
    train: Design,
    test: Design,
    order: Vec<usize>,
    /// The training rows in this epoch's `order`, as the kernels read
    /// them: a batch is the run of samples from `cursor` on.
    columns: SampleColumns,
    /// Where each training row is in `order` (a moved point's sample),
    /// worked out when a point first moves in an epoch (empty until then).
    position: Vec<usize>,
    cursor: usize,
    epoch: u64,
    samples_seen: u64,
    /// Σ loss·rows, correct predictions and rows seen so far this epoch.
    running: (f64, u64, u64),
    history: History,
    masks: Masks,
    checkpoints: Checkpoints,
}

impl std::fmt::Debug for Trainer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Trainer")
            .field("shape", &self.net().shape())
            .field("epoch", &self.epoch)
            .finish_non_exhaustive()
    }
}

impl Trainer {
    /// A freshly initialized network for `dataset` (whose train/test flags are
    /// used as they are) and `config`.
    pub fn new(dataset: &Dataset, config: ValidConfig) -> Result<Trainer, NnError> {
        let net = build_network(dataset, &config)?;
        Self::with_network(dataset, config, net, 0, 0, History::default())
    }

    /// A trainer that continues from a given network and progress (sessions).
    pub fn with_network(
        dataset: &Dataset,
        config: ValidConfig,
        net: Mlp,
        epoch: u64,
        samples_seen: u64,
        history: History,
    ) -> Result<Trainer, NnError> {
        let train = design(dataset, &config.features, false);
        let test = design(dataset, &config.features, true);
        let mut trainer = Trainer {
            optimizer: config.optimizer.build(),
            order: (0..train.len()).collect(),
            columns: SampleColumns::default(),
            position: Vec::new(),
            cursor: 0,
            running: (0.0, 0, 0),
            net: LiveNet::new(net, SimdPath::detect()),
            config,
            train,
            test,
            epoch,
            samples_seen,
            history,
            masks: Masks::default(),
            checkpoints: Checkpoints::default(),
        };
        trainer.shuffle();
        if trainer.history.points().is_empty() {
            trainer.record(true);
        }
        Ok(trainer)
    }

    /// The network being trained, with its current weights. Training
    /// keeps them in the kernel's own layout; the first call after a batch
    /// writes them into this [`Mlp`] (a copy of each weight, no
    /// allocation), later calls just return it.
    pub fn net(&self) -> &Mlp {
        self.net.get()
    }

    /// The instruction set the training kernels run on (by default the
    /// widest this processor has: [`SimdPath::detect`]).
    pub fn simd_path(&self) -> SimdPath {
        self.net.path()
    }

    /// Trains on another instruction set from the next batch on, keeping
    /// the weights: the benchmark compares the paths in one run, the tests
    /// check each against the reference engine. A path the processor
    /// lacks runs on the next narrower one it has.
    pub fn set_simd_path(&mut self, path: SimdPath) {
        self.net.set_path(path);
    }

    /// The configuration in force.
    pub fn config(&self) -> &ValidConfig {
        &self.config
    }

    /// Epochs completed.
    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    /// Training samples processed so far.
    pub fn samples_seen(&self) -> u64 {
        self.samples_seen
    }

    /// The loss/accuracy history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Training rows.
    pub fn train_design(&self) -> &Design {
        &self.train
    }

    /// Test rows.
    pub fn test_design(&self) -> &Design {
        &self.test
    }

    /// Trains on the next mini-batch. Fails, without changing any weight, if
    /// a hidden activation has no gradient, there are no training points, or
    /// the loss is not finite; fails after the update when it ends an epoch
    /// with a weight or bias that is not finite.
    pub fn step_batch(&mut self) -> Result<BatchReport, NnError> {
        if let Some(a) = self.net.non_differentiable() {
            return Err(NnError::NotDifferentiable(a));
        }
        let n = self.train.len();
        if n == 0 {
            return Err(NnError::NoTrainingPoints);
        }
        let rows = self.config.batch_size.min(n - self.cursor);
        let (loss, correct) = self.net.train_batch(&self.columns, self.cursor, rows);
        if !loss.is_finite() {
            return Err(NnError::Diverged { epoch: self.epoch + 1 });
        }
        let (lr, reg) = (self.config.learning_rate, self.config.regularization);
        self.net.step(self.optimizer.as_mut(), lr, reg);
        if !self.masks.is_empty() {
            // Rare (the network editor's masks): through the Mlp, which
            // the kernel then reloads.
            self.masks.enforce(self.net.get_mut());
        }

        self.running.0 += loss * rows as f64;
        self.running.1 += correct;
        self.running.2 += rows as u64;
        self.cursor += rows;
        self.samples_seen = self.samples_seen.saturating_add(rows as u64);
        let finished_epoch = self.cursor == n;
        if finished_epoch {
            self.epoch = self.epoch.saturating_add(1);
            self.cursor = 0;
            self.record(false);
            self.running = (0.0, 0, 0);
            self.shuffle();
            // A weight can overflow while the loss stays finite (an infinite
            // bias behind a ReLU that outputs 0): checked once per epoch.
            if !self.net.all_finite() {
                return Err(NnError::Diverged { epoch: self.epoch });
            }
        }
        Ok(BatchReport {
            loss,
            rows,
            finished_epoch,
        })
    }

    /// Trains to the end of the current epoch.
    pub fn run_epoch(&mut self) -> Result<(), NnError> {
        while !self.step_batch()?.finished_epoch {}
        Ok(())
    }

    /// Trains `epochs` whole epochs.
    pub fn train_epochs(&mut self, epochs: u64) -> Result<(), NnError> {
        for _ in 0..epochs {
            self.run_epoch()?;
        }
        Ok(())
    }

    /// Metrics of the current network on the training rows.
    pub fn evaluate_train(&self) -> Metrics {
        evaluate(self.net(), &self.train.inputs, &self.train.targets)
    }

    /// Metrics of the current network on the test rows.
    pub fn evaluate_test(&self) -> Metrics {
        evaluate(self.net(), &self.test.inputs, &self.test.targets)
    }

    /// Re-initializes the weights from the seed and forgets all progress:
    /// the network is exactly as it was when first built.
    pub fn reset(&mut self, dataset: &Dataset) -> Result<(), NnError> {
        self.rebuild(dataset, self.config.clone())
    }

    /// A new network from the seed, on the same instruction set.
    fn rebuild(&mut self, dataset: &Dataset, config: ValidConfig) -> Result<(), NnError> {
        let path = self.simd_path();
        *self = Trainer::new(dataset, config)?;
        self.set_simd_path(path);
        Ok(())
    }

    /// Replaces the data while keeping the weights (the epoch restarts at its
    /// first batch). If the number of classes changes, the output layer no
    /// longer fits and the network is rebuilt from the seed.
    pub fn set_dataset(&mut self, dataset: &Dataset) -> Result<(), NnError> {
        if dataset.num_classes() != self.net.head().classes {
            return self.rebuild(dataset, self.config.clone());
        }
        self.train.refill(dataset, &self.config.features, |p| !p.test);
        self.test.refill(dataset, &self.config.features, |p| p.test);
        self.order.clear();
        self.order.extend(0..self.train.len());
        self.cursor = 0;
        self.running = (0.0, 0, 0);
        self.shuffle();
        Ok(())
    }

    /// Follows point `index` of `dataset` to where it was moved, changing
    /// only its row of the inputs (a dragged point costs one row per frame,
    /// not a rebuild of a million). Weights, shuffle and progress stay.
    pub fn move_point(&mut self, dataset: &Dataset, index: usize) -> Result<(), NnError> {
        let Some(p) = dataset.points.get(index) else {
            return self.set_dataset(dataset);
        };
        // Its row: the points of the same part (train or test) before it.
        let row = dataset.points[..index].iter().filter(|q| q.test == p.test).count();
        let part = if p.test { &mut self.test } else { &mut self.train };
        if row >= part.len() {
            return self.set_dataset(dataset);
        }
        let mut values = vec![0.0f32; self.config.features.len()];
        feature_row(&self.config.features, dataset.scaled(p.x), &mut values);
        for (j, &v) in values.iter().enumerate() {
            part.inputs[(row, j)] = v;
        }
        if !p.test {
            if self.position.len() != self.order.len() {
                self.position.resize(self.order.len(), 0);
                for (k, &row) in self.order.iter().enumerate() {
                    self.position[row] = k;
                }
            }
            self.columns.set(self.position[row], &values);
        }
        Ok(())
    }

    /// Applies a new configuration. Learning rate, batch size, optimizer and
    /// penalties change live, keeping weights and progress (a new optimizer
    /// kind starts with fresh state); a new shape, loss, initialization or
    /// seed rebuilds the network. Returns whether it was rebuilt.
    pub fn set_config(&mut self, dataset: &Dataset, config: ValidConfig) -> Result<bool, NnError> {
        let structural = config.features != self.config.features
            || config.hidden != self.config.hidden
            || config.loss != self.config.loss
            || config.output != self.config.output
            || config.init != self.config.init
            || config.seed != self.config.seed;
        if structural {
            self.rebuild(dataset, config)?;
            return Ok(true);
        }
        if config.optimizer != self.config.optimizer {
            self.optimizer = config.optimizer.build();
        }
        self.config = config;
        Ok(false)
    }

    /// Puts the rows of this epoch in the order of its own seeded shuffle
    /// (from the identity, so a resumed session shuffles like the original),
    /// and the training set in that order into the kernels' layout: one
    /// pass over the data per epoch instead of a gather per batch.
    fn shuffle(&mut self) {
        for (i, o) in self.order.iter_mut().enumerate() {
            *o = i;
        }
        let seed = sub_seed(self.config.seed, stream::SHUFFLE.wrapping_add(self.epoch));
        shuffle(&mut self.order, &mut StdRng::seed_from_u64(seed));
        self.columns.fill(&self.train.inputs, &self.train.targets, &self.order);
        self.position.clear();
    }

    /// Appends a history point for the epoch just completed. The training
    /// figures are the running means over the epoch's batches (free to
    /// compute); `full` evaluates the training set instead (epoch 0).
    /// Also keeps a weight checkpoint when one is due (see [`Checkpoints`]).
    fn record(&mut self, full: bool) {
        let checkpoint = self.checkpoints.wants(self.epoch);
        if !self.history.wants(self.epoch) && !checkpoint {
            return;
        }
        let point = self.measure(full);
        self.history.push(point);
        if checkpoint {
            self.checkpoints.push(Checkpoint {
                point,
                net: self.net.get().clone(),
            });
        }
    }

    /// Losses and accuracies now, as a history point.
    fn measure(&self, full: bool) -> HistoryPoint {
        let (train_loss, train_accuracy) = if full || self.running.2 == 0 {
            let m = self.evaluate_train();
            (m.loss, m.accuracy)
        } else {
            let (sum, correct, rows) = self.running;
            let acc = (self.net.head().classes > 0).then(|| correct as f64 / rows as f64);
            (sum / rows as f64, acc)
        };
        let test = (!self.test.is_empty()).then(|| self.evaluate_test());
        HistoryPoint {
            epoch: self.epoch,
            train_loss,
            test_loss: test.as_ref().map(|m| m.loss),
            train_accuracy,
            test_accuracy: test.and_then(|m| m.accuracy),
        }
    }
}

/// Fisher–Yates: each position from the last down swaps with a uniformly
/// drawn one at or below it, the draw ⌊u·(i + 1)/2⁶⁴⌋ for a 64-bit u (its
/// bias, below n/2⁶⁴, is far beneath anything measurable). The u come
/// from SplitMix64 seeded by `rng`: a few multiplies each, where `rand`'s
/// general shuffle with the ChaCha generator took a tenth of training a
/// 500-point set.
fn shuffle(order: &mut [usize], rng: &mut StdRng) {
    let mut state = rng.next_u64();
    for i in (1..order.len()).rev() {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut u = state;
        u = (u ^ (u >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        u = (u ^ (u >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        u ^= u >> 31;
        let j = ((u128::from(u) * (i as u128 + 1)) >> 64) as usize;
        order.swap(i, j);
    }
}

/// Builds and initializes the network `config` describes for `dataset`.
pub fn build_network(dataset: &Dataset, config: &ValidConfig) -> Result<Mlp, NnError> {
    let head = config.head(dataset.num_classes())?;
    let mut net = Mlp::new(config.features.len(), &config.hidden, head)?;
    net.initialize(
        config.init,
        &mut StdRng::seed_from_u64(sub_seed(config.seed, stream::INIT)),
    );
    Ok(net)
}

/// Marks the dataset's test points with the config's ratio and split seed.
pub fn split_dataset(dataset: &mut Dataset, config: &TrainConfig) {
    dataset.assign_split(config.test_ratio, sub_seed(config.seed, stream::SPLIT));
}

/// Splits data that `source` generated (`None`: a file or the user's own
/// points) with the config's split seed: a truth table (and, or, xor) keeps
/// every row for training whatever the ratio
/// ([`Generator::test_ratio`]), anything else holds out the config's ratio.
pub fn split_generated(dataset: &mut Dataset, source: Option<Generator>, config: &TrainConfig) {
    let ratio = source.map_or(config.test_ratio, |g| g.test_ratio(config.test_ratio));
    dataset.assign_split(ratio, sub_seed(config.seed, stream::SPLIT));
}
