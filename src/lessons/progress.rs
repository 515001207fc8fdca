//! A lesson in progress, and the progress the window saves with its
//! settings: which steps are passed and where the learner is.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::check::Check;
use super::live::{Answer, LiveState};
use super::model::{Lesson, Step};
use super::track::Tracker;

/// Saved progress of one lesson.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LessonProgress {
    /// The step the learner is on.
    pub current: usize,
    /// Steps passed (indices).
    pub passed: BTreeSet<usize>,
    /// For each step with a question the learner answered: whether the
    /// first answer was right (a teacher's "first try" column).
    pub first_try: BTreeMap<usize, bool>,
}

/// Saved progress of every lesson opened, by lesson id: plain data for
/// the window's settings (`#[serde(default)]`, so older settings load).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CourseProgress {
    /// Progress by lesson id.
    pub lessons: BTreeMap<String, LessonProgress>,
}

impl CourseProgress {
    /// Steps passed of lesson `id` (0 if never opened).
    pub fn passed(&self, id: &str) -> usize {
        self.lessons.get(id).map_or(0, |p| p.passed.len())
    }

    /// Adds `other`'s progress: a step passed in either stays passed, each
    /// lesson resumes at the further of the two current steps, and a first
    /// try recorded in either is kept (right if either window's first
    /// answer was right, so the order of merging does not matter).
    pub fn merge(&mut self, other: &CourseProgress) {
        for (id, theirs) in &other.lessons {
            let mine = self.lessons.entry(id.clone()).or_default();
            mine.passed.extend(theirs.passed.iter().copied());
            mine.current = mine.current.max(theirs.current);
            for (&step, &right) in &theirs.first_try {
                *mine.first_try.entry(step).or_insert(right) |= right;
            }
        }
    }

    /// Questions of lesson `id` answered right at the first try, and
    /// questions answered at all.
    pub fn first_tries(&self, id: &str) -> (usize, usize) {
        self.lessons.get(id).map_or((0, 0), |p| {
            (p.first_try.values().filter(|&&r| r).count(), p.first_try.len())
        })
    }

    /// Stores a run's progress under its lesson id.
    pub fn record(&mut self, run: &LessonRun) {
        self.lessons.insert(run.lesson().id.clone(), run.progress());
    }
}

/// A lesson being worked through: the current step, the steps passed, the
/// answer given to the current step's question, and what the goal's
/// checks over time have seen since the step began.
///
/// A step is passed the first frame its check holds and stays passed. The
/// learner moves on with [`LessonRun::advance`] once the current step is
/// passed (a reading step is passed by moving on), and may go back to any
/// step up to the first one not passed.
#[derive(Clone, Debug)]
pub struct LessonRun {
    lesson: Lesson,
    current: usize,
    passed: Vec<bool>,
    answer: Option<Answer>,
    first_try: BTreeMap<usize, bool>,
    tracker: Tracker,
}

impl LessonRun {
    /// Starts `lesson`, resuming `saved` progress if given (indices beyond
    /// the lesson's steps are ignored: a teacher may have shortened it).
    /// `None` for a lesson without steps (a parsed lesson always has some).
    pub fn new(lesson: Lesson, saved: Option<&LessonProgress>) -> Option<Self> {
        let n = lesson.steps.len();
        if n == 0 {
            return None;
        }
        let mut passed = vec![false; n];
        for &i in saved.map(|s| &s.passed).into_iter().flatten() {
            if let Some(p) = passed.get_mut(i) {
                *p = true;
            }
        }
        let first_try = (saved.map(|s| s.first_try.clone()).unwrap_or_default().into_iter())
            .filter(|(i, _)| *i < n)
            .collect();
        let tracker = Tracker::new(&lesson.steps[0].goal);
        let mut run = Self {
            lesson,
            current: 0,
            passed,
            answer: None,
            first_try,
            tracker,
        };
        let start = saved.map_or(0, |s| s.current).min(run.reachable());
        run.enter(start);
        Some(run)
    }

    /// The lesson.
    pub fn lesson(&self) -> &Lesson {
        &self.lesson
    }

    /// Index of the current step.
    pub fn current(&self) -> usize {
        self.current
    }

    /// The current step (its set-up is what the window applies on entry).
    pub fn step(&self) -> &Step {
        // `current` < steps.len() ≥ 1: set only by `new` and `enter`.
        &self.lesson.steps[self.current]
    }

    /// Whether step `i` is passed.
    pub fn is_passed(&self, i: usize) -> bool {
        self.passed.get(i).copied().unwrap_or(false)
    }

    /// Whether every step is passed.
    pub fn is_complete(&self) -> bool {
        self.passed.iter().all(|&p| p)
    }

    /// The answer given to the current step's question.
    pub fn answer(&self) -> Option<Answer> {
        self.answer
    }

    /// Picks choice `choice` of the current step's question (judged on
    /// `live`, the screen as it is).
    pub fn choose(&mut self, choice: usize, live: &LiveState) {
        self.give(Answer::Choice(choice), live);
    }

    /// Answers the current step's question (a choice or a number); the
    /// first answer of a step is recorded as right or wrong, judged on
    /// `live` (a number question may ask about the numbers on screen).
    pub fn give(&mut self, answer: Answer, live: &LiveState) {
        self.answer = Some(answer);
        if let Some(right) = self.step().goal.judges(answer, live) {
            self.first_try.entry(self.current).or_insert(right);
        }
    }

    /// Whether the current step asks a question the learner has not
    /// answered yet: until then, what would reveal its answer (training,
    /// the labs' Step and Run, the inspector's Next and Apply) is refused —
    /// predict first, then look.
    pub fn awaits_answer(&self) -> bool {
        self.step().question.is_some() && self.answer.is_none()
    }

    /// Whether the first answer to step `i`'s question was right (`None`:
    /// not answered yet, or the goal does not judge answers).
    pub fn first_try(&self, i: usize) -> Option<bool> {
        self.first_try.get(&i).copied()
    }

    /// What the current goal's checks over time have seen since the step
    /// began (the lesson panel shows how long a goal has held).
    pub fn tracker(&self) -> &Tracker {
        &self.tracker
    }

    /// Checks the current step's goal against this moment's state (its
    /// answer is taken from the run) and returns whether the step is
    /// passed, now or before.
    pub fn observe(&mut self, mut live: LiveState) -> bool {
        live.answer = self.answer;
        live.read = false;
        let holds = self.tracker.observe(&self.lesson.steps[self.current].goal, &live);
        match self.passed.get_mut(self.current) {
            Some(p) => {
                *p |= holds;
                *p
            }
            None => false,
        }
    }

    /// Whether the current step is a reading step (`goal = "read"`).
    pub fn is_reading(&self) -> bool {
        self.step().goal == Check::Read
    }

    /// The learner has read the current reading step: it is passed.
    /// Returns whether it was a reading step.
    pub fn confirm_read(&mut self) -> bool {
        let reading = self.is_reading();
        if reading && let Some(p) = self.passed.get_mut(self.current) {
            *p = true;
        }
        reading
    }

    /// Moves to the next step if the current one is passed (a reading step
    /// is passed by moving on); returns the new step, whose set-up the
    /// window then applies.
    pub fn advance(&mut self) -> Option<&Step> {
        self.confirm_read();
        if !self.is_passed(self.current) || self.current + 1 >= self.lesson.steps.len() {
            return None;
        }
        self.enter(self.current + 1)
    }

    /// Goes to step `i` if it is reachable (passed, or the first not
    /// passed); returns it, whose set-up the window then applies.
    pub fn go_to(&mut self, i: usize) -> Option<&Step> {
        (i <= self.reachable()).then(|| self.enter(i)).flatten()
    }

    /// The furthest step the learner may open: the first not passed.
    fn reachable(&self) -> usize {
        let first_open = self.passed.iter().position(|&p| !p);
        first_open.unwrap_or(self.lesson.steps.len().saturating_sub(1))
    }

    /// Makes step `i` current with no answer given and nothing seen.
    fn enter(&mut self, i: usize) -> Option<&Step> {
        let step = self.lesson.steps.get(i)?;
        self.current = i;
        self.answer = None;
        self.tracker = Tracker::new(&step.goal);
        Some(step)
    }

    /// The progress to save.
    pub fn progress(&self) -> LessonProgress {
        LessonProgress {
            current: self.current,
            passed: (self.passed.iter().enumerate())
                .filter(|(_, p)| **p)
                .map(|(i, _)| i)
                .collect(),
            first_try: self.first_try.clone(),
        }
    }
}
