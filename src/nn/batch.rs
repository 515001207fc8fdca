//! Copying rows of a dataset matrix into a buffer.

use nalgebra::DMatrix;

/// Copies the contiguous rows `start..start + dst.nrows()` of `src` into `dst`.
pub fn copy_row_range(src: &DMatrix<f32>, start: usize, dst: &mut DMatrix<f32>) {
    let n = dst.nrows();
    for c in 0..src.ncols() {
        dst.column_mut(c).copy_from(&src.column(c).rows(start, n));
    }
}
