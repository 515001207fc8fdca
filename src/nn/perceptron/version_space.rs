//! The version space of one TLU in weight space: at a fixed bias b, the
//! weights (w₁, w₂) that classify every training sample right.
//!
//! Sample (x, y) with t = +1 for the positive class and −1 otherwise is
//! classified right by (w, b) when step(w·x + b) = y. In weight space that
//! is a half-plane through the line w·x = −b:
//!
//! ```text
//! Heaviside:  positive  w·x + b ≥ 0      (H(0) = 1 is the positive target)
//!             negative  w·x + b < 0
//! sign:       positive  w·x + b > 0      (sign(0) = 0 is neither target)
//!             negative  w·x + b < 0
//! ```
//!
//! i.e. t·(w·x + b) ≥ 0 or > 0. The version space is the intersection of
//! these half-planes, here cut to the box [−h, h]²: a convex polygon. It is
//! non-empty at some b exactly when the classes are linearly separable (the
//! premise of the convergence theorem); for XOR it is empty at every b.
//!
//! **The boundary.** The exact set mixes closed and open half-planes, so it
//! is reported as its closure: the box clipped by the closed half-planes
//! t·(w·x + b) ≥ 0 (Sutherland–Hodgman, one half-plane at a time). When that
//! polygon has an area, its interior classifies every sample right under
//! either rule, so the closure of the exact set is the whole polygon. When
//! it has none (a point or a segment, where two samples' lines coincide),
//! the exact set is on it only if no strict inequality is an equality all
//! along it; otherwise the exact set is empty and so is its closure. A
//! sample at x = 0 constrains b alone (t·b ≥ 0 or > 0): the whole slice is
//! then right or wrong for it — e.g. XOR's (0, 0) at b = 0 with Heaviside:
//! H(0) = 1 is wrong for class 0, so the slice b = 0 is empty.

use serde::Serialize;

use super::StepFunction;

/// Half the side of the box the command line reports (`"box": 5.0`).
pub const VERSION_SPACE_BOX: f64 = 5.0;

/// One sample's condition on the weights at a fixed bias: a·w + c ≥ 0
/// (or > 0 when `strict`), with a = t·x and c = t·b.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HalfPlane {
    /// t·x: the normal of the line, pointing into the right side.
    pub a: [f64; 2],
    /// t·b.
    pub c: f64,
    /// Whether equality is an error (sign always; Heaviside for the
    /// negative class).
    pub strict: bool,
}

impl HalfPlane {
    /// The weights at bias `bias` that classify `x` (of the positive class
    /// or not) right under `step`.
    pub fn of_sample(x: [f64; 2], positive: bool, step: StepFunction, bias: f64) -> Self {
        let t = if positive { 1.0 } else { -1.0 };
        let strict = match step {
            StepFunction::Heaviside => !positive,
            StepFunction::Sign => true,
        };
        Self {
            a: [t * x[0], t * x[1]],
            c: t * bias,
            strict,
        }
    }

    /// a·w + c: t times the net input, in the order [`super::Tlu::net`]
    /// sums it (so the sign agrees with the unit's own output).
    pub fn value(&self, w: [f64; 2]) -> f64 {
        self.a[0] * w[0] + self.a[1] * w[1] + self.c
    }

    /// Whether `w` classifies the sample right, exactly as the unit decides.
    pub fn holds(&self, w: [f64; 2]) -> bool {
        let v = self.value(w);
        if self.strict { v > 0.0 } else { v >= 0.0 }
    }

    /// Whether the condition does not depend on w (the sample is at x = 0).
    pub fn is_constant(&self) -> bool {
        self.a == [0.0, 0.0]
    }

    /// The weights in the box [−h, h]² that get the sample wrong (closed),
    /// counter-clockwise; empty when none do.
    pub fn wrong_side(&self, half: f64) -> Vec<[f64; 2]> {
        clip(&square(half), [-self.a[0], -self.a[1]], -self.c)
    }
}

/// The version space at one bias, as the command line prints it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VersionSpace {
    /// The bias b of the slice.
    pub bias: f64,
    /// Half the side of the box the weights are cut to.
    #[serde(rename = "box")]
    pub half: f64,
    /// The closed polygon's corners, counter-clockwise (one or two points
    /// for a region without area; none when empty).
    pub vertices: Vec<[f64; 2]>,
    /// Its area (0 when empty).
    pub area: f64,
}

impl VersionSpace {
    /// Whether no weights in the box classify every sample right.
    pub fn is_empty(&self) -> bool {
        self.vertices.is_empty()
    }
}

/// The version space of `conditions` (one per training sample) in the box
/// [−h, h]² at bias `bias`; see the [module](self) docs for the boundary.
pub fn version_space(conditions: &[HalfPlane], bias: f64, half: f64) -> VersionSpace {
    let empty = VersionSpace {
        bias,
        half,
        vertices: Vec::new(),
        area: 0.0,
    };
    if conditions.iter().any(|h| h.is_constant() && !h.holds([0.0, 0.0])) {
        return empty;
    }
    let mut polygon = square(half);
    for h in conditions.iter().filter(|h| !h.is_constant()) {
        polygon = clip(&polygon, h.a, h.c);
        if polygon.is_empty() {
            return empty;
        }
    }
    let tol = 1e-9 * half.max(1e-300);
    let vertices = distinct(polygon, tol);
    let area = signed_area(&vertices);
    if area > 1e-12 * (2.0 * half).powi(2) {
        return VersionSpace {
            vertices,
            area,
            ..empty
        };
    }
    // No area: a point or a segment (its two farthest corners).
    let piece = match vertices.as_slice() {
        [] => return empty,
        [p] => vec![*p],
        _ => farthest_pair(&vertices),
    };
    // A strict condition that is an equality all along the piece leaves
    // nothing of the exact set on it.
    let scale = |h: &HalfPlane| (h.a[0].abs() + h.a[1].abs()) * half + h.c.abs();
    let equal_all_along = |h: &HalfPlane| piece.iter().all(|p| h.value(*p).abs() <= 1e-9 * scale(h).max(1e-300));
    if conditions.iter().any(|h| h.strict && equal_all_along(h)) {
        return empty;
    }
    VersionSpace {
        vertices: piece,
        ..empty
    }
}

/// Where the maximum-margin separator (w*, b*) meets the slice at bias
/// `bias`: every positive multiple λ(w*, b*) is the same classifier, and
/// λ = b / b* puts it in the slice when b and b* have the same sign. Then
/// λw* lies inside the version space (it classifies every sample with
/// margin). `None` when the ray misses the slice (b = 0 but b* ≠ 0, or
/// opposite signs); w* itself when both biases are 0.
pub fn separator_in_slice(separator: &super::Tlu, bias: f64) -> Option<[f64; 2]> {
    let (w, b) = ([*separator.w.first()?, *separator.w.get(1)?], separator.b);
    let tiny = 1e-12 * (w[0].hypot(w[1]) + b.abs());
    if b.abs() <= tiny {
        return (bias == 0.0).then_some(w);
    }
    let lambda = bias / b;
    (lambda > 0.0 && lambda.is_finite()).then_some([lambda * w[0], lambda * w[1]])
}

/// The box [−h, h]², counter-clockwise from its lower left corner.
fn square(half: f64) -> Vec<[f64; 2]> {
    vec![[-half, -half], [half, -half], [half, half], [-half, half]]
}

/// Sutherland–Hodgman: the part of the convex polygon `poly` where
/// a·w + c ≥ 0, in the same orientation (corners may repeat where the line
/// passes through one; [`distinct`] removes them).
fn clip(poly: &[[f64; 2]], a: [f64; 2], c: f64) -> Vec<[f64; 2]> {
    let f = |p: [f64; 2]| a[0] * p[0] + a[1] * p[1] + c;
    let mut out = Vec::with_capacity(poly.len() + 1);
    for (i, &p) in poly.iter().enumerate() {
        let q = poly[(i + 1) % poly.len()];
        let (fp, fq) = (f(p), f(q));
        if fp >= 0.0 {
            out.push(p);
        }
        if (fp >= 0.0) != (fq >= 0.0) {
            let s = fp / (fp - fq);
            out.push([p[0] + s * (q[0] - p[0]), p[1] + s * (q[1] - p[1])]);
        }
    }
    out
}

/// `poly` without corners closer than `tol` to the one before (around the
/// end too).
fn distinct(poly: Vec<[f64; 2]>, tol: f64) -> Vec<[f64; 2]> {
    let near = |p: [f64; 2], q: [f64; 2]| (p[0] - q[0]).abs() <= tol && (p[1] - q[1]).abs() <= tol;
    let mut out: Vec<[f64; 2]> = Vec::with_capacity(poly.len());
    for p in poly {
        if out.last().is_none_or(|&q| !near(p, q)) {
            out.push(p);
        }
    }
    while out.len() > 1 && near(out[0], out[out.len() - 1]) {
        out.pop();
    }
    out
}

/// The shoelace formula: positive for a counter-clockwise polygon.
pub fn signed_area(poly: &[[f64; 2]]) -> f64 {
    let n = poly.len();
    let twice: f64 = (0..n)
        .map(|i| {
            let (p, q) = (poly[i], poly[(i + 1) % n]);
            p[0] * q[1] - q[0] * p[1]
        })
        .sum();
    twice / 2.0
}

/// The two points of `points` farthest apart (a degenerate polygon's ends).
fn farthest_pair(points: &[[f64; 2]]) -> Vec<[f64; 2]> {
    let d2 = |p: [f64; 2], q: [f64; 2]| (p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2);
    let mut best = (points[0], points[0], -1.0);
    for (i, &p) in points.iter().enumerate() {
        for &q in &points[i + 1..] {
            if d2(p, q) > best.2 {
                best = (p, q, d2(p, q));
            }
        }
    }
    vec![best.0, best.1]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conditions(points: &[([f64; 2], bool)], step: StepFunction, b: f64) -> Vec<HalfPlane> {
        points
            .iter()
            .map(|&(x, p)| HalfPlane::of_sample(x, p, step, b))
            .collect()
    }

    #[test]
    fn holds_agrees_with_the_unit_at_z_zero() {
        use StepFunction::*;
        // z = 0 exactly: Heaviside says 1 (right for the positive class only),
        // sign says 0 (right for neither).
        let x = [1.0, 0.0];
        let w = [2.0, 7.0];
        for (step, positive, right) in [
            (Heaviside, true, true),
            (Heaviside, false, false),
            (Sign, true, false),
            (Sign, false, false),
        ] {
            assert_eq!(HalfPlane::of_sample(x, positive, step, -2.0).holds(w), right);
            let y_hat = step.apply(super::super::Tlu { w: w.to_vec(), b: -2.0 }.net(&x));
            assert_eq!(y_hat == step.target(positive), right);
        }
    }

    #[test]
    fn a_degenerate_region_is_kept_only_where_the_exact_rule_holds() {
        // Positives (1, 0) and (−1, 0) force w₁ = 0 at b = 0; the negative
        // (0, 1) needs w₂ < 0. Heaviside: the segment w₁ = 0, −5 ≤ w₂ ≤ 0.
        let pts = [([1.0, 0.0], true), ([-1.0, 0.0], true), ([0.0, 1.0], false)];
        let vs = version_space(&conditions(&pts, StepFunction::Heaviside, 0.0), 0.0, 5.0);
        assert_eq!(vs.area, 0.0);
        let mut ends = vs.vertices.clone();
        ends.sort_by(|p, q| p[1].total_cmp(&q[1]));
        assert_eq!(ends.len(), 2);
        assert!(ends[0][0].abs() < 1e-12 && (ends[0][1] + 5.0).abs() < 1e-12);
        assert!(ends[1][0].abs() < 1e-12 && ends[1][1].abs() < 1e-12);
        // With sign, w₁ = 0 puts both positives at z = 0: wrong, so empty.
        let vs = version_space(&conditions(&pts, StepFunction::Sign, 0.0), 0.0, 5.0);
        assert!(vs.is_empty());
        assert_eq!(vs.area, 0.0);
    }

    #[test]
    fn the_wrong_side_and_the_region_split_the_box() {
        let h = HalfPlane::of_sample([1.0, 1.0], true, StepFunction::Heaviside, -1.0);
        let wrong = signed_area(&h.wrong_side(5.0));
        let right = version_space(&[h], -1.0, 5.0).area;
        assert!((wrong + right - 100.0).abs() < 1e-9, "{wrong} + {right}");
        assert!(right > 0.0 && wrong > right, "the origin is on the wrong side");
    }
}
