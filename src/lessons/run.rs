//! A lesson driven without a window (`nnlab lesson run`): it starts at the
//! first step with its set-up, applies a learner's actions in order to a
//! headless [`Rig`] (the real trainer, the real labs) and, after each,
//! checks the current step's goal. A met goal records the step as passed
//! and moves on, as the learner's Next would; the next step's set-up is
//! applied as the window applies it.
//!
//! Goals over time see every epoch: `train 200` is checked after each of
//! its epochs (the pass is recorded at the end of the action), as are the
//! perceptron lab's epochs and the comparison lab's rounds. An action the
//! step locks in classroom mode is refused, as the window refuses it.

mod actions;

pub use actions::{
    ACTION_NAMES, ActionError, LearnerAction, LogicEdit, MAX_ACTION_MS, NeuronMove, PerceptronMove, parse_actions,
};

use super::controls::{Control, ControlGroup, ControlState, Controls};
use super::live::InspectorStage;
use super::model::Lesson;
use super::progress::LessonRun;
use super::rig::Rig;
use super::rig::SetError;
use crate::nn::NnError;
use crate::nn::logic::LogicError;
use crate::train::inspect::InspectError;

/// How one step went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepResult {
    /// The step, from 1.
    pub step: usize,
    /// Whether its goal was met.
    pub passed: bool,
    /// The action (from 0) after which it was met.
    pub after_action: Option<usize>,
}

/// Why an action did nothing.
#[derive(Debug)]
pub enum Refusal {
    /// The step locks (or hides) this control in classroom mode.
    Locked(Control),
    /// The step locks (or hides) this group of controls.
    LockedGroup(ControlGroup),
    /// Next on a step that is neither passed nor a reading step.
    NotPassed,
    /// An answer on a step without a question.
    NoQuestion,
    /// The network tab is not set up yet.
    NoNetwork,
    /// The value was refused.
    Set(SetError),
    /// Training stopped: the engine's reason (divergence…).
    Training(NnError),
    /// The logic lab refused the edit.
    Logic(LogicError),
    /// The logic lab has no neuron or input of this name.
    UnknownName(String),
    /// The neuron lab has no input of this name.
    UnknownInput(String),
    /// The inspector could not trace the sample.
    Inspect(InspectError),
    /// The lesson is complete: nothing is left to do.
    Complete,
    /// The step asks a question first: training, the labs' Step and Run
    /// and the inspector would reveal its answer.
    AnswerFirst,
}

/// The outcome of a run: each step, and the actions that did nothing.
#[derive(Debug, Default)]
pub struct RunReport {
    /// Every step, in order.
    pub steps: Vec<StepResult>,
    /// Actions that did nothing, with why (action index from 0).
    pub refused: Vec<(usize, Refusal)>,
}

impl RunReport {
    /// Whether every step was passed.
    pub fn ok(&self) -> bool {
        self.steps.iter().all(|s| s.passed)
    }
}

/// Runs `lesson` with `actions`.
pub fn run_lesson(lesson: &Lesson, actions: &[LearnerAction]) -> RunReport {
    let mut report = RunReport {
        steps: (0..lesson.steps.len())
            .map(|i| StepResult {
                step: i + 1,
                passed: false,
                after_action: None,
            })
            .collect(),
        refused: Vec::new(),
    };
    let Some(mut run) = LessonRun::new(lesson.clone(), None) else {
        return report;
    };
    let mut rig = Rig::default();
    // The set-ups were tried when the lesson loaded: they apply.
    let _ = rig.apply(&lesson.setup_at(0), &lesson.origin);
    run.observe(rig.live());
    for (index, action) in actions.iter().enumerate() {
        if run.is_complete() {
            report.refused.push((index, Refusal::Complete));
            continue;
        }
        if let Err(why) = act(&mut rig, &mut run, action) {
            report.refused.push((index, why));
        }
        if run.observe(rig.live()) {
            let current = run.current();
            report.steps[current].passed = true;
            report.steps[current].after_action.get_or_insert(index);
            if run.advance().is_some() {
                let _ = rig.apply(&run.step().setup, &lesson.origin);
                run.observe(rig.live());
            }
        }
    }
    report
}

/// Does one action, observing the goal after every epoch it trains.
fn act(rig: &mut Rig, run: &mut LessonRun, action: &LearnerAction) -> Result<(), Refusal> {
    let controls = run.step().controls.clone();
    allowed(&controls, action)?;
    if run.awaits_answer() && reveals(action) {
        return Err(Refusal::AnswerFirst);
    }
    match action {
        LearnerAction::Set(setting, value) => rig.set(*setting, value).map_err(Refusal::Set)?,
        LearnerAction::Train(epochs) => {
            for _ in 0..*epochs {
                let net = rig.network.as_mut().ok_or(Refusal::NoNetwork)?;
                let result = net.train_epoch();
                run.observe(rig.live());
                result.map_err(Refusal::Training)?;
            }
        }
        LearnerAction::Answer(_) if run.step().question.is_none() => return Err(Refusal::NoQuestion),
        LearnerAction::Answer(a) => run.give(*a, &rig.live()),
        LearnerAction::Reset => {
            let net = rig.network.as_mut().ok_or(Refusal::NoNetwork)?;
            net.reset().map_err(Refusal::Training)?;
            rig.close_inspector();
        }
        LearnerAction::Perceptron(m) => {
            let lab = &mut rig.perceptron;
            match m {
                PerceptronMove::Sample => drop(lab.step_sample()),
                PerceptronMove::Epoch => drop(lab.step_epoch()),
                PerceptronMove::Run => {
                    while rig.perceptron.step_epoch().is_some() {
                        run.observe(rig.live());
                    }
                }
            }
        }
        LearnerAction::Compare(rounds) => {
            for _ in 0..*rounds {
                if !rig.compare.round() {
                    break;
                }
                run.observe(rig.live());
            }
        }
        LearnerAction::Next => {
            if !run.is_reading() && !run.is_passed(run.current()) {
                return Err(Refusal::NotPassed);
            }
            run.confirm_read();
        }
        LearnerAction::Logic(edit) => logic(rig, edit)?,
        LearnerAction::Parameter {
            layer,
            input,
            neuron,
            value,
        } => {
            let net = rig.network.as_mut().ok_or(Refusal::NoNetwork)?;
            net.trainer
                .set_parameter(*layer, *input, *neuron, *value)
                .map_err(Refusal::Training)?;
        }
        LearnerAction::Inspect { sample, stage } => inspect(rig, *sample, *stage)?,
        LearnerAction::Neuron(m) => neuron(rig, run, m)?,
    }
    Ok(())
}

/// Whether classroom mode lets the learner do `action` in this step.
fn allowed(controls: &Controls, action: &LearnerAction) -> Result<(), Refusal> {
    let group = |g: ControlGroup| {
        if controls.state(g) == ControlState::Normal {
            Ok(())
        } else {
            Err(Refusal::LockedGroup(g))
        }
    };
    let control = |c: Control| {
        if controls.control_state(c) == ControlState::Normal {
            Ok(())
        } else {
            Err(Refusal::Locked(c))
        }
    };
    match action {
        LearnerAction::Set(s, _) => control(Control::Setting(*s)),
        LearnerAction::Train(_) if controls.can_train() => Ok(()),
        LearnerAction::Train(_) => control(Control::Play),
        LearnerAction::Reset => control(Control::Reset),
        LearnerAction::Perceptron(_) | LearnerAction::Compare(_) => group(ControlGroup::LabRun),
        LearnerAction::Logic(_) => group(ControlGroup::LogicNetwork),
        LearnerAction::Parameter { .. } => group(ControlGroup::Editor),
        LearnerAction::Inspect { .. } => group(ControlGroup::Inspector),
        // The clock runs in the window whatever the step locks.
        LearnerAction::Neuron(NeuronMove::Run(_)) => Ok(()),
        LearnerAction::Neuron(_) => group(ControlGroup::LabData),
        LearnerAction::Answer(_) | LearnerAction::Next => Ok(()),
    }
}

/// Whether `action` could show the answer to the step's question: it
/// trains, steps a lab, or walks the inspector.
fn reveals(action: &LearnerAction) -> bool {
    matches!(
        action,
        LearnerAction::Train(_)
            | LearnerAction::Perceptron(_)
            | LearnerAction::Compare(_)
            | LearnerAction::Inspect { .. }
    )
}

/// A threshold or a line of the logic lab, as its editor sets them.
fn logic(rig: &mut Rig, edit: &LogicEdit) -> Result<(), Refusal> {
    let net = rig.logic.network();
    let (LogicEdit::Threshold { neuron, .. } | LogicEdit::Line { neuron, .. }) = edit;
    let unknown = |name: &str| Refusal::UnknownName(name.to_string());
    let i = (net.neurons.iter().position(|n| &n.name == neuron)).ok_or_else(|| unknown(neuron))?;
    let result = match edit {
        LogicEdit::Threshold { threshold, .. } => rig.logic.edit(|n| n.set_threshold(i, *threshold)),
        LogicEdit::Line { from, kind, .. } => {
            let source = net.find(from).ok_or_else(|| unknown(from))?;
            let wired = net.neurons[i].inputs.iter().any(|c| c.from == source);
            rig.logic.edit(|n| match (kind, wired) {
                (None, _) => n.disconnect(i, source).map(|_| ()),
                (Some(k), true) => n.set_kind(i, source, *k),
                (Some(k), false) => n.connect(i, source, *k),
            })
        }
    };
    result.map_err(Refusal::Logic)
}

/// The neuron lab's input moment or Fire, as its controls do; time passes
/// in steps of one coincidence trial at most, the goal checked after each.
fn neuron(rig: &mut Rig, run: &mut LessonRun, m: &NeuronMove) -> Result<(), Refusal> {
    let lab = &mut rig.neuron;
    let input = |name: &str| {
        (0..lab.inputs().len())
            .find(|&i| crate::labs::neuron::input_name(i) == name)
            .ok_or_else(|| Refusal::UnknownInput(name.to_string()))
    };
    match m {
        NeuronMove::FireAt { input: name, ms } => {
            let i = input(name)?;
            let ms = ms.min(crate::labs::neuron::MAX_FIRE_AT_MS);
            lab.edit_input(i, |x| x.fire_at_ms = ms);
        }
        NeuronMove::Fire(name) => {
            let i = input(name)?;
            lab.fire(i);
        }
        NeuronMove::Run(ms) => {
            let mut left = *ms;
            while left > 0.0 {
                let dt = left.min(crate::labs::neuron::TRIAL_MS);
                rig.neuron.advance(dt);
                left -= dt;
                run.observe(rig.live());
            }
        }
    }
    Ok(())
}

/// Traces `sample` with the network tab's trainer and shows `stage`, as
/// the inspector does; a sample it cannot trace leaves it closed.
fn inspect(rig: &mut Rig, sample: usize, stage: InspectorStage) -> Result<(), Refusal> {
    rig.network.as_ref().ok_or(Refusal::NoNetwork)?;
    rig.inspect(sample, stage).map_err(Refusal::Inspect)
}
