//! One picture of the decision boundary without a window: the network's
//! output over the view in the window's colours, the data points on it
//! (training points filled, test points hollow) and a text label.

use vello_cpu::color::{AlphaColor, Srgb};
use vello_cpu::kurbo::{Circle, Rect, Shape, Stroke};
use vello_cpu::{CompositeMode, Pixmap, RasterizerSettings, RenderContext, Resources};

use super::colors::{Rgb, Style, class_color, diverging, grid_colors};
use super::text::Font;
use crate::data::{Dataset, Feature};
use crate::nn::Mlp;
use crate::train::{GridEvaluator, GridSpec};

/// At most this many points are drawn (evenly spread), as in the window.
pub const MAX_DRAWN_POINTS: usize = 20_000;

/// What every frame of one picture or animation shares.
#[derive(Clone, Copy, Debug)]
pub struct Scene<'a> {
    /// The points, their classes or values, and their scaling.
    pub dataset: &'a Dataset,
    /// The input features the network is fed.
    pub features: &'a [Feature],
    /// The region of the plane shown, and the picture's size: one pixel per
    /// grid cell, `resolution × resolution` (16 to 512).
    pub view: GridSpec,
    /// How the boundary is coloured.
    pub style: Style,
    /// The label's font.
    pub font: &'a Font<'a>,
}

/// A square picture, straight (not premultiplied) RGBA, row 0 at the top.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// Pixels per side.
    pub size: usize,
    /// `size² · 4` bytes.
    pub rgba: Vec<u8>,
}

fn paint(c: Rgb, alpha: u8) -> AlphaColor<Srgb> {
    AlphaColor::from_rgba8(c[0], c[1], c[2], alpha)
}

/// Draws `net`'s boundary over `scene.view`, the data points and `label`
/// (top left, on a pale box). `eval` is reused across frames.
pub fn render_frame(scene: &Scene<'_>, eval: &mut GridEvaluator, net: &Mlp, label: &str) -> Picture {
    let view = scene.view;
    let size = view.resolution;
    let grid = eval.output(net, view, scene.features, scene.dataset);
    let side = size as u16;
    let mut pixmap = Pixmap::new(side, side);
    for (px, c) in pixmap
        .data_as_u8_slice_mut()
        .chunks_exact_mut(4)
        .zip(grid_colors(&grid, scene.style))
    {
        px.copy_from_slice(&[c[0], c[1], c[2], 255]);
    }
    let mut ctx = RenderContext::new(side, side);
    draw_points(&mut ctx, scene);
    draw_label(&mut ctx, scene.font, label, size as f64);
    let settings = RasterizerSettings {
        composite_mode: CompositeMode::SrcOver,
        ..RasterizerSettings::default()
    };
    ctx.render_with(&mut pixmap, &mut Resources::new(), settings);
    // Every pixel is opaque (the boundary is), so premultiplied is straight.
    Picture {
        size,
        rgba: pixmap.data_as_u8_slice().to_vec(),
    }
}

/// Data points: training points filled with a dark rim, test points as
/// rings, in their class colour (regression: the value's colour).
fn draw_points(ctx: &mut RenderContext, scene: &Scene<'_>) {
    let v = scene.view;
    let n = v.resolution as f64;
    let radius = (n / 110.0).clamp(2.0, 5.0);
    let points = &scene.dataset.points;
    let stride = points.len().div_ceil(MAX_DRAWN_POINTS).max(1);
    let classes = scene.dataset.num_classes();
    let dark = [40, 40, 40];
    for p in points.iter().step_by(stride) {
        let x = (p.x[0] - v.x_min) / (v.x_max - v.x_min) * n;
        let y = (v.y_max - p.x[1]) / (v.y_max - v.y_min) * n;
        if !(x.is_finite() && y.is_finite()) || x < -radius || y < -radius || x > n + radius || y > n + radius {
            continue;
        }
        let color = if classes > 0 {
            class_color(p.class())
        } else {
            diverging((p.y as f32 / scene.style.value_scale.max(1e-6)).clamp(-1.0, 1.0))
        };
        let circle = Circle::new((x, y), radius).to_path(0.05);
        if p.test {
            ctx.set_stroke(Stroke::new(radius * 0.55));
            ctx.set_paint(paint(color, 255));
            ctx.stroke_path(&circle);
        } else {
            ctx.set_paint(paint(color, 255));
            ctx.fill_path(&circle);
            ctx.set_stroke(Stroke::new(0.8));
            ctx.set_paint(paint(dark, 200));
            ctx.stroke_path(&circle);
        }
    }
}

/// The label at the top left on a translucent white box.
fn draw_label(ctx: &mut RenderContext, font: &Font<'_>, label: &str, n: f64) {
    if label.is_empty() {
        return;
    }
    let size_px = (n / 22.0).clamp(9.0, 24.0) as f32;
    let pad = f64::from(size_px) * 0.4;
    let width = f64::from(font.width(label, size_px));
    let ascent = f64::from(font.ascent(size_px));
    let height = f64::from(size_px) * 1.25;
    ctx.set_paint(paint([255, 255, 255], 210));
    ctx.fill_rect(&Rect::new(
        pad * 0.5,
        pad * 0.5,
        pad * 1.5 + width + pad,
        pad * 1.5 + height,
    ));
    ctx.set_paint(paint([20, 20, 20], 255));
    let baseline = pad + (height + ascent) / 2.0 - f64::from(size_px) * 0.1;
    ctx.fill_path(&font.text_path(label, size_px, pad * 1.5, baseline));
}
