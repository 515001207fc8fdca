//! The perceptron's version space (the weights that classify every
//! training sample right at one bias) against regions computed by hand,
//! and against the unit's own decisions.

use nnlab::labs::data::LabData;
use nnlab::nn::perceptron::{
    PerceptronConfig, PerceptronTrainer, StepFunction, Tlu, VersionSpace, separator_in_slice,
    version_space::signed_area,
};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

fn trainer(data: LabData, step: StepFunction) -> PerceptronTrainer {
    let config = PerceptronConfig {
        step,
        ..PerceptronConfig::default()
    };
    PerceptronTrainer::new(&data.dataset().unwrap(), config).unwrap()
}

/// The polygon's corners equal `expected` (in any rotation, within 1e-12),
/// counter-clockwise, and its area is `area`.
fn assert_polygon(vs: &VersionSpace, expected: &[[f64; 2]], area: f64) {
    assert_eq!(vs.vertices.len(), expected.len(), "{vs:?}");
    for e in expected {
        assert!(
            vs.vertices
                .iter()
                .any(|v| (v[0] - e[0]).abs() < 1e-12 && (v[1] - e[1]).abs() < 1e-12),
            "corner {e:?} missing from {vs:?}"
        );
    }
    assert!((vs.area - area).abs() < 1e-12, "area {} ≠ {area}", vs.area);
    assert!(signed_area(&vs.vertices) > 0.0, "counter-clockwise");
}

#[test]
fn and_at_b_minus_one_and_a_half_is_a_triangle() {
    // AND with Heaviside at b = −1.5. The negatives need w·x − 1.5 < 0:
    // (0, 0) gives −1.5 < 0 for every w; (0, 1) gives w₂ < 1.5; (1, 0)
    // gives w₁ < 1.5. The positive (1, 1) needs w₁ + w₂ − 1.5 ≥ 0. Closed:
    // the triangle (1.5, 0), (1.5, 1.5), (0, 1.5) of area 1.5²/2 = 1.125.
    let vs = trainer(LabData::And, StepFunction::Heaviside).version_space(0, -1.5, 5.0);
    assert_eq!((vs.bias, vs.half), (-1.5, 5.0));
    assert_polygon(&vs, &[[1.5, 0.0], [1.5, 1.5], [0.0, 1.5]], 1.125);
    // Sign has the same closure (all inequalities strict, same lines).
    let vs = trainer(LabData::And, StepFunction::Sign).version_space(0, -1.5, 5.0);
    assert_polygon(&vs, &[[1.5, 0.0], [1.5, 1.5], [0.0, 1.5]], 1.125);
}

#[test]
fn or_at_b_minus_a_half_is_a_square_cut_by_the_box() {
    // OR at b = −0.5: (0, 0) gives −0.5 < 0 ✓; (0, 1) needs w₂ ≥ 0.5;
    // (1, 0) needs w₁ ≥ 0.5; (1, 1) needs w₁ + w₂ ≥ 0.5 (implied). In the
    // box [−5, 5]²: the square [0.5, 5]², area 4.5² = 20.25.
    let vs = trainer(LabData::Or, StepFunction::Heaviside).version_space(0, -0.5, 5.0);
    assert_polygon(&vs, &[[0.5, 0.5], [5.0, 0.5], [5.0, 5.0], [0.5, 5.0]], 20.25);
}

#[test]
fn xor_is_empty_at_every_bias() {
    for step in [StepFunction::Heaviside, StepFunction::Sign] {
        let t = trainer(LabData::Xor, step);
        for k in -40..=40 {
            let b = f64::from(k) / 8.0;
            let vs = t.version_space(0, b, 5.0);
            assert!(vs.vertices.is_empty() && vs.area == 0.0, "{step:?} b = {b}: {vs:?}");
        }
    }
}

#[test]
fn the_slice_at_b_zero_follows_the_rule_at_z_zero() {
    // AND at b = 0: the negative (0, 0) has z = 0 whatever w is, and
    // H(0) = 1 is wrong for it, so no weights are right: empty, even though
    // the closed half-planes meet.
    let vs = trainer(LabData::And, StepFunction::Heaviside).version_space(0, 0.0, 5.0);
    assert!(vs.vertices.is_empty());
    // OR at b = 0 with Heaviside: H(0) = 1 is wrong for (0, 0) too.
    let vs = trainer(LabData::Or, StepFunction::Heaviside).version_space(0, 0.0, 5.0);
    assert!(vs.vertices.is_empty());
}

/// Whether `w` lies in the convex counter-clockwise polygon, `margin` inside
/// every edge (negative: outside at least one edge by more than |margin|).
fn inside_by(poly: &[[f64; 2]], w: [f64; 2]) -> f64 {
    (0..poly.len())
        .map(|i| {
            let (p, q) = (poly[i], poly[(i + 1) % poly.len()]);
            let (ex, ey) = (q[0] - p[0], q[1] - p[1]);
            (ex * (w[1] - p[1]) - ey * (w[0] - p[0])) / ex.hypot(ey)
        })
        .fold(f64::INFINITY, f64::min)
}

#[test]
fn points_of_the_polygon_are_exactly_the_weights_the_unit_gets_right() {
    // Separable blobs and iris (setosa vs rest), both steps, several biases:
    // a random w well inside the polygon classifies every training sample
    // right by the unit's own rule, one well outside does not.
    let mut rng = StdRng::seed_from_u64(26);
    let mut checked = (0, 0);
    for data in [LabData::Blobs, LabData::IrisSetosa, LabData::And] {
        for step in [StepFunction::Heaviside, StepFunction::Sign] {
            let t = trainer(data, step);
            let positive = match t.mode() {
                nnlab::nn::perceptron::Mode::Binary { positive, .. } => *positive,
                m => panic!("{m:?}"),
            };
            for b in [-3.0, -1.0, -0.25, 0.5, 2.0] {
                let vs = t.version_space(0, b, 5.0);
                for _ in 0..300 {
                    let w = [rng.random_range(-5.0..5.0), rng.random_range(-5.0..5.0)];
                    let unit = Tlu { w: w.to_vec(), b };
                    let all_right = t
                        .samples()
                        .iter()
                        .all(|s| unit.output(&s.x, step) == step.target(s.class == positive));
                    let depth = if vs.vertices.len() > 2 {
                        inside_by(&vs.vertices, w)
                    } else {
                        -1.0
                    };
                    if depth > 1e-6 {
                        assert!(all_right, "{data:?} {step:?} b = {b}: {w:?} inside but wrong");
                        checked.0 += 1;
                    } else if depth < -1e-6 {
                        assert!(!all_right, "{data:?} {step:?} b = {b}: {w:?} outside but right");
                        checked.1 += 1;
                    }
                }
            }
        }
    }
    assert!(checked.0 > 100 && checked.1 > 100, "both sides sampled: {checked:?}");
}

#[test]
fn the_maximum_margin_weights_lie_in_the_slice_of_their_bias_sign() {
    let t = trainer(LabData::Blobs, StepFunction::Heaviside);
    let separator = t.novikoff().unwrap().separator;
    let sign = separator.b.signum();
    for b in [0.5, 1.0, 3.0].map(|b| b * sign) {
        let star = separator_in_slice(&separator, b).unwrap();
        let vs = t.version_space(0, b, 50.0);
        assert!(inside_by(&vs.vertices, star) > 0.0, "w* = {star:?} inside at b = {b}");
    }
    assert_eq!(
        separator_in_slice(&separator, -sign),
        None,
        "the other sign: not in the slice"
    );
    assert_eq!(separator_in_slice(&separator, 0.0), None);
}
