//! Samples stored the way the kernels read them: feature by feature, in the
//! order they are taken.
//!
//! The kernels put a batch's samples across the vector lanes, so what they
//! load is "feature p of the next 8 (or 16) samples": `values[p·stride + k]`
//! for consecutive k. The trainer writes the training set here once per
//! epoch, in that epoch's shuffled order; a mini-batch is then a run of
//! consecutive samples, read in place with no gather of rows. Each feature
//! ends in at least [`PAD`] zeros, so a vector load that starts at the last
//! sample stays inside the buffer.

use nalgebra::DMatrix;

/// Zeros after the last sample of each feature: one vector of the widest
/// path (the last vector of a batch reads up to 15 lanes past its end).
pub(crate) const PAD: usize = 16;

/// Samples feature by feature, with their targets.
#[derive(Clone, Debug, Default)]
pub struct SampleColumns {
    features: usize,
    len: usize,
    /// Floats per feature: `len` rounded up, plus [`PAD`].
    stride: usize,
    /// Feature p of sample k at `values[p * stride + k]`.
    values: Vec<f32>,
    /// Sample k's target (class index or value), `stride` long.
    targets: Vec<f32>,
}

impl SampleColumns {
    /// Rows `order` of `inputs` (one row per sample, one column per feature)
    /// and their `targets`, in that order. Reuses the buffers.
    ///
    /// The trainer calls this once per epoch: the buffers are cleared only
    /// when their shape changes (every sample's place is written, and the
    /// padding after each feature stays zero), and a two-feature set, the
    /// playground's usual, is gathered in one sweep over `order`.
    pub fn fill(&mut self, inputs: &DMatrix<f32>, targets: &[f32], order: &[usize]) {
        if (self.features, self.len) != (inputs.ncols(), order.len()) || self.values.is_empty() {
            self.resize(inputs.ncols(), order.len());
        }
        let n = inputs.nrows().max(1);
        let (len, stride) = (order.len(), self.stride);
        let targets_out = &mut self.targets[..len];
        if let (2, Some((c0, c1))) = (inputs.ncols(), inputs.as_slice().split_at_checked(n)) {
            let (x0, x1) = self.values.split_at_mut(stride);
            let rows = x0[..len].iter_mut().zip(&mut x1[..len]).zip(targets_out).zip(order);
            for (((x0, x1), t), &i) in rows {
                (*x0, *x1, *t) = (c0[i], c1[i], targets[i]);
            }
            return;
        }
        for (p, column) in inputs.as_slice().chunks_exact(n).enumerate() {
            let out = &mut self.values[p * stride..][..len];
            for (v, &i) in out.iter_mut().zip(order) {
                *v = column[i];
            }
        }
        for (t, &i) in targets_out.iter_mut().zip(order) {
            *t = targets[i];
        }
    }

    /// Every row of `inputs` in its own order, no targets (the points of a
    /// grid).
    pub fn from_rows(inputs: &DMatrix<f32>) -> SampleColumns {
        let mut columns = SampleColumns::default();
        columns.resize(inputs.ncols(), inputs.nrows());
        let n = inputs.nrows().max(1);
        for (p, column) in inputs.as_slice().chunks_exact(n).enumerate() {
            columns.values[p * columns.stride..][..inputs.nrows()].copy_from_slice(column);
        }
        columns
    }

    /// Sample `k`'s features become `values` (a point moved by hand).
    pub fn set(&mut self, k: usize, values: &[f32]) {
        if k >= self.len {
            return;
        }
        for (p, &v) in values.iter().enumerate().take(self.features) {
            self.values[p * self.stride + k] = v;
        }
    }

    /// Makes room for `len` samples of `features` features; the padding
    /// after each feature is zero.
    fn resize(&mut self, features: usize, len: usize) {
        self.features = features;
        self.len = len;
        self.stride = len.next_multiple_of(PAD) + PAD;
        self.values.clear();
        self.values.resize(features * self.stride, 0.0);
        self.targets.clear();
        self.targets.resize(self.stride, 0.0);
    }

    /// Samples stored.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether no sample is stored.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Features per sample.
    pub fn features(&self) -> usize {
        self.features
    }

    /// Every feature of the samples from `start` on: feature p of sample
    /// `start + k` at `[p * stride + k]` (with [`SampleColumns::stride`]).
    pub(crate) fn inputs_from(&self, start: usize) -> &[f32] {
        &self.values[start.min(self.len)..]
    }

    /// Floats between one feature and the next.
    pub(crate) fn stride(&self) -> usize {
        self.stride
    }

    /// The targets from sample `start` on (at least [`PAD`] more than
    /// there are samples).
    pub(crate) fn targets_from(&self, start: usize) -> &[f32] {
        &self.targets[start.min(self.len)..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_are_stored_feature_by_feature_in_the_given_order() {
        let inputs = DMatrix::from_row_slice(3, 2, &[1.0, 10.0, 2.0, 20.0, 3.0, 30.0]);
        let mut c = SampleColumns::default();
        c.fill(&inputs, &[0.0, 1.0, 2.0], &[2, 0, 1]);
        let s = c.stride();
        assert_eq!((c.len(), c.features(), s), (3, 2, 32));
        let x = c.inputs_from(0);
        assert_eq!((&x[..3], &x[s..s + 3]), (&[3.0, 1.0, 2.0][..], &[30.0, 10.0, 20.0][..]));
        assert!(x[3..s].iter().all(|&v| v == 0.0), "padding is zero");
        assert_eq!(&c.targets_from(1)[..2], &[0.0, 1.0]);
        c.set(1, &[-1.0, -10.0]);
        assert_eq!((c.inputs_from(1)[0], c.inputs_from(1)[s]), (-1.0, -10.0));
        let all = SampleColumns::from_rows(&inputs);
        assert_eq!(&all.inputs_from(0)[..3], &[1.0, 2.0, 3.0]);
    }

    /// The next epoch's fill reuses the buffers without clearing them: every
    /// sample is rewritten in the new order (the moved point too) and the
    /// padding stays zero; a new shape, or no rows at all, starts afresh.
    #[test]
    fn a_refill_rewrites_every_sample_and_keeps_the_padding_zero() {
        let inputs = DMatrix::from_row_slice(3, 2, &[1.0, 10.0, 2.0, 20.0, 3.0, 30.0]);
        let mut c = SampleColumns::default();
        c.fill(&inputs, &[0.0, 1.0, 2.0], &[2, 0, 1]);
        c.set(0, &[-1.0, -10.0]);
        c.fill(&inputs, &[0.0, 1.0, 2.0], &[1, 2, 0]);
        let s = c.stride();
        let x = c.inputs_from(0);
        assert_eq!((&x[..3], &x[s..s + 3]), (&[2.0, 3.0, 1.0][..], &[20.0, 30.0, 10.0][..]));
        assert_eq!(&c.targets_from(0)[..3], &[1.0, 2.0, 0.0]);
        assert!(x[3..s].iter().chain(&x[s + 3..]).all(|&v| v == 0.0), "padding is zero");
        let three = DMatrix::from_row_slice(2, 3, &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
        c.fill(&three, &[0.0, 1.0], &[1, 0]);
        let s = c.stride();
        let x = c.inputs_from(0);
        assert_eq!(
            (&x[..2], &x[s..s + 2], &x[2 * s..2 * s + 2]),
            (&[4.0, 1.0][..], &[5.0, 2.0][..], &[6.0, 3.0][..])
        );
        c.fill(&DMatrix::zeros(0, 2), &[], &[]);
        assert!(c.is_empty());
    }
}
