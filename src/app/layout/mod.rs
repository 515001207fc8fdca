//! How the window's panels share a laptop screen. The arrangement — which
//! side each side panel sits on, whether the learner folded it, the width
//! they dragged it to, the height of the plots under the boundary view —
//! is the learner's and saved with the settings. Each frame [`allot`] then
//! gives the panels room in the order the task needs it: the tab's main
//! view first (the boundary view keeps 35 % of the window and 240 px), then
//! the panel the current work needs (the inspector while it is open, else
//! the lesson), the rest after; a panel with no room left folds to a strip
//! the learner can click to give it the room instead.
//!
//! Hand-made egui panels rather than a dock crate: egui_dock has no release
//! for egui 0.37, and egui_tiles (which has) shares space by fractions with
//! one global minimum, so the guarantees above would have to be re-imposed
//! on any tree a learner drags together; here they are one function with
//! unit tests.

use serde::{Deserialize, Serialize};

use crate::tr;

mod allot;
mod panel;
mod slots;

pub use allot::{Keep, allot};
pub use panel::{fold_and_move_ui, side_panel};
pub use slots::{BELOW_MIN, Below, Shown, below_heights, needs, workspace_slots};

/// Which side of the window a side panel sits on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    /// Left of the main view.
    Left,
    /// Right of the main view.
    #[default]
    Right,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Self {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// One side panel's place in the learner's arrangement.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Place {
    /// Its side.
    pub side: Side,
    /// Folded to a strip by the learner.
    pub folded: bool,
    /// The width the learner prefers (dragged to), in points.
    pub width: f32,
}

impl Default for Place {
    fn default() -> Self {
        Self {
            side: Side::Right,
            folded: false,
            width: 300.0,
        }
    }
}

/// The learner's arrangement of the window, saved with the settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    /// The control panel of the network tab.
    pub controls: Place,
    /// The network editor.
    pub editor: Place,
    /// The editor's preferred width while the backprop inspector is open.
    pub inspector_width: f32,
    /// The lesson panel.
    pub lesson: Place,
    /// The concept notes beside a lab.
    pub notes: Place,
    /// Height of the loss plots (or, while inspecting, the inspector's
    /// explanation) under the boundary view.
    pub plots_height: f32,
}

impl Default for Workspace {
    fn default() -> Self {
        Self {
            controls: Place {
                side: Side::Left,
                folded: false,
                width: 270.0,
            },
            editor: Place {
                width: 400.0,
                ..Place::default()
            },
            inspector_width: 520.0,
            lesson: Place {
                width: 340.0,
                ..Place::default()
            },
            // Beside a lab at 1024 px the perceptron's plane keeps 40 %.
            notes: Place {
                width: 280.0,
                ..Place::default()
            },
            plots_height: 220.0,
        }
    }
}

/// The side panels [`allot`] shares the width between.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PanelKind {
    /// The lesson panel.
    Lesson,
    /// The control panel.
    Controls,
    /// The network editor (with the inspector's graph while it is open).
    Editor,
    /// The concept notes beside a lab.
    Notes,
}

impl PanelKind {
    /// The panel's name on its folded strip.
    pub fn title(self) -> String {
        match self {
            PanelKind::Lesson => tr!("layout-lesson"),
            PanelKind::Controls => tr!("layout-controls"),
            PanelKind::Editor => tr!("layout-editor"),
            PanelKind::Notes => tr!("notes-heading"),
        }
    }
}

/// Width of a folded panel's strip.
pub const STRIP: f32 = 30.0;
/// The boundary view's share of the window and its least width.
pub const MAIN_SHARE: f32 = 0.35;
/// See [`MAIN_SHARE`].
pub const MAIN_MIN: f32 = 240.0;
/// Room around the boundary view's plot area: its axes, their captions
/// and the panel's margins.
const MAIN_CHROME: f32 = 86.0;

/// What a panel gets this frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slot {
    /// Drawn as a strip (folded by the learner or for want of room).
    pub folded: bool,
    /// Width it opens at.
    pub default: f32,
    /// Least width it may be dragged to.
    pub min: f32,
    /// Most width it may be dragged to.
    pub max: f32,
}

/// A panel asking for room: its least and preferred widths.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ask {
    /// Which panel.
    pub kind: PanelKind,
    /// Folded by the learner.
    pub folded: bool,
    /// Least width at which it still does its job.
    pub min: f32,
    /// Width the learner prefers.
    pub preferred: f32,
}

/// The boundary view's share of the window before a panel grows past its
/// least width (the view of the earlier laptop layout, kept while only
/// the usual panels are open).
pub const MAIN_PREFERRED_SHARE: f32 = 0.4;

/// The width the tab's main view keeps in a window `window` wide.
pub fn main_view_need(window: f32) -> Keep {
    let need = |share: f32| (share * window).max(MAIN_MIN) + MAIN_CHROME;
    Keep {
        least: need(MAIN_SHARE),
        preferred: need(MAIN_PREFERRED_SHARE),
    }
}

/// A lab's share of the window beside the lesson and the notes, and its
/// least width: its side panel and its plot with their controls in a row.
const LAB_SHARE: f32 = 0.5;
/// See [`LAB_SHARE`].
const LAB_MIN: f32 = 500.0;

/// The width a lab tab keeps in a window `window` wide.
pub fn lab_view_need(window: f32) -> Keep {
    let need = (LAB_SHARE * window).max(LAB_MIN);
    Keep {
        least: need,
        preferred: need,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workspaces_saved_by_older_versions_load_with_defaults() {
        let w: Workspace = serde_json::from_str(r#"{"plots_height": 300.0}"#).unwrap_or_default();
        assert_eq!(w.plots_height, 300.0);
        assert_eq!(w.controls.side, Side::Left);
        let again: Workspace = serde_json::from_str(&serde_json::to_string(&w).unwrap_or_default()).unwrap_or_default();
        assert_eq!(again, w);
    }
}
