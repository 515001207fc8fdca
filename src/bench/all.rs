//! `nnlab bench`'s whole run: every workload, the chosen path against
//! SSE2 turn by turn, and the shares of the core's peak.

use std::time::Duration;

use super::{
    BenchReport, TRAIN_8X8, TRAIN_8X8_ADAM, TRAIN_WIDE, core_peak_flops, core_peak_flops_on, csv_ms, csv_text, grid_ms,
    live, median, train_flop_per_sample, train_rate,
};
use crate::nn::SimdPath;

/// Runs every workload; `quick` shortens the timings (for tests).
/// (1) and (4) run on the SSE2 path too, run for run in turn with the
/// chosen path, so the two see the same machine.
pub fn run_all(quick: bool, mut progress: impl FnMut(&str, f64, &str)) -> BenchReport {
    let t = if quick {
        Duration::from_millis(100)
    } else {
        Duration::from_millis(700)
    };
    let runs = if quick { 1 } else { 5 };
    let path = SimdPath::detect();
    let mut r = BenchReport {
        simd: path.name().to_string(),
        ..BenchReport::default()
    };
    // Each (1) and (3) run is paired with a peak measurement right after
    // it, and the shares are the medians of the pairs' ratios: on a
    // shared machine the core a run gets drifts within seconds.
    let probe = if quick {
        Duration::from_millis(30)
    } else {
        Duration::from_millis(150)
    };
    let flop = train_flop_per_sample(&[2, 8, 8, 1]);
    let (mut chosen, mut sse2, mut peaks, mut shares) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let rate = train_rate(&mut TRAIN_8X8.trainer(), t);
        let peak = core_peak_flops(probe);
        chosen.push(rate);
        peaks.push(peak);
        shares.push(rate * flop / peak);
        let mut baseline = TRAIN_8X8.trainer();
        baseline.set_simd_path(SimdPath::Sse2);
        sse2.push(train_rate(&mut baseline, t));
    }
    r.train_8x8_samples_per_sec = median(chosen.into_iter());
    r.train_8x8_sse2_samples_per_sec = median(sse2.into_iter());
    r.train_8x8_speedup_vs_sse2 = r.train_8x8_samples_per_sec / r.train_8x8_sse2_samples_per_sec;
    progress(TRAIN_8X8.label, r.train_8x8_samples_per_sec, "samples/s");
    progress("(1) the same on SSE2", r.train_8x8_sse2_samples_per_sec, "samples/s");
    r.core_peak_gflops = median(peaks.into_iter()) / 1e9;
    r.peak_fraction = median(shares.into_iter());
    progress("one core's FP32 peak (measured)", r.core_peak_gflops, "GFLOP/s");
    progress("(1) share of that peak", r.peak_fraction, "");
    r.train_8x8_adam_b64_samples_per_sec = median((0..runs).map(|_| train_rate(&mut TRAIN_8X8_ADAM.trainer(), t)));
    progress(TRAIN_8X8_ADAM.label, r.train_8x8_adam_b64_samples_per_sec, "samples/s");
    let mut shape = vec![2];
    shape.extend(TRAIN_WIDE.widths);
    shape.push(TRAIN_WIDE.classes);
    let flop = train_flop_per_sample(&shape);
    let (mut rates, mut shares) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let rate = train_rate(&mut TRAIN_WIDE.trainer(), t);
        rates.push(rate);
        shares.push(rate * flop / core_peak_flops(probe));
    }
    r.train_wide_samples_per_sec = median(rates.into_iter());
    r.train_wide_peak_fraction = median(shares.into_iter());
    progress(TRAIN_WIDE.label, r.train_wide_samples_per_sec, "samples/s");
    progress("(3) share of the peak", r.train_wide_peak_fraction, "");
    let repeats = if quick { 3 } else { 51 };
    let (mut chosen, mut sse2) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        chosen.push(grid_ms(256, repeats, path));
        sse2.push(grid_ms(256, repeats, SimdPath::Sse2));
    }
    r.grid256_ms = median(chosen.into_iter());
    r.grid256_sse2_ms = median(sse2.into_iter());
    r.grid256_speedup_vs_sse2 = r.grid256_sse2_ms / r.grid256_ms;
    // The peak probe on SSE2: the chosen path's peak ÷ this is what its
    // multiply-adds alone gain over SSE2's, the ceiling of (4)'s ratio on
    // this processor.
    let mut sse2 = Vec::new();
    for _ in 0..runs {
        sse2.push(core_peak_flops_on(SimdPath::Sse2, probe));
    }
    r.core_peak_sse2_gflops = median(sse2.into_iter()) / 1e9;
    progress(
        "one core's FP32 peak on SSE2 (measured)",
        r.core_peak_sse2_gflops,
        "GFLOP/s",
    );
    let (samples, fps) = live(if quick {
        Duration::from_millis(300)
    } else {
        Duration::from_secs(3)
    });
    r.live_samples_per_sec = samples;
    r.live_boundary_fps = fps;
    r.live_vs_train_8x8 = samples / r.train_8x8_samples_per_sec;
    progress("(5) live loop: training", samples, "samples/s");
    progress("(5) live loop: snapshots with 256² grid", fps, "per second");
    progress("(5) live training as a share of (1)", r.live_vs_train_8x8, "");
    let text = csv_text(if quick { 10_000 } else { 1_000_000 });
    r.csv_1m_rows_ms = csv_ms(&text, if quick { 1 } else { 5 });
    progress("(6) import a 1,000,000-row CSV", r.csv_1m_rows_ms, "ms");
    r
}
