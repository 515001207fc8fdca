//! The dry run: every step's set-up applied in order to one headless rig,
//! its image read, and its goal judged against what the step builds and
//! locks (as classroom mode shows it). A goal that can never be met — an
//! accuracy of 98 (a percentage), layer 5 of a network of 2 that the step
//! locks, a learning rate below what the slider allows — or that is met
//! before the learner does anything, is refused with the reason.

use super::budget::Budget;
use super::check::{Check, Condition, Count, Range};
use super::controls::Controls;
use super::error::{Impossible, Problem, Shape};
use super::files::{load_image, next_lesson};
use super::model::{Lesson, Step};
use super::place::{Located, Seg};
use super::rig::Rig;
use super::setting::{Setting, SettingKind, SettingValue, widths_ok};
use super::track::Tracker;
use super::validate::kind_name;
use crate::nn::{MAX_HIDDEN_LAYERS, MAX_NEURONS};

/// Applies every step's set-up, in order, to one headless rig, within the
/// [`Budget`], and judges each goal there.
pub(crate) fn dry_run(lesson: &Lesson) -> Result<(), Located> {
    let mut rig = Rig::default();
    let mut budget = Budget::default();
    for (i, step) in lesson.steps.iter().enumerate() {
        let at = |k: &'static str| vec![Seg::Key("step"), Seg::Index(i), Seg::Key(k)];
        budget.before(i, &step.setup)?;
        rig.apply(&step.setup, &lesson.origin).map_err(|(part, p)| {
            (
                vec![Seg::Key("step"), Seg::Index(i), Seg::Key("setup"), Seg::Key(part)],
                p,
            )
        })?;
        budget.after(i, &step.setup, &rig)?;
        if let Some(image) = &step.image {
            load_image(&lesson.origin, image).map_err(|p| (at("image"), p))?;
        }
        let judge = Judge { rig: &rig, step };
        judge.check(&step.goal, at("goal"))?;
        // Met with nothing done: the step would pass by itself. A goal any
        // state meets is refused even where the rig cannot tell (a first
        // step that sets nothing up: the window's state is the learner's).
        if always(&step.goal) || Tracker::new(&step.goal).observe(&step.goal, &rig.live()) {
            return Err((at("goal"), Problem::Impossible(Impossible::MetAtStart)));
        }
    }
    if let Some(next) = &lesson.next {
        next_lesson(&lesson.origin, next).map_err(|p| (vec![Seg::Key("next")], p))?;
    }
    Ok(())
}

/// A step's goal against the state its set-up leaves and the controls it
/// locks.
struct Judge<'a> {
    rig: &'a Rig,
    step: &'a Step,
}

impl Judge<'_> {
    fn controls(&self) -> &Controls {
        &self.step.controls
    }

    /// The first part of `c` that can never be met.
    fn check(&self, c: &Check, path: Vec<Seg>) -> Result<(), Located> {
        let key = |k: &'static str| under(&path, Seg::Key(k));
        let impossible = |p: Vec<Seg>, why| Err((p, Problem::Impossible(why)));
        let training = matches!(c, Check::Held { .. } | Check::Rose(_) | Check::Diverged)
            || matches!(c, Check::Epochs(n) if n.at_least.is_some_and(|n| n > 0));
        if training && !self.controls().can_train() {
            return impossible(key(kind_name(c)), Impossible::NeedsTraining);
        }
        match c {
            Check::All(list) | Check::Any(list) | Check::Then(list) => {
                for (i, inner) in list.iter().enumerate() {
                    self.check(inner, under(&key(kind_name(c)), Seg::Index(i)))?;
                }
                Ok(())
            }
            Check::Ever(inner) | Check::Not(inner) => self.check(inner, key(kind_name(c))),
            Check::Held { check, .. } | Check::Labelled { check, .. } => self.check(check, path),
            Check::Accuracy(m) => fraction(&m.range).map_or(Ok(()), |why| impossible(key("accuracy"), why)),
            Check::Loss(m) if m.range.at_most.is_some_and(|v| v < 0.0) || m.range.below.is_some_and(|v| v <= 0.0) => {
                impossible(key("loss"), Impossible::LossBelowZero)
            }
            Check::Weight(w) => self.parameter(w.layer, Some((w.input, w.neuron)), key("weight")),
            Check::Bias(b) => self.parameter(b.layer, None, key("bias")),
            Check::HiddenLayers(n) => self.shape(Shape::Layers, n, key("hidden_layers")),
            Check::HiddenNeurons(n) => self.shape(Shape::Neurons, n, key("hidden_neurons")),
            Check::Setting(parts) => {
                for p in parts {
                    self.setting(
                        p.setting,
                        &p.condition,
                        under(&key("setting"), Seg::Key(p.setting.name())),
                    )?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// A weight or bias of a layer the network has, or can get.
    fn parameter(&self, layer: usize, weight: Option<(usize, usize)>, path: Vec<Seg>) -> Result<(), Located> {
        let fail = |why| Err((path.clone(), Problem::Impossible(why)));
        if layer > MAX_HIDDEN_LAYERS {
            return fail(Impossible::BeyondAnyNetwork { layer });
        }
        let Some(net) = self.rig.network.as_ref().map(|n| n.trainer.net()) else {
            return Ok(());
        };
        if self.controls().can_change(Setting::Hidden) {
            return Ok(());
        }
        let Some(l) = net.layers.get(layer) else {
            return fail(Impossible::NoSuchLayer {
                layer,
                layers: net.layers.len(),
            });
        };
        let (inputs, neurons) = (l.inputs(), l.outputs());
        let outside = match weight {
            // Layer 0's rows are the features, which may still change.
            Some((i, j)) => {
                (i >= inputs && (layer > 0 || !self.controls().can_change(Setting::Features))) || j >= neurons
            }
            None => false,
        };
        if outside {
            return fail(Impossible::NoSuchWeight { layer, inputs, neurons });
        }
        Ok(())
    }

    /// A count of hidden layers or neurons any network can have, and the
    /// step's own when it locks the shape.
    fn shape(&self, what: Shape, n: &Count, path: Vec<Seg>) -> Result<(), Located> {
        let max = match what {
            Shape::Layers => MAX_HIDDEN_LAYERS as u64,
            Shape::Neurons => (MAX_HIDDEN_LAYERS * MAX_NEURONS) as u64,
        };
        let fail = |why| Err((path.clone(), Problem::Impossible(why)));
        if n.at_least.is_some_and(|v| v > max) {
            return fail(Impossible::TooBig { what, max });
        }
        let Some(net) = &self.rig.network else { return Ok(()) };
        let hidden: Vec<usize> = net.trainer.config().hidden.iter().map(|l| l.neurons).collect();
        let now = match what {
            Shape::Layers => hidden.len() as u64,
            Shape::Neurons => hidden.iter().sum::<usize>() as u64,
        };
        if !self.controls().can_change(Setting::Hidden) && !n.contains(now) {
            return fail(Impossible::ShapeLocked { what, now });
        }
        Ok(())
    }

    /// A setting's goal within what its control allows, and reachable
    /// when the step locks it.
    fn setting(&self, setting: Setting, condition: &Condition, path: Vec<Seg>) -> Result<(), Located> {
        let fail = |why| Err((path.clone(), Problem::Impossible(why)));
        match (setting.kind(), condition) {
            (SettingKind::Number { min, max, .. }, Condition::Range(r)) if !overlaps(r, min, max) => {
                return fail(Impossible::SettingRange { setting, min, max });
            }
            (SettingKind::Number { min, max, .. }, Condition::Is(SettingValue::Number(v)))
                if !(min..=max).contains(v) =>
            {
                return fail(Impossible::SettingRange { setting, min, max });
            }
            (SettingKind::Widths, Condition::Is(SettingValue::Widths(w))) if !widths_ok(w) => {
                return fail(Impossible::SettingRange {
                    setting,
                    min: 1.0,
                    max: MAX_NEURONS as f64,
                });
            }
            _ => {}
        }
        let check = super::check::SettingCheck {
            setting,
            condition: condition.clone(),
        };
        let live = self.rig.live();
        let now = live.settings.get(setting);
        if !self.controls().can_change(setting) && now.is_some_and(|v| !check.accepts(v)) {
            return fail(Impossible::SettingLocked(setting));
        }
        Ok(())
    }
}

/// Whether `c` holds in every state that has its facts (`epochs = {
/// at_least = 0 }`): a count with no upper bound that 0 meets.
fn always(c: &Check) -> bool {
    let every = |n: &Count| n.at_most.is_none() && n.contains(0);
    match c {
        Check::All(list) => list.iter().all(always),
        Check::Any(list) => list.iter().any(always),
        Check::Ever(inner) | Check::Labelled { check: inner, .. } => always(inner),
        Check::Then(list) => list.iter().all(always),
        Check::Epochs(n)
        | Check::HiddenLayers(n)
        | Check::HiddenNeurons(n)
        | Check::PerceptronSteps(n)
        | Check::CoincidentSpikes(n) => every(n),
        _ => false,
    }
}

/// Why accuracy bounds can never hold: accuracies are fractions 0–1.
fn fraction(r: &Range) -> Option<Impossible> {
    let above = r.at_least.filter(|&v| v > 1.0).or(r.above.filter(|&v| v >= 1.0));
    if let Some(bound) = above {
        let hint = (bound > 1.0 && bound <= 100.0).then_some(bound / 100.0);
        return Some(Impossible::AccuracyAboveOne { bound, hint });
    }
    let below = r.at_most.is_some_and(|v| v < 0.0) || r.below.is_some_and(|v| v <= 0.0);
    below.then_some(Impossible::AccuracyBelowZero)
}

/// Whether some value from `min` to `max` satisfies `r`.
fn overlaps(r: &Range, min: f64, max: f64) -> bool {
    let lo = r.at_least.map_or(min, |v| v.max(min));
    let hi = r.at_most.map_or(max, |v| v.min(max));
    let strict_lo = r.above.is_some_and(|a| a >= lo);
    let strict_hi = r.below.is_some_and(|b| b <= hi);
    let lo = r.above.map_or(lo, |a| a.max(lo));
    let hi = r.below.map_or(hi, |b| b.min(hi));
    lo < hi || (lo == hi && !strict_lo && !strict_hi)
}

/// `path` with one more segment.
fn under(path: &[Seg], seg: Seg) -> Vec<Seg> {
    path.iter().copied().chain([seg]).collect()
}
