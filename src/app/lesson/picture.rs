//! A step's image in the lesson panel: read from beside the lesson file
//! once per step (the checker has already refused files that are too
//! large or too many pixels), uploaded as a texture, and drawn at most the
//! panel's width and [`MAX_HEIGHT`] points high.

use egui::{RichText, TextureHandle, Ui};

use crate::lessons::{LessonRun, load_image};
use crate::tr;

/// Highest an image is drawn, in points: the text stays in view.
pub(super) const MAX_HEIGHT: f32 = 220.0;

/// The image of one step, uploaded, or why it cannot be shown.
pub(super) struct Picture {
    /// Lesson id, step and file name it was made for.
    key: (String, usize, String),
    /// The texture, or the reason in words.
    texture: Result<TextureHandle, String>,
}

impl std::fmt::Debug for Picture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Picture")
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

/// Draws the current step's image, if it has one; `cache` keeps the
/// texture between frames.
pub(super) fn picture_ui(ui: &mut Ui, run: &LessonRun, cache: &mut Option<Picture>) {
    let Some(name) = &run.step().image else { return };
    let key = (run.lesson().id.clone(), run.current(), name.clone());
    if cache.as_ref().is_none_or(|p| p.key != key) {
        let texture = load_image(&run.lesson().origin, name)
            .map(|img| {
                let size = [img.width as usize, img.height as usize];
                let color = egui::ColorImage::from_rgba_unmultiplied(size, &img.rgba);
                ui.ctx()
                    .load_texture(format!("lesson-image-{name}"), color, Default::default())
            })
            .map_err(|p| crate::i18n::problem_text(&p));
        *cache = Some(Picture { key, texture });
    }
    let Some(picture) = cache.as_ref() else { return };
    ui.add_space(4.0);
    match &picture.texture {
        Ok(texture) => {
            let image = egui::Image::new(texture)
                .max_width(ui.available_width())
                .max_height(MAX_HEIGHT)
                .maintain_aspect_ratio(true)
                .alt_text(name.as_str());
            ui.add(image)
                .on_hover_text(tr!("lesson-image-hover", file = name.as_str()));
        }
        Err(reason) => {
            ui.label(RichText::new(reason).small().weak());
        }
    }
}
