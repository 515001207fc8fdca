use super::*;

fn lif(tau_ms: f64, threshold: f64, refractory_ms: f64) -> Lif {
    LifParams {
        tau_ms,
        threshold,
        refractory_ms,
    }
    .check()
    .expect("valid parameters")
}

/// The spike train the closed form gives, written out independently of
/// the integrator: the first at T·ln(I/(I − V)), then every T·ln(I/(I −
/// V)) + R, none when I ≤ V.
fn exact(current: f64, tau: f64, threshold: f64, refractory: f64, duration: f64) -> Vec<f64> {
    if current <= threshold {
        return Vec::new();
    }
    let first = tau * (current / (current - threshold)).ln();
    let mut out = Vec::new();
    let mut k = 0.0;
    loop {
        let t = first + k * (first + refractory);
        if t > duration {
            return out;
        }
        out.push(t);
        k += 1.0;
    }
}

/// Several parameter sets: spike times within 0.05 ms of the closed form
/// (the contract of `nnlab neuron`), the same count, and none for I ≤ V.
#[test]
fn constant_current_spikes_match_the_exact_solution() {
    let cases = [
        // (I, τ, V, R, D)
        (2.0, 10.0, 1.0, 0.0, 100.0),
        (1.5, 20.0, 1.0, 2.0, 500.0),
        (30.0, 10.0, 15.0, 2.0, 1000.0),
        (1.0001, 5.0, 1.0, 0.0, 200.0),
        (50.0, 1.0, 1.0, 0.5, 100.0),
        (1e6, 10.0, 1.0, 1.0, 50.0),
        (3.0, 100.0, 2.5, 5.0, 10_000.0),
        (0.9, 10.0, 1.0, 0.0, 1000.0),
        (1.0, 10.0, 1.0, 0.0, 1000.0),
        (-4.0, 10.0, 1.0, 3.0, 100.0),
    ];
    for (i, tau, v, r, d) in cases {
        let got = constant_current_spikes(&lif(tau, v, r), i, d).expect("runs");
        let want = exact(i, tau, v, r, d);
        assert_eq!(got.len(), want.len(), "I={i} τ={tau} V={v} R={r}: spike count");
        for (g, w) in got.iter().zip(&want) {
            assert!((g - w).abs() < 0.05, "I={i} τ={tau} V={v} R={r}: {g} vs {w}");
            assert!((g - w).abs() < 1e-6, "exact, not merely close: {g} vs {w}");
        }
        if i <= v {
            assert!(got.is_empty(), "I ≤ V never fires");
        }
    }
    // A hand-checked case: τ = 10, I = 2, V = 1 → 10·ln 2 = 6.931 ms.
    let got = constant_current_spikes(&lif(10.0, 1.0, 0.0), 2.0, 10.0).unwrap();
    assert_eq!(got.len(), 1);
    assert!((got[0] - 6.931_471_805_599_453).abs() < 1e-9);
}

/// Cutting the time into the pieces the lab's clock uses (0.1 ms samples,
/// odd event times) gives the same spikes: no step error to pile up.
#[test]
fn advancing_in_pieces_gives_the_same_spikes() {
    let n = lif(12.0, 1.0, 1.5);
    let whole = constant_current_spikes(&n, 1.7, 300.0).unwrap();
    let mut m = Membrane::default();
    let mut pieces = Vec::new();
    let mut t = 0.0;
    let steps: [f64; 5] = [0.1, 0.037, 0.25, 1.0, 0.1];
    let mut k = 0;
    while t < 300.0 {
        let dt = steps[k % steps.len()].min(300.0 - t);
        let start = t;
        n.advance(&mut m, 1.7, dt, |s| pieces.push(start + s));
        t += dt;
        k += 1;
    }
    assert_eq!(whole.len(), pieces.len());
    for (a, b) in whole.iter().zip(&pieces) {
        assert!((a - b).abs() < 1e-9, "{a} vs {b}");
    }
}

/// Below threshold V approaches V∞ = R·I exactly as the formula says.
#[test]
fn the_membrane_relaxes_toward_r_times_i() {
    let n = lif(10.0, 5.0, 0.0);
    let mut m = Membrane::default();
    n.advance(&mut m, 2.0, 10.0, |_| panic!("no spike below threshold"));
    assert!((m.v - 2.0 * (1.0 - (-1.0f64).exp())).abs() < 1e-12);
    n.advance(&mut m, 0.0, 1e4, |_| {});
    assert!(m.v.abs() < 1e-12, "it leaks back to rest");
    assert_eq!(n.time_to_threshold(0.0, 5.0), None, "V∞ = θ is never reached");
}

#[test]
fn bad_values_are_refused_with_the_value() {
    let p = |tau_ms, threshold, refractory_ms| {
        LifParams {
            tau_ms,
            threshold,
            refractory_ms,
        }
        .check()
    };
    assert_eq!(p(0.0, 1.0, 0.0), Err(LifError::TauNotPositive { value: 0.0 }));
    assert_eq!(p(-3.0, 1.0, 0.0), Err(LifError::TauNotPositive { value: -3.0 }));
    assert!(matches!(
        p(f64::NAN, 1.0, 0.0),
        Err(LifError::NotFinite {
            what: LifValue::Tau,
            ..
        })
    ));
    assert_eq!(p(10.0, 0.0, 0.0), Err(LifError::ThresholdNotAboveRest { value: 0.0 }));
    assert_eq!(p(10.0, 1.0, -1.0), Err(LifError::NegativeRefractory { value: -1.0 }));
    let n = lif(10.0, 1.0, 0.0);
    assert_eq!(
        constant_current_spikes(&n, 2.0, 10_001.0),
        Err(LifError::DurationOutOfRange {
            value: 10_001.0,
            limit_ms: MAX_DURATION_MS
        })
    );
    assert!(matches!(
        constant_current_spikes(&n, f64::INFINITY, 10.0),
        Err(LifError::NotFinite {
            what: LifValue::Current,
            ..
        })
    ));
    // t_ref = 0 and a huge current: spikes without pause, refused.
    assert!(matches!(
        constant_current_spikes(&n, 1e300, 100.0),
        Err(LifError::TooManySpikes { .. })
    ));
    assert_eq!(constant_current_spikes(&n, 2.0, 0.0), Ok(Vec::new()));
}
