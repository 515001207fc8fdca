//! The three matrix products of a dense layer, written for the shapes a
//! small network has (a batch of rows × at most 64 columns) over nalgebra's
//! column-major storage. General GEMM libraries allocate packing buffers
//! on every call and are tuned for large square matrices; these loops
//! allocate nothing and keep the innermost loop a contiguous sweep down a
//! column, which the compiler vectorizes.

use nalgebra::DMatrix;

/// Rows handled per block, so a block of every column stays in L1 cache
/// while all output columns are accumulated (matters for big grids).
const ROW_BLOCK: usize = 256;

/// Z = X·W + 1·bᵀ for X `n×k`, W `k×m`, Z `n×m` (each column j starts from bias bⱼ; an empty `bias`
/// means zeros).
pub(super) fn mul_add_bias(x: &DMatrix<f32>, w: &DMatrix<f32>, bias: &[f32], z: &mut DMatrix<f32>) {
    let (n, k, m) = (x.nrows(), x.ncols(), w.ncols());
    debug_assert_eq!((w.nrows(), z.nrows(), z.ncols()), (k, n, m));
    let (xs, ws, zs) = (x.as_slice(), w.as_slice(), z.as_mut_slice());
    let mut start = 0;
    while start < n {
        let end = (start + ROW_BLOCK).min(n);
        for j in 0..m {
            let zc = &mut zs[j * n + start..j * n + end];
            zc.fill(bias.get(j).copied().unwrap_or(0.0));
            for p in 0..k {
                let coef = ws[j * k + p];
                let xc = &xs[p * n + start..p * n + end];
                for (z, x) in zc.iter_mut().zip(xc) {
                    *z += coef * x;
                }
            }
        }
        start = end;
    }
}

/// G = Xᵀ·Δ for X `n×k`, Δ `n×m`, G `k×m` (each entry a column dot product).
pub(super) fn mul_tn(x: &DMatrix<f32>, d: &DMatrix<f32>, g: &mut DMatrix<f32>) {
    let (n, k, m) = (x.nrows(), x.ncols(), d.ncols());
    debug_assert_eq!((d.nrows(), g.nrows(), g.ncols()), (n, k, m));
    let (xs, ds, gs) = (x.as_slice(), d.as_slice(), g.as_mut_slice());
    for j in 0..m {
        let dc = &ds[j * n..(j + 1) * n];
        for p in 0..k {
            gs[j * k + p] = dot(&xs[p * n..(p + 1) * n], dc);
        }
    }
}

/// Y = Δ·Wᵀ for Δ `n×m`, W `k×m`, Y `n×k`.
pub(super) fn mul_nt(d: &DMatrix<f32>, w: &DMatrix<f32>, y: &mut DMatrix<f32>) {
    let (n, m, k) = (d.nrows(), d.ncols(), w.nrows());
    debug_assert_eq!((w.ncols(), y.nrows(), y.ncols()), (m, n, k));
    let (ds, ws, ys) = (d.as_slice(), w.as_slice(), y.as_mut_slice());
    for p in 0..k {
        let yc = &mut ys[p * n..(p + 1) * n];
        yc.fill(0.0);
        for j in 0..m {
            let coef = ws[j * k + p];
            for (y, d) in yc.iter_mut().zip(&ds[j * n..(j + 1) * n]) {
                *y += coef * d;
            }
        }
    }
}

/// Σ aᵢbᵢ with eight independent partial sums, so the additions need not
/// wait on each other and map onto SIMD lanes (a single running sum would
/// force strict left-to-right order).
pub(super) fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0.0f32; 8];
    let (ac, ar) = a.split_at(a.len() - a.len() % 8);
    let (bc, br) = b.split_at(ac.len());
    for (ca, cb) in ac.chunks_exact(8).zip(bc.chunks_exact(8)) {
        for l in 0..8 {
            acc[l] += ca[l] * cb[l];
        }
    }
    let tail: f32 = ar.iter().zip(br).map(|(x, y)| x * y).sum();
    acc.iter().sum::<f32>() + tail
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(r: usize, c: usize, seed: f32) -> DMatrix<f32> {
        DMatrix::from_fn(r, c, |i, j| ((i * 7 + j * 13) as f32 * 0.37 + seed).sin())
    }

    fn close(a: &DMatrix<f32>, b: &DMatrix<f32>) {
        assert_eq!(a.shape(), b.shape());
        for (x, y) in a.iter().zip(b.iter()) {
            assert!((x - y).abs() <= 1e-5 * x.abs().max(1.0), "{x} vs {y}");
        }
    }

    #[test]
    fn products_match_nalgebra() {
        for &(n, k, mm) in &[(1, 1, 1), (10, 2, 8), (300, 8, 3), (17, 64, 5), (600, 3, 9)] {
            let (x, w, d) = (m(n, k, 0.1), m(k, mm, 0.7), m(n, mm, 1.3));
            let mut z = DMatrix::zeros(n, mm);
            mul_add_bias(&x, &w, &[], &mut z);
            close(&z, &(&x * &w));
            let mut g = DMatrix::zeros(k, mm);
            mul_tn(&x, &d, &mut g);
            close(&g, &(x.transpose() * &d));
            let mut y = DMatrix::zeros(n, k);
            mul_nt(&d, &w, &mut y);
            close(&y, &(&d * w.transpose()));
        }
    }
}
