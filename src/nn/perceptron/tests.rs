mod multiclass;

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

use super::*;
use crate::data::{DataError, Dataset, Point, Standardization};

/// A classification dataset with `classes` classes from (x1, x2, class).
fn dataset(points: &[(f64, f64, usize)], classes: usize) -> Dataset {
    let mut d = Dataset::new_classification("test", classes);
    d.points = points.iter().map(|&(a, b, k)| Point::new(a, b, k as f64)).collect();
    d
}

fn gate(labels: [usize; 4]) -> Dataset {
    let xs = [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)];
    let pts: Vec<(f64, f64, usize)> = xs.iter().zip(labels).map(|(&(a, b), k)| (a, b, k)).collect();
    dataset(&pts, 2)
}

/// `n` points per centre, uniformly within ±`spread` of it, class = centre index.
fn clusters(centres: &[[f64; 2]], n: usize, spread: f64, seed: u64) -> Dataset {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut pts = Vec::new();
    for _ in 0..n {
        for (k, c) in centres.iter().enumerate() {
            let dx: f64 = rng.random_range(-spread..spread);
            let dy: f64 = rng.random_range(-spread..spread);
            pts.push((c[0] + dx, c[1] + dy, k));
        }
    }
    dataset(&pts, centres.len())
}

/// (epoch, sample, w_before, b_before, w_after, b_after).
type LogLine = (usize, usize, [f64; 2], f64, [f64; 2], f64);

#[test]
fn and_gate_update_log_matches_the_hand_computation() {
    // Worked on paper: H(z) = 1 iff z ≥ 0, so the zero start says 1 for
    // (0,0) first. Each line: (epoch, sample, w_before, b_before, w_after,
    // b_after); an error on a 0-target subtracts x and 1, on a 1-target adds.
    #[rustfmt::skip]
    let expected: [LogLine; 11] = [
        (1, 0, [0.0, 0.0],  0.0, [0.0, 0.0], -1.0), // z = 0 → 1, y = 0
        (1, 3, [0.0, 0.0], -1.0, [1.0, 1.0],  0.0), // z = −1 → 0, y = 1
        (2, 0, [1.0, 1.0],  0.0, [1.0, 1.0], -1.0), // z = 0
        (2, 1, [1.0, 1.0], -1.0, [1.0, 0.0], -2.0), // z = 1 − 1 = 0
        (2, 3, [1.0, 0.0], -2.0, [2.0, 1.0], -1.0), // z = 1 − 2 = −1
        (3, 1, [2.0, 1.0], -1.0, [2.0, 0.0], -2.0), // z = 1 − 1 = 0
        (3, 2, [2.0, 0.0], -2.0, [1.0, 0.0], -3.0), // z = 2 − 2 = 0
        (3, 3, [1.0, 0.0], -3.0, [2.0, 1.0], -2.0), // z = 1 − 3 = −2
        (4, 2, [2.0, 1.0], -2.0, [1.0, 1.0], -3.0), // z = 2 − 2 = 0
        (4, 3, [1.0, 1.0], -3.0, [2.0, 2.0], -2.0), // z = 2 − 3 = −1
        (5, 1, [2.0, 2.0], -2.0, [2.0, 1.0], -3.0), // z = 2 − 2 = 0
    ];
    // Epoch 6 with w = (2, 1), b = −3: z = −3, −2, −1, 0 → 0, 0, 0, 1. Done.
    let mut t = PerceptronTrainer::new(&gate([0, 0, 0, 1]), PerceptronConfig::default()).unwrap();
    let outcome = t.run();
    let got: Vec<_> = (t.log().iter())
        .map(|u| {
            (
                u.epoch,
                u.sample,
                [u.w_before[0], u.w_before[1]],
                u.b_before,
                [u.w_after[0], u.w_after[1]],
                u.b_after,
            )
        })
        .collect();
    assert_eq!(got, expected.to_vec());
    assert!(t.log().iter().all(|u| u.unit == 0 && u.y != u.y_hat));
    assert_eq!(outcome.status, Status::Converged { epochs: 6, updates: 11 });
    assert_eq!(t.errors_per_epoch(), &[2, 3, 3, 2, 1, 0]);
    assert_eq!(
        t.units(),
        &[Tlu {
            w: vec![2.0, 1.0],
            b: -3.0
        }]
    );
    assert_eq!(outcome.accuracy, 1.0);
    assert_eq!(t.predict([1.0, 1.0]), Prediction::Class(1));
    assert_eq!(t.predict([0.0, 1.0]), Prediction::Class(0));
    assert!(t.step_sample().is_none());
}

#[test]
fn xor_never_converges_and_says_why() {
    let mut t = PerceptronTrainer::new(&gate([0, 1, 1, 0]), PerceptronConfig::default()).unwrap();
    let outcome = t.run();
    assert!(
        matches!(outcome.status, Status::Cycle { .. } | Status::NotConverged { .. }),
        "{:?}",
        outcome.status
    );
    assert!(outcome.accuracy < 1.0);
    // With a limit too short for a cycle to show, the limit is reported.
    let config = PerceptronConfig {
        max_epochs: 1,
        ..PerceptronConfig::default()
    };
    let outcome = PerceptronTrainer::new(&gate([0, 1, 1, 0]), config).unwrap().run();
    assert!(matches!(outcome.status, Status::NotConverged { epochs: 1, .. }));
}

#[test]
fn mistakes_stay_within_novikoff_bound_for_both_steps() {
    let data = clusters(&[[3.0, 4.0], [5.5, 6.0]], 60, 0.9, 11);
    for step in StepFunction::ALL {
        for shuffle in [false, true] {
            let config = PerceptronConfig {
                step,
                shuffle,
                seed: 3,
                learning_rate: 0.25,
                ..PerceptronConfig::default()
            };
            let mut t = PerceptronTrainer::new(&data, config).unwrap();
            let outcome = t.run();
            assert!(
                matches!(outcome.status, Status::Converged { .. }),
                "{step:?}: {:?}",
                outcome.status
            );
            assert_eq!(outcome.accuracy, 1.0);
            let nb = t.novikoff().unwrap();
            assert_eq!(nb.factor, step.bound_factor());
            let w = &t.units()[0];
            let points: Vec<[f64; 2]> = t.samples().iter().map(|s| s.x).collect();
            let targets: Vec<f64> = t
                .samples()
                .iter()
                .map(|s| if s.class == 1 { 1.0 } else { -1.0 })
                .collect();
            // The found line's margin is at most the maximum margin.
            let bound = novikoff_bound(&points, &targets, &w.w, w.b).unwrap();
            assert!(nb.bound <= bound * (1.0 + 1e-12), "{} > {bound}", nb.bound);
            assert!(
                outcome.updates as f64 <= nb.mistake_limit,
                "{step:?}: {} > {}",
                outcome.updates,
                nb.mistake_limit
            );
            // The clusters sit far from the origin: the bias must travel, so the
            // run takes many updates and the check is not vacuous.
            assert!(outcome.updates > 100, "{}", outcome.updates);
        }
    }
}

#[test]
fn stepping_exposes_progress_and_honours_split_and_scaling() {
    let mut data = gate([0, 0, 0, 1]);
    // A held-out contradicting point must be ignored.
    data.points.push(Point {
        x: [1.0, 1.0],
        y: 0.0,
        test: true,
    });
    data.standardize();
    let mut t = PerceptronTrainer::new(&data, PerceptronConfig::default()).unwrap();
    assert_eq!(t.samples().len(), 4);
    assert_eq!(t.samples()[3].x, data.scaled([1.0, 1.0]));
    assert_eq!(t.next_sample().map(|s| s.index), Some(0));
    let first = t.step_sample().unwrap();
    assert_eq!((first.epoch, first.position, first.sample.index), (1, 0, 0));
    assert!(!first.epoch_finished);
    assert_eq!(t.position(), 1);
    assert_eq!(t.epoch(), 1);
    let rest = t.step_epoch().unwrap();
    assert_eq!(rest.epoch, 1);
    assert_eq!(t.errors_per_epoch().len(), 1);
    assert_eq!(rest.errors, t.errors_per_epoch()[0]);
    assert_eq!(t.total_updates(), first.updates.len() + rest.updates.len());
    assert_eq!((t.epoch(), t.position()), (2, 0));
    let state = t.state();
    assert_eq!(state.next_sample, Some(0));
    assert!(state.status.is_running());
    let outcome = t.run();
    assert!(matches!(outcome.status, Status::Converged { .. }));
    assert_eq!(outcome.accuracy, 1.0);
    assert!(t.step_epoch().is_none());
    assert!(t.next_sample().is_none());
}

#[test]
fn shuffle_is_reproducible_from_the_seed() {
    let data = clusters(&[[-1.0, 0.0], [1.0, 0.5]], 40, 1.5, 2);
    let run = |seed: u64| {
        let config = PerceptronConfig {
            shuffle: true,
            seed,
            max_epochs: 30,
            ..PerceptronConfig::default()
        };
        let mut t = PerceptronTrainer::new(&data, config).unwrap();
        t.run();
        (t.log().to_vec(), t.clone().order().to_vec())
    };
    let (a, order_a) = run(42);
    let (b, order_b) = run(42);
    assert!(!a.is_empty());
    assert_eq!(a, b);
    assert_eq!(order_a, order_b);
    let (c, _) = run(43);
    assert_ne!(a, c);
    let unshuffled = PerceptronTrainer::new(&data, PerceptronConfig::default()).unwrap();
    assert_eq!(unshuffled.order(), (0..80).collect::<Vec<_>>().as_slice());
}

#[test]
fn validate_rejects_bad_configs_and_datasets() {
    let data = gate([0, 0, 0, 1]);
    let with = |f: fn(&mut PerceptronConfig)| {
        let mut c = PerceptronConfig::default();
        f(&mut c);
        c.validate(&data)
    };
    assert!(with(|_| {}).is_ok());
    assert!(matches!(
        with(|c| c.learning_rate = 0.0),
        Err(PerceptronError::BadLearningRate(_))
    ));
    assert!(matches!(
        with(|c| c.learning_rate = f64::NAN),
        Err(PerceptronError::BadLearningRate(_))
    ));
    assert!(matches!(
        with(|c| c.learning_rate = -1.0),
        Err(PerceptronError::BadLearningRate(_))
    ));
    assert!(matches!(
        with(|c| c.max_epochs = 0),
        Err(PerceptronError::BadEpochLimit { .. })
    ));
    assert!(matches!(
        with(|c| c.max_epochs = MAX_EPOCHS + 1),
        Err(PerceptronError::BadEpochLimit { .. })
    ));
    assert!(matches!(
        with(|c| c.positive = Some(2)),
        Err(PerceptronError::PositiveOutOfRange {
            positive: 2,
            classes: 2
        })
    ));
    let ok = PerceptronConfig::default();
    let one_class = dataset(&[(0.0, 0.0, 0)], 1);
    assert!(matches!(
        ok.validate(&one_class),
        Err(PerceptronError::TooFewClasses(1))
    ));
    assert!(matches!(
        ok.validate(&Dataset::new_regression("r")),
        Err(PerceptronError::NotClassification)
    ));
    assert!(matches!(
        ok.validate(&dataset(&[], 2)),
        Err(PerceptronError::NoTrainingPoints)
    ));
    let mut all_test = gate([0, 0, 0, 1]);
    all_test.assign_split(1.0, 0);
    assert!(matches!(
        PerceptronTrainer::new(&all_test, ok.clone()),
        Err(PerceptronError::NoTrainingPoints)
    ));
    let mut bad_label = gate([0, 0, 0, 1]);
    bad_label.points[2].y = 5.0;
    assert!(matches!(ok.validate(&bad_label), Err(PerceptronError::Data(_))));
    let mut bad_scale = gate([0, 0, 0, 1]);
    bad_scale.scaling = Some(Standardization {
        mean: [0.0; 2],
        std: [0.0, 1.0],
    });
    assert!(matches!(
        ok.validate(&bad_scale),
        Err(PerceptronError::Data(DataError::BadScaling { .. }))
    ));
    // A valid but tiny spread can still overflow a coordinate.
    bad_scale.points[0].x = [1e10, 0.0];
    bad_scale.scaling = Some(Standardization {
        mean: [0.0; 2],
        std: [1e-300, 1.0],
    });
    assert!(matches!(
        ok.validate(&bad_scale),
        Err(PerceptronError::Data(DataError::BadPoint { index: 0, .. }))
    ));
    assert_eq!(
        PerceptronConfig::default().validate(&data).unwrap(),
        Mode::Binary {
            positive: 1,
            negative: Some(0)
        }
    );
}
