//! The AVX2+FMA (8 lanes) and AVX-512 (16 lanes) paths on x86-64, through
//! `pulp`'s tokens: a `V3` (or `V4`) value exists only once the features
//! were detected, and its intrinsics are safe to call with it.

use core::arch::x86_64::{__m128, __m256, __m256i, __m512, __m512i};
use std::sync::OnceLock;

use bytemuck::cast;
use pulp::x86::{V3, V4};

use super::{Kernel, SHIFTER, Simd, SimdPath};

/// The AVX2 token if the processor has AVX2, FMA and the rest of
/// x86-64-v3, detected once: checking each feature again cost about 40
/// instructions per dispatch, twice per mini-batch.
fn v3() -> Option<V3> {
    static TOKEN: OnceLock<Option<V3>> = OnceLock::new();
    *TOKEN.get_or_init(V3::try_new)
}

/// The AVX-512 token if the processor has AVX-512 (F, BW, CD, DQ, VL:
/// x86-64-v4), detected once.
fn v4() -> Option<V4> {
    static TOKEN: OnceLock<Option<V4>> = OnceLock::new();
    *TOKEN.get_or_init(V4::try_new)
}

/// Whether the processor has AVX2, FMA and the rest of x86-64-v3.
pub(super) fn avx2_available() -> bool {
    v3().is_some()
}

/// Whether the processor has AVX-512.
pub(super) fn avx512_available() -> bool {
    v4().is_some()
}

/// Runs `kernel` compiled for AVX-512 or AVX2+FMA (falling back to the
/// narrower path, then the baseline, when the processor lacks one).
#[inline(always)]
pub(super) fn dispatch<K: Kernel>(path: SimdPath, kernel: K) -> K::Output {
    if path == SimdPath::Avx512
        && let Some(v4) = v4()
    {
        return v4.vectorize(With(kernel, Avx512(v4)));
    }
    if let Some(v3) = v3() {
        return v3.vectorize(With(kernel, Avx(v3)));
    }
    kernel.run(super::Sse2)
}

/// [`dispatch`] with 8-lane vectors on every path.
#[inline(always)]
pub(super) fn dispatch_eight<K: Kernel>(path: SimdPath, kernel: K) -> K::Output {
    if path == SimdPath::Avx512
        && let Some(v4) = v4()
    {
        return v4.vectorize(With(kernel, Avx(*v4)));
    }
    if let Some(v3) = v3() {
        return v3.vectorize(With(kernel, Avx(v3)));
    }
    kernel.run(super::Sse2)
}

/// A kernel and the path to run it with. Not a closure: `vectorize`
/// compiles only what is inlined into its target-feature function, and a
/// closure holding the whole kernel was too big to inline, so it ran as a
/// plain function calling each intrinsic out of line (20 times slower).
/// `call` is `#[inline(always)]`, and so is everything below it.
struct With<K, S>(K, S);

impl<K: Kernel, S: Simd> pulp::NullaryFnOnce for With<K, S> {
    type Output = K::Output;

    #[inline(always)]
    fn call(self) -> K::Output {
        self.0.run(self.1)
    }
}

/// 8 lanes in one 256-bit register, with fused multiply-add.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Avx(V3);

impl Avx {
    #[inline(always)]
    fn bits(self, v: __m256) -> __m256i {
        self.0.avx._mm256_castps_si256(v)
    }

    /// The lane sums of eight 8-lane vectors as one vector: pairwise
    /// horizontal adds, then the two 128-bit halves added.
    #[inline(always)]
    fn sum8_vector(self, v: [__m256; 8]) -> __m256 {
        let avx = self.0.avx;
        let t0 = avx._mm256_hadd_ps(v[0], v[1]);
        let t1 = avx._mm256_hadd_ps(v[2], v[3]);
        let t2 = avx._mm256_hadd_ps(v[4], v[5]);
        let t3 = avx._mm256_hadd_ps(v[6], v[7]);
        let u0 = avx._mm256_hadd_ps(t0, t1);
        let u1 = avx._mm256_hadd_ps(t2, t3);
        let lo = avx._mm256_permute2f128_ps::<0x20>(u0, u1);
        let hi = avx._mm256_permute2f128_ps::<0x31>(u0, u1);
        avx._mm256_add_ps(lo, hi)
    }
}

impl Simd for Avx {
    const LANES: usize = 8;
    type V = __m256;
    #[inline(always)]
    fn load(self, x: &[f32]) -> __m256 {
        bytemuck::pod_read_unaligned(bytemuck::cast_slice(&x[..8]))
    }
    #[inline(always)]
    fn store(self, v: __m256, out: &mut [f32]) {
        out[..8].copy_from_slice(&cast::<__m256, [f32; 8]>(v));
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
    fn sqrt(self, a: __m256) -> __m256 {
        self.0.avx._mm256_sqrt_ps(a)
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
    fn select_eq(self, a: __m256, b: __m256, t: __m256, f: __m256) -> __m256 {
        let mask = self.0.avx._mm256_cmp_ps::<{ core::arch::x86_64::_CMP_EQ_OQ }>(a, b);
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
    fn sum8(self, v: [__m256; 8], out: &mut [f32]) {
        self.store(self.sum8_vector(v), out);
    }
    #[inline(always)]
    fn transpose8(self, rows: &[f32; 64], out: &mut [f32; 64]) {
        // Pairs interleaved, then quads, then the 128-bit halves swapped.
        let avx = self.0.avx;
        let mut r = [avx._mm256_setzero_ps(); 8];
        for (p, r) in r.iter_mut().enumerate() {
            *r = self.load(&rows[p * 8..]);
        }
        let t = [
            avx._mm256_unpacklo_ps(r[0], r[1]),
            avx._mm256_unpackhi_ps(r[0], r[1]),
            avx._mm256_unpacklo_ps(r[2], r[3]),
            avx._mm256_unpackhi_ps(r[2], r[3]),
            avx._mm256_unpacklo_ps(r[4], r[5]),
            avx._mm256_unpackhi_ps(r[4], r[5]),
            avx._mm256_unpacklo_ps(r[6], r[7]),
            avx._mm256_unpackhi_ps(r[6], r[7]),
        ];
        let q = [
            avx._mm256_shuffle_ps::<0x44>(t[0], t[2]),
            avx._mm256_shuffle_ps::<0xEE>(t[0], t[2]),
            avx._mm256_shuffle_ps::<0x44>(t[1], t[3]),
            avx._mm256_shuffle_ps::<0xEE>(t[1], t[3]),
            avx._mm256_shuffle_ps::<0x44>(t[4], t[6]),
            avx._mm256_shuffle_ps::<0xEE>(t[4], t[6]),
            avx._mm256_shuffle_ps::<0x44>(t[5], t[7]),
            avx._mm256_shuffle_ps::<0xEE>(t[5], t[7]),
        ];
        for k in 0..4 {
            self.store(avx._mm256_permute2f128_ps::<0x20>(q[k], q[k + 4]), &mut out[k * 8..]);
            self.store(
                avx._mm256_permute2f128_ps::<0x31>(q[k], q[k + 4]),
                &mut out[(k + 4) * 8..],
            );
        }
    }
    #[inline(always)]
    fn two_pow_from_shifted(self, shifted: __m256) -> __m256 {
        let (avx, avx2) = (self.0.avx, self.0.avx2);
        let k = avx2._mm256_sub_epi32(self.bits(shifted), avx._mm256_set1_epi32(SHIFTER.to_bits() as i32));
        let biased = avx2._mm256_add_epi32(k, avx._mm256_set1_epi32(127));
        cast(avx2._mm256_slli_epi32::<23>(biased))
    }
}

/// 16 lanes in one 512-bit register, with fused multiply-add and
/// comparison masks.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Avx512(V4);

impl Avx512 {
    #[inline(always)]
    fn bits(self, v: __m512) -> __m512i {
        self.0.avx512f._mm512_castps_si512(v)
    }

    #[inline(always)]
    fn mask<const CMP: i32>(self, a: __m512, b: __m512) -> u16 {
        self.0.avx512f._mm512_cmp_ps_mask::<CMP>(a, b)
    }
}

impl Simd for Avx512 {
    const LANES: usize = 16;
    type V = __m512;
    #[inline(always)]
    fn load(self, x: &[f32]) -> __m512 {
        bytemuck::pod_read_unaligned(bytemuck::cast_slice(&x[..16]))
    }
    #[inline(always)]
    fn store(self, v: __m512, out: &mut [f32]) {
        out[..16].copy_from_slice(&cast::<__m512, [f32; 16]>(v));
    }
    #[inline(always)]
    fn splat(self, x: f32) -> __m512 {
        self.0.avx512f._mm512_set1_ps(x)
    }
    #[inline(always)]
    fn add(self, a: __m512, b: __m512) -> __m512 {
        self.0.avx512f._mm512_add_ps(a, b)
    }
    #[inline(always)]
    fn sub(self, a: __m512, b: __m512) -> __m512 {
        self.0.avx512f._mm512_sub_ps(a, b)
    }
    #[inline(always)]
    fn mul(self, a: __m512, b: __m512) -> __m512 {
        self.0.avx512f._mm512_mul_ps(a, b)
    }
    #[inline(always)]
    fn div(self, a: __m512, b: __m512) -> __m512 {
        self.0.avx512f._mm512_div_ps(a, b)
    }
    #[inline(always)]
    fn sqrt(self, a: __m512) -> __m512 {
        self.0.avx512f._mm512_sqrt_ps(a)
    }
    #[inline(always)]
    fn mul_add(self, a: __m512, b: __m512, c: __m512) -> __m512 {
        self.0.avx512f._mm512_fmadd_ps(a, b, c)
    }
    #[inline(always)]
    fn neg_mul_add(self, a: __m512, b: __m512, c: __m512) -> __m512 {
        self.0.avx512f._mm512_fnmadd_ps(a, b, c)
    }
    #[inline(always)]
    fn min(self, a: __m512, b: __m512) -> __m512 {
        self.0.avx512f._mm512_min_ps(a, b)
    }
    #[inline(always)]
    fn max(self, a: __m512, b: __m512) -> __m512 {
        self.0.avx512f._mm512_max_ps(a, b)
    }
    #[inline(always)]
    fn abs(self, a: __m512) -> __m512 {
        self.0.avx512dq._mm512_andnot_ps(self.splat(-0.0), a)
    }
    #[inline(always)]
    fn copysign(self, magnitude: __m512, sign: __m512) -> __m512 {
        let bit = self.splat(-0.0);
        let dq = self.0.avx512dq;
        dq._mm512_or_ps(dq._mm512_andnot_ps(bit, magnitude), dq._mm512_and_ps(bit, sign))
    }
    #[inline(always)]
    fn select_ge(self, a: __m512, b: __m512, t: __m512, f: __m512) -> __m512 {
        let mask = self.mask::<{ core::arch::x86_64::_CMP_GE_OQ }>(a, b);
        self.0.avx512f._mm512_mask_blend_ps(mask, f, t)
    }
    #[inline(always)]
    fn select_gt(self, a: __m512, b: __m512, t: __m512, f: __m512) -> __m512 {
        let mask = self.mask::<{ core::arch::x86_64::_CMP_GT_OQ }>(a, b);
        self.0.avx512f._mm512_mask_blend_ps(mask, f, t)
    }
    #[inline(always)]
    fn select_eq(self, a: __m512, b: __m512, t: __m512, f: __m512) -> __m512 {
        let mask = self.mask::<{ core::arch::x86_64::_CMP_EQ_OQ }>(a, b);
        self.0.avx512f._mm512_mask_blend_ps(mask, f, t)
    }
    #[inline(always)]
    fn mask_ge(self, a: __m512, b: __m512) -> u32 {
        u32::from(self.mask::<{ core::arch::x86_64::_CMP_GE_OQ }>(a, b))
    }
    #[inline(always)]
    fn mask_eq(self, a: __m512, b: __m512) -> u32 {
        u32::from(self.mask::<{ core::arch::x86_64::_CMP_EQ_OQ }>(a, b))
    }
    #[inline(always)]
    fn reduce_add(self, a: __m512) -> f32 {
        let f = self.0.avx512f;
        let lo = f._mm512_castps512_ps256(a);
        let hi = self.0.avx512dq._mm512_extractf32x8_ps::<1>(a);
        let avx = Avx(*self.0);
        avx.reduce_add(avx.add(lo, hi))
    }
    #[inline(always)]
    fn sum8(self, v: [__m512; 8], out: &mut [f32]) {
        // Each vector's two halves added first, then the 8-lane sums.
        let avx = Avx(*self.0);
        let f = self.0.avx512f;
        let dq = self.0.avx512dq;
        let mut halves = [avx.splat(0.0); 8];
        for (half, v) in halves.iter_mut().zip(v) {
            *half = avx.add(f._mm512_castps512_ps256(v), dq._mm512_extractf32x8_ps::<1>(v));
        }
        avx.store(avx.sum8_vector(halves), out);
    }
    #[inline(always)]
    fn two_pow_from_shifted(self, shifted: __m512) -> __m512 {
        let f = self.0.avx512f;
        let k = f._mm512_sub_epi32(self.bits(shifted), f._mm512_set1_epi32(SHIFTER.to_bits() as i32));
        let biased = f._mm512_add_epi32(k, f._mm512_set1_epi32(127));
        f._mm512_castsi512_ps(f._mm512_slli_epi32::<23>(biased))
    }
}
