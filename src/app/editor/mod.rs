//! The network editor panel: the network drawn as a graph that trains live
//! (thumbnails of every neuron's output, bias markers, connections coloured
//! by sign and sized by magnitude) and edited by hand: layers, neurons,
//! activations, input features, exact weights and biases, frozen
//! connections and switched-off neurons, with its own undo.
//!
//! Shape edits change the settings' configuration (the same one the side
//! panel edits; the app sends it to the worker); weight edits become worker
//! commands at once. Everything drawn comes from the latest snapshot.

mod canvas;
mod edit;
mod graph;
mod header;
mod inspector;
mod layout;
mod thumbs;
mod tooltip;
mod undo;

use egui::Ui;

use super::boundary::BoundaryView;
use super::link::WorkerLink;
use super::undo_order::{UndoOrder, UndoSource};
use crate::train::TrainConfig;
use edit::{EditorEdit, Shape};
use inspector::Inspector;
use thumbs::Thumbnails;
pub use thumbs::neuron_image;
use undo::UndoStack;

/// The editor's state between frames.
pub struct NetworkEditor {
    thumbs: Thumbnails,
    undo: UndoStack,
    inspector: Inspector,
    fit: bool,
    node: f32,
    /// The neuron under the pointer as (column, neuron): column 0 holds the
    /// network's inputs, then one column per layer (as in `NeuronGrids`).
    pub hovered: Option<(usize, usize)>,
    /// Whether the panel is shown.
    pub visible: bool,
}

impl Default for NetworkEditor {
    fn default() -> Self {
        Self {
            thumbs: Thumbnails::default(),
            undo: UndoStack::default(),
            inspector: Inspector::default(),
            fit: true,
            node: 28.0,
            hovered: None,
            visible: true,
        }
    }
}

impl NetworkEditor {
    /// The panel at the right of the window; a hovered neuron is shown
    /// large in `boundary`, and every edit made or undone here is noted in
    /// `order` (for Ctrl+Z).
    pub fn panel_ui(
        &mut self,
        ui: &mut Ui,
        config: &mut TrainConfig,
        link: &mut WorkerLink,
        boundary: &mut BoundaryView,
        order: &mut UndoOrder,
    ) {
        self.hovered = None;
        if self.visible {
            egui::Panel::right("network-editor")
                .resizable(true)
                .default_size(400.0)
                .min_size(260.0)
                .show(ui, |ui| self.ui(ui, config, link, order));
        }
        boundary.show_neuron = self.hovered;
    }

    /// Times the neuron pictures were rebuilt (once per new snapshot).
    pub fn thumbnail_rebuilds(&self) -> u64 {
        self.thumbs.rebuilds
    }

    /// Number of edits that can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Takes back the panel's last edit (its *Undo edit* button, or Ctrl+Z
    /// when that edit is the latest); an edit that no longer fits the
    /// reshaped network is dropped. Returns whether there was one.
    pub fn undo(&mut self, config: &mut TrainConfig, link: &mut WorkerLink) -> bool {
        let Some(edit) = self.undo.pop() else {
            return false;
        };
        carry_out(&edit.inverse(), config, link);
        true
    }

    /// Does again the edit most recently undone in the panel (its *Redo
    /// edit* button, or Ctrl+Shift+Z when that undo is the latest); an edit
    /// that no longer fits the network is dropped. Returns whether there
    /// was one.
    pub fn redo(&mut self, config: &mut TrainConfig, link: &mut WorkerLink) -> bool {
        let Some(edit) = self.undo.redo() else {
            return false;
        };
        carry_out(&edit, config, link);
        true
    }

    /// Pushes `edit` on the undo stack and makes it the latest edit in
    /// `order` (an edit merged into the newest one moves that one up).
    fn remember(&mut self, edit: EditorEdit, order: &mut UndoOrder) {
        if self.undo.push(edit) {
            order.forget_latest(UndoSource::Editor);
        }
        order.push(UndoSource::Editor);
    }

    /// The panel's contents.
    pub fn ui(&mut self, ui: &mut Ui, config: &mut TrainConfig, link: &mut WorkerLink, order: &mut UndoOrder) {
        let before = Shape::of(config);
        let anchor = ui.max_rect().left_top() + egui::vec2(-12.0, 40.0);
        let requests = header::toolbar(ui, config, &self.undo, &mut self.fit, &mut self.node);
        ui.separator();
        let mut edits = Vec::new();
        match link.snapshot.as_ref() {
            Some(snapshot) => {
                self.thumbs.update(ui.ctx(), snapshot);
                self.graph_ui(ui, config, snapshot);
                let features = &config.features;
                let name = |l: usize, i: usize| tooltip::input_name(features, l, i);
                edits.extend(
                    self.inspector
                        .ui(ui.ctx(), anchor, &snapshot.net, &snapshot.masks, &name),
                );
            }
            None => {
                ui.label("Waiting for the training thread…");
            }
        }
        let after = Shape::of(config);
        if after != before {
            self.remember(EditorEdit::Shape { before, after }, order);
        }
        for edit in edits {
            if let Some(command) = edit.perform(config) {
                link.send_command(command);
            }
            self.remember(edit, order);
        }
        if requests.undo && self.undo(config, link) {
            order.undone_by_button(UndoSource::Editor);
        }
        if requests.redo && self.redo(config, link) {
            order.redone_by_button(UndoSource::Editor);
        }
        if requests.reset {
            link.reset();
        }
    }
}

/// Carries out an undone or redone edit, unless it no longer fits the
/// network (reshaped since).
fn carry_out(edit: &EditorEdit, config: &mut TrainConfig, link: &mut WorkerLink) {
    if link.snapshot.as_ref().is_none_or(|s| edit.fits(&s.net))
        && let Some(command) = edit.perform(config)
    {
        link.send_command(command);
    }
}
