//! The instruction set the kernels run on, chosen at run time.
//!
//! `cargo build` compiles for the generic x86-64 target, so code written
//! with `wide`'s vectors runs on SSE2 everywhere: two 4-lane halves per
//! 8-lane vector and no fused multiply-add. Here every kernel is written
//! once, generic over [`Simd`] (the handful of vector operations it needs,
//! and how many lanes a vector has), and [`dispatch`] runs it inside a
//! function compiled for AVX-512 (16 lanes), AVX2+FMA (8 lanes) or SSE2
//! (8 lanes as two halves), whichever the processor has. The `pulp` crate
//! does that switch safely (this crate denies `unsafe`): its tokens exist
//! only when the features were detected, and its `vectorize` compiles the
//! kernel, inlined, with those features enabled.
//!
//! Each path is deterministic: the same inputs give the same bits every run.
//! Paths differ from each other in rounding (a fused a·b + c rounds once)
//! and, with 16 lanes, in the order sums over a batch are taken, so a seed
//! reproduces a run exactly on the same path only.

mod sse2;
#[cfg(target_arch = "x86_64")]
mod x86;

use std::sync::OnceLock;

use serde::Serialize;

pub(crate) use self::sse2::{SHIFTER, Sse2};

/// The instruction sets the kernels can run on, widest last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SimdPath {
    /// The baseline every processor of the target runs: `wide`'s 8-lane
    /// vectors as compiled for the target (SSE2 on x86-64, two 4-lane
    /// halves, multiply and add rounded separately).
    Sse2,
    /// AVX2 with fused multiply-add: 8 lanes in one 256-bit register
    /// (x86-64-v3, processors since about 2013).
    Avx2,
    /// AVX-512 (x86-64-v4): 16 lanes in one 512-bit register.
    Avx512,
}

impl SimdPath {
    /// Every path, narrowest first.
    pub const ALL: [SimdPath; 3] = [SimdPath::Sse2, SimdPath::Avx2, SimdPath::Avx512];

    /// The widest path this processor runs, detected once.
    pub fn detect() -> SimdPath {
        static BEST: OnceLock<SimdPath> = OnceLock::new();
        *BEST.get_or_init(|| {
            SimdPath::ALL
                .into_iter()
                .rfind(|p| p.is_available())
                .unwrap_or(SimdPath::Sse2)
        })
    }

    /// Whether this processor can run the path (the baseline always can).
    pub fn is_available(self) -> bool {
        match self {
            SimdPath::Sse2 => true,
            #[cfg(target_arch = "x86_64")]
            SimdPath::Avx2 => x86::avx2_available(),
            #[cfg(target_arch = "x86_64")]
            SimdPath::Avx512 => x86::avx512_available(),
            #[cfg(not(target_arch = "x86_64"))]
            _ => false,
        }
    }

    /// Every path this processor runs, narrowest first (the tests check
    /// each against the reference engine).
    pub fn available() -> Vec<SimdPath> {
        SimdPath::ALL.into_iter().filter(|p| p.is_available()).collect()
    }

    /// The path the kernels really run on when asked for this one: the
    /// next narrower one the processor has.
    pub fn effective(self) -> SimdPath {
        SimdPath::ALL
            .into_iter()
            .rfind(|p| *p <= self && p.is_available())
            .unwrap_or(SimdPath::Sse2)
    }

    /// f32 lanes per vector on this path (of [`SimdPath::effective`]).
    pub fn lanes(self) -> usize {
        match self.effective() {
            SimdPath::Avx512 => 16,
            _ => 8,
        }
    }

    /// The name `nnlab bench --json` reports: "sse2", "avx2" or "avx512".
    pub fn name(self) -> &'static str {
        match self {
            SimdPath::Sse2 => "sse2",
            SimdPath::Avx2 => "avx2",
            SimdPath::Avx512 => "avx512",
        }
    }
}

impl Default for SimdPath {
    fn default() -> Self {
        SimdPath::detect()
    }
}

/// The vector operations the kernels use, on vectors of [`Simd::LANES`]
/// f32 lanes. Buffers are plain `f32` slices; [`Simd::load`] and
/// [`Simd::store`] move `LANES` of them into and out of a register.
///
/// All methods must inline into the caller (`#[inline(always)]`): they
/// run inside [`dispatch`]'s function compiled for the path, and a call
/// out of it would lose the instruction set.
pub(crate) trait Simd: Copy {
    /// Lanes per vector.
    const LANES: usize;
    /// `LANES` f32 lanes in a register.
    type V: Copy;
    /// `x[..LANES]` into a register.
    fn load(self, x: &[f32]) -> Self::V;
    /// A register into `out[..LANES]`.
    fn store(self, v: Self::V, out: &mut [f32]);
    /// x in every lane.
    fn splat(self, x: f32) -> Self::V;
    /// a + b.
    fn add(self, a: Self::V, b: Self::V) -> Self::V;
    /// a − b.
    fn sub(self, a: Self::V, b: Self::V) -> Self::V;
    /// a · b.
    fn mul(self, a: Self::V, b: Self::V) -> Self::V;
    /// a / b.
    fn div(self, a: Self::V, b: Self::V) -> Self::V;
    /// √a.
    fn sqrt(self, a: Self::V) -> Self::V;
    /// a · b + c: rounded once where the path has fused multiply-add,
    /// else twice (exactly `a * b + c` in f32).
    fn mul_add(self, a: Self::V, b: Self::V, c: Self::V) -> Self::V;
    /// c − a · b: rounded once where the path has fused multiply-add.
    fn neg_mul_add(self, a: Self::V, b: Self::V, c: Self::V) -> Self::V;
    /// a < b ? a : b, lane by lane (so b when either is NaN).
    fn min(self, a: Self::V, b: Self::V) -> Self::V;
    /// a > b ? a : b, lane by lane (so b when either is NaN).
    fn max(self, a: Self::V, b: Self::V) -> Self::V;
    /// |a|.
    fn abs(self, a: Self::V) -> Self::V;
    /// |magnitude| with the sign bit of `sign`.
    fn copysign(self, magnitude: Self::V, sign: Self::V) -> Self::V;
    /// a ≥ b ? t : f, lane by lane.
    fn select_ge(self, a: Self::V, b: Self::V, t: Self::V, f: Self::V) -> Self::V;
    /// a > b ? t : f, lane by lane.
    fn select_gt(self, a: Self::V, b: Self::V, t: Self::V, f: Self::V) -> Self::V;
    /// a = b ? t : f, lane by lane.
    fn select_eq(self, a: Self::V, b: Self::V, t: Self::V, f: Self::V) -> Self::V;
    /// Bit i set where lane i has a ≥ b.
    fn mask_ge(self, a: Self::V, b: Self::V) -> u32;
    /// Bit i set where lane i has a = b.
    fn mask_eq(self, a: Self::V, b: Self::V) -> u32;
    /// The sum of the lanes.
    fn reduce_add(self, a: Self::V) -> f32;
    /// The lane sums of eight vectors into `out[..8]`, `out[i]` = Σ lanes
    /// of `v[i]` (the weight gradient of eight neurons at once).
    fn sum8(self, v: [Self::V; 8], out: &mut [f32]);
    /// Σᵢ `terms[i]`, lane by lane, added in the order [`Simd::reduce_add`]
    /// adds the lanes of one 8-lane vector, `terms[i]` in the place of lane
    /// i: lane r of the result is `reduce_add` of the vector whose lanes
    /// are the `terms`' lanes r, bit for bit. (This is the order of the
    /// 8-lane paths: (l₀ + l₄) + (l₂ + l₆) + ((l₁ + l₅) + (l₃ + l₇)).)
    #[inline(always)]
    fn add_as_reduce(self, terms: [Self::V; 8]) -> Self::V {
        let [t0, t1, t2, t3, t4, t5, t6, t7] = terms;
        let (q0, q1, q2, q3) = (self.add(t0, t4), self.add(t1, t5), self.add(t2, t6), self.add(t3, t7));
        self.add(self.add(q0, q2), self.add(q1, q3))
    }
    /// `out[j·8 + p]` = `rows[p·8 + j]`: an 8 × 8 block transposed.
    #[inline(always)]
    fn transpose8(self, rows: &[f32; 64], out: &mut [f32; 64]) {
        for (p, row) in rows.chunks_exact(8).enumerate() {
            for (j, &v) in row.iter().enumerate() {
                out[j * 8 + p] = v;
            }
        }
    }
    /// 2^k from `shifted` = k + 1.5·2²³ (k an integer in [−126, 127]):
    /// the low bits of the float's mantissa hold k, so the integer
    /// (bits − bits(1.5·2²³) + 127) << 23 is 2^k's own bit pattern.
    fn two_pow_from_shifted(self, shifted: Self::V) -> Self::V;
}

/// `v` with lanes `n..` set to zero (the samples past the end of a batch
/// in its last vector).
#[inline(always)]
pub(crate) fn keep_first<S: Simd>(s: S, v: S::V, n: usize) -> S::V {
    if n >= S::LANES {
        return v;
    }
    let index = s.load(&LANE_INDEX[..]);
    s.select_gt(s.splat(n as f32), index, v, s.splat(0.0))
}

/// 0, 1, 2, …: each lane's own index.
const LANE_INDEX: [f32; 16] = [
    0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0,
];

/// A kernel generic over the path, for [`dispatch`] (closures cannot be
/// generic).
pub(crate) trait Kernel {
    /// What the kernel returns.
    type Output;
    /// Runs the kernel with the path's operations. Must be
    /// `#[inline(always)]`, as must everything it calls.
    fn run<S: Simd>(self, simd: S) -> Self::Output;
}

/// Runs `kernel` on `path`, compiled for that path's instruction set; on
/// the next narrower one when the processor lacks it.
#[inline(always)]
pub(crate) fn dispatch<K: Kernel>(path: SimdPath, kernel: K) -> K::Output {
    match path {
        #[cfg(target_arch = "x86_64")]
        SimdPath::Avx2 | SimdPath::Avx512 => x86::dispatch(path, kernel),
        _ => kernel.run(Sse2),
    }
}

/// Runs `kernel` on `path` with 8-lane vectors: on AVX-512, the AVX2
/// operations compiled with AVX-512 enabled (for code written for 8-lane
/// rows).
#[inline(always)]
pub(crate) fn dispatch_eight<K: Kernel>(path: SimdPath, kernel: K) -> K::Output {
    match path {
        #[cfg(target_arch = "x86_64")]
        SimdPath::Avx2 | SimdPath::Avx512 => x86::dispatch_eight(path, kernel),
        _ => kernel.run(Sse2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::fastmath::{ln_1p_unit_v, sigmoid_v, tanh_v};

    /// tanh, σ and ln(1 + u) of every lane of `x`, and the lane sums of
    /// every eight vectors, on one path.
    struct Functions<'a> {
        x: &'a [f32],
    }

    impl Kernel for Functions<'_> {
        type Output = (Vec<[f32; 3]>, Vec<f32>);

        #[inline(always)]
        fn run<S: Simd>(self, s: S) -> Self::Output {
            let mut out = Vec::with_capacity(self.x.len());
            let mut lane = [0.0f32; 16];
            let mut t = [0.0f32; 16];
            let mut g = [0.0f32; 16];
            for x in self.x.chunks_exact(S::LANES) {
                let v = s.load(x);
                let u = s.min(s.abs(v), s.splat(1.0));
                s.store(tanh_v(s, v), &mut t);
                s.store(sigmoid_v(s, v), &mut g);
                s.store(ln_1p_unit_v(s, u), &mut lane);
                out.extend((0..S::LANES).map(|i| [t[i], g[i], lane[i]]));
            }
            let mut sums = Vec::new();
            for block in self.x.chunks_exact(8 * S::LANES) {
                let v: [S::V; 8] = std::array::from_fn(|i| s.load(&block[i * S::LANES..]));
                let mut eight = [0.0f32; 8];
                s.sum8(v, &mut eight);
                sums.extend(eight);
            }
            (out, sums)
        }
    }

    /// Every path's vector math is within a few ulps of the exact values
    /// (the fused paths round differently from the baseline, not worse),
    /// and its lane sums are the sums.
    #[test]
    fn every_path_computes_tanh_sigmoid_log_and_sums_within_a_few_ulps() {
        let xs: Vec<f32> = (-120_000..120_000).map(|i| i as f32 * 1e-4).collect();
        for path in SimdPath::available() {
            let (got, sums) = dispatch(path, Functions { x: &xs });
            assert_eq!(got.len(), xs.len(), "{path:?}");
            for (&x, [t, g, l]) in xs.iter().zip(got) {
                let x64 = f64::from(x);
                let u = f64::from(x.abs().min(1.0));
                let ulp = |v: f64| f64::from(f32::EPSILON) * v.abs().max(f64::from(f32::MIN_POSITIVE));
                for (name, got, want) in [
                    ("tanh", t, x64.tanh()),
                    ("σ", g, 1.0 / (1.0 + (-x64).exp())),
                    ("ln(1 + u)", l, u.ln_1p()),
                ] {
                    let err = (f64::from(got) - want).abs();
                    assert!(err <= 4.0 * ulp(want), "{path:?} {name}({x}) = {got} vs {want}");
                }
            }
            let lanes = path.lanes();
            for (i, sum) in sums.iter().enumerate() {
                let want: f64 = xs[i * lanes..(i + 1) * lanes].iter().map(|&v| f64::from(v)).sum();
                assert!(
                    (f64::from(*sum) - want).abs() < 1e-4,
                    "{path:?} sum {i}: {sum} vs {want}"
                );
            }
        }
    }

    /// An 8 × 8 block transposed on one 8-lane path.
    struct Transpose<'a>(&'a [f32; 64]);

    impl Kernel for Transpose<'_> {
        type Output = [f32; 64];

        #[inline(always)]
        fn run<S: Simd>(self, s: S) -> [f32; 64] {
            let mut out = [0.0; 64];
            s.transpose8(self.0, &mut out);
            out
        }
    }

    /// Every 8-lane path's shuffles put W[p, j] at Wᵀ[j, p].
    #[test]
    fn every_eight_lane_path_transposes_a_block() {
        let rows: [f32; 64] = std::array::from_fn(|i| i as f32 * 0.5 - 7.0);
        for path in SimdPath::available() {
            let out = dispatch_eight(path, Transpose(&rows));
            for (p, j) in (0..8).flat_map(|p| (0..8).map(move |j| (p, j))) {
                assert_eq!(
                    out[j * 8 + p].to_bits(),
                    rows[p * 8 + j].to_bits(),
                    "{path:?} ({p}, {j})"
                );
            }
        }
    }

    #[test]
    fn detection_picks_an_available_path_and_names_are_unique() {
        assert!(SimdPath::detect().is_available());
        assert_eq!(SimdPath::detect().effective(), SimdPath::detect());
        assert_eq!(SimdPath::Sse2.lanes(), 8);
        let names: std::collections::HashSet<_> = SimdPath::ALL.iter().map(|p| p.name()).collect();
        assert_eq!(names.len(), SimdPath::ALL.len());
    }
}
