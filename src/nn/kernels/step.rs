//! The optimizer step inside the dispatched kernel: every tensor updated
//! with the path's vectors, where the weights live between batches.
//!
//! The rules are those of `optim.rs` ([`crate::nn::apply_step`]), element
//! by element, so the layout changes nothing; zero padding with a zero
//! gradient stays zero under every rule and penalty. Each element goes
//! through the scalar code's operations in the scalar code's order, so
//! every path rounds as `optim.rs` does.

use super::dispatch::Simd;
use crate::nn::optim::{Regularization, VectorStep};

/// A tensor and its gradient (the same length, a whole number of vectors).
pub(super) struct Tensor<'a> {
    pub values: &'a mut [f32],
    pub grads: &'a mut [f32],
}

/// Adds the penalties' gradients to a weight tensor's: g += λ₂·w + λ₁·sign(w).
#[inline(always)]
pub(super) fn penalize<S: Simd>(s: S, t: &mut Tensor<'_>, reg: Regularization) {
    if reg.l1 == 0.0 && reg.l2 == 0.0 {
        return;
    }
    let (zero, one, minus_one) = (s.splat(0.0), s.splat(1.0), s.splat(-1.0));
    let (l1, l2) = (s.splat(reg.l1), s.splat(reg.l2));
    for (g, w) in t.grads.chunks_exact_mut(S::LANES).zip(t.values.chunks_exact(S::LANES)) {
        let w = s.load(w);
        let sign = s.select_gt(w, zero, one, s.select_gt(zero, w, minus_one, zero));
        // As the scalar rule: λ₂·w + λ₁·sign(w), then added to g.
        let penalty = s.add(s.mul(l2, w), s.mul(l1, sign));
        s.store(s.add(s.load(g), penalty), g);
    }
}

/// One step of `rule` on tensor `slot`.
#[inline(always)]
pub(super) fn update<S: Simd>(s: S, rule: &mut VectorStep<'_>, slot: usize, t: Tensor<'_>, learning_rate: f32) {
    let lanes = S::LANES;
    let lr = s.splat(learning_rate);
    let len = t.values.len();
    let pairs = t.values.chunks_exact_mut(lanes).zip(t.grads.chunks_exact(lanes));
    match rule {
        VectorStep::Sgd => {
            for (w, g) in pairs {
                s.store(s.sub(s.load(w), s.mul(lr, s.load(g))), w);
            }
        }
        VectorStep::Momentum { mu, velocity } => {
            let mu = s.splat(*mu);
            let velocity = velocity.slot(slot, len);
            for ((w, g), v) in pairs.zip(velocity.chunks_exact_mut(lanes)) {
                let nv = s.sub(s.mul(mu, s.load(v)), s.mul(lr, s.load(g)));
                s.store(nv, v);
                s.store(s.add(s.load(w), nv), w);
            }
        }
        VectorStep::Adam {
            beta1,
            beta2,
            epsilon,
            corrections,
            m,
            v,
        } => {
            let (b1, b2, eps) = (s.splat(*beta1), s.splat(*beta2), s.splat(*epsilon));
            let (one_b1, one_b2) = (s.splat(1.0 - *beta1), s.splat(1.0 - *beta2));
            let (c1, c2) = (s.splat(corrections[0]), s.splat(corrections[1]));
            let (m, v) = (m.slot(slot, len), v.slot(slot, len));
            let moments = m.chunks_exact_mut(lanes).zip(v.chunks_exact_mut(lanes));
            for ((w, g), (m, v)) in pairs.zip(moments) {
                let g = s.load(g);
                let nm = flush(s, s.add(s.mul(b1, s.load(m)), s.mul(one_b1, g)));
                let nv = flush(s, s.add(s.mul(b2, s.load(v)), s.mul(s.mul(one_b2, g), g)));
                s.store(nm, m);
                s.store(nv, v);
                let step = s.div(s.mul(lr, s.div(nm, c1)), s.add(s.sqrt(s.div(nv, c2)), eps));
                s.store(s.sub(s.load(w), step), w);
            }
        }
    }
}

/// x, or 0 where |x| is below the smallest normal f32 (as `optim.rs`'s
/// `flush_subnormal`: a NaN stays NaN).
#[inline(always)]
fn flush<S: Simd>(s: S, x: S::V) -> S::V {
    s.select_gt(s.splat(f32::MIN_POSITIVE), s.abs(x), s.splat(0.0), x)
}
