//! The painter's side of a frame, without a GPU: textures as a GPU
//! painter holds them.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use egui::epaint::textures::TexturesDelta;
use egui::epaint::{ImageData, TextureId};
use egui_kittest::TestRenderer;

/// What a GPU painter holds: each texture's pixels (RGBA, 4 bytes each),
/// set whole or patched in place, and freed when egui frees it.
/// `bytes` is shared with the benchmark, which cannot reach into the
/// harness.
#[derive(Default)]
pub(crate) struct TextureStore {
    textures: HashMap<TextureId, ([usize; 2], Vec<u8>)>,
    pub(crate) bytes: Arc<AtomicUsize>,
}

impl TestRenderer for TextureStore {
    fn handle_delta(&mut self, delta: &mut TexturesDelta) {
        for (id, deltas) in delta.set.drain() {
            for d in deltas {
                let ImageData::Color(image) = &d.image;
                let [w, h] = image.size;
                let pixels: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
                match d.pos {
                    None => {
                        self.textures.insert(id, ([w, h], pixels));
                    }
                    Some([x0, y0]) => {
                        if let Some(([tw, _], store)) = self.textures.get_mut(&id) {
                            for row in 0..h {
                                let at = ((y0 + row) * *tw + x0) * 4;
                                store[at..at + w * 4].copy_from_slice(&pixels[row * w * 4..(row + 1) * w * 4]);
                            }
                        }
                    }
                }
            }
        }
        for id in delta.free.drain() {
            self.textures.remove(&id);
        }
        let held = self.textures.values().map(|(_, p)| p.len()).sum();
        self.bytes.store(held, Ordering::Relaxed);
    }
}
