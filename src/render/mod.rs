//! Pictures without a window: the decision boundary in the window's
//! colours with the data points and a text label, as pixels, and the
//! animated GIF of training across the weight checkpoints, contour lines
//! and a colour scale for loss surfaces. No egui here:
//! points and text go through a small CPU renderer and a font reader.

mod animation;
pub mod colors;
pub mod contour;
mod frame;
mod text;

pub use animation::{
    AnimationRequest, DEFAULT_FRAMES, DEFAULT_SIZE, ExportError, GifRender, MAX_FRAMES, epoch_label, export_gif,
    frame_indices,
};
pub use frame::{MAX_DRAWN_POINTS, Picture, Scene, render_frame};
pub use text::{DEFAULT_FONT, Font, FontError, HANGUL_FONT};
