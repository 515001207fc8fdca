//! Goals over time: what `ever`, `then`, `for_epochs` and `rose` have seen
//! since the step began. A [`Tracker`] mirrors the goal's tree; each
//! observation (a frame of the window, an epoch or action of `nnlab lesson
//! run`) updates every part and says whether the goal holds now.
//!
//! Epochs are the network tab's: Reset (or a new network) starts them at 0
//! again, and a hold or a rise that was being followed starts over.

use std::collections::VecDeque;

use super::check::{Check, Rose};
use super::live::LiveState;

/// What one part of a goal remembers, and whether it held at the last
/// moment seen.
#[derive(Clone, Debug, PartialEq)]
pub struct Tracker {
    /// It held at the last observation.
    last: bool,
    /// Its memory.
    node: Node,
}

/// The memory of one part, by kind.
#[derive(Clone, Debug, PartialEq)]
enum Node {
    /// A check that looks at the moment only.
    Now,
    /// `all` or `any`: each part's own memory.
    List(Vec<Tracker>),
    /// `ever`: whether it was met, and the part's memory.
    Ever {
        /// Met at some moment.
        met: bool,
        /// The inner check's memory.
        inner: Box<Tracker>,
    },
    /// `then`: how many parts were met in order; only the next one is
    /// followed (its memory starts when the one before is met).
    Then {
        /// Parts met so far.
        done: usize,
        /// Each part's memory.
        parts: Vec<Tracker>,
    },
    /// `not`, a `label`: the inner check's memory.
    Inner(Box<Tracker>),
    /// `for_epochs`: the epoch since which the check holds.
    Held {
        /// Epoch the current run of holding began (`None`: not holding).
        since: Option<u64>,
        /// Epochs it has held so far.
        held: u64,
        /// The latest epoch seen (a smaller one means Reset).
        epoch: u64,
        /// The inner check's memory.
        inner: Box<Tracker>,
    },
    /// `rose`: the figure over the last `within_epochs` epochs.
    Rose {
        /// (epoch, value), oldest first.
        window: VecDeque<(u64, f64)>,
        /// The rise happened.
        met: bool,
        /// The largest rise seen so far.
        largest: f64,
        /// The figure's value when the step began is in the window.
        started: bool,
    },
}

impl Tracker {
    /// A fresh memory for `check`: nothing seen yet.
    pub fn new(check: &Check) -> Self {
        let node = match check {
            Check::All(list) | Check::Any(list) => Node::List(list.iter().map(Tracker::new).collect()),
            Check::Ever(c) => Node::Ever {
                met: false,
                inner: Box::new(Tracker::new(c)),
            },
            Check::Then(list) => Node::Then {
                done: 0,
                parts: list.iter().map(Tracker::new).collect(),
            },
            Check::Not(c) | Check::Labelled { check: c, .. } => Node::Inner(Box::new(Tracker::new(c))),
            Check::Held { check, .. } => Node::Held {
                since: None,
                held: 0,
                epoch: 0,
                inner: Box::new(Tracker::new(check)),
            },
            Check::Rose(_) => Node::Rose {
                window: VecDeque::new(),
                met: false,
                largest: 0.0,
                started: false,
            },
            _ => Node::Now,
        };
        Self { last: false, node }
    }

    /// Whether it held at the last moment seen.
    pub fn last(&self) -> bool {
        self.last
    }

    /// Takes in one moment and says whether `check` (the check this
    /// memory was made for) holds now.
    pub fn observe(&mut self, check: &Check, live: &LiveState) -> bool {
        self.last = self.node.observe(check, live);
        self.last
    }

    /// For `then`: how many parts are met.
    pub fn then_done(&self) -> Option<usize> {
        match &self.node {
            Node::Then { done, .. } => Some(*done),
            _ => None,
        }
    }

    /// For `for_epochs`: epochs it has held so far (0 while not holding).
    pub fn held(&self) -> Option<u64> {
        match &self.node {
            Node::Held { since, held, .. } => Some(if since.is_some() { *held } else { 0 }),
            _ => None,
        }
    }

    /// For `rose`: the largest rise seen within the window so far.
    pub fn largest_rise(&self) -> Option<f64> {
        match &self.node {
            Node::Rose { largest, .. } => Some(*largest),
            _ => None,
        }
    }

    /// The memories of the parts of `all`, `any` and `then`, or of the one
    /// check inside `ever`, `not`, `for_epochs` and a `label`.
    pub fn parts(&self) -> Vec<&Tracker> {
        match &self.node {
            Node::List(ts) | Node::Then { parts: ts, .. } => ts.iter().collect(),
            Node::Ever { inner, .. } | Node::Inner(inner) | Node::Held { inner, .. } => vec![inner],
            Node::Now | Node::Rose { .. } => Vec::new(),
        }
    }
}

impl Node {
    /// One moment, as [`Tracker::observe`].
    fn observe(&mut self, check: &Check, live: &LiveState) -> bool {
        match (check, self) {
            (Check::All(list), Node::List(ts)) => {
                // Every part sees every moment: no short cut.
                list.iter().zip(ts).fold(true, |all, (c, t)| t.observe(c, live) && all)
            }
            (Check::Any(list), Node::List(ts)) => {
                list.iter().zip(ts).fold(false, |any, (c, t)| t.observe(c, live) || any)
            }
            (Check::Ever(c), Node::Ever { met, inner }) => {
                *met |= inner.observe(c, live);
                *met
            }
            (Check::Then(list), Node::Then { done, parts }) => {
                if let (Some(c), Some(t)) = (list.get(*done), parts.get_mut(*done))
                    && t.observe(c, live)
                {
                    *done += 1;
                }
                *done == list.len()
            }
            (Check::Not(c), Node::Inner(inner)) => !inner.observe(c, live),
            (Check::Labelled { check, .. }, Node::Inner(inner)) => inner.observe(check, live),
            (
                Check::Held { epochs, check },
                Node::Held {
                    since,
                    held,
                    epoch,
                    inner,
                },
            ) => {
                let now = live.network.as_ref().map_or(0, |n| n.epoch);
                if now < *epoch {
                    *since = None;
                }
                *epoch = now;
                if inner.observe(check, live) {
                    let start = *since.get_or_insert(now);
                    *held = now - start;
                } else {
                    *since = None;
                    *held = 0;
                }
                since.is_some() && *held >= *epochs
            }
            (
                Check::Rose(r),
                Node::Rose {
                    window,
                    met,
                    largest,
                    started,
                },
            ) => {
                follow_rise(r, window, largest, started, live);
                *met |= *largest >= r.by;
                *met
            }
            (c, _) => c.holds_now(live),
        }
    }
}

/// Adds the history points not seen yet to the window of the last
/// `within_epochs` epochs and records the largest rise inside it: a value
/// minus the smallest one up to `within_epochs` epochs before it. The
/// first look takes only the latest point: what came before the step
/// began is not the learner's doing.
fn follow_rise(r: &Rose, window: &mut VecDeque<(u64, f64)>, largest: &mut f64, started: &mut bool, live: &LiveState) {
    let Some(net) = live.network.as_ref() else { return };
    if !*started {
        *started = true;
        let latest = net.history.last().and_then(|p| Some((p.epoch, r.metric.of(p)?)));
        window.extend(latest.filter(|(_, v)| v.is_finite()));
        if window.is_empty() {
            // No figure yet: everything from here on is new.
            window.push_back((net.epoch, f64::NAN));
        }
        return;
    }
    let last = window.back().map(|&(e, _)| e);
    if last.is_some_and(|e| net.epoch < e) {
        // Reset: epochs start again, and so does the window.
        window.clear();
    }
    let seen = window.back().map(|&(e, _)| e);
    let fresh = net.history.iter().filter(|p| seen.is_none_or(|e| p.epoch > e));
    for p in fresh {
        let Some(v) = r.metric.of(p).filter(|v| v.is_finite()) else {
            continue;
        };
        while window.front().is_some_and(|&(e, _)| e + r.within_epochs < p.epoch) {
            window.pop_front();
        }
        let low = (window.iter().map(|&(_, w)| w))
            .filter(|w| !w.is_nan())
            .fold(f64::INFINITY, f64::min);
        if low.is_finite() {
            *largest = largest.max(v - low);
        }
        window.push_back((p.epoch, v));
    }
}

/// A check judged on one moment: it lives with the tracker (which judges
/// every kind), so the checks need not know how time is kept.
impl Check {
    /// Whether the check holds in `live`, judged on this moment alone (a
    /// check over time sees one moment: the step has just begun). A check
    /// on a part of the state that is missing (no snapshot yet, no
    /// question answered) does not hold.
    pub fn holds(&self, live: &LiveState) -> bool {
        Tracker::new(self).observe(self, live)
    }
}

#[cfg(test)]
#[path = "track_tests.rs"]
mod tests;
