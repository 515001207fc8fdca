//! A function sampled on a square grid, drawn in a plot: a heat map on the
//! colour scale of [`crate::render::contour`] (log scale for a loss, dark
//! is low) under its contour lines. The comparison lab's loss surface and
//! the network tab's loss landscape both draw one.

use egui::{Color32, ColorImage, TextureOptions};
use egui_plot::{Line, PlotImage, PlotPoint, PlotPoints, PlotUi};

use crate::render::contour::{contour_lines, heat_color, levels, scale_position};

/// A heat map ready to draw: its texture and contour lines.
#[derive(Default)]
pub struct HeatMap {
    texture: Option<egui::TextureHandle>,
    contours: Vec<Vec<Vec<[f64; 2]>>>,
    /// The lowest and highest finite value.
    pub range: Option<(f64, f64)>,
}

impl HeatMap {
    /// The map of `values[i][j]`, the function at (xs[i], ys[j]), with
    /// `count` contour levels; `name` names its texture.
    pub fn new(ctx: &egui::Context, name: &str, values: &[Vec<f64>], xs: &[f64], ys: &[f64], count: usize) -> Self {
        let (nx, ny) = (xs.len(), ys.len());
        let range = (values.iter().flatten().copied())
            .filter(|v| v.is_finite())
            .fold(None, |r: Option<(f64, f64)>, v| {
                Some(r.map_or((v, v), |(lo, hi)| (lo.min(v), hi.max(v))))
            });
        let (lo, hi) = range.unwrap_or((0.0, 1.0));
        // Row 0 of the image is the top: the largest y.
        let pixels = (0..ny)
            .flat_map(|r| (0..nx).map(move |c| (r, c)))
            .map(|(r, c)| {
                let v = values[c][ny - 1 - r];
                let t = if v.is_finite() { scale_position(v, lo, hi) } else { 1.0 };
                let [red, g, b] = heat_color(t);
                Color32::from_rgb(red, g, b)
            })
            .collect();
        let image = ColorImage::new([nx, ny], pixels);
        Self {
            texture: Some(ctx.load_texture(name, image, TextureOptions::LINEAR)),
            contours: levels(lo, hi, count)
                .into_iter()
                .map(|level| contour_lines(values, xs, ys, level))
                .collect(),
            range,
        }
    }

    /// Draws the map as an image `side` wide centred on (0, 0) and its
    /// contours in `line` (named `name` for the plot's hover).
    pub fn draw(&self, plot: &mut PlotUi<'_>, side: f64, line: Color32, name: &str) {
        if let Some(tex) = &self.texture {
            let side = side as f32;
            plot.image(PlotImage::new(name, tex.id(), PlotPoint::new(0.0, 0.0), [side, side]).allow_hover(false));
        }
        for lines in &self.contours {
            for l in lines {
                plot.line(
                    Line::new(name, PlotPoints::from(l.clone()))
                        .color(line)
                        .width(1.0)
                        .allow_hover(false),
                );
            }
        }
    }
}
