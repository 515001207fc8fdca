//! Runs benchmark workload (1) for a few seconds, for profilers.

use std::time::Duration;

use nnlab::bench::{TrainWorkload, train_rate};

fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    if which == "grid" {
        let n: usize = std::env::args().nth(2).and_then(|e| e.parse().ok()).unwrap_or(51);
        println!("grid 256²: {:.3} ms", nnlab::bench::grid_ms(256, n));
        return;
    }
    let mut t = TrainWorkload::from_arg(&which).trainer();
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
