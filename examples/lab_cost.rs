//! What the labs cost the window per frame. The perceptron lab and the
//! comparison lab train on the UI thread (a bounded exception to the rule
//! that the window does no model work, see `src/app/labs/mod.rs`); this
//! measures the worst frame each can ask for: the largest tick a frame can
//! run (the step cap after a long pause) on the largest lab data (iris),
//! plus the comparison lab's probability image.
//!
//! `cargo run --release --example lab_cost`

use std::time::Instant;

use nnlab::labs::compare::CompareLab;
use nnlab::labs::data::LabData;
use nnlab::labs::perceptron_lab::PerceptronLab;

/// Runs `f` `n` times and returns the slowest run in milliseconds.
fn worst_ms(n: usize, mut f: impl FnMut()) -> f64 {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .fold(0.0, f64::max)
}

fn main() {
    for choice in [LabData::IrisSetosa, LabData::IrisSpecies] {
        let ms = worst_ms(50, || {
            let mut lab = PerceptronLab::new(choice);
            lab.running = true;
            lab.pace.speed = 1e9;
            // A long pause: the tick runs its cap of steps.
            std::hint::black_box(lab.tick(10.0));
        });
        println!("perceptron lab, {choice:?}, one capped tick: worst {ms:.3} ms");
    }
    let ms = worst_ms(50, || {
        let mut lab = CompareLab::new(LabData::IrisSetosa);
        lab.running = true;
        lab.pace.speed = 1e9;
        std::hint::black_box(lab.tick(10.0));
        if let Some(m) = lab.logistic() {
            std::hint::black_box(m.grid([-10.0, 10.0], [-10.0, 10.0], 192, 192));
        }
    });
    println!("comparison lab, iris setosa, one capped tick + 192² probability grid: worst {ms:.3} ms");
}
