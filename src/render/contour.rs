//! Contour lines and a colour scale for a function sampled on a grid: the
//! comparison lab's loss surface and the network tab's loss landscape.
//!
//! Contours come from marching squares: in each grid cell, the level
//! crosses every edge whose two corners lie on opposite sides of it, at the
//! linearly interpolated point; the crossings of a cell are joined in pairs
//! (a saddle, with all four edges crossed, is split by the cell's mean).
//! Crossings are named by the grid edge they lie on, so the pieces of
//! neighbouring cells join exactly into polylines.

use std::collections::HashMap;

use super::colors::{Rgb, mix};

/// A grid edge: from corner (i, j) to (i + 1, j) (`along_x`) or (i, j + 1).
type EdgeId = (usize, usize, bool);

/// The polylines where `values` equals `level`. `values[i][j]` is the
/// function at (xs[i], ys[j]); every row has `ys.len()` values.
pub fn contour_lines(values: &[Vec<f64>], xs: &[f64], ys: &[f64], level: f64) -> Vec<Vec<[f64; 2]>> {
    let (nx, ny) = (xs.len(), ys.len());
    if nx < 2 || ny < 2 || values.len() < nx || values.iter().any(|r| r.len() < ny) {
        return Vec::new();
    }
    let above = |i: usize, j: usize| values[i][j] >= level;
    let point = |(i, j, along_x): EdgeId| {
        let (i2, j2) = if along_x { (i + 1, j) } else { (i, j + 1) };
        let (a, b) = (values[i][j], values[i2][j2]);
        let t = if b == a {
            0.5
        } else {
            ((level - a) / (b - a)).clamp(0.0, 1.0)
        };
        [xs[i] + t * (xs[i2] - xs[i]), ys[j] + t * (ys[j2] - ys[j])]
    };
    let mut segments: Vec<[EdgeId; 2]> = Vec::new();
    for i in 0..nx - 1 {
        for j in 0..ny - 1 {
            let finite = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)]
                .iter()
                .all(|&(a, b)| values[a][b].is_finite());
            if !finite {
                continue;
            }
            // Edges in order around the cell: bottom, right, top, left.
            let edges = [(i, j, true), (i + 1, j, false), (i, j + 1, true), (i, j, false)];
            let corners = [above(i, j), above(i + 1, j), above(i + 1, j + 1), above(i, j + 1)];
            let crossed: Vec<EdgeId> = (0..4)
                .filter(|&k| corners[k] != corners[(k + 1) % 4])
                .map(|k| edges[k])
                .collect();
            match crossed.as_slice() {
                [a, b] => segments.push([*a, *b]),
                [a, b, c, d] => {
                    // A saddle: the mean decides which corners connect.
                    let mean = (values[i][j] + values[i + 1][j] + values[i + 1][j + 1] + values[i][j + 1]) / 4.0;
                    if (mean >= level) == corners[0] {
                        segments.push([*a, *b]);
                        segments.push([*c, *d]);
                    } else {
                        segments.push([*b, *c]);
                        segments.push([*d, *a]);
                    }
                }
                _ => {}
            }
        }
    }
    chain(&segments)
        .into_iter()
        .map(|ids| ids.into_iter().map(point).collect())
        .collect()
}

/// Joins segments that share an edge into polylines.
fn chain(segments: &[[EdgeId; 2]]) -> Vec<Vec<EdgeId>> {
    let mut touching: HashMap<EdgeId, Vec<usize>> = HashMap::new();
    for (k, s) in segments.iter().enumerate() {
        for e in s {
            touching.entry(*e).or_default().push(k);
        }
    }
    let mut used = vec![false; segments.len()];
    let mut lines = Vec::new();
    // Open chains start at an edge only one segment touches (the grid's
    // border); what is left after them are closed loops.
    let starts = (0..segments.len()).flat_map(|k| [(k, 0), (k, 1)]);
    let open_first = starts
        .clone()
        .filter(|&(k, end)| touching[&segments[k][end]].len() == 1);
    for (k, end) in open_first.chain(starts) {
        if used[k] {
            continue;
        }
        let mut line = vec![segments[k][end], segments[k][1 - end]];
        used[k] = true;
        let mut current = k;
        loop {
            let tip = *line.last().unwrap_or(&segments[k][0]);
            let next = touching[&tip].iter().copied().find(|&s| s != current && !used[s]);
            let Some(s) = next else { break };
            used[s] = true;
            let other = if segments[s][0] == tip {
                segments[s][1]
            } else {
                segments[s][0]
            };
            line.push(other);
            current = s;
        }
        lines.push(line);
    }
    lines
}

/// `count` contour levels between `lo` and `hi`, evenly spaced in log(v)
/// when both are positive (a loss spans decades; its valley needs the
/// lines), else evenly.
pub fn levels(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    if !(lo.is_finite() && hi.is_finite() && hi > lo) || count == 0 {
        return Vec::new();
    }
    let f = |k: usize| (k as f64 + 0.5) / count as f64;
    if lo > 0.0 {
        let (a, b) = (lo.ln(), hi.ln());
        (0..count).map(|k| (a + f(k) * (b - a)).exp()).collect()
    } else {
        (0..count).map(|k| lo + f(k) * (hi - lo)).collect()
    }
}

/// Where `v` sits between `lo` and `hi` on the scale [`levels`] uses, 0–1.
pub fn scale_position(v: f64, lo: f64, hi: f64) -> f64 {
    let t = if lo > 0.0 && hi > lo {
        (v.max(lo).ln() - lo.ln()) / (hi.ln() - lo.ln())
    } else if hi > lo {
        (v - lo) / (hi - lo)
    } else {
        0.0
    };
    if t.is_nan() { 1.0 } else { t.clamp(0.0, 1.0) }
}

/// Viridis at nine stops: dark blue-violet (low) through green to yellow
/// (high), ordered in lightness, readable in print and by the colour-blind.
const VIRIDIS: [Rgb; 9] = [
    [68, 1, 84],
    [71, 44, 122],
    [59, 81, 139],
    [44, 113, 142],
    [33, 144, 141],
    [39, 173, 129],
    [92, 200, 99],
    [170, 220, 50],
    [253, 231, 37],
];

/// The colour of position `t` ∈ [0, 1] on the scale.
pub fn heat_color(t: f64) -> Rgb {
    let x = t.clamp(0.0, 1.0) * (VIRIDIS.len() - 1) as f64;
    let k = (x.floor() as usize).min(VIRIDIS.len() - 2);
    mix(VIRIDIS[k], VIRIDIS[k + 1], (x - k as f64) as f32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paraboloid_gives_closed_circles_of_the_right_radius() {
        let axis: Vec<f64> = (0..41).map(|k| -2.0 + 0.1 * k as f64).collect();
        let values: Vec<Vec<f64>> = axis
            .iter()
            .map(|x| axis.iter().map(|y| x * x + y * y).collect())
            .collect();
        let lines = contour_lines(&values, &axis, &axis, 1.0);
        assert_eq!(lines.len(), 1, "one closed loop");
        let loop_ = &lines[0];
        assert_eq!(loop_.first(), loop_.last(), "it closes");
        for p in loop_ {
            let r = p[0].hypot(p[1]);
            assert!((r - 1.0).abs() < 0.01, "radius {r}");
        }
    }

    #[test]
    fn a_plane_gives_one_open_line_across_the_grid() {
        let axis: Vec<f64> = (0..11).map(|k| k as f64 / 10.0).collect();
        let values: Vec<Vec<f64>> = axis.iter().map(|x| axis.iter().map(|_| *x).collect()).collect();
        let lines = contour_lines(&values, &axis, &axis, 0.55);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].len(), 11, "one point per grid row");
        assert!(lines[0].iter().all(|p| (p[0] - 0.55).abs() < 1e-12));
    }

    #[test]
    fn levels_and_colours_follow_a_log_scale() {
        let l = levels(0.01, 1.0, 2);
        assert!((l[0] - 0.1f64.powf(1.5)).abs() < 1e-12 && (l[1] - 0.1f64.powf(0.5)).abs() < 1e-12);
        assert_eq!(scale_position(0.1, 0.01, 1.0), 0.5);
        assert_eq!(heat_color(0.0), VIRIDIS[0]);
        assert_eq!(heat_color(1.0), VIRIDIS[8]);
        assert_eq!(levels(1.0, 1.0, 5), Vec::<f64>::new());
    }
}
