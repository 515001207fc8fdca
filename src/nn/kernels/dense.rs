//! The products of a dense layer with a batch's samples across the lanes.
//!
//! A layer's values for the batch are rows, one per neuron (or input):
//! row j holds neuron j's value for every sample, vector after vector,
//! `stride` floats apart. A weight is one number for the whole row, so it
//! is broadcast to every lane, and each multiply-add serves as many
//! samples as the vector has lanes, whatever the layer's width. With
//! W[i·width + o] the weight from input i to neuron o:
//!
//! forward:   out[o] = b[o] + Σᵢ W[i, o] · x[i]
//! backward:  δ_below[i] = Σₒ W[i, o] · δ[o]         (the same product, transposed)
//! gradient:  ∂W[i, o] = Σ_samples x[i] · δ[o],  ∂b[o] = Σ_samples δ[o]
//!
//! The products run over blocks of 4 outputs × 2 vectors, so each loaded
//! input vector serves four multiply-adds and the eight running sums are
//! independent chains the processor overlaps; the gradient keeps eight
//! neurons' sums in registers and adds each one's lanes up once per batch
//! ([`Simd::sum8`]). The loops are plain counters over slices cut to
//! their exact length once per block: the compiler then drops the bounds
//! checks, which with a batch of 10 were most of the instructions.

use super::dispatch::Simd;

/// Outputs per block (the backward product reads four rows of W side by
/// side: at most 4).
const OUT_BLOCK: usize = 4;
/// Vectors per block.
const VEC_BLOCK: usize = 2;

/// Rows of a layer's values: row r starts at `r * stride` of `data`.
#[derive(Clone, Copy)]
pub(super) struct Rows<'a> {
    pub data: &'a [f32],
    pub stride: usize,
}

/// A dense product's shape: its input and output rows, the first
/// `vectors` vectors of each, and W's row length `width`.
#[derive(Clone, Copy)]
pub(super) struct Shape {
    pub inputs: usize,
    pub outputs: usize,
    pub vectors: usize,
    pub width: usize,
}

/// Which way a product reads W.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Direction {
    /// out[o] = Σᵢ W[i, o]·x[i]: inputs are W's rows.
    Forward,
    /// out[i] = Σₒ W[i, o]·x[o]: inputs are W's columns.
    Backward,
}

/// A dense product's operands: W read in `direction`, the bias (none:
/// zero), the shape and the input rows.
#[derive(Clone, Copy)]
pub(super) struct Product<'a> {
    pub w: &'a [f32],
    pub direction: Direction,
    pub bias: Option<&'a [f32]>,
    pub shape: Shape,
    pub x: Rows<'a>,
}

/// out[o][v] = bias[o] + Σᵢ w(i, o)·x[i][v] (no bias: zero), for every
/// output row, `out_stride` apart.
#[inline(always)]
pub(super) fn product<S: Simd>(s: S, p: Product<'_>, (out, out_stride): (&mut [f32], usize)) {
    let mut o = 0;
    while o + OUT_BLOCK <= p.shape.outputs {
        vector_blocks::<S, OUT_BLOCK>(s, p, (out, out_stride), o);
        o += OUT_BLOCK;
    }
    while o < p.shape.outputs {
        vector_blocks::<S, 1>(s, p, (out, out_stride), o);
        o += 1;
    }
}

/// [`product`] for outputs o..o + OB, every vector.
#[inline(always)]
fn vector_blocks<S: Simd, const OB: usize>(s: S, p: Product<'_>, out: (&mut [f32], usize), o: usize) {
    let mut v = 0;
    while v + VEC_BLOCK <= p.shape.vectors {
        block::<S, OB, VEC_BLOCK>(s, p, (&mut *out.0, out.1), o, v);
        v += VEC_BLOCK;
    }
    while v < p.shape.vectors {
        block::<S, OB, 1>(s, p, (&mut *out.0, out.1), o, v);
        v += 1;
    }
}

/// [`product`] for outputs o..o + OB and vectors v..v + VB.
#[inline(always)]
fn block<S: Simd, const OB: usize, const VB: usize>(
    s: S,
    p: Product<'_>,
    (out, out_stride): (&mut [f32], usize),
    o: usize,
    v: usize,
) {
    let Product {
        w,
        direction,
        bias,
        shape,
        x,
    } = p;
    let lanes = S::LANES;
    let span = VB * lanes;
    let mut acc = [[s.splat(0.0); VB]; OB];
    if let Some(b) = bias {
        for (acc, &b) in acc.iter_mut().zip(&b[o..o + OB]) {
            *acc = [s.splat(b); VB];
        }
    }
    let inputs = shape.inputs;
    // Input row i is `x.data[at..at + span]`, at = v·lanes + i·stride: one
    // bounds check a row, and the loads inside it need none (the row's
    // length is the constant span). Cutting rows with `chunks(stride)`
    // instead cost nine instructions a row for the length of the last one.
    let mut at = v * lanes;
    match direction {
        Direction::Forward => {
            // For input i, the OB weights W[i, o..o + OB] side by side
            // (checked once here, so not in the loop).
            assert!(o + OB <= shape.width, "a block past the layer's width");
            for w_row in w.chunks_exact(shape.width).take(inputs) {
                let x_row = &x.data[at..at + span];
                at += x.stride;
                let xs: [S::V; VB] = std::array::from_fn(|vb| s.load(&x_row[vb * lanes..]));
                multiply_add::<S, OB, VB>(s, &mut acc, std::array::from_fn(|ob| w_row[o + ob]), xs);
            }
        }
        Direction::Backward => {
            // W's rows o..o + OB, one weight per input, read side by side
            // by one iterator (indexing four rows checked four bounds).
            const { assert!(OB <= 4, "the backward product reads at most four rows of W") };
            let row = |ob: usize| &w[(o + ob.min(OB - 1)) * shape.width..][..inputs];
            let weights = row(0).iter().zip(row(1)).zip(row(2)).zip(row(3));
            for (((&w0, &w1), &w2), &w3) in weights {
                let x_row = &x.data[at..at + span];
                at += x.stride;
                let xs: [S::V; VB] = std::array::from_fn(|vb| s.load(&x_row[vb * lanes..]));
                let ws = [w0, w1, w2, w3];
                multiply_add::<S, OB, VB>(s, &mut acc, std::array::from_fn(|ob| ws[ob]), xs);
            }
        }
    }
    for (ob, acc) in acc.iter().enumerate() {
        let row = &mut out[(o + ob) * out_stride + v * lanes..][..span];
        for (vb, &a) in acc.iter().enumerate() {
            s.store(a, &mut row[vb * lanes..]);
        }
    }
}

/// acc[ob][vb] += ws[ob]·xs[vb].
#[inline(always)]
fn multiply_add<S: Simd, const OB: usize, const VB: usize>(
    s: S,
    acc: &mut [[S::V; VB]; OB],
    ws: [f32; OB],
    xs: [S::V; VB],
) {
    for (acc, &wv) in acc.iter_mut().zip(&ws) {
        let wv = s.splat(wv);
        for (acc, &xv) in acc.iter_mut().zip(&xs) {
            *acc = s.mul_add(wv, xv, *acc);
        }
    }
}

/// The weight and bias gradients of a layer: g[i·width + o] = Σ x[i]·δ[o]
/// and gb[o] = Σ δ[o] over the first `vectors` vectors, for every o below
/// `outputs` rounded up to 8 (the rows of `delta` past `outputs` must be
/// zero; so are the gradients written there). Eight neurons' sums at a
/// time share each input vector; a layer of fewer than 8 neurons takes
/// eight (input, neuron) pairs at a time instead.
#[inline(always)]
pub(super) fn gradient<S: Simd>(s: S, x: Rows<'_>, delta: Rows<'_>, shape: Shape, g: &mut [f32], gb: &mut [f32]) {
    let lanes = S::LANES;
    let span = shape.vectors * lanes;
    let mut o = 0;
    while o < shape.outputs {
        let d: [&[f32]; 8] = std::array::from_fn(|k| &delta.data[(o + k) * delta.stride..][..span]);
        if shape.outputs >= 8 {
            for (i, xi) in x.data.chunks(x.stride.max(1)).take(shape.inputs).enumerate() {
                let xi = &xi[..span];
                let mut acc = [s.splat(0.0); 8];
                let mut at = 0;
                while at < span {
                    let xv = s.load(&xi[at..]);
                    for (acc, d) in acc.iter_mut().zip(&d) {
                        *acc = s.mul_add(xv, s.load(&d[at..]), *acc);
                    }
                    at += lanes;
                }
                s.sum8(acc, &mut g[i * shape.width + o..]);
            }
        }
        let mut acc = [s.splat(0.0); 8];
        let mut at = 0;
        while at < span {
            for (acc, d) in acc.iter_mut().zip(&d) {
                *acc = s.add(*acc, s.load(&d[at..]));
            }
            at += lanes;
        }
        s.sum8(acc, &mut gb[o..]);
        o += 8;
    }
    if shape.outputs < 8 {
        gradient_by_pairs(s, x, delta, shape, g);
    }
}

/// The weight gradient of a layer of fewer than 8 neurons, eight
/// (input, neuron) pairs at a time (the last group repeats its last pair).
#[inline(always)]
fn gradient_by_pairs<S: Simd>(s: S, x: Rows<'_>, delta: Rows<'_>, shape: Shape, g: &mut [f32]) {
    let (lanes, m) = (S::LANES, shape.outputs.max(1));
    let span = shape.vectors * lanes;
    let pairs = shape.inputs * shape.outputs;
    let mut sums = [0.0f32; 8];
    let mut p = 0;
    while p < pairs {
        let at: [(usize, usize); 8] = std::array::from_fn(|k| {
            let q = (p + k).min(pairs - 1);
            (q / m, q % m)
        });
        let xs: [&[f32]; 8] = std::array::from_fn(|k| &x.data[at[k].0 * x.stride..][..span]);
        let ds: [&[f32]; 8] = std::array::from_fn(|k| &delta.data[at[k].1 * delta.stride..][..span]);
        let mut acc = [s.splat(0.0); 8];
        let mut v = 0;
        while v < span {
            for k in 0..8 {
                acc[k] = s.mul_add(s.load(&xs[k][v..]), s.load(&ds[k][v..]), acc[k]);
            }
            v += lanes;
        }
        s.sum8(acc, &mut sums);
        for (&(i, o), &sum) in at.iter().zip(&sums).take(pairs - p) {
            g[i * shape.width + o] = sum;
        }
        p += 8;
    }
}
