//! Fast, vectorizable exp-family functions for the activations.
//!
//! The C library's `tanhf`/`expf` are exact to an ulp but branchy and
//! scalar; in a small network they took over half of all training time.
//! Here every lane runs the same straight-line code, so the compiler can
//! process several values per instruction, and the relative error stays
//! within a few f32 ulps:
//!
//! - e^y uses the textbook range reduction e^y = 2^k · e^r with
//!   k = round(y / ln 2) and |r| ≤ ln2/2, and the Taylor series
//!   e^r − 1 = r + r²/2! + … + r⁷/7! (truncation error below r⁸/8! ≈ 2.6e-9).
//! - tanh, the hidden activation of most small networks, is a rational
//!   function fitted to it directly: cheaper than going through e^(2x).

use std::f32::consts::LN_2;

use wide::f32x8;

use super::kernels::dispatch::{SHIFTER, Simd, Sse2};

/// Below this, e^y underflows f32 (and tanh, σ are saturated anyway).
const MIN_EXP_ARG: f32 = -87.0;

/// ln 2 = `LN2_HI` + `LN2_LO`, the high part with few enough mantissa
/// bits that k·`LN2_HI` is exact in f32 for the k that occur.
const LN2_HI: f32 = 0.693_145_75;
const LN2_LO: f32 = 1.428_606_8e-6;

/// Range reduction of [`exp_nonpositive`]: returns (2^k, e^r − 1) with y = k·ln2 + r, so e^y = 2^k · (1 + (e^r − 1)).
#[inline(always)]
fn reduce(y: f32) -> (f32, f32) {
    let y = y.max(MIN_EXP_ARG);
    // Round to nearest by adding and subtracting 1.5·2²³ (exact for
    // |v| < 2²²): plain arithmetic, where `round()` would be a library call
    // on CPUs without SSE4.1.
    let k = (y * (1.0 / LN_2) + SHIFTER) - SHIFTER;
    // r = y − k·ln2 with ln2 split in a high part exact in f32 and a low
    // correction, so the product introduces no rounding error.
    let r = (y - k * LN2_HI) - k * LN2_LO;
    let p = r
        * (1.0
            + r * (0.5
                + r * (1.0 / 6.0 + r * (1.0 / 24.0 + r * (1.0 / 120.0 + r * (1.0 / 720.0 + r * (1.0 / 5040.0)))))));
    // 2^k assembled from its exponent bits (k ∈ [−126, 0] here).
    (f32::from_bits(((k as i32 + 127) as u32) << 23), p)
}

/// e^y for y ≤ 0, accurate to a few ulps.
#[inline(always)]
pub fn exp_nonpositive(y: f32) -> f32 {
    let (two_k, p) = reduce(y);
    two_k * p + two_k
}

/// From this |x| on, the f32 nearest to tanh x is ±1: 1 − tanh x ≈ 2e^(−2x)
/// falls below half the gap under 1 (2⁻²⁵) at x = ½·ln(2²⁶) ≈ 9.01.
const TANH_ONE_FROM: f32 = 9.01;
/// The largest f32 below 1, where the rational function is capped below
/// [`TANH_ONE_FROM`] (its error wobbles by an ulp or two either side of the
/// true value, which must not carry it past 1).
const BELOW_ONE: f32 = 1.0 - f32::EPSILON / 2.0;

/// tanh x ≈ x·P(x²)/Q(x²) on |x| ≤ 9.02, with P of degree 5 and Q
/// of degree 3 (Q's constant term 1). The coefficients were fitted for the
/// smallest worst-case *relative* error, 6·10⁻⁸ (half an f32 ulp) before
/// rounding, by Lawson's iteration (reweighted least squares on the
/// linearized problem P − tanh·Q = 0, weights grown where the error is
/// largest) in 30-digit arithmetic: `python3 tools/fit_tanh.py 5 3`.
const TANH_P: [f32; 6] = [
    0.999_999_94,
    0.129_179_75,
    0.002_919_413,
    9.255_116e-6,
    -1.274_369e-8,
    1.816_191_8e-11,
];
const TANH_Q: [f32; 3] = [0.462_512_58, 0.023_757_648, 2.279_137_3e-4];

/// tanh x from the rational approximation `TANH_P`/`TANH_Q`: about 20
/// arithmetic operations and one division, where going through e^(2x)
/// took nearly twice as many. Within 3 ulps of the true value (measured
/// by the tests), |tanh x| ≤ 1, exactly ±1 from |x| = `TANH_ONE_FROM` on
/// (which also covers the polynomial overflowing for huge x), and a NaN
/// stays NaN.
#[inline(always)]
pub fn tanh(x: f32) -> f32 {
    let a = x.abs();
    let s = a * a;
    let [p0, p1, p2, p3, p4, p5] = TANH_P;
    let [q1, q2, q3] = TANH_Q;
    let p = ((((p5 * s + p4) * s + p3) * s + p2) * s + p1) * s + p0;
    let q = ((q3 * s + q2) * s + q1) * s + 1.0;
    let t = a * p / q;
    // Comparisons written as the vector version's `minps` and select
    // evaluate them, so both agree bit for bit (NaN included).
    let t = if BELOW_ONE < t { BELOW_ONE } else { t };
    let t = if a >= TANH_ONE_FROM { 1.0 } else { t };
    t.copysign(x)
}

/// σ(z) = 1 / (1 + e^(−z)); for z < 0 the equal form e^z / (1 + e^z), so
/// the exponent is never positive: with e = e^(−|z|), σ(|z|) = 1/(1 + e)
/// and σ(−|z|) = e/(1 + e). Below z = −30 it stays at σ(−30) ≈ 9.4e-14
/// (see [`exp_neg_abs_logit`]): a saturated neuron then never feeds
/// subnormal numbers into the backward pass.
#[inline(always)]
pub fn sigmoid(z: f32) -> f32 {
    let e = exp_neg_abs_logit(z);
    let d = 1.0 / (1.0 + e);
    if z >= 0.0 { d } else { e * d }
}

/// Eight lanes at once: the same algorithm as [`exp_nonpositive`], on
/// the path's vectors. 2^k comes from the rounding trick itself: the low
/// bits of y/ln2 + 1.5·2²³ hold k, so no float-to-int conversion is needed.
#[inline(always)]
fn reduce_v<S: Simd>(s: S, y: S::V) -> (S::V, S::V) {
    let y = s.max(y, s.splat(MIN_EXP_ARG));
    let shifted = s.mul_add(y, s.splat(1.0 / LN_2), s.splat(SHIFTER));
    let k = s.sub(shifted, s.splat(SHIFTER));
    // −k·ln2 added in two steps: y − k·hi is exact, fused or not.
    let r = s.mul_add(k, s.splat(-LN2_LO), s.mul_add(k, s.splat(-LN2_HI), y));
    let mut p = s.splat(1.0 / 5040.0);
    for coef in [1.0 / 720.0, 1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0] {
        p = s.mul_add(r, p, s.splat(coef));
    }
    (s.two_pow_from_shifted(shifted), s.mul(r, p))
}

/// [`tanh`] on eight lanes of the path, operation for operation (on the
/// baseline path bit for bit the same as [`tanh`]).
#[inline(always)]
pub(crate) fn tanh_v<S: Simd>(s: S, x: S::V) -> S::V {
    let a = s.abs(x);
    let sq = s.mul(a, a);
    let [p0, p1, p2, p3, p4, p5] = TANH_P;
    let [q1, q2, q3] = TANH_Q;
    let mut p = s.splat(p5);
    for coef in [p4, p3, p2, p1, p0] {
        p = s.mul_add(p, sq, s.splat(coef));
    }
    let mut q = s.splat(q3);
    for coef in [q2, q1, 1.0] {
        q = s.mul_add(q, sq, s.splat(coef));
    }
    let t = s.min(s.splat(BELOW_ONE), s.div(s.mul(a, p), q));
    let t = s.select_ge(a, s.splat(TANH_ONE_FROM), s.splat(1.0), t);
    s.copysign(t, x)
}

/// [`tanh`] on eight lanes (the baseline path).
#[inline(always)]
pub fn tanh_x8(x: f32x8) -> f32x8 {
    tanh_v(Sse2, x)
}

/// Largest |z| for which [`exp_neg_abs_logit`] follows e^(−|z|) (the
/// softmax of the cross-entropy caps its exponents the same way).
pub const LOGIT_LIMIT: f32 = 30.0;

/// e^(−|z|) for a logit z, the one exponential that σ(z) and the binary
/// cross-entropy ln(1 + e^(−|z|)) share, with |z| capped at 30. Past that,
/// σ(z) is within 1e-13 of 0 or 1 and the loss term below 1e-13, so the cap
/// changes nothing a learner sees; without it, a confident network's
/// gradients fall to 1e-38 and below, and subnormal numbers, up to a
/// hundred times slower to compute with, spread through the backward pass
/// (measured: training with Adam slowed from 19 to 6 M samples/s).
#[inline(always)]
pub fn exp_neg_abs_logit(z: f32) -> f32 {
    exp_nonpositive(-z.abs().min(LOGIT_LIMIT))
}

/// [`exp_neg_abs_logit`] on eight lanes of the path.
#[inline(always)]
pub(crate) fn exp_neg_abs_logit_v<S: Simd>(s: S, z: S::V) -> S::V {
    // −min(|z|, 30) as max(−|z|, −30) (a NaN gives −30 either way).
    let minus_abs = s.copysign(z, s.splat(-0.0));
    exp_nonpositive_v(s, s.max(minus_abs, s.splat(-LOGIT_LIMIT)))
}

/// [`exp_neg_abs_logit`] on eight lanes (the baseline path).
#[inline(always)]
pub fn exp_neg_abs_logit_x8(z: f32x8) -> f32x8 {
    exp_neg_abs_logit_v(Sse2, z)
}

/// [`exp_nonpositive`] on eight lanes of the path.
#[inline(always)]
pub(crate) fn exp_nonpositive_v<S: Simd>(s: S, y: S::V) -> S::V {
    let (two_k, p) = reduce_v(s, y);
    s.mul_add(two_k, p, two_k)
}

/// [`exp_nonpositive`] on eight lanes (the baseline path).
#[inline(always)]
pub fn exp_nonpositive_x8(y: f32x8) -> f32x8 {
    exp_nonpositive_v(Sse2, y)
}

/// [`sigmoid`] on eight lanes of the path.
#[inline(always)]
pub(crate) fn sigmoid_v<S: Simd>(s: S, z: S::V) -> S::V {
    let e = exp_neg_abs_logit_v(s, z);
    let one = s.splat(1.0);
    let d = s.div(one, s.add(one, e));
    s.select_ge(z, s.splat(0.0), d, s.mul(e, d))
}

/// [`sigmoid`] on eight lanes (the baseline path).
#[inline(always)]
pub fn sigmoid_x8(z: f32x8) -> f32x8 {
    sigmoid_v(Sse2, z)
}

/// ln(1 + u) for u in [0, 1] (the log-sigmoid term of the binary
/// cross-entropy, where u = e^−|z|). With y = 1 + u ∈ [1, 2] and
/// s = (y − 1)/(y + 1) = u/(2 + u) ∈ [0, ⅓]:
/// ln y = 2·atanh s = 2(s + s³/3 + s⁵/5 + s⁷/7 + s⁹/9 + …); the first omitted
/// term is below 2·(⅓)¹¹/11 ≈ 1e-6 of ln 2, and every term is relative to s,
/// so small u keep full relative precision. About a fifth of libm's cost.
#[inline]
pub fn ln_1p_unit(u: f32) -> f32 {
    let s = u / (2.0 + u);
    let s2 = s * s;
    let poly = 1.0 + s2 * (1.0 / 3.0 + s2 * (1.0 / 5.0 + s2 * (1.0 / 7.0 + s2 * (1.0 / 9.0 + s2 * (1.0 / 11.0)))));
    2.0 * s * poly
}

/// [`ln_1p_unit`] on eight lanes of the path.
#[inline(always)]
pub(crate) fn ln_1p_unit_v<S: Simd>(s: S, u: S::V) -> S::V {
    let two = s.splat(2.0);
    let t = s.div(u, s.add(two, u));
    let t2 = s.mul(t, t);
    let mut poly = s.splat(1.0 / 11.0);
    for coef in [1.0 / 9.0, 1.0 / 7.0, 1.0 / 5.0, 1.0 / 3.0, 1.0] {
        poly = s.mul_add(t2, poly, s.splat(coef));
    }
    s.mul(s.mul(two, t), poly)
}

/// [`ln_1p_unit`] on eight lanes (the baseline path).
#[inline(always)]
pub fn ln_1p_unit_x8(u: f32x8) -> f32x8 {
    ln_1p_unit_v(Sse2, u)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sweep() -> impl Iterator<Item = f32> {
        (-200_000..=200_000)
            .map(|i| i as f32 * 1e-4)
            .chain([1e-30, -1e-30, 50.0, -50.0, 100.0, f32::MAX, -f32::MAX])
    }

    #[test]
    fn tanh_matches_f64_within_a_few_ulps() {
        let mut worst = 0.0f64;
        for x in sweep() {
            let exact = (x as f64).tanh();
            let err = (tanh(x) as f64 - exact).abs();
            let ulps = err / (f32::EPSILON as f64 * exact.abs().max(f32::MIN_POSITIVE as f64));
            worst = worst.max(ulps);
            assert!(ulps <= 4.0, "tanh({x}) = {} vs {exact}", tanh(x));
            assert!(tanh(x).abs() <= 1.0 && tanh(-x) == -tanh(x), "tanh({x})");
        }
        println!("tanh: worst error {worst:.2} × f32::EPSILON relative");
        assert_eq!(tanh(0.0), 0.0);
        assert_eq!((tanh(9.1), tanh(-1e30), tanh(f32::INFINITY)), (1.0, -1.0, 1.0));
        assert!(tanh(f32::NAN).is_nan() && tanh_x8(f32x8::splat(f32::NAN)).to_array()[0].is_nan());
    }

    #[test]
    fn sigmoid_matches_f64_within_a_few_ulps() {
        for z in sweep() {
            let exact = 1.0 / (1.0 + (-(z as f64)).exp());
            let err = (sigmoid(z) as f64 - exact).abs();
            if z >= -LOGIT_LIMIT {
                assert!(
                    err <= 4.0 * f32::EPSILON as f64 * exact,
                    "σ({z}) = {} vs {exact}",
                    sigmoid(z)
                );
            } else {
                // The far tail is held at σ(−30): off by less than 1e-13.
                assert!(sigmoid(z) == sigmoid(-LOGIT_LIMIT) && err < 1e-13, "σ({z})");
            }
        }
    }

    #[test]
    fn eight_lanes_agree_with_one() {
        for x in sweep().collect::<Vec<_>>().chunks_exact(8) {
            let v = f32x8::new(x.try_into().unwrap());
            let (t, s) = (tanh_x8(v).to_array(), sigmoid_x8(v).to_array());
            let e = exp_nonpositive_x8(-v.abs()).to_array();
            let logit = exp_neg_abs_logit_x8(v).to_array();
            let u = ln_1p_unit_x8(e.into()).to_array();
            for l in 0..8 {
                assert_eq!(t[l], tanh(x[l]), "tanh({})", x[l]);
                assert_eq!(s[l], sigmoid(x[l]), "σ({})", x[l]);
                assert_eq!(e[l], exp_nonpositive(-x[l].abs()), "exp(−|{}|)", x[l]);
                assert_eq!(logit[l], exp_neg_abs_logit(x[l]), "capped exp(−|{}|)", x[l]);
                assert_eq!(u[l], ln_1p_unit(e[l]), "ln(1 + {})", e[l]);
            }
        }
    }

    #[test]
    fn exp_is_accurate_near_zero_and_far_away() {
        for y in [0.0f32, -1e-6, -0.5, -3.0, -40.0, -86.0] {
            let rel = ((exp_nonpositive(y) as f64 - (y as f64).exp()) / (y as f64).exp()).abs();
            assert!(rel < 4.0 * f32::EPSILON as f64, "exp({y}): rel error {rel}");
        }
    }

    /// Confident logits give small but normal numbers, never subnormal ones.
    #[test]
    fn logits_past_30_are_capped_and_stay_normal() {
        assert_eq!(exp_neg_abs_logit(3.0), exp_nonpositive(-3.0));
        assert_eq!(exp_neg_abs_logit(-200.0), exp_nonpositive(-30.0));
        let e = exp_neg_abs_logit(1e30);
        assert!(e > 9e-14 && e < 1e-13, "{e}");
        assert!(ln_1p_unit(e) >= f32::MIN_POSITIVE && sigmoid(-30.0) >= f32::MIN_POSITIVE);
    }

    #[test]
    fn ln_1p_unit_matches_f64() {
        for i in 0..=100_000 {
            let u = i as f32 * 1e-5;
            let exact = (u as f64).ln_1p();
            let err = (ln_1p_unit(u) as f64 - exact).abs();
            assert!(
                err <= 3.0 * f32::EPSILON as f64 * exact.max(1e-30),
                "ln_1p({u}) err {err}"
            );
        }
        assert_eq!(ln_1p_unit(0.0), 0.0);
        assert!((ln_1p_unit(1e-30) - 1e-30).abs() < 1e-36);
    }
}
