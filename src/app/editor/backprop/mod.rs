//! The backprop inspector in the network editor: one training sample
//! walked through one training step, stage by stage (forward → loss →
//! backward → gradients → update), drawn on the editor's own graph. The
//! numbers are the worker's trace of the sample with the present weights
//! ([`crate::train::Snapshot::inspection`]); here only what is shown is
//! kept: which sample, which stage, what is hovered or pinned.

mod bar;
mod paint;
mod text;

pub(crate) use paint::Overlay;

use crate::lessons::InspectorStage;
use crate::train::Snapshot;
use crate::train::inspect::BackpropTrace;

/// The stages in the order the inspector walks them.
pub(super) const STAGES: [InspectorStage; 5] = [
    InspectorStage::Forward,
    InspectorStage::Loss,
    InspectorStage::Backward,
    InspectorStage::Gradients,
    InspectorStage::Update,
];

pub(super) use crate::app::widgets::format::stage_name;

/// What the learner points at in the graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Focus {
    /// Network input `i`.
    Input(usize),
    /// Neuron `neuron` of `layer` (0 = first hidden layer).
    Neuron {
        /// Layer index.
        layer: usize,
        /// Neuron index.
        neuron: usize,
    },
    /// The connection from `input` into `neuron` of `layer`.
    Link {
        /// Layer index.
        layer: usize,
        /// Input index.
        input: usize,
        /// Neuron index.
        neuron: usize,
    },
}

/// The inspector's state between frames.
#[derive(Debug)]
pub struct BackpropInspector {
    open: bool,
    sample: Option<usize>,
    stage: InspectorStage,
    counts: bool,
    /// The sample field's text, and whether the learner is typing in it.
    index_text: String,
    editing: bool,
    /// Clicked: its numbers stay shown while nothing is hovered.
    pub(super) pinned: Option<Focus>,
    /// Under the pointer in the last frame.
    pub(super) hovered: Option<Focus>,
    /// The stage whose explanation was drawn last frame (a new one
    /// scrolls back to its start).
    shown_stage: Option<InspectorStage>,
}

impl Default for BackpropInspector {
    fn default() -> Self {
        Self {
            open: false,
            sample: None,
            stage: InspectorStage::Forward,
            counts: false,
            index_text: String::new(),
            editing: false,
            pinned: None,
            hovered: None,
            shown_stage: None,
        }
    }
}

impl BackpropInspector {
    /// Whether inspector mode is on.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The point traced, if one was picked.
    pub fn sample(&self) -> Option<usize> {
        self.sample
    }

    /// Whether the training-set counts are asked for.
    pub fn counts(&self) -> bool {
        self.counts
    }

    /// The stage shown: `None` while closed or before a sample is picked
    /// (what the lessons read).
    pub fn stage(&self) -> Option<InspectorStage> {
        (self.open && self.sample.is_some()).then_some(self.stage)
    }

    /// Inspector mode on.
    pub(crate) fn opened(&mut self) {
        self.open = true;
    }

    /// Inspector mode off; the sample and stage are kept for next time.
    pub(crate) fn closed(&mut self) {
        self.open = false;
        self.hovered = None;
        self.pinned = None;
    }

    /// A new sample to trace (the stage stays, to compare samples).
    pub(crate) fn picked(&mut self, index: usize) {
        self.sample = Some(index);
        self.editing = false;
    }

    /// Closed and forgotten: no sample, the forward pass, nothing pinned
    /// (a lesson step starts from here).
    pub(crate) fn reset(&mut self) {
        let counts = self.counts;
        *self = Self {
            counts,
            ..Self::default()
        };
    }

    /// Shows `stage` (a lesson step's set-up).
    pub(crate) fn show_stage(&mut self, stage: InspectorStage) {
        self.stage = stage;
    }

    /// The numbers of the picked sample's trace in `snapshot` that a
    /// lesson's question may ask about (`None`: closed, or not traced yet).
    pub fn facts(&self, snapshot: &Snapshot) -> Option<crate::lessons::InspectorFacts> {
        if !self.open || snapshot.shown_checkpoint.is_some() {
            return None;
        }
        self.trace(snapshot).map(crate::lessons::InspectorFacts::from_trace)
    }

    /// The step was applied: the next step starts over from the forward pass.
    pub(crate) fn applied(&mut self) {
        self.stage = InspectorStage::Forward;
    }

    /// The counts toggle.
    pub(crate) fn set_counts(&mut self, on: bool) {
        self.counts = on;
    }

    /// Moves `by` stages forward (negative: back), within the five.
    fn step_stage(&mut self, by: isize) {
        let at = STAGES.iter().position(|s| *s == self.stage).unwrap_or(0) as isize;
        let to = (at + by).clamp(0, STAGES.len() as isize - 1) as usize;
        self.stage = STAGES[to];
    }

    /// The trace of the picked sample in `snapshot`, if it has arrived.
    fn trace<'a>(&self, snapshot: &'a Snapshot) -> Option<&'a BackpropTrace> {
        let trace = snapshot.inspection.as_deref()?.as_ref().ok()?;
        (Some(trace.sample) == self.sample).then_some(trace)
    }

    /// What the graph draws of the inspector this frame: while open, with
    /// a trace of the present network (none during a replay).
    pub(crate) fn overlay<'a>(&self, snapshot: &'a Snapshot) -> Option<Overlay<'a>> {
        if !self.open || snapshot.shown_checkpoint.is_some() {
            return None;
        }
        Some(Overlay {
            trace: self.trace(snapshot)?,
            net: &snapshot.net,
            stage: self.stage,
            counts: snapshot.neuron_health.as_deref().filter(|_| self.counts),
        })
    }

    /// What the bar details: the hovered element, else the pinned one.
    fn focus(&self) -> Option<Focus> {
        self.hovered.or(self.pinned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_walk_forward_and_back_within_the_five() {
        let mut i = BackpropInspector::default();
        assert_eq!(i.stage(), None, "closed");
        i.opened();
        assert_eq!(i.stage(), None, "no sample yet");
        i.picked(3);
        assert_eq!(i.stage(), Some(InspectorStage::Forward));
        i.step_stage(-1);
        assert_eq!(i.stage(), Some(InspectorStage::Forward));
        for _ in 0..6 {
            i.step_stage(1);
        }
        assert_eq!(i.stage(), Some(InspectorStage::Update));
        i.step_stage(-1);
        assert_eq!(i.stage(), Some(InspectorStage::Gradients));
        i.closed();
        assert_eq!(i.stage(), None);
    }
}
