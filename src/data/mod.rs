//! Datasets: points in the plane with class labels or regression targets,
//! seeded generators, CSV import/export, train/test splits and input features.
//! No UI code lives here.

mod csv_export;
mod csv_file;
mod csv_import;
mod csv_labels;
mod csv_preview;
mod csv_sniff;
mod dataset;
mod edits;
mod error;
mod features;
mod flip_set;
mod gen_shapes;
mod generators;
mod split;

pub use csv_export::{to_csv_string, write_csv};
pub use csv_file::{MAX_CSV_BYTES, read_csv, read_csv_bytes};
pub use csv_import::{ColumnRef, CsvOptions, TaskHint, parse_csv};
pub use csv_preview::{CsvPreview, preview_csv, preview_csv_with};
pub use dataset::{Dataset, MAX_ABS_VALUE, MAX_CLASSES, MAX_POINTS, Point, Standardization, Task};
pub use edits::Edit;
pub use error::{DataError, PointProblem};
pub use features::{Design, Feature, canonical_features, design, design_where, feature_row};
pub use flip_set::FlipSet;
pub use generators::{GenParams, Generator, generate};
pub use split::SplitOrder;
