//! The network's output over a regular grid of the plane: the picture under
//! the data (decision boundary) and each neuron's own small picture.
//! Computed in the worker so the UI only turns numbers into pixels.

use nalgebra::DMatrix;
use serde::{Deserialize, Serialize};

use crate::data::{Dataset, Feature, feature_row};
use crate::nn::{KernelNet, Mlp, SampleColumns, SimdPath, Workspace};

/// A rectangle of the plane sampled at `resolution × resolution` cell centres.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GridSpec {
    /// Smallest x1.
    pub x_min: f64,
    /// Largest x1.
    pub x_max: f64,
    /// Smallest x2.
    pub y_min: f64,
    /// Largest x2.
    pub y_max: f64,
    /// Cells per side.
    pub resolution: usize,
}

impl GridSpec {
    /// Largest resolution accepted (memory: 512² cells × 16 classes × 4 bytes = 16 MiB).
    pub const MAX_RESOLUTION: usize = 512;

    /// The data's bounding box with a 10 % margin (at least ±1 around a
    /// single point), squared up so circles look round.
    pub fn around(dataset: &Dataset, resolution: usize) -> Self {
        let mut lo = [f64::INFINITY; 2];
        let mut hi = [f64::NEG_INFINITY; 2];
        for p in &dataset.points {
            for d in 0..2 {
                lo[d] = lo[d].min(p.x[d]);
                hi[d] = hi[d].max(p.x[d]);
            }
        }
        if !lo[0].is_finite() {
            (lo, hi) = ([-6.0, -6.0], [6.0, 6.0]);
        }
        let half = ((hi[0] - lo[0]).max(hi[1] - lo[1]) * 0.55).max(1.0);
        let c = [(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0];
        Self {
            x_min: c[0] - half,
            x_max: c[0] + half,
            y_min: c[1] - half,
            y_max: c[1] + half,
            resolution,
        }
    }

    /// Cell (column `i`, row `j`) centre; row 0 is the top (largest x2), as
    /// images are stored.
    pub fn cell_centre(&self, i: usize, j: usize) -> [f64; 2] {
        let n = self.resolution as f64;
        let x = self.x_min + (i as f64 + 0.5) / n * (self.x_max - self.x_min);
        let y = self.y_max - (j as f64 + 0.5) / n * (self.y_max - self.y_min);
        [x, y]
    }

    /// Whether the spec is usable (finite, non-empty, resolution in range).
    pub fn is_valid(&self) -> bool {
        let finite = [self.x_min, self.x_max, self.y_min, self.y_max]
            .iter()
            .all(|v| v.is_finite());
        finite
            && self.x_max > self.x_min
            && self.y_max > self.y_min
            && (1..=Self::MAX_RESOLUTION).contains(&self.resolution)
    }
}

/// Values over a grid, row-major from the top row, `channels` per cell.
#[derive(Clone, Debug, PartialEq)]
pub struct GridValues {
    /// Where the cells are.
    pub spec: GridSpec,
    /// Values per cell: class probabilities (K) or the regression value (1).
    pub channels: usize,
    /// `resolution² · channels` values.
    pub values: Vec<f32>,
}

/// Grids with at least this many cells are split across threads.
const PARALLEL_CELLS: usize = 16_384;

/// The threads the snapshot builder splits the output grid over: every
/// core but the training thread's (one on a 2-core machine), so drawing
/// the boundary never takes a core from training.
pub fn threads_beside_training() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    cores.saturating_sub(1).max(1)
}

/// One horizontal band of the grid: its feature rows and workspaces.
struct Band {
    inputs: DMatrix<f32>,
    /// The same rows feature by feature, as the kernels read them.
    columns: SampleColumns,
    ws: Option<Workspace>,
    /// The training kernels' forward pass, and the logits and outputs it
    /// produces.
    kernel: KernelNet,
    logits: DMatrix<f32>,
    outputs: DMatrix<f32>,
}

/// Runs `net` on `inputs` in the (reused) workspace `slot`.
fn forward_into<'a>(net: &Mlp, inputs: &DMatrix<f32>, slot: &'a mut Option<Workspace>) -> &'a Workspace {
    let rows = inputs.nrows();
    let ws = match slot.take() {
        Some(ws) if ws.fits(net, rows) => ws,
        _ => Workspace::new(net, rows),
    };
    let ws = slot.insert(ws);
    net.forward(inputs, ws);
    ws
}

/// Evaluates a network over a grid, reusing its input matrices and
/// workspaces until the grid, the features or the scaling change. Big grids
/// are cut into bands evaluated on separate threads (the cells are
/// independent, so the result is the same).
#[derive(Default)]
pub struct GridEvaluator {
    key: Option<(GridSpec, Vec<Feature>, Option<crate::data::Standardization>, usize)>,
    bands: Vec<Band>,
    /// The instruction set of the kernels' forward pass.
    path: SimdPath,
    /// Most threads a big grid is split over (0: as many as there are
    /// cores, at most 4).
    threads: usize,
}

impl Band {
    /// Runs the network over this band's cells and writes each cell's
    /// class probabilities (or value) into `out`: for a two-class sigmoid
    /// head all in the kernel, otherwise its logits through the head here.
    fn output_into(&mut self, net: &Mlp, out: &mut [f32]) {
        let head = net.head;
        self.kernel.load(net);
        if head.classes == 2 && self.kernel.two_class_probabilities(&head, &self.columns, out) {
            return;
        }
        let channels = if head.classes == 0 { 1 } else { head.classes };
        let a = self.outputs_of(net);
        let mut row = [0.0f32; crate::nn::MAX_OUTPUTS];
        let k = a.ncols();
        for (r, cell) in out.chunks_exact_mut(channels).enumerate() {
            for (c, v) in row[..k].iter_mut().enumerate() {
                *v = a[(r, c)];
            }
            if head.classes == 0 {
                cell[0] = row[0];
            } else {
                head.probabilities(&row[..k], cell);
            }
        }
    }

    /// The head's outputs a for every cell, from the kernels' logits
    /// ([`KernelNet::load`] must have been called with `net`).
    fn outputs_of(&mut self, net: &Mlp) -> &DMatrix<f32> {
        let shape = (self.inputs.nrows(), net.head.outputs());
        if self.logits.shape() != shape {
            self.logits = DMatrix::zeros(shape.0, shape.1);
            self.outputs = DMatrix::zeros(shape.0, shape.1);
        }
        self.kernel.logits_into(&self.columns, &mut self.logits);
        net.head.activate(&self.logits, &mut self.outputs);
        &self.outputs
    }
}

impl GridEvaluator {
    /// An evaluator whose kernels run on `path` (the default: the widest
    /// this processor has).
    pub fn with_path(path: SimdPath) -> Self {
        Self {
            path,
            ..Self::default()
        }
    }

    /// The same evaluator splitting big grids over at most `threads`
    /// threads (the snapshot builder leaves the training thread its core).
    pub fn with_threads(self, threads: usize) -> Self {
        Self { threads, ..self }
    }

    /// Feature rows of every cell centre, cut into `bands` bands, built when
    /// the key changes.
    fn prepare(&mut self, spec: GridSpec, features: &[Feature], dataset: &Dataset, bands: usize) {
        let key = (spec, features.to_vec(), dataset.scaling, bands);
        if self.key.as_ref() == Some(&key) {
            return;
        }
        let n = spec.resolution;
        let cells = n * n;
        let per_band = cells.div_ceil(bands);
        let mut row = vec![0.0f32; features.len()];
        self.bands = (0..bands)
            .map(|b| {
                let range = (b * per_band).min(cells)..((b + 1) * per_band).min(cells);
                let mut inputs = DMatrix::zeros(range.len(), features.len());
                for (r, cell) in range.enumerate() {
                    feature_row(features, dataset.scaled(spec.cell_centre(cell % n, cell / n)), &mut row);
                    for (f, v) in row.iter().enumerate() {
                        inputs[(r, f)] = *v;
                    }
                }
                Band {
                    columns: SampleColumns::from_rows(&inputs),
                    inputs,
                    ws: None,
                    kernel: KernelNet::new(self.path),
                    logits: DMatrix::zeros(0, 0),
                    outputs: DMatrix::zeros(0, 0),
                }
            })
            .collect();
        self.key = Some(key);
    }

    /// Runs the network over the whole grid on this thread; returns the grid
    /// inputs and the workspace holding every layer's activations (for
    /// per-neuron pictures).
    pub fn run(
        &mut self,
        net: &Mlp,
        spec: GridSpec,
        features: &[Feature],
        dataset: &Dataset,
    ) -> (&DMatrix<f32>, &Workspace) {
        self.prepare(spec, features, dataset, 1);
        let band = &mut self.bands[0];
        let ws = forward_into(net, &band.inputs, &mut band.ws);
        (&band.inputs, ws)
    }

    /// The head's output over the grid, as class probabilities or values.
    pub fn output(&mut self, net: &Mlp, spec: GridSpec, features: &[Feature], dataset: &Dataset) -> GridValues {
        let cells = spec.resolution * spec.resolution;
        let threads = if cells >= PARALLEL_CELLS {
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
            if self.threads == 0 {
                cores
            } else {
                self.threads.min(cores)
            }
        } else {
            1
        };
        self.prepare(spec, features, dataset, threads);
        let head = net.head;
        let channels = if head.classes == 0 { 1 } else { head.classes };
        let mut values = vec![0.0f32; cells * channels];
        let per_band = cells.div_ceil(threads) * channels;
        let mut jobs = self.bands.iter_mut().zip(values.chunks_mut(per_band));
        // The calling thread takes the first band itself: a small grid (one
        // band) starts no thread at all.
        let first = jobs.next();
        std::thread::scope(|scope| {
            for (band, out) in jobs {
                scope.spawn(move || band.output_into(net, out));
            }
            if let Some((band, out)) = first {
                band.output_into(net, out);
            }
        });
        GridValues { spec, channels, values }
    }
}

/// Every neuron's activation over a coarse grid: `layers[0]` are the input
/// features, then each hidden layer, then the output layer (its head output).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NeuronGrids {
    /// Cells per side.
    pub resolution: usize,
    /// `layers[l][n]` = row-major values of neuron n of layer l.
    pub layers: Vec<Vec<Vec<f32>>>,
}

impl NeuronGrids {
    /// Computes every neuron's picture over `spec`.
    pub fn compute(
        eval: &mut GridEvaluator,
        net: &Mlp,
        spec: GridSpec,
        features: &[Feature],
        dataset: &Dataset,
    ) -> Self {
        let columns = |m: &DMatrix<f32>| (0..m.ncols()).map(|c| m.column(c).iter().copied().collect()).collect();
        // The kernels' forward pass, on the dispatched path.
        eval.prepare(spec, features, dataset, 1);
        let band = &mut eval.bands[0];
        let rows = band.inputs.nrows();
        let mut outputs: Vec<DMatrix<f32>> = net.layers.iter().map(|l| DMatrix::zeros(rows, l.outputs())).collect();
        band.kernel.load(net);
        band.kernel.activations_into(&band.columns, &mut outputs);
        if let Some(last) = outputs.last_mut() {
            let logits = last.clone();
            net.head.activate(&logits, last);
        }
        let mut layers = vec![columns(&band.inputs)];
        layers.extend(outputs.iter().map(columns));
        Self {
            resolution: spec.resolution,
            layers,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::{TRAIN_8X8, TRAIN_WIDE, TrainWorkload, spiral};

    /// The grid's fast paths (the kernels on every instruction set this
    /// processor has, bands on several threads) give the
    /// probabilities of the plain matrix forward pass, cell by cell, and
    /// so do the per-neuron pictures.
    #[test]
    fn grid_output_matches_the_matrix_forward_pass() {
        let workloads: [(TrainWorkload, usize); 2] = [(TRAIN_8X8, 2), (TRAIN_WIDE, 3)];
        let runs = SimdPath::available()
            .into_iter()
            .flat_map(|p| workloads.map(|w| (p, w)));
        for (path, (workload, classes)) in runs {
            let mut trainer = workload.trainer();
            trainer.train_epochs(3).unwrap_or_else(|e| panic!("{e}"));
            let (net, features) = (trainer.net().clone(), trainer.config().features.clone());
            let data = spiral(100, classes);
            let spec = GridSpec::around(&data, 160);
            let mut eval = GridEvaluator::with_path(path);
            let grid = eval.output(&net, spec, &features, &data);
            let (inputs, ws) = eval.run(&net, spec, &features, &data);
            let (inputs, ws) = (inputs.clone(), ws.clone());
            let a = net.predict(&inputs);
            let pictures = NeuronGrids::compute(&mut GridEvaluator::with_path(path), &net, spec, &features, &data);
            let expected_pictures = std::iter::once(&inputs).chain(&ws.a);
            for (l, (got, want)) in pictures.layers.iter().zip(expected_pictures).enumerate() {
                for (n, column) in got.iter().enumerate() {
                    for (r, (g, w)) in column.iter().zip(want.column(n).iter()).enumerate() {
                        assert!(
                            (g - w).abs() < 1e-5,
                            "{path:?} layer {l} neuron {n} cell {r}: {g} vs {w}"
                        );
                    }
                }
            }
            let mut expected = vec![0.0f32; classes];
            for (r, cell) in grid.values.chunks_exact(classes).enumerate() {
                let row: Vec<f32> = a.row(r).iter().copied().collect();
                net.head.probabilities(&row, &mut expected);
                for (got, want) in cell.iter().zip(&expected) {
                    assert!(
                        (got - want).abs() < 1e-5,
                        "{path:?} {}: cell {r}: {got} vs {want}",
                        workload.id
                    );
                }
            }
        }
    }
}
