//! The datasets the perceptron labs offer: the logic gates on the unit
//! square, two separable blobs, iris petals (setosa against the rest, or all
//! three species), and the user's own points.

use serde::{Deserialize, Serialize};

use crate::data::{ColumnRef, CsvOptions, DataError, Dataset, GenParams, Generator, Point, Task, generate, parse_csv};

/// Fisher's iris measurements (150 flowers, 3 species), shipped with the app.
pub const IRIS_CSV: &str = include_str!("../../assets/iris.csv");

/// A dataset choice in the perceptron labs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LabData {
    /// AND on (0,0), (0,1), (1,0), (1,1), in that order.
    #[default]
    And,
    /// OR on the four corners.
    Or,
    /// XOR on the four corners: not linearly separable.
    Xor,
    /// Two well separated Gaussian blobs (40 points).
    Blobs,
    /// Iris petal length and width, setosa against the other two species.
    IrisSetosa,
    /// Iris petal length and width, all three species (one TLU per class).
    IrisSpecies,
    /// Points the user clicks in (starts empty).
    Custom,
}

impl LabData {
    /// Every choice, in menu order.
    pub const ALL: [LabData; 7] = [
        LabData::And,
        LabData::Or,
        LabData::Xor,
        LabData::Blobs,
        LabData::IrisSetosa,
        LabData::IrisSpecies,
        LabData::Custom,
    ];

    /// The choices with two classes (for the comparison lab).
    pub const BINARY: [LabData; 6] = [
        LabData::And,
        LabData::Or,
        LabData::Xor,
        LabData::Blobs,
        LabData::IrisSetosa,
        LabData::Custom,
    ];

    /// The name in lesson files: `and`, `or`, `xor`, `blobs`,
    /// `iris_setosa`, `iris_species`, `custom`.
    pub fn name(self) -> &'static str {
        match self {
            LabData::And => "and",
            LabData::Or => "or",
            LabData::Xor => "xor",
            LabData::Blobs => "blobs",
            LabData::IrisSetosa => "iris_setosa",
            LabData::IrisSpecies => "iris_species",
            LabData::Custom => "custom",
        }
    }

    /// The choice called `name` (see [`LabData::name`]).
    pub fn from_name(name: &str) -> Option<LabData> {
        LabData::ALL.into_iter().find(|d| d.name() == name)
    }

    /// The dataset, or an empty two-class one if it cannot be built (the
    /// lab then says it cannot train yet).
    pub fn dataset_or_empty(self) -> Dataset {
        self.dataset()
            .unwrap_or_else(|_| Dataset::new_classification("empty", 2))
    }

    /// Builds the dataset (no test split: the labs train on every point).
    pub fn dataset(self) -> Result<Dataset, DataError> {
        let params = |points| GenParams {
            points,
            noise: 0.05,
            classes: 2,
            seed: 7,
        };
        match self {
            LabData::And => generate(Generator::And, &params(4)),
            LabData::Or => generate(Generator::Or, &params(4)),
            LabData::Xor => generate(Generator::Xor, &params(4)),
            LabData::Blobs => generate(Generator::Blobs, &params(40)),
            LabData::IrisSetosa => iris_setosa_vs_rest(),
            LabData::IrisSpecies => iris_petals(),
            LabData::Custom => Ok(Dataset::new_classification("my points", 2)),
        }
    }
}

/// Iris with petal length (x1) and petal width (x2), species as the class.
pub fn iris_petals() -> Result<Dataset, DataError> {
    let options = CsvOptions {
        x: Some(ColumnRef::Name("petal_length".into())),
        y: Some(ColumnRef::Name("petal_width".into())),
        label: Some(ColumnRef::Name("species".into())),
        ..CsvOptions::default()
    };
    let mut d = parse_csv(IRIS_CSV.as_bytes(), &options)?;
    d.name = "iris".to_string();
    Ok(d)
}

/// Iris petals with two classes: 0 = "other" (versicolor, virginica),
/// 1 = "setosa" (the class the perceptron's unit fires for).
pub fn iris_setosa_vs_rest() -> Result<Dataset, DataError> {
    let iris = iris_petals()?;
    let setosa = iris
        .class_index("setosa")
        .ok_or(DataError::NoSuchClass { name: "setosa" })?;
    let mut d = Dataset {
        name: "iris setosa vs rest".to_string(),
        generator: None,
        gen_params: None,
        task: Task::Classification {
            class_names: vec!["other".to_string(), "setosa".to_string()],
        },
        ..iris
    };
    for p in &mut d.points {
        *p = Point::new(p.x[0], p.x[1], f64::from(u8::from(p.class() == setosa)));
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lab_dataset_builds() {
        for choice in LabData::ALL {
            let d = choice.dataset().unwrap();
            d.validate().unwrap();
            let expected_classes = if choice == LabData::IrisSpecies { 3 } else { 2 };
            assert_eq!(d.num_classes(), expected_classes, "{choice:?}");
        }
        assert_eq!(LabData::Custom.dataset().unwrap().points.len(), 0);
    }

    #[test]
    fn names_round_trip() {
        for d in LabData::ALL {
            assert_eq!(LabData::from_name(d.name()), Some(d));
        }
        assert_eq!(LabData::from_name("Iris"), None);
    }

    #[test]
    fn iris_setosa_is_fifty_of_150() {
        let d = iris_setosa_vs_rest().unwrap();
        assert_eq!(d.points.len(), 150);
        assert_eq!(d.points.iter().filter(|p| p.class() == 1).count(), 50);
        // Setosa petals are short: all under 2 cm long, the others over 3 cm.
        assert!(d.points.iter().all(|p| (p.class() == 1) == (p.x[0] < 2.5)));
    }

    #[test]
    fn gates_come_in_truth_table_order() {
        let d = LabData::Xor.dataset().unwrap();
        let got: Vec<([f64; 2], usize)> = d.points.iter().map(|p| (p.x, p.class())).collect();
        assert_eq!(
            got,
            vec![([0.0, 0.0], 0), ([0.0, 1.0], 1), ([1.0, 0.0], 1), ([1.0, 1.0], 0)]
        );
    }
}
