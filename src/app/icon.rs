//! The window's icon: the app icon (assets/icons/nnlab.svg, rendered by
//! tools/render_icons.sh) compiled into the program, so the title bar,
//! task bar and task switcher show it however nnlab was installed.

use std::sync::Arc;

/// The rendering compiled in: 128 px is the largest a task switcher draws
/// without scaling up on common screens, and small to decode (6 KB).
const ICON_PNG: &[u8] = include_bytes!("../../assets/icons/nnlab-128.png");

/// The app icon as the window wants it (straight RGBA). `None` only if the
/// compiled-in PNG does not decode, which the tests rule out: the window
/// then opens with the system's default icon rather than not at all.
pub(crate) fn window_icon() -> Option<Arc<egui::IconData>> {
    eframe::icon_data::from_png_bytes(ICON_PNG).ok().map(Arc::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_decodes_to_a_square_tile_with_round_corners() {
        let icon = window_icon().expect("the icon decodes");
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
        let alpha = |x: usize, y: usize| icon.rgba[(y * 128 + x) * 4 + 3];
        // Rounded corners are transparent, the tile itself opaque.
        assert_eq!(alpha(0, 0), 0);
        assert_eq!(alpha(127, 127), 0);
        assert_eq!(alpha(64, 64), 255);
        assert_eq!(alpha(10, 64), 255);
    }
}
