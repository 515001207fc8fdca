//! What (1) would reach at the machine's limit: the FLOP a training sample
//! takes, and one core's FP32 peak, measured.

use std::time::{Duration, Instant};

use crate::nn::{SimdPath, peak_probe};

/// FLOP per training sample of a network with layer widths `shape`
/// (inputs first): the multiply-adds of the three products, 2 FLOP each,
/// z = x·W (forward), ∂W = xᵀ·δ, and δ·Wᵀ for every layer but the first.
/// Activations, the loss and the optimizer are left out (for (1) they
/// would add about a quarter, mostly the rational tanh).
/// [2, 8, 8, 1]: 2·88 + 2·88 + 2·72 = 496.
pub fn train_flop_per_sample(shape: &[usize]) -> f64 {
    let products: Vec<f64> = shape.windows(2).map(|w| (w[0] * w[1]) as f64).collect();
    let all: f64 = products.iter().sum();
    let back: f64 = products.iter().skip(1).sum();
    2.0 * (2.0 * all + back)
}

/// One core's FP32 peak in FLOP/s, measured: independent multiply-add
/// chains on the widest vectors the processor has ([`peak_probe`]) for
/// about `time`, the best of three tries.
pub fn core_peak_flops(time: Duration) -> f64 {
    core_peak_flops_on(SimdPath::detect(), time)
}

/// [`core_peak_flops`] on `path`: on SSE2, the most its separate multiply
/// and add reach, the yardstick for what a wider path can gain over it.
pub fn core_peak_flops_on(path: SimdPath, time: Duration) -> f64 {
    let (mut rounds, mut best) = (1usize << 12, 0.0f64);
    for _ in 0..3 {
        loop {
            let start = Instant::now();
            let (flop, sum) = peak_probe(path, rounds);
            std::hint::black_box(sum);
            let secs = start.elapsed().as_secs_f64();
            if secs >= time.as_secs_f64() / 3.0 || rounds as u64 >= 1 << 40 {
                best = best.max(flop / secs);
                break;
            }
            rounds *= 2;
        }
    }
    best
}
