//! The output end of the neuron-lane passes (`narrow`): the head over rows
//! of logits, and for the commonest network of all, one sigmoid output
//! neuron with binary cross-entropy, the output layer, the head and the
//! output layer's backward pass in one sweep.
//!
//! With a sample's values one 8-lane row, a one-neuron layer leaves seven
//! lanes of its row empty, and its one logit per row has to be gathered
//! into a vector for the head and its ∂ℓ/∂z scattered back into rows. The
//! sweep instead takes the layer's inputs 8 rows at a time as an 8 × 8
//! block, transposed so that input p of the 8 rows is one vector, and
//! forms the 8 logits in one vector:
//!
//! z = Σₚ xₚ·wₚ + b, the products added in the order in which
//! [`Simd::reduce_add`] sums one row's products (`Simd::add_as_reduce`),
//! so the logits are those of the row-by-row pass bit for bit. The head
//! then runs on that vector, and each row's error goes back as in
//! `narrow_rows::backward_single`: ∂W = Σᵣ gᵣ·x[r], ∂b = Σᵣ gᵣ and
//! δ_below[r] = gᵣ·w ⊙ φ'(x[r]).

use super::activate::derivative_times;
use super::dispatch::Simd;
use super::head::binary_cross_entropy_v;
use super::narrow_rows::{ROW, weight_column};
use crate::nn::activation::Activation;
use crate::nn::loss::{Head, Loss, MAX_OUTPUTS};

/// Lane 0 set, the others clear.
const LANE_ZERO: [f32; ROW] = [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0];

/// The head over rows of logits: `scale`·∂ℓ/∂z into `delta` (the lanes
/// past the outputs zero), the summed loss and the rows classified right.
/// `targets[r]` is row r's target, and goes on for a vector past the last
/// row. Binary cross-entropy takes 8 rows per vector; other heads go row by
/// row.
#[inline(always)]
pub(super) fn head_rows<S: Simd>(
    s: S,
    head: &Head,
    logits: &[f32],
    targets: &[f32],
    delta: &mut [f32],
    scale: f32,
) -> (f64, u64) {
    let (mut loss, mut correct) = (0.0f64, 0u64);
    if head.loss == Loss::BinaryCrossEntropy && head.outputs() == 1 {
        // (1, 0, …, 0): a row's ∂ℓ/∂z is g times it.
        let first = s.load(&LANE_ZERO);
        let (mut z, mut g) = ([0.0f32; ROW], [0.0f32; 16]);
        for (v, (logits, delta)) in logits.chunks(ROW * ROW).zip(delta.chunks_mut(ROW * ROW)).enumerate() {
            let valid = logits.len() / ROW;
            for (z, row) in z.iter_mut().zip(logits.chunks_exact(ROW)) {
                *z = row[0];
            }
            // The training set's targets run on past the batch (padding or
            // the next batch's): the lanes past `valid` are ignored.
            let (zv, t) = (s.load(&z), s.load(&targets[v * ROW..]));
            let (gv, l, right) = binary_cross_entropy_v(s, zv, t, scale, valid);
            s.store(gv, &mut g);
            for (row, &g) in delta.chunks_exact_mut(ROW).zip(&g) {
                s.store(s.mul(s.splat(g), first), row);
            }
            loss += l;
            correct += right;
        }
        return (loss, correct);
    }
    delta.fill(0.0);
    let m = head.outputs();
    let mut g = [0.0f32; MAX_OUTPUTS];
    for ((z, d), &t) in logits.chunks_exact(ROW).zip(delta.chunks_exact_mut(ROW)).zip(targets) {
        let (l, right) = head.train_row(&z[..m], t, &mut g[..m], scale);
        loss += l;
        correct += u64::from(right);
        d[..m].copy_from_slice(&g[..m]);
    }
    (loss, correct)
}

/// What the one-sigmoid-neuron sweep reads and writes, over the first `n`
/// rows: `x` the output layer's inputs (rows of the activations φ of the
/// layer below, `inputs` of them, `below_activation` its φ; readable up to
/// a whole number of 8-row blocks), `w` the neuron's weights one input per
/// lane and `bias` its bias; the weight and bias gradients go into `g`
/// (`g[p·8]`) and `gb[..8]`, the error of the layer below into `below`.
pub(super) struct SigmoidOutput<'a> {
    pub x: &'a [f32],
    pub inputs: usize,
    pub below_activation: Activation,
    pub w: &'a [f32],
    pub bias: f32,
    pub targets: &'a [f32],
    pub g: &'a mut [f32],
    pub gb: &'a mut [f32],
    pub below: &'a mut [f32],
    pub n: usize,
    pub scale: f32,
}

/// The sweep of the module's doc: the summed loss and the rows classified
/// right.
#[inline(always)]
pub(super) fn sigmoid_output<S: Simd>(s: S, o: SigmoidOutput<'_>) -> (f64, u64) {
    debug_assert_eq!(S::LANES, ROW, "the neuron-lane passes are 8-lane code");
    let w = s.load(o.w);
    let (mut acc, mut bias) = (s.splat(0.0), 0.0f32);
    let (mut loss, mut correct) = (0.0f64, 0u64);
    let (mut inputs, mut g) = ([0.0f32; ROW * ROW], [0.0f32; 16]);
    for start in (0..o.n).step_by(ROW) {
        let valid = (o.n - start).min(ROW);
        let block = o.x[start * ROW..][..ROW * ROW].first_chunk().expect("a whole block");
        s.transpose8(block, &mut inputs);
        // (A loop, not `array::from_fn`: its closure would be compiled on
        // its own, without the path's instruction set.)
        let mut products = [s.splat(0.0); ROW];
        for ((product, column), &w) in products.iter_mut().zip(inputs.chunks_exact(ROW)).zip(o.w) {
            *product = s.mul(s.load(column), s.splat(w));
        }
        let z = s.add(s.add_as_reduce(products), s.splat(o.bias));
        // The training set's targets run on past the batch (padding or the
        // next batch's), and the rows past it hold what an earlier batch
        // left: those lanes are ignored.
        let (gv, l, right) = binary_cross_entropy_v(s, z, s.load(&o.targets[start..]), o.scale, valid);
        loss += l;
        correct += right;
        s.store(gv, &mut g);
        let rows = block
            .chunks_exact(ROW)
            .zip(o.below[start * ROW..].chunks_exact_mut(ROW));
        for ((x, below), &gr) in rows.zip(&g).take(valid) {
            bias += gr;
            let (d, xv) = (s.splat(gr), s.load(x));
            acc = s.mul_add(d, xv, acc);
            s.store(derivative_times(s, o.below_activation, xv, s.mul(d, w)), below);
        }
    }
    weight_column(s, acc, o.inputs, o.g);
    o.gb[..ROW].fill(0.0);
    o.gb[0] = bias;
    (loss, correct)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::OutputActivation;
    use crate::nn::kernels::dispatch::{Kernel, SimdPath, dispatch_eight};
    use crate::nn::kernels::narrow_rows::{Backward, backward_single, forward_single};

    /// A batch's inputs to the output neuron, its weights and targets.
    struct Case {
        x: Vec<f32>,
        w: [f32; ROW],
        bias: f32,
        targets: Vec<f32>,
        n: usize,
        inputs: usize,
    }

    /// The loss, the count, ∂W (`g[p·8]`), ∂b and δ_below of one way.
    type Results = (f64, u64, Vec<f32>, Vec<f32>, Vec<f32>);

    /// The sweep, or (`rows`) the three row-by-row passes it replaces.
    struct Run<'a> {
        case: &'a Case,
        rows: bool,
    }

    impl Kernel for Run<'_> {
        type Output = Results;

        #[inline(always)]
        fn run<S: Simd>(self, s: S) -> Results {
            let c = self.case;
            let head = Head::new(Loss::BinaryCrossEntropy, OutputActivation::Sigmoid, 2).expect("a head");
            let (mut g, mut gb, mut below) = (vec![0.0; ROW * ROW], vec![0.0; ROW], vec![0.0; c.n * ROW]);
            let (act, scale) = (Activation::Tanh, 1.0 / c.n as f32);
            let (loss, right) = if self.rows {
                let mut logits = vec![0.0; c.n * ROW];
                forward_single(s, &c.w, c.bias, &c.x, &mut logits, c.n);
                let mut delta = vec![0.0; c.n * ROW];
                let result = head_rows(s, &head, &logits, &c.targets, &mut delta, scale);
                let b = Backward {
                    x: &c.x,
                    inputs: c.inputs,
                    below_activation: act,
                    delta: &delta,
                    t: &c.w,
                    g: &mut g,
                    gb: &mut gb,
                    below: &mut below,
                    n: c.n,
                };
                backward_single(s, b);
                result
            } else {
                let o = SigmoidOutput {
                    x: &c.x,
                    inputs: c.inputs,
                    below_activation: act,
                    w: &c.w,
                    bias: c.bias,
                    targets: &c.targets,
                    g: &mut g,
                    gb: &mut gb,
                    below: &mut below,
                    n: c.n,
                    scale,
                };
                sigmoid_output(s, o)
            };
            (loss, right, g, gb, below)
        }
    }

    /// The sweep gives the row-by-row passes' logits, loss, count and
    /// gradients bit for bit, on every 8-lane path, for batches that are
    /// and are not whole blocks, whatever the rows past the batch hold.
    #[test]
    fn the_sweep_matches_the_row_passes_bit_for_bit() {
        let mut seed = 0x2545_f491u32;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed as f32 / u32::MAX as f32 * 2.0 - 1.0
        };
        for (n, inputs) in [(10usize, 8usize), (8, 8), (1, 3), (32, 8), (13, 5)] {
            let blocks = n.next_multiple_of(ROW);
            let mut x: Vec<f32> = (0..blocks * ROW).map(|_| next().tanh()).collect();
            for row in x.chunks_exact_mut(ROW) {
                row[inputs..].fill(0.0);
            }
            // What an earlier, diverged batch could have left past this one.
            x[n * ROW..].fill(f32::NAN);
            let mut w = [0.0; ROW];
            w[..inputs].iter_mut().for_each(|w| *w = next() * 3.0);
            let targets = (0..blocks + ROW).map(|_| f32::from(next() > 0.0)).collect();
            let case = Case {
                x,
                w,
                bias: next(),
                targets,
                n,
                inputs,
            };
            for path in SimdPath::available() {
                let swept = dispatch_eight(
                    path,
                    Run {
                        case: &case,
                        rows: false,
                    },
                );
                let rows = dispatch_eight(
                    path,
                    Run {
                        case: &case,
                        rows: true,
                    },
                );
                let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                assert_eq!(swept.0.to_bits(), rows.0.to_bits(), "loss, {path:?} n {n}");
                assert_eq!(swept.1, rows.1, "count, {path:?} n {n}");
                assert!(swept.1 <= n as u64 && swept.0 > 0.0 && swept.0.is_finite());
                for (what, a, b) in [
                    ("∂W", &swept.2, &rows.2),
                    ("∂b", &swept.3, &rows.3),
                    ("δ", &swept.4, &rows.4),
                ] {
                    assert_eq!(bits(a), bits(b), "{what}, {path:?} n {n}");
                }
                assert!(swept.2.iter().any(|&g| g != 0.0), "a gradient, {path:?} n {n}");
            }
        }
    }
}
