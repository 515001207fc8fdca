//! The network tab's panels drawn into the room [`layout`] gave them, and
//! the message line over the main view.
//!
//! The order the panels are drawn in decides who gets the window's full
//! height or width: while the backprop inspector is open its graph (the
//! editor) is drawn first, at full height, so every neuron shows; then its
//! explanation, as wide as the rest of the window (under the control panel
//! too: a chain rule with eight terms then reads in two lines, not four);
//! the control panel and the boundary view share what is left above it.
//! Otherwise the control panel and the editor take the full height and the
//! loss plots sit under the boundary view.

use egui::Ui;

use super::boundary::{BoundaryView, ClickMode};
use super::controls;
use super::editor::{EditorOutput, NetworkEditor};
use super::landscape::{LandscapeView, landscape_ui, view_switch_ui};
use super::layout::{self, PanelKind, Slot};
use super::loss_plot::LossView;
use crate::app::context::{Action, View, ViewOptions};
use crate::i18n::Message;

/// Seconds an information message stays on screen.
pub const INFO_SECONDS: f64 = 8.0;
/// Seconds an error message stays on screen (longer: it may need acting on).
pub const ERROR_SECONDS: f64 = 30.0;

/// A message shown over the main view until dismissed, replaced, or
/// expired ([`INFO_SECONDS`], [`ERROR_SECONDS`]): a message about
/// something long past (an export, an old inspector error) never lingers
/// into a later task. A value, put into words each time it is drawn (in
/// the language of that frame).
#[derive(Debug)]
pub struct Notice {
    /// What it says.
    pub message: Message,
    /// When (egui's clock) it first showed.
    since: Option<f64>,
}

impl Notice {
    /// `message`, not shown yet.
    pub fn new(message: Message) -> Self {
        Self { message, since: None }
    }

    /// Red (an error) or neutral.
    pub fn is_error(&self) -> bool {
        self.message.is_error()
    }

    /// The words, in the current language.
    pub fn text(&self) -> String {
        self.message.to_string()
    }

    /// Seconds it stays on screen.
    pub fn lasts(&self) -> f64 {
        if self.is_error() { ERROR_SECONDS } else { INFO_SECONDS }
    }
}

/// Forgets `notice` once it has been on screen its time.
pub(super) fn expire_notice(ctx: &egui::Context, notice: &mut Option<Notice>) {
    let now = ctx.input(|i| i.time);
    let Some(shown) = notice.as_mut() else { return };
    let from = *shown.since.get_or_insert(now);
    let lasts = shown.lasts();
    if now - from >= lasts {
        *notice = None;
    } else {
        // Wake up to take it away even when nothing else moves.
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(lasts - (now - from)));
    }
}

/// Where the window's panels were drawn last frame (what the layout tests
/// measure).
#[derive(Clone, Copy, Debug, Default)]
pub struct PanelRects {
    /// The lesson panel (or its strip).
    pub lesson: Option<egui::Rect>,
    /// The control panel (or its strip).
    pub controls: Option<egui::Rect>,
    /// The network editor (or its strip).
    pub editor: Option<egui::Rect>,
    /// The concept notes beside a lab (or their strip).
    pub notes: Option<egui::Rect>,
    /// The panel under the boundary view: the loss plots, or the
    /// inspector's explanation while it is open.
    pub below: Option<egui::Rect>,
}

/// What the network tab draws into, borrowed from the app for one frame.
pub(super) struct NetworkTab<'a> {
    pub(super) options: &'a mut ViewOptions,
    pub(super) editor: &'a mut NetworkEditor,
    pub(super) loss: &'a mut LossView,
    pub(super) boundary: &'a mut BoundaryView,
    pub(super) landscape: &'a mut LandscapeView,
    pub(super) notice: &'a mut Option<Notice>,
    pub(super) favour: &'a mut Option<PanelKind>,
    pub(super) rects: &'a mut PanelRects,
}

impl NetworkTab<'_> {
    /// Draws the tab's panels into `slots`; returns what the learner asked for.
    pub(super) fn ui(mut self, ui: &mut Ui, view: &View, slots: &[(PanelKind, Slot)], inspecting: bool) -> Vec<Action> {
        let slot = |kind| slots.iter().find(|(k, _)| *k == kind).map(|(_, s)| *s);
        let mut actions = Vec::new();
        let edited = if inspecting {
            let edited = self.editor_ui(ui, view, slot(PanelKind::Editor), true);
            actions.extend(self.below_ui(ui, view, true));
            actions.extend(self.controls_ui(ui, view, slot(PanelKind::Controls)));
            edited
        } else {
            actions.extend(self.controls_ui(ui, view, slot(PanelKind::Controls)));
            let edited = self.editor_ui(ui, view, slot(PanelKind::Editor), false);
            actions.extend(self.below_ui(ui, view, false));
            edited
        };
        actions.extend(edited.actions);
        let Self {
            options,
            editor,
            boundary,
            landscape,
            notice,
            ..
        } = self;
        egui::CentralPanel::default().show(ui, |ui| {
            notice_ui(ui, notice);
            if let Some(stopped) = view.snapshot.and_then(|s| s.stopped.as_ref()) {
                ui.colored_label(ui.visuals().error_fg_color, stopped.to_string());
            }
            view_switch_ui(ui, &mut options.show_landscape);
            if options.show_landscape {
                actions.extend(landscape_ui(ui, landscape, view));
                return;
            }
            let mode = match view.snapshot {
                Some(s) if s.shown_checkpoint.is_some() => ClickMode::ReadOnly,
                _ if inspecting => ClickMode::Pick(editor.backprop.sample()),
                _ => ClickMode::Edit,
            };
            actions.extend(boundary.ui(ui, view, options, edited.hovered, mode));
        });
        actions
    }

    /// The control panel in its slot (none: hidden).
    fn controls_ui(&mut self, ui: &mut Ui, view: &View, slot: Option<Slot>) -> Vec<Action> {
        let Some(s) = slot else { return Vec::new() };
        let mut place = self.options.workspace.controls;
        let options = &mut *self.options;
        let (out, rect) = layout::side_panel(
            ui,
            PanelKind::Controls,
            "",
            &mut place,
            s,
            self.favour,
            true,
            |ui, _| controls::controls_panel_ui(ui, options, view),
        );
        self.options.workspace.controls = place;
        self.rects.controls = Some(rect);
        out.unwrap_or_default()
    }

    /// The editor in its slot; while inspecting it opens at (and
    /// remembers) a width of its own.
    fn editor_ui(&mut self, ui: &mut Ui, view: &View, slot: Option<Slot>, inspecting: bool) -> EditorOutput {
        let Some(s) = slot else {
            return EditorOutput::default();
        };
        let ws = &mut self.options.workspace;
        let mut place = ws.editor;
        if inspecting {
            place.width = ws.inspector_width;
        }
        let salt = if inspecting { "inspecting" } else { "" };
        let editor = &mut *self.editor;
        let (out, rect) = layout::side_panel(
            ui,
            PanelKind::Editor,
            salt,
            &mut place,
            s,
            self.favour,
            true,
            |ui, _| editor.panel_ui(ui, view),
        );
        if inspecting {
            ws.inspector_width = place.width;
            place.width = ws.editor.width;
        }
        ws.editor = place;
        self.rects.editor = Some(rect);
        out.unwrap_or_default()
    }

    /// The loss plots, or while inspecting the inspector's explanation,
    /// at the bottom of the room left.
    fn below_ui(&mut self, ui: &mut Ui, view: &View, inspecting: bool) -> Vec<Action> {
        let below = match (inspecting, self.options.show_landscape) {
            (true, _) => layout::Below::Inspector,
            (false, true) => layout::Below::Landscape,
            (false, false) => layout::Below::Plots,
        };
        let (height, max) = layout::below_heights(ui.available_height(), &self.options.workspace, below);
        let mut actions = Vec::new();
        let id = match below {
            layout::Below::Inspector => "inspector-explained",
            layout::Below::Landscape => "loss-under-landscape",
            layout::Below::Plots => "loss",
        };
        let shown = egui::Panel::bottom(id)
            .resizable(true)
            .default_size(height)
            .min_size(layout::BELOW_MIN)
            .max_size(max)
            .show(ui, |ui| {
                // egui remembers a panel's height as the height its
                // contents took: filled, it keeps the height given (a
                // short first frame, before the trace arrives, would
                // otherwise shrink it for good).
                ui.set_min_height(ui.available_height());
                if inspecting {
                    actions.extend(self.editor.inspector_ui(ui, view));
                } else {
                    actions.extend(self.loss.ui(ui, view.snapshot, self.options.log_loss));
                }
            });
        self.rects.below = Some(shown.response.rect);
        if below == layout::Below::Plots && ui.ctx().dragged_id().is_some() {
            self.options.workspace.plots_height = shown.response.rect.height();
        }
        actions
    }
}

/// The message line, with a close button.
pub(super) fn notice_ui(ui: &mut Ui, notice: &mut Option<Notice>) {
    let Some(n) = notice.as_ref() else { return };
    let mut close = false;
    ui.horizontal(|ui| {
        let color = if n.is_error() {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().strong_text_color()
        };
        ui.colored_label(color, n.text());
        close = ui
            .small_button("×")
            .on_hover_text(crate::tr!("window-dismiss-hover", seconds = n.lasts()))
            .clicked();
    });
    if close {
        *notice = None;
    }
}
