//! The leaky integrate-and-fire (LIF) neuron: the simplest model of a
//! biological neuron that fires. Its membrane potential V leaks back toward
//! rest and integrates the current that flows in:
//!
//!   τ·dV/dt = −(V − V_rest) + R·I(t)
//!
//! When V reaches the threshold θ the neuron fires a spike (an action
//! potential), V is reset to V_reset, and it stays there for the
//! refractory period t_ref. Here V_rest = V_reset = 0 and R = 1: V is
//! measured from rest (mV above rest for a current in nA through 1 MΩ).
//!
//! Why exact integration: between events the current is constant, and
//! then the equation has a closed-form solution,
//!
//!   V(t) = V∞ + (V₀ − V∞)·e^(−t/τ),   V∞ = V_rest + R·I,
//!
//! which reaches θ (only when V∞ > θ) after
//!
//!   t* = τ·ln((V∞ − V₀)/(V∞ − θ)).
//!
//! So [`Lif::advance`] goes from event to event with no step error: under
//! a constant current I > θ from rest the spikes fall at τ·ln(I/(I − θ)),
//! then every τ·ln(I/(I − θ)) + t_ref, to rounding (a fixed-step Euler
//! scheme would be off by up to a step at every spike, and the error
//! would pile up over a train of them).

/// The resting potential (and the scale's zero).
pub const V_REST: f64 = 0.0;
/// Where V goes after a spike.
pub const V_RESET: f64 = 0.0;
/// The membrane resistance R.
pub const RESISTANCE: f64 = 1.0;
/// The longest simulation [`constant_current_spikes`] runs: 10 s.
pub const MAX_DURATION_MS: f64 = 10_000.0;
/// How close to θ (relative) counts as reaching it: far below any
/// difference a learner or the 0.05 ms contract can see, far above the
/// rounding of a few exact steps.
pub const REACHED: f64 = 1e-12;
/// The most spikes [`constant_current_spikes`] lists (10 s at 10 kHz):
/// a current that fires more often is refused rather than listed.
pub const MAX_SPIKES: usize = 100_000;

/// Which value of a simulation a [`LifError`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LifValue {
    /// The input current I.
    Current,
    /// The membrane time constant τ (ms).
    Tau,
    /// The threshold θ.
    Threshold,
    /// The refractory period t_ref (ms).
    Refractory,
    /// How long to simulate (ms).
    Duration,
}

/// Why a simulation cannot run as asked. Put into words by `crate::i18n`.
#[derive(Clone, Copy, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum LifError {
    /// A value is NaN or infinite.
    NotFinite {
        /// Which value.
        what: LifValue,
        /// The value given.
        value: f64,
    },
    /// τ ≤ 0: the membrane would not leak but blow up.
    TauNotPositive {
        /// The value given (ms).
        value: f64,
    },
    /// θ ≤ V_rest = V_reset: the neuron would fire again at every reset.
    ThresholdNotAboveRest {
        /// The value given.
        value: f64,
    },
    /// A negative refractory period.
    NegativeRefractory {
        /// The value given (ms).
        value: f64,
    },
    /// A duration below 0 or above [`MAX_DURATION_MS`].
    DurationOutOfRange {
        /// The value given (ms).
        value: f64,
        /// The longest allowed (ms).
        limit_ms: f64,
    },
    /// The current fires the neuron more than [`MAX_SPIKES`] times in the
    /// duration (or without pause: t_ref = 0 and a huge current).
    TooManySpikes {
        /// The current given.
        current: f64,
        /// The most spikes listed.
        limit: usize,
    },
}

impl LifError {
    /// The value the error is about, and which one it is.
    pub fn value(&self) -> (LifValue, f64) {
        match *self {
            LifError::NotFinite { what, value } => (what, value),
            LifError::TauNotPositive { value } => (LifValue::Tau, value),
            LifError::ThresholdNotAboveRest { value } => (LifValue::Threshold, value),
            LifError::NegativeRefractory { value } => (LifValue::Refractory, value),
            LifError::DurationOutOfRange { value, .. } => (LifValue::Duration, value),
            LifError::TooManySpikes { current, .. } => (LifValue::Current, current),
        }
    }
}

/// The model's parameters as given; [`LifParams::check`] turns them into
/// a [`Lif`] that only holds valid ones.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LifParams {
    /// Membrane time constant τ (ms), above 0.
    pub tau_ms: f64,
    /// Threshold θ, above V_rest = 0.
    pub threshold: f64,
    /// Refractory period t_ref (ms), 0 or more.
    pub refractory_ms: f64,
}

impl LifParams {
    /// Checks every value once, at the edge.
    pub fn check(self) -> Result<Lif, LifError> {
        finite(LifValue::Tau, self.tau_ms)?;
        finite(LifValue::Threshold, self.threshold)?;
        finite(LifValue::Refractory, self.refractory_ms)?;
        if self.tau_ms <= 0.0 {
            return Err(LifError::TauNotPositive { value: self.tau_ms });
        }
        if self.threshold <= V_REST {
            return Err(LifError::ThresholdNotAboveRest { value: self.threshold });
        }
        if self.refractory_ms < 0.0 {
            return Err(LifError::NegativeRefractory {
                value: self.refractory_ms,
            });
        }
        Ok(Lif { p: self })
    }
}

/// `value`, if it is a finite number.
fn finite(what: LifValue, value: f64) -> Result<f64, LifError> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(LifError::NotFinite { what, value })
    }
}

/// A LIF neuron with checked parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lif {
    p: LifParams,
}

/// The neuron's state: its potential, and how long it stays refractory.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Membrane {
    /// Membrane potential V (from rest).
    pub v: f64,
    /// Time left in the refractory period (ms); V is held at V_reset.
    pub refractory_left_ms: f64,
}

impl Lif {
    /// The parameters.
    pub fn params(&self) -> LifParams {
        self.p
    }

    /// V after `t_ms` under a constant `current` from `v0`, ignoring the
    /// threshold: V∞ + (v0 − V∞)·e^(−t/τ).
    pub fn relax(&self, v0: f64, current: f64, t_ms: f64) -> f64 {
        let v_inf = V_REST + RESISTANCE * current;
        v_inf + (v0 - v_inf) * (-t_ms / self.p.tau_ms).exp()
    }

    /// How long V takes from `v0` to θ under a constant `current`:
    /// τ·ln((V∞ − v0)/(V∞ − θ)), written τ·ln(1 + (θ − v0)/(V∞ − θ)) to
    /// keep its digits for large currents; `None` when V∞ ≤ θ (V only
    /// approaches V∞ and never gets there). A `v0` within [`REACHED`] of
    /// θ has reached it: V that lands exactly on θ at the end of an
    /// interval (one pulse of strength θ) fires whatever the rounding.
    pub fn time_to_threshold(&self, v0: f64, current: f64) -> Option<f64> {
        let theta = self.p.threshold;
        if v0 >= theta - REACHED * theta {
            return Some(0.0);
        }
        let v_inf = V_REST + RESISTANCE * current;
        (v_inf > theta).then(|| self.p.tau_ms * ((theta - v0) / (v_inf - theta)).ln_1p())
    }

    /// Advances `m` by `dt_ms` under a constant `current`, exactly: calls
    /// `on_spike(t)` with the time of each spike after the start (0 < t ≤
    /// dt), resets V and holds it there for t_ref after each one. Callers
    /// keep currents finite; a current so large that spikes no longer move
    /// the clock forward (t_ref = 0) ends the interval at the threshold
    /// rather than loop.
    pub fn advance(&self, m: &mut Membrane, current: f64, dt_ms: f64, mut on_spike: impl FnMut(f64)) {
        let mut t = 0.0;
        loop {
            if m.refractory_left_ms > 0.0 {
                let held = m.refractory_left_ms.min(dt_ms - t);
                m.refractory_left_ms -= held;
                t += held;
                m.v = V_RESET;
                if m.refractory_left_ms > 0.0 {
                    return;
                }
            }
            let left = dt_ms - t;
            match self.time_to_threshold(m.v, current) {
                Some(hit) if hit <= left => {
                    let at = t + hit;
                    if at <= t && self.p.refractory_ms == 0.0 {
                        m.v = self.p.threshold;
                        return;
                    }
                    t = at;
                    on_spike(t);
                    m.v = V_RESET;
                    m.refractory_left_ms = self.p.refractory_ms;
                }
                _ => {
                    m.v = self.relax(m.v, current, left.max(0.0));
                    return;
                }
            }
        }
    }
}

/// The spike times (ms) of a neuron starting at rest under a constant
/// `current` for `duration_ms` (0 to [`MAX_DURATION_MS`]): the `nnlab
/// neuron` command. None when I ≤ θ (V∞ never reaches θ).
pub fn constant_current_spikes(lif: &Lif, current: f64, duration_ms: f64) -> Result<Vec<f64>, LifError> {
    finite(LifValue::Current, current)?;
    finite(LifValue::Duration, duration_ms)?;
    if !(0.0..=MAX_DURATION_MS).contains(&duration_ms) {
        return Err(LifError::DurationOutOfRange {
            value: duration_ms,
            limit_ms: MAX_DURATION_MS,
        });
    }
    if let Some(to_threshold) = lif.time_to_threshold(V_RESET, current) {
        // Spikes come every τ·ln(I/(I − θ)) + t_ref: count them first.
        let period = to_threshold + lif.p.refractory_ms;
        if period <= 0.0 || duration_ms / period >= MAX_SPIKES as f64 {
            return Err(LifError::TooManySpikes {
                current,
                limit: MAX_SPIKES,
            });
        }
    }
    let mut spikes = Vec::new();
    let mut m = Membrane::default();
    lif.advance(&mut m, current, duration_ms, |t| spikes.push(t));
    Ok(spikes)
}

#[cfg(test)]
#[path = "lif_tests.rs"]
mod tests;
