//! What the labs cost the window per frame. The perceptron lab, the
//! comparison lab and the neuron lab's clock run on the UI thread (a bounded exception to the rule
//! that the window does no model work, see `src/app/labs/mod.rs`); this
//! measures the worst frame each can ask for: the largest tick a frame can
//! run (the step cap after a long pause) on the largest lab data (iris),
//! plus the comparison lab's probability image, and the neuron lab's
//! busiest capped tick.
//!
//! `cargo run --release -p nnlab-bench --example lab_cost`

use std::time::Instant;

use nnlab::labs::compare::CompareLab;
use nnlab::labs::data::LabData;
use nnlab::labs::neuron::NeuronLab;
use nnlab::labs::perceptron_lab::PerceptronLab;
use nnlab::nn::lif::LifParams;

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
    // The neuron lab at its busiest: five inputs at 100 Hz and 40 mV each,
    // θ = 1 mV and t_ref = 0.5 ms (an output spike every 0.5 ms), Hebb on,
    // real time after a long pause: the capped 100 model ms.
    let mut events = 0;
    let ms = worst_ms(50, || {
        let mut lab = NeuronLab::default();
        (0..5).for_each(|_| lab.add_input());
        for i in 0..lab.inputs().len() {
            lab.edit_input(i, |x| {
                x.rate_hz = 100.0;
                x.strength = 40.0;
            });
        }
        lab.set_params(LifParams {
            tau_ms: 100.0,
            threshold: 1.0,
            refractory_ms: 0.5,
        });
        lab.plasticity = true;
        lab.speed = 1000.0;
        lab.tick(10.0);
        events = lab.trace().len() + lab.arrivals().len() + lab.spikes().len();
        std::hint::black_box(&lab);
    });
    println!(
        "neuron lab, 5 inputs at 100 Hz, one capped tick ({events} samples, arrivals and spikes): worst {ms:.3} ms"
    );
}
