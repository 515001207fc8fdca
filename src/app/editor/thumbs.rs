//! Every neuron's picture, packed into one texture atlas that is rebuilt
//! only when a new snapshot arrives: drawing then costs one image shape per
//! neuron and no texture upload in ordinary frames.

use egui::{Color32, ColorImage, Context, Rect, TextureHandle, TextureId, TextureOptions, pos2};

use crate::app::widgets::neuron_image::{shade, shown};
use crate::train::Snapshot;

/// Shortest time between two rebuilds of the atlas (the eye does not need
/// more than about 15 new pictures per second).
pub(super) const MIN_INTERVAL: std::time::Duration = std::time::Duration::from_millis(66);

/// The atlas: column c of tiles is network column c, row j neuron j.
#[derive(Default)]
pub(crate) struct Thumbnails {
    texture: Option<TextureHandle>,
    /// Snapshot sequence the atlas shows, and when it was built.
    sequence: Option<u64>,
    built: Option<web_time::Instant>,
    tile: usize,
    size: [usize; 2],
    /// Times the atlas was rebuilt (tests check it is not every frame).
    pub rebuilds: u64,
}

impl Thumbnails {
    /// Rebuilds the atlas if `snapshot` is newer than the one shown, at
    /// most [`MIN_INTERVAL`] apart (a repaint is requested for the rest).
    pub(crate) fn update(&mut self, ctx: &Context, snapshot: &Snapshot) {
        if self.sequence == Some(snapshot.sequence) {
            return;
        }
        if let Some(wait) = self.built.and_then(|t| MIN_INTERVAL.checked_sub(t.elapsed())) {
            ctx.request_repaint_after(wait);
            return;
        }
        self.sequence = Some(snapshot.sequence);
        self.built = Some(web_time::Instant::now());
        let grids = &snapshot.neurons;
        let tile = grids.resolution.max(1);
        let cols = grids.layers.len().max(1);
        let rows = grids.layers.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let mut image = ColorImage::filled([cols * tile, rows * tile], Color32::TRANSPARENT);
        for (c, layer) in grids.layers.iter().enumerate() {
            for (j, values) in layer.iter().enumerate() {
                if values.len() != tile * tile {
                    continue;
                }
                let s = shade(&snapshot.net, c, j, values);
                let table = s.table();
                for (k, &v) in values.iter().enumerate() {
                    let (x, y) = (c * tile + k % tile, j * tile + k / tile);
                    image.pixels[y * cols * tile + x] = table[s.index(shown(&snapshot.net, c, v))];
                }
            }
        }
        self.tile = tile;
        self.size = [cols * tile, rows * tile];
        match &mut self.texture {
            Some(t) => t.set(image, TextureOptions::LINEAR),
            None => self.texture = Some(ctx.load_texture("neuron-atlas", image, TextureOptions::LINEAR)),
        }
        self.rebuilds += 1;
    }

    /// The texture and the UV rectangle of neuron `neuron` of `column`.
    pub(crate) fn tile(&self, column: usize, neuron: usize) -> Option<(TextureId, Rect)> {
        let t = self.texture.as_ref()?;
        let [w, h] = self.size;
        if (column + 1) * self.tile > w || (neuron + 1) * self.tile > h {
            return None;
        }
        let (tw, th) = (self.tile as f32 / w as f32, self.tile as f32 / h as f32);
        let min = pos2(column as f32 * tw, neuron as f32 * th);
        Some((t.id(), Rect::from_min_size(min, egui::vec2(tw, th))))
    }
}
