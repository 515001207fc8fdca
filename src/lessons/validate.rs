//! The checks a reader cannot make: ids, empty texts, bounds that nothing
//! satisfies, answers without a question (or of the wrong kind), window
//! labels that do not exist, a data table naming two sources. Each problem
//! comes with its path in the document.

mod setup;

use setup::validate_setup;

use super::check::{Check, Condition, NumberSource, Range};
use super::error::{Allowed, Expected, Found, Impossible, Problem};
use super::model::{Lesson, Step};
use super::place::{Located, Seg};
use super::text::Text;

/// Most samples a set-up may pre-run in the perceptron lab.
pub const MAX_RUN_SAMPLES: usize = 10_000;

/// The first problem of `lesson`, in file order.
pub(crate) fn validate(lesson: &Lesson) -> Result<(), Located> {
    let root = |k| vec![Seg::Key(k)];
    let id_ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    if lesson.id.is_empty() || !lesson.id.chars().all(id_ok) {
        return Err((root("id"), Problem::BadId(lesson.id.clone())));
    }
    text(&lesson.title, root("title"))?;
    if let Some(s) = &lesson.summary {
        text(s, root("summary"))?;
    }
    if lesson.steps.is_empty() {
        return Err((Vec::new(), Problem::NoSteps));
    }
    for (i, step) in lesson.steps.iter().enumerate() {
        let at = |k: &'static str| vec![Seg::Key("step"), Seg::Index(i), Seg::Key(k)];
        validate_step(step, &at)?;
        validate_setup(&step.setup, at("setup"))?;
        validate_check(&step.goal, step, at("goal"))?;
    }
    Ok(())
}

/// A problem at `path`.
pub(super) fn fail<T>(path: Vec<Seg>, problem: Problem) -> Result<T, Located> {
    Err((path, problem))
}

/// `path` with more segments.
pub(super) fn under(path: &[Seg], more: &[Seg]) -> Vec<Seg> {
    path.iter().chain(more).copied().collect()
}

/// A text must have English, and every window label it names
/// (`{ui:KEY}`) must be a message of the catalogues.
fn text(t: &Text, path: Vec<Seg>) -> Result<(), Located> {
    if t.is_blank() {
        return fail(path, Problem::EmptyText);
    }
    if let Some(k) = t.ui_keys().into_iter().find(|k| !crate::i18n::has_message(k)) {
        return fail(path, Problem::UnknownUiKey(k.to_string()));
    }
    Ok(())
}

/// Title, text, hint and question of a step.
fn validate_step(step: &Step, at: &dyn Fn(&'static str) -> Vec<Seg>) -> Result<(), Located> {
    text(&step.title, at("title"))?;
    text(&step.text, at("text"))?;
    if let Some(h) = &step.hint {
        text(h, at("hint"))?;
    }
    if let Some(q) = &step.question {
        let path = at("question");
        text(&q.text, under(&path, &[Seg::Key("text")]))?;
        if !q.number && q.choices.len() < 2 {
            return fail(under(&path, &[Seg::Key("choices")]), Problem::TooFewChoices);
        }
        for (k, c) in q.choices.iter().enumerate() {
            let choice = under(&path, &[Seg::Key("choices"), Seg::Index(k)]);
            text(&c.text, choice.clone())?;
            if let Some(why) = &c.why {
                text(why, under(&choice, &[Seg::Key("why")]))?;
            }
        }
    }
    Ok(())
}

/// 2, 4 or 8 rows of 0 or 1.
pub(super) fn truth_table(rows: &[u8], path: Vec<Seg>) -> Result<(), Located> {
    if ![2, 4, 8].contains(&rows.len()) || rows.iter().any(|&b| b > 1) {
        return fail(path, Problem::BadTruthTable { found: rows.len() });
    }
    Ok(())
}

/// Bounds that can hold, combinators with content, answers that exist.
fn validate_check(c: &Check, step: &Step, path: Vec<Seg>) -> Result<(), Located> {
    let key = |k: &'static str| under(&path, &[Seg::Key(k)]);
    match c {
        Check::All(list) | Check::Any(list) | Check::Then(list) => {
            let k = kind_name(c);
            if list.is_empty() {
                return fail(key(k), Problem::EmptyCombinator);
            }
            for (i, inner) in list.iter().enumerate() {
                validate_check(inner, step, under(&path, &[Seg::Key(k), Seg::Index(i)]))?;
            }
            Ok(())
        }
        Check::Ever(inner) | Check::Not(inner) => validate_check(inner, step, key(kind_name(c))),
        Check::Labelled { label, check } => {
            text(label, key("label"))?;
            validate_check(check, step, path)
        }
        Check::Held { epochs, check } => {
            if *epochs == 0 {
                return fail(key("for_epochs"), Problem::Impossible(Impossible::NothingToWatch));
            }
            validate_check(check, step, path)
        }
        Check::Rose(r) => {
            if !(r.by.is_finite() && r.by > 0.0) || r.within_epochs == 0 {
                return fail(key("rose"), Problem::Impossible(Impossible::NothingToWatch));
            }
            Ok(())
        }
        Check::Setting(parts) => {
            for p in parts {
                if let Condition::Range(r) = &p.condition {
                    range(r, under(&path, &[Seg::Key("setting"), Seg::Key(p.setting.name())]))?;
                }
            }
            Ok(())
        }
        Check::Accuracy(m) => range(&m.range, key("accuracy")),
        Check::Loss(m) => range(&m.range, key("loss")),
        Check::Weight(w) => range(&w.range, key("weight")),
        Check::Bias(b) => range(&b.range, key("bias")),
        Check::HiddenNeurons(n) => count(n.at_least, n.at_most, key("hidden_neurons")),
        Check::HiddenLayers(n) => count(n.at_least, n.at_most, key("hidden_layers")),
        Check::Epochs(n) => count(n.at_least, n.at_most, key("epochs")),
        Check::PerceptronSteps(n) => count(n.at_least, n.at_most, key("perceptron_steps")),
        Check::CoincidentSpikes(n) => count(n.at_least, n.at_most, key("coincident_spikes")),
        Check::PerceptronUpdates(u) if !u.within_bound => count(u.at_least, u.at_most, key("perceptron_updates")),
        Check::TruthTable(rows) => truth_table(rows, key("truth_table")),
        Check::Answer(right) => answers(right, step, key("answer")),
        Check::AnswerNumber(n) => match &step.question {
            None => fail(key("answer_number"), Problem::NoQuestion),
            Some(q) if !q.number => fail(key("answer_number"), Problem::AnswerKind { number_question: false }),
            Some(_) if !(n.within.is_finite() && n.within >= 0.0) => fail(
                under(&key("answer_number"), &[Seg::Key("within")]),
                Problem::BadValue {
                    field: "within",
                    allowed: Allowed::ZeroOrMore,
                },
            ),
            Some(_)
                if !(matches!(n.expected, NumberSource::Value(v) if v.is_finite())
                    || matches!(n.expected, NumberSource::Inspector(_))) =>
            {
                fail(key("answer_number"), Problem::EmptyRange)
            }
            Some(_) => Ok(()),
        },
        Check::Read
        | Check::Diverged
        | Check::PerceptronUpdates(_)
        | Check::Perceptron(_)
        | Check::ComparePerceptron(_)
        | Check::StepFunction(_)
        | Check::InspectorStageReached(_) => Ok(()),
    }
}

/// An `answer`: the step has a question with choices, and these exist.
fn answers(right: &[usize], step: &Step, path: Vec<Seg>) -> Result<(), Located> {
    let Some(q) = &step.question else {
        return fail(path, Problem::NoQuestion);
    };
    if q.number {
        return fail(path, Problem::AnswerKind { number_question: true });
    }
    if right.is_empty() {
        return fail(
            path,
            Problem::WrongType {
                key: "answer".into(),
                expected: Expected::Answer,
                found: Found::List,
            },
        );
    }
    match right.iter().find(|&&a| a >= q.choices.len()) {
        Some(&answer) => fail(
            path,
            Problem::AnswerOutOfRange {
                answer,
                choices: q.choices.len(),
            },
        ),
        None => Ok(()),
    }
}

/// The key a check's kind is written under.
pub(crate) fn kind_name(c: &Check) -> &'static str {
    match c {
        Check::All(_) => "all",
        Check::Any(_) => "any",
        Check::Ever(_) => "ever",
        Check::Then(_) => "then",
        Check::Not(_) => "not",
        Check::Held { check, .. } | Check::Labelled { check, .. } => kind_name(check),
        Check::Diverged => "diverged",
        Check::Rose(_) => "rose",
        Check::Setting(_) => "setting",
        Check::Accuracy(_) => "accuracy",
        Check::Loss(_) => "loss",
        Check::HiddenNeurons(_) => "hidden_neurons",
        Check::HiddenLayers(_) => "hidden_layers",
        Check::Epochs(_) => "epochs",
        Check::Weight(_) => "weight",
        Check::Bias(_) => "bias",
        Check::Perceptron(_) => "perceptron",
        Check::ComparePerceptron(_) => "compare_perceptron",
        Check::PerceptronUpdates(_) => "perceptron_updates",
        Check::PerceptronSteps(_) => "perceptron_steps",
        Check::StepFunction(_) => "step_function",
        Check::TruthTable(_) => "truth_table",
        Check::InspectorStageReached(_) => "inspector_stage_reached",
        Check::CoincidentSpikes(_) => "coincident_spikes",
        Check::Answer(_) => "answer",
        Check::AnswerNumber(_) => "answer_number",
        Check::Read => "goal",
    }
}

/// At least one bound; none is NaN; some finite value satisfies them all
/// (`loss ≤ inf` holds for every loss, `loss ≥ inf` for none).
fn range(r: &Range, path: Vec<Seg>) -> Result<(), Located> {
    let given: Vec<f64> = r.bounds().into_iter().flatten().collect();
    if given.is_empty() {
        return fail(path, Problem::NoBound);
    }
    let lo = [r.at_least, r.above]
        .into_iter()
        .flatten()
        .fold(f64::NEG_INFINITY, f64::max);
    let hi = [r.at_most, r.below].into_iter().flatten().fold(f64::INFINITY, f64::min);
    let strict = r.above.is_some_and(|a| a >= lo) || r.below.is_some_and(|b| b <= hi);
    let no_finite = lo == f64::INFINITY || hi == f64::NEG_INFINITY;
    if given.iter().any(|v| v.is_nan()) || no_finite || lo > hi || (lo == hi && strict) {
        return fail(path, Problem::EmptyRange);
    }
    Ok(())
}

/// At least one bound, and at_least ≤ at_most.
fn count(at_least: Option<u64>, at_most: Option<u64>, path: Vec<Seg>) -> Result<(), Located> {
    match (at_least, at_most) {
        (None, None) => fail(path, Problem::NoBound),
        (Some(lo), Some(hi)) if lo > hi => fail(path, Problem::EmptyRange),
        _ => Ok(()),
    }
}
