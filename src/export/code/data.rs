//! The data and the input features in Python: the points with nnlab's own
//! train/test split (embedded, or in a CSV file beside the program), the
//! standardization and the features, computed as nnlab computes them.

use std::fmt::Write as _;
use std::path::Path;

use super::super::python::{f64_literal, string_literal};
use super::super::{DATA_MARKER, MAX_EMBEDDED_POINTS, data_path};
use super::{Section, Target};
use crate::data::{Dataset, Feature};
use crate::session::Session;

/// The points as CSV: [`DATA_MARKER`] (a comment naming the columns), then
/// raw x1, x2, the class index (or the value) and 1 for a test point. Every
/// number is written so that it reads back exactly.
pub(crate) fn points_csv(dataset: &Dataset) -> String {
    let classification = dataset.is_classification();
    let mut csv = String::with_capacity(dataset.points.len() * 48 + 32);
    csv.push_str(DATA_MARKER);
    csv.push('\n');
    for p in &dataset.points {
        let label = if classification {
            p.class().to_string()
        } else {
            f64_literal(p.y)
        };
        // Writing into a String cannot fail.
        let _ = writeln!(
            csv,
            "{},{},{label},{}",
            f64_literal(p.x[0]),
            f64_literal(p.x[1]),
            u8::from(p.test)
        );
    }
    csv
}

/// The data section, the numbers it needs at the end of the program (the
/// embedded CSV), and the data file's text when too large to embed.
pub(super) fn data_section(session: &Session, out: &Path, target: Target) -> (Section, String, Option<String>) {
    let d = &session.dataset;
    let csv = points_csv(d);
    let (source, numbers, file) = if d.points.len() <= MAX_EMBEDDED_POINTS {
        let numbers = format!(
            "# The points: raw x1, x2; the label (class index or value); 1 for a test point.\nDATA_CSV = \"\"\"\\\n{csv}\"\"\"\n"
        );
        ("io.StringIO(DATA_CSV)".to_string(), numbers, None)
    } else {
        let name = data_path(out)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "data.csv".into());
        let source = match target {
            Target::Script => format!(
                "os.path.join(os.path.dirname(os.path.abspath(__file__)), {})",
                string_literal(&name)
            ),
            Target::Notebook => string_literal(&name),
        };
        (source, String::new(), Some(csv))
    };
    let task = match d.class_names() {
        [] => "# The task: regression; a point's label is the value to predict.\n".to_string(),
        names => {
            let names: Vec<String> = names.iter().map(|n| string_literal(n)).collect();
            format!(
                "# The task: {} classes; a point's label is the index of its class in this list.\nCLASS_NAMES = [{}]\n",
                names.len(),
                names.join(", ")
            )
        }
    };
    let axes = format!(
        "# The two input coordinates.\nAXIS_NAMES = [{}, {}]\n",
        string_literal(&d.axis_names[0]),
        string_literal(&d.axis_names[1])
    );
    let where_from = if file.is_some() {
        "in the CSV file beside this program"
    } else {
        "embedded at the end"
    };
    let n_test = d.test_points().count();
    let section = Section {
        title: "The data",
        about: format!(
            "{} points ({where_from}), {} for training and {n_test} held out for testing: nnlab's own split.",
            d.points.len(),
            d.points.len() - n_test
        ),
        defs: format!(
            "{task}{axes}\n\ndef load_data():\n    \"\"\"The raw points: coordinates (n × 2), labels, and which are test points.\"\"\"\n    \
             table = np.loadtxt({source}, delimiter=\",\", ndmin=2)\n    \
             return table[:, 0:2], table[:, 2], table[:, 3] == 1\n\n\n"
        ),
        demo: "raw, labels, test = load_data()\nprint(len(labels), \"points,\", int(test.sum()), \"of them for testing\")\n"
            .into(),
    };
    (section, numbers, file)
}

/// A feature as a NumPy expression of the standardized `x1`, `x2`
/// (the same operations as [`Feature::eval`], in float64).
fn feature_expr(f: Feature) -> &'static str {
    match f {
        Feature::X1 => "x1",
        Feature::X2 => "x2",
        Feature::X1Squared => "x1 * x1",
        Feature::X2Squared => "x2 * x2",
        Feature::X1X2 => "x1 * x2",
        Feature::SinX1 => "np.sin(x1)",
        Feature::SinX2 => "np.sin(x2)",
    }
}

/// The features section: standardization, `input_features` and the
/// targets (`encode_targets`, from the head).
pub(super) fn features_section(session: &Session, targets: &str) -> Section {
    let features = &session.config.features;
    let names: Vec<&str> = features.iter().map(|f| f.name()).collect();
    let (scaling, coords, how) = match &session.dataset.scaling {
        Some(s) => (
            format!(
                "# Standardization, fitted by nnlab on all points: z = (x − mean) / std per coordinate.\n\
                 MEAN = [{}, {}]\nSTD = [{}, {}]\n\n\n",
                f64_literal(s.mean[0]),
                f64_literal(s.mean[1]),
                f64_literal(s.std[0]),
                f64_literal(s.std[1])
            ),
            "    x1 = (raw[:, 0] - MEAN[0]) / STD[0]\n    x2 = (raw[:, 1] - MEAN[1]) / STD[1]\n",
            "of the standardized coordinates",
        ),
        None => (
            "# nnlab feeds the raw coordinates (the session does not standardize them).\n\n\n".to_string(),
            "    x1, x2 = raw[:, 0], raw[:, 1]\n",
            "of the raw coordinates",
        ),
    };
    let columns: Vec<&str> = features.iter().map(|&f| feature_expr(f)).collect();
    Section {
        title: "Input features",
        about: format!(
            "The network's inputs, {} {how}, computed as nnlab computes them; and the targets of the loss.",
            names.join(", ")
        ),
        defs: format!(
            "{scaling}def input_features(raw):\n    \"\"\"The inputs {}, in float64 and then rounded to float32, as nnlab does.\"\"\"\n{coords}    \
             return np.stack([{}], axis=1).astype(np.float32)\n\n\n{targets}",
            names.join(", "),
            columns.join(", ")
        ),
        demo: "features = input_features(raw)\n".into(),
    }
}
