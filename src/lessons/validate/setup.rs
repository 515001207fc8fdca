//! The parts of a set-up that can be judged without building anything:
//! one data source and only its fields, η above zero, a bounded pre-run,
//! two-class data for the comparison lab, a gate or a custom network.

use super::{fail, truth_table, under};
use crate::labs::data::LabData;
use crate::lessons::error::{Allowed, Problem};
use crate::lessons::place::{Located, Seg};
use crate::lessons::setup::{CompareSetup, DataSetup, LogicSetup, PerceptronSetup, Setup};
use crate::lessons::validate::MAX_RUN_SAMPLES;

/// The parts of a set-up that can be judged without building anything.
pub(super) fn validate_setup(s: &Setup, path: Vec<Seg>) -> Result<(), Located> {
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
            allowed: Allowed::AtMost(MAX_RUN_SAMPLES as f64),
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
            allowed: Allowed::AboveZero,
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
