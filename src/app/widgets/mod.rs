//! Drawing helpers several panels share: colours, neuron pictures, number
//! formats, heat maps with contours, note texts, plot axes, panel widths,
//! fonts and hover text. Like [`super::context`], it imports no panel.

pub mod colors;
pub mod fonts;
pub mod format;
pub mod heat_map;
pub mod hover;
pub mod neuron_image;
pub mod note_body;
pub mod panel_sizes;
pub mod plot_axes;
