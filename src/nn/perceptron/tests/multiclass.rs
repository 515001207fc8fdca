//! One-vs-rest and single-class-against-the-rest training.

use super::clusters;
use crate::nn::perceptron::*;

#[test]
fn one_vs_rest_separates_three_clusters_by_argmax() {
    let data = clusters(&[[0.0, 5.0], [-5.0, -3.0], [5.0, -3.0]], 30, 1.0, 5);
    let mut t = PerceptronTrainer::new(&data, PerceptronConfig::default()).unwrap();
    assert_eq!(t.mode(), &Mode::OneVsRest { classes: 3 });
    let outcome = t.run();
    assert!(
        matches!(outcome.status, Status::Converged { .. }),
        "{:?}",
        outcome.status
    );
    assert_eq!(outcome.accuracy, 1.0);
    assert_eq!(outcome.units.len(), 3);
    assert!(t.log().iter().any(|u| u.unit == 2));
    for s in t.samples() {
        let nets: Vec<f64> = t.units().iter().map(|u| u.net(&s.x)).collect();
        let argmax = (0..3).fold(0, |best, k| if nets[k] > nets[best] { k } else { best });
        assert_eq!(t.predict(s.x), Prediction::Class(argmax));
        assert_eq!(argmax, s.class);
    }
    assert!(t.novikoff().is_none());
    assert!(t.novikoff_for_unit(1).is_some());
}

#[test]
fn single_unit_against_the_rest_predicts_not_class() {
    let mut data = clusters(&[[0.0, 5.0], [-5.0, -3.0], [5.0, -3.0]], 10, 1.0, 9);
    data.task = crate::data::Task::Classification {
        class_names: vec!["setosa".into(), "versicolor".into(), "virginica".into()],
    };
    let config = PerceptronConfig {
        positive: Some(0),
        step: StepFunction::Sign,
        ..PerceptronConfig::default()
    };
    let mut t = PerceptronTrainer::new(&data, config).unwrap();
    let outcome = t.run();
    assert!(matches!(outcome.status, Status::Converged { .. }));
    assert_eq!(outcome.accuracy, 1.0);
    assert_eq!(data.class_names()[0], "setosa");
    assert_eq!(t.predict([0.0, 5.0]), Prediction::Class(0));
    assert_eq!(t.predict([5.0, -3.0]), Prediction::NotClass(0));
}
