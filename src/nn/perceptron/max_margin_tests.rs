//! The maximum-margin separator against hand computations and against an
//! independent brute force over every support set.

use nalgebra::DMatrix;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

use super::*;

const CORNERS: [[f64; 2]; 4] = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * b.abs().max(1.0)
}

#[test]
fn and_gate_by_hand() {
    // AND: t = −1, −1, −1, +1 on (0,0), (0,1), (1,0), (1,1). By symmetry
    // w₁ = w₂ = a; the constraints t(wᵀx + b) ≥ 1 read −b ≥ 1, −(a + b) ≥ 1
    // (twice) and 2a + b ≥ 1. With the last three tight, a = 2, b = −3, and
    // −b = 3 ≥ 1 holds: ‖(2, 2, −3)‖² = 17, so γ = 1/√17 ≈ 0.2425.
    // Optimal (KKT): (2, 2, −3)/17 = 5/17·(0, −1, −1) + 5/17·(−1, 0, −1)
    // + 7/17·(1, 1, 1), a convex combination of the tight zᵢ = tᵢ(xᵢ, 1).
    let m = max_margin_separator(&CORNERS, &[-1.0, -1.0, -1.0, 1.0]).expect("AND is separable");
    assert!(close(m.margin, 1.0 / 17f64.sqrt()), "{m:?}");
    assert!(close(m.separator.w[0], 2.0) && close(m.separator.w[1], 2.0) && close(m.separator.b, -3.0));
}

#[test]
fn or_gate_by_hand() {
    // OR: t = −1, +1, +1, +1. With w₁ = w₂ = a: −b ≥ 1, a + b ≥ 1 (twice),
    // 2a + b ≥ 1. Tight −b = 1 and a + b = 1 give a = 2, b = −1, and
    // 2a + b = 3 ≥ 1: ‖(2, 2, −1)‖² = 9, so γ = 1/3.
    // KKT: (2, 2, −1)/9 = 5/9·(0, 0, −1) + 2/9·(0, 1, 1) + 2/9·(1, 0, 1).
    let m = max_margin_separator(&CORNERS, &[-1.0, 1.0, 1.0, 1.0]).expect("OR is separable");
    assert!(close(m.margin, 1.0 / 3.0), "{m:?}");
    assert!(close(m.separator.w[0], 2.0) && close(m.separator.w[1], 2.0) && close(m.separator.b, -1.0));
}

#[test]
fn xor_and_contradictions_have_no_separator() {
    assert_eq!(max_margin_separator(&CORNERS, &[-1.0, 1.0, 1.0, -1.0]), None);
    // The same point in both classes.
    assert_eq!(max_margin_separator(&[[1.0, 2.0], [1.0, 2.0]], &[1.0, -1.0]), None);
    assert_eq!(max_margin_separator(&[], &[]), None);
    assert_eq!(max_margin_separator(&[[f64::NAN, 0.0]], &[1.0]), None);
    assert_eq!(max_margin_separator(&CORNERS, &[1.0]), None);
}

#[test]
fn two_points_and_duplicates() {
    // z = (1, 0, 1) and (1, 0, −1): v₁ + v₃ ≥ 1 and v₁ − v₃ ≥ 1 are met
    // most cheaply by v = (1, 0, 0): γ = 1, the line x₁ = 0.
    let m = max_margin_separator(&[[1.0, 0.0], [-1.0, 0.0], [1.0, 0.0]], &[1.0, -1.0, 1.0]).expect("separable");
    assert!(close(m.margin, 1.0));
    assert!(close(m.separator.w[0], 1.0) && m.separator.w[1].abs() < 1e-12 && m.separator.b.abs() < 1e-12);
}

/// Independent of the incremental algorithm and its closed forms: every
/// support set S of one to three points, v = A(AᵀA)⁻¹1 with A's columns the
/// zᵢ of S (nalgebra's inverse), kept when it meets every constraint; the
/// shortest such v is the optimum. Returns γ = 1/‖v‖.
fn brute_force(points: &[[f64; 2]], targets: &[f64]) -> Option<f64> {
    let z: Vec<[f64; 3]> = (points.iter().zip(targets))
        .map(|(x, &t)| [t * x[0], t * x[1], t])
        .collect();
    let n = z.len();
    let mut sets: Vec<Vec<usize>> = Vec::new();
    for i in 0..n {
        sets.push(vec![i]);
        for j in i + 1..n {
            sets.push(vec![i, j]);
            for k in j + 1..n {
                sets.push(vec![i, j, k]);
            }
        }
    }
    let mut best: Option<f64> = None;
    for s in sets {
        let a = DMatrix::from_fn(3, s.len(), |r, c| z[s[c]][r]);
        let gram = a.transpose() * &a;
        if gram.determinant().abs() < 1e-9 {
            continue;
        }
        let Some(inverse) = gram.try_inverse() else { continue };
        let v = &a * (inverse * DMatrix::from_element(s.len(), 1, 1.0));
        let feasible = z
            .iter()
            .all(|zi| zi[0] * v[0] + zi[1] * v[1] + zi[2] * v[2] >= 1.0 - 1e-9);
        let norm = v.norm();
        if feasible && best.is_none_or(|b| norm < b) {
            best = Some(norm);
        }
    }
    best.map(|norm| 1.0 / norm)
}

#[test]
fn matches_brute_force_on_random_small_sets() {
    let mut rng = StdRng::seed_from_u64(12);
    let mut separable = 0;
    for case in 0..300 {
        let n = rng.random_range(2..10usize);
        let mut points: Vec<[f64; 2]> = (0..n)
            .map(|_| [rng.random_range(-2.0..2.0), rng.random_range(-2.0..2.0)])
            .collect();
        if case % 5 == 0 {
            // All on one line: the zᵢ span only a plane.
            points.iter_mut().for_each(|p| p[1] = 0.5 * p[0] + 1.0);
        }
        // Labels from a random line, a third of the time with one flipped.
        let (a, b, c) = (
            rng.random_range(-1.0..1.0),
            rng.random_range(-1.0..1.0),
            rng.random_range(-1.0..1.0),
        );
        let mut targets: Vec<f64> = (points.iter())
            .map(|p| if a * p[0] + b * p[1] + c >= 0.0 { 1.0 } else { -1.0 })
            .collect();
        if case % 3 == 0 {
            targets[0] = -targets[0];
        }
        let fast = max_margin_separator(&points, &targets).map(|m| m.margin);
        let slow = brute_force(&points, &targets);
        match (fast, slow) {
            (Some(f), Some(s)) => {
                separable += 1;
                assert!((f - s).abs() <= 1e-9 * s, "case {case}: {f} vs {s}");
            }
            (None, None) => {}
            _ => panic!("case {case}: {fast:?} vs {slow:?} on {points:?} {targets:?}"),
        }
    }
    assert!((100..300).contains(&separable), "both kinds are tested: {separable}");
}
