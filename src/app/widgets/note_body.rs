//! Concept notes and lesson texts: prose paragraphs and formula blocks.
//!
//! A formula block is a run of lines indented by two spaces. Its lines
//! often line up in columns (`y = 1  if …` over `       and …`, a name
//! before each formula), written for a monospace font. Hangul has no
//! glyphs in the monospace font: drawn from the fallback font its letters
//! are wider than two monospace cells, so the columns went out of line and
//! a narrow panel wrapped a Korean remark back under the formula's start.
//! So the columns (split at two spaces or more) become the columns of a
//! grid: formulas in monospace, words with Hangul in the body font, and
//! only the last cell of a row wraps, within its own column.

use egui::{RichText, Ui};

/// Paragraphs as wrapped text; lines indented by two spaces as formula
/// blocks (the concept notes and the lesson texts).
pub fn note_body_ui(ui: &mut Ui, body: &str) {
    for (k, paragraph) in body.split("\n\n").enumerate() {
        let mut prose = String::new();
        let mut block: Vec<&str> = Vec::new();
        for (n, line) in paragraph.lines().enumerate() {
            if let Some(formula) = line.strip_prefix("  ") {
                if !prose.is_empty() {
                    ui.label(std::mem::take(&mut prose));
                }
                block.push(formula);
            } else {
                if !block.is_empty() {
                    formula_block_ui(ui, &std::mem::take(&mut block), (k, n));
                }
                if !prose.is_empty() {
                    prose.push(' ');
                }
                prose.push_str(line);
            }
        }
        if !block.is_empty() {
            formula_block_ui(ui, &block, (k, usize::MAX));
        }
        if !prose.is_empty() {
            ui.label(prose);
        }
        ui.add_space(4.0);
    }
}

/// The cells of a formula line: its pieces separated by two spaces or
/// more, each with the character column it starts at.
pub(crate) fn cells(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None; // (char column, byte)
    let mut spaces = 0;
    for (col, (byte, c)) in line.char_indices().enumerate() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        match start {
            None => start = Some((col, byte)),
            Some((_, from)) if spaces >= 2 => {
                let end = byte - spaces;
                out.push((start.map_or(0, |s| s.0), line[from..end].trim_end()));
                start = Some((col, byte));
            }
            Some(_) => {}
        }
        spaces = 0;
    }
    if let Some((col, from)) = start {
        out.push((col, line[from..].trim_end()));
    }
    out
}

/// The rows of a block laid out in columns: the column starts are those
/// of its line with the most cells; every cell goes to the last column
/// starting at or before it (one character of slack), after the cell
/// before it on its line.
pub(crate) fn columns<'a>(lines: &[&'a str]) -> (usize, Vec<Vec<Option<&'a str>>>) {
    let split: Vec<Vec<(usize, &str)>> = lines.iter().map(|l| cells(l)).collect();
    let starts: Vec<usize> = split
        .iter()
        .max_by_key(|c| c.len())
        .map(|c| c.iter().map(|(at, _)| *at).collect())
        .unwrap_or_default();
    let n = starts.len().max(1);
    let rows = split
        .iter()
        .map(|line| {
            let mut row = vec![None; n];
            let mut next = 0;
            for &(at, text) in line {
                let col = starts
                    .iter()
                    .rposition(|&s| s <= at + 1)
                    .unwrap_or(0)
                    .max(next)
                    .min(n - 1);
                row[col] = Some(text);
                next = col + 1;
            }
            row
        })
        .collect();
    (n, rows)
}

/// Words with Hangul are set in the body font (the monospace font has no
/// Hangul), formulas in monospace.
fn cell_text(text: &str) -> RichText {
    let hangul = text.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c));
    if hangul {
        RichText::new(text)
    } else {
        RichText::new(text).monospace()
    }
}

/// Least width left for a grid's last column, which wraps.
const LAST_COLUMN_MIN: f32 = 90.0;
/// Room between a grid's columns.
const COLUMN_GAP: f32 = 12.0;

/// One formula block as a grid of its columns; a one-line block, or one
/// whose columns leave its last column less than [`LAST_COLUMN_MIN`] in a
/// narrow panel, as lines that wrap (a grid as wide as its widest line
/// widened the lesson card past the window's edge and set its last cell
/// one letter a line).
fn formula_block_ui(ui: &mut Ui, lines: &[&str], salt: (usize, usize)) {
    let (n, rows) = columns(lines);
    if n == 1 || lines.len() == 1 || !grid_fits(ui, n, &rows) {
        for line in lines {
            ui.add(egui::Label::new(cell_text(line)).wrap());
        }
        return;
    }
    egui::Grid::new(("formula", salt))
        .num_columns(n)
        .spacing(egui::vec2(COLUMN_GAP, 2.0))
        .show(ui, |ui| {
            for row in rows {
                for (c, cell) in row.iter().enumerate() {
                    let text = cell_text(cell.unwrap_or_default());
                    if c + 1 == n {
                        ui.add(egui::Label::new(text).wrap());
                    } else {
                        ui.add(egui::Label::new(text).extend());
                    }
                }
                ui.end_row();
            }
        });
}

/// Whether the columns before the last, at their widest, leave the last
/// one [`LAST_COLUMN_MIN`] of the width at hand.
fn grid_fits(ui: &Ui, n: usize, rows: &[Vec<Option<&str>>]) -> bool {
    let mut used = 0.0;
    for c in 0..n.saturating_sub(1) {
        let widest = rows
            .iter()
            .filter_map(|r| r[c])
            .map(|text| super::text_width(ui, cell_text(text)))
            .fold(0.0, f32::max);
        used += widest + COLUMN_GAP;
    }
    used + LAST_COLUMN_MIN <= ui.available_width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_keeps_its_columns_in_both_languages() {
        let en = [
            "y = 1  if no inhibitory input is active",
            "       and (active excitatory inputs) ≥ θ",
            "y = 0  otherwise",
        ];
        let (n, rows) = columns(&en);
        assert_eq!(n, 2);
        assert_eq!(rows[1], vec![None, Some("and (active excitatory inputs) ≥ θ")]);
        assert_eq!(rows[2], vec![Some("y = 0"), Some("otherwise")]);
        // A continuation indented one character off still finds its column.
        let ko = [
            "y = 1  활성 억제성 입력이 없고",
            "        (활성 흥분성 입력의 수) ≥ θ 일 때",
            "y = 0  그 밖의 경우",
        ];
        let (n, rows) = columns(&ko);
        assert_eq!(n, 2);
        assert_eq!(rows[1], vec![None, Some("(활성 흥분성 입력의 수) ≥ θ 일 때")]);
        let names = [
            "헤비사이드:  H(z) = 1 (z ≥ 0), 아니면 0",
            "부호:        sign(z) = +1 (z > 0), −1 (z < 0), 0 (z = 0)",
        ];
        let (_, rows) = columns(&names);
        assert_eq!(
            rows[1],
            vec![Some("부호:"), Some("sign(z) = +1 (z > 0), −1 (z < 0), 0 (z = 0)")]
        );
    }

    #[test]
    fn single_spaces_stay_inside_a_cell() {
        assert_eq!(
            cells("Δw = η · y · x      (a remark)"),
            vec![(0, "Δw = η · y · x"), (20, "(a remark)")]
        );
        assert_eq!(cells("z = Σ w·x + b"), vec![(0, "z = Σ w·x + b")]);
        assert!(cells("").is_empty());
    }
}
