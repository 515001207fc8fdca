use super::*;
use crate::data::{Point, Task};

fn params(points: usize, noise: f64, classes: usize, seed: u64) -> GenParams {
    GenParams {
        points,
        noise,
        classes,
        seed,
    }
}

fn class_counts(d: &Dataset) -> Vec<usize> {
    let mut counts = vec![0; d.num_classes()];
    for p in &d.points {
        counts[p.class()] += 1;
    }
    counts
}

fn is_gate(g: Generator) -> bool {
    matches!(g, Generator::And | Generator::Or | Generator::Xor)
}

#[test]
fn every_generator_is_seeded_sized_and_valid() {
    for g in Generator::ALL {
        let p = params(301, 0.2, 3, 42);
        let a = generate(g, &p).unwrap();
        let b = generate(g, &p).unwrap();
        assert_eq!(a, b, "{g:?}: same seed must give the same data");
        let c = generate(g, &GenParams { seed: 43, ..p }).unwrap();
        if is_gate(g) {
            assert_eq!(a, c, "{g:?}: a truth table does not depend on the seed");
            assert_eq!(a.points.len(), 4);
        } else {
            assert_ne!(a, c, "{g:?}: another seed must give other data");
            assert_eq!(a.points.len(), 301, "{g:?}");
        }
        a.validate().unwrap();
        assert_eq!(a.name, g.name());
        assert_eq!(a.axis_names, ["x1".to_string(), "x2".to_string()]);
        assert!(a.points.iter().all(|p| !p.test));
        assert_eq!(a.is_classification(), !g.is_regression());
    }
}

#[test]
fn classes_are_balanced_and_named() {
    for g in Generator::ALL
        .into_iter()
        .filter(|g| !g.is_regression() && !is_gate(*g))
    {
        let k = if g.class_range().is_some() { 5 } else { 2 };
        let d = generate(g, &params(503, 0.3, k, 9)).unwrap();
        let names: Vec<String> = (0..k).map(|i| i.to_string()).collect();
        assert_eq!(d.class_names(), names.as_slice(), "{g:?}");
        let counts = class_counts(&d);
        let (lo, hi) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
        assert!(hi - lo <= 1, "{g:?}: unbalanced classes {counts:?}");
    }
}

#[test]
fn gates_are_exact_truth_tables() {
    let corners = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
    for (g, labels) in [
        (Generator::And, [0.0, 0.0, 0.0, 1.0]),
        (Generator::Or, [0.0, 1.0, 1.0, 1.0]),
        (Generator::Xor, [0.0, 1.0, 1.0, 0.0]),
    ] {
        let d = generate(g, &params(1000, 1.0, 2, 5)).unwrap();
        let xs: Vec<[f64; 2]> = d.points.iter().map(|p| p.x).collect();
        let ys: Vec<f64> = d.points.iter().map(|p| p.y).collect();
        assert_eq!(xs, corners, "{g:?}");
        assert_eq!(ys, labels, "{g:?}");
        assert_eq!(d.class_names(), ["0".to_string(), "1".to_string()]);
    }
}

#[test]
fn two_blobs_at_low_noise_are_split_by_the_anti_diagonal() {
    for seed in 0..20 {
        let d = generate(Generator::Blobs, &params(400, 0.1, 2, seed)).unwrap();
        for p in &d.points {
            let side = p.x[0] + p.x[1] > 0.0;
            assert_eq!(
                side,
                p.class() == 1,
                "seed {seed}: {p:?} is on the wrong side of x1 + x2 = 0"
            );
        }
    }
}

#[test]
fn noiseless_shapes_follow_their_definitions() {
    let p = params(400, 0.0, 2, 3);
    let radius = |q: &Point| q.x[0].hypot(q.x[1]);
    for q in generate(Generator::Circle, &p).unwrap().points {
        let r = radius(&q);
        assert!(
            if q.class() == 0 {
                r <= 2.5
            } else {
                (3.5..=5.0).contains(&r)
            },
            "{q:?}"
        );
    }
    for q in generate(Generator::Quadrants, &p).unwrap().points {
        assert_eq!(q.class() == 1, q.x[0] * q.x[1] < 0.0, "{q:?}");
        assert!(
            q.x[0].abs() >= 0.3 && q.x[1].abs() >= 0.3 && q.x[0].abs() <= 5.0,
            "{q:?}"
        );
    }
    for q in generate(Generator::Sine, &p).unwrap().points {
        assert_eq!(q.class() == 1, q.x[1] > q.x[0].sin(), "{q:?}");
    }
    for q in generate(Generator::Spiral, &params(300, 0.0, 3, 3)).unwrap().points {
        assert!(radius(&q) < 5.0, "{q:?}");
    }
    for q in generate(Generator::Plane, &p).unwrap().points {
        assert_eq!(q.y, (q.x[0] + q.x[1]) / 12.0);
    }
    let moons = generate(Generator::Moons, &params(4000, 0.0, 2, 3)).unwrap();
    let mean_x = moons.points.iter().map(|q| q.x[0]).sum::<f64>() / 4000.0;
    assert!(mean_x.abs() < 0.1, "moons are centred, mean x = {mean_x}");
}

#[test]
fn spiral_arms_start_at_the_origin_and_are_rotated() {
    let d = generate(Generator::Spiral, &params(12, 0.0, 3, 1)).unwrap();
    // Four points per arm, in arm order; the first of each arm is at r = 0.
    for k in 0..3 {
        let first = d.points[4 * k];
        assert_eq!(first.class(), k);
        assert_eq!(first.x, [0.0, 0.0]);
    }
}

#[test]
fn gaussian_bumps_stay_within_their_heights() {
    let d = generate(Generator::Gaussians, &params(2000, 0.0, 2, 8)).unwrap();
    assert!(d.points.iter().all(|p| p.y.abs() <= 1.5));
    assert!(d.points.iter().any(|p| p.y > 0.5) && d.points.iter().any(|p| p.y < -0.5));
}

#[test]
fn bad_parameters_are_rejected_with_the_value_and_range() {
    let count = |found| DataError::PointCount { found, max: MAX_POINTS };
    let too_many = MAX_POINTS + 1;
    for (g, p, expected) in [
        (Generator::Circle, params(0, 0.1, 2, 1), count(0)),
        (Generator::Circle, params(too_many, 0.1, 2, 1), count(too_many)),
        (
            Generator::Moons,
            params(10, -0.1, 2, 1),
            DataError::Noise { value: -0.1 },
        ),
        (Generator::Moons, params(10, 1.5, 2, 1), DataError::Noise { value: 1.5 }),
    ] {
        let e = generate(g, &p).unwrap_err();
        assert_eq!(format!("{e:?}"), format!("{expected:?}"), "{g:?} {p:?}");
    }
    assert!(matches!(
        generate(Generator::Moons, &params(10, f64::NAN, 2, 1)),
        Err(DataError::Noise { value }) if value.is_nan()
    ));
    for (g, classes) in [(Generator::Blobs, 1), (Generator::Spiral, 7)] {
        let (min, max) = g.class_range().unwrap();
        assert!(matches!(
            generate(g, &params(10, 0.1, classes, 1)),
            Err(DataError::ClassCount { generator, found, min: lo, max: hi })
                if generator == g && found == classes && (lo, hi) == (min, max)
        ));
    }
    // Generators without a class choice ignore the field.
    assert_eq!(
        generate(Generator::Circle, &params(10, 0.1, 99, 1))
            .unwrap()
            .num_classes(),
        2
    );
    assert!(matches!(
        generate(Generator::Plane, &params(10, 0.1, 0, 1)).unwrap().task,
        Task::Regression
    ));
}

#[test]
fn names_round_trip_and_ranges_are_declared() {
    for g in Generator::ALL {
        assert_eq!(Generator::from_name(g.name()), Some(g));
        assert_eq!(Generator::from_name(&format!(" {} ", g.name().to_uppercase())), Some(g));
        assert!(g.default_points() >= 4);
    }
    assert_eq!(Generator::from_name("nope"), None);
    for g in Generator::ALL {
        assert_eq!(serde_json::to_string(&g).unwrap(), format!("\"{}\"", g.name()));
    }
    assert_eq!(Generator::Spiral.class_range(), Some((2, 6)));
    assert_eq!(Generator::Blobs.class_range(), Some((2, 6)));
    assert_eq!(Generator::Moons.class_range(), None);
    assert_eq!(GenParams::default(), params(400, 0.1, 2, 1));
}

#[test]
fn many_blobs_sit_on_a_circle() {
    let d = generate(Generator::Blobs, &params(600, 0.0, 6, 2)).unwrap();
    for k in 0..6 {
        let pts: Vec<&Point> = d.points.iter().filter(|p| p.class() == k).collect();
        let cx = pts.iter().map(|p| p.x[0]).sum::<f64>() / pts.len() as f64;
        let cy = pts.iter().map(|p| p.x[1]).sum::<f64>() / pts.len() as f64;
        assert!((cx.hypot(cy) - 3.5).abs() < 0.3, "blob {k} centre ({cx}, {cy})");
    }
}

/// Issue 12: `and`, `or` and `xor` are 4-point truth tables; the default
/// split used to hold one row per class out, training on 2 points.
#[test]
fn a_gate_trains_on_its_whole_truth_table() {
    use crate::train::{TrainConfig, Trainer, split_generated};
    let config = TrainConfig::default();
    assert!(config.test_ratio > 0.0, "the default holds points out");
    for g in Generator::ALL {
        let mut d = generate(g, &params(200, 0.1, 2, 1)).unwrap();
        split_generated(&mut d, Some(g), &config);
        let held_out = d.points.iter().filter(|p| p.test).count();
        assert_eq!(g.is_truth_table(), is_gate(g), "{g:?}");
        if is_gate(g) {
            assert_eq!(held_out, 0, "{g:?}: every row of the truth table is trained on");
            let t = Trainer::new(&d, config.clone().check().unwrap()).unwrap();
            assert_eq!((t.train_design().len(), t.test_design().len()), (4, 0), "{g:?}");
        } else {
            assert!(held_out > 0, "{g:?}: sampled data keeps its test split");
        }
    }
    // The same four points from a file (no generator) are split as asked.
    let mut d = generate(Generator::Xor, &params(4, 0.0, 2, 1)).unwrap();
    split_generated(&mut d, None, &config);
    assert!(d.points.iter().any(|p| p.test));
}
