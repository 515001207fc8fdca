//! The network editor panel: the network drawn as a graph that trains live
//! (thumbnails of every neuron's output, bias markers, connections coloured
//! by sign and sized by magnitude) and edited by hand: layers, neurons,
//! activations, input features, exact weights and biases, frozen
//! connections and switched-off neurons.
//!
//! Reads: the [`View`] (configuration, snapshot). Emits: [`Action::SetConfig`]
//! for shape changes (made on a copy of the configuration),
//! [`Action::EditNetwork`] for weights, biases and masks, `Reset`; and says
//! which neuron is under the pointer (the boundary view shows it large).
//! Undo is the window's one history (Ctrl+Z, the Undo button).

mod backprop;
mod canvas;
mod graph;
mod header;
mod layout;
mod neuron_window;
mod thumbs;
mod tooltip;

use egui::Ui;

use crate::app::context::Action;
use crate::app::context::Classroom;
use crate::app::context::View;
use crate::lessons::ControlGroup;
pub(super) use backprop::BackpropInspector;
use neuron_window::NeuronWindow;
use thumbs::Thumbnails;

/// What the panel did this frame.
#[derive(Default)]
pub struct EditorOutput {
    /// The user's requests.
    pub actions: Vec<Action>,
    /// The neuron under the pointer as (column, neuron): column 0 holds the
    /// network's inputs, then one column per layer (as in `NeuronGrids`).
    pub hovered: Option<(usize, usize)>,
}

/// The editor's state between frames.
pub struct NetworkEditor {
    thumbs: Thumbnails,
    neuron_window: NeuronWindow,
    /// The backprop inspector (its strip and its drawing on the graph).
    pub backprop: BackpropInspector,
    fit: bool,
    node: f32,
    /// The neuron under the pointer as (column, neuron), this frame.
    pub hovered: Option<(usize, usize)>,
    /// What a lesson step hides or locks, this frame.
    classroom: Classroom,
}

impl Default for NetworkEditor {
    fn default() -> Self {
        Self {
            thumbs: Thumbnails::default(),
            neuron_window: NeuronWindow::default(),
            backprop: BackpropInspector::default(),
            fit: true,
            node: 28.0,
            hovered: None,
            classroom: Classroom::default(),
        }
    }
}

impl NetworkEditor {
    /// The panel's contents, drawn into `ui` (the layout places the panel).
    pub fn panel_ui(&mut self, ui: &mut Ui, view: &View) -> EditorOutput {
        self.hovered = None;
        let actions = self.ui(ui, view);
        EditorOutput {
            actions,
            hovered: self.hovered,
        }
    }

    /// The backprop inspector's strip (sample, stages, the stage's
    /// explanation with its numbers, *Apply this step*): drawn by the
    /// layout under the boundary view while the inspector is open, where a
    /// whole line of the chain rule fits.
    pub fn inspector_ui(&mut self, ui: &mut Ui, view: &View) -> Vec<Action> {
        match view.snapshot {
            Some(snapshot) => (self.backprop).bar_ui(
                ui,
                snapshot,
                &view.config.features,
                view.dataset.points.len(),
                view.classroom,
            ),
            None => Vec::new(),
        }
    }

    /// Times the neuron pictures were rebuilt (once per new snapshot).
    pub fn thumbnail_rebuilds(&self) -> u64 {
        self.thumbs.rebuilds
    }

    /// The panel's contents. Shape controls edit a copy of the
    /// configuration; a changed copy is one [`Action::SetConfig`].
    fn ui(&mut self, ui: &mut Ui, view: &View) -> Vec<Action> {
        let mut config = view.config.clone();
        self.classroom.clone_from(view.classroom);
        let anchor = ui.max_rect().left_top() + egui::vec2(-12.0, 40.0);
        let inspecting = self.backprop.is_open();
        let mut actions = header::toolbar(
            ui,
            &mut config,
            &mut self.fit,
            &mut self.node,
            inspecting,
            view.classroom,
        );
        ui.separator();
        match view.snapshot {
            Some(snapshot) => {
                let features = &view.config.features;
                self.thumbs.update(ui.ctx(), snapshot);
                self.graph_ui(ui, &mut config, snapshot);
                // The inspector and a replay show; they edit nothing by hand.
                if inspecting || snapshot.shown_checkpoint.is_some() {
                    self.neuron_window.target = None;
                }
                let name = |l: usize, i: usize| tooltip::input_name(features, l, i);
                if view.classroom.shown(ControlGroup::Editor) {
                    let usable = view.classroom.usable(ControlGroup::Editor);
                    let edits =
                        (self.neuron_window).ui(ui.ctx(), anchor, &snapshot.net, &snapshot.masks, &name, usable);
                    actions.extend(edits.into_iter().map(Action::EditNetwork));
                }
            }
            None => {
                ui.label(crate::tr!("editor-waiting"));
            }
        }
        if config != *view.config {
            actions.push(Action::SetConfig(Box::new(config)));
        }
        actions
    }
}
