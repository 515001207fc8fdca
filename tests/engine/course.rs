//! The built-in course, step by step: each set-up is applied to a headless
//! rig, the goal must not hold untouched, then the test does what a learner
//! would (rewire a neuron, set a bias, press Step, train) and the goal must
//! hold. The numbers the texts state are checked against hand computation.

use nnlab::labs::neuron::TRIAL_MS;
use nnlab::lessons::{Answer, Check, InspectorStage, Lesson, NetworkRig, Rig, builtin_lessons};
use nnlab::nn::logic::{ConnectionKind, Source};
use nnlab::nn::perceptron::{Status, StepFunction};
use nnlab::nn::{Activation, LayerSpec, Mlp};
use nnlab::train::Masks;
use nnlab::train::landscape::{LandscapeRequest, compute};

/// The built-in lesson `id`.
fn lesson(id: &str) -> Lesson {
    let all = builtin_lessons().unwrap_or_else(|(file, e)| panic!("{file}: {e}"));
    all.into_iter().find(|l| l.id == id).unwrap()
}

/// Walks every step of lesson `id`: set-up, not passed, `act`, passed.
/// Steps without a set-up continue from the previous step's end, as in
/// the window.
fn walk(id: &str, act: fn(usize, &mut Rig, &Check)) {
    let lesson = lesson(id);
    let mut rig = Rig::default();
    for (i, step) in lesson.steps.iter().enumerate() {
        rig.apply(&step.setup, &lesson.origin)
            .unwrap_or_else(|(part, p)| panic!("{id} step {i} {part}: {p:?}"));
        rig.answer = None;
        assert!(
            !step.goal.holds(&rig.live()),
            "{id} step {i} passes before the learner acts"
        );
        REACHED.set(false);
        act(i, &mut rig, &step.goal);
        assert!(
            REACHED.get() || step.goal.holds(&rig.live()),
            "{id} step {i} not passed after the learner's actions"
        );
        if let Some(q) = &step.question {
            wrong_answers_fail(&mut rig, &step.goal, q.choices.len());
        }
    }
}

/// With everything else done, every other answer fails the goal (a
/// number 0.05 off too).
fn wrong_answers_fail(rig: &mut Rig, goal: &Check, choices: usize) {
    let right = rig.answer;
    for c in (0..choices).filter(|&c| Some(Answer::Choice(c)) != right) {
        rig.answer = Some(Answer::Choice(c));
        assert!(!goal.holds(&rig.live()), "answer {c} should not pass");
    }
    if let Some(Answer::Number(n)) = right {
        rig.answer = Some(Answer::Number(n + 0.05));
        assert!(!goal.holds(&rig.live()), "{} should not pass", n + 0.05);
    }
    rig.answer = right;
}

/// The network tab (a step set it up).
fn net(rig: &mut Rig) -> &mut NetworkRig {
    rig.network.as_mut().expect("the step set up the network tab")
}

thread_local! {
    /// `train_until` saw the goal met, judged over time as the window does
    /// (a `for_epochs` goal holds only after its epochs).
    static REACHED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Trains epoch by epoch, as Play does, until `goal` holds (judged over
/// the epochs, as the lesson panel does); at most `max`.
fn train_until(rig: &mut Rig, goal: &Check, max: u64) -> u64 {
    let mut tracker = nnlab::lessons::Tracker::new(goal);
    for epoch in 1..=max {
        net(rig).trainer.run_epoch().unwrap();
        if tracker.observe(goal, &rig.live()) {
            REACHED.set(true);
            return epoch;
        }
    }
    panic!("goal not reached in {max} epochs");
}

/// Hidden layers of the given widths, all tanh.
fn tanh_layers(widths: &[usize]) -> Vec<LayerSpec> {
    (widths.iter())
        .map(|&neurons| LayerSpec {
            neurons,
            activation: Activation::Tanh,
        })
        .collect()
}

#[test]
fn logic_neurons() {
    walk("logic-neurons", |i, rig, _| {
        let c = rig.logic.network().neurons.len() - 1;
        match i {
            // The axon carries the action potential away.
            0 => rig.answer = Some(Answer::Choice(2)),
            1 => {
                // A fires at 10 ms, B at 30: silent; B at 10 ms too, and the
                // two arrivals (9 + 9 mV) reach θ = 15 mV together.
                rig.neuron.advance(2.0 * TRIAL_MS);
                assert_eq!(rig.neuron.spike_count(), 0, "the text: far apart, silent");
                rig.neuron.edit_input(1, |x| x.fire_at_ms = 10.0);
                rig.neuron.advance(TRIAL_MS);
            }
            2 => rig.logic.edit(|n| n.set_threshold(c, 2)).unwrap(),
            3 => rig.logic.edit(|n| n.set_threshold(c, 1)).unwrap(),
            4 => rig
                .logic
                .edit(|n| n.set_kind(c, Source::Input(1), ConnectionKind::Inhibitory))
                .unwrap(),
            5 => {
                // h2 = B AND NOT A; the text says one neuron cannot do XOR.
                rig.logic
                    .connect(1, Source::Input(1), ConnectionKind::Excitatory)
                    .unwrap();
                rig.logic
                    .connect(1, Source::Input(0), ConnectionKind::Inhibitory)
                    .unwrap();
            }
            _ => unreachable!("a step without a test"),
        }
    });
}

#[test]
fn tlu() {
    walk("tlu", |i, rig, _| match i {
        0 => net(rig).trainer.set_parameter(0, None, 0, -1.5).unwrap(),
        1 => net(rig).trainer.set_parameter(0, None, 0, -0.5).unwrap(),
        2 => {
            assert_eq!(StepFunction::Sign.apply(0.0), 0.0, "sign(0) = 0, the answer");
            rig.perceptron.set_step(StepFunction::Sign);
            rig.answer = Some(Answer::Choice(1));
        }
        _ => unreachable!("a step without a test"),
    });
}

#[test]
fn tlu_bias_bounds_match_the_gate() {
    // The text: with w = (1, 1), −2 ≤ b < −1 is AND and −1 ≤ b < 0 is OR.
    let h = |z: f64| u8::from(z >= 0.0);
    let table = |b: f64| [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)].map(|(x1, x2)| h(x1 + x2 + b));
    for b in [-2.0, -1.5, -1.000_001] {
        assert_eq!(table(b), [0, 0, 0, 1], "b = {b}");
    }
    for b in [-1.0, -0.5, -0.000_001] {
        assert_eq!(table(b), [0, 1, 1, 1], "b = {b}");
    }
    assert_ne!(table(-2.000_001), [0, 0, 0, 1]);
    assert_ne!(table(0.0), [0, 1, 1, 1]);
}

#[test]
fn perceptron_rule() {
    walk("perceptron-rule", |i, rig, goal| {
        let unit = |rig: &Rig| {
            let u = &rig.perceptron.units()[0];
            (u.w.clone(), u.b)
        };
        match i {
            0 => {
                rig.answer = Some(Answer::Choice(1));
                rig.perceptron.step_sample().unwrap();
                assert_eq!(unit(rig), (vec![0.0, 0.0], -1.0), "the text's w = (0, 0), b = −1");
            }
            1 => {
                assert_eq!(unit(rig), (vec![0.0, 0.0], -1.0), "the text: after three samples");
                rig.answer = Some(Answer::Choice(2));
                rig.perceptron.step_sample().unwrap();
                assert_eq!(unit(rig), (vec![1.0, 1.0], 0.0), "the text's w = (1, 1), b = 0");
            }
            2 => {
                // An epoch without an update: nothing can change any more.
                rig.answer = Some(Answer::Choice(0));
                while !goal.holds(&rig.live()) {
                    rig.perceptron.step_epoch().unwrap();
                }
                // Lesson 6 quotes this end: 2x₁ + x₂ − 3 = 0, through (1, 1).
                assert_eq!(unit(rig), (vec![2.0, 1.0], -3.0), "lesson 6's line");
            }
            3 => {
                // One TLU per species: W has a row per input, a column per
                // TLU (the answer 2 × 3), and a sample updates only the
                // TLUs that got it wrong, each by η(y_j − ŷ_j)x_i.
                rig.answer = Some(Answer::Choice(0));
                assert_eq!(rig.perceptron.units().len(), 3);
                assert!(rig.perceptron.units().iter().all(|u| u.w.len() == 2));
                while !goal.holds(&rig.live()) {
                    let before = rig.perceptron.units().to_vec();
                    let next = rig.perceptron.next_sample().unwrap();
                    let t = rig.perceptron.trainer().unwrap();
                    let sample = t.samples().iter().find(|s| s.index == next).unwrap().clone();
                    let positive: Vec<usize> = (0..3).map(|j| t.mode().positive_class(j)).collect();
                    rig.perceptron.step_sample().unwrap();
                    for (j, (old, new)) in before.iter().zip(rig.perceptron.units()).enumerate() {
                        let z = old.w[0] * sample.x[0] + old.w[1] * sample.x[1] + old.b;
                        let y_hat = if z >= 0.0 { 1.0 } else { 0.0 };
                        let y = if sample.class == positive[j] { 1.0 } else { 0.0 };
                        for i in 0..2 {
                            let want = old.w[i] + (y - y_hat) * sample.x[i];
                            assert!((new.w[i] - want).abs() < 1e-12, "w_{i},{j}");
                        }
                        assert!((new.b - (old.b + (y - y_hat))).abs() < 1e-12, "b_{j}");
                    }
                }
            }
            _ => unreachable!("a step without a test"),
        }
    });
}

#[test]
fn convergence() {
    walk("convergence", |i, rig, goal| {
        if i == 2 {
            // The text: each sample cuts the version space (b = −1.5 as an
            // example slice), and w ends inside it at its own b.
            let t = rig.perceptron.trainer().unwrap();
            let planes = t.half_planes(0, -1.5);
            let areas: Vec<f64> = (0..=planes.len())
                .map(|k| nnlab::nn::perceptron::version_space(&planes[..k], -1.5, 5.0).area)
                .collect();
            assert!(areas.windows(2).all(|a| a[1] <= a[0]), "it only shrinks: {areas:?}");
            assert!(areas[4] < areas[0]);
            rig.answer = Some(Answer::Choice(0));
            while rig.perceptron.step_epoch().is_some() {}
            let u = rig.perceptron.units()[0].clone();
            let t = rig.perceptron.trainer().unwrap();
            assert!(
                t.half_planes(0, u.b).iter().all(|h| h.holds([u.w[0], u.w[1]])),
                "w is in it"
            );
            assert!(!t.version_space(0, u.b, 5.0).is_empty());
            return;
        }
        assert!(i < 2, "a step without a test");
        // Step 1: (R/2γ)² is a quarter of (R/γ)²; step 2: sign doubles it.
        rig.answer = Some(Answer::Choice(i));
        if i == 1 {
            rig.perceptron.set_step(StepFunction::Sign);
        }
        while rig.perceptron.step_epoch().is_some() {}
        let bound = rig.perceptron.novikoff().unwrap();
        if i == 0 {
            lesson_4_is_exact(rig, &bound);
        }
        let factor = if i == 0 { 1.0 } else { 2.0 };
        assert_eq!(bound.mistake_limit, factor * bound.bound, "the text: 2(R/γ)² with sign");
        assert!(goal.holds(&rig.live()));
    });
}

/// Lesson 4 defines R and γ as the lab computes them: R the longest
/// (x, 1) of the samples the rule sees, γ the margin of a unit (w, b),
/// smaller than the same line's distance in the plane, which the lab shows
/// beside it; the text states the w = 0 start in both languages.
fn lesson_4_is_exact(rig: &Rig, bound: &nnlab::nn::perceptron::NovikoffBound) {
    let t = rig.perceptron.trainer().unwrap();
    let r = (t.samples().iter())
        .map(|s| (s.x[0] * s.x[0] + s.x[1] * s.x[1] + 1.0).sqrt())
        .fold(0.0, f64::max);
    assert!(
        (bound.radius - r).abs() < 1e-12,
        "R = max ‖(x, 1)‖: {} vs {r}",
        bound.radius
    );
    let sep = &bound.separator;
    let unit = (sep.w[0] * sep.w[0] + sep.w[1] * sep.w[1] + sep.b * sep.b).sqrt();
    let plane = (sep.w[0] * sep.w[0] + sep.w[1] * sep.w[1]).sqrt();
    let margin = |norm: f64| {
        (t.samples().iter())
            .map(|s| {
                let sign = if s.class == t.mode().positive_class(0) {
                    1.0
                } else {
                    -1.0
                };
                sign * (sep.w[0] * s.x[0] + sep.w[1] * s.x[1] + sep.b) / norm
            })
            .fold(f64::INFINITY, f64::min)
    };
    assert!(
        (bound.margin - margin(unit)).abs() < 1e-9,
        "γ of the unit vector (w, b)"
    );
    assert!(
        (bound.plane_distance() - margin(plane)).abs() < 1e-9,
        "the ruler's distance"
    );
    assert!(bound.plane_distance() > bound.margin);
    let text = &lesson("convergence").steps[0].text;
    for lang in nnlab::i18n::Language::ALL {
        let words = text.get(lang);
        for needle in ["w = 0", "(x, 1)", "|(w, b)| = 1", "(R/γ)²"] {
            assert!(words.contains(needle), "{lang:?}: lesson 4 states {needle}");
        }
    }
}

#[test]
fn xor_limit() {
    walk("xor-limit", |i, rig, _| match i {
        0 => {
            rig.answer = Some(Answer::Choice(1));
            while rig.perceptron.step_epoch().is_some() {}
            let cycled = matches!(rig.perceptron.status(), Some(Status::Cycle { .. }));
            assert!(cycled, "the text: the weights repeat");
        }
        1 => rig.answer = Some(Answer::Choice(2)),
        2 => {
            // The text: after one epoch nothing is left, at every b.
            rig.perceptron.step_epoch().unwrap();
            let t = rig.perceptron.trainer().unwrap();
            for k in -50..=50 {
                assert!(t.version_space(0, f64::from(k) / 10.0, 5.0).is_empty());
            }
            rig.answer = Some(Answer::Choice(2));
        }
        _ => unreachable!("a step without a test"),
    });
}

#[test]
fn logistic() {
    walk("logistic", |i, rig, goal| {
        assert!(i < 3, "a step without a test");
        rig.answer = Some(if i == 0 {
            // σ(ln 3) = 1 / (1 + 1/3) = 3/4, the number the learner types.
            let p = 1.0 / (1.0 + (-(3.0f64).ln()).exp());
            assert!((p - 0.75).abs() < 1e-12);
            Answer::Number(p)
        } else {
            Answer::Choice(0)
        });
        let mut rounds = 0;
        while !goal.holds(&rig.live()) {
            assert!(rig.compare.round());
            rounds += 1;
            assert!(rounds < 2_000, "step {i} not reached in {rounds} rounds");
        }
        if i == 2 {
            // The text: logistic regression keeps its line off every corner
            // (no point has p = ½), unlike lesson 3's perceptron.
            let m = rig.compare.logistic().unwrap();
            let corners = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]];
            let p: Vec<f64> = corners.iter().map(|&x| m.probability(x)).collect();
            assert!(p.iter().all(|p| (p - 0.5).abs() > 0.02), "p at the corners {p:?}");
        }
    });
}

#[test]
fn mlp_xor() {
    walk("mlp-xor", |i, rig, goal| match i {
        0 => {
            net(rig).configure(|c| assert!(c.add_hidden_layer())).unwrap();
            assert_eq!(net(rig).trainer.config().hidden, tanh_layers(&[4]), "the hint: 4 tanh");
            train_until(rig, goal, 2_000);
        }
        1 => {
            // The learner's − twice: each shape rebuilds from the step's seed.
            net(rig).configure(|c| c.hidden = tanh_layers(&[3])).unwrap();
            net(rig).configure(|c| c.hidden = tanh_layers(&[2])).unwrap();
            train_until(rig, goal, 1_000);
        }
        2 => {
            let head = net(rig).trainer.net().head;
            let layer = Mlp::new(2, &tanh_layers(&[3]), head).unwrap();
            assert_eq!(layer.layers[0].weights.shape(), (2, 3), "the answer: 2 rows, 3 columns");
            rig.answer = Some(Answer::Choice(1));
        }
        _ => unreachable!("a step without a test"),
    });
}

#[test]
fn deep() {
    walk("deep", |i, rig, goal| {
        if i == 2 {
            // The text: the path runs from the early weights downhill to
            // the network now, at the bottom of the slice.
            let trainer = &net(rig).trainer;
            let train = trainer.train_design();
            let request = LandscapeRequest {
                size: 21,
                span: 1.25,
                ..LandscapeRequest::default()
            };
            let l = compute(
                trainer.net(),
                trainer.checkpoints().list(),
                train,
                &Masks::default(),
                &request,
                &mut |_, _| true,
            )
            .unwrap();
            let cell = |v: f64| ((v + 1.25) / 2.5 * 20.0).round() as usize;
            let start = l.path[0];
            let early = l.loss[cell(start[0])][cell(start[1])];
            assert!(early > 2.0 * l.center_loss, "downhill: {early} → {}", l.center_loss);
            rig.answer = Some(Answer::Choice(0));
            return;
        }
        assert!(i < 2, "a step without a test");
        net(rig).configure(|c| assert!(c.add_hidden_layer())).unwrap();
        train_until(rig, goal, 2_000);
    });
}

#[test]
fn backprop() {
    walk("backprop", |i, rig, goal| match i {
        0 => {
            // The step function passes no gradient: the inspector refuses
            // to trace it, and sigmoid hidden neurons then learn XOR.
            let n = net(rig);
            assert!(
                n.trainer.backprop_trace(&n.dataset, 0).is_err(),
                "no gradient through a step"
            );
            rig.answer = Some(Answer::Choice(0));
            let sigmoid = vec![
                LayerSpec {
                    neurons: 3,
                    activation: Activation::Sigmoid,
                };
                1
            ];
            net(rig).configure(|c| c.hidden = sigmoid).unwrap();
            train_until(rig, goal, 3_000);
        }
        1 => {
            // The output's δ comes first: the hidden δs sum those above.
            rig.answer = Some(Answer::Choice(0));
            for stage in [InspectorStage::Forward, InspectorStage::Loss, InspectorStage::Backward] {
                rig.inspect(1, stage).unwrap();
                assert!(!goal.holds(&rig.live()), "{stage:?} is not yet the update");
            }
            rig.inspect(1, InspectorStage::Update).unwrap();
        }
        2 => {
            // The inspector opens at (1, 1), target 0, at the loss stage;
            // the answer is the δ on screen, a − y by hand.
            assert_eq!(rig.inspector_stage, Some(InspectorStage::Loss));
            let n = net(rig);
            let p = &n.dataset.points[3];
            assert_eq!((p.x, p.class()), ([1.0, 1.0], 0), "the text's (1, 1)");
            let x = nalgebra::DMatrix::from_row_slice(1, 2, &[1.0f32, 1.0]);
            let a = f64::from(n.trainer.net().predict(&x)[(0, 0)]);
            let shown = rig.live().inspector.unwrap().output_delta;
            assert!((shown - (a - 0.0)).abs() < 1e-5, "δ = a − y: {shown} vs {a}");
            rig.answer = Some(Answer::Number(shown + 0.02));
            assert!(!goal.holds(&rig.live()), "0.02 off is wrong");
            rig.answer = Some(Answer::Number((shown * 100.0).round() / 100.0));
            rig.inspect(3, InspectorStage::Backward).unwrap();
        }
        _ => unreachable!("a step without a test"),
    });
}

#[test]
fn every_builtin_lesson_is_walked_here() {
    let walked = [
        "logic-neurons",
        "tlu",
        "perceptron-rule",
        "convergence",
        "xor-limit",
        "logistic",
        "mlp-xor",
        "deep",
        "backprop",
    ];
    let ids: Vec<String> = builtin_lessons().unwrap().into_iter().map(|l| l.id).collect();
    assert_eq!(ids, walked, "a built-in lesson without a test");
}
