//! From spikes to a logic neuron: the coincidence trial read as a
//! McCulloch–Pitts neuron, and Hebb's rule beside the perceptron rule on
//! the same trial.
//!
//! The reading: input i is active (xᵢ = 1) when it fires in the trial
//! within the time window that starts with the first input to fire. Spikes
//! that arrive together add up (w₁ + w₂ + …, see `sim`), so k excitatory
//! inputs together fire the neuron when their strengths reach θ; the MP
//! neuron's threshold is the smallest k for which *any* k of them do, and
//! an active inhibitory input is a veto. Two excitatory inputs with k = 2
//! make AND, with k = 1 OR: the gates of the logic lab.

use super::{NeuronLab, SynapseKind};

/// The coincidence trial as a McCulloch–Pitts neuron.
#[derive(Clone, Debug, PartialEq)]
pub struct McCullochPitts {
    /// xᵢ: input i fires in the trial, within the window.
    pub active: Vec<bool>,
    /// Which inputs are excitatory lines (the others are inhibitory).
    pub excitatory: Vec<bool>,
    /// The threshold: how many excitatory inputs must be active together
    /// (`None`: not even all of them reach θ).
    pub needed: Option<usize>,
    /// The excitatory inputs that take part in the trial.
    pub taking_part: usize,
    /// Every excitatory strength is the same (then each line counts 1 and
    /// the reading is exact for inputs that arrive together).
    pub equal_strengths: bool,
    /// An active inhibitory input vetoes.
    pub vetoed: bool,
    /// The MP neuron's output: no veto and at least `needed` active
    /// excitatory inputs.
    pub output: bool,
}

impl McCullochPitts {
    /// Active excitatory inputs.
    pub fn active_excitatory(&self) -> usize {
        (self.active.iter().zip(&self.excitatory))
            .filter(|&(&a, &e)| a && e)
            .count()
    }
}

/// The last trial's LIF neuron beside the McCulloch–Pitts reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Both fired, or neither.
    Agree,
    /// One fired and the other did not.
    Differ,
    /// The learner changed the inputs or the neuron during the last trial
    /// or since: it says nothing about the settings now (the next will).
    Stale,
}

/// What Hebb's rule and the perceptron rule would change after the last
/// trial, input by input.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleComparison {
    /// xᵢ of the MP reading.
    pub x: Vec<f64>,
    /// ŷ: the neuron fired in the trial.
    pub fired: bool,
    /// y: the target the learner set.
    pub target: bool,
    /// Hebb: Δwᵢ = η·xᵢ·ŷ (excitatory synapses; the others 0).
    pub hebb: Vec<f64>,
    /// Perceptron: Δwᵢ = η·(y − ŷ)·xᵢ.
    pub perceptron: Vec<f64>,
}

impl NeuronLab {
    /// The coincidence trial's settings read as a McCulloch–Pitts neuron.
    pub fn mcculloch_pitts(&self) -> McCullochPitts {
        let theta = self.lif.params().threshold;
        let first = (self.inputs.iter())
            .filter(|x| x.in_trial)
            .map(|x| x.fire_at_ms)
            .fold(f64::INFINITY, f64::min);
        let active: Vec<bool> = (self.inputs.iter())
            .map(|x| x.in_trial && x.fire_at_ms <= first + self.window_ms)
            .collect();
        let excitatory: Vec<bool> = (self.inputs.iter())
            .map(|x| x.kind == SynapseKind::Excitatory)
            .collect();
        let mut strengths: Vec<f64> = (self.inputs.iter())
            .filter(|x| x.kind == SynapseKind::Excitatory && x.in_trial)
            .map(|x| x.strength)
            .collect();
        strengths.sort_by(f64::total_cmp);
        // The k weakest together reach θ: then any k do.
        let mut sum = 0.0;
        let needed = strengths.iter().position(|w| {
            sum += w;
            sum >= theta
        });
        let needed = needed.map(|p| p + 1);
        let vetoed = active.iter().zip(&excitatory).any(|(&a, &e)| a && !e);
        let on = (active.iter().zip(&excitatory)).filter(|&(&a, &e)| a && e).count();
        McCullochPitts {
            equal_strengths: strengths.windows(2).all(|p| p[0] == p[1]),
            taking_part: strengths.len(),
            output: !vetoed && needed.is_some_and(|k| on >= k),
            active,
            excitatory,
            needed,
            vetoed,
        }
    }

    /// Whether the last finished trial's LIF neuron did what the reading
    /// of the settings now says (`None` before a trial has finished).
    pub fn verdict(&self) -> Option<Verdict> {
        let t = self.last_trial?;
        Some(if !t.whole || t.edits != self.edits {
            Verdict::Stale
        } else if t.fired == self.mcculloch_pitts().output {
            Verdict::Agree
        } else {
            Verdict::Differ
        })
    }

    /// Hebb's rule and the perceptron rule on the last finished trial
    /// (`None` before one, or when it ran with other settings than now),
    /// with η = the lab's Hebbian rate.
    pub fn rule_comparison(&self) -> Option<RuleComparison> {
        let fired = self
            .last_trial
            .filter(|_| self.verdict() != Some(Verdict::Stale))?
            .fired;
        let mp = self.mcculloch_pitts();
        let eta = self.hebb_rate;
        let x: Vec<f64> = mp.active.iter().map(|&a| f64::from(u8::from(a))).collect();
        let y_hat = f64::from(u8::from(fired));
        let y = f64::from(u8::from(self.target));
        let hebb = (x.iter().zip(&mp.excitatory))
            .map(|(&x, &e)| if e { eta * x * y_hat } else { 0.0 })
            .collect();
        let perceptron = x.iter().map(|&x| eta * (y - y_hat) * x).collect();
        Some(RuleComparison {
            x,
            fired,
            target: self.target,
            hebb,
            perceptron,
        })
    }
}
