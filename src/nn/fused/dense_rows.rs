//! The batch kernels of [`super::FusedWorkspace`] for layers of any width:
//! one layer, all rows of the batch.
//!
//! A row of a layer with width w is ⌈w/8⌉ vectors of 8 lanes (unused lanes
//! zero), rows stored one after another. Rows are taken four at a time, so
//! each weight vector loaded from memory serves four multiply-adds and the
//! four running sums are independent chains the processor overlaps.

use bytemuck::cast_slice;
use wide::f32x8;

use crate::nn::fused_simd::Simd;
/// Rows per block.
const BLOCK: usize = 4;

/// The shapes of one dense product: `inputs` real input lanes, rows of
/// `in_chunks` and `out_chunks` vectors.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// Real input lanes of each row.
    pub inputs: usize,
    /// Vectors per input row.
    pub in_chunks: usize,
    /// Vectors per output row.
    pub out_chunks: usize,
}

/// out[r][c] = bias[c] + Σₚ in[r]ₚ · w[c·inputs + p] for every row, with
/// `w[c * inputs + p]` the weights from input p to the 8 outputs of chunk c
/// (no `bias`: zero).
#[inline(always)]
pub fn dense<S: Simd>(s: S, w: &[f32x8], bias: Option<&[f32x8]>, shape: Shape, input: &[f32x8], out: &mut [f32x8]) {
    let n = input.len() / shape.in_chunks.max(1);
    let blocked = n - n % BLOCK;
    for r in (0..blocked).step_by(BLOCK) {
        dense_block::<S, BLOCK>(s, w, bias, shape, input, out, r);
    }
    for r in blocked..n {
        dense_block::<S, 1>(s, w, bias, shape, input, out, r);
    }
}

/// [`dense`] for rows r..r + R.
#[inline(always)]
fn dense_block<S: Simd, const R: usize>(
    s: S,
    w: &[f32x8],
    bias: Option<&[f32x8]>,
    shape: Shape,
    input: &[f32x8],
    out: &mut [f32x8],
    r: usize,
) {
    let x: [&[f32]; R] = std::array::from_fn(|i| {
        let row = &input[(r + i) * shape.in_chunks..(r + i + 1) * shape.in_chunks];
        &cast_slice::<f32x8, f32>(row)[..shape.inputs]
    });
    for (c, weights) in w.chunks_exact(shape.inputs.max(1)).take(shape.out_chunks).enumerate() {
        // Every slice indexed below is exactly `inputs` long, so the
        // compiler can drop the bounds checks.
        let weights = &weights[..shape.inputs];
        let start = match bias {
            Some(b) => s.load(&b[c]),
            None => s.splat(0.0),
        };
        let mut acc = [start; R];
        for p in 0..shape.inputs {
            let w = s.load(&weights[p]);
            for i in 0..R {
                acc[i] = s.mul_add(s.splat(x[i][p]), w, acc[i]);
            }
        }
        for (i, a) in acc.into_iter().enumerate() {
            out[(r + i) * shape.out_chunks + c] = s.store(a);
        }
    }
}

/// The weight and bias gradients: g[c·inputs + p] = Σᵣ in[r]ₚ · δ[r][c] and
/// gb[c] = Σᵣ δ[r][c], summed over the rows of `input` and `delta`.
#[inline(always)]
pub fn outer<S: Simd>(simd: S, s: Shape, input: &[f32x8], delta: &[f32x8], g: &mut [f32x8], gb: &mut [f32x8]) {
    let zero = simd.splat(0.0);
    let n = input.len() / s.in_chunks.max(1);
    let rows = || {
        (0..n).map(|r| {
            (
                &input[r * s.in_chunks..(r + 1) * s.in_chunks],
                &delta[r * s.out_chunks..],
            )
        })
    };
    for (c, (gc, gb)) in g.chunks_exact_mut(s.inputs.max(1)).zip(gb.iter_mut()).enumerate() {
        let mut sum = zero;
        for (_, d) in rows() {
            sum = simd.add(sum, simd.load(&d[c]));
        }
        *gb = simd.store(sum);
        let gc = &mut gc[..s.inputs];
        let blocked = s.inputs - s.inputs % BLOCK;
        for p in (0..blocked).step_by(BLOCK) {
            let mut acc = [zero; BLOCK];
            for (x, d) in rows() {
                let x = &cast_slice::<f32x8, f32>(x)[p..p + BLOCK];
                let d = simd.load(&d[c]);
                for i in 0..BLOCK {
                    acc[i] = simd.mul_add(simd.splat(x[i]), d, acc[i]);
                }
            }
            for (g, acc) in gc[p..p + BLOCK].iter_mut().zip(acc) {
                *g = simd.store(acc);
            }
        }
        for (p, gp) in gc.iter_mut().enumerate().skip(blocked) {
            let mut sum = zero;
            for (x, d) in rows() {
                sum = simd.mul_add(simd.splat(cast_slice::<f32x8, f32>(x)[p]), simd.load(&d[c]), sum);
            }
            *gp = simd.store(sum);
        }
    }
}
