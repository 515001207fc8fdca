//! A lesson in progress, and the progress the window saves with its
//! settings: which steps are passed and where the learner is.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::live::LiveState;
use super::model::{Lesson, Step};

/// Saved progress of one lesson.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LessonProgress {
    /// The step the learner is on.
    pub current: usize,
    /// Steps passed (indices).
    pub passed: BTreeSet<usize>,
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

    /// Adds `other`'s progress: a step passed in either stays passed, and
    /// each lesson resumes at the further of the two current steps. Order
    /// does not matter (two windows may merge in either order).
    pub fn merge(&mut self, other: &CourseProgress) {
        for (id, theirs) in &other.lessons {
            let mine = self.lessons.entry(id.clone()).or_default();
            mine.passed.extend(theirs.passed.iter().copied());
            mine.current = mine.current.max(theirs.current);
        }
    }

    /// Stores a run's progress under its lesson id.
    pub fn record(&mut self, run: &LessonRun) {
        self.lessons.insert(run.lesson().id.clone(), run.progress());
    }
}

/// A lesson being worked through: the current step, the steps passed, the
/// answer picked for the current step's question.
///
/// A step is passed the first frame its check holds and stays passed. The
/// learner moves on with [`LessonRun::advance`] once the current step is
/// passed, and may go back to any step up to the first one not passed.
#[derive(Clone, Debug)]
pub struct LessonRun {
    lesson: Lesson,
    current: usize,
    passed: Vec<bool>,
    answer: Option<usize>,
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
        let mut run = Self {
            lesson,
            current: 0,
            passed,
            answer: None,
        };
        run.current = saved.map_or(0, |s| s.current).min(run.reachable());
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

    /// The answer picked for the current step's question.
    pub fn answer(&self) -> Option<usize> {
        self.answer
    }

    /// Picks answer `choice` for the current step's question.
    pub fn choose(&mut self, choice: usize) {
        self.answer = Some(choice);
    }

    /// Checks the current step's goal against this frame's state (its
    /// `answer` is taken from the run) and returns whether the step is
    /// passed, now or before.
    pub fn observe(&mut self, mut live: LiveState) -> bool {
        live.answer = self.answer;
        let holds = self.step().goal.holds(&live);
        match self.passed.get_mut(self.current) {
            Some(p) => {
                *p |= holds;
                *p
            }
            None => false,
        }
    }

    /// Moves to the next step if the current one is passed; returns the new
    /// step, whose set-up the window then applies.
    pub fn advance(&mut self) -> Option<&Step> {
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

    /// Makes step `i` current with no answer picked.
    fn enter(&mut self, i: usize) -> Option<&Step> {
        let step = self.lesson.steps.get(i)?;
        self.current = i;
        self.answer = None;
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
        }
    }
}
