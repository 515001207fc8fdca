//! The two directions of a landscape slice, and weights as one flat vector.
//!
//! **Principal components** (the default): the checkpoints θ₁ … θₘ,
//! flattened and centred on their mean θ̄, are the rows of X (m × P); the
//! top two right singular vectors of X are the directions in which the
//! trajectory moved most. With m ≤ 200 checkpoints and P weights (up to tens
//! of thousands) they come from the small m × m matrix G = X·Xᵀ: for its
//! eigenvectors u₁, u₂ (largest eigenvalues), vₖ = Xᵀuₖ / ‖Xᵀuₖ‖. Each vₖ
//! is then turned so the oldest checkpoint lies on its negative side (the
//! path runs towards +α, +β) and scaled by the path's extent along it,
//! dₖ = sₖ·vₖ with sₖ = maxᵢ |(θᵢ − w)·vₖ|: the path then fits α, β ∈ [−1, 1]
//! and a span of 1 shows all of it. α and β are in units of these dₖ.
//!
//! **Random** (Li et al. 2018, filter normalization): two seeded Gaussian
//! directions, each neuron's incoming weights (a column of a layer's W, the
//! "filter" of a dense layer) rescaled to the norm of the same neuron's
//! trained weights, dᵢⱼ ← dᵢⱼ·‖θ·ⱼ‖/‖d·ⱼ‖, so every neuron is moved in
//! proportion to its own scale. Biases get 0 in both directions, the
//! convention of the paper's own code for its figures (`ignore = biasbn`).
//! Frozen connections and switched-off neurons' outgoing weights get 0 too:
//! training cannot move them.

use nalgebra::{DMatrix, SymmetricEigen};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

use crate::nn::Mlp;
use crate::train::Masks;

/// Every weight and bias of `net`, in the session file's order: layer by
/// layer, `weights` row by row (`[input][neuron]`), then the layer's `bias`.
pub fn flatten(net: &Mlp) -> Vec<f64> {
    let mut out = Vec::with_capacity(net.parameter_count());
    for layer in &net.layers {
        let (rows, cols) = layer.weights.shape();
        for i in 0..rows {
            out.extend((0..cols).map(|j| f64::from(layer.weights[(i, j)])));
        }
        out.extend(layer.bias.iter().map(|&b| f64::from(b)));
    }
    out
}

/// Sets every weight and bias of `net` from `flat` (in [`flatten`]'s
/// order), rounded to f32. Extra values are ignored, missing ones leave
/// the rest as it was.
pub fn write_flat(net: &mut Mlp, flat: &[f64]) {
    let mut values = flat.iter();
    for layer in &mut net.layers {
        let (rows, cols) = layer.weights.shape();
        for i in 0..rows {
            for j in 0..cols {
                if let Some(&v) = values.next() {
                    layer.weights[(i, j)] = v as f32;
                }
            }
        }
        for b in layer.bias.iter_mut() {
            if let Some(&v) = values.next() {
                *b = v as f32;
            }
        }
    }
}

/// The top two principal components of `checkpoints` around their mean,
/// signed and scaled as the module docs say, or `None` when there is no
/// second component (fewer than three checkpoints, or all on one line).
pub(super) fn principal(center: &[f64], checkpoints: &[&Mlp]) -> Option<[Vec<f64>; 2]> {
    let m = checkpoints.len();
    if m < 3 {
        return None;
    }
    let thetas: Vec<Vec<f64>> = checkpoints.iter().map(|c| flatten(c)).collect();
    let p = center.len();
    let mean: Vec<f64> = (0..p)
        .map(|k| thetas.iter().map(|t| t[k]).sum::<f64>() / m as f64)
        .collect();
    let x = DMatrix::from_fn(m, p, |i, k| thetas[i][k] - mean[k]);
    let eigen = SymmetricEigen::new(&x * x.transpose());
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| eigen.eigenvalues[b].total_cmp(&eigen.eigenvalues[a]));
    let (l1, l2) = (eigen.eigenvalues[order[0]], eigen.eigenvalues[order[1]]);
    if !(l1 > 0.0 && l2 > 1e-10 * l1) {
        return None;
    }
    let mut found = Vec::with_capacity(2);
    for &k in &order[..2] {
        let v = x.transpose() * eigen.eigenvectors.column(k);
        let norm = v.norm();
        if !(norm > 0.0 && norm.is_finite()) {
            return None;
        }
        let mut v: Vec<f64> = v.iter().map(|e| e / norm).collect();
        let offsets: Vec<f64> = thetas.iter().map(|t| dot_diff(t, center, &v)).collect();
        if offsets[0] > 0.0 {
            v.iter_mut().for_each(|e| *e = -*e);
        }
        let extent = offsets.iter().fold(0.0f64, |a, o| a.max(o.abs()));
        if extent > 0.0 {
            v.iter_mut().for_each(|e| *e *= extent);
        }
        found.push(v);
    }
    let d2 = found.pop()?;
    let d1 = found.pop()?;
    Some([d1, d2])
}

/// (θ − c)·v.
fn dot_diff(theta: &[f64], c: &[f64], v: &[f64]) -> f64 {
    theta.iter().zip(c).zip(v).map(|((t, c), v)| (t - c) * v).sum()
}

/// Two filter-normalized Gaussian directions drawn from `seed`.
pub(super) fn random(net: &Mlp, masks: &Masks, seed: u64) -> [Vec<f64>; 2] {
    let mut rng = StdRng::seed_from_u64(seed);
    let d1 = random_one(net, masks, &mut rng);
    let d2 = random_one(net, masks, &mut rng);
    [d1, d2]
}

/// One direction; see the module docs.
fn random_one(net: &Mlp, masks: &Masks, rng: &mut StdRng) -> Vec<f64> {
    let mut out = Vec::with_capacity(net.parameter_count());
    for (l, layer) in net.layers.iter().enumerate() {
        let (rows, cols) = layer.weights.shape();
        let mut d: Vec<f64> = (0..rows * cols).map(|_| gaussian(rng)).collect();
        for j in 0..cols {
            let column = |v: &[f64]| (0..rows).map(|i| v[i * cols + j].powi(2)).sum::<f64>().sqrt();
            let trained = (0..rows)
                .map(|i| f64::from(layer.weights[(i, j)]).powi(2))
                .sum::<f64>()
                .sqrt();
            let drawn = column(&d);
            let scale = if drawn > 0.0 { trained / drawn } else { 0.0 };
            (0..rows).for_each(|i| d[i * cols + j] *= scale);
        }
        for i in 0..rows {
            for j in 0..cols {
                let off = l > 0 && masks.is_off(l - 1, i);
                if off || masks.is_frozen(l, i, j) {
                    d[i * cols + j] = 0.0;
                }
            }
        }
        out.extend(d);
        out.extend(std::iter::repeat_n(0.0, cols));
    }
    out
}

/// A standard normal number (Box–Muller; `rand` alone has no Gaussian).
fn gaussian(rng: &mut StdRng) -> f64 {
    let u1 = 1.0 - rng.random::<f64>();
    let u2 = rng.random::<f64>();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// (α, β) of the point of the plane centre + α·d₁ + β·d₂ nearest to
/// `theta`: the least-squares solution of the 2 × 2 normal equations
/// (exactly the dot products over ‖dₖ‖² when d₁ ⟂ d₂, as PCA's are).
pub(super) fn project(theta: &[f64], center: &[f64], d1: &[f64], d2: &[f64]) -> [f64; 2] {
    let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>();
    let (g11, g12, g22) = (dot(d1, d1), dot(d1, d2), dot(d2, d2));
    let (r1, r2) = (dot_diff(theta, center, d1), dot_diff(theta, center, d2));
    let det = g11 * g22 - g12 * g12;
    if det > 1e-12 * g11 * g22 && det > 0.0 {
        [(r1 * g22 - r2 * g12) / det, (r2 * g11 - r1 * g12) / det]
    } else if g11 > 0.0 {
        [r1 / g11, 0.0]
    } else if g22 > 0.0 {
        [0.0, r2 / g22]
    } else {
        [0.0, 0.0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::{Activation, Head, LayerSpec, Loss, OutputActivation};

    fn net() -> Mlp {
        let head = Head::new(Loss::BinaryCrossEntropy, OutputActivation::Sigmoid, 2).unwrap();
        let spec = LayerSpec {
            neurons: 3,
            activation: Activation::Tanh,
        };
        let mut net = Mlp::new(2, &[spec], head).unwrap();
        let flat: Vec<f64> = (0..net.parameter_count()).map(|k| k as f64 * 0.25 - 1.0).collect();
        write_flat(&mut net, &flat);
        net
    }

    #[test]
    fn flatten_follows_the_session_order_and_writes_back() {
        let net = net();
        let flat = flatten(&net);
        // Layer 0: W is 2×3 ([input][neuron]), then 3 biases; layer 1: 3×1, 1 bias.
        assert_eq!(flat.len(), 6 + 3 + 3 + 1);
        assert_eq!(f64::from(net.layers[0].weights[(1, 2)]), flat[5]);
        assert_eq!(f64::from(net.layers[0].bias[0]), flat[6]);
        assert_eq!(f64::from(net.layers[1].weights[(2, 0)]), flat[11]);
        let mut copy = net.clone();
        write_flat(&mut copy, &vec![0.0; flat.len()]);
        write_flat(&mut copy, &flat);
        assert_eq!(copy, net);
    }

    #[test]
    fn random_directions_are_filter_normalized_with_zero_biases() {
        let net = net();
        let [d1, d2] = random(&net, &Masks::default(), 7);
        assert_ne!(d1, d2);
        assert_eq!(random(&net, &Masks::default(), 7), [d1.clone(), d2], "seeded");
        let mut probe = net.clone();
        write_flat(&mut probe, &d1);
        for (layer, trained) in probe.layers.iter().zip(&net.layers) {
            assert!(layer.bias.iter().all(|&b| b == 0.0));
            for j in 0..layer.weights.ncols() {
                let (a, b) = (layer.weights.column(j).norm(), trained.weights.column(j).norm());
                assert!((a - b).abs() < 1e-5 * b.max(1.0), "filter {j}: {a} vs {b}");
            }
        }
    }

    #[test]
    fn projection_recovers_a_point_of_the_plane() {
        let c = [1.0, 2.0, 3.0];
        let (d1, d2) = ([1.0, 1.0, 0.0], [0.0, 1.0, 1.0]);
        let theta: Vec<f64> = (0..3).map(|k| c[k] + 0.5 * d1[k] - 2.0 * d2[k]).collect();
        let [a, b] = project(&theta, &c, &d1, &d2);
        assert!((a - 0.5).abs() < 1e-12 && (b + 2.0).abs() < 1e-12);
    }
}
