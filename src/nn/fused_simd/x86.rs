//! The AVX2+FMA and AVX-512 paths on x86-64, through `pulp`'s tokens: a
//! `V3` (or `V4`) value exists only once the features were detected, and
//! its intrinsics are safe to call with it.

use core::arch::x86_64::{__m128, __m256, __m256i};

use bytemuck::cast;
use pulp::x86::{V3, V4};
use wide::f32x8;

use super::{Kernel, SHIFTER, Simd, SimdPath};

/// Whether the processor has AVX2, FMA and the rest of x86-64-v3.
pub(super) fn avx2_available() -> bool {
    V3::is_available()
}

/// Whether the processor has AVX-512 (F, BW, CD, DQ, VL: x86-64-v4).
pub(super) fn avx512_available() -> bool {
    V4::is_available()
}

/// Runs `kernel` compiled for AVX-512 or AVX2+FMA (falling back to the
/// narrower path, then the baseline, when the processor lacks one).
#[inline(always)]
pub(super) fn dispatch<K: Kernel>(path: SimdPath, kernel: K) -> K::Output {
    if path == SimdPath::Avx512
        && let Some(v4) = V4::try_new()
    {
        return v4.vectorize(WithAvx(kernel, *v4));
    }
    if let Some(v3) = V3::try_new() {
        return v3.vectorize(WithAvx(kernel, v3));
    }
    kernel.run(super::Sse2)
}

/// A kernel and the token to run it with. Not a closure: `vectorize`
/// compiles only what is inlined into its target-feature function, and a
/// closure holding the whole kernel was too big to inline, so it ran as a
/// plain function calling each intrinsic out of line (20 times slower).
/// `call` is `#[inline(always)]`, and so is everything below it.
struct WithAvx<K>(K, V3);

impl<K: Kernel> pulp::NullaryFnOnce for WithAvx<K> {
    type Output = K::Output;

    #[inline(always)]
    fn call(self) -> K::Output {
        self.0.run(Avx(self.1))
    }
}

/// 8-lane arithmetic in one 256-bit register, with fused multiply-add.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Avx(V3);

impl Avx {
    #[inline(always)]
    fn bits(self, v: __m256) -> __m256i {
        self.0.avx._mm256_castps_si256(v)
    }
}

impl Simd for Avx {
    type V = __m256;
    #[inline(always)]
    fn load(self, v: &f32x8) -> __m256 {
        cast(*v)
    }
    #[inline(always)]
    fn store(self, v: __m256) -> f32x8 {
        cast(v)
    }
    #[inline(always)]
    fn splat(self, x: f32) -> __m256 {
        self.0.avx._mm256_set1_ps(x)
    }
    #[inline(always)]
    fn add(self, a: __m256, b: __m256) -> __m256 {
        self.0.avx._mm256_add_ps(a, b)
    }
    #[inline(always)]
    fn sub(self, a: __m256, b: __m256) -> __m256 {
        self.0.avx._mm256_sub_ps(a, b)
    }
    #[inline(always)]
    fn mul(self, a: __m256, b: __m256) -> __m256 {
        self.0.avx._mm256_mul_ps(a, b)
    }
    #[inline(always)]
    fn div(self, a: __m256, b: __m256) -> __m256 {
        self.0.avx._mm256_div_ps(a, b)
    }
    #[inline(always)]
    fn mul_add(self, a: __m256, b: __m256, c: __m256) -> __m256 {
        self.0.fma._mm256_fmadd_ps(a, b, c)
    }
    #[inline(always)]
    fn neg_mul_add(self, a: __m256, b: __m256, c: __m256) -> __m256 {
        self.0.fma._mm256_fnmadd_ps(a, b, c)
    }
    #[inline(always)]
    fn min(self, a: __m256, b: __m256) -> __m256 {
        self.0.avx._mm256_min_ps(a, b)
    }
    #[inline(always)]
    fn max(self, a: __m256, b: __m256) -> __m256 {
        self.0.avx._mm256_max_ps(a, b)
    }
    #[inline(always)]
    fn abs(self, a: __m256) -> __m256 {
        let sign = self.splat(-0.0);
        self.0.avx._mm256_andnot_ps(sign, a)
    }
    #[inline(always)]
    fn copysign(self, magnitude: __m256, sign: __m256) -> __m256 {
        let bit = self.splat(-0.0);
        let avx = self.0.avx;
        avx._mm256_or_ps(avx._mm256_andnot_ps(bit, magnitude), avx._mm256_and_ps(bit, sign))
    }
    #[inline(always)]
    fn select_ge(self, a: __m256, b: __m256, t: __m256, f: __m256) -> __m256 {
        let mask = self.0.avx._mm256_cmp_ps::<{ core::arch::x86_64::_CMP_GE_OQ }>(a, b);
        self.0.avx._mm256_blendv_ps(f, t, mask)
    }
    #[inline(always)]
    fn select_gt(self, a: __m256, b: __m256, t: __m256, f: __m256) -> __m256 {
        let mask = self.0.avx._mm256_cmp_ps::<{ core::arch::x86_64::_CMP_GT_OQ }>(a, b);
        self.0.avx._mm256_blendv_ps(f, t, mask)
    }
    #[inline(always)]
    fn mask_ge(self, a: __m256, b: __m256) -> u32 {
        let mask = self.0.avx._mm256_cmp_ps::<{ core::arch::x86_64::_CMP_GE_OQ }>(a, b);
        self.0.avx._mm256_movemask_ps(mask) as u32
    }
    #[inline(always)]
    fn mask_eq(self, a: __m256, b: __m256) -> u32 {
        let mask = self.0.avx._mm256_cmp_ps::<{ core::arch::x86_64::_CMP_EQ_OQ }>(a, b);
        self.0.avx._mm256_movemask_ps(mask) as u32
    }
    #[inline(always)]
    fn reduce_add(self, a: __m256) -> f32 {
        // (lanes 0–3 + 4–7), then the high pair onto the low, then lane 1
        // onto lane 0: the order `wide` uses with AVX.
        let sse = self.0.sse;
        let [lo, hi]: [__m128; 2] = cast(a);
        let quad = sse._mm_add_ps(lo, hi);
        let dual = sse._mm_add_ps(quad, sse._mm_movehl_ps(quad, quad));
        let one = sse._mm_add_ss(dual, sse._mm_shuffle_ps::<0b01>(dual, dual));
        sse._mm_cvtss_f32(one)
    }
    #[inline(always)]
    fn two_pow_from_shifted(self, shifted: __m256) -> __m256 {
        let (avx, avx2) = (self.0.avx, self.0.avx2);
        let k = avx2._mm256_sub_epi32(self.bits(shifted), avx._mm256_set1_epi32(SHIFTER.to_bits() as i32));
        let biased = avx2._mm256_add_epi32(k, avx._mm256_set1_epi32(127));
        cast(avx2._mm256_slli_epi32::<23>(biased))
    }
}

/// [`super::peak_probe`] on 16 lanes, `C` independent chains; `None`
/// without AVX-512.
pub(super) fn probe_512<const C: usize>(rounds: usize) -> Option<f32> {
    let v4 = V4::try_new()?;
    Some(v4.vectorize(Probe512::<C> { v4, rounds }))
}

/// [`probe_512`]'s loop, inlined into the AVX-512 function (see [`WithAvx`]).
struct Probe512<const C: usize> {
    v4: V4,
    rounds: usize,
}

impl<const C: usize> pulp::NullaryFnOnce for Probe512<C> {
    type Output = f32;

    #[inline(always)]
    fn call(self) -> f32 {
        let f = self.v4.avx512f;
        // Opaque starting values: from constants the compiler would see
        // that 1·a + b stays 1 and drop the loop.
        let (a, b, x) = std::hint::black_box((0.999_9f32, 1e-4f32, 1.0f32));
        let (a, b) = (f._mm512_set1_ps(a), f._mm512_set1_ps(b));
        let mut acc = [f._mm512_set1_ps(x); C];
        for _ in 0..self.rounds {
            for x in acc.iter_mut() {
                *x = f._mm512_fmadd_ps(*x, a, b);
            }
        }
        let mut sum = 0.0;
        for x in acc {
            sum += f._mm512_reduce_add_ps(x);
        }
        sum
    }
}
