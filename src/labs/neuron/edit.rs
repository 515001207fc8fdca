//! What the learner changes: the neuron's τ, θ and t_ref, how the inputs
//! fire, each input, firing one by hand, the clock; every value kept within
//! its slider's range, so the simulation only ever sees valid ones.

use std::ops::RangeInclusive;

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::{
    Drive, Input, MAX_FIRE_AT_MS, MAX_INPUTS, MAX_TICK_MS, MIN_INPUTS, NeuronLab, RATE_RANGE, REFRACTORY_RANGE,
    STRENGTH_RANGE, SynapseKind, TAU_RANGE, THRESHOLD_RANGE, Travel,
};
use crate::nn::lif::{LifParams, Membrane};

impl NeuronLab {
    /// A fresh lab driven by `drive`, every setting at its default.
    pub fn with_drive(drive: Drive) -> Self {
        let mut lab = Self::default();
        lab.set_drive(drive);
        lab
    }

    /// Sets τ, θ and t_ref, each kept within its range (the slider's).
    pub fn set_params(&mut self, p: LifParams) {
        let clamped = LifParams {
            tau_ms: clamp(p.tau_ms, &TAU_RANGE),
            threshold: clamp(p.threshold, &THRESHOLD_RANGE),
            refractory_ms: clamp(p.refractory_ms, &REFRACTORY_RANGE),
        };
        if let Ok(lif) = clamped.check() {
            self.lif = lif;
            self.edited();
        }
    }

    /// Switches how the inputs fire and starts the clock afresh.
    pub fn set_drive(&mut self, drive: Drive) {
        self.drive = drive;
        self.reset();
    }

    /// Changes input `i` (its values kept within their ranges); a new rate
    /// takes effect from now.
    pub fn edit_input(&mut self, i: usize, edit: impl FnOnce(&mut Input)) {
        if i >= self.inputs.len() {
            return;
        }
        self.edited();
        let input = &mut self.inputs[i];
        let rate = input.rate_hz;
        edit(input);
        input.strength = clamp(input.strength, &STRENGTH_RANGE);
        input.rate_hz = clamp(input.rate_hz, &RATE_RANGE);
        input.fire_at_ms = clamp(input.fire_at_ms, &(0.0..=MAX_FIRE_AT_MS));
        if input.rate_hz != rate {
            self.next_fire_ms[i] = self.now_ms + self.wait_ms(i);
        }
    }

    /// Adds an excitatory input (up to [`MAX_INPUTS`]).
    pub fn add_input(&mut self) {
        if self.inputs.len() < MAX_INPUTS {
            self.edited();
            self.inputs.push(Input {
                kind: SynapseKind::Excitatory,
                strength: 9.0,
                rate_hz: 15.0,
                fire_at_ms: 20.0,
                in_trial: false,
            });
            self.next_fire_ms.push(f64::INFINITY);
            self.fired_in_trial.push(true);
            let i = self.inputs.len() - 1;
            self.next_fire_ms[i] = self.now_ms + self.wait_ms(i);
        }
    }

    /// Removes the last input (down to [`MIN_INPUTS`]), and its spikes.
    pub fn remove_input(&mut self) {
        if self.inputs.len() > MIN_INPUTS {
            self.edited();
            let last = self.inputs.len() - 1;
            self.inputs.pop();
            self.next_fire_ms.pop();
            self.fired_in_trial.pop();
            self.travelling.retain(|t| t.input != last);
            self.arrivals.retain(|a| a.input != last);
        }
    }

    /// Counts a learner's edit; one made as a trial begins, before any of
    /// it has run, leaves that trial whole.
    fn edited(&mut self) {
        self.edits += 1;
        if self.now_ms <= self.trial_start_ms {
            self.trial_edits = self.edits;
        }
    }

    /// Input `i` fires now, by hand.
    pub fn fire(&mut self, i: usize) {
        if i < self.inputs.len() {
            self.travelling.push(Travel {
                input: i,
                fired_ms: self.now_ms,
            });
        }
    }

    /// Starts the clock afresh: the neuron at rest, no spikes anywhere,
    /// the counts at 0; the settings stay.
    pub fn reset(&mut self) {
        self.now_ms = 0.0;
        self.membrane = Membrane::default();
        self.travelling.clear();
        self.pulses.clear();
        self.trace.clear();
        self.arrivals.clear();
        self.spikes.clear();
        self.next_sample_ms = 0.0;
        self.spike_count = 0;
        self.coincident_count = 0;
        self.last_hebb = None;
        self.last_trial = None;
        self.rng = StdRng::seed_from_u64(1);
        self.start_trial(0.0);
        self.next_fire_ms = (0..self.inputs.len()).map(|i| self.wait_ms(i)).collect();
        self.record_sample();
    }

    /// Advances the clock by `dt` seconds of the window's time when
    /// running: `speed · dt` model milliseconds, at most [`MAX_TICK_MS`].
    pub fn tick(&mut self, dt: f64) {
        if self.running && dt > 0.0 {
            self.advance((self.speed * dt).min(MAX_TICK_MS));
        }
    }

    /// Milliseconds until input `i`'s next random spike (Poisson: an
    /// exponential wait of mean 1000/rate ms; never at rate 0).
    pub(super) fn wait_ms(&mut self, i: usize) -> f64 {
        let rate = self.inputs.get(i).map_or(0.0, |x| x.rate_hz);
        if rate <= 0.0 {
            return f64::INFINITY;
        }
        let u: f64 = rand::RngExt::random(&mut self.rng);
        -(1.0 - u).ln() * 1000.0 / rate
    }
}

/// `v` within `range` (NaN: its start).
fn clamp(v: f64, range: &RangeInclusive<f64>) -> f64 {
    if v.is_nan() {
        *range.start()
    } else {
        v.clamp(*range.start(), *range.end())
    }
}
