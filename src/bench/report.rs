//! The figures of one `nnlab bench` run.

use serde::Serialize;

/// The figures `nnlab bench --json` reports (keys are a contract).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BenchReport {
    /// (1) 2-8-8-1 tanh, SGD, batch 10, 500-point spiral.
    pub train_8x8_samples_per_sec: f64,
    /// (2) the same with Adam and batch 64.
    pub train_8x8_adam_b64_samples_per_sec: f64,
    /// (3) 2-32-32-32-3 ReLU, softmax, batch 32, 3-arm spiral of 1500 points.
    pub train_wide_samples_per_sec: f64,
    /// (4) 2-8-8-1 evaluated on a 256×256 grid, milliseconds.
    pub grid256_ms: f64,
    /// (5) the app's live loop: training throughput while snapshotting.
    pub live_samples_per_sec: f64,
    /// (5) snapshots per second (each with a 256² output grid).
    pub live_boundary_fps: f64,
    /// (6) importing a 1,000,000-row CSV, milliseconds.
    pub csv_1m_rows_ms: f64,
    /// The instruction set the kernels ran on: "avx512", "avx2" or "sse2"
    /// ([`SimdPath::name`]).
    pub simd: String,
    /// (1) on the SSE2 path, measured in the same run (the yardstick of
    /// the ratio targets).
    pub train_8x8_sse2_samples_per_sec: f64,
    /// (1) ÷ (1) on SSE2.
    pub train_8x8_speedup_vs_sse2: f64,
    /// (4) on the SSE2 path, milliseconds, measured in the same run.
    pub grid256_sse2_ms: f64,
    /// (4) on SSE2 ÷ (4): how many times faster the chosen path is.
    pub grid256_speedup_vs_sse2: f64,
    /// One core's FP32 peak as measured by [`core_peak_flops`], GFLOP/s.
    pub core_peak_gflops: f64,
    /// The same probe on the SSE2 path, GFLOP/s: `core_peak_gflops` ÷
    /// this is as much as the chosen path can gain over SSE2 on pure
    /// multiply-adds (about 2.6 on a Zen 3 core, which runs SSE2's
    /// multiplies and adds on separate pipes).
    pub core_peak_sse2_gflops: f64,
    /// (1)'s share of that peak: samples/s × [`train_flop_per_sample`] ÷
    /// the peak.
    pub peak_fraction: f64,
    /// (3)'s share of the same peak, its FLOP counted the same way.
    pub train_wide_peak_fraction: f64,
    /// (5)'s training samples/s ÷ (1)'s: what the live loop keeps of the
    /// bare training rate while it sends snapshots.
    pub live_vs_train_8x8: f64,
}
