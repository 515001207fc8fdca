use super::*;

/// A paused lab driven by hand only: every rate 0.
fn by_hand() -> NeuronLab {
    let mut lab = NeuronLab::default();
    for i in 0..lab.inputs().len() {
        lab.edit_input(i, |x| x.rate_hz = 0.0);
    }
    lab.reset();
    lab
}

#[test]
fn one_spike_lifts_v_by_its_strength_exactly() {
    let mut lab = by_hand();
    lab.set_params(LifParams {
        threshold: 40.0,
        ..lab.params()
    });
    lab.fire(0);
    lab.advance(TRAVEL_MS + PULSE_MS);
    assert!((lab.v() - 9.0).abs() < 1e-9, "V = {}", lab.v());
    // Then it leaks: 10 ms later e^(−1) of it is left.
    lab.advance(10.0);
    assert!((lab.v() - 9.0 * (-1.0f64).exp()).abs() < 1e-9);
}

#[test]
fn two_spikes_add_with_the_first_decayed() {
    let mut lab = by_hand();
    lab.set_params(LifParams {
        threshold: 40.0,
        ..lab.params()
    });
    lab.fire(0);
    lab.advance(3.0);
    lab.fire(1);
    lab.advance(TRAVEL_MS + PULSE_MS);
    // w + w·e^(−Δ/τ) with Δ = 3 ms, τ = 10 ms.
    let want = 9.0 + 9.0 * (-0.3f64).exp();
    assert!((lab.v() - want).abs() < 1e-9, "V = {} vs {want}", lab.v());
}

#[test]
fn coincident_inputs_fire_the_neuron_and_distant_ones_do_not() {
    let mut lab = by_hand();
    lab.fire(0);
    lab.fire(1);
    lab.advance(30.0);
    assert_eq!(lab.spike_count(), 1, "9 + 9 mV together reach θ = 15 mV");
    assert_eq!(lab.coincident_count(), 1);
    let mut lab = by_hand();
    lab.fire(0);
    lab.advance(20.0);
    lab.fire(1);
    lab.advance(30.0);
    assert_eq!(lab.spike_count(), 0, "20 ms apart the first has leaked away");
    // Two 9 mV inputs Δ ms apart reach 9 + 9·e^(−Δ/τ) at the second
    // pulse's end: 15 mV while Δ ≤ τ·ln(9/6) = 4.05 ms.
    for (gap, fires) in [(3.5, true), (4.5, false)] {
        let mut lab = by_hand();
        lab.fire(0);
        lab.advance(gap);
        lab.fire(1);
        lab.advance(30.0);
        assert_eq!(lab.spike_count() == 1, fires, "gap {gap} ms");
    }
}

#[test]
fn an_inhibitory_input_vetoes() {
    let mut lab = by_hand();
    lab.fire(0);
    lab.fire(1);
    lab.fire(3);
    lab.advance(30.0);
    assert_eq!(lab.spike_count(), 0);
}

#[test]
fn a_strong_input_fires_alone_and_does_not_count_as_coincidence() {
    let mut lab = by_hand();
    lab.edit_input(0, |x| x.strength = 15.0);
    assert!(lab.fires_alone(0) && !lab.fires_alone(1));
    lab.fire(0);
    lab.advance(30.0);
    assert_eq!(lab.spike_count(), 1);
    lab.fire(0);
    lab.fire(1);
    lab.advance(30.0);
    assert_eq!((lab.spike_count(), lab.coincident_count()), (2, 0));
}

#[test]
fn coincidence_trials_repeat_and_read_as_a_mcculloch_pitts_and() {
    let mut lab = NeuronLab::with_drive(Drive::Coincidence);
    // A at 10 ms, B at 30 ms: too far apart.
    lab.advance(3.0 * TRIAL_MS);
    assert_eq!(lab.spike_count(), 0);
    assert_eq!(lab.last_trial().map(|t| t.fired), Some(false));
    assert_eq!(lab.verdict(), Some(Verdict::Agree));
    let mp = lab.mcculloch_pitts();
    assert_eq!(mp.needed, Some(2), "two 9 mV inputs reach 15 mV, one does not");
    assert_eq!(mp.active, [true, false, false, false], "B is outside the 4 ms window");
    assert!(!mp.output);
    lab.edit_input(1, |x| x.fire_at_ms = 11.0);
    assert_eq!(
        lab.verdict(),
        Some(Verdict::Stale),
        "the last trial ran with B at 30 ms"
    );
    assert_eq!(lab.rule_comparison(), None, "nor do the rules read it");
    lab.advance(3.0 * TRIAL_MS);
    assert_eq!(lab.spike_count(), 3, "one spike per trial");
    assert_eq!(lab.coincident_count(), 3);
    let mp = lab.mcculloch_pitts();
    assert_eq!((mp.active_excitatory(), mp.needed, mp.output), (2, Some(2), true));
    assert_eq!(lab.last_trial().map(|t| t.fired), Some(true));
    assert_eq!(lab.verdict(), Some(Verdict::Agree), "LIF and MP agree");
    // k = 1 with a 15 mV synapse: any one input fires it — OR.
    lab.edit_input(0, |x| x.strength = 15.0);
    lab.edit_input(1, |x| x.strength = 15.0);
    assert_eq!(lab.mcculloch_pitts().needed, Some(1));
    // An inhibitory input in the window vetoes, in both readings.
    lab.edit_input(3, |x| {
        x.in_trial = true;
        x.fire_at_ms = 10.0;
    });
    let before = lab.spike_count();
    lab.advance(2.0 * TRIAL_MS);
    assert!(lab.mcculloch_pitts().vetoed && !lab.mcculloch_pitts().output);
    assert_eq!(lab.spike_count(), before, "no spike under the veto");
}

/// A trial the learner changed while it ran says nothing about the
/// settings: B moved to A's moment 20 ms into a trial fires at once, 10 ms
/// after A, and the trial stays silent, while the reading of the settings
/// now says the neuron fires. The next whole trial agrees.
#[test]
fn a_trial_changed_while_it_ran_is_not_compared() {
    let mut lab = NeuronLab::with_drive(Drive::Coincidence);
    lab.advance(TRIAL_MS + 20.0);
    lab.edit_input(1, |x| x.fire_at_ms = 10.0);
    lab.advance(TRIAL_MS - 20.0);
    let t = lab.last_trial().unwrap();
    assert!(!t.whole && !t.fired, "{t:?}");
    assert!(lab.mcculloch_pitts().output, "A and B in one window now");
    assert_eq!(lab.verdict(), Some(Verdict::Stale), "not a disagreement");
    assert_eq!(lab.rule_comparison(), None);
    lab.advance(TRIAL_MS);
    assert_eq!(lab.last_trial().map(|t| (t.fired, t.whole)), Some((true, true)));
    assert_eq!(lab.verdict(), Some(Verdict::Agree));
    assert!(lab.rule_comparison().is_some());
    // Hebb's rule changing a strength is not the learner's edit.
    lab.plasticity = true;
    lab.advance(TRIAL_MS);
    assert!(lab.inputs()[0].strength > 9.0, "Hebb grew A");
    assert_eq!(lab.verdict(), Some(Verdict::Agree));
}

#[test]
fn hebb_strengthens_co_firing_synapses_until_one_fires_alone() {
    let mut lab = NeuronLab::with_drive(Drive::Coincidence);
    lab.edit_input(1, |x| x.fire_at_ms = 10.0);
    lab.advance(2.0 * TRIAL_MS);
    assert_eq!(lab.inputs()[0].strength, 9.0, "no change with plasticity off");
    lab.plasticity = true;
    lab.hebb_rate = 1.0;
    for trial in 1..=6 {
        lab.advance(TRIAL_MS);
        assert_eq!(lab.inputs()[0].strength, 9.0 + f64::from(trial), "Δw = η·x·y per trial");
        assert_eq!(lab.inputs()[2].strength, 9.0, "C did not fire: x = 0");
    }
    let update = lab.last_hebb().expect("an update");
    assert_eq!(update.changes, [(0, 14.0, 15.0), (1, 14.0, 15.0)]);
    // A alone now fires the neuron.
    lab.plasticity = false;
    lab.edit_input(1, |x| x.in_trial = false);
    let before = lab.spike_count();
    lab.advance(TRIAL_MS);
    assert_eq!(lab.spike_count(), before + 1);
    assert!(lab.fires_alone(0));
}

#[test]
fn the_rules_compared_on_a_trial() {
    let mut lab = NeuronLab::with_drive(Drive::Coincidence);
    assert_eq!(lab.rule_comparison(), None, "no trial finished yet");
    lab.hebb_rate = 0.5;
    lab.advance(TRIAL_MS);
    // A active, B outside the window; silent trial, target "fire".
    let c = lab.rule_comparison().unwrap();
    assert_eq!(c.x, [1.0, 0.0, 0.0, 0.0]);
    assert!(!c.fired && c.target);
    assert_eq!(c.hebb, [0.0; 4], "Hebb: no output, no change");
    assert_eq!(c.perceptron, [0.5, 0.0, 0.0, 0.0], "η(y − ŷ)x = 0.5·1·1 for A");
    lab.edit_input(1, |x| x.fire_at_ms = 10.0);
    lab.advance(TRIAL_MS);
    let c = lab.rule_comparison().unwrap();
    assert_eq!(c.hebb, [0.5, 0.5, 0.0, 0.0], "both fired with the output");
    assert_eq!(c.perceptron, [0.0; 4], "right answer: no update");
    lab.target = false;
    let c = lab.rule_comparison().unwrap();
    assert_eq!(c.perceptron, [-0.5, -0.5, 0.0, 0.0], "a wrong spike: weakened");
}

#[test]
fn a_frame_advances_a_bounded_time_and_rates_are_seeded() {
    let mut lab = NeuronLab::default();
    lab.tick(1e6);
    assert_eq!(lab.now_ms(), MAX_TICK_MS);
    lab.running = false;
    lab.tick(1.0);
    assert_eq!(lab.now_ms(), MAX_TICK_MS, "paused");
    let run = || {
        let mut lab = NeuronLab::default();
        lab.advance(2000.0);
        (lab.spike_count(), lab.arrivals().len())
    };
    let (spikes, arrivals) = run();
    assert_eq!(run(), (spikes, arrivals), "the same seed, the same run");
    assert!(
        arrivals >= 3,
        "the inputs fire at 50 Hz in all: {arrivals} in the last 200 ms"
    );
    let trace = NeuronLab::default().trace().len();
    assert_eq!(trace, 1, "a reset keeps one sample");
}

#[test]
fn inputs_stay_between_three_and_five() {
    let mut lab = NeuronLab::default();
    for _ in 0..5 {
        lab.add_input();
    }
    assert_eq!(lab.inputs().len(), MAX_INPUTS);
    for _ in 0..5 {
        lab.remove_input();
    }
    assert_eq!(lab.inputs().len(), MIN_INPUTS);
    lab.edit_input(0, |x| x.strength = 1e9);
    assert_eq!(lab.inputs()[0].strength, *STRENGTH_RANGE.end());
}
