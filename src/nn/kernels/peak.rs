//! The core's FP32 peak as its arithmetic units reach it: the yardstick of
//! `nnlab bench`'s peak fractions.

use super::dispatch::{Kernel, Simd, SimdPath, dispatch};

/// Independent multiply-add chains per probe round: enough to keep two
/// fused multiply-add units busy through their 4-cycle latency.
const PROBE_CHAINS: usize = 12;

/// The work of a peak-throughput probe: `rounds` rounds of [`PROBE_CHAINS`]
/// independent multiply-adds a·x + b on the vectors of `path` (16 lanes
/// for AVX-512, else 8). Returns the FLOP done (2 per lane per
/// multiply-add) and a sum of every chain, so nothing can be skipped.
/// Timing it gives the core's FP32 peak as its arithmetic units reach it.
pub fn peak_probe(path: SimdPath, rounds: usize) -> (f64, f32) {
    dispatch(path, Probe { rounds })
}

/// [`peak_probe`] on one path.
struct Probe {
    rounds: usize,
}

impl Kernel for Probe {
    type Output = (f64, f32);

    #[inline(always)]
    fn run<S: Simd>(self, s: S) -> (f64, f32) {
        // Opaque starting values: from constants the compiler would see
        // that 1·a + b stays 1 and drop the loop.
        let (a, b, x) = std::hint::black_box((0.999_9f32, 1e-4f32, 1.0f32));
        let (a, b) = (s.splat(a), s.splat(b));
        let mut acc = [s.splat(x); PROBE_CHAINS];
        for _ in 0..self.rounds {
            for x in &mut acc {
                *x = s.mul_add(*x, a, b);
            }
        }
        let mut sum = 0.0;
        for x in acc {
            sum += s.reduce_add(x);
        }
        ((self.rounds * PROBE_CHAINS * S::LANES * 2) as f64, sum)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The probe counts 2 FLOP per lane per multiply-add on every path.
    #[test]
    fn the_peak_probe_counts_its_work() {
        for path in SimdPath::available() {
            let (flop, sum) = peak_probe(path, 10);
            let lanes = path.lanes() as f64;
            assert_eq!(flop, 10.0 * PROBE_CHAINS as f64 * lanes * 2.0, "{path:?}");
            assert!(sum.is_finite());
        }
    }
}
