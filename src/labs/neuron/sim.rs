//! The lab's clock: from event to event (an input fires, a spike reaches
//! its synapse, a pulse ends, a trace sample is due, a trial ends), with
//! the membrane integrated exactly in between by [`crate::nn::lif`],
//! because the input current is constant between events.
//!
//! An arriving spike of strength w adds a current pulse of PULSE_MS,
//!
//!   I = w / (R·(1 − e^(−PULSE_MS/τ))),
//!
//! the current that lifts V from rest by exactly w at the pulse's end
//! (V(d) = R·I·(1 − e^(−d/τ))): a synapse's strength reads in mV. Pulses
//! add up, so two spikes arriving together lift V by w₁ + w₂; one arriving
//! Δ ms after the other finds the first one's w₁ decayed by e^(−Δ/τ).

use super::{
    Drive, KEEP_MS, NeuronLab, PULSE_MS, RECENT_MS, SAMPLE_MS, STRENGTH_RANGE, SynapseKind, TRAVEL_MS, TRIAL_MS,
};
use crate::nn::lif::RESISTANCE;

/// A spike on its way along an input's axon.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Travel {
    /// Which input fired it.
    pub input: usize,
    /// When it left the input neuron (ms).
    pub fired_ms: f64,
}

/// A spike that reached its synapse.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Arrival {
    /// Which input.
    pub input: usize,
    /// When it arrived (ms).
    pub at_ms: f64,
}

/// A synapse's current pulse in progress.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Pulse {
    end_ms: f64,
    current: f64,
}

/// The last change Hebb's rule made.
#[derive(Clone, Debug, PartialEq)]
pub struct HebbUpdate {
    /// The output spike that caused it (ms).
    pub at_ms: f64,
    /// (input, strength before, strength after) of each synapse that grew.
    pub changes: Vec<(usize, f64, f64)>,
}

/// How a finished coincidence trial went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrialOutcome {
    /// The neuron fired at least once during it.
    pub fired: bool,
    /// The learner changed nothing while it ran (Hebb's rule may have):
    /// it shows what the settings do.
    pub whole: bool,
    /// The lab's count of the learner's edits when it ended.
    pub edits: u64,
}

impl NeuronLab {
    /// Advances the model by `dt_ms`, event by event.
    pub fn advance(&mut self, dt_ms: f64) {
        let end = self.now_ms + dt_ms.max(0.0);
        let mut fired = Vec::new();
        while self.now_ms < end {
            let next = self.next_event_ms().min(end);
            let start = self.now_ms;
            let current: f64 = self.pulses.iter().map(|p| p.current).sum();
            self.lif
                .advance(&mut self.membrane, current, next - start, |t| fired.push(start + t));
            for t in fired.drain(..) {
                self.on_spike(t);
            }
            self.now_ms = next;
            self.handle_events();
        }
    }

    /// The time of the next event (never before now).
    fn next_event_ms(&self) -> f64 {
        let arrivals = self.travelling.iter().map(|t| t.fired_ms + TRAVEL_MS);
        let pulse_ends = self.pulses.iter().map(|p| p.end_ms);
        let firings = (0..self.inputs.len()).map(|i| self.next_firing_ms(i));
        let trial_end = match self.drive {
            Drive::Coincidence => self.trial_start_ms + TRIAL_MS,
            Drive::Rates => f64::INFINITY,
        };
        arrivals
            .chain(pulse_ends)
            .chain(firings)
            .fold(self.next_sample_ms.min(trial_end), f64::min)
            .max(self.now_ms)
    }

    /// When input `i` fires next by itself (infinite: not before a reset
    /// or the next trial).
    fn next_firing_ms(&self, i: usize) -> f64 {
        match self.drive {
            Drive::Rates => self.next_fire_ms[i],
            Drive::Coincidence if self.inputs[i].in_trial && !self.fired_in_trial[i] => {
                self.trial_start_ms + self.inputs[i].fire_at_ms
            }
            Drive::Coincidence => f64::INFINITY,
        }
    }

    /// Everything due at `now_ms`.
    fn handle_events(&mut self) {
        let now = self.now_ms;
        for i in 0..self.inputs.len() {
            if self.next_firing_ms(i) <= now {
                self.travelling.push(Travel {
                    input: i,
                    fired_ms: now,
                });
                match self.drive {
                    Drive::Rates => self.next_fire_ms[i] = now + self.wait_ms(i),
                    Drive::Coincidence => self.fired_in_trial[i] = true,
                }
            }
        }
        self.pulses.retain(|p| p.end_ms > now);
        let tau = self.lif.params().tau_ms;
        let per_mv = 1.0 / (RESISTANCE * (1.0 - (-PULSE_MS / tau).exp()));
        let mut k = 0;
        while k < self.travelling.len() {
            let t = self.travelling[k];
            if t.fired_ms + TRAVEL_MS <= now {
                self.travelling.swap_remove(k);
                let w = self.inputs.get(t.input).map_or(0.0, super::Input::weight);
                self.pulses.push(Pulse {
                    end_ms: now + PULSE_MS,
                    current: w * per_mv,
                });
                self.arrivals.push_back(Arrival {
                    input: t.input,
                    at_ms: now,
                });
            } else {
                k += 1;
            }
        }
        if self.next_sample_ms <= now {
            self.record_sample();
        }
        if self.drive == Drive::Coincidence && now >= self.trial_start_ms + TRIAL_MS {
            self.last_trial = Some(TrialOutcome {
                fired: self.trial_spiked,
                whole: self.edits == self.trial_edits,
                edits: self.edits,
            });
            self.start_trial(now);
        }
        let old = now - KEEP_MS;
        while self.trace.front().is_some_and(|s| s[0] < old) {
            self.trace.pop_front();
        }
        while self.arrivals.front().is_some_and(|a| a.at_ms < old) {
            self.arrivals.pop_front();
        }
        while self.spikes.front().is_some_and(|&t| t < old) {
            self.spikes.pop_front();
        }
    }

    /// A trial starts at `now`: the neuron back at rest, nothing in flight
    /// (each trial is the same experiment, whatever the one before did).
    pub(super) fn start_trial(&mut self, now: f64) {
        self.trial_start_ms = now;
        self.trial_spiked = false;
        self.trial_edits = self.edits;
        self.fired_in_trial.iter_mut().for_each(|f| *f = false);
        if self.drive == Drive::Coincidence {
            self.membrane = Default::default();
            self.pulses.clear();
            self.travelling.clear();
        }
    }

    /// Adds a trace sample now and schedules the next.
    pub(super) fn record_sample(&mut self) {
        self.trace.push_back([self.now_ms, self.membrane.v]);
        self.next_sample_ms = self.now_ms + SAMPLE_MS;
    }

    /// The neuron fired at `t`: count it, tell whether it came by
    /// coincidence, and let Hebb's rule strengthen its recent causes.
    fn on_spike(&mut self, t: f64) {
        // The trace shows the spike as a sample at θ just before the reset.
        self.trace.push_back([t, self.lif.params().threshold]);
        self.trace.push_back([t, 0.0]);
        self.spikes.push_back(t);
        self.spike_count += 1;
        self.trial_spiked = true;
        let mut causes: Vec<usize> = (self.arrivals.iter())
            .filter(|a| a.at_ms >= t - RECENT_MS && a.at_ms <= t)
            .map(|a| a.input)
            .filter(|&i| self.inputs.get(i).is_some_and(|x| x.kind == SynapseKind::Excitatory))
            .collect();
        causes.sort_unstable();
        causes.dedup();
        if causes.len() >= 2 && causes.iter().all(|&i| !self.fires_alone(i)) {
            self.coincident_count += 1;
        }
        if self.plasticity {
            self.hebb(t, &causes);
        }
    }

    /// Hebb's rule, Δw = η·x·y: with y = 1 (the neuron fired at `t`) every
    /// excitatory synapse whose spike arrived in the RECENT_MS before it
    /// (x = 1) grows by η, up to the strength range's top; the others
    /// (x = 0) stay.
    fn hebb(&mut self, t: f64, causes: &[usize]) {
        let eta = self.hebb_rate;
        let mut changes = Vec::new();
        for &i in causes {
            let input = &mut self.inputs[i];
            let before = input.strength;
            input.strength = (before + eta).min(*STRENGTH_RANGE.end());
            changes.push((i, before, input.strength));
        }
        if !changes.is_empty() {
            self.last_hebb = Some(HebbUpdate { at_ms: t, changes });
        }
    }
}
