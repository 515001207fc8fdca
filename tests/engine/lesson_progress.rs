//! A lesson in progress: a passed step stays passed, Next only after a
//! pass, progress survives a save and a restart.

use nnlab::lessons::{Answer, CourseProgress, LessonRun, LiveState, LogicFacts, NeuronFacts, builtin_lessons};

/// The logic lab's output column as the live state.
fn table(bits: [bool; 4]) -> LiveState {
    LiveState {
        logic: Some(LogicFacts {
            outputs: Some(bits.to_vec()),
        }),
        ..LiveState::default()
    }
}

#[test]
fn a_pass_sticks_and_next_needs_one() {
    let lesson = builtin_lessons().unwrap().remove(0);
    assert_eq!(lesson.id, "logic-neurons");
    let mut run = LessonRun::new(lesson, None).unwrap();
    assert!(run.advance().is_none(), "step 1 not passed yet");
    assert!(run.go_to(2).is_none(), "cannot skip ahead");
    // Steps 1 and 2: the neuron's parts (the axon), then firing by
    // coincidence in the neuron lab.
    run.choose(0, &LiveState::default());
    assert!(!run.observe(LiveState::default()), "the dendrites bring signals in");
    run.choose(2, &LiveState::default());
    assert!(run.observe(LiveState::default()), "the axon");
    assert!(run.advance().is_some());
    let spikes = |coincident_spikes| LiveState {
        neuron: Some(NeuronFacts {
            spikes: coincident_spikes + 1,
            coincident_spikes,
        }),
        ..LiveState::default()
    };
    assert!(!run.observe(spikes(0)), "fired, but not by coincidence");
    assert!(run.observe(spikes(1)));
    assert!(run.advance().is_some());
    assert!(!run.observe(table([false, true, true, true])));
    assert!(run.observe(table([false, false, false, true])), "AND: passed");
    assert!(run.observe(table([false, true, true, true])), "and it stays passed");
    assert_eq!(
        run.advance().map(|s| s.title.get(nnlab::i18n::Language::En)),
        Some("A neuron that computes OR")
    );
    assert_eq!(run.current(), 3);
    assert!(run.go_to(2).is_some(), "back to a passed step");
    assert!(run.go_to(3).is_some(), "the first open step is reachable");
    assert!(run.go_to(4).is_none(), "but not the one after it");
    assert!(!run.is_complete());
}

#[test]
fn answers_belong_to_the_step_and_progress_survives_a_restart() {
    let lessons = builtin_lessons().unwrap();
    let xor = lessons.iter().find(|l| l.id == "xor-limit").unwrap().clone();
    let mut run = LessonRun::new(xor.clone(), None).unwrap();
    run.go_to(0);
    // Pretend steps 1 and 3 (the weight-space sweep) were passed, then
    // answer step 2.
    let mut progress = CourseProgress::default();
    let mut saved = run.progress();
    saved.passed.insert(0);
    saved.passed.insert(2);
    saved.current = 1;
    let mut run = LessonRun::new(xor.clone(), Some(&saved)).unwrap();
    assert_eq!(run.current(), 1);
    run.choose(0, &nnlab::lessons::LiveState::default());
    assert!(!run.observe(LiveState::default()), "a wrong answer");
    run.choose(2, &nnlab::lessons::LiveState::default());
    let live = LiveState {
        answer: Some(Answer::Choice(0)),
        ..LiveState::default()
    };
    assert!(run.observe(live), "the run's own answer counts, not the window's copy");
    assert!(run.is_complete());
    progress.record(&run);
    let json = serde_json::to_string(&progress).unwrap();
    let back: CourseProgress = serde_json::from_str(&json).unwrap();
    assert_eq!(back, progress);
    assert_eq!(back.passed("xor-limit"), 3);
    assert_eq!(back.passed("tlu"), 0);
    let resumed = LessonRun::new(xor, back.lessons.get("xor-limit")).unwrap();
    assert!(resumed.is_passed(0) && resumed.is_passed(1) && resumed.is_passed(2));
    let old: CourseProgress = serde_json::from_str("{}").unwrap();
    assert_eq!(old, CourseProgress::default(), "settings without progress load");
}
