//! The neuron lab: one leaky integrate-and-fire neuron (see
//! [`crate::nn::lif`]) and the three to five input neurons that drive it.
//! Each input fires spikes that travel along its axon for [`TRAVEL_MS`]
//! and reach a synapse on the neuron's dendrites, excitatory or
//! inhibitory; there each spike adds a short current pulse. Inputs fire at
//! random at a rate (`Drive::Rates`), at chosen moments of a repeating trial
//! (`Drive::Coincidence`, beside a McCulloch–Pitts reading of the same
//! trial), or by hand. An optional Hebbian switch strengthens the
//! excitatory synapses whose spikes arrived just before the neuron fired.
//!
//! The clock runs in model milliseconds, [`NeuronLab::speed`] of them per
//! second of the window's time (slow motion down to 1 ms per second).
//! V is in mV above rest (V_rest = V_reset = 0, R = 1 MΩ, I in nA).

mod edit;
mod logic;
mod sim;
#[cfg(test)]
mod tests;

use std::collections::VecDeque;
use std::ops::RangeInclusive;

use rand::SeedableRng;
use rand::rngs::StdRng;

pub use logic::{McCullochPitts, RuleComparison, Verdict};
use sim::Pulse;
pub use sim::{Arrival, HebbUpdate, Travel, TrialOutcome};

use crate::nn::lif::{Lif, LifParams, Membrane};

/// Fewest input neurons.
pub const MIN_INPUTS: usize = 3;
/// Most input neurons.
pub const MAX_INPUTS: usize = 5;
/// How long a spike takes along an input's axon to its synapse (ms).
pub const TRAVEL_MS: f64 = 4.0;
/// How long the current pulse of one arriving spike lasts (ms).
pub const PULSE_MS: f64 = 1.0;
/// The membrane trace's sample spacing (ms).
pub const SAMPLE_MS: f64 = 0.1;
/// How much of the past the trace and spike lists keep (ms).
pub const KEEP_MS: f64 = 200.0;
/// One coincidence trial: inputs fire at their moments, then quiet (ms).
pub const TRIAL_MS: f64 = 80.0;
/// Latest moment of a trial an input may be set to fire at (ms).
pub const MAX_FIRE_AT_MS: f64 = 50.0;
/// Arrivals this long before an output spike count as its causes: for
/// Hebb's rule, and for telling a spike by coincidence (ms).
pub const RECENT_MS: f64 = 10.0;
/// Most model time one frame advances (ms): with at most one sample per
/// [`SAMPLE_MS`], one emission per input per 1/[`RATE_RANGE`]'s top and one
/// output spike per refractory period, a frame's work is bounded (a few
/// thousand events) whatever the pause before it.
pub const MAX_TICK_MS: f64 = 100.0;
/// Model milliseconds per second of the window: slow motion to real time.
pub const SPEED_RANGE: RangeInclusive<f64> = 1.0..=1000.0;
/// τ (ms).
pub const TAU_RANGE: RangeInclusive<f64> = 1.0..=100.0;
/// θ (mV above rest).
pub const THRESHOLD_RANGE: RangeInclusive<f64> = 1.0..=40.0;
/// t_ref (ms): never 0 here, so output spikes are at most one per 0.5 ms.
pub const REFRACTORY_RANGE: RangeInclusive<f64> = 0.5..=10.0;
/// A synapse's strength: how many mV one spike lifts (or lowers) V.
pub const STRENGTH_RANGE: RangeInclusive<f64> = 0.0..=40.0;
/// An input's mean firing rate (Hz).
pub const RATE_RANGE: RangeInclusive<f64> = 0.0..=100.0;
/// The McCulloch–Pitts reading's time window (ms).
pub const WINDOW_RANGE: RangeInclusive<f64> = 0.5..=20.0;
/// Hebb's learning rate η (mV per co-firing).
pub const HEBB_RATE_RANGE: RangeInclusive<f64> = 0.1..=5.0;

/// How the inputs fire.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Drive {
    /// At random (Poisson), each at its own mean rate.
    #[default]
    Rates,
    /// At chosen moments of a trial that repeats every [`TRIAL_MS`].
    Coincidence,
}

/// What a synapse does to the membrane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SynapseKind {
    /// Lifts V (toward firing).
    Excitatory,
    /// Lowers V (away from firing).
    Inhibitory,
}

/// One input neuron and its synapse on the lab's neuron.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    /// Excitatory or inhibitory.
    pub kind: SynapseKind,
    /// How many mV one arriving spike moves V (from rest, at the end of
    /// its pulse): the pulse's current is chosen so (see `sim`).
    pub strength: f64,
    /// Mean firing rate in `Drive::Rates` (Hz).
    pub rate_hz: f64,
    /// When it fires in a coincidence trial (ms after the trial starts).
    pub fire_at_ms: f64,
    /// Whether it fires in coincidence trials.
    pub in_trial: bool,
}

impl Input {
    /// The signed strength w: + excitatory, − inhibitory.
    pub fn weight(&self) -> f64 {
        match self.kind {
            SynapseKind::Excitatory => self.strength,
            SynapseKind::Inhibitory => -self.strength,
        }
    }
}

/// The name of input `i`: A, B, C, …
pub fn input_name(i: usize) -> String {
    char::from(b'A' + (i % 26) as u8).to_string()
}

/// The lab's state: settings the learner changes, and the simulation.
#[derive(Debug)]
pub struct NeuronLab {
    inputs: Vec<Input>,
    lif: Lif,
    drive: Drive,
    /// The clock runs.
    pub running: bool,
    /// Model milliseconds per second of the window.
    pub speed: f64,
    /// Hebb's rule is on.
    pub plasticity: bool,
    /// Hebb's η: mV added to a synapse per co-firing.
    pub hebb_rate: f64,
    /// The McCulloch–Pitts reading's time window (ms).
    pub window_ms: f64,
    /// The target y of the rule comparison (should the neuron fire?).
    pub target: bool,
    now_ms: f64,
    membrane: Membrane,
    travelling: Vec<Travel>,
    pulses: Vec<Pulse>,
    next_fire_ms: Vec<f64>,
    trial_start_ms: f64,
    fired_in_trial: Vec<bool>,
    trial_spiked: bool,
    last_trial: Option<TrialOutcome>,
    /// The learner's edits of inputs and neuron so far (Hebb's not counted),
    /// and their count when the current trial began.
    edits: u64,
    trial_edits: u64,
    trace: VecDeque<[f64; 2]>,
    arrivals: VecDeque<Arrival>,
    spikes: VecDeque<f64>,
    next_sample_ms: f64,
    spike_count: u64,
    coincident_count: u64,
    last_hebb: Option<HebbUpdate>,
    rng: StdRng,
}

impl Default for NeuronLab {
    fn default() -> Self {
        let input = |kind, strength, rate_hz, fire_at_ms, in_trial| Input {
            kind,
            strength,
            rate_hz,
            fire_at_ms,
            in_trial,
        };
        use SynapseKind::{Excitatory, Inhibitory};
        // One spike lifts V by 9 mV, θ is 15 mV: one input alone never
        // fires the neuron, two arriving within about 4 ms (τ·ln 1.5) do.
        let inputs = vec![
            input(Excitatory, 9.0, 15.0, 10.0, true),
            input(Excitatory, 9.0, 15.0, 30.0, true),
            input(Excitatory, 9.0, 15.0, 10.0, false),
            input(Inhibitory, 30.0, 5.0, 10.0, false),
        ];
        let params = LifParams {
            tau_ms: 10.0,
            threshold: 15.0,
            refractory_ms: 2.0,
        };
        let mut lab = Self {
            next_fire_ms: vec![f64::INFINITY; inputs.len()],
            fired_in_trial: vec![false; inputs.len()],
            inputs,
            lif: params.check().expect("the default parameters are valid"),
            drive: Drive::Rates,
            running: true,
            speed: 25.0,
            plasticity: false,
            hebb_rate: 1.0,
            window_ms: 4.0,
            target: true,
            now_ms: 0.0,
            membrane: Membrane::default(),
            travelling: Vec::new(),
            pulses: Vec::new(),
            trial_start_ms: 0.0,
            trial_spiked: false,
            last_trial: None,
            edits: 0,
            trial_edits: 0,
            trace: VecDeque::new(),
            arrivals: VecDeque::new(),
            spikes: VecDeque::new(),
            next_sample_ms: 0.0,
            spike_count: 0,
            coincident_count: 0,
            last_hebb: None,
            rng: StdRng::seed_from_u64(1),
        };
        lab.reset();
        lab
    }
}

impl NeuronLab {
    /// The input neurons.
    pub fn inputs(&self) -> &[Input] {
        &self.inputs
    }

    /// The neuron's τ, θ and t_ref.
    pub fn params(&self) -> LifParams {
        self.lif.params()
    }

    /// How the inputs fire.
    pub fn drive(&self) -> Drive {
        self.drive
    }

    /// The model time (ms).
    pub fn now_ms(&self) -> f64 {
        self.now_ms
    }

    /// The membrane potential now (mV above rest).
    pub fn v(&self) -> f64 {
        self.membrane.v
    }

    /// Whether the neuron is refractory now.
    pub fn refractory(&self) -> bool {
        self.membrane.refractory_left_ms > 0.0
    }

    /// (t ms, V) samples of the last [`KEEP_MS`], oldest first.
    pub fn trace(&self) -> &VecDeque<[f64; 2]> {
        &self.trace
    }

    /// The neuron's spike times in the last [`KEEP_MS`].
    pub fn spikes(&self) -> &VecDeque<f64> {
        &self.spikes
    }

    /// Spikes that reached their synapses in the last [`KEEP_MS`].
    pub fn arrivals(&self) -> &VecDeque<Arrival> {
        &self.arrivals
    }

    /// Spikes on their way along the input axons.
    pub fn travelling(&self) -> &[Travel] {
        &self.travelling
    }

    /// When the current coincidence trial started (ms).
    pub fn trial_start_ms(&self) -> f64 {
        self.trial_start_ms
    }

    /// How the last finished coincidence trial went.
    pub fn last_trial(&self) -> Option<TrialOutcome> {
        self.last_trial
    }

    /// Spikes since the reset.
    pub fn spike_count(&self) -> u64 {
        self.spike_count
    }

    /// Spikes since the reset that came from two or more inputs arriving
    /// within [`RECENT_MS`], none of which fires the neuron alone.
    pub fn coincident_count(&self) -> u64 {
        self.coincident_count
    }

    /// The last change Hebb's rule made.
    pub fn last_hebb(&self) -> Option<&HebbUpdate> {
        self.last_hebb.as_ref()
    }

    /// Whether one spike of input `i` alone fires the neuron from rest:
    /// it lifts V by its strength, so exactly when strength ≥ θ.
    pub fn fires_alone(&self, i: usize) -> bool {
        self.inputs
            .get(i)
            .is_some_and(|x| x.kind == SynapseKind::Excitatory && x.strength >= self.lif.params().threshold)
    }
}
