//! The products of a dense layer with a batch's samples across the lanes.
//!
//! A layer's values for the batch are rows, one per neuron (or input):
//! row j holds neuron j's value for every sample, vector after vector,
//! `stride` floats apart. A weight is one number for the whole row, so it
//! is broadcast to every lane, and each multiply-add serves as many
//! samples as the vector has lanes, whatever the layer's width:
//!
//! forward:   out[o] = b[o] + Σᵢ w(i, o) · x[i]
//! backward:  δ_below[i] = Σₒ w(i, o) · δ[o]          (the same product, transposed)
//! gradient:  ∂w(i, o) = Σ_samples x[i] · δ[o],  ∂b[o] = Σ_samples δ[o]
//!
//! with w(i, o) at `w[i·si + o·so]`. The products run over blocks of 4
//! outputs × 2 vectors, so each loaded input vector serves four
//! multiply-adds and the eight running sums are independent chains the
//! processor overlaps; the gradient keeps eight neurons' sums in
//! registers and adds each one's lanes up once per batch ([`Simd::sum8`]).

use super::dispatch::Simd;

/// Outputs per block.
const OUT_BLOCK: usize = 4;
/// Vectors per block.
const VEC_BLOCK: usize = 2;

/// Rows of a layer's values: row r starts at `r * stride` of `data`.
#[derive(Clone, Copy)]
pub(super) struct Rows<'a> {
    pub data: &'a [f32],
    pub stride: usize,
}

/// A weight matrix: w(i, o) = `w[i * si + o * so]`.
#[derive(Clone, Copy)]
pub(super) struct Weights<'a> {
    pub w: &'a [f32],
    pub si: usize,
    pub so: usize,
}

/// out[o][v] = bias[o] + Σᵢ w(i, o)·x[i][v] for o < `outputs`, i < `inputs`
/// and the first `vectors` vectors of each row (no bias: zero). `out` rows
/// are `out_stride` apart.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
pub(super) fn product<S: Simd>(
    s: S,
    w: Weights<'_>,
    bias: Option<&[f32]>,
    inputs: usize,
    outputs: usize,
    x: Rows<'_>,
    out: &mut [f32],
    out_stride: usize,
    vectors: usize,
) {
    let full_o = outputs - outputs % OUT_BLOCK;
    let full_v = vectors - vectors % VEC_BLOCK;
    let shape = (inputs, out_stride);
    for o in (0..full_o).step_by(OUT_BLOCK) {
        for v in (0..full_v).step_by(VEC_BLOCK) {
            block::<S, OUT_BLOCK, VEC_BLOCK>(s, w, bias, shape, x, out, o, v);
        }
        for v in full_v..vectors {
            block::<S, OUT_BLOCK, 1>(s, w, bias, shape, x, out, o, v);
        }
    }
    for o in full_o..outputs {
        for v in (0..full_v).step_by(VEC_BLOCK) {
            block::<S, 1, VEC_BLOCK>(s, w, bias, shape, x, out, o, v);
        }
        for v in full_v..vectors {
            block::<S, 1, 1>(s, w, bias, shape, x, out, o, v);
        }
    }
}

/// [`product`] for outputs o..o + OB and vectors v..v + VB.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn block<S: Simd, const OB: usize, const VB: usize>(
    s: S,
    w: Weights<'_>,
    bias: Option<&[f32]>,
    (inputs, out_stride): (usize, usize),
    x: Rows<'_>,
    out: &mut [f32],
    o: usize,
    v: usize,
) {
    let lanes = S::LANES;
    let mut acc = [[s.splat(0.0); VB]; OB];
    if let Some(b) = bias {
        for (ob, acc) in acc.iter_mut().enumerate() {
            *acc = [s.splat(b[o + ob]); VB];
        }
    }
    for i in 0..inputs {
        let row = &x.data[i * x.stride + v * lanes..];
        let xs: [S::V; VB] = std::array::from_fn(|vb| s.load(&row[vb * lanes..]));
        for (ob, acc) in acc.iter_mut().enumerate() {
            let wv = s.splat(w.w[i * w.si + (o + ob) * w.so]);
            for (acc, &xv) in acc.iter_mut().zip(&xs) {
                *acc = s.mul_add(wv, xv, *acc);
            }
        }
    }
    for (ob, acc) in acc.iter().enumerate() {
        let row = &mut out[(o + ob) * out_stride + v * lanes..];
        for (vb, &a) in acc.iter().enumerate() {
            s.store(a, &mut row[vb * lanes..]);
        }
    }
}

/// The weight and bias gradients of a layer: g[i·width + o] = Σ x[i]·δ[o]
/// over the first `vectors` vectors, and gb[o] = Σ δ[o], for every o below
/// `outputs` rounded up to 8 (the rows of `delta` past `outputs` must be
/// zero; so are the gradients written there).
#[inline(always)]
#[allow(clippy::too_many_arguments)]
pub(super) fn gradient<S: Simd>(
    s: S,
    x: Rows<'_>,
    inputs: usize,
    delta: Rows<'_>,
    outputs: usize,
    vectors: usize,
    g: &mut [f32],
    width: usize,
    gb: &mut [f32],
) {
    let lanes = S::LANES;
    for o in (0..outputs).step_by(8) {
        let d: [&[f32]; 8] = std::array::from_fn(|k| &delta.data[(o + k) * delta.stride..][..vectors * lanes]);
        for i in 0..inputs {
            let xi = &x.data[i * x.stride..][..vectors * lanes];
            let mut acc = [s.splat(0.0); 8];
            for v in 0..vectors {
                let xv = s.load(&xi[v * lanes..]);
                for (acc, d) in acc.iter_mut().zip(&d) {
                    *acc = s.mul_add(xv, s.load(&d[v * lanes..]), *acc);
                }
            }
            s.sum8(acc, &mut g[i * width + o..]);
        }
        let mut acc = [s.splat(0.0); 8];
        for v in 0..vectors {
            for (acc, d) in acc.iter_mut().zip(&d) {
                *acc = s.add(*acc, s.load(&d[v * lanes..]));
            }
        }
        s.sum8(acc, &mut gb[o..]);
    }
}
