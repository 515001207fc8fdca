//! Rosenblatt's perceptron on real and generated data: convergence on
//! separable classes within Novikoff's bound, failure on XOR, and the
//! textbook iris example.

#![allow(clippy::unwrap_used)]

use crate::common::{generated, iris_petals};
use nnlab::data::Generator;
use nnlab::nn::perceptron::{PerceptronConfig, PerceptronTrainer, Prediction, Status, StepFunction, novikoff_bound};

#[test]
fn converges_on_separable_blobs_within_novikoffs_bound() {
    for seed in 1..=5 {
        let data = generated(Generator::Blobs, 200, 0.05, 2, seed);
        let mut t = PerceptronTrainer::new(&data, PerceptronConfig::default()).unwrap();
        let outcome = t.run();
        assert!(
            matches!(outcome.status, Status::Converged { .. }),
            "seed {seed}: {:?}",
            outcome.status
        );
        assert_eq!(outcome.accuracy, 1.0);
        // (R/γ)² for the separator found, computed independently here.
        let xs: Vec<[f64; 2]> = data.points.iter().map(|p| p.x).collect();
        let ys: Vec<f64> = data
            .points
            .iter()
            .map(|p| if p.class() == 1 { 1.0 } else { -1.0 })
            .collect();
        let unit = &outcome.units[0];
        let bound = novikoff_bound(&xs, &ys, &unit.w, unit.b).unwrap();
        assert!(
            outcome.updates as f64 <= bound,
            "seed {seed}: {} updates > bound {bound}",
            outcome.updates
        );
        assert!(outcome.updates > 0);
    }
}

#[test]
fn xor_is_reported_not_separable() {
    let data = generated(Generator::Xor, 4, 0.0, 2, 1);
    for step in [StepFunction::Heaviside, StepFunction::Sign] {
        let mut t = PerceptronTrainer::new(
            &data,
            PerceptronConfig {
                step,
                ..Default::default()
            },
        )
        .unwrap();
        let outcome = t.run();
        assert!(
            matches!(outcome.status, Status::Cycle { .. } | Status::NotConverged { .. }),
            "{:?}",
            outcome.status
        );
        assert!(outcome.accuracy < 1.0);
    }
}

#[test]
fn iris_setosa_versus_rest_from_petals() {
    let data = iris_petals();
    let setosa = data.class_index("setosa").unwrap();
    let config = PerceptronConfig {
        positive: Some(setosa),
        ..Default::default()
    };
    let mut t = PerceptronTrainer::new(&data, config).unwrap();
    let outcome = t.run();
    assert!(
        matches!(outcome.status, Status::Converged { .. }),
        "{:?}",
        outcome.status
    );
    assert_eq!(outcome.accuracy, 1.0);
    // The textbook flower: petal length 2 cm, width 0.5 cm.
    let p = t.predict([2.0, 0.5]);
    assert_eq!(p, Prediction::Class(setosa));
    assert_eq!(t.predict([5.0, 1.8]), Prediction::NotClass(setosa));
}

#[test]
fn three_species_one_tlu_each() {
    let data = iris_petals();
    let mut t = PerceptronTrainer::new(
        &data,
        PerceptronConfig {
            max_epochs: 50,
            ..Default::default()
        },
    )
    .unwrap();
    let outcome = t.run();
    assert_eq!(outcome.units.len(), 3);
    // Versicolor and virginica overlap, so it cannot converge, but setosa is
    // still recognised.
    assert!(!matches!(outcome.status, Status::Converged { .. }));
    assert_eq!(t.predict([1.4, 0.2]).class(), data.class_index("setosa"));
}
