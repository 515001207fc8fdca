//! The Jupyter notebook: the script's sections as cells (a text cell with
//! the heading and explanation, a code cell with the definitions and the
//! lines that run them), plus a matplotlib cell that draws the decision
//! boundary. Written as nbformat 4.5 JSON.

use std::path::Path;

use serde_json::{Value, json};

use super::code::{Target, program};
use super::{ExportError, ExportedFiles, data_path};
use crate::session::Session;

const IMPORTS: &str = "import io
import json
import os

# The backend (jax, torch or tensorflow) is chosen before keras is imported.
os.environ.setdefault(\"KERAS_BACKEND\", \"jax\")

import keras
import numpy as np
";

const PLOT_GRID: &str = "import matplotlib.pyplot as plt

# The network's answer over a grid a little larger than the data, in raw coordinates.
(x_lo, y_lo), (x_hi, y_hi) = raw.min(axis=0), raw.max(axis=0)
pad_x, pad_y = 0.1 * (x_hi - x_lo) + 1e-9, 0.1 * (y_hi - y_lo) + 1e-9
gx, gy = np.meshgrid(
    np.linspace(x_lo - pad_x, x_hi + pad_x, 200), np.linspace(y_lo - pad_y, y_hi + pad_y, 200)
)
grid = np.column_stack([gx.ravel(), gy.ravel()])
grid_outputs = model.predict(input_features(grid), batch_size=4096, verbose=0)
fig, ax = plt.subplots(figsize=(6, 6))
";

const PLOT_CLASSES: &str = "# Each class's region in its colour; training points filled, test points hollow.
k = len(CLASS_NAMES)
palette = plt.get_cmap(\"tab10\" if k <= 10 else \"tab20\").colors[:k]
regions = predicted_classes(grid_outputs).reshape(gx.shape)
ax.contourf(gx, gy, regions, levels=np.arange(k + 1) - 0.5, colors=palette, alpha=0.3)
ax.contour(gx, gy, regions, levels=np.arange(k - 1) + 0.5, colors=\"k\", linewidths=0.8)
colours = np.array(palette)[labels.astype(int)]
ax.scatter(raw[~test, 0], raw[~test, 1], c=colours[~test], s=14, edgecolors=\"k\", linewidths=0.3, label=\"training\")
ax.scatter(raw[test, 0], raw[test, 1], facecolors=\"none\", edgecolors=colours[test], s=18, label=\"test\")
";

const PLOT_VALUES: &str = "# The predicted value as colour; the points coloured by their target.
surface = ax.contourf(gx, gy, grid_outputs[:, 0].reshape(gx.shape), levels=20, cmap=\"RdBu_r\", alpha=0.6)
fig.colorbar(surface, ax=ax, label=\"predicted value\")
ax.scatter(raw[:, 0], raw[:, 1], c=labels, cmap=\"RdBu_r\", s=14, edgecolors=\"k\", linewidths=0.3)
";

const PLOT_END: &str = "ax.set_xlabel(AXIS_NAMES[0])
ax.set_ylabel(AXIS_NAMES[1])
ax.set_title(\"Decision boundary\")
plt.show()
";

/// The notebook of `session`, to be written to `out` (plus a CSV file
/// beside it for large data, which the notebook reads from its working
/// folder). Refuses step and sign layers as [`super::keras_script`] does.
pub fn notebook(session: &Session, out: &Path) -> Result<ExportedFiles, ExportError> {
    let p = program(session, out, Target::Notebook)?;
    let mut cells = vec![
        markdown(&format!(
            "# {}\n\nThe session's data, split, input features, layers, trained weights and training settings \
             as a Keras 3 program, one part per cell. It runs on any Keras backend; JAX is the smallest \
             to install: `pip install keras \"jax[cpu]\" matplotlib`.{}",
            p.summary,
            if p.data_file.is_some() {
                " The data is read from the CSV file beside the notebook."
            } else {
                ""
            }
        )),
        code(IMPORTS),
        markdown(
            "## The numbers\nThe session's settings, trained weights and data: a long cell; run it and fold it away.",
        ),
        code(&p.numbers),
    ];
    for (i, s) in p.sections.iter().enumerate() {
        cells.push(markdown(&format!("## {}. {}\n{}", i + 1, s.title, s.about)));
        cells.push(code(&format!("{}{}", s.defs, s.demo)));
    }
    let plot = if p.classification { PLOT_CLASSES } else { PLOT_VALUES };
    cells.push(markdown(
        "## The decision boundary\nWhat the network answers over the plane, with the data on top.",
    ));
    cells.push(code(&format!("{PLOT_GRID}{plot}{PLOT_END}")));
    for (i, cell) in cells.iter_mut().enumerate() {
        cell["id"] = json!(format!("cell-{}", i + 1));
    }
    let doc = json!({
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"}
        },
        "nbformat": 4,
        "nbformat_minor": 5
    });
    // Serializing a JSON value cannot fail.
    let text = serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n";
    Ok(ExportedFiles {
        main: (out.to_path_buf(), text),
        data: p.data_file.map(|csv| (data_path(out), csv)),
    })
}

/// A cell's `source`: its lines, each but the last ending in a newline.
fn source(text: &str) -> Value {
    let text = text.trim_end_matches('\n');
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    json!(lines)
}

/// A text cell.
fn markdown(text: &str) -> Value {
    json!({"cell_type": "markdown", "metadata": {}, "source": source(text)})
}

/// A code cell, not yet run.
fn code(text: &str) -> Value {
    json!({"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": source(text)})
}
