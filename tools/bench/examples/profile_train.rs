//! Runs benchmark workload (1) for a few seconds, for profilers:
//! `profile_train [wide|adam|grid] [epochs]`.

use std::time::Duration;

use nnlab::bench::{TrainWorkload, train_rate};
use nnlab::nn::SimdPath;

fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    // NNLAB_SIMD=sse2|avx2|avx512 forces a path (for A/B runs).
    let path = std::env::var("NNLAB_SIMD")
        .ok()
        .and_then(|name| SimdPath::ALL.into_iter().find(|p| p.name() == name))
        .unwrap_or_else(SimdPath::detect);
    if which == "grid" {
        let n: usize = std::env::args().nth(2).and_then(|e| e.parse().ok()).unwrap_or(51);
        println!(
            "grid 256² on {}: {:.3} ms",
            path.name(),
            nnlab::bench::grid_ms(256, n, path)
        );
        return;
    }
    let mut t = TrainWorkload::from_arg(&which).trainer();
    t.set_simd_path(path);
    // A fixed amount of work (for instruction counts under callgrind) or a
    // fixed time (for perf).
    if let Some(epochs) = std::env::args().nth(2).and_then(|e| e.parse().ok()) {
        t.train_epochs(epochs).expect("training");
        println!("{} samples", t.samples_seen());
    } else {
        let rate = train_rate(&mut t, Duration::from_secs(3));
        println!("{:.2} M samples/s", rate / 1e6);
    }
}
