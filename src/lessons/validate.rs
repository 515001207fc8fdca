//! The checks a TOML parser cannot make: ids, empty texts, bounds that
//! nothing satisfies, answers without a question, a data table naming two
//! sources. Each problem comes with its path in the document.

use super::check::{Check, Range};
use super::error::Problem;
use super::model::{Lesson, Step};
use super::parse::{Located, Seg};
use super::setup::{CompareSetup, DataSetup, LogicSetup, PerceptronSetup, Setup};
use super::text::Text;
use crate::labs::data::LabData;

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
fn fail<T>(path: Vec<Seg>, problem: Problem) -> Result<T, Located> {
    Err((path, problem))
}

/// `path` with more segments.
fn under(path: &[Seg], more: &[Seg]) -> Vec<Seg> {
    path.iter().chain(more).copied().collect()
}

/// A text must have English.
fn text(t: &Text, path: Vec<Seg>) -> Result<(), Located> {
    if t.is_blank() {
        return fail(path, Problem::EmptyText);
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
        if q.choices.len() < 2 {
            return fail(under(&path, &[Seg::Key("choices")]), Problem::TooFewChoices);
        }
        for (k, c) in q.choices.iter().enumerate() {
            text(c, under(&path, &[Seg::Key("choices"), Seg::Index(k)]))?;
        }
    }
    Ok(())
}

/// The parts of a set-up that can be judged without building anything.
fn validate_setup(s: &Setup, path: Vec<Seg>) -> Result<(), Located> {
    if let Some(d) = &s.data {
        validate_data(d, under(&path, &[Seg::Key("data")]))?;
    }
    if let Some(p) = &s.perceptron {
        validate_perceptron(p, under(&path, &[Seg::Key("perceptron")]))?;
    }
    if let Some(c) = &s.compare {
        validate_compare(c, under(&path, &[Seg::Key("compare")]))?;
    }
    if let Some(l) = &s.logic {
        validate_logic(l, under(&path, &[Seg::Key("logic")]))?;
    }
    Ok(())
}

/// One source, and only the fields that go with it.
fn validate_data(d: &DataSetup, path: Vec<Seg>) -> Result<(), Located> {
    let found = [d.generator.is_some(), d.gate.is_some(), d.csv.is_some()];
    let count = found.iter().filter(|&&f| f).count();
    if count != 1 {
        return fail(path, Problem::DataSource { found: count });
    }
    let generated = [
        ("points", d.points.is_some()),
        ("noise", d.noise.is_some()),
        ("classes", d.classes.is_some()),
        ("seed", d.seed.is_some()),
    ];
    let csv = [
        ("x", d.x.is_some()),
        ("y", d.y.is_some()),
        ("label", d.label.is_some()),
        ("standardize", d.standardize),
    ];
    let (kind, wrong): (&'static str, Vec<(&'static str, bool)>) = if d.csv.is_some() {
        ("CSV", generated.to_vec())
    } else if d.gate.is_some() {
        ("gate", generated.into_iter().chain(csv).collect())
    } else {
        ("generator", csv.to_vec())
    };
    if let Some((field, _)) = wrong.into_iter().find(|(_, given)| *given) {
        return fail(
            under(&path, &[Seg::Key(field)]),
            Problem::FieldNotForSource {
                field,
                source_kind: kind,
            },
        );
    }
    Ok(())
}

/// η above zero; a bounded pre-run.
fn validate_perceptron(p: &PerceptronSetup, path: Vec<Seg>) -> Result<(), Located> {
    positive_rate(p.learning_rate, &path)?;
    if p.run_samples > MAX_RUN_SAMPLES {
        let problem = Problem::BadValue {
            field: "run_samples",
            allowed: "at most 10000",
        };
        return fail(under(&path, &[Seg::Key("run_samples")]), problem);
    }
    Ok(())
}

/// Two-class data, η above zero.
fn validate_compare(c: &CompareSetup, path: Vec<Seg>) -> Result<(), Located> {
    positive_rate(c.learning_rate, &path)?;
    if c.data == LabData::IrisSpecies {
        return fail(under(&path, &[Seg::Key("data")]), Problem::NotBinary);
    }
    Ok(())
}

/// A learning rate, if given, is a finite number above zero.
fn positive_rate(rate: Option<f64>, path: &[Seg]) -> Result<(), Located> {
    if rate.is_some_and(|r| !(r.is_finite() && r > 0.0)) {
        let problem = Problem::BadValue {
            field: "learning_rate",
            allowed: "a number above 0",
        };
        return fail(under(path, &[Seg::Key("learning_rate")]), problem);
    }
    Ok(())
}

/// A gate, or a custom network; a target of 0s and 1s.
fn validate_logic(l: &LogicSetup, path: Vec<Seg>) -> Result<(), Located> {
    if l.gate.is_some() {
        let field = if l.inputs.is_some() { "inputs" } else { "neurons" };
        if l.inputs.is_some() || !l.neurons.is_empty() {
            let problem = Problem::FieldNotForSource {
                field,
                source_kind: "gate",
            };
            return fail(under(&path, &[Seg::Key(field)]), problem);
        }
    }
    if let Some(t) = &l.target {
        truth_table(t, under(&path, &[Seg::Key("target")]))?;
    }
    Ok(())
}

/// 2, 4 or 8 rows of 0 or 1.
fn truth_table(rows: &[u8], path: Vec<Seg>) -> Result<(), Located> {
    if ![2, 4, 8].contains(&rows.len()) || rows.iter().any(|&b| b > 1) {
        return fail(path, Problem::BadTruthTable { found: rows.len() });
    }
    Ok(())
}

/// Bounds that can hold, combinators with content, answers that exist.
fn validate_check(c: &Check, step: &Step, path: Vec<Seg>) -> Result<(), Located> {
    let key = |k: &'static str| under(&path, &[Seg::Key(k)]);
    match c {
        Check::All(list) | Check::Any(list) => {
            let k = if matches!(c, Check::All(_)) { "all" } else { "any" };
            if list.is_empty() {
                return fail(key(k), Problem::EmptyCombinator);
            }
            for (i, inner) in list.iter().enumerate() {
                validate_check(inner, step, under(&path, &[Seg::Key(k), Seg::Index(i)]))?;
            }
            Ok(())
        }
        Check::Accuracy(m) => range(&m.range(), key("accuracy")),
        Check::Loss(m) => range(&m.range(), key("loss")),
        Check::Weight(w) => range(&w.range(), key("weight")),
        Check::Bias(b) => range(&b.range(), key("bias")),
        Check::HiddenNeurons(n) => count(n.at_least, n.at_most, key("hidden_neurons")),
        Check::HiddenLayers(n) => count(n.at_least, n.at_most, key("hidden_layers")),
        Check::Epochs(n) => count(n.at_least, n.at_most, key("epochs")),
        Check::PerceptronSteps(n) => count(n.at_least, n.at_most, key("perceptron_steps")),
        Check::CoincidentSpikes(n) => count(n.at_least, n.at_most, key("coincident_spikes")),
        Check::PerceptronUpdates(u) if !u.within_bound => count(u.at_least, u.at_most, key("perceptron_updates")),
        Check::TruthTable(rows) => truth_table(rows, key("truth_table")),
        Check::Answer(a) => match &step.question {
            None => fail(key("answer"), Problem::NoQuestion),
            Some(q) if *a >= q.choices.len() => fail(
                key("answer"),
                Problem::AnswerOutOfRange {
                    answer: *a,
                    choices: q.choices.len(),
                },
            ),
            Some(_) => Ok(()),
        },
        Check::PerceptronUpdates(_)
        | Check::Perceptron(_)
        | Check::ComparePerceptron(_)
        | Check::StepFunction(_)
        | Check::InspectorStageReached(_) => Ok(()),
    }
}

/// At least one bound; finite; some value satisfies them all.
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
    if given.iter().any(|v| !v.is_finite()) || lo > hi || (lo == hi && strict) {
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
