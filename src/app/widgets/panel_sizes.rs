//! How wide side panels may grow, as shares of the window: on a laptop
//! screen (1024×640, 1280×720) the main view of each tab — the decision
//! boundary, a lab's plot — keeps at least 40 % of the width, and the side
//! panels scroll instead of squeezing it.

/// A side panel's widths for a window `window_width` wide: it opens at
/// `preferred` points unless that exceeds `share` of the window, and the
/// user can drag it wider only up to `share`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct PanelWidth {
    /// Width the panel opens at.
    pub(crate) default: f32,
    /// Width it can never exceed.
    pub(crate) max: f32,
    /// Width it can never go below.
    pub(crate) min: f32,
}

impl PanelWidth {
    /// Widths for a panel that prefers `preferred` points and may take at
    /// most `share` of a window `window_width` wide (never less than
    /// `min` points, so its controls stay legible).
    pub(crate) fn new(window_width: f32, preferred: f32, share: f32, min: f32) -> Self {
        let max = (share * window_width).max(min);
        Self {
            default: preferred.clamp(min, max),
            max,
            min,
        }
    }

    /// Applies the widths to an egui side panel.
    pub(crate) fn apply(self, panel: egui::Panel) -> egui::Panel {
        panel.default_size(self.default).min_size(self.min).max_size(self.max)
    }
}

/// The control panel left of the boundary view.
pub(crate) fn controls(window_width: f32) -> PanelWidth {
    PanelWidth::new(window_width, 270.0, 0.22, 200.0)
}

/// The network editor right of the boundary view.
pub(crate) fn editor(window_width: f32) -> PanelWidth {
    PanelWidth::new(window_width, 400.0, 0.27, 240.0)
}

/// The network editor while the backprop inspector is open: the numbers
/// on every neuron need room, and the boundary view is only where the
/// sample is picked.
pub(crate) fn inspecting_editor(window_width: f32) -> PanelWidth {
    PanelWidth::new(window_width, 560.0, 0.45, 240.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_panels_leave_the_boundary_view_forty_percent_of_a_laptop_window() {
        for width in [1024.0f32, 1280.0, 1920.0] {
            let side = controls(width).max + editor(width).max;
            assert!(width - side >= 0.4 * width + 20.0, "{width}: panels may take {side}");
        }
    }

    #[test]
    fn a_wide_window_opens_panels_at_their_preferred_width() {
        assert_eq!(editor(1920.0).default, 400.0);
        assert_eq!(controls(1920.0).default, 270.0);
        assert!((editor(1024.0).default - 276.48).abs() < 1e-3);
    }
}
