//! CSV export: the inverse of the import, so a dataset survives a round trip.

use std::fmt::Write as _;
use std::path::Path;

use super::{DataError, Dataset, Task};

/// The dataset as CSV text: a header `x1-name,x2-name,label` (`target` for
/// regression), then one row per point in order.
///
/// Coordinates and targets are written with Rust's `{}` float formatting,
/// the shortest text that parses back to the same `f64` bit for bit, so an
/// export followed by an import loses nothing. Classes are written by name,
/// quoted by the csv writer where they contain a comma, quote or newline.
/// The train/test split and the scaling are not part of the file.
pub fn to_csv_string(d: &Dataset) -> String {
    let mut wtr = csv::Writer::from_writer(Vec::with_capacity(d.points.len() * 24 + 64));
    let last = if d.is_classification() { "label" } else { "target" };
    // Writing into a Vec cannot fail: the results are only checked to stop early.
    let mut ok = wtr
        .write_record([d.axis_names[0].as_str(), d.axis_names[1].as_str(), last])
        .is_ok();
    let mut cell = String::new();
    for p in &d.points {
        if !ok {
            break;
        }
        for v in p.x {
            cell.clear();
            let _ = write!(cell, "{v}");
            ok &= wtr.write_field(&cell).is_ok();
        }
        cell.clear();
        match &d.task {
            Task::Classification { class_names } => match class_names.get(p.class()) {
                Some(name) => cell.push_str(name),
                None => {
                    let _ = write!(cell, "{}", p.y);
                }
            },
            Task::Regression => {
                let _ = write!(cell, "{}", p.y);
            }
        }
        ok &= wtr.write_field(&cell).is_ok();
        ok &= wtr.write_record(None::<&[u8]>).is_ok();
    }
    let bytes = wtr.into_inner().unwrap_or_else(|e| e.into_inner().get_ref().clone());
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Writes [`to_csv_string`] to `path` atomically (a crash mid-write leaves
/// the previous file intact).
///
/// # Errors
/// [`DataError::Io`] if the file cannot be written.
pub fn write_csv(d: &Dataset, path: &Path) -> Result<(), DataError> {
    crate::fsutil::write(path, to_csv_string(d).as_bytes()).map_err(|source| DataError::Io {
        path: path.to_path_buf(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{CsvOptions, GenParams, Generator, Point, generate, parse_csv, read_csv};

    /// Exports, re-imports with default options and checks every point.
    fn assert_round_trip(d: &Dataset) {
        let text = to_csv_string(d);
        let back = parse_csv(text.as_bytes(), &CsvOptions::default()).unwrap();
        assert_eq!(back.task.clone(), d.task.clone());
        assert_eq!(back.axis_names, d.axis_names);
        assert_eq!(back.points.len(), d.points.len());
        for (a, b) in d.points.iter().zip(&back.points) {
            assert_eq!(a.x.map(f64::to_bits), b.x.map(f64::to_bits), "{a:?} vs {b:?}");
            if d.is_classification() {
                assert_eq!(d.class_names()[a.class()], back.class_names()[b.class()]);
            } else {
                assert_eq!(a.y.to_bits(), b.y.to_bits());
            }
        }
    }

    #[test]
    fn spiral_round_trips_bit_for_bit() {
        let p = GenParams {
            classes: 3,
            noise: 0.3,
            ..GenParams::default()
        };
        let d = generate(Generator::Spiral, &p).unwrap();
        assert_round_trip(&d);
        assert!(to_csv_string(&d).starts_with("x1,x2,label\n"));
    }

    #[test]
    fn regression_round_trips_with_a_target_column() {
        let d = generate(Generator::Gaussians, &GenParams::default()).unwrap();
        assert!(to_csv_string(&d).starts_with("x1,x2,target\n"));
        assert_round_trip(&d);
    }

    #[test]
    fn integer_regression_targets_stay_regression() {
        let mut d = Dataset::new_regression("counts");
        for i in 0..12 {
            d.points.push(Point::new(i as f64, 1.0, (i % 3) as f64));
        }
        assert_round_trip(&d);
    }

    #[test]
    fn awkward_class_names_are_quoted() {
        let mut d = Dataset::new_classification("t", 3);
        d.task = Task::Classification {
            class_names: vec!["a, b".into(), "say \"hi\"".into(), "line\nbreak".into()],
        };
        d.axis_names = ["len, cm".into(), "wid".into()];
        for i in 0..9 {
            d.points
                .push(Point::new(i as f64 * 0.1, -1e-7 * i as f64, (i % 3) as f64));
        }
        let text = to_csv_string(&d);
        assert!(text.starts_with("\"len, cm\",wid,label\n"), "{text}");
        assert!(text.contains("\"say \"\"hi\"\"\""), "{text}");
        assert_round_trip(&d);
    }

    #[test]
    fn write_csv_writes_a_readable_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("moons.csv");
        let d = generate(Generator::Moons, &GenParams::default()).unwrap();
        write_csv(&d, &path).unwrap();
        let back = read_csv(&path, &CsvOptions::default()).unwrap();
        assert_eq!(back.name, "moons");
        assert_eq!(back.points, d.points);
        let bad = dir.path().join("missing").join("x.csv");
        assert!(matches!(write_csv(&d, &bad), Err(DataError::Io { .. })));
    }
}
