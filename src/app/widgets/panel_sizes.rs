//! A lab's side panel widths (the network tab's panels are placed by
//! `app::layout`): its main view keeps its share, the side panels scroll
//! instead of squeezing it.

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
    /// Applies the widths to an egui side panel.
    pub(crate) fn apply(self, panel: egui::Panel) -> egui::Panel {
        panel.default_size(self.default).min_size(self.min).max_size(self.max)
    }
}
