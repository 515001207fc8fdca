//! The point clouds behind [`Generator`](super::Generator), one function per
//! shape. Each takes the seeded RNG and returns its points in generation order.
//!
//! Every random draw is made whatever the noise level (jitter is drawn and
//! then scaled, possibly by zero), so for a fixed seed the noise slider moves
//! the same points continuously instead of reshuffling them.

use std::f64::consts::{PI, TAU};

use rand::RngExt;
use rand::rngs::StdRng;

use super::Point;

/// A uniform sample in `[lo, hi)`. Written out instead of `random_range`,
/// which panics on an empty range; here `lo == hi` simply gives `lo`.
fn uniform(rng: &mut StdRng, lo: f64, hi: f64) -> f64 {
    lo + (hi - lo) * rng.random::<f64>()
}

/// A standard normal sample by the Box–Muller transform: for independent
/// u1 ∈ (0, 1] and u2 ∈ [0, 1), z = √(−2 ln u1) · cos(2π u2) is N(0, 1).
/// Taking u1 = 1 − U keeps it away from 0, so the logarithm stays finite.
fn gauss(rng: &mut StdRng) -> f64 {
    let u1 = 1.0 - rng.random::<f64>();
    let u2 = rng.random::<f64>();
    (-2.0 * u1.ln()).sqrt() * (TAU * u2).cos()
}

/// The point (x1, x2) moved by independent Gaussian jitter of standard
/// deviation `std` on each coordinate.
fn jittered(rng: &mut StdRng, x1: f64, x2: f64, std: f64, y: f64) -> Point {
    let dx = gauss(rng) * std;
    let dy = gauss(rng) * std;
    Point::new(x1 + dx, x2 + dy, y)
}

/// The class of point `i` when classes take turns, which balances them
/// exactly (counts differ by at most one).
fn turn(i: usize, classes: usize) -> usize {
    i % classes.max(1)
}

/// Centre of blob `k` of `classes`: the two diagonal corners (±2.5, ±2.5)
/// for two blobs, else evenly spaced on a circle of radius 3.5 starting at
/// the top, so neighbouring centres stay ≥ 3.5 apart for up to six blobs.
fn blob_centre(k: usize, classes: usize) -> (f64, f64) {
    if classes == 2 {
        let s = if k == 0 { -2.5 } else { 2.5 };
        return (s, s);
    }
    let a = PI / 2.0 + TAU * k as f64 / classes as f64;
    (3.5 * a.cos(), 3.5 * a.sin())
}

/// K isotropic Gaussian blobs with standard deviation σ = 0.4 + 2·noise.
/// For two blobs the centres are 5√2 ≈ 7.1 apart, so at noise ≤ 0.1
/// (σ ≤ 0.6) the line x1 + x2 = 0 separates them by almost 6σ.
pub(super) fn blobs(rng: &mut StdRng, n: usize, classes: usize, noise: f64) -> Vec<Point> {
    let std = 0.4 + 2.0 * noise;
    (0..n)
        .map(|i| {
            let k = turn(i, classes);
            let (cx, cy) = blob_centre(k, classes);
            jittered(rng, cx, cy, std, k as f64)
        })
        .collect()
}

/// Class 0 in a disc of radius 2.5, class 1 in the ring 3.5 ≤ r ≤ 5, with a
/// uniform angle and radius (so the disc is denser at its centre, as in
/// TensorFlow Playground), then jitter of σ = 1.5·noise.
pub(super) fn circle(rng: &mut StdRng, n: usize, noise: f64) -> Vec<Point> {
    (0..n)
        .map(|i| {
            let k = turn(i, 2);
            let r = if k == 0 {
                uniform(rng, 0.0, 2.5)
            } else {
                uniform(rng, 3.5, 5.0)
            };
            let a = uniform(rng, 0.0, TAU);
            jittered(rng, r * a.cos(), r * a.sin(), 1.5 * noise, k as f64)
        })
        .collect()
}

/// The XOR cloud: each coordinate uniform in ±[0.3, 5] (kept 0.3 away from
/// the axes so the classes do not touch), class 1 where x1·x2 < 0.
/// Points are drawn for a wanted class: a point on the wrong side has x1
/// mirrored, which flips the sign of x1·x2 and keeps the distribution
/// uniform within each class. Jitter σ = 1.5·noise comes after labelling.
pub(super) fn quadrants(rng: &mut StdRng, n: usize, noise: f64) -> Vec<Point> {
    let coord = |rng: &mut StdRng| {
        let m = uniform(rng, 0.3, 5.0);
        if rng.random::<bool>() { m } else { -m }
    };
    (0..n)
        .map(|i| {
            let want = turn(i, 2);
            let mut x1 = coord(rng);
            let x2 = coord(rng);
            if usize::from(x1 * x2 < 0.0) != want {
                x1 = -x1;
            }
            let k = usize::from(x1 * x2 < 0.0);
            jittered(rng, x1, x2, 1.5 * noise, k as f64)
        })
        .collect()
}

/// K spiral arms. Arm k gets n/K points (the first n mod K arms one more);
/// its point i of m lies at radius r = 5·i/m and angle
/// t = 1.75·2π·i/m + 2π·k/K, i.e. at (r sin t, r cos t), so every arm winds
/// 1.75 turns and the arms are rotated copies of each other. Jitter σ = noise.
pub(super) fn spiral(rng: &mut StdRng, n: usize, classes: usize, noise: f64) -> Vec<Point> {
    let classes = classes.max(1);
    let mut points = Vec::with_capacity(n);
    for k in 0..classes {
        let m = n / classes + usize::from(k < n % classes);
        for i in 0..m {
            let f = i as f64 / m as f64;
            let r = 5.0 * f;
            let t = 1.75 * TAU * f + TAU * k as f64 / classes as f64;
            points.push(jittered(rng, r * t.sin(), r * t.cos(), noise, k as f64));
        }
    }
    points
}

/// Two moons: the upper half of the unit circle (class 0) and the lower
/// half of the unit circle centred at (1, 0.5) (class 1), angles uniform.
/// Together they span x ∈ [−1, 2], y ∈ [−0.5, 1]; the cloud is shifted by
/// (−0.5, −0.25) to centre it and scaled by 3, then jittered with σ = noise.
pub(super) fn moons(rng: &mut StdRng, n: usize, noise: f64) -> Vec<Point> {
    (0..n)
        .map(|i| {
            let k = turn(i, 2);
            let a = uniform(rng, 0.0, PI);
            let (x, y) = if k == 0 {
                (a.cos(), a.sin())
            } else {
                (1.0 - a.cos(), 0.5 - a.sin())
            };
            jittered(rng, 3.0 * (x - 0.5), 3.0 * (y - 0.25), noise, k as f64)
        })
        .collect()
}

/// x1 uniform in [−2π, 2π], x2 uniform in [−2, 2], class 1 where x2 > sin x1
/// (decided on the noiseless point). A point on the wrong side for its
/// wanted class is mirrored through the origin: sin is odd, so
/// x2 > sin x1 ⇔ −x2 < sin(−x1), which swaps the sides and keeps the classes
/// balanced. Jitter σ = 0.5·noise comes after labelling.
pub(super) fn sine(rng: &mut StdRng, n: usize, noise: f64) -> Vec<Point> {
    (0..n)
        .map(|i| {
            let want = turn(i, 2);
            let mut x1 = uniform(rng, -TAU, TAU);
            let mut x2 = uniform(rng, -2.0, 2.0);
            if usize::from(x2 > x1.sin()) != want {
                x1 = -x1;
                x2 = -x2;
            }
            let k = usize::from(x2 > x1.sin());
            jittered(rng, x1, x2, 0.5 * noise, k as f64)
        })
        .collect()
}

/// The four corners (0,0), (0,1), (1,0), (1,1), in that order, labelled by
/// the gate `f` (true = class 1). No randomness: a truth table is exact.
pub(super) fn gate(f: impl Fn(bool, bool) -> bool) -> Vec<Point> {
    [(false, false), (false, true), (true, false), (true, true)]
        .into_iter()
        .map(|(a, b)| {
            Point::new(
                f64::from(u8::from(a)),
                f64::from(u8::from(b)),
                f64::from(u8::from(f(a, b))),
            )
        })
        .collect()
}

/// x uniform in [−6, 6]², target y = (x1 + x2)/12 + ε with ε ~ N(0, (0.5·noise)²).
/// The target spans [−1, 1], the range of a tanh output.
pub(super) fn plane(rng: &mut StdRng, n: usize, noise: f64) -> Vec<Point> {
    (0..n)
        .map(|_| {
            let x1 = uniform(rng, -6.0, 6.0);
            let x2 = uniform(rng, -6.0, 6.0);
            let y = (x1 + x2) / 12.0 + 0.5 * noise * gauss(rng);
            Point::new(x1, x2, y)
        })
        .collect()
}

/// The fixed bumps of [`gaussians`]: centre (cx, cy) and height ±1.
const BUMPS: [(f64, f64, f64); 6] = [
    (-3.5, 3.0, 1.0),
    (0.5, 3.5, -1.0),
    (3.5, 1.0, 1.0),
    (-3.0, -1.5, -1.0),
    (0.5, -1.0, 1.0),
    (3.0, -4.0, -1.0),
];

/// Width σ of every bump in [`gaussians`].
const BUMP_WIDTH: f64 = 1.5;

/// x uniform in [−6, 6]², target
/// y = Σ_j h_j · exp(−‖x − c_j‖² / (2σ²)) + ε over the six [`BUMPS`] with
/// σ = 1.5 and ε ~ N(0, (0.3·noise)²): hills and valleys a network must
/// fit with several hidden units.
pub(super) fn gaussians(rng: &mut StdRng, n: usize, noise: f64) -> Vec<Point> {
    (0..n)
        .map(|_| {
            let x1 = uniform(rng, -6.0, 6.0);
            let x2 = uniform(rng, -6.0, 6.0);
            let surface: f64 = BUMPS
                .iter()
                .map(|&(cx, cy, h)| {
                    let d2 = (x1 - cx).powi(2) + (x2 - cy).powi(2);
                    h * (-d2 / (2.0 * BUMP_WIDTH * BUMP_WIDTH)).exp()
                })
                .sum();
            Point::new(x1, x2, surface + 0.3 * noise * gauss(rng))
        })
        .collect()
}
