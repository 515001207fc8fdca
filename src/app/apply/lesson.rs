//! Lessons taking effect on the window: starting one, the lesson panel's
//! requests, a step's set-up, and the goal checked every frame.
//!
//! A set-up is the lesson's doing, not the learner's, so it is no undo
//! step: when it replaces the network tab's data and network, the history
//! is cleared as for an opened session (Ctrl+Z cannot reach back across a
//! step into data and a network that are gone); a step that leaves the
//! network tab alone keeps the history. The labs have no history.

use crate::app::context::{InspectorAction, LessonAction};
use crate::app::labs::Labs;
use crate::app::window::NnlabApp;
use crate::data::{GenParams, Generator};
use crate::i18n::Message;
use crate::lessons::{
    InspectorSetup, InspectorStage, Lesson, LessonRun, LiveState, NetworkFacts, NetworkPlan, Origin, Setup, next_lesson,
};
use crate::train::{Snapshot, TrainConfig};

impl NnlabApp {
    /// Starts `lesson` at the step its saved progress reached, with the
    /// set-up in force there.
    pub(in crate::app) fn start_lesson(&mut self, lesson: Lesson) {
        self.record_lesson();
        let saved = self.settings.lessons.lessons.get(&lesson.id);
        let next = next_lesson(&lesson, &self.course.builtin);
        let Some(run) = LessonRun::new(lesson, saved) else {
            self.notify(Message::LessonNoSteps);
            return;
        };
        self.course.run = Some(run);
        // A `next` the checker accepted but that no longer reads is left out.
        self.course.next = next.and_then(Result::ok);
        self.course.live = LiveState::default();
        self.enter_lesson_step(true);
        self.record_lesson();
    }

    /// Carries out a request of the lesson panel.
    pub(in crate::app) fn lesson_action(&mut self, action: LessonAction) {
        let Some(run) = self.course.run.as_mut() else { return };
        match action {
            LessonAction::Answer(a) => run.give(a, &self.course.live),
            LessonAction::Read => {
                run.confirm_read();
            }
            LessonAction::Next => {
                if run.advance().is_some() {
                    self.enter_lesson_step(false);
                }
            }
            LessonAction::GoTo(i) => {
                if run.go_to(i).is_some() {
                    self.enter_lesson_step(true);
                }
            }
            LessonAction::Close => {
                self.record_lesson();
                self.course.run = None;
                self.course.next = None;
                self.course.live = LiveState::default();
                // The lesson's banners go with it.
                self.notice = None;
            }
        }
        self.record_lesson();
    }

    /// Applies the current step's set-up: its own when the learner moved on
    /// to it (`fresh` false: it continues from the step before), or the one
    /// in force at that step when it is opened afresh.
    ///
    /// A step starts from the state it declares, whatever came before:
    /// messages of earlier work are cleared, a replay returns to *Now*, the
    /// inspector is closed (or open at the step's sample and stage), and a
    /// step that asks a question stops every run that would answer it.
    fn enter_lesson_step(&mut self, fresh: bool) {
        let Some(run) = &self.course.run else { return };
        // A step starts clean: a message about something before it (an
        // export, an old error) is not this step's, and the boundary view
        // frames the step's data.
        self.notice = None;
        self.boundary.request_fit();
        let lesson = run.lesson();
        let setup = if fresh {
            lesson.setup_at(run.current())
        } else {
            run.step().setup.clone()
        };
        let asks = run.step().question.is_some();
        let origin = lesson.origin.clone();
        self.notice = None;
        self.show_checkpoint(None);
        if asks {
            self.handles.link.pause();
            self.labs.stop_runs();
        }
        if let Err(e) = self.apply_lesson_setup(&setup, &origin) {
            self.notify(e);
        }
        let network = setup.data.is_some() || setup.network.is_some() || setup.training.is_some();
        self.set_up_inspector(setup.inspector, fresh || network);
    }

    /// The inspector as a step declares it; without a declaration it closes
    /// when the step is opened afresh or replaces the network tab (its
    /// sample belonged to the data before), and stays as it is otherwise.
    fn set_up_inspector(&mut self, declared: Option<InspectorSetup>, close: bool) {
        match declared {
            Some(i) => {
                self.inspect(InspectorAction::Close);
                self.editor.backprop.reset();
                if i.open {
                    self.inspect(InspectorAction::Open);
                    if let Some(sample) = i.sample {
                        self.inspect(InspectorAction::Pick(sample));
                    }
                    self.editor.backprop.show_stage(i.stage);
                }
            }
            None if close => {
                self.inspect(InspectorAction::Close);
                self.editor.backprop.reset();
            }
            None => {}
        }
    }

    /// The tab, the network tab and the labs as `setup` says; parts it
    /// leaves out stay as they are.
    fn apply_lesson_setup(&mut self, setup: &Setup, origin: &Origin) -> Result<(), Message> {
        if let Some(t) = setup.tab {
            self.settings.view.tab = t;
        }
        let plan = setup
            .network_plan(origin)
            .map_err(|(part, problem)| Message::LessonSetup { part, problem })?;
        if let Some(plan) = plan {
            self.load_lesson_network(plan)?;
        }
        self.labs.set_up(setup)
    }

    /// The network tab as `plan` says: its generator settings, and data,
    /// configuration and network (with the pinned weights) in one
    /// replacement. The worker tags what it sends after this with a new
    /// data revision, and the goal reads only snapshots of the current
    /// revision, so the network before the step cannot pass it.
    fn load_lesson_network(&mut self, plan: NetworkPlan) -> Result<(), Message> {
        let trainer = plan.trainer().map_err(|problem| Message::LessonSetup {
            part: "network",
            problem,
        })?;
        if let Some((g, p)) = plan.generator {
            self.settings.generator = g;
            self.settings.gen_params = p;
        }
        self.replace_all(plan.dataset, trainer);
        Ok(())
    }

    /// Checks the current step's goal against this frame's state; a step
    /// passed now is saved with the settings at once.
    pub(in crate::app) fn observe_lesson(&mut self) {
        let stage = self.inspector_stage();
        let Some(run) = self.course.run.as_mut() else { return };
        let revision = self.handles.link.revision;
        let snapshot = (self.handles.link.snapshot.as_ref()).filter(|s| s.dataset_revision == revision);
        let generator =
            (self.dataset.generator.is_some()).then_some((self.settings.generator, self.settings.gen_params));
        let inspector = snapshot.and_then(|s| self.editor.backprop.facts(s));
        let mut live = live_state(&self.labs, snapshot, (&self.settings.config, generator), stage);
        live.inspector = inspector;
        let was_passed = run.is_passed(run.current());
        self.course.live.clone_from(&live);
        if run.observe(live) && !was_passed {
            self.settings.lessons.record(run);
            self.sync_lesson_progress();
        }
    }

    /// Saves the open lesson's progress with the settings.
    fn record_lesson(&mut self) {
        if let Some(run) = &self.course.run {
            self.settings.lessons.record(run);
        }
    }

    /// The lesson being worked through.
    pub fn lesson(&self) -> Option<&LessonRun> {
        self.course.run.as_ref()
    }

    /// The built-in course (the Learn menu lists it).
    pub fn builtin_lessons(&self) -> &[Lesson] {
        &self.course.builtin
    }
}

/// The facts the goal checks read: the labs as they are, the network of
/// `snapshot` (which must be of the current data; `None` if there is none
/// yet), the control panel's settings (`network`: the configuration and
/// the generator whose data is shown) and the inspector's stage.
fn live_state(
    labs: &Labs,
    snapshot: Option<&Snapshot>,
    network: (&TrainConfig, Option<(Generator, GenParams)>),
    inspector_stage: Option<InspectorStage>,
) -> LiveState {
    let mut live = LiveState {
        network: snapshot.map(NetworkFacts::from_snapshot),
        inspector_stage,
        ..LiveState::default()
    };
    live.settings.add_network(network.0, network.1);
    labs.facts(&mut live);
    live
}
