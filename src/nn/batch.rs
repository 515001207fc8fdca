//! Gathering rows of a dataset matrix into a mini-batch buffer.

use nalgebra::DMatrix;

/// Copies rows `rows` of `src` into the first rows of `dst` (same column
/// count), and the matching `targets` into `dst_targets`. Works column by
/// column because nalgebra stores columns contiguously.
pub fn gather_rows(
    src: &DMatrix<f32>,
    targets: &[f32],
    rows: &[usize],
    dst: &mut DMatrix<f32>,
    dst_targets: &mut [f32],
) {
    for c in 0..src.ncols() {
        let from = src.column(c);
        let mut to = dst.column_mut(c);
        for (r, &i) in rows.iter().enumerate() {
            to[r] = from[i];
        }
    }
    for (t, &i) in dst_targets.iter_mut().zip(rows) {
        *t = targets[i];
    }
}

/// Copies the contiguous rows `start..start + dst.nrows()` of `src` into `dst`.
pub fn copy_row_range(src: &DMatrix<f32>, start: usize, dst: &mut DMatrix<f32>) {
    let n = dst.nrows();
    for c in 0..src.ncols() {
        dst.column_mut(c).copy_from(&src.column(c).rows(start, n));
    }
}
