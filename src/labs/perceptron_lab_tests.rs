//! The perceptron lab against hand computations and the theory.

use super::*;
use crate::data::{GenParams, Generator, generate};
use crate::nn::perceptron::PerceptronError;

/// One step of the hand computation: the weights before and after, or
/// `None` when the sample is classified correctly (no update, no row).
type Hand = Option<([f64; 2], f64, [f64; 2], f64)>;

#[test]
fn and_gate_steps_match_the_hand_computation() {
    // AND, w = (0, 0), b = 0, η = 1, Heaviside H(z) = 1 iff z ≥ 0, order
    // (0,0), (0,1), (1,0), (1,1). An error on target 0 (ŷ = 1) subtracts x
    // and 1; on target 1 (ŷ = 0) adds them.
    #[rustfmt::skip]
    let hand: [Hand; 24] = [
        // epoch 1
        Some(([0.0, 0.0], 0.0, [0.0, 0.0], -1.0)),  // (0,0): z = 0 → 1, y = 0
        None,                                         // (0,1): z = −1 → 0 ✓
        None,                                         // (1,0): z = −1 → 0 ✓
        Some(([0.0, 0.0], -1.0, [1.0, 1.0], 0.0)),  // (1,1): z = −1 → 0, y = 1
        // epoch 2
        Some(([1.0, 1.0], 0.0, [1.0, 1.0], -1.0)),  // (0,0): z = 0 → 1
        Some(([1.0, 1.0], -1.0, [1.0, 0.0], -2.0)), // (0,1): z = 1 − 1 = 0 → 1
        None,                                         // (1,0): z = 1 − 2 = −1 ✓
        Some(([1.0, 0.0], -2.0, [2.0, 1.0], -1.0)), // (1,1): z = 1 − 2 = −1 → 0
        // epoch 3
        None,                                         // (0,0): z = −1 ✓
        Some(([2.0, 1.0], -1.0, [2.0, 0.0], -2.0)), // (0,1): z = 1 − 1 = 0 → 1
        Some(([2.0, 0.0], -2.0, [1.0, 0.0], -3.0)), // (1,0): z = 2 − 2 = 0 → 1
        Some(([1.0, 0.0], -3.0, [2.0, 1.0], -2.0)), // (1,1): z = 1 − 3 = −2 → 0
        // epoch 4
        None,                                         // (0,0): z = −2 ✓
        None,                                         // (0,1): z = 1 − 2 = −1 ✓
        Some(([2.0, 1.0], -2.0, [1.0, 1.0], -3.0)), // (1,0): z = 2 − 2 = 0 → 1
        Some(([1.0, 1.0], -3.0, [2.0, 2.0], -2.0)), // (1,1): z = 2 − 3 = −1 → 0
        // epoch 5
        None,                                         // (0,0): z = −2 ✓
        Some(([2.0, 2.0], -2.0, [2.0, 1.0], -3.0)), // (0,1): z = 2 − 2 = 0 → 1
        None,                                         // (1,0): z = 2 − 3 = −1 ✓
        None,                                         // (1,1): z = 3 − 3 = 0 → 1 ✓
        // epoch 6: w = (2, 1), b = −3 gives z = −3, −2, −1, 0: all right.
        None, None, None, None,
    ];
    let mut lab = PerceptronLab::new(LabData::And);
    assert_eq!(lab.config().learning_rate, 1.0);
    assert_eq!(lab.config().step, StepFunction::Heaviside);
    for (i, expected) in hand.iter().enumerate() {
        let rows_before = lab.rows().len();
        let updates = lab.step_sample().unwrap_or_else(|| panic!("step {i} ran"));
        assert_eq!(lab.last_sample(), Some(i % 4), "step {i} visits samples in order");
        match expected {
            None => {
                assert!(updates.is_empty(), "step {i}: no update");
                assert_eq!(lab.rows().len(), rows_before, "step {i}: no new row");
            }
            Some((wb, bb, wa, ba)) => {
                assert_eq!(lab.rows().len(), rows_before + 1, "step {i}: one new row");
                let row = &lab.rows()[rows_before];
                assert_eq!(
                    (row.w_before.as_slice(), row.b_before),
                    (wb.as_slice(), *bb),
                    "step {i}"
                );
                assert_eq!((row.w_after.as_slice(), row.b_after), (wa.as_slice(), *ba), "step {i}");
                assert_eq!(row.delta_b(), ba - bb, "Δb = η(y − ŷ)");
                let x = row.x.clone();
                let dw: Vec<f64> = x.iter().map(|x| row.delta_b() * x).collect();
                assert_eq!(row.delta_w(), dw, "Δw = η(y − ŷ)x");
                assert_eq!(lab.previous_units().unwrap()[0].w, wb.to_vec());
            }
        }
    }
    assert_eq!(lab.verdict(), Verdict::Converged { epochs: 6 });
    assert_eq!(lab.total_updates(), 11);
    assert_eq!(lab.errors_per_epoch(), &[2, 3, 3, 2, 1, 0]);
    assert_eq!(lab.step_sample(), None, "nothing more to do");
}

#[test]
fn xor_never_converges_and_is_detected() {
    for step in StepFunction::ALL {
        for eta in [1.0, 0.5, 0.1] {
            let mut lab = PerceptronLab::new(LabData::Xor);
            lab.set_step(step);
            lab.set_learning_rate(eta);
            let mut epochs = 0;
            while lab.step_epoch().is_some() {
                epochs += 1;
                assert!(epochs <= 100, "stops by the epoch limit");
            }
            match lab.verdict() {
                // The weights repeat long before the limit of 100 epochs.
                Verdict::NotSeparable(Evidence::Cycle { epoch, first_seen }) => assert!(first_seen < epoch),
                other => panic!("XOR with {step:?}, η = {eta}: {other:?}"),
            }
            assert!(lab.errors_per_epoch().iter().all(|&e| e > 0), "every epoch errs");
        }
    }
    // With the zero start and η = 1 the weights cycle long before 100 epochs.
    let mut lab = PerceptronLab::new(LabData::Xor);
    while lab.step_epoch().is_some() {}
    assert!(matches!(lab.status(), Some(Status::Cycle { .. })), "{:?}", lab.status());
}

#[test]
fn novikoff_count_holds_on_generated_separable_data() {
    for seed in 1..=8 {
        let params = GenParams {
            points: 60,
            noise: 0.1,
            classes: 2,
            seed,
        };
        let data = generate(Generator::Blobs, &params).unwrap();
        for step in StepFunction::ALL {
            let mut lab = PerceptronLab::new(LabData::Custom);
            lab.set_step(step);
            lab.set_dataset(data.clone());
            while lab.step_epoch().is_some() {}
            assert!(matches!(lab.verdict(), Verdict::Converged { .. }), "seed {seed}");
            let bound = lab.novikoff().expect("the found separator separates");
            let updates = lab.total_updates() as f64;
            assert!(updates >= 1.0);
            assert!(
                updates <= bound.mistake_limit,
                "seed {seed} {step:?}: {updates} updates > {} = {}·(R/γ)²",
                bound.mistake_limit,
                bound.factor
            );
        }
    }
}

#[test]
fn run_ticks_at_the_chosen_speed_and_stops_when_done() {
    let mut lab = PerceptronLab::new(LabData::And);
    assert_eq!(lab.tick(1.0), 0, "not running");
    lab.running = true;
    lab.pace.speed = 4.0;
    assert_eq!(lab.tick(0.5), 2);
    assert_eq!(lab.tick(0.1), 0);
    assert_eq!(lab.tick(0.15), 1, "owed fractions add up");
    assert_eq!(lab.steps(), 3);
    lab.pace.speed = 1000.0;
    lab.tick(1.0);
    assert!(!lab.running, "Run stops at convergence");
    assert_eq!(lab.verdict(), Verdict::Converged { epochs: 6 });
}

#[test]
fn three_species_train_one_unit_per_class() {
    let mut lab = PerceptronLab::new(LabData::IrisSpecies);
    assert_eq!(lab.units().len(), 3);
    lab.step_epoch();
    assert!(lab.rows().iter().any(|r| r.unit > 0), "every unit learns");
}

#[test]
fn no_points_is_an_error_not_a_panic() {
    let mut lab = PerceptronLab::new(LabData::Custom);
    assert!(
        matches!(lab.trainer(), Err(PerceptronError::NoTrainingPoints)),
        "{:?}",
        lab.trainer().err()
    );
    assert_eq!(lab.step_sample(), None);
    assert_eq!(lab.step_epoch(), None);
    assert_eq!(lab.verdict(), Verdict::Running);
}

/// Issue 13: Novikoff's bound comes from the maximum-margin line, so it is
/// there before the first step (on the default AND too, whose found line
/// touches (1, 1) and has no margin), and the updates stay within it.
#[test]
fn novikoff_bound_is_known_before_the_first_step_and_holds() {
    // AND: R = √3, γ = 1/√17 (hand computation in max_margin_tests.rs), so
    // (R/γ)² = 51; OR: γ = 1/3, (R/γ)² = 27. Sign updates count twice.
    let expected = [(LabData::And, 51.0), (LabData::Or, 27.0)];
    for (choice, bound) in expected {
        for step in StepFunction::ALL {
            let mut lab = PerceptronLab::new(choice);
            lab.set_step(step);
            assert_eq!(lab.steps(), 0);
            let b = lab.novikoff().expect("a gate with a line");
            assert!((b.radius - 3f64.sqrt()).abs() < 1e-12, "{choice:?}");
            assert!((b.bound - bound).abs() < 1e-9, "{choice:?}: {}", b.bound);
            assert_eq!(b.mistake_limit, step.bound_factor() * b.bound);
        }
    }
    let default = PerceptronLab::default();
    let b = default.novikoff().expect("the default AND shows a bound");
    assert!((b.margin - 1.0 / 17f64.sqrt()).abs() < 1e-12);
    assert_eq!(PerceptronLab::new(LabData::Xor).novikoff(), None);
    assert_eq!(
        PerceptronLab::new(LabData::IrisSpecies).novikoff(),
        None,
        "one bound per unit"
    );
    for choice in [LabData::And, LabData::Or, LabData::Blobs, LabData::IrisSetosa] {
        for step in StepFunction::ALL {
            let mut lab = PerceptronLab::new(choice);
            lab.set_step(step);
            let bound = lab.novikoff().expect("separable").mistake_limit;
            while lab.step_epoch().is_some() {}
            assert!(matches!(lab.verdict(), Verdict::Converged { .. }), "{choice:?}");
            let updates = lab.total_updates() as f64;
            assert!(updates <= bound, "{choice:?} {step:?}: {updates} > {bound}");
            assert_eq!(
                lab.novikoff().map(|b| b.mistake_limit),
                Some(bound),
                "fixed by the data"
            );
        }
    }
}
