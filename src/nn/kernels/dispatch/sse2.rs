//! The baseline path: `wide`'s 8-lane vectors as compiled for the target
//! (on x86-64, SSE2: two 4-lane halves, multiply and add rounded apart).

use wide::f32x8;

use super::Simd;

/// The baseline path.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sse2;

/// 1.5·2²³: adding and subtracting it rounds to an integer (see
/// [`Simd::two_pow_from_shifted`]).
pub(crate) const SHIFTER: f32 = 12_582_912.0;

impl Simd for Sse2 {
    const LANES: usize = 8;
    type V = f32x8;
    #[inline(always)]
    fn load(self, x: &[f32]) -> f32x8 {
        bytemuck::pod_read_unaligned(bytemuck::cast_slice(&x[..8]))
    }
    #[inline(always)]
    fn store(self, v: f32x8, out: &mut [f32]) {
        out[..8].copy_from_slice(v.as_array());
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
    fn sqrt(self, a: f32x8) -> f32x8 {
        a.sqrt()
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
    fn select_eq(self, a: f32x8, b: f32x8, t: f32x8, f: f32x8) -> f32x8 {
        a.simd_eq(b).select(t, f)
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
    /// `wide` sums an f32x8 without AVX as its two halves, each from lane
    /// 0 up: ((l₀ + l₁) + l₂) + l₃ + (((l₄ + l₅) + l₆) + l₇).
    #[inline(always)]
    fn add_as_reduce(self, t: [f32x8; 8]) -> f32x8 {
        (((t[0] + t[1]) + t[2]) + t[3]) + (((t[4] + t[5]) + t[6]) + t[7])
    }
    #[inline(always)]
    fn sum8(self, v: [f32x8; 8], out: &mut [f32]) {
        for (out, v) in out[..8].iter_mut().zip(v) {
            *out = v.reduce_add();
        }
    }
    #[inline(always)]
    fn two_pow_from_shifted(self, shifted: f32x8) -> f32x8 {
        let k_bits = shifted.to_bits() - wide::u32x8::splat(SHIFTER.to_bits());
        f32x8::from_bits((k_bits + wide::u32x8::splat(127)) << 23)
    }
}
