//! The instruction set the fused kernels run on, chosen at run time.
//!
//! `cargo build` compiles for the generic x86-64 target, so code written
//! with `wide`'s vectors runs on SSE2 everywhere: two 4-lane halves per
//! 8-lane vector and no fused multiply-add. Here every kernel is written
//! once, generic over [`Simd`] (the handful of 8-lane operations it needs),
//! and [`dispatch`] runs it inside a function compiled for AVX-512 or
//! AVX2+FMA when the processor has them. The `pulp` crate does that switch
//! safely (this crate denies `unsafe`): its tokens exist only when the
//! features were detected, and its `vectorize` compiles the kernel, inlined,
//! with those features enabled.
//!
//! Each path is deterministic: the same inputs give the same bits every run.
//! Paths differ from each other in rounding (a fused a·b + c rounds once),
//! so a seed reproduces a run exactly on the same path only.

#[cfg(target_arch = "x86_64")]
mod x86;

use std::sync::OnceLock;

use serde::Serialize;
use wide::f32x8;

/// The instruction sets the training kernels, the output grid and the
/// per-neuron grids can run on, widest last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SimdPath {
    /// The baseline every processor of the target runs: `wide`'s 8-lane
    /// vectors as compiled for the target (SSE2 on x86-64, two 4-lane
    /// halves, multiply and add rounded separately).
    Sse2,
    /// AVX2 with fused multiply-add: one 256-bit register per 8-lane row
    /// (x86-64-v3, processors since about 2013).
    Avx2,
    /// The AVX2 kernels compiled with AVX-512 enabled (x86-64-v4): the
    /// same 8-lane arithmetic with 32 vector registers instead of 16, so
    /// the 8 × 8 weight blocks stay in registers.
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

    /// The name `nnlab bench --json` reports: "sse2", "avx2" or "avx512".
    pub fn name(self) -> &'static str {
        match self {
            SimdPath::Sse2 => "sse2",
            SimdPath::Avx2 => "avx2",
            SimdPath::Avx512 => "avx512",
        }
    }

    /// Vector lanes of 32-bit floats per register, and fused multiply-add
    /// units, that this path's instruction set offers on the processors
    /// that have it: the factors of the core's FP32 peak,
    /// lanes × 2 FLOP × units per cycle. SSE2 has no fused multiply-add;
    /// its separate multiply and add units count as one unit doing 2 FLOP.
    pub fn peak_flop_per_cycle(self) -> f64 {
        match self {
            SimdPath::Sse2 => 4.0 * 2.0 * 2.0,
            SimdPath::Avx2 => 8.0 * 2.0 * 2.0,
            SimdPath::Avx512 => 16.0 * 2.0 * 2.0,
        }
    }
}

impl Default for SimdPath {
    fn default() -> Self {
        SimdPath::detect()
    }
}

/// The 8-lane operations the kernels use. Every value lives in memory as a
/// `wide::f32x8` (the buffers' type on every path) and is loaded into
/// the path's register type `V` for arithmetic.
///
/// All methods must inline into the caller (`#[inline(always)]`): they
/// run inside [`dispatch`]'s function compiled for the path, and a call
/// out of it would lose the instruction set.
pub(crate) trait Simd: Copy {
    /// Eight f32 lanes in a register.
    type V: Copy;
    /// A stored row into a register.
    fn load(self, v: &f32x8) -> Self::V;
    /// A register as a row.
    fn store(self, v: Self::V) -> f32x8;
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
    /// Bit i set where lane i has a ≥ b.
    fn mask_ge(self, a: Self::V, b: Self::V) -> u32;
    /// Bit i set where lane i has a = b.
    fn mask_eq(self, a: Self::V, b: Self::V) -> u32;
    /// The sum of the lanes.
    fn reduce_add(self, a: Self::V) -> f32;
    /// 2^k from `shifted` = k + 1.5·2²³ (k an integer in [−126, 127]):
    /// the low bits of the float's mantissa hold k, so the integer
    /// (bits − bits(1.5·2²³) + 127) << 23 is 2^k's own bit pattern.
    fn two_pow_from_shifted(self, shifted: Self::V) -> Self::V;
}

/// The baseline path: `wide`'s vectors as compiled for the target.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sse2;

/// 1.5·2²³: adding and subtracting it rounds to an integer (see
/// [`Simd::two_pow_from_shifted`]).
pub(crate) const SHIFTER: f32 = 12_582_912.0;

impl Simd for Sse2 {
    type V = f32x8;
    #[inline(always)]
    fn load(self, v: &f32x8) -> f32x8 {
        *v
    }
    #[inline(always)]
    fn store(self, v: f32x8) -> f32x8 {
        v
    }
    #[inline(always)]
    fn splat(self, x: f32) -> f32x8 {
        f32x8::splat(x)
    }
    #[inline(always)]
    fn add(self, a: f32x8, b: f32x8) -> f32x8 {
        a + b
    }
    #[inline(always)]
    fn sub(self, a: f32x8, b: f32x8) -> f32x8 {
        a - b
    }
    #[inline(always)]
    fn mul(self, a: f32x8, b: f32x8) -> f32x8 {
        a * b
    }
    #[inline(always)]
    fn div(self, a: f32x8, b: f32x8) -> f32x8 {
        a / b
    }
    #[inline(always)]
    fn mul_add(self, a: f32x8, b: f32x8, c: f32x8) -> f32x8 {
        a * b + c
    }
    #[inline(always)]
    fn neg_mul_add(self, a: f32x8, b: f32x8, c: f32x8) -> f32x8 {
        c - a * b
    }
    #[inline(always)]
    fn min(self, a: f32x8, b: f32x8) -> f32x8 {
        a.fast_min(b)
    }
    #[inline(always)]
    fn max(self, a: f32x8, b: f32x8) -> f32x8 {
        a.fast_max(b)
    }
    #[inline(always)]
    fn abs(self, a: f32x8) -> f32x8 {
        a.abs()
    }
    #[inline(always)]
    fn copysign(self, magnitude: f32x8, sign: f32x8) -> f32x8 {
        let bit = wide::u32x8::splat(0x8000_0000);
        f32x8::from_bits((magnitude.to_bits() & !bit) | (sign.to_bits() & bit))
    }
    #[inline(always)]
    fn select_ge(self, a: f32x8, b: f32x8, t: f32x8, f: f32x8) -> f32x8 {
        a.simd_ge(b).select(t, f)
    }
    #[inline(always)]
    fn select_gt(self, a: f32x8, b: f32x8, t: f32x8, f: f32x8) -> f32x8 {
        a.simd_gt(b).select(t, f)
    }
    #[inline(always)]
    fn mask_ge(self, a: f32x8, b: f32x8) -> u32 {
        a.simd_ge(b).to_bitmask()
    }
    #[inline(always)]
    fn mask_eq(self, a: f32x8, b: f32x8) -> u32 {
        a.simd_eq(b).to_bitmask()
    }
    #[inline(always)]
    fn reduce_add(self, a: f32x8) -> f32 {
        a.reduce_add()
    }
    #[inline(always)]
    fn two_pow_from_shifted(self, shifted: f32x8) -> f32x8 {
        let k_bits = shifted.to_bits() - wide::u32x8::splat(SHIFTER.to_bits());
        f32x8::from_bits((k_bits + wide::u32x8::splat(127)) << 23)
    }
}

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
/// the baseline when the processor lacks it.
#[inline(always)]
pub(crate) fn dispatch<K: Kernel>(path: SimdPath, kernel: K) -> K::Output {
    match path {
        #[cfg(target_arch = "x86_64")]
        SimdPath::Avx2 | SimdPath::Avx512 => x86::dispatch(path, kernel),
        _ => kernel.run(Sse2),
    }
}

/// Independent multiply-add chains per probe round: enough to keep two
/// fused multiply-add units busy through their 4-cycle latency.
const PROBE_CHAINS: usize = 12;

/// The work of a peak-throughput probe: `rounds` rounds of [`PROBE_CHAINS`]
/// independent multiply-adds a·x + b on the widest vectors `path` offers
/// (16 lanes for AVX-512, else 8). Returns the FLOP done (2 per lane per
/// multiply-add) and a sum of every chain, so nothing can be skipped.
/// Timing it gives the core's FP32 peak as its arithmetic units reach it.
pub fn peak_probe(path: SimdPath, rounds: usize) -> (f64, f32) {
    #[cfg(target_arch = "x86_64")]
    if path == SimdPath::Avx512
        && let Some(sum) = x86::probe_512::<PROBE_CHAINS>(rounds)
    {
        return ((rounds * PROBE_CHAINS * 16 * 2) as f64, sum);
    }
    let sum = dispatch(path, Probe { rounds });
    ((rounds * PROBE_CHAINS * 8 * 2) as f64, sum)
}

/// [`peak_probe`] on 8 lanes.
struct Probe {
    rounds: usize,
}

impl Kernel for Probe {
    type Output = f32;

    #[inline(always)]
    fn run<S: Simd>(self, s: S) -> f32 {
        // Opaque starting values: from constants the compiler would see
        // that 1·a + b stays 1 and drop the loop.
        let (a, b, x) = std::hint::black_box((0.999_9f32, 1e-4f32, 1.0f32));
        let (a, b) = (s.splat(a), s.splat(b));
        let mut acc = [s.splat(x); PROBE_CHAINS];
        for _ in 0..self.rounds {
            for x in &mut acc {
                *x = s.mul_add(*x, a, b);
            }
        }
        let mut sum = 0.0;
        for x in acc {
            sum += s.reduce_add(x);
        }
        sum
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::fastmath::{ln_1p_unit_v, sigmoid_v, tanh_v};

    /// tanh, σ and ln(1 + u) of every lane of `x`, on one path.
    struct Functions<'a> {
        x: &'a [f32x8],
    }

    impl Kernel for Functions<'_> {
        type Output = Vec<[f32; 3]>;

        #[inline(always)]
        fn run<S: Simd>(self, s: S) -> Vec<[f32; 3]> {
            let mut out = Vec::with_capacity(self.x.len() * 8);
            for x in self.x {
                let v = s.load(x);
                let u = s.min(s.abs(v), s.splat(1.0));
                let t = s.store(tanh_v(s, v)).to_array();
                let g = s.store(sigmoid_v(s, v)).to_array();
                let l = s.store(ln_1p_unit_v(s, u)).to_array();
                out.extend((0..8).map(|i| [t[i], g[i], l[i]]));
            }
            out
        }
    }

    /// Every path's vector math is within a few ulps of the exact values
    /// (the fused paths round differently from the baseline, not worse).
    #[test]
    fn every_path_computes_tanh_sigmoid_and_log_within_a_few_ulps() {
        let xs: Vec<f32> = (-120_000..120_000).map(|i| i as f32 * 1e-4).collect();
        let vectors: Vec<f32x8> = xs
            .chunks_exact(8)
            .map(|c| f32x8::new(c.try_into().unwrap_or([0.0; 8])))
            .collect();
        for path in SimdPath::available() {
            let got = dispatch(path, Functions { x: &vectors });
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
        }
    }

    #[test]
    fn detection_picks_an_available_path_and_names_are_unique() {
        assert!(SimdPath::detect().is_available());
        let names: std::collections::HashSet<_> = SimdPath::ALL.iter().map(|p| p.name()).collect();
        assert_eq!(names.len(), SimdPath::ALL.len());
    }

    /// The probe counts 2 FLOP per lane per multiply-add on every path.
    #[test]
    fn the_peak_probe_counts_its_work() {
        for path in SimdPath::available() {
            let (flop, sum) = peak_probe(path, 10);
            let lanes = if path == SimdPath::Avx512 { 16.0 } else { 8.0 };
            assert_eq!(flop, 10.0 * PROBE_CHAINS as f64 * lanes * 2.0, "{path:?}");
            assert!(sum.is_finite());
        }
    }
}
