//! Where every node of the graph goes: one column per layer (inputs,
//! hidden layers, output), neurons stacked and centred vertically.

use egui::{Pos2, Rect, Vec2, pos2, vec2};

/// Height of the strip above the columns holding each layer's controls.
pub(super) const HEADER: f32 = 46.0;
/// Narrowest distance between two columns (room for the layer controls).
const MIN_COLUMN_PITCH: f32 = 78.0;
/// Narrowest column pitch *Fit* closes up to.
const MIN_FIT_PITCH: f32 = 32.0;
/// Header strips narrower than this show the compact layer controls.
pub(super) const COMPACT_HEADER: f32 = 64.0;
/// Room left of the input column for the feature names.
const LEFT_PAD: f32 = 40.0;
/// Room right of the output column for the class names.
const RIGHT_PAD: f32 = 64.0;
/// Room under the lowest row (what [`Layout::fitting`] leaves).
const BOTTOM_PAD: f32 = 8.0;
/// Smallest and largest node side in pixels.
pub(super) const NODE_RANGE: std::ops::RangeInclusive<f32> = 10.0..=56.0;

/// The geometry of one frame's graph.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Layout {
    /// Top-left corner of the whole graph on screen.
    pub origin: Pos2,
    /// Side of a node.
    pub node: f32,
    /// Vertical distance between neighbouring nodes.
    pub row_pitch: f32,
    /// Horizontal distance between columns.
    pub column_pitch: f32,
    /// Nodes per column.
    pub counts: Vec<usize>,
    /// Tallest column, in nodes.
    pub tallest: usize,
    /// Room right of the output column (its class names, or the
    /// inspector's numbers under it).
    pub right_pad: f32,
}

impl Layout {
    /// A layout for columns of `counts` nodes with nodes of side `node`.
    pub(crate) fn new(origin: Pos2, counts: Vec<usize>, node: f32) -> Self {
        let node = node.clamp(*NODE_RANGE.start(), *NODE_RANGE.end());
        let tallest = counts.iter().copied().max().unwrap_or(1).max(1);
        Self {
            origin,
            node,
            row_pitch: node + (node * 0.3).max(3.0),
            column_pitch: (node * 3.2).max(MIN_COLUMN_PITCH),
            counts,
            tallest,
            right_pad: RIGHT_PAD,
        }
    }

    /// The node side and column pitch that fit `columns` columns, the
    /// tallest of `tallest` nodes, into `size` (*Fit*). Columns close up
    /// below their usual pitch when the panel is narrow (a laptop screen,
    /// a deep network): then the layer controls above them turn compact
    /// (see [`COMPACT_HEADER`]). Never below the smallest legible sizes:
    /// then the panel scrolls.
    pub(crate) fn fitting(size: Vec2, columns: usize, tallest: usize) -> (f32, f32) {
        let rows = tallest.max(1) as f32;
        let tall = (size.y - HEADER - BOTTOM_PAD) / (rows * 1.3);
        let pitch = ((size.x - LEFT_PAD - RIGHT_PAD - 8.0) / columns.max(1) as f32).max(MIN_FIT_PITCH);
        let node = tall
            .min(pitch / 3.2)
            .max(pitch * 0.45)
            .min(tall)
            .clamp(*NODE_RANGE.start(), 40.0);
        let usual = (node * 3.2).max(MIN_COLUMN_PITCH);
        (node, pitch.min(usual))
    }

    /// The size of the whole graph: its columns across, and under the
    /// header its rows with the room *Fit* leaves below them (the columns'
    /// side margin there made a graph fitted to a panel a few points too
    /// tall for it, and the panel scroll).
    pub(crate) fn size(&self) -> Vec2 {
        let cols = self.counts.len().max(1) as f32;
        vec2(
            (cols - 1.0) * self.column_pitch + self.node + 2.0 * self.margin() + LEFT_PAD + self.right_pad,
            HEADER + self.tallest as f32 * self.row_pitch + BOTTOM_PAD,
        )
    }

    /// The column pitch at which the graph is `width` wide.
    pub(crate) fn pitch_within(&self, width: f32) -> f32 {
        (width - LEFT_PAD - self.right_pad) / self.counts.len().max(1) as f32
    }

    fn margin(&self) -> f32 {
        (self.column_pitch - self.node) / 2.0
    }

    /// Left edge of column `c`'s nodes.
    fn column_x(&self, c: usize) -> f32 {
        self.origin.x + LEFT_PAD + self.margin() + c as f32 * self.column_pitch
    }

    /// The rectangle of node `j` of column `c`.
    pub(crate) fn node_rect(&self, c: usize, j: usize) -> Rect {
        let n = self.counts.get(c).copied().unwrap_or(0);
        let offset = (self.tallest - n.min(self.tallest)) as f32 * self.row_pitch / 2.0;
        let y = self.origin.y + HEADER + offset + j as f32 * self.row_pitch;
        Rect::from_min_size(pos2(self.column_x(c), y), Vec2::splat(self.node))
    }

    /// The strip above column `c` where its controls go.
    pub(crate) fn header_rect(&self, c: usize) -> Rect {
        let centre = self.column_x(c) + self.node / 2.0;
        let w = self.column_pitch - 6.0;
        Rect::from_min_size(pos2(centre - w / 2.0, self.origin.y), vec2(w, HEADER - 4.0))
    }

    /// Where a connection into node `j` of column `c` ends.
    pub(crate) fn in_port(&self, c: usize, j: usize) -> Pos2 {
        self.node_rect(c, j).left_center()
    }

    /// Where a connection out of node `j` of column `c` starts.
    pub(crate) fn out_port(&self, c: usize, j: usize) -> Pos2 {
        self.node_rect(c, j).right_center()
    }
}

/// Squared distance from `p` to the segment `a`–`b`.
pub(super) fn distance_sq(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = ((p - a).dot(ab) / ab.length_sq().max(1e-6)).clamp(0.0, 1.0);
    (a + ab * t - p).length_sq()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_are_found_where_they_are_drawn() {
        let l = Layout::new(pos2(10.0, 20.0), vec![2, 8, 3, 1], 24.0);
        for (c, &n) in l.counts.iter().enumerate() {
            for j in 1..n {
                assert!(
                    l.node_rect(c, j).top() > l.node_rect(c, j - 1).bottom(),
                    "nodes overlap"
                );
            }
            assert!(l.header_rect(c).bottom() < l.node_rect(c, 0).top());
        }
        assert!(l.node_rect(0, 0).right() < l.node_rect(1, 0).left());
        let size = l.size();
        assert!(l.node_rect(1, 7).max.y <= 20.0 + size.y);
        assert!(l.node_rect(3, 0).max.x <= 10.0 + size.x);
    }

    #[test]
    fn fit_keeps_every_column_of_a_deep_network_inside_a_narrow_panel() {
        // Inputs, three hidden layers of eight and the output in a 276-point
        // panel (a 1024-wide laptop window).
        let size = vec2(276.0 - 16.0, 400.0);
        let counts = vec![7, 8, 8, 8, 1];
        let (node, pitch) = Layout::fitting(size, counts.len(), 8);
        let mut l = Layout::new(pos2(0.0, 0.0), counts, node);
        l.column_pitch = pitch;
        assert!(l.size().x <= size.x + 8.0, "graph {} wide in {}", l.size().x, size.x);
        assert!(l.node_rect(4, 0).right() < size.x);
        assert!(l.node_rect(1, 0).right() < l.node_rect(2, 0).left(), "columns overlap");
        // A roomy panel keeps the usual spacing.
        let (node, pitch) = Layout::fitting(vec2(600.0, 600.0), 3, 4);
        assert!((pitch - (node * 3.2).max(MIN_COLUMN_PITCH)).abs() < 1e-3);
    }

    #[test]
    fn segment_distance() {
        let d = distance_sq(pos2(5.0, 3.0), pos2(0.0, 0.0), pos2(10.0, 0.0));
        assert!((d - 9.0).abs() < 1e-4);
        assert!((distance_sq(pos2(-3.0, 4.0), pos2(0.0, 0.0), pos2(10.0, 0.0)) - 25.0).abs() < 1e-4);
    }
}
